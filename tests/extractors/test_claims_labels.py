"""Rejected claims and name-calling (extractors/claims.py, namings.py): 'He claimed ... . The Prime Minister has called
the claims "complete nonsense."' rejects the claimant; 'called Jacinda Ardern "Lenin with Hair"' is name-calling."""

from __future__ import annotations

import pytest

from kronika import Pipeline
from kronika.model import Doc


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    """(type, source code, target code) of a doc's events."""
    return {(e.type, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in doc.events}


def run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Extract one text."""
    return pipeline({"text": text, "lang": lang, "published": "2021-12-12"})


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The case has shocked Britain. Raphael Marshall, a former Foreign Office official, claimed that Boris Johnson had "
     "ordered the evacuation of animals. The Prime Minister has called the claims \"complete nonsense.\"", "en",
     ("REJECT", "GBRGOV", "GBR")),
    ("Opozice tvrdí, že vláda zatajila zprávu o nehodě. Premiér označil tvrzení za lež.", "cs",
     ("REJECT", "CZEGOV", "CZEOPP")),
    ("Chinese Foreign Ministry spokesman Zhao Lijian called the US accusations groundless.", "en",
     ("REJECT", "CHNGOV", "USA")),
    ("The Israeli government labelled Hamas a terrorist organisation.", "en", ("ACCUSE", "ISRGOV", "PSEREB")),
    ("The Republican senator called Jacinda Ardern \"Lenin with Hair\".", "en", ("ACCUSE", "USALEG", "NZLGOV")),
    ("The German chancellor described Moscow's actions as unacceptable.", "en", ("ACCUSE", "DEUGOV", "RUS")),
    ("Erdogan described Israel as a terrorist state.", "en", ("ACCUSE", "TURGOV", "ISR")),
    ("Severní Korea nazvala jihokorejského prezidenta zrádcem.", "cs", ("ACCUSE", "PRK", "KORGOV")),
    ("Venezuelský prezident Nicolás Maduro označil opozičního lídra Juana Guaidóa za loutku Washingtonu.", "cs",
     ("ACCUSE", "VENGOV", "VENOPP")),
    ("Republikánská senátorka Wendy Rogersová v neděli nazvala novozélandskou premiérku Jacindu Ardernovou "
     "\"Leninem v sukních\".", "cs", ("ACCUSE", "CZELEG", "NZLGOV")),
])
def test_claims_labels_rejected_claim_or_name_calling(pipeline: Pipeline, text: str, lang: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(pipeline, text, lang))


def test_claims_labels_claim_told_before_is_the_target_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Bývalý úředník Raphael Marshall prohlásil, že premiér nařídil evakuaci zvířat. Ministerský "
                        "předseda označil prohlášení za \"naprostý nesmysl\".", "cs")
    assert any(t[0] == "REJECT" and t[2].startswith("CZE") for t in triples(doc))


@pytest.mark.parametrize(("text", "lang"), [
    ("The case has shocked Britain. \"We did nothing wrong,\" the Prime Minister claimed. He later called the claims "
     "\"complete nonsense.\"", "en"),  # the last claim is his own
    ("Bodyguard Matt Fiddes prohlásil, že to vůbec nebyla pravda. Jacksonovi pozůstalí popřeli všechna obvinění proti "
     "zesnulé hvězdě.", "cs"),  # a statement is no accusation: its speaker is not the accuser
])
def test_claims_labels_no_claimant(pipeline: Pipeline, text: str, lang: str) -> None:
    assert all(t[2] == "-" for t in triples(run(pipeline, text, lang)) if t[0] == "REJECT")


@pytest.mark.parametrize("text", [
    "The Prime Minister called the president of France on Tuesday.",
    "Macron called Putin \"to discuss the crisis\".",
])
def test_claims_labels_phone_call_stays_a_call(pipeline: Pipeline, text: str) -> None:
    assert any(t[0] == "CONSULT" for t in triples(run(pipeline, text, "en")))


@pytest.mark.parametrize("text", [
    "The report described the economy as resilient.",
    "The minister described the plan in detail.",
    "The minister described the visit of the Indian prime minister as a success.",
    "The European Council president called a summit for next week.",
])
def test_claims_labels_neutral_or_praising_label_is_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in triples(run(pipeline, text, "en")) if t[0] in {"ACCUSE", "REJECT"}]


@pytest.mark.parametrize(("text", "target"), [
    ("The Czech foreign minister called the Russian embassy's statement a lie.", "RUSGOV"),
    ("Biden called Putin a killer.", "RUSGOV"),
])
def test_claims_labels_label_right_after_the_object_is_no_call(pipeline: Pipeline, text: str, target: str) -> None:
    found = triples(run(pipeline, text, "en"))
    assert not [t for t in found if t[0] == "CONSULT"]
    assert any(t[0] == "ACCUSE" and t[2] == target for t in found)


def test_claims_labels_victim_of_the_named_act_is_not_judged(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Britain's foreign secretary called the sentencing of the journalist outrageous.", "en")
    assert not [t for t in triples(doc) if t[0] == "ACCUSE" and t[2].endswith("MED")]
    doc = run(pipeline, "Britain's foreign secretary called Russia's detention of the journalist outrageous.", "en")
    assert ("ACCUSE", "GBRGOV", "RUS") in triples(doc)


@pytest.mark.parametrize(("text", "lang"), [
    ("Keir Starmer, the leader of the British Labour Party, said on Sunday that Boris Johnson probably broke the law.",
     "en"),
    ("Šéf britských labouristů Keir Starmer v neděli konstatoval, že Boris Johnson zřejmě porušil zákon.", "cs"),
])
def test_claims_labels_reported_violation_is_an_accusation(pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("ACCUSE", "GBROPP", "GBRGOV") in triples(run(pipeline, text, lang))


def test_claims_labels_own_denied_violation_accuses_no_one(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Boris Johnson said on Sunday that he did not break the law.", "en")
    assert not [t for t in triples(doc) if t[0] == "ACCUSE"]


@pytest.mark.parametrize("verb", ["denied the allegations", "dismissed the claims as absurd"])
def test_claims_labels_reported_allegation_rejected_aims_at_the_medium(pipeline: Pipeline, verb: str) -> None:
    doc = run(pipeline, "The championship is held in Qatar. The Guardian reported that the Qatari organisers had paid "
                        f"migrant workers to attend the races. The organisers {verb}.", "en")
    assert ("REJECT", "QATCVL", "GBRMED") in triples(doc)


@pytest.mark.parametrize(("text", "expected"), [
    ("Indian Prime Minister Narendra Modi called Jacques Chirac a true global statesman.",
     ("SUPPORT", "INDGOV", "FRAELI")),
    ("Putin described Xi Jinping as a great friend.", ("SUPPORT", "RUSGOV", "CHNGOV")),
])
def test_claims_labels_praise_label_of_an_actor_is_support(pipeline: Pipeline, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(pipeline, text, "en"))


@pytest.mark.parametrize("text", [
    "The Chinese foreign minister described the talks with the United States as constructive.",
    "Biden called Putin a great danger to the world.",
    "Trump called Kim Jong Un a friend of terrorists.",
])
def test_claims_labels_no_praise_of_a_thing_or_in_blame(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in triples(run(pipeline, text, "en")) if t[0] == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Michelle Obama Calls Meghan Markle 'An Inspiration' In Adoring Instagram",
    "Oprah Winfrey Calls Prince Harry 'A True Gentleman' After Their Interview",
])
def test_quoted_label_after_the_named_actor_is_no_phone_call(pipeline: Pipeline, text: str) -> None:
    """A quotation mark right after the actor, before a capitalised word, opens the name the verb gives the actor
    (precision.quote_after_actor): no CONSULT call."""
    assert not any(e.type == "CONSULT" for e in run(pipeline, text, "en").events)


def test_quoted_purpose_of_a_phone_call_stays(pipeline: Pipeline) -> None:
    """'called Putin "to discuss the crisis"': a lower-case quote is what the call was for; the call stays."""
    doc = run(pipeline, 'French President Emmanuel Macron called Vladimir Putin "to discuss the crisis" on Friday.',
              "en")
    assert any(e.type == "CONSULT" for e in doc.events)
