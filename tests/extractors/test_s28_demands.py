"""Reported demands (demands.py): a speaker's 'Y should/must Z' about another actor is REQUEST speaker -> Y, also when
the speaker or the obliged party is a pronoun or dropped subject, and 'it is time for Y to Z' / 'je čas, aby Y Z'."""

from __future__ import annotations

from events_support import coded

from kronika import Pipeline

Triple = tuple[str, str | None, str | None]


def _events(pipeline: Pipeline, text: str, lang: str) -> set[Triple]:
    """(type, source, target) of the events coded in a hand-made text."""
    return coded(pipeline, text, lang, "2022-10-01")


def _requests(pipeline: Pipeline, text: str, lang: str) -> set[Triple]:
    """The REQUEST events only."""
    return {t for t in _events(pipeline, text, lang) if t[0] == "REQUEST"}


def test_s28_demands_pronoun_obliged_party_is_its_antecedent(pipeline: Pipeline) -> None:
    text = "Boris Johnson faces a rebellion. This morning, the Conservative Party says that he should resign."
    assert _requests(pipeline, text, "en") == {("REQUEST", "GBRPTY", "GBRGOV")}


def test_s28_demands_dropped_obliged_subject_cs(pipeline: Pipeline) -> None:
    """'by měl' agrees with Johnson, not with 'strana': the party demands it of him (no AGREE of his own)."""
    text = "Boris Johnson čelí vzpouře. Dnes ráno Konzervativní strana řekla, že by měl odstoupit."
    assert _events(pipeline, text, "cs") == {("REQUEST", "GBRPTY", "GBRGOV")}


def test_s28_demands_pronoun_reporter_is_its_antecedent(pipeline: Pipeline) -> None:
    text = "Macron met Putin in Moscow. Afterwards he said Putin should withdraw."
    assert ("REQUEST", "FRAGOV", "RUSGOV") in _events(pipeline, text, "en")
    text = "Macron se setkal s Putinem. Poté řekl, že Rusko musí stáhnout vojska."
    assert ("REQUEST", "FRAGOV", "RUS") in _events(pipeline, text, "cs")


def test_s28_demands_speaker_obliging_itself_is_no_request(pipeline: Pipeline) -> None:
    """'he said he should ...' with 'he' the speaker, a first-person 'we must', and a general 'one must'."""
    assert not _requests(pipeline, "Zelensky met Biden on Monday. He said he should send more weapons.", "en")
    assert not _requests(pipeline, '"We must do more to help Ukraine," Chancellor Merkel said.', "en")
    assert not _requests(pipeline, '"One must always respect the law," the Pope said.', "en")
    assert not _requests(pipeline, "Ministr zahraničí Lipavský řekl, že musí odstoupit.", "cs")


def test_s28_demands_demand_voiced_at_a_protest_is_the_protest(pipeline: Pipeline) -> None:
    """PLOVER: demands that take the form of demonstrations are PROTEST (no separate REQUEST)."""
    text = ("Angry activists from the defeated Fatah Party have staged rallies in the Gaza Strip against the party's "
            "leader Mahmoud Abbas, saying he must resign.")
    assert not _requests(pipeline, text, "en")


def test_s28_demands_time_for_an_actor_to_act(pipeline: Pipeline) -> None:
    assert _events(pipeline, "President Biden said it was time for Russia to withdraw its troops.", "en") == {
        ("REQUEST", "USAGOV", "RUS")}
    assert _events(pipeline, '"It is high time for Russia to withdraw its troops," President Biden said.', "en") == {
        ("REQUEST", "USAGOV", "RUS")}
    assert _events(pipeline, "Americký prezident Biden řekl, že je čas, aby Rusko stáhlo svá vojska.", "cs") == {
        ("REQUEST", "USAGOV", "RUS")}


def test_s28_demands_first_or_denied_time_is_no_demand(pipeline: Pipeline) -> None:
    assert not _requests(pipeline, "President Biden said it was the first time for Russia to withdraw its troops.",
                         "en")
    assert not _requests(pipeline, "President Biden said it was not time for Russia to withdraw its troops.", "en")
    assert not _requests(pipeline, "Rusko mělo dost času, aby stáhlo svá vojska.", "cs")


def test_s28_demands_necessity_word_parsed_as_the_copulas_object(pipeline: Pipeline) -> None:
    """cs 'je třeba, aby' with 'třeba' hung on 'je' as its object."""
    text = "Prezident Zelenskyj uvedl, že je třeba, aby Západ poslal více zbraní."
    assert _events(pipeline, text, "cs") == {("REQUEST", "UKRGOV", "WST")}


def test_s28_demands_second_content_clause_of_a_report(pipeline: Pipeline) -> None:
    """'said that A and that Y must Z': the coordinated 'that' clause is reported too."""
    text = "Ukrainian President Zelensky said that the war was not over and that Russia must withdraw its troops."
    assert ("REQUEST", "UKRGOV", "RUS") in _events(pipeline, text, "en")
    text = "Prezident Zelenskyj řekl, že válka neskončila a že Rusko musí stáhnout svá vojska."
    assert ("REQUEST", "UKRGOV", "RUS") in _events(pipeline, text, "cs")


def test_s28_demands_first_person_addressee_in_a_quote_is_its_speaker(pipeline: Pipeline) -> None:
    text = '"Putin told us we must leave the city," the refugee from Mariupol said.'
    assert _requests(pipeline, text, "en") == {("REQUEST", "RUSGOV", "UKRREF")}


def test_s28_demands_pronoun_teller_in_a_quote_is_not_guessed(pipeline: Pipeline) -> None:
    """A speaker's 'she' may be anyone he has in mind: no antecedent is guessed inside a direct quote."""
    text = 'Senator Warren visited the town. "She came by and told us we should vote for her," the farmer said.'
    assert not _requests(pipeline, text, "en")


def test_s28_demands_need_to_and_have_to_oblige(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Chancellor Scholz said Russia needs to withdraw its troops from Ukraine.", "en") == {
        ("REQUEST", "DEUGOV", "RUS")}
    text = "Russian President Putin said the United States has to stop arming Ukraine."
    assert _events(pipeline, text, "en") == {("REQUEST", "RUSGOV", "USA")}


def test_s28_demands_no_duty_in_yet_negated_or_foreseen_need(pipeline: Pipeline) -> None:
    assert not _requests(pipeline, "President Biden said Russia has yet to respond to the proposal.", "en")
    assert not _requests(pipeline, "President Biden said Russia does not need to withdraw its troops.", "en")
    text = '"This will be no one-man show; many people will have to share responsibility," said Chancellor Scholz.'
    assert not _requests(pipeline, text, "en")


def test_s28_demands_past_duty_tells_what_was_done(pipeline: Pipeline) -> None:
    """'had to withdraw', 'muselo stáhnout': the act happened (not dropped as an unreported obligation)."""
    assert ("RETREAT", "RUS", "UKR") in _events(pipeline, "Russia had to withdraw its troops from Kherson.", "en")
    assert any(t == "RETREAT" for t, _, _ in _events(pipeline, "Rusko muselo stáhnout svá vojska z Chersonu.", "cs"))
    assert not _events(pipeline, "Rusko musí stáhnout svá vojska z Chersonu.", "cs")
