"""Shared city names resolve to the city the news means (tools/city_senses.tsv -> data/places.tsv)."""

from __future__ import annotations

from kronika import Pipeline


def _home(pipeline: Pipeline, text: str, lang: str = "en") -> object:
    return pipeline({"id": "t", "text": text, "lang": lang}).meta["home_country"]["clear"]


def test_city_senses_birmingham_is_british(pipeline: Pipeline) -> None:
    text = ("A teenager was stabbed to death in Birmingham on Saturday. Police arrested two men. "
            "Detectives appealed for witnesses.")
    assert _home(pipeline, text) == "GBR"


def test_city_senses_philadelphia_is_american(pipeline: Pipeline) -> None:
    text = ("Police in Philadelphia arrested a man after a shooting. The mayor condemned the attack. "
            "The suspect was charged on Monday.")
    assert _home(pipeline, text) == "USA"


def test_city_senses_listed_names_keep_their_own_city() -> None:
    """Every curated name is in places.tsv under its state only."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    senses = [line.split("\t")[:2] for line in (root / "tools" / "city_senses.tsv").read_text().splitlines()
              if line and not line.startswith("#")]
    rows = [line.split("\t") for line in (root / "src" / "kronika" / "data" / "places.tsv").read_text().splitlines()
            if line and not line.startswith("#")]
    for code, name in senses:
        owners = {r[0] for r in rows if name == r[1] or name in (r[2].split("|") if len(r) > 2 else [])}
        assert owners == {code}, (name, owners)
