"""Convert the single-word sector nouns of Phoenix.agents.txt (MIT, Open Event Data Alliance) to en/agents_phoenix.json.

Usage: python tools/build_agents.py [PETRARCH2_DIR] [OUT_JSON]
Multi-word agent phrases are left out: kronika composes phrases from a head noun and its dependents.
The hand-written en/agents.json wins where both list a noun.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# Phoenix's generic "people" sector is not a CAMEO sector: civilians.
RENAME = {"PPL": "CVL"}
SUBST_RE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
ENTRY_RE = re.compile(r"^([A-Z!][A-Z!\-']*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})")


def convert(text: str) -> dict[str, str]:
    """Lowercased single-word nouns -> first sector code."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        m = SUBST_RE.match(line)
        if m:
            subst[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",")]
            continue
        m = ENTRY_RE.match(line)
        if not m or "_" in m.group(1):
            continue
        word, sector = m.group(1), RENAME.get(m.group(2), m.group(2))
        for form in _expand(word, subst):
            out.setdefault(form, sector)
    return dict(sorted(out.items()))


def _expand(word: str, subst: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!(\w+)!", word)
    if not m:
        return [word.lower()]
    return [word[: m.start()].lower() + s + word[m.end():].lower() for s in subst.get(m.group(1), [])]


def main(argv: list[str]) -> int:
    """Write en/agents_phoenix.json."""
    root = Path(__file__).resolve().parents[1]
    src = Path(argv[1]) if len(argv) > 1 else root.parent / "shared" / "anchors" / "petrarch2"
    out = Path(argv[2]) if len(argv) > 2 else root / "src" / "kronika" / "data" / "en" / "agents_phoenix.json"
    sectors = convert((src / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace"))
    doc = ("Single-word sector nouns from Phoenix.agents.txt (MIT, (c) 2014 Open Event Data Alliance); "
           "tools/build_agents.py")
    out.write_text(json.dumps({"_doc": doc, "sectors": sectors}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(sectors)} nouns -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
