"""Party, opposition and parliament actors (session 28): party names and their members resolve to the party's state."""

from __future__ import annotations

from events_support import coded

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded in a hand-made text."""
    return coded(pipeline, text, lang, "2020-01-10")


def _codes(pipeline: Pipeline, text: str, lang: str) -> dict[str, str | None]:
    """Mention text -> code in a hand-made text."""
    doc = pipeline({"text": text, "lang": lang, "published": "2020-01-10"})
    return {m.text: m.code for m in doc.mentions}


def test_party_name_before_a_legislator_title_gives_the_party_state(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Labour MP Jess Phillips criticised the British government.", "en")
    assert ("ACCUSE", "GBRLEG", "GBRGOV") in evs
    codes = _codes(pipeline, "Republican Senator John Smith criticised the Mexican government.", "en")
    assert codes.get("Republican") == "USAPTY"
    assert str(codes.get("Republican Senator John Smith"))[:3] == "USA"


def test_party_word_before_another_title_stays_a_name(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "The Labour Minister of India met union leaders.", "en")
    assert codes.get("Labour") is None  # a minister of labour, no British party
    codes = _codes(pipeline, "Iraq's Republican Guard attacked the city.", "en")
    assert codes.get("Republican") is None


def test_dems_is_the_us_democratic_party(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "USAPTY", "USAGOV") in _events(pipeline, "Dems accused President Trump of obstruction.", "en")


def test_former_party_legislator_stays_a_former_office_holder(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Former Labour MP John Woodcock criticised the British government.", "en")
    assert codes.get("Former Labour MP John Woodcock") == "GBRELI"


def test_title_with_a_nominative_name_is_the_subject(pipeline: Pipeline) -> None:
    # the tagger reads 'Lídr' as feminine and 'Putina' as a nominative: the person's name in its own form keeps SVO
    text = "Česká vláda jedná. Lídr opozice Petr Fiala kritizoval Putina."
    assert ("ACCUSE", "CZEGOV", "RUSGOV") in _events(pipeline, text, "cs")
    text = "Česká vláda jedná. Lídr hnutí ANO Andrej Babiš kritizoval Putina."
    assert ("ACCUSE", "CZEGOV", "RUSGOV") in _events(pipeline, text, "cs")


def test_title_with_an_inflected_name_stays_an_object(pipeline: Pipeline) -> None:
    text = "Česká vláda jedná. Lídra opozice Petra Fialu kritizoval Putin."
    evs = _events(pipeline, text, "cs")
    assert ("ACCUSE", "RUSGOV", "CZEGOV") in evs
    assert ("ACCUSE", "CZEGOV", "RUSGOV") not in evs


def test_labour_and_conservatives_of_another_home_are_that_state_s(pipeline: Pipeline) -> None:
    text = ("New Zealand Prime Minister Jacinda Ardern won the election in New Zealand. Labour MP Kiri Allan "
            "criticised National Party leader Judith Collins. New Zealand voters backed Labour.")
    assert ("ACCUSE", "NZLLEG", "NZLGOV") in _events(pipeline, text, "en")
    text = "Canadian Prime Minister Justin Trudeau visited Canada's provinces. The Conservative Party accused Trudeau."
    assert ("ACCUSE", "CANPTY", "CANGOV") in _events(pipeline, text, "en")


def test_labour_elsewhere_stays_british(pipeline: Pipeline) -> None:
    text = "President Biden met Chinese officials in Washington. Labour criticised the Chinese government."
    assert ("ACCUSE", "GBRPTY", "CHNGOV") in _events(pipeline, text, "en")
