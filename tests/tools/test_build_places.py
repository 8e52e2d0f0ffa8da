"""tools/build_places.py: the hand-curated regions and the city names they take over."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "tools" / "build_places.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_places"] = mod
    spec.loader.exec_module(mod)
    return mod


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
