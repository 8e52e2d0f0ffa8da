"""English ordinary-news battery (session 12): regulators, leagues, courts, councils, unions, firms and police
fining, banning, charging, suing, ordering, demanding, rejecting and arresting. Expected triples compare the
country part of the codes, as the scorer does; sectors vary with the actor lexicon."""

from __future__ import annotations

import pytest

from kronika import Pipeline
from kronika.model import Doc

BRITAIN = "The case has shocked Britain. Britain has seen several such cases this year. "


def country(code: str | None) -> str:
    """The scorer's country part of a code: IGO codes keep six letters, '-' for no actor."""
    if not code:
        return "-"
    return code[:6] if code.startswith("IGO") else code[:3]


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    """(type, source country, target country) of a doc's events."""
    return {(e.type, country(e.source.code if e.source else None), country(e.target.code if e.target else None))
            for e in doc.events}


def run(pipeline: Pipeline, text: str) -> Doc:
    """Extract an English text set in Britain."""
    return pipeline({"text": BRITAIN + text, "lang": "en", "published": "2021-06-18"})


GBR = ("GBR", "GBR")

SANCTIONS = [
    ("The regulator fined the bank £20 million for failing to protect customers.", "COERCE"),
    ("The watchdog has imposed a record fine on the energy company.", "COERCE"),
    ("The council revoked the nightclub's licence after a series of violent incidents.", "COERCE"),
    ("The hospital suspended two nurses pending an investigation.", "COERCE"),
    ("The company sacked the manager after the allegations emerged.", "COERCE"),
    ("The court convicted the businessman of bribery.", "SANCTION"),  # 116: PLOVER SANCTION/convict
    ("The judge found the company liable for the accident.", "SANCTION"),
    ("The court ordered the company to pay compensation to the workers.", "SANCTION"),  # court-ordered payment
    ("The regulator slapped a record fine on the energy company.", "COERCE"),
    ("The watchdog slapped the firm with a penalty.", "COERCE"),
    # sport governance: a disciplinary act stays in a sentence about matches and leagues
    ("The Football Association banned the striker for six matches for violent conduct.", "COERCE"),
    ("The league fined the club £50,000 for breaching financial rules.", "COERCE"),
    ("The football association charged the club with failing to control its players.", "ACCUSE"),
    ("The club has lodged a complaint against the league over the fixture.", "ACCUSE"),
    ("The club was charged by the FA with failing to control its players.", "ACCUSE"),
    ("The club appealed to the league against the three-match ban.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "kind"), SANCTIONS)
def test_events_en_governance_sanctions(pipeline: Pipeline, text: str, kind: str) -> None:
    assert (kind, *GBR) in triples(run(pipeline, text))


REQUESTS = [
    "The union demanded a pay rise for nurses from the government.",
    "The council asked the government for more money to repair roads.",
    "Residents urged the council to reject the plans.",
    "The opposition called on the minister to resign.",
    "Police appealed to the public for information about the attack.",
    "The judge ordered the newspaper to remove the article.",
    "Campaigners have called for an inquiry into the council's handling of the fire.",
    "The union is pressing the company to reverse the job cuts.",
    "The regulator told the firm to compensate its customers.",
    "The council instructed the company to stop the work.",
    "A neighbour called the police after hearing screams.",
    "The council has applied to the government for emergency funding.",
    "Residents have called for the council to reverse its decision.",
    "Unions have demanded talks with the government over the cuts.",
    "The family is seeking compensation from the hospital.",
    "The union has appealed to the company to drop the plans.",
    "Doctors have warned the government to act before it is too late.",
    "The council pleaded with the government for more funding.",
    "Campaigners have lobbied the council to save the library.",
    "The family requested that police reopen the investigation.",
    "The firm urged regulators to approve the merger.",
    "The company has been asked by the regulator to explain the delays.",
    "The union told the company it must reverse the cuts.",
    "The union said the company must reverse the cuts.",
    "Residents have put pressure on the council to reopen the park.",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_events_en_governance_requests(pipeline: Pipeline, text: str) -> None:
    assert ("REQUEST", *GBR) in triples(run(pipeline, text))


ACCUSATIONS = [
    "Police charged the man with murder.",
    "The company sued the council over the cancelled contract.",
    "The regulator launched an investigation into the bank.",
    "The union accused the company of breaking the law.",
    "Residents criticised the council for the delays.",
    "The watchdog is investigating the energy firm over its billing practices.",
    "Prosecutors charged the former minister with corruption.",
    "The family filed a lawsuit against the hospital.",
    "The company was taken to court by its former employees.",
    "Police have launched a murder inquiry after a man was found dead.",
    "Shareholders are suing the company for misleading them.",
    "The regulator is looking into the complaints against the bank.",
    "Police are investigating the incident as criminal damage.",
    "The teacher is taking legal action against the school.",
    "The union has launched legal proceedings against the council.",
]


@pytest.mark.parametrize("text", ACCUSATIONS)
def test_events_en_governance_accusations(pipeline: Pipeline, text: str) -> None:
    assert ("ACCUSE", *GBR) in triples(run(pipeline, text))


REJECTIONS = [
    "The council rejected the company's plans for a new supermarket.",
    "The court dismissed the club's appeal against the ban.",
    "The government refused the union's demand for a pay rise.",
    "The minister turned down the council's request for extra funding.",
    "The company denied the union's allegations.",
    "The planning committee refused permission for the development.",
    "The judge threw out the case against the police officer.",
    "The council has turned down the company's application for a new casino.",
    "The regulator rejected the firm's bid for the licence.",
    "The firm has refused to comply with the court order.",
]


@pytest.mark.parametrize("text", REJECTIONS)
def test_events_en_governance_rejections(pipeline: Pipeline, text: str) -> None:
    assert ("REJECT", *GBR) in triples(run(pipeline, text))


COERCIONS = [
    "Police arrested two men after the attack.",
    "The government has imposed a curfew on the town.",
    "Police raided the offices of the company on Tuesday.",
    "The court sentenced the man to five years in prison.",
    "Officers seized drugs and cash from the house.",
    "The government deported the activist.",
    "The man was jailed for six years.",
    "Police detained the driver at the scene.",
]


@pytest.mark.parametrize("text", COERCIONS)
def test_events_en_governance_coercions(pipeline: Pipeline, text: str) -> None:
    assert ("COERCE", *GBR) in triples(run(pipeline, text))


@pytest.mark.parametrize("text", [
    "Liverpool beat Chelsea 2-0 in the league on Sunday.",
    "The striker attacked the defence in the second half of the match.",
])
def test_events_en_governance_game_results_stay_no_events(pipeline: Pipeline, text: str) -> None:
    assert not {t for t in triples(run(pipeline, text)) if t[0] in {"ASSAULT", "COERCE", "THREATEN"}}


def test_events_en_governance_told_to_is_the_objects_act(pipeline: Pipeline) -> None:
    """'told the firm to compensate its customers': the firm, not the regulator, is to compensate (no AID)."""
    doc = run(pipeline, "The regulator told the firm to compensate its customers.")
    assert not [e for e in doc.events if e.type == "AID"]


def test_events_en_governance_told_that_is_a_statement(pipeline: Pipeline) -> None:
    """A bare 'told X that ...' stays a statement: its content is coded, no demand."""
    doc = run(pipeline, "The minister told reporters that Russia had attacked Ukraine.")
    assert triples(doc) == {("ASSAULT", "RUS", "UKR")}


def test_events_en_governance_slapped_fine_is_no_blow(pipeline: Pipeline) -> None:
    """'slapped the firm with a penalty' is a penalty (172), not a physical assault (182)."""
    doc = run(pipeline, "The watchdog slapped the firm with a penalty.")
    assert [e.cameo for e in doc.events] == ["172"]


@pytest.mark.parametrize(("text", "source"), [
    ("Saudi oil facilities were attacked. While Tehran has been widely blamed for the attacks, it maintains that it "
     "was not involved.", "IRN"),
    ('"We were not involved in the attack," the British government said.', "GBR"),
    ("The minister said he was not responsible for the delays.", "GBR"),
])
def test_events_en_governance_denied_involvement_is_a_denial(pipeline: Pipeline, text: str, source: str) -> None:
    """Saying one was not involved or not responsible rejects the accusation (GUIDELINES rule 4)."""
    assert ("REJECT", source, "-") in triples(run(pipeline, text))


def test_events_en_governance_others_not_involved_is_no_denial(pipeline: Pipeline) -> None:
    """Police saying a driver was not involved deny nothing of their own."""
    assert not [t for t in triples(run(pipeline, "Police said the driver was not involved in the crash."))
                if t[0] == "REJECT"]


def test_events_en_governance_call_for_a_state_to_act(pipeline: Pipeline) -> None:
    """'called for Russia to withdraw': 'for' marks the infinitive clause; Russia is the request's target."""
    doc = pipeline({"text": "The British government called for Russia to withdraw its troops.", "lang": "en",
                    "published": "2021-06-18"})
    assert triples(doc) == {("REQUEST", "GBR", "RUS")}


def test_events_en_governance_warning_with_repercussion_stays_a_threat(pipeline: Pipeline) -> None:
    """'warned X to do' urges (REQUEST); 'warned X that it would face consequences' threatens."""
    doc = pipeline({"text": "The United States warned Russia that it would face severe consequences if it invaded "
                            "Ukraine.", "lang": "en", "published": "2021-06-18"})
    assert ("THREATEN", "USA", "RUS") in triples(doc)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Premier League fined the club for breaching its rules.", ("COERCE", "GBR", "GBR")),
    ("The NFL fined the Dallas club for violating league rules.", ("COERCE", "USA", "USA")),
])
def test_events_en_governance_national_leagues_are_their_countrys_bodies(
        pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    """National sports bodies are actors of their country (NGO): 'The Premier League fined the club'."""
    assert expected in triples(pipeline({"text": text, "lang": "en", "published": "2021-06-18"}))
