"""CAMEO actor codes split into country, known group and type parts (for PLOVER and GDELT columns)."""

from __future__ import annotations

from dataclasses import dataclass, field

# CAMEO actor role/type codes (CAMEO manual, actor codebook ch. 2); anything else in a code's tail is a known group.
TYPE_CODES = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "HLH", "REF",
    "AGR", "ELI", "LAB", "LEG", "MOD", "RAD", "IGO", "NGO", "NGM", "INS", "SEP", "UAF", "REL", "MNC", "IMG",
    "UIS", "DEV", "ENV", "HRI", "JEW", "CHR", "MOS", "BUD", "HIN", "ATH", "ITR",
})


@dataclass(frozen=True)
class CodeParts:
    """The parts of one actor code; every part may be empty."""

    code: str
    country: str = ""
    group: str = ""
    types: tuple[str, ...] = field(default=())


def split_code(code: str | None) -> CodeParts:
    """Split "RUSGOV" -> country RUS, type GOV; "IGOUNO" -> type IGO, group UNO; "PRK" -> country PRK."""
    if not code:
        return CodeParts("")
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = ""
    if chunks[0] not in TYPE_CODES:
        country, chunks = chunks[0], chunks[1:]
    types = tuple(c for c in chunks if c in TYPE_CODES)
    groups = [c for c in chunks if c not in TYPE_CODES]
    return CodeParts(code, country, groups[0] if groups else "", types)
