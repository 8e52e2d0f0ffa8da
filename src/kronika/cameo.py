"""The CAMEO table: code -> description, PLOVER type/mode/context, Goldstein score, quad class."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .langpack import load_shared


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with its PLOVER coding; `plover` None means a statement, not an event."""

    code: str
    description: str
    plover: str | None
    mode: str | None
    context: str | None
    goldstein: float | None
    quad_class: int | None


@cache
def table() -> dict[str, CameoCode]:
    """All codes of data/cameo.json, keyed by code."""
    raw = load_shared("cameo.json")["codes"]
    return {c: CameoCode(c, r["description"], r["plover"], r["mode"], r["context"], r["goldstein"],
                         r["quad_class"]) for c, r in raw.items()}


def lookup(code: str) -> CameoCode | None:
    """The entry for a code, or for its nearest listed parent (e.g. an unlisted 4-digit code)."""
    t = table()
    for n in range(len(code), 1, -1):
        if code[:n] in t:
            return t[code[:n]]
    return None


def plover_type(code: str) -> str | None:
    """The PLOVER event type of a CAMEO code (None for statements and unknown codes)."""
    entry = lookup(code)
    return entry.plover if entry else None


# Future/intended cooperation is AGREE (PLOVER rule 2): the 03x code of the intent.
INTENT = {"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
          "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033"}


# Offered or promised concessions and retreats (CAMEO 035x "express intent to yield ...").
YIELD_INTENT = {"08": "035", "081": "0351", "082": "0352", "083": "035", "084": "0353", "085": "0354",
                "086": "0355", "087": "0356"}


def intent_code(code: str) -> str:
    """The 'express intent to ...' code for a cooperation code (e.g. 062 -> 0312, 042 -> 036, 072 -> 0332)."""
    return INTENT.get(code[:3]) or INTENT.get(code[:2]) or code


def yield_intent_code(code: str) -> str:
    """The 'express intent to yield/release/ease ...' code for a concession or retreat (085 -> 0354)."""
    return YIELD_INTENT.get(code[:3]) or YIELD_INTENT.get(code[:2]) or code


# Future or hypothetical material conflict is THREATEN (PLOVER manual: THREATEN ~ ASSAULT + hypothetical,
# "return the single event category"): the 13x code of the threatened act.
THREAT = {"18": "138", "19": "138", "20": "138", "191": "1381", "192": "1382", "204": "1385",
          "17": "131", "172": "132", "173": "132", "1723": "1323", "1724": "1324",
          "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
          "14": "133", "15": "138"}


def threat_code(code: str) -> str:
    """The 'threaten to ...' code for a conflict code (e.g. 190 -> 138, 163 -> 1312, 166 -> 136)."""
    return THREAT.get(code[:4]) or THREAT.get(code[:3]) or THREAT.get(code[:2]) or code
