"""tools/build_places.py: the hand-curated regions and the city names they take over."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    return load_script(ROOT / "tools" / "build_places.py")


def test_build_places_regions_have_known_state_codes_and_exonyms() -> None:
    tool = _tool()
    names = tool.region_names(tool.regions())
    assert names["bavorsko"] == names["bavaria"] == "DEU"
    assert names["sin-ťiang"] == "CHN" and names["jihomoravský kraj"] == "CZE"
    assert "victoria" not in names and "kashmir" not in names  # a person and city; a split region


def test_build_places_drops_a_city_named_like_another_states_region() -> None:
    tool = _tool()
    rows = tool.build(10_000_000, None, {"shanghai": "GBR"})  # only the largest cities; a made-up clash
    assert not any(r.startswith("CHN\tShanghai") for r in rows)
    assert any(r.startswith("CHN\tBeijing") for r in rows)
    assert any(r.startswith("CHN\tShanghai") for r in tool.build(10_000_000, None, {"shanghai": "CHN"}))
