"""The author of a claim rejected without a name: 'He also claimed Boris Johnson requested that ... . The Prime Minister
has called the claims "complete nonsense."', 'Dále prohlásil, že ... . Ministerský předseda označil prohlášení za
nesmysl.'

A rejection or criticism whose object is a claim noun (data/<lang>/judgements.json key claim_nouns) with no actor in
its own phrase answers the latest claim reported before it: the speaker of the last quote of the same or the previous
LOOKBACK sentences whose cue reports that kind of claim (key claim_verbs: 'claims' claimed, alleged; 'prohlášení'
prohlásil). That speaker is the target; a speaker the actor lexicon does not code (a private person, a
whistle-blower) stands for the reacting side's own country (the gold's unnamed domestic counterpart), unless the
sentence names another country's actor. Nothing when the last claim is the reacting actor's own.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..langpack import load_json
from ..model import Mention, Quote
from .dedup import COUNTERPART
from .implicit_targets import IMPLICIT, foreign_in_sentence
from .judgements import cues
from .targets import country_of
from .udview import Node

if TYPE_CHECKING:
    from .roles import Roles

LOOKBACK = 2  # sentences before the rejection in which the claim may be reported
OBJECT_RELS = ("obj", "dobj", "nsubj:pass", "nsubjpass")


def claimants(roles: Roles, n: Node, sources: list[Mention], nouns: list[Node] | None = None) -> list[Mention]:
    """The author of the claim the trigger's claim noun (its object, or `nouns`) refers to (see the module
    docstring)."""
    lang = roles.doc.lang or ""
    words, tree = cues(lang, "claim_nouns"), roles.tree
    objs = nouns if nouns is not None else tree.children(n.i, *OBJECT_RELS)
    kinds = [k.lemma.lower() for k in objs if k.lemma.lower() in words and not _owned(roles, k)]
    verbs = frozenset(v for k in kinds for v in _claim_verbs(lang).get(k, []))
    if not sources or not verbs:
        return []
    quote = _last_claim(roles, n, verbs)
    if quote is None or quote.speaker is None or _own(roles, quote, sources):
        return []
    spoken = [m for m in roles.doc.mentions if m.span == quote.speaker.span and m.code and m.status == "resolved"]
    if spoken:
        return spoken[:1]
    if quote.speaker.code or foreign_in_sentence(roles, n.i, sources):
        return []
    src = sources[0]
    ctry = country_of(src.code)
    if not ctry[:3].isalpha():
        return []
    return [Mention(src.start, src.start, "", src.span, ctry, f"{COUNTERPART} {ctry}", "GRP", src.head, rule=IMPLICIT)]


@cache
def _claim_verbs(lang: str) -> dict[str, list[str]]:
    """The quote cues that report each kind of claim (judgements.json key claim_verbs, by claim noun)."""
    try:
        return dict(load_json(lang, "judgements.json").get("claim_verbs") or {})
    except FileNotFoundError:
        return {}


def _owned(roles: Roles, k: Node) -> bool:
    """Does the claim noun's own phrase name an actor ('India's claims', 'tvrzení opozice')?"""
    return any(roles.mention_at(x.i) is not None for x in roles.tree.subtree(k.i) if x.i != k.i)


def _last_claim(roles: Roles, n: Node, verbs: frozenset[str]) -> Quote | None:
    """The last quote before the trigger, in its sentence or the LOOKBACK ones before, if its cue is a claim verb."""
    sent = n.tok.sent
    before = [q for q in roles.doc.quotes if q.span[1] <= n.tok.start and sent - LOOKBACK <= q.sentence <= sent]
    if not before:
        return None
    last = max(before, key=lambda q: q.span[0])
    cue = [t for t in roles.doc.tokens if last.cue_span and t.start == last.cue_span[0]]
    return last if cue and cue[0].lemma.lower() in verbs else None


def _own(roles: Roles, quote: Quote, sources: list[Mention]) -> bool:
    """Is the claim's speaker the reacting actor itself (the same name or the same mention)?"""
    sp = quote.speaker
    if sp is None:
        return True
    names = {m.name for m in sources} | {m.text for m in sources}
    ids = {m.actor_id for m in sources if m.actor_id}
    said = [m for m in roles.doc.mentions if m.span == sp.span]
    return sp.name in names or sp.span in {m.span for m in sources} or any(m.actor_id in ids for m in said)
