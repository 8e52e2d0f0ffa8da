"""The events component on hand-made Czech sentences: roles by case and preposition, compound actors,
dropped subjects, modality, attribution, dates and deduplication."""

from __future__ import annotations

from events_support import events, parse, quote, run, timex, triples

from kronika.extractors.dedup import dedup
from kronika.model import ArgRef, Event


def test_events_dative_recipient_is_target() -> None:
    evs = events("Ruský prezident Putin poděkoval KLDR za podporu.")
    # the support thanked for is North Korea's backing (PRK -> RUS; fill.thanked_for), SUPPORT as en 'support'
    assert triples(evs) == {("SUPPORT", "RUSGOV", "PRK"), ("SUPPORT", "PRK", "RUSGOV")}
    evs = [e for e in evs if e.trigger == "poděkoval"]
    assert evs[0].cameo == "051" and evs[0].rule == "cs-podekovat-051"


def test_events_accusative_object_is_target() -> None:
    assert triples(events("Jižní Korea varovala Rusko.")) == {("THREATEN", "KOR", "RUS")}


def test_events_visit_do_genitive_is_consult_visit() -> None:
    evs = events("Premiér Macron přiletěl do Německa.")
    assert triples(evs) == {("CONSULT", "FRAGOV", "DEU")}
    assert evs[0].mode == "visit" and evs[0].cameo == "042"


def test_events_na_accusative_and_proti_dative_targets() -> None:
    assert triples(events("Rusko zaútočilo na Ukrajinu.")) == {("ASSAULT", "RUS", "UKR")}
    assert triples(events("Rusko bojuje proti Ukrajině.")) == {("ASSAULT", "RUS", "UKR")}


def test_events_light_verb_with_noun_and_nad_target() -> None:
    evs = events("Spojené státy vyjádřily znepokojení nad chováním Ruska.")
    assert triples(evs) == {("ACCUSE", "USA", "RUS")}
    assert evs[0].mode == "disapprove"


def test_events_swap_ze_strany_gives_source() -> None:
    assert triples(events("Rusko čelí sankcím ze strany USA.")) == {("SANCTION", "USA", "RUS")}


def test_events_compound_subject_gives_one_event_per_member() -> None:
    evs = events("Rusko i Čína odmítají sankce OSN.")
    assert {(t[0], t[1]) for t in triples(evs)} == {("REJECT", "RUS"), ("REJECT", "CHN")}


def test_events_compound_subject_of_mutual_verb_targets_each_other() -> None:
    evs = events("Rusko a Čína budou spolupracovat.")
    assert triples(evs) == {("AGREE", "RUS", "CHN"), ("AGREE", "CHN", "RUS")}
    assert all(e.future for e in evs) and evs[0].cameo == "031"


def test_events_dropped_subject_resolves_to_previous_sentence() -> None:
    evs = events("Premiér Macron přiletěl do Německa. Poté zamířil do Polska.")
    assert triples(evs) == {("CONSULT", "FRAGOV", "DEU"), ("CONSULT", "FRAGOV", "POL")}
    assert any(e.rule.endswith("antecedent:previous-sentence") for e in evs)


def test_events_relative_pronoun_subject_is_its_antecedent() -> None:
    evs = events("Putin, který dnes míří do Vietnamu, poděkoval Číně.")
    assert triples(evs) == {("CONSULT", "RUSGOV", "VNM"), ("SUPPORT", "RUSGOV", "CHN")}


def test_events_negation_from_polarity() -> None:
    evs = events("Rusko nezaútočilo na Ukrajinu.")
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")} and evs[0].negated and not evs[0].future


def test_events_perfective_present_is_future_and_future_attack_a_threat() -> None:
    evs = events("Rusko zaútočí na Ukrajinu.")
    assert evs[0].future and evs[0].type == "THREATEN" and evs[0].cameo == "138"
    assert triples(evs) == {("THREATEN", "RUS", "UKR")}


def test_events_negated_future_attack_stays_assault() -> None:
    evs = events("Rusko nezaútočí na Ukrajinu.")
    assert evs[0].type == "ASSAULT" and evs[0].negated


def test_events_future_aid_becomes_agree() -> None:
    evs = events("Německo poskytne Ukrajině tanky.")
    assert triples(evs) == {("AGREE", "DEU", "UKR")}
    assert evs[0].future and evs[0].cameo == "0332"


