"""Reactions to an act named by an anaphoric noun: 'The United States imposed new sanctions on Iran. Tehran condemned
the move.', 'Peking návštěvu odsoudil', 'Israel welcomed the decision'. A reaction (condemnation, criticism, welcome,
rejection, protest) whose object is an act noun (grammar key act_anaphors) with no actor in its own phrase is aimed
at the actor of the act the noun refers to: the last earlier event of the same or the previous two sentences that
fits the noun (a visit a visit or meeting, a generic 'move' or 'krok' any act but a criticism), the reacting side's
own acts left out. Without such an event nothing is inferred (the home counterpart may still stand for it: 'Opozice
kritizovala plán'). The parse repair reaction_subject (called from repair.py) restores the subject of Czech 'Minsk
rozhodnutí uvítal'."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..model import Doc, Event, Mention
from .dedup import STATE_SECTORS
from .lexicon import Lexicon, fold
from .pronouns import pronoun_noun
from .targets import country_of, self_reference
from .udview import Node, Tree

if TYPE_CHECKING:
    from .roles import Roles

REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
COMMENTS = frozenset({"ACCUSE"})  # criticism is no 'move', 'decision' or 'opatření' of its own
LOOKBACK = 2  # sentences before the reaction's own in which the act may be told
OBJECT_RELS = ("obj", "dobj", "nsubj:pass", "nsubjpass")
RELATIVE_RELS = frozenset({"acl:relcl", "relcl"})
CLAUSAL = ("acl", "xcomp", "ccomp")  # an act noun's own clause says what act it is
DENIAL, ACCUSATION = "016", "ACCUSE"  # a denial answers an accusation
JOINT = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts whose target is a party too
VISITS = ("042", "043")  # a visit is the visitor's act
ANY = "ANY"  # act_anaphors kind of a pronoun for the clause before ('což', 'which'): any event, a criticism too
ANAPHOR_TAG = "act-anaphor"  # the rule suffix of an event whose target this module found (events.py)


def act_kinds(roles: Roles) -> dict[str, list[str]]:
    """The act nouns of the grammar (key act_anaphors, folded) with the event kinds each may name."""
    return {fold(k): v for k, v in (roles.lex.grammar.get("act_anaphors") or {}).items()}


def act_nouns(roles: Roles, n: Node) -> list[Node]:
    """The trigger's object nouns that name an act (grammar key act_anaphors) and no actor in their own phrase: its
    object ('condemned the move'), a relative pronoun's noun ('krok, který Teherán odsoudil'), a pronoun for the
    clause before ('což Teherán odsoudil'), or the noun its object-less relative clause modifies ('a move Tehran
    condemned as illegal')."""
    tree, kinds = roles.tree, act_kinds(roles)
    if n.upos == "NOUN" or not kinds:
        return []
    objs = list(tree.children(n.i, *OBJECT_RELS))
    if not objs and n.deprel in RELATIVE_RELS and n.head != n.i:
        objs = [tree[n.head]]
    out = []
    for k in objs:
        ref = roles.antecedent(k)
        told = pronoun_noun(roles, ref)  # 'EU uvalila sankce. Moskva je odsoudila', 'Moscow condemned it'
        ref = told or ref
        k = ref if fold(ref.lemma) in kinds else k
        own = {x.i for x in tree.subtree(k.i)} - {x.i for x in tree.subtree(n.i)}  # not the reaction's own clause
        named = told is None and any(roles.mention_at(i) is not None for i in own)  # a pronoun's act told before
        if fold(k.lemma) in kinds and not named and not _described(tree, k):
            out.append(k)
    return out


def _described(tree: Tree, k: Node) -> bool:
    """'the decision to send weapons': the noun's own clause says what act it is, not one told before (a relative
    clause on it is the reaction's own: 'a move Tehran condemned')."""
    return any(c.deprel not in RELATIVE_RELS for c in tree.children(k.i, *CLAUSAL))


def act_actors(roles: Roles, n: Node, plover: str, sources: list[Mention], cameo: str = "") -> list[Mention]:
    """The actors of the act a reaction's anaphoric object noun refers to (see the module docstring); a denial
    ('Tvrdík to popřel') only of an accusation, aimed at the accuser (GUIDELINES rule 4), not at the act's actor."""
    if plover not in REACTION_TYPES:
        return []
    nouns = act_nouns(roles, n)
    only = [ACCUSATION] if cameo.startswith(DENIAL) else None
    found = act_antecedent(roles, nouns[0], n.i, [s.code or "" for s in sources], only=only) if nouns else []
    if found:
        roles.reactions.add(n.i)
    return found


def act_antecedent(roles: Roles, noun: Node, before: int, own: list[str], avoid: Collection[str] = (),
                   only: list[str] | None = None) -> list[Mention]:
    """The source mentions of the last event before token `before` (same or LOOKBACK previous sentences) that the
    act noun may name (or of the types `only`), not of the reacting side (codes `own`, countries `avoid`) nor itself
    a resolved reaction."""
    fits = only or act_kinds(roles).get(fold(noun.lemma), [])
    first = noun.tok.sent - LOOKBACK
    earlier = [(i, e) for i, e in roles.acts if i < before and e.sentence >= first and i not in roles.reactions]
    named = {i for i, e in earlier if _names(roles, e, noun)}  # 'launched an attack on Kyiv ... the attack'
    sent = {i: e.sentence for i, e in earlier}  # the latest sentence, in it its first clause before conjoined ones
    order = sorted(sent, key=lambda i: (i in named, sent[i], roles.tree[i].deprel != "conj", i), reverse=True)
    for i in order:
        found = [m for j, e in earlier if j == i and _fits(e, fits)
                 for m in _source(roles, e, own, avoid, joint=not set(fits) & set(VISITS))]
        if found:
            return found
    return []


def _names(roles: Roles, e: Event, noun: Node) -> bool:
    """Does the event's own stretch of text hold the act noun's word ('launched a massive missile attack on Kyiv' for
    'the attack', not the later 'air defences shot down 20 drones')?"""
    word = fold(noun.lemma)
    return any(fold(t.lemma) == word for t in roles.doc.tokens if e.span[0] <= t.start and t.end <= e.span[1])


def _fits(e: Event, fits: list[str]) -> bool:
    """Is the event an act the noun may name: of a listed PLOVER type or CAMEO prefix (for an empty list any but a
    comment: 'Kritici tvrdí, že taková opatření ...' is no measure of the critics; for ANY any), neither negated nor
    merely possible?"""
    if e.negated or e.hypothetical or e.source is None:
        return False
    if ANY in fits:
        return True
    return any(e.type == f or e.cameo.startswith(f) for f in fits) if fits else e.type not in COMMENTS


def _source(roles: Roles, e: Event, own: list[str], avoid: Collection[str], joint: bool) -> list[Mention]:
    """The mention of the event's source, unless it is the reacting side: the same actor, or for a state reacting,
    an organ of the same state ('Tehran condemned the move' never aims at Iran's own act); of a joint act (a meeting,
    an agreement; not a visit, nor a meeting called a visit) its partner too ('Israel condemned the meeting')."""
    src = e.source
    if src is None or src.span is None or country_of(src.code) in avoid or any(_own_side(src.code, c) for c in own):
        return []
    parties = [src]
    tgt = e.target
    if joint and e.type in JOINT and not e.cameo.startswith(VISITS) and tgt is not None and tgt.span is not None \
            and country_of(tgt.code) not in avoid and not any(_own_side(tgt.code, c) for c in own):
        parties.append(tgt)
    return [m for p in parties for m in roles.doc.mentions if m.span == p.span and m.code == p.code][:len(parties)]


def _own_side(a: str | None, b: str | None) -> bool:
    """Are two codes one side: one actor (RUS, RUSGOV), or two organs of one state (IRNGOV, IRNMIL)?"""
    if not a or not b:
        return False
    if self_reference(a, b):
        return True
    ca, cb = country_of(a), country_of(b)
    return ca == cb and a[len(ca):len(ca) + 3] in STATE_SECTORS and b[len(cb):len(cb) + 3] in STATE_SECTORS


# What the parser makes of a name before an act noun (also the noun's subject: 'Japonsko a Korea odpal odsoudily').
NAME_RELS = frozenset({"amod", "advmod", "nmod", "obl"})


def reaction_subject(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> str:
    """'Minsk rozhodnutí uvítal', 'Japonsko a Jižní Korea odpal odsoudily', 'Tallinn rozhodnutí označil za
    nepřijatelné' (the act noun a modifier of the subject name), mis-parsed: the name is the subject and the act noun
    the object (a parse repair, repair.py); only a name, never a state adjective ('Ruský útok odsoudila Evropa')."""
    k = _act_before(tree, lex, n)
    if k is None:
        return ""
    names = [m for m in doc.mentions if m.end == k.i and m.status == "resolved" and m.code
             and "adjective" not in m.rule]
    if k.head != n.i:  # the act noun hung on the subject name before it
        subj = tree[k.head]
        if subj.deprel != "nsubj" or subj.head != n.i or not any(m.head == subj.i for m in names):
            return ""
        tree.rehang(k.i, n.i, "obj")
        return f"reaction-object:{k.tok.text}"
    subjects = [s for s in tree.children(n.i, "nsubj") if s.i != k.i]
    if subjects:  # the act noun a second subject, in the accusative: the object
        if k.deprel != "nsubj" or k.feat("Case") != "Acc" or any(s.i > k.i for s in subjects):
            return ""
        tree.rehang(k.i, n.i, "obj")
        return f"reaction-object:{k.tok.text}"
    head = tree[names[0].head] if names else None
    while head is not None and head.deprel == "conj" and head.head < head.i:  # 'Japonsko a Jižní Korea'
        head = tree[head.head]
    if head is None or head.deprel not in NAME_RELS | {"nsubj"} or head.head not in {k.i, n.i}:
        return ""
    tree.rehang(head.i, n.i, "nsubj")
    tree.rehang(k.i, n.i, "obj")
    return f"reaction-subject:{head.tok.text}"


def _act_before(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The act noun (grammar key act_anaphors) right before an active verb, adverbs between ('krok ostře odsoudil'),
    without a preposition, hung on the verb as its object or subject or on a nominal before it."""
    acts = {fold(w) for w in lex.grammar.get("act_anaphors") or {}}
    if n.upos != "VERB" or not acts or n.feat("Voice") == "Pass":
        return None
    j = n.i - 1
    while j > 0 and tree[j].upos == "ADV" and tree[j].head == n.i:
        j -= 1
    k = tree[j] if j >= 0 and j != n.i else None
    if k is None or k.upos != "NOUN" or fold(k.lemma) not in acts or tree.has_case(k.i):
        return None
    if k.head == n.i:
        return k if k.deprel in {"obj", "nsubj"} else None
    return k if k.deprel in {"nmod", "amod", "appos"} and k.head < k.i else None
