"""A negative judgement in reported speech is the speaker's accusation of the actor it is about (judgements.py)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


def _judged(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    return country_triples([e for e in events(pipeline, text, lang) if e.rule.startswith(f"{lang}-reported-judgement")])


def test_judgements_reported_crime_accuses_the_clause_subject(pipeline: Pipeline) -> None:
    assert _judged(pipeline, "Pompeo said the Assad regime is responsible for war crimes.", "en") == {
        ("ACCUSE", "USA", "SYR")}
    assert _judged(pipeline, "Pompeo uvedl, že Asadův režim je zodpovědný za válečné zločiny.", "cs") == {
        ("ACCUSE", "USA", "SYR")}


def test_judgements_the_event_carries_cameo_112_and_the_cue(pipeline: Pipeline) -> None:
    [ev] = [e for e in events(pipeline, "Pompeo said the Assad regime is responsible for war crimes.", "en")
            if e.rule.startswith("en-reported-judgement")]
    assert (ev.cameo, ev.trigger) == ("112", "crimes")


def test_judgements_negated_cue_is_no_accusation(pipeline: Pipeline) -> None:
    assert _judged(pipeline, "Pompeo said the Assad regime did not commit any crimes.", "en") == set()


def test_judgements_cue_in_a_name_or_a_modifier_judges_no_one(pipeline: Pipeline) -> None:
    text = "Pompeo said the Criminal Investigation Department of Syria opened an office."
    assert _judged(pipeline, text, "en") == set()
    assert _judged(pipeline, "Pompeo said Syria invests in financial crime prevention.", "en") == set()


def test_judgements_a_description_in_a_relative_clause_is_no_claim(pipeline: Pipeline) -> None:
    text = "Modi said the exhibition honours a man who fought against the oppression of women in India."
    assert _judged(pipeline, text, "en") == set()


def test_judgements_statement_without_a_cue_codes_nothing(pipeline: Pipeline) -> None:
    assert _judged(pipeline, "Pompeo said the Assad regime is holding talks in Geneva.", "en") == set()


def test_judgements_an_event_inside_the_quote_wins(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Opozice tvrdí, že vláda lže.", "cs")
    assert [e.rule for e in evs if "reported-judgement" in e.rule] == []
    assert ("ACCUSE", "CZE", "CZE") in country_triples(evs)


def test_judgements_unfair_or_cruel_treatment_judges_its_doer(pipeline: Pipeline) -> None:
    assert _judged(pipeline, '"The British police were cruel to the protesters," a British activist said.', "en") == {
        ("ACCUSE", "GBR", "GBR")}
    assert _judged(pipeline, '"The British council was unfair to us," the French residents said.', "en") == {
        ("ACCUSE", "FRA", "GBR")}


@pytest.mark.parametrize(("text", "lang"), [
    ("The two British men, who have all pleaded not guilty, are accused of damaging the statue.", "en"),
    ("\"I am innocent,\" the British man told the court in Leeds.", "en"),
    ("Muži z Bristolu, kteří prohlašují, že jsou nevinní, jsou obviněni ze svržení sochy.", "cs"),
    ("Ministryně Klára Dostálová prohlásila, že se cítí absolutně nevinná.", "cs"),
])
def test_judgements_claim_of_innocence_is_a_denial(pipeline: Pipeline, text: str, lang: str) -> None:
    """GUIDELINES rule 4: a claim of one's own innocence (or a plea of not guilty) is REJECT 016 by the claimant."""
    evs = [e for e in pipeline({"id": "t", "text": text, "lang": lang}).events if e.rule.endswith("innocence+denier")]
    assert [(e.type, e.cameo, e.target) for e in evs] == [("REJECT", "016", None)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Soud v Brně rozhodl, že muž je nevinný.", "cs"),  # a court's finding, nobody's denial
    ("\"He is innocent,\" said his British mother.", "en"),  # another person defends him
    ("The British minister said his son was innocent.", "en"),
    ("\"We have to presume that people are innocent,\" the British minister said.", "en"),
])
def test_judgements_innocence_of_someone_else_is_no_denial(pipeline: Pipeline, text: str, lang: str) -> None:
    """Only the claimant's own innocence is a denial: a verdict or a relative's defence codes no REJECT 016."""
    assert not [e for e in pipeline({"id": "t", "text": text, "lang": lang}).events if "innocence" in e.rule]


def test_judgements_negative_prefixed_cue_matches_and_copula_negates(pipeline: Pipeline) -> None:
    """'nezákonná': the lemmatizer strips the prefix (zákonný, Polarity=Neg); the listed prefixed form still judges.
    'není nezákonná' (the copula negated) and the plain 'zákonná' judge no one."""
    said = "Polský premiér Donald Tusk řekl, že ruská vláda {}."
    assert _judged(pipeline, said.format("je nepřijatelná a nezákonná"), "cs") == {("ACCUSE", "POL", "RUS")}
    assert _judged(pipeline, said.format("není nezákonná"), "cs") == set()
    assert _judged(pipeline, said.format("je zákonná"), "cs") == set()


@pytest.mark.parametrize("text,lang", [
    ("Poland and the EU say the government of Belarus is trying to destabilize the region.", "en"),
    ("Polsko a EU tvrdí, že se vláda Běloruska snaží destabilizovat region.", "cs")])
def test_judgements_coordinated_speakers_each_accuse(pipeline: Pipeline, text: str, lang: str) -> None:
    assert _judged(pipeline, text, lang) == {("ACCUSE", "POL", "BLR"), ("ACCUSE", "IGOEUR", "BLR")}


def test_judgements_a_news_medium_reports_and_accuses_no_one(pipeline: Pipeline) -> None:
    text = "The British newspaper The Guardian reported that the American company Boeing had failed its customers."
    assert _judged(pipeline, text, "en") == set()
    text = "Senator John Smith of the US Senate said that the American company Boeing had failed its customers."
    assert ("ACCUSE", "USA", "USA") in _judged(pipeline, text, "en")


def test_judgements_a_quoted_epithet_judges_the_political_actor_it_describes(pipeline: Pipeline) -> None:
    text = ("British Prime Minister Boris Johnson wants to leave the EU without a deal. An SNP spokesperson said the "
            "party was committed to removing \"this dangerous and undemocratic prime minister as soon as possible.\"")
    assert ("ACCUSE", "GBR", "GBR") in _judged(pipeline, text, "en")
    text = ("Britský premiér Boris Johnson chce opustit EU bez dohody. Mluvčí SNP uvedla, že strana je odhodlána "
            "odstranit „současného nebezpečného a nedemokratického předsedu vlády“.")
    [ev] = [e for e in events(pipeline, text, "cs") if e.rule.startswith("cs-reported-judgement")]
    assert (ev.source and ev.source.code, ev.target and ev.target.code, ev.trigger) == (
        "GBRPTY", "GBRGOV", "nedemokratického")


def test_judgements_an_epithet_of_a_group_of_people_is_no_judgement_of_them(pipeline: Pipeline) -> None:
    assert _judged(pipeline, "The Hungarian police said that illegal migrants crossed the border with Serbia.",
                   "en") == set()
