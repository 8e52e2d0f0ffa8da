"""Every data file under src/kronika/data loads and is valid (JSON parses, TSV rows are well formed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kronika import langpack
from kronika.actors.lexicon import lexicon

DATA = Path(str(langpack.resources.files("kronika") / "data"))
DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")
CODE = re.compile(r"^[A-Z]{3,}$")
# An org-list code: fixed (CZEPTY), home-relative (~PTY) or alternatives picked by the home country (CZEPTY|DEUPTY).
ORG_CODE = re.compile(r"^(~[A-Z]{3}([A-Z]{3})?|(IGO[A-Z]{3}|[A-Z]{3})([A-Z]{3}){0,2}(\|[A-Z]{6,12})*)$")


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.json")), ids=lambda p: str(p.relative_to(DATA)))
def test_data_files_json_parses(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data, f"{path} is empty"


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.tsv")), ids=lambda p: str(p.relative_to(DATA)))
def test_data_files_tsv_rows_have_one_width(path: Path) -> None:
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert rows, f"{path} has no rows"
    assert len({len(r) for r in rows}) == 1, f"{path}: rows of different widths"


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_data_files_states_cover_iso_codes(lang: str) -> None:
    rows = [ln.split("\t") for ln in (DATA / lang / "states.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)) >= 190
    assert all(len(c) == 3 and c.isupper() and r[1] for c, r in zip(codes, rows, strict=True))


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_data_files_actor_and_agent_packs_are_well_formed(lang: str) -> None:
    actors = json.loads((DATA / lang / "actors.json").read_text(encoding="utf-8"))
    for entry in actors["orgs"] + actors["regions"]:
        assert ORG_CODE.match(entry["code"]) and entry["names"] and entry["kind"] in {"IGO", "ORG", "GPE"}
    agents = json.loads((DATA / lang / "agents.json").read_text(encoding="utf-8"))
    assert all(s == "" or CODE.match(s) for s in agents["sectors"].values())
    assert lexicon(lang).names and lexicon(lang).demonyms


@pytest.mark.parametrize("name", ["people.tsv", "people_curated.tsv"])
def test_data_files_people_roles_are_dated_codes(name: str) -> None:
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        person, _aliases, roles, _source = line.split("\t")
        assert person and roles, line
        for role in roles.split(";"):
            code, start, end = role.split(":")
            assert CODE.match(code) and DATE.match(start) and DATE.match(end), (person, role)


def test_data_files_curated_orgs_have_names_and_well_formed_codes() -> None:
    rows = [line.split("\t") for line in (DATA / "orgs_curated.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) > 150
    for row in rows:
        assert len(row) == 3 and row[0] and ORG_CODE.match(row[2]), row
