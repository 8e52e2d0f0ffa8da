"""Places of several words (data/places.tsv) that contain another state's name: the place wins over the state inside
it ('Bohemian Switzerland', 'v Českém Švýcarsku' is CZE, not CHE; 'Moravian Slovakia' is CZE, not SVK)."""

from __future__ import annotations

from ..model import Doc
from .lexicon import Lexicon
from .match import Hit, match_names

REASON = "a region or city whose name contains another state's name: evidence of its own state, not an actor"


def state_named_places(doc: Doc, lex: Lexicon, forms: list[set[str]], names: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """Split the dictionary `names` into those kept and the multiword places that swallow a state name of another
    state (recorded as place evidence with a reason); the swallowed state hits are dropped."""
    places = [p for p in match_names(doc, lex, forms, lex.places) if p.end - p.start > 1]
    found: list[Hit] = []
    inside: set[int] = set()
    for p in places:
        states = [h for h in names if h.kind == "GPE" and (h.code or "")[:3] in lex.states and _within(h, p)]
        if any((h.code or "")[:3] != p.code for h in states) and _covers(p, names):
            p.rule, p.capital, p.reason = "place:city", True, REASON
            found.append(p)
            inside |= {id(h) for h in states}
    return [h for h in names if id(h) not in inside], found


def _within(h: Hit, p: Hit) -> bool:
    """Whether hit h lies inside place p and is shorter."""
    return p.start <= h.start and h.end <= p.end and h.end - h.start < p.end - p.start


def _covers(p: Hit, names: list[Hit]) -> bool:
    """Whether no other dictionary name reaches out of the place (a longer name keeps its tokens)."""
    return not any(h.start < p.end and p.start < h.end and not _within(h, p) for h in names)


def demonym_places(doc: Doc, lex: Lexicon, forms: list[set[str]], dems: dict[int, str], covered: set[int],
                   taken: set[int]) -> list[Hit]:
    """Multiword places that begin with another state's demonym ('in British Columbia' is CAN, not GBR): the
    demonym is removed from `dems` and `covered`, the place's tokens join `taken`; returns the places as evidence."""
    found = []
    for p in match_names(doc, lex, forms, lex.places):
        span = range(p.start, p.end)
        if p.end - p.start > 1 and not taken & set(span) and any(dems.get(i, p.code) != p.code for i in span):
            for i in span:
                dems.pop(i, None)
                covered.discard(i)
            taken |= set(span)
            p.rule, p.capital, p.reason = "place:city", True, REASON
            found.append(p)
    return found
