"""Verbal nouns held by a governing verb code their base verb's entries.

'USA oznámily pozastavení pomoci Pákistánu', 'announced the suspension of aid to Pakistan', 'vláda schválila vyslání
vojáků', 'approved the deployment of troops': a noun of an act whose base verb the lexicon knows ('pozastavit',
'suspend') and which has no noun entry of its own is read as that verb when a verb of announcing, deciding or carrying
out holds it (grammar key verbal_noun_holders, all light_verbs): the holder's subject is the source
(complements.light_verb_source) and its mood the noun's (modality). The base verb is found by the language's suffix
rules (grammar key verbal_noun_suffixes: cs 'ění' -> 'it', en 'sion' -> 'd'; stem_alternations: cs 'št' -> 'st';
irregular ones in verbal_nouns), only among verbs the lexicon has. The verb's object and recipient specs become the
noun's (verbal_noun_specs: 'obj' -> cs 'nmod:Gen', en 'nmod:of'). A verbal noun with no holder (background, GUIDELINES
rule 6) codes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..model import Mention
from .implicit_targets import IMPLICIT
from .lexicon import Entry, Lexicon
from .matching import best_entry
from .roles import Roles, country_of
from .udview import Node, Tree

VERBAL_NOUN = "+verbal-noun"
HELD_RELS = {"obj", "obl", "nsubj:pass", "dobj", "nsubjpass"}


def base_verbs(lex: Lexicon, lemma: str) -> list[str]:
    """The lexicon's verbs a noun lemma is the verbal noun of ('pozastavení' -> 'pozastavit', 'suspension' ->
    'suspend'), irregular ones first (grammar key verbal_nouns)."""
    lemma = lemma.lower()
    irregular = lex.grammar.get("verbal_nouns", {}).get(lemma)
    out = [irregular] if isinstance(irregular, str) and irregular in lex.verbs else []
    alternations = [("", ""), *(tuple(p) for p in lex.grammar.get("stem_alternations", []))]
    for noun_suffix, verb_suffix in lex.grammar.get("verbal_noun_suffixes", []):
        if not lemma.endswith(noun_suffix) or len(lemma) - len(noun_suffix) < 3:
            continue
        stem = lemma[: len(lemma) - len(noun_suffix)]
        for noun_end, verb_end in alternations:
            if stem.endswith(noun_end):
                verb = stem[: len(stem) - len(noun_end)] + verb_end + verb_suffix
                if verb in lex.verbs and verb not in out:
                    out.append(verb)
    return out


def derived_entries(lex: Lexicon, lemma: str) -> list[Entry]:
    """The base verb's entries read on its verbal noun (none for a noun with entries of its own)."""
    return _derived(lex, lemma.lower()) if not lex.nouns.get(lemma.lower()) else []


@lru_cache(maxsize=20_000)
def _derived(lex: Lexicon, lemma: str) -> list[Entry]:
    """Memoised: asked for every noun a light verb holds."""
    specs = {str(k): tuple(v) for k, v in lex.grammar.get("verbal_noun_specs", {}).items()}
    out: list[Entry] = []
    holders = lex.words("verbal_noun_holders")
    for verb in base_verbs(lex, lemma):
        if verb in holders:
            continue  # 'announcement', 'decision', 'rozhodnutí': a noun of the holding kind, not an act of its own
        for e in lex.verbs[verb]:
            if e.particle or e.infinitive or e.complements or e.swap or (e.prep and not e.objects) \
                    or any(e.id == o.id for o in out):
                continue  # a phrasal idiom or a construction the noun cannot carry (a preposition of an object can)
            target = tuple(dict.fromkeys(s for t in e.target for s in (*specs.get(t, ()), t)))
            out.append(replace(e, lemma=lemma, noun=True, source=(), target=target, direct_object=False,
                               id=f"{e.id}{VERBAL_NOUN}"))
    return out


def holder(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The light verb holding a noun as its object or oblique ('rozhodla o vyhoštění', 'announced the suspension'),
    also as a conjunct of its object; none in a cause phrase ('kvůli pozastavení pomoci')."""
    while n.deprel == "conj" and n.head != n.i and tree[n.head].upos == "NOUN":
        n = tree[n.head]
    if (n.deprel not in HELD_RELS and n.deprel.split(":")[0] not in {"obj", "obl"}) or n.head == n.i:
        return None
    if tree.case_words(n.i) & lex.words("cause_preps"):
        return None
    verb = tree[n.head]
    return verb if verb.lemma in lex.words("verbal_noun_holders") and verb.upos in {"VERB", "AUX", "ADJ"} else None


def displaced(tree: Tree, roles: Roles, n: Node, anchors: list[int]) -> bool:
    """Does a verb's entry find its object noun only inside a held verbal noun that codes its own entry ('announced
    the suspension of aid to X' is no announcement of aid)? Then the verbal noun speaks for the act."""
    lex = roles.lex
    if not anchors or n.lemma not in lex.words("verbal_noun_holders"):
        return False
    for k in tree.children(n.i):
        if k.i in anchors or not any(k.i in {x.i for x in tree.ancestors(a)} for a in anchors):
            continue
        entries = verbal_noun_entries(tree, lex, k)
        if entries and _names_actor(tree, roles, k) and best_entry(tree, roles, entries, k) is not None:
            return True
    return False


def verbal_noun_entries(tree: Tree, lex: Lexicon, n: Node) -> list[Entry]:
    """Entries of a held verbal noun without entries of its own; none for one no light verb holds."""
    if n.upos != "NOUN" or holder(tree, lex, n) is None:
        return []
    return derived_entries(lex, n.lemma)


def foreign_pairs(tree: Tree, lex: Lexicon, n: Node, pairs: Sequence[tuple[Mention, Mention | None]]
                  ) -> list[tuple[Mention, Mention | None]]:
    """The pairs a verbal noun may code: a target of another country than the source, named in the noun's phrase
    ('suspension of aid to Pakistan') or its holder's clause ('announced the deployment of weapons to Belarus'); no
    measure on the own people ('approved the payment of compensation to businesses', 'decided on the evacuation of
    German citizens', 'approved the extension of the state of emergency')."""
    top = holder(tree, lex, n) or n
    inside = {k.i for k in tree.subtree(top.i, frozenset({"nsubj", "csubj", "parataxis", "ccomp", "advcl"}))}
    return [(s, t) for s, t in pairs if t is not None and t.rule != IMPLICIT and t.head in inside and t.code
            and s.code and country_of(t.code) != country_of(s.code)]


def _names_actor(tree: Tree, roles: Roles, k: Node) -> bool:
    """Does a held verbal noun's phrase name a coded actor (its possible target)?"""
    inside = {x.i for x in tree.subtree(k.i)} - {k.i}
    return any(m.code and m.status == "resolved" and m.head in inside for m in roles.doc.mentions)
