"""Session 27 actor resolution: a person introduced with a state or city ('X from Uganda', 'Nigeria's X', 'X z JAR'),
a surname alone after a full name coded by its demonym, and Czech one-word speakers of a domestic story."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str, published: str = "2024-06-18") -> Doc:
    """Run the whole pipeline on a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": published})


def _codes(doc: Doc) -> dict[str, str | None]:
    """Mention text -> code."""
    return {m.text: m.code for m in doc.mentions}


def _triples(doc: Doc) -> set[tuple[str, str | None, str | None]]:
    """(type, source code, target code) of the doc's events."""
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in doc.events}


def test_person_from_a_state_is_its_national(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Winnie Nanyondo from Uganda won the race. Nanyondo thanked her coach.", "en")
    assert _codes(doc)["Winnie Nanyondo"] == "UGACVL"
    assert _codes(doc)["Nanyondo"] == "UGACVL"


def test_state_possessive_before_a_person_is_its_national(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Nigeria's Divine Oduduru accused the Qatari organisers of negligence.", "en")
    assert _codes(doc)["Divine Oduduru"] == "NGACVL"
    assert ("ACCUSE", "NGACVL", "QATCVL") in _triples(doc)


def test_czech_person_z_state(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Caster Semenyaová z JAR kritizovala pravidla IAAF.", "cs")
    assert _codes(doc)["Caster Semenyaová"] == "ZAFCVL"
    assert ("ACCUSE", "ZAFCVL", "NGO") in _triples(doc)


def test_person_moved_from_a_state_is_not_its_national(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Česká armáda v pondělí evakuovala Jana Nováka z Afghánistánu. Ministr obrany Česka to "
                         "potvrdil.", "cs")
    assert _codes(doc)["Jana Nováka"] != "AFGCVL"


def test_person_returning_from_a_state_is_not_its_national(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The US Army evacuated John Smith from Afghanistan on Monday, the American defence "
                         "secretary said.", "en")
    assert _codes(doc)["John Smith"] != "AFGCVL"


def test_inhabitant_noun_the_parser_hung_beside_the_name(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Skvělou formu ukázal v kvalifikaci dálkařů Kubánec Juan Miguel Echevarría.", "cs")
    assert _codes(doc)["Juan Miguel Echevarría"] == "CUBCVL"


def test_surname_alone_keeps_the_full_names_demonym(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "V rozbězích na 100 metrů potvrdil roli favorita číslo jedna Američan Christian Coleman, "
                         "který se časem 9,98 jako jediný dostal pod hranici deseti sekund. Na start nenastoupil "
                         "Nigerijec Divine Oduduru, jenž očekával souboj s Colemanem. Česká výprava je spokojená.",
               "cs")
    assert _codes(doc)["Christian Coleman"] == "USACVL"
    assert _codes(doc)["Colemanem"] == "USACVL"


def test_czech_one_word_speaker_of_a_domestic_story(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "„Firma insolvenční návrh nepodala,“ uvedl Šrámek v tiskové zprávě. Podle Šrámka zrušení "
                         "letů postihne 500 klientů z České republiky. Česká vláda to kritizovala.", "cs")
    assert _codes(doc)["Šrámek"] == "CZECVL"
    assert _codes(doc)["Šrámka"] == "CZECVL"


def test_czech_one_word_speaker_of_a_foreign_story_stays_open(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Francouzská policie zadržela muže. Francouzský ministr to potvrdil. Americký "
                         "zpěvák to komentoval. „Nic jsem neudělal,“ uvedl Drake.", "cs")
    assert _codes(doc).get("Drake") is None


def test_czech_one_word_speaker_of_a_settled_foreign_story(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Muž z Utahu byl obviněn ze zabití rodiny v Texasu. Policie v Houstonu ho zatkla. Soud v USA "
                         "rozhodne o trestu. Obhájce v USA to potvrdil. Americká média o tom informovala. Cassidy "
                         "poděkovala komunitě za podporu.", "cs")
    assert _codes(doc)["Cassidy"] == "USACVL"


def test_speaker_outside_a_quote_is_no_national_of_the_quoted_state(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Canada is revoking the honorary citizenship of Aung San Suu Kyi, the leader of Myanmar. The "
                         "army of Myanmar committed atrocities against the Rohingya in Myanmar. The Canadian House of "
                         "Commons voted to revoke it last week. \"It is an appropriate message to send her, Myanmar "
                         "and the whole world,\" Independent Senator Ratna Omdivar commented.", "en")
    assert _codes(doc)["Senator Ratna Omdivar"] == "CANLEG"


def test_noun_inside_a_quote_keeps_the_speakers_state(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "“The soldiers are ready to defend the borders,” Russian President Vladimir Putin said.", "en")
    assert _codes(doc)["soldiers"] == "RUSMIL"
