"""State adjectives that modify a non-actor noun ('shelled Iraqi towns', 'americké zboží') as state mentions."""

from __future__ import annotations

from ..model import Doc
from .lexicon import Lexicon
from .match import Hit

# Relations by which a demonym modifies its noun (spaCy's English tags U.S. / Serb as compound).
MODIFIER_RELS = {"amod", "compound", "nmod"}
NOUN_UPOS = {"NOUN", "PROPN"}


def adjective_hits(doc: Doc, lex: Lexicon, dems: dict[int, str], taken: set[int]) -> list[Hit]:
    """One GPE mention per state demonym (single or multi-word) that no name, person or role phrase covers
    and that modifies a noun which is not itself an actor ('Israeli changes', 'ruská města').

    Regions (European, Western) are left out: 'European elections' or 'Western music' are no actors.
    """
    hits: list[Hit] = []
    for i in sorted(dems):
        code = dems[i]
        if i in taken or code in lex.regions or code not in lex.states:
            continue
        if i + 1 in dems and dems[i + 1] == code and doc.tokens[i + 1].sent == doc.tokens[i].sent:
            continue  # a multi-word demonym (South Korean) is one mention, made on its last word
        start = i
        while start - 1 in dems and dems[start - 1] == code and start - 1 not in taken:
            start -= 1
        why = _not_modifier(doc, lex, dems, i, taken)
        if why:
            continue
        hits.append(Hit(start, i + 1, i, code, "GPE", lex.state_names.get(code, code), f"state:{code}",
                        "state adjective of a non-actor noun"))
    return hits


def _not_modifier(doc: Doc, lex: Lexicon, dems: dict[int, str], i: int, taken: set[int]) -> str:
    """Why the demonym at i is not a state mention of its own ('' when it is one)."""
    t = doc.tokens[i]
    rel = t.deprel.split(":")[0]
    head = doc.tokens[t.head]
    while rel == "conj" and head.i in dems and head.head != head.i:  # American and British imports
        rel, head = head.deprel.split(":")[0], doc.tokens[head.head]
    if rel in ("npadvmod", "compound", "obl", "nmod") and head.text.lower() in lex.leading_participles \
            and head.deprel == "amod" and head.head != head.i:  # the Saudi-led blockade: the blockade's leader
        rel, head = "amod", doc.tokens[head.head]
    if head.i == t.i or rel not in MODIFIER_RELS:
        return "not a modifier"
    if head.upos not in NOUN_UPOS:
        return "modifies no noun"
    if head.i in taken:
        return "modifies an actor (its own mention or role)"
    if lex.forms(head.text, head.lemma) & lex.demonym_not_heads:
        return "a language or origin, not the state (in Russian language)"
    return ""


def sector_adjective_hits(doc: Doc, lex: Lexicon, dems: dict[int, str], taken: set[int], home: str | None,
                          sentence_states: dict[int, set[str]]) -> list[Hit]:
    """One group mention per sector adjective that modifies a non-actor noun (policejní zásah, vládní návrh, a
    military operation): the state's sector acting. Its country is a demonym on the same noun (ruský vojenský
    útok), else the article's clear home when its sentence names no other state; otherwise no mention."""
    hits: list[Hit] = []
    for t in doc.tokens:
        forms = sorted(lex.forms(t.text, t.lemma))
        sector = next((lex.sector_adjectives[f] for f in forms if f in lex.sector_adjectives), None)
        if sector is None or t.i in taken or t.upos != "ADJ" or _not_modifier(doc, lex, dems, t.i, taken):
            continue
        head = doc.tokens[t.head]
        if lex.forms(head.text, head.lemma) & lex.sector_kind_heads:
            continue  # 'balík vojenské pomoci', 'military aid': the kind of aid, not the military acting
        country = next((dems[c.i] for c in doc.children(head.i) if c.i in dems and c.i != t.i), None)
        how = "of its demonym"
        if country is None and home and sentence_states.get(t.sent, set()) <= {home}:
            country, how = home, "of the home, its sentence naming no other state"
        if country is None or country not in lex.states:
            continue
        code = country + sector
        hits.append(Hit(t.i, t.i + 1, t.i, code, "GRP", t.text, f"group:{code}",
                        f"sector adjective of a non-actor noun ({head.text}), country {how}"))
    return hits