def test_events_not_ruled_out_is_hypothetical() -> None:
    evs = events("Ruští činitelé nevylučují, že Rusko podepíše dohodu s Čínou.")
    assert triples(evs) == {("AGREE", "RUS", "CHN")}
    assert evs[0].hypothetical and evs[0].future


def test_events_podle_x_is_attribution() -> None:
    evs = events("Podle Ukrajiny Rusko použilo rakety.")
    assert triples(evs) == {("ASSAULT", "RUS", "-")}
    assert evs[0].attributed_to is not None and evs[0].attributed_to.code == "UKR"


def test_events_inside_quote_are_attributed_to_speaker() -> None:
    doc = parse("„Rusko zaútočilo na Ukrajinu,“ řekl Macron.", "cs")
    macron = next(m for m in doc.mentions if m.code == "FRAGOV")
    doc.quotes = [quote(doc, "Rusko zaútočilo na Ukrajinu", macron)]
    evs = run(doc).events
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")}
    assert evs[0].attributed_to is not None and evs[0].attributed_to.code == "FRAGOV"


def test_events_statement_itself_is_no_event() -> None:
    assert events("Putin uvedl, že situace je vážná.") == []


def test_events_same_country_is_no_target() -> None:
    doc = run(parse("Putin poděkoval Rusku.", "cs"))
    assert doc.events == [] and doc.meta["events_dropped"]


def test_events_dedup_drops_self_reference_and_keeps_domestic_conflict() -> None:
    def ev(src: str, tgt: str) -> Event:
        name = {"RUS": "Rusko"}.get(tgt, tgt)  # a bare state code stands for the state only when named as one
        return Event("ASSAULT", None, "190", -10.0, 4, ArgRef(src, src, src, (0, 1)), ArgRef(tgt, name, name, (2, 3)),
                     "x", (0, 3), 0)
    dropped: list[dict[str, object]] = []
    kept = dedup([ev("RUSGOV", "RUS"), ev("EGYCOP", "EGYREB"), ev("RUS", "UKR")], dropped)
    assert [(e.source.code, e.target.code) for e in kept if e.source and e.target] == [
        ("EGYCOP", "EGYREB"), ("RUS", "UKR")]
    assert "same country" in str(dropped[0]["reason"])


def test_events_date_from_the_triggers_clause() -> None:
    doc = parse("Rusko v pondělí zaútočilo na Ukrajinu, která v úterý odmítla jednat.", "cs")
    doc.timexes = [timex(doc, "pondělí", "2024-06-17", "day"), timex(doc, "úterý", "2024-06-18", "day")]
    evs = run(doc).events
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.date == "2024-06-17" and attack.date_granularity == "day"


def test_events_sentence_date_when_clause_has_none() -> None:
    doc = parse("V únoru 2022 Putin uvedl, že Rusko zaútočí na Ukrajinu.", "cs")
    doc.timexes = [timex(doc, "únoru 2022", "2022-02", "month")]
    evs = run(doc).events
    assert evs[0].date == "2022-02" and evs[0].date_granularity == "month"


def test_events_repeated_event_is_deduplicated_with_mentions() -> None:
    evs = events("Rusko zaútočilo na Ukrajinu. Rusko podle OSN znovu zaútočilo na Ukrajinu.")
    assert len(evs) == 1 and len(evs[0].mentions) == 2
    assert [m["sentence"] for m in evs[0].mentions] == [0, 1]


def test_events_need_a_source_actor() -> None:
    doc = run(parse("Neznámí útočníci zaútočili na Ukrajinu.", "cs"))
    assert doc.events == []
    assert any(d["reason"] == "no source actor" for d in doc.meta["events_dropped"])


def test_events_json_has_provenance() -> None:
    e = events("Rusko zaútočilo na Ukrajinu.")[0].to_dict()
    assert e["type"] == "ASSAULT" and e["cameo"] == "190" and e["goldstein"] == -10.0 and e["quad_class"] == 4
    assert e["sentence"] == 0 and e["trigger"] == "zaútočilo" and e["rule"] and e["mentions"]
    assert e["span"][0] == 0 and e["span"][1] > e["span"][0]


def test_events_explicit_non_actor_subject_is_not_replaced_by_context() -> None:
    doc = run(parse("Putin přiletěl do Číny. Neznámý útočník tam zaútočil na Ukrajinu.", "cs"))
    assert {(e.type, e.source.code if e.source else None) for e in doc.events} == {("CONSULT", "RUSGOV")}


def test_events_refusal_takes_the_refused_acts_target() -> None:
    evs = events("Rusko odmítlo jednat s Ukrajinou.")
    assert triples(evs) == {("REJECT", "RUS", "UKR")}


