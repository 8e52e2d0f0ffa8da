"""The drop of events whose source and target are one actor: two differently named actors of one country and code
are a domestic event and stay, and so are people and firms named by common nouns, a government and a city of its
own state, and rebels against their state; the same actor twice, one stretch of text, a state and its own organs,
and generic references to a state organ go."""

from __future__ import annotations

from events_support import country_triples, pipeline_events

from kronika import Pipeline
from kronika.extractors.dedup import dedup
from kronika.model import ArgRef, Event


def _ev(src: tuple[str, str], tgt: tuple[str, str], kind: str = "ACCUSE", tgt_span: tuple[int, int] = (10, 15)
        ) -> Event:
    return Event(kind, None, "112", -2.0, 3, ArgRef(src[0], src[1], src[1], (0, 5)),
                 ArgRef(tgt[0], tgt[1], tgt[1], tgt_span), "x", (0, 15), 0)


def _kept(*evs: Event) -> list[tuple[str, str]]:
    dropped: list[dict[str, object]] = []
    out = dedup(list(evs), dropped)
    return [(e.source.name, e.target.name) for e in out if e.source and e.target]


def test_dedup_keeps_two_named_actors_of_one_code() -> None:
    assert _kept(_ev(("CZEGOV", "ÚOHS"), ("CZEGOV", "Ministerstvo financí"))) == [("ÚOHS", "Ministerstvo financí")]
    assert _kept(_ev(("USAGOV", "Donald Trump"), ("USAGOV", "Joe Biden"))) == [("Donald Trump", "Joe Biden")]


def test_dedup_drops_the_same_actor_twice() -> None:
    assert _kept(_ev(("ZAFGOV", "FW de Klerk"), ("ZAFGOV", "FW de Klerk"))) == []
    assert _kept(_ev(("RUSGOV", "Rusko"), ("RUS", "Rusko"))) == []  # 'Moskva' is named as its state


def test_dedup_drops_a_state_and_its_own_sector() -> None:
    assert _kept(_ev(("HUNGOV", "government"), ("HUN", "Hungary"))) == []
    assert _kept(_ev(("USALEG", "Wendy Rogers"), ("USA", "United States"))) == []


def test_dedup_drops_a_generic_reference_that_may_be_the_other_actor() -> None:
    assert _kept(_ev(("HUNGOV", "Viktor Orbán"), ("HUNGOV", "vláda"))) == []
    assert _kept(_ev(("POLGOV", "minister"), ("POLGOV", "Mateusz Morawiecki"))) == []


def test_dedup_keeps_distinct_sectors_and_foreign_pairs() -> None:
    assert _kept(_ev(("EGYCOP", "police"), ("EGYREB", "rebel")), _ev(("RUS", "Rusko"), ("UKR", "Ukrajina"))) == [
        ("police", "rebel"), ("Rusko", "Ukrajina")]


