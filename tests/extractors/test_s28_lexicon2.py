"""s28 lexicon gaps: stopping a demonstration, terrorising people, vandalised monuments (cs and en)."""

from __future__ import annotations

from events_support import coded

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded in a hand-made text."""
    return coded(pipeline, text, lang, "2022-10-01")


def test_stopping_a_demonstration_coerces_its_organisers(pipeline: Pipeline) -> None:
    en = _events(pipeline, "Russian police stopped a protest by Ukrainian activists in Moscow.", "en")
    assert ("COERCE", "RUSCOP", "UKRACT") in en
    cs = _events(pipeline, "Ruská policie zakázala demonstraci ukrajinských aktivistů v Moskvě.", "cs")
    assert ("COERCE", "RUSCOP", "UKRACT") in cs


def test_preventing_a_staged_demonstration_coerces_the_organisers(pipeline: Pipeline) -> None:
    text = "Turkish police prevented the demonstration staged by students at the university on Monday."
    en = _events(pipeline, text, "en")
    assert ("COERCE", "TURCOP", "TUREDU") in en


def test_preventing_protests_with_no_organiser_codes_no_coercion(pipeline: Pipeline) -> None:
    en = _events(pipeline, "Measures to prevent protests were announced by the Turkish government.", "en")
    assert not any(t == "COERCE" for t, _, _ in en)
    cs = _events(pipeline, "Déšť zabránil demonstraci v centru Prahy.", "cs")
    assert not any(t == "COERCE" for t, _, _ in cs)


def test_terrorising_people_coerces_them(pipeline: Pipeline) -> None:
    en = _events(pipeline, "Armed gangs have terrorised Haitian villagers for months.", "en")
    assert ("COERCE", "HTICRM", "HTICVL") in en
    cs = _events(pipeline, "Ozbrojené gangy měsíce terorizovaly haitské vesničany.", "cs")
    assert ("COERCE", "HTICRM", "HTICVL") in cs


def test_terrorising_with_no_victim_codes_nothing(pipeline: Pipeline) -> None:
    assert not any(t == "COERCE" for t, _, _ in _events(pipeline, "Ozbrojené gangy terorizují už měsíce.", "cs"))


def test_vandalising_a_monument_destroys_its_owners_property(pipeline: Pipeline) -> None:
    cs = _events(pipeline, "Neznámí vandalové poškodili pomník ruských vojáků v Praze.", "cs")
    assert ("ASSAULT", "CZECRM", "RUSMIL") in cs


def test_damaging_a_thing_not_a_property_codes_no_assault(pipeline: Pipeline) -> None:
    cs = _events(pipeline, "Ruští vojáci poškodili svou pověst.", "cs")
    assert not any(t == "ASSAULT" for t, _, _ in cs)


def test_hearing_out_views_consults_their_owner(pipeline: Pipeline) -> None:
    en = _events(pipeline, "The French government listened to the concerns of farmers' unions.", "en")
    assert ("CONSULT", "FRAGOV", "FRALAB") in en
    cs = _events(pipeline, "Francouzská vláda vyslechla připomínky odborů zemědělců.", "cs")
    assert ("CONSULT", "FRAGOV", "FRALAB") in cs
    assert ("CONSULT", "CZEGOV", "CZEAGR") in _events(pipeline, "Ministr naslouchal obavám českých zemědělců.", "cs")


def test_hearing_from_people_consults_them(pipeline: Pipeline) -> None:
    en = _events(pipeline, "Democrats will hear from constituents about their moves toward impeachment soon.", "en")
    assert ("AGREE", "USAPTY", "USACVL") in en  # a future consultation is an intent (AGREE)


def test_listening_to_a_thing_consults_nobody(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "Ministr poslouchal rádio.", "cs")
    assert not _events(pipeline, "We still need to hear from anyone with information.", "en")


def test_calling_off_a_strike_after_talks_concedes_to_the_other_party(pipeline: Pipeline) -> None:
    text = ("The Nigerian Union of Teachers announced Thursday that it has called off a four-day strike "
            "after deliberations with the Nigerian government.")
    assert ("CONCEDE", "NGALAB", "NGAGOV") in _events(pipeline, text, "en")


def test_calling_off_a_strike_with_no_counterpart_codes_nothing(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "The union called off the strike with immediate effect.", "en")


def test_breaking_into_computers_is_a_cyber_attack_on_their_owner(pipeline: Pipeline) -> None:
    cs = _events(pipeline, "Ruští hackeři pronikli do sítě německého ministerstva zahraničí.", "cs")
    assert ("COERCE", "RUS", "DEUGOV") in cs
    en = _events(pipeline, "North Korea attempted to hack into the computers of South Korean military officers.", "en")
    assert ("COERCE", "PRK", "KORMIL") in en


def test_getting_into_a_thing_or_a_country_is_no_cyber_attack(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "Voda pronikla do systému chlazení.", "cs")
    assert not any(t == "COERCE" for t, _, _ in _events(pipeline, "Čeští vojáci pronikli do Iráku.", "cs"))


def test_extending_a_curfew_or_emergency_imposes_it(pipeline: Pipeline) -> None:
    cs = _events(pipeline, "Thajská vláda prodloužila výjimečný stav v Bangkoku.", "cs")
    assert ("COERCE", "THAGOV", "THACVL") in cs


def test_extending_a_deadline_imposes_nothing(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "Vláda prodloužila lhůtu pro podání daňového přiznání.", "cs")
