"""Dismay at an actor's act: '„Jsem pobouřen rozhodnutím Nejvyššího soudu,“ uvedl guvernér', 'Merkel was dismayed by
Russia's decision' -> ACCUSE 111 (disapprove) by the dismayed, target the actor the cause names.

A word of dismay (data/<lang>/judgements.json key dismay_words: outraged, dismayed, appalled, pobouřený, zděšený,
...) not negated, whose cause phrase (a bare instrumental in Czech, or a preposition of key dismay_preps: by, at,
over, nad) names an actor or the conduct of one (conduct.conduct_owners: 'the decision of the Supreme Court'); the
dismayed is the word's subject, or the speaker of the quote it stands in when that subject is the first person ('I
am outraged'). A noun of dismay ('expressed outrage at X's decision') is the dismay of its governing verb's subject.
Nothing without a named cause ('Fans were outraged by the remark').
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Event, Mention
from .conduct import conduct_owners
from .dedup import one_actor
from .judgement_words import cues
from .lexicon import Entry
from .modality import negative
from .roles import Roles, country_of
from .sources import quote_speaker
from .udview import Node

DISMAY_CAMEO = "111"  # criticize or denounce (ACCUSE/disapprove)
SUBJECTS = ("nsubj", "nsubj:pass")
CAUSE_CASE = "Ins"  # cs 'pobouřen rozhodnutím': the cause in a bare instrumental
FIRST_PERSON = "1"
Build = Callable[[Entry, Node, Mention, Mention | None], Event]


def dismay(roles: Roles, events: list[Event], build: Build) -> list[Event]:
    """ACCUSE 111 for each word of dismay at a named actor's act (see the module docstring)."""
    lang = roles.lex.lang
    words = cues(lang, "dismay_words")
    out: list[Event] = []
    for n in roles.tree.nodes:
        if n.lemma.lower() not in words or n.upos not in {"ADJ", "VERB", "NOUN"} or _negated(roles, n):
            continue
        targets = [m for k in _causes(roles, n) for m in roles.actors(k.i) or conduct_owners(roles, k)]
        if not targets:
            continue  # 'Fans were outraged by the remark': dismay at no one's act
        entry = Entry(lemma=n.lemma, cameo=DISMAY_CAMEO, id=f"{lang}-dismay")
        out.extend(build(entry, n, s, t) for s in _dismayed(roles, n) for t in targets
                   if not one_actor(s, t) and country_of(s.code)[:3].isalpha())
    return out


def _causes(roles: Roles, n: Node) -> list[Node]:
    """The phrases that name what the dismay is at: 'by the decision', 'nad rozhodnutím', 'rozhodnutím'."""
    tree, preps = roles.tree, cues(roles.lex.lang, "dismay_preps")
    out = []
    for k in tree.children(n.i, "obl", "nmod"):
        case = tree.case_words(k.i)
        if (case & preps) or (not case and n.upos != "NOUN" and k.feat("Case") == CAUSE_CASE):
            out.append(k)
    return out


def _dismayed(roles: Roles, n: Node) -> list[Mention]:
    """Who is dismayed: the word's subject (a verb's in the passive: 'was outraged by', or of the linking verb it
    complements, key dismay_links: "I'm outraged by", 'felt dismayed'), the quote's speaker for a
    first-person subject, or for a noun the subject of the verb of expression it is the object of ('vyjádřil pobouření
    nad ...', key dismay_verbs)."""
    tree, doc = roles.tree, roles.doc
    x = tree[n.head] if n.upos == "NOUN" and n.deprel == "obj" else n
    if n.upos == "NOUN" and x.lemma.lower() not in cues(roles.lex.lang, "dismay_verbs"):
        return []  # 'public outrage over the decision', 'the move sparked outrage': no one's stated dismay
    if n.upos == "VERB" and n.deprel == "xcomp" and tree[n.head].lemma.lower() in cues(roles.lex.lang, "dismay_links"):
        x = tree[n.head]  # "I'm outraged by", 'felt dismayed at': the linking verb holds the subject
    elif n.upos == "VERB" and not tree.children(n.i, "nsubj:pass", "aux:pass"):
        return []  # 'Russia outraged Poland', 'Merkel, dismayed by ...': the word does not state its subject's dismay
    subj = tree.children(x.i, *SUBJECTS)
    found = [m for k in subj for m in roles.actors(k.i)]
    first = any(k.feat("Person") == FIRST_PERSON for k in [*subj, *tree.children(x.i, "aux", "aux:pass", "cop")])
    if found or not first:
        return found
    quote = next((q for q in doc.quotes if q.span[0] <= n.tok.start and n.tok.end <= q.span[1]), None)
    return quote_speaker(doc, n, quote)[0] if quote is not None else []


def _negated(roles: Roles, n: Node) -> bool:
    """'was not dismayed', 'nejsem pobouřen': the word, its auxiliary or copula negated (also one the parser hung on
    the cause: 'nebyla rozhodnutím pobouřena'), or a negator on it."""
    tree, lex = roles.tree, roles.lex
    negators, aux = lex.words("negators"), ("aux", "aux:pass", "cop")
    auxes = [*tree.children(n.i, *aux), *(a for k in tree.children(n.i, "obl") for a in tree.children(k.i, *aux))]
    return negative(lex, n) or any(negative(lex, k) for k in auxes) \
        or any(k.lemma.lower() in negators for k in tree.children(n.i, "advmod", "advmod:neg", "neg"))
