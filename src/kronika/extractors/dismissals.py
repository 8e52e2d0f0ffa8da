"""Releases that are dismissals: 'He was released by the New England Patriots last week', 'Minulý týden ho propustil
fotbalový klub': a bare release verb (a 0841 entry that names no object noun) whose source is no state's force, court
or captor but a club, a firm or a private body, with no word of custody or captivity in its sentence or the two before
(sources.json custody_words, captive_words), lets a person go from a post: a dismissal (COERCE 172, as 'propustit z
funkce', 'was sacked'), not a release from custody (RETREAT 0841). So does such a release with no agent named whose
persons hold a state office ('byl za hrubé porušení povinností propuštěn policejní prezident'): unnamed.unnamed_employer
gives it an unnamed employer."""

from __future__ import annotations

from collections.abc import Sequence

from ..langpack import has_file, load_json
from ..model import Mention
from .roles import Roles
from .udview import Node

RELEASE = "0841"
DISMISSAL = "172"
# Sectors of a source that may hold someone captive: a state's force, court or government, and armed or criminal groups.
CAPTOR_SECTORS = {"COP", "JUD", "GOV", "MIL", "SPY", "LEG", "CRM", "REB", "INS", "UAF", "SEP", "IMG"}
PERSONS = {"PER"}
# Sectors of a person holding an office of the state: a release of one, no captivity spoken of, is a dismissal.
OFFICE_SECTORS = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY", "ELI"}  # ELI: a former officer
UNNAMED_EMPLOYER = "unnamed-employer"  # the rule of unnamed.unnamed_employer's placeholder source


def dismissal(roles: Roles, n: Node, cameo: str, objects: frozenset[str],
              pairs: Sequence[tuple[Mention, Mention | None]]) -> bool:
    """Is the release at n a dismissal from a post (see the module doc)?"""
    if not cameo.startswith(RELEASE) or objects or not pairs:
        return False
    for src, tgt in pairs:
        code = src.code or ""
        if src.rule == UNNAMED_EMPLOYER and tgt is not None and office_holder(tgt):
            continue  # 'byl propuštěn policejní prezident': an employer the text does not name
        if src.kind == "GPE" or len(code) < 3 or code[3:6] in CAPTOR_SECTORS or code.startswith("IGO"):
            return False
        if tgt is None or tgt.kind not in PERSONS or (tgt.code or "")[3:6] not in {"", "CVL"}:
            return False
    return not _captivity(roles, n)


def office_holder(m: Mention) -> bool:
    """A person holding an office of the state (OFFICE_SECTORS: a police chief, a minister, an officer)."""
    return m.kind in PERSONS and (m.code or "")[3:6] in OFFICE_SECTORS


def office_release(roles: Roles, n: Node, cameo: str, objects: frozenset[str], targets: Sequence[Mention]) -> bool:
    """A bare release (no object noun) of persons who all hold a state office, with no custody or captivity spoken
    of nearby: 'V roce 2012 byl za hrubé porušení povinností propuštěn policejní prezident' (a dismissal)."""
    return cameo.startswith(RELEASE) and not objects and bool(targets) and all(office_holder(t) for t in targets) \
        and not _captivity(roles, n)


def _captivity(roles: Roles, n: Node) -> bool:
    """Does the trigger's sentence or one of the two before speak of custody or captivity (the trigger aside)?"""
    lang = roles.lex.lang or ""
    if not has_file(lang, "sources.json"):
        return True
    raw = load_json(lang, "sources.json")
    words = {str(w).lower() for key in ("custody_words", "captive_words") for w in raw.get(key, [])}
    doc = roles.doc
    first = doc.sentences[max(0, n.tok.sent - 2)].start
    return any(t.i != n.i and (t.lemma.lower() in words or t.text.lower() in words)
               for t in doc.tokens[first:doc.sentences[n.tok.sent].end])
