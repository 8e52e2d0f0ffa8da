"""Convert the Phoenix/PETRARCH-2 actor dictionaries (MIT, Open Event Data Alliance) to people/orgs_phoenix.tsv.

Usage: python tools/build_people.py [PETRARCH2_DIR] [OUT_TSV]
Keeps persons (entries with date-limited roles or from CountryInfo/IGOrulers) with their
aliases and every role with its date range, so that kronika can resolve a person by the
role held on an article's publication date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
CODE_RE = re.compile(r"\[([A-Z~]{3,})\s*([^\]]*)\]")
# Words that mark an institution or a title rather than a person's name.
NOT_NAME = {"OF", "THE", "AND", "FOR", "MINISTER", "MINISTRY", "PRESIDENT", "PRIME", "COUNCIL", "PARTY", "ARMY",
            "FRONT",
            "GOVERNMENT", "COMMITTEE", "ASSEMBLY", "COURT", "FORCE", "FORCES", "BANK", "UNION", "LEAGUE", "MOVEMENT",
            "ORGANIZATION", "ORGANISATION", "AMBASSADOR", "SECRETARY", "GENERAL", "KING", "QUEEN", "PRINCE", "SHEIKH",
            "FOREIGN", "DEFENSE", "DEFENCE", "CHAIRMAN", "LEADER", "SPOKESMAN", "DR", "MR", "MRS", "DEPUTY", "VICE",
            "SENATOR", "GOVERNOR", "MAYOR", "CHIEF", "EMIR", "SULTAN", "AGENCY", "DEPARTMENT", "OFFICE", "SERVICE",
            "COMMISSION", "INSTITUTE", "ASSOCIATION", "FEDERATION", "REPUBLIC", "STATE", "STATES", "NATIONAL", "PEOPLE",
            "PEOPLES", "RUSSIAN", "AMERICAN", "BRITISH", "CHINESE", "FRENCH", "GERMAN", "AMB", "GEN", "COL", "ADM"}
# Phoenix codes spelled otherwise in the gold and in kronika's own actor lexicon (en/actors.json): NATO is IGONAT there
# (GUIDELINES IGO codes), and the scorer compares an IGO code's first six letters, so Phoenix's IGOWSTNAT (a Western
# IGO, NATO) would read as IGOWST, a different organisation. A code starting with a key takes its value instead.
RECODE = {"IGOWSTNAT": "IGONAT"}


def recode(code: str) -> str:
    """A Phoenix code in kronika's spelling ('IGOWSTNAT' -> 'IGONAT', 'IGOWSTNATMIL' -> 'IGONATMIL')."""
    code = code.lstrip("~")
    old = next((k for k in RECODE if code.startswith(k)), None)
    return RECODE[old] + code[len(old):] if old else code


def parse_date(text: str) -> str:
    """A Phoenix date (YYMMDD or YYYYMMDD) as ISO; two-digit years above 30 are 19xx; malformed -> ValueError."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"malformed date {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        text = ("19" if yy > 30 else "20") + text
    if not ("01" <= text[4:6] <= "12" and "01" <= text[6:8] <= "31"):
        raise ValueError(f"malformed date {text!r}")
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def parse_role(code: str, dates: str) -> str | None:
    """One role as CODE:start:end with empty ends for open ranges; None (dropped) when its dates are malformed."""
    try:
        return _role(code, dates)
    except ValueError:
        return None


def _role(code: str, dates: str) -> str:
    dates = dates.split("#")[0].strip()
    start = end = ""
    if dates.startswith(">"):
        start = parse_date(dates[1:].strip())
    elif dates.startswith("<"):
        end = parse_date(dates[1:].strip())
    elif "-" in dates:
        a, b = dates.split("-", 1)
        start, end = parse_date(a.strip()), parse_date(b.strip())
    return f"{recode(code)}:{start}:{end}"


def clean_name(raw: str) -> str:
    """A dictionary phrase (VLADIMIR_V._PUTIN_) as display text (Vladimir V. Putin)."""
    words = [w for w in raw.strip().strip("_+").replace("_", " ").split() if w]
    return " ".join(w.capitalize() if not w.endswith(".") else w.title() for w in words)


def is_person_name(name: str) -> bool:
    """Whether a phrase looks like a person's name rather than an institution or a title."""
    words = name.upper().replace(".", "").replace("-", " ").split()
    return 1 <= len(words) <= 5 and not any(w in NOT_NAME or any(c.isdigit() for c in w) for w in words)


