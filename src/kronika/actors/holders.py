"""The holder of a role named apart from the role noun: before it and a comma (De Klerkovi, poslednímu prezidentovi),
or after the role's own modifier phrase (ministryně pro místní rozvoj Klára Dostálová)."""

from __future__ import annotations

from collections.abc import Collection

from ..model import Doc
from .lexicon import Lexicon
from .match import Hit
from .person_match import given_name


def comma_apposition(doc: Doc, head: int, by_token: dict[int, Hit]) -> Hit | None:
    """'De Klerkovi, poslednímu prezidentovi ...': an appositive role right after a person's name and a comma
    describes that person even when the parser hangs both on another noun."""
    t = doc.tokens[head]
    if t.deprel.split(":")[0] != "appos":
        return None
    first = min([head, *(c.i for c in doc.children(head) if c.i < head and c.deprel.split(":")[0] in (
        "amod", "det", "nmod", "compound"))])
    comma = first - 1
    if comma < 1 or doc.tokens[comma].text != "," or doc.tokens[comma].sent != t.sent:
        return None
    p = by_token.get(comma - 1)
    return p if p is not None and p.end == comma else None


def body_apposition(doc: Doc, head: int, by_token: dict[int, Hit]) -> Hit | None:
    """'Owen Kaluwa, the World Health Organisation (WHO) Representative': the parser hangs the role noun on the body's
    name before it, and that name on the person as an apposition; the role describes the person."""
    t = doc.tokens[head]
    body = doc.tokens[t.head]
    if t.deprel != "appos" or body.i >= head or body.deprel != "appos" or body.head not in by_token:
        return None
    if any(x.upos not in ("PROPN", "PUNCT") for x in doc.tokens[body.i + 1:head]):
        return None  # only the body's abbreviation in brackets between its name and the noun
    p = by_token[body.head]
    return p if p.kind == "PER" and p.end <= body.i else None


# Sectors of a body noun whose name may stand before it (Kovosvit company, Neckermann Travel Agency).
NAMED_BODY_SECTORS = ("BUS", "MED", "NGO")


def name_before_body(doc: Doc, tokens: Collection[int], sector: str | None, by_token: dict[int, Hit]) -> Hit | None:
    """'Neckermann Travel Agency', 'the Kovosvit company': an unlisted organisation-like name right before a
    company noun, hung on it as a compound, is the body's own name (the body named again by it alone). Not a body
    that itself modifies a noun ('the Barrandov Television owner': the owner speaks, not the station)."""
    if sector not in NAMED_BODY_SECTORS or not tokens:
        return None
    top = doc.tokens[max(tokens)]
    if top.deprel in ("compound", "nmod") and top.head > top.i and doc.tokens[top.head].upos in ("NOUN", "PROPN"):
        return None
    p = by_token.get(min(tokens) - 1)
    if p is None or p.code is not None or p.kind != "ORG" or p.end != min(tokens):
        return None
    t = doc.tokens[p.head]
    return p if t.deprel == "compound" and t.head in tokens else None


# The most words a role's own modifier phrase may take before the name it describes (pro místní rozvoj Kláru).
PHRASE_GAP = 5


def name_after_phrase(doc: Doc, lex: Lexicon, roles: Collection[int], head: int, by_token: dict[int, Hit]
                      ) -> Hit | None:
    """'ministryni pro místní rozvoj Kláru Dostálovou': a name right after the role's own modifier phrase (or after a
    comma behind it: the US ambassador to Libya, Richard Norland) that the parser hangs inside that phrase describes
    the role's holder. Not behind other punctuation, a verb or another role noun (ministr zahraničí prezidenta X);
    behind a preposition other than an owner one only after a comma (joining forces with Speaker X); not a place or
    body name (stanice metra Holešovice) nor a name of another phrase (_holder)."""
    t = doc.tokens[head]
    j, end, other_prep = head + 1, min(head + 2 + PHRASE_GAP, len(doc.tokens)), False
    while j < end:
        p = by_token.get(j)
        if p is not None and p.code is None and t.text[:1].isupper() and doc.tokens[j - 1].upos == "ADP":
            j = p.end  # the Minister of Regional Development: the title's own name
            continue
        if p is not None:
            return p if _holder(doc, p, j, head, other_prep) and _person_like(doc, lex, p) else None
        g = doc.tokens[j]
        if g.text == "," and j + 1 in by_token and by_token[j + 1].start == j + 1 and j > head + 1:
            j += 1
            continue  # the Minister of Regional Development, Klára Dostálová
        if g.sent != t.sent or g.upos in ("PUNCT", "VERB", "AUX") or j in roles or not _under(doc, j, head) \
                or _role_word(lex, g.text, g.lemma, g.upos == "NOUN"):
            return None
        other_prep = other_prep or (g.upos == "ADP" and g.lemma.lower() not in lex.owner_preps)
        j += 1
    return None


def classifier_name(doc: Doc, lex: Lexicon, head: int, by_token: dict[int, Hit]) -> Hit | None:
    """'s novinami Standard', 'se společností Dorna': an unlisted name right after an organisation word (noviny,
    společnost, deník) that keeps its own nominative form is that body's name, however the parser hung it (often as
    the clause's subject). Not a person's name (firma Petra Nováka: an owner), not a place, not an inflected name."""
    t = doc.tokens[head]
    p = by_token.get(head + 1)
    if not lex.names_after_org_word or p is None or p.start != head + 1 or p.code is not None \
            or p.kind not in ("ORG", "PER") or not lex.forms(t.text, t.lemma) & lex.org_words \
            or doc.tokens[p.start].sent != t.sent:
        return None
    if doc.tokens[p.head].feats.get("Case", "Nom") != "Nom" or _person_like(doc, lex, p):
        return None
    return p


def _holder(doc: Doc, p: Hit, j: int, head: int, other_prep: bool) -> bool:
    """Whether the person name p at token j, inside the phrase of the role noun at head, names its holder: not right
    after the noun (attach_persons' own case), not an object of its own or the phrase's preposition or determiner
    (spokesman of the Central Bohemia Fire Brigade, dissidents around X), not behind a non-owner preposition
    without a comma."""
    prev = doc.tokens[j - 1]
    if j == head + 1 or p.start != j or p.kind != "PER" or prev.upos in ("ADP", "DET"):
        return False
    if doc.tokens[j].upos == "DET" or any(c.deprel in ("case", "prep") for c in doc.children(p.head)):
        return False
    return (not other_prep or prev.text == ",") and _under(doc, p.head, head)


def _role_word(lex: Lexicon, text: str, lemma: str, noun: bool) -> bool:
    """Whether a word is a role noun of the lexicon: a sector noun, or an inherit noun even where the tagger missed
    it (mluvčího as an adjective; not místní, a sector only as a noun)."""
    forms = lex.forms(text, lemma)
    return bool(forms & lex.inherit) or (noun and lex.sector_of(forms) is not None)


def _person_like(doc: Doc, lex: Lexicon, p: Hit) -> bool:
    """A listed person or a name that begins with a known first name (Richard Norland; not 'Laments Failure')."""
    return p.person is not None or given_name(lex, doc.tokens[p.start])


def _under(doc: Doc, i: int, h: int) -> bool:
    """Whether token i lies in the subtree of token h."""
    seen = set()
    while i != h and i not in seen and doc.tokens[i].head != i:
        seen.add(i)
        i = doc.tokens[i].head
    return i == h