def test_events_hosting_codes_the_host_as_source() -> None:
    evs = events("Putin přijal v Moskvě prezidenta Macrona.")  # 043 host -> guest, as en 'received' and the gold
    assert ("CONSULT", "RUSGOV", "FRAGOV") in triples(evs)


def test_events_deepest_specific_object_wins() -> None:
    evs = events("Polsko schválilo balík sankcí proti Rusku.")
    assert triples(evs) == {("SANCTION", "POL", "RUS")}


def test_events_threatened_clause_is_the_threat_target() -> None:
    evs = events("Rusko pohrozilo, že zaútočí na Polsko.")
    assert triples(evs) == {("THREATEN", "RUS", "POL")}


def test_events_requested_aby_clause_is_not_an_act() -> None:
    evs = events("Macron naléhal na Rusko, aby propustilo vězně.")
    assert triples(evs) == {("REQUEST", "FRAGOV", "RUS")}


def test_events_dropped_subject_agrees_in_gender() -> None:
    evs = events("Macron navštívil Ukrajinu. Ta pak propustila vězně z Ruska.")
    assert ("RETREAT", "FRAGOV", "-") not in triples(evs)


def test_events_date_of_a_relative_clause_is_not_the_sentence_date() -> None:
    doc = parse("Rusko, které dnes jedná s Čínou, odmítá sankce OSN.", "cs")
    doc.timexes = [timex(doc, "dnes", "2024-06-18", "day")]
    evs = run(doc).events
    reject = next(e for e in evs if e.type == "REJECT")
    assert reject.date is None


def test_events_reported_obligation_is_a_demand() -> None:
    evs = events("Macron uvedl, že Rusko musí stáhnout vojska z Ukrajiny.")
    assert triples(evs) == {("REQUEST", "FRAGOV", "RUS")}


def test_events_subject_phrase_prepositions_are_not_the_source() -> None:
    evs = events("Dohoda mezi Ruskem a Čínou zrušila sankce.")
    assert evs == []


def test_events_first_person_plural_does_not_take_the_last_actor() -> None:
    evs = events("Macron navštívil Polsko. Také jsme již podepsali s Čínou smlouvu.")
    assert triples(evs) == {("CONSULT", "FRAGOV", "POL")}


def test_events_object_first_word_order_by_gender_agreement() -> None:
    evs = events("Útok Ruska na Ukrajinu odsoudilo Polsko.")
    assert ("ACCUSE", "POL", "RUS") in triples(evs)
    assert ("ASSAULT", "RUS", "UKR") in triples(evs)


def test_events_support_for_sanctions_against_x_does_not_target_x() -> None:
    assert events("Polsko podpořilo sankce proti Rusku.") == []


def test_events_blocked_noun_event_is_not_coded() -> None:
    assert ("AID", "IGOUNO", "UKR") not in triples(events("Rusko zablokovalo pomoc OSN pro Ukrajinu."))


def test_events_compound_subject_is_not_swapped_by_gender() -> None:
    evs = events("Německo a Polsko podepsaly dohodu.")
    assert triples(evs) == {("SUPPORT", "DEU", "POL"), ("SUPPORT", "POL", "DEU")}


def test_events_prepositional_target_hung_under_another_dependent() -> None:
    evs = events("Sankce byly uvaleny Německem na Rusko.")
    assert triples(evs) == {("SANCTION", "DEU", "RUS")}


def test_events_condition_is_hypothetical() -> None:
    evs = events("Pokud Rusko zaútočí na Polsko, Německo pomůže Polsku.")
    assert not any(e.trigger == "zaútočí" for e in evs)  # the condition of another act: no event, not a threat


def test_events_offered_concession_and_announced_own_retreat_are_agree() -> None:
    offered = events("Rusko slíbilo, že zruší sankce proti Polsku.")
    assert triples(offered) == {("AGREE", "RUS", "POL")} and offered[0].cameo == "0354"
    announced = events("Rusko stáhne vojska z Ukrajiny.")  # s28: as PLOVER-GSR 'will release', 'will evacuate'
    assert triples(announced) == {("AGREE", "RUS", "UKR")} and announced[0].cameo == "0356"


def test_events_compound_visit_is_not_mutual() -> None:
    assert triples(events("Macron a Zelenskyj přiletěli do Polska.")) == {
        ("CONSULT", "FRAGOV", "POL"), ("CONSULT", "UKRGOV", "POL")}