def test_dedup_domestic_accusation_in_english_text(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Speaker Nancy Pelosi accused Attorney General William Barr of a cover-up.")
    assert any(e.type == "ACCUSE" and e.source and e.target and e.source.code and e.target.code
               and e.source.code[:3] == e.target.code[:3] == "USA" for e in evs)


def test_dedup_keeps_people_and_firms_named_by_common_nouns() -> None:
    # outside the state's organs, a common noun names another person, group or firm of the same country
    assert _kept(_ev(("GBRBUS", "Thomas Cook"), ("GBRBUS", "lender"))) == [("Thomas Cook", "lender")]
    assert _kept(_ev(("CZECVL", "matka"), ("CZECVL", "syn"))) == [("matka", "syn")]
    assert _kept(_ev(("CZEBUS", "kancelář"), ("CZEBUS", "pojišťovna"))) == [("kancelář", "pojišťovna")]


def test_dedup_drops_one_stretch_of_text() -> None:
    # an apposition resolved twice ('premiér Petr Fiala' and 'Petr Fiala') is one actor
    assert _kept(_ev(("CZEGOV", "premiér"), ("CZEGOV", "Petr Fiala"), tgt_span=(3, 12))) == []


def test_dedup_keeps_a_city_or_region_of_the_own_state() -> None:
    assert _kept(_ev(("CZEGOV", "vláda"), ("CZE", "Ostrava"))) == [("vláda", "Ostrava")]
    assert _kept(_ev(("USAGOV", "Donald Trump"), ("USA", "California"))) == [("Donald Trump", "California")]
    assert _kept(_ev(("CZEGOV", "vláda"), ("CZE", "Česko"))) == []  # the state itself


def test_dedup_keeps_rebels_against_their_own_state() -> None:
    assert _kept(_ev(("AFGREB", "militant group"), ("AFG", "Afghanistan"))) == [("militant group", "Afghanistan")]
    assert _kept(_ev(("AFGGOV", "government"), ("AFG", "Afghanistan"))) == []


def test_dedup_domestic_events_in_text(pipeline: Pipeline) -> None:
    def triples(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
        return country_triples(pipeline_events(pipeline, text, lang))

    assert ("CONSULT", "CZE", "CZE") in triples("Cestovní kancelář zahájila jednání s pojišťovnami.", "cs")
    assert ("REQUEST", "CZE", "CZE") in triples("Studenti vyzvali učitele, aby hlasovali.", "cs")  # EDU and EDU
    assert ("ACCUSE", "USA", "USA") in triples("President Trump sued California on Monday.")
    assert ("ASSAULT", "AFG", "AFG") in triples("The militant group stormed Kabul in August.")


def test_dedup_keeps_an_implicit_agent_apart_from_a_generic_organ() -> None:
    # 'a prison guard was arrested': the implied home police (no text) is not the guard coded COP
    police = Event("COERCE", None, "173", -5.0, 4, ArgRef("GBRCOP", "police of GBR", "", None),
                   ArgRef("GBRCOP", "guard", "a prison guard", (0, 14)), "arrested", (0, 30), 0)
    assert len(dedup([police], [])) == 1
    assert _kept(_ev(("GBRCOP", "police"), ("GBRCOP", "officer"))) == []  # two generic references: one side


def test_dedup_keeps_two_distinct_offices_of_one_state(pipeline: Pipeline) -> None:
    """'Premiér odvolal ministra zdravotnictví': two offices named by common nouns are two actors; the government as
    a whole (vláda, government, police, the military) beside an office may still be that office."""
    assert _kept(_ev(("CZEGOV", "premiér"), ("CZEGOV", "ministr"), "COERCE")) == [("premiér", "ministr")]
    assert _kept(_ev(("CZEGOV", "vláda"), ("CZEGOV", "ministr"))) == []
    assert ("COERCE", "CZE", "CZE") in country_triples(
        pipeline_events(pipeline, "Premiér odvolal ministra zdravotnictví.", "cs"))


def test_dedup_a_sentence_initial_office_is_no_proper_name(pipeline: Pipeline) -> None:
    """'Hejtman poděkoval hasičům': the tagger capitalises (even names) the sentence-initial office; the role's name
    is its lowercased lemma, so two offices stay two actors."""
    assert ("SUPPORT", "CZE", "CZE") in country_triples(
        pipeline_events(pipeline, "Hejtman poděkoval hasičům za rychlý zásah.", "cs"))


def _visit(src: tuple[str, str], tgt: tuple[str, str], cameo: str = "042") -> Event:
    return Event("CONSULT", "visit", cameo, 1.9, 1, ArgRef(src[0], src[1], src[1], (0, 5)),
                 ArgRef(tgt[0], tgt[1], tgt[1], (10, 17)), "visited", (0, 17), 0)


def test_dedup_drops_a_visit_hosted_by_the_visitors_own_state() -> None:
    """'He again visited the country' read as India's premier visiting India: no diplomatic visit (the host is the
    target); a visit to a body at home ('visited the El Paso hospital') or abroad stays."""
    assert _kept(_visit(("INDGOV", "Narendra Modi"), ("IND", "country"))) == []
    assert _kept(_visit(("USAGOV", "Donald Trump"), ("USAHLH", "hospital"))) == [("Donald Trump", "hospital")]
    assert _kept(_visit(("FRAGOV", "Jacques Chirac"), ("IND", "India"))) == [("Jacques Chirac", "India")]
