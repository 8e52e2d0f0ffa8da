"""Region and town names as evidence of their own state: a multiword place beats the state or demonym inside it,
and Czech multiword towns match inflected."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2022-08-01"})


def _codes(doc: Doc) -> dict[str, str | None]:
    """Mention text -> code."""
    return {m.text: m.code for m in doc.mentions}


def _dropped(doc: Doc) -> dict[str, str | None]:
    """Dropped place text -> code."""
    return {d["text"]: d["code"] for d in doc.meta["actors_dropped"]}


def test_region_with_state_name_is_its_own_state_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Policie v Českém Švýcarsku zadržela dva muže.", "cs")
    assert "CZECOP" in _codes(doc).values()
    assert not any((c or "").startswith("CHE") for c in _codes(doc).values())
    assert _dropped(doc)["Českém Švýcarsku"] == "CZE"


def test_region_with_state_name_is_its_own_state_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Police in Saxon Switzerland arrested two men.", "en")
    assert _codes(doc)["Police in Saxon Switzerland"] == "DEUCOP"
    doc = _run(pipeline, "Police in Moravian Slovakia arrested two men.", "en")
    assert _codes(doc)["Police in Moravian Slovakia"] == "CZECOP"


def test_region_opening_with_another_states_demonym(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Police in British Columbia arrested two men.", "en")
    assert _codes(doc)["Police in British Columbia"] == "CANCOP"
    assert "British" not in _codes(doc)


def test_czech_multiword_town_matches_inflected(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Policie v Karlových Varech zadržela dva muže.", "cs")
    assert _dropped(doc).get("Karlových Varech") == "CZE"
    doc = _run(pipeline, "Demonstranti z Hradce Králové protestovali proti zákonu.", "cs")
    assert _dropped(doc).get("Hradce Králové") == "CZE"


def test_president_of_a_company_is_the_company(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Prezident firmy ExxonMobil kritizoval vládu.", "cs")
    assert _codes(doc)["Prezident firmy ExxonMobil"] == "USABUS"
    doc = _run(pipeline, "Ducom, prezident evropské pobočky amerického koncernu ExxonMobil, navštívil Prahu.", "cs")
    assert not any((c or "").endswith("GOV") for c in _codes(doc).values())
    doc = _run(pipeline, "The president of ExxonMobil criticized the government.", "en")
    assert _codes(doc)["president of ExxonMobil"] == "USABUS"
    doc = _run(pipeline, "Prezident Ruska kritizoval vládu.", "cs")
    assert _codes(doc)["Prezident Ruska"] == "RUSGOV"


def test_place_with_lowercase_inflected_word_and_west_bank(pipeline: Pipeline) -> None:
    text = "Drúzští obyvatelé syrských Golanských výšin pohrozili stávkou, pokud Izrael zavede zákon."
    doc = _run(pipeline, text, "cs")
    assert [c for t, c in _codes(doc).items() if t.startswith("Drúzští obyvatelé")] == ["SYRCVL"]
    doc = _run(pipeline, "Palestinci na Západním břehu Jordánu protestovali proti osadám.", "cs")
    assert "JOR" not in _codes(doc).values()
