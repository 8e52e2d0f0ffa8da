"""Copula stances (session 26): 'Polsko je proti plynovodu', 'Poland is against the pipeline' (extractors/stances)."""

from __future__ import annotations

from events_support import country_triples, events, pipeline_events, triples

from kronika import Pipeline


def test_country_is_against_a_named_actor_cs() -> None:
    assert ("REJECT", "POL", "RUS") in triples(events("Polsko je zásadně proti Rusku.", "cs"))


def test_country_is_against_an_actors_plan_en() -> None:
    assert ("REJECT", "DEU", "RUS") in triples(events("Germany is strongly against Russia's plan.", "en"))


def test_bare_stance_codes_without_target_cs() -> None:
    evs = events("Německo je proti.", "cs")
    assert ("REJECT", "DEU", "-") in triples(evs)


def test_negated_stance_is_negated_cs() -> None:
    evs = [e for e in events("Maďarsko ani Polsko nejsou proti sankcím.", "cs") if e.type == "REJECT"]
    assert evs and all(e.negated for e in evs)


def test_in_favour_of_named_actor_is_support_en() -> None:
    assert ("SUPPORT", "POL", "UKR") in triples(events("Poland is in favour of Ukraine.", "en"))


def test_in_favour_of_a_thing_codes_nothing_en() -> None:
    assert not [e for e in events("Poland is in favour of a referendum.", "en") if e.type == "SUPPORT"]


def test_match_against_a_club_is_no_stance_cs() -> None:
    assert not [e for e in events("Polsko hrálo proti Německu v sobotu.", "cs") if e.rule.startswith("cs-copula")]


def test_noun_predicate_with_against_phrase_is_no_stance_cs() -> None:
    assert not [e for e in events("Polsko je favoritem proti Německu.", "cs") if e.rule.startswith("cs-copula")]


def test_location_opposite_is_no_stance_en() -> None:
    assert not [e for e in events("Poland is opposite Germany on the map.", "en") if e.type == "REJECT"]


def test_bare_state_is_home_government_cs(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Ministr financí Zbyněk Stanjura v Praze uvedl, že vláda sníží daně. "
                          "Stát zakázal prodej pyrotechniky.", "cs")
    assert any(e.type == "COERCE" and e.source and e.source.code == "CZEGOV" for e in evs), country_triples(evs)


def test_qualified_state_is_no_home_government_cs(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Ministr financí Zbyněk Stanjura v Praze uvedl, že vláda sníží daně. "
                          "Středoamerický stát zakázal prodej pyrotechniky.", "cs")
    assert not any(e.type == "COERCE" and e.source and e.source.code == "CZEGOV" for e in evs), country_triples(evs)


def test_state_as_owner_of_a_noun_is_no_actor_cs(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Ministr financí Zbyněk Stanjura v Praze uvedl, že vláda sníží daně. "
                          "Nejvyšší hodnotou je svoboda jednotlivce a minimální zásahy státu do ekonomiky.", "cs")
    assert not any(e.source and e.source.code == "CZEGOV" and e.trigger == "zásahy" for e in evs), country_triples(evs)


def test_not_taking_up_an_offer_rejects_it_cs() -> None:
    assert ("REJECT", "POL", "DEU") in triples(events("Polsko zatím nevyužije nabídku Německa.", "cs"))


def test_taking_up_an_offer_accepts_it_cs() -> None:
    assert ("AGREE", "POL", "DEU") in triples(events("Polsko využilo nabídku Německa.", "cs"))