def entries(path: Path) -> list[tuple[str, list[str], list[str], str]]:
    """(primary, aliases, roles, comment) for every entry of one dictionary file."""
    out: list[tuple[str, list[str], list[str], str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, comment = line.partition("#")
        roles = [r for r in (parse_role(c, d) for c, d in CODE_RE.findall(body)) if r]
        head = CODE_RE.sub("", body).strip()
        if line[0] in " \t" and not head:
            if out:
                out[-1][2].extend(roles)
            continue
        if head.startswith("+"):
            if out:
                out[-1][1].append(head)
                out[-1][2].extend(roles)
            continue
        out.append((head, [], roles, comment))
    return out


def convert(src: Path) -> list[str]:
    """TSV rows (name, aliases, roles, source) for the persons in the Phoenix dictionaries."""
    rows = []
    for fname in FILES:
        for head, aliases, roles, comment in entries(src / fname):
            name = clean_name(head)
            dated = any(r.split(":", 1)[1] != ":" for r in roles)
            personal = dated or "CountryInfo" in comment or "rulers" in comment
            if not roles or not personal or not is_person_name(name) or len(name.split()) < 2:
                continue
            alts = sorted({a for a in (clean_name(x) for x in aliases) if is_person_name(a) and a != name})
            rows.append("\t".join([name, "|".join(alts), ";".join(dict.fromkeys(roles)), fname]))
    return rows


FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to", "de", "la", "al", "el", "du", "des", "le"}
PAREN_RE = re.compile(r"\([^)]*\)")


def org_name(raw: str) -> str:
    """A Phoenix organisation phrase in text casing: function words lower, short single words as acronyms."""
    words = PAREN_RE.sub(" ", raw.strip().strip("_+")).replace("_", " ").split()
    if words and words[0].upper() == "THE":
        words = words[1:]
    if not words:
        return ""
    if len(words) == 1 and len(words[0]) <= 4:  # short single words are acronyms (NATO, FARC)
        return words[0].upper()
    out = []
    for w in words:
        low = w.lower()
        out.append(low if low in FUNCTION_WORDS else w if len(w) <= 3 and w.isupper() else w.capitalize())
    return " ".join(out)


# One-word Phoenix names and aliases that are common English words (a team nickname, "Foundation", "Organization",
# "Youth"): in news they name a sports team or a part of a longer name far more often than the armed group.
COMMON_WORDS = {"Tigers", "Foundation", "Cornerstone", "Organization", "Youth", "Lightning"}


def convert_orgs(src: Path) -> list[str]:
    """TSV rows (name, aliases, code) for organisations: entries whose roles are all undated, with a sector."""
    rows = []
    for fname in FILES:
        for head, aliases, roles, comment in entries(src / fname):
            codes = [r.split(":", 1)[0] for r in roles if r.endswith("::")]
            if not codes or len(codes) != len(roles) or "CountryInfo" in comment or "rulers" in comment:
                continue
            if len(codes[0]) <= 3:  # a country entry: its aliases are places, not organisations
                continue
            name = org_name(head)
            if name in COMMON_WORDS:
                continue
            alts = sorted({a for a in (org_name(x) for x in aliases) if a and a != name and a not in COMMON_WORDS})
            if name:
                rows.append("\t".join([name, "|".join(alts), recode(codes[0])]))
    return rows


def main(argv: list[str]) -> int:
    """Write people.tsv from the Phoenix dictionaries."""
    root = Path(__file__).resolve().parents[1]
    src = Path(argv[1]) if len(argv) > 1 else root.parent / "shared" / "anchors" / "petrarch2"
    out = Path(argv[2]) if len(argv) > 2 else root / "src" / "kronika" / "data" / "people.tsv"
    rows = convert(src)
    header = ("# Persons from the Phoenix/PETRARCH-2 dictionaries (MIT, (c) 2014 Open Event Data Alliance), "
              "converted by tools/build_people.py\n# name\taliases\troles (CODE:start:end; empty = open)\tsource\n")
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} persons -> {out}")
    orgs = convert_orgs(src)
    orgs_out = out.parent / "orgs_phoenix.tsv"
    head = ("# Organisations from the Phoenix/PETRARCH-2 dictionaries (MIT, (c) 2014 Open Event Data Alliance), "
            "converted by tools/build_people.py\n# name\taliases\tcode\n")
    orgs_out.write_text(head + "\n".join(orgs) + "\n", encoding="utf-8")
    print(f"{len(orgs)} organisations -> {orgs_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
