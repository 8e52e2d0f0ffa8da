"""The Phoenix converters: persons with dated roles, organisations and sector nouns, on hand-made dictionary text."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]

ACTORS = """\
RUSSIAN_FEDERATION_  [RUS]
+MOSCOW_
KREMLIN_
+RUSSIAN_WHITE_HOUSE
\t[RUSGOV]
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+PRESIDENT_PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
\t[RUSELI]
SECRETARY-GENERAL_BAN_KI-MOON
\t[KORGOVBUS 2004017-20061201]
\t[IGOUNO 20070101-20161231]
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
SPOKES!PERSON!  [~MED]
SOLDIER [~MIL]
REBEL_ARMY [~REB]
"""


def load(name: str) -> ModuleType:
    """Import a tools/ script as a module."""
    return load_script(ROOT / "tools" / f"{name}.py")


def write_dicts(tmp: Path) -> Path:
    """A fake petrarch2 folder whose three actor files hold the sample."""
    for i, fname in enumerate(load("build_people").FILES):
        (tmp / fname).write_text(ACTORS if i == 0 else "", encoding="utf-8")
    return tmp


def test_build_people_keeps_dated_roles_and_aliases(tmp_path: Path) -> None:
    rows = load("build_people").convert(write_dicts(tmp_path))
    putin = next(r.split("\t") for r in rows if r.startswith("Vladimir Putin"))
    assert putin[1] == "Putin"  # "President Putin" is a title phrase, not a name
    assert putin[2] == "RUSELI:1970-01-01:1999-08-09;RUSGOV:2008-05-08:;RUSELI::"


def test_build_people_drops_malformed_dates_and_title_names(tmp_path: Path) -> None:
    rows = load("build_people").convert(write_dicts(tmp_path))
    assert not [r for r in rows if "Ban Ki" in r]  # the name carries a title (Secretary-general)


def test_build_people_organisations_skip_country_entries(tmp_path: Path) -> None:
    rows = load("build_people").convert_orgs(write_dicts(tmp_path))
    assert rows == ["Kremlin\tRussian White House\tRUSGOV"]


def test_build_agents_expands_substitution_sets() -> None:
    sectors = load("build_agents").convert(AGENTS)
    assert sectors == {"soldier": "MIL", "spokesman": "MED", "spokeswoman": "MED"}
