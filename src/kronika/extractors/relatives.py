"""The subject a verb shares with the relative clause it is coordinated with ('X, who got a ban but appealed')."""

from __future__ import annotations

from ..model import Mention
from .roles import Roles
from .targets import conjunct_targets, prep_spec, shared_object
from .udview import Node


def relative_subject(roles: Roles, trigger: int) -> Node | None:
    """'Tetteh, who got a ban but appealed', 'Tetteha, který sice dostal trest, ale odvolal se': a verb coordinated with
    a relative clause shares its relative subject; the named noun it stands for when that noun is an actor mention,
    coded or not (an uncoded name is the subject all the same, not an actor of an earlier sentence), else None."""
    tree = roles.tree
    n = tree[trigger]
    while n.deprel == "conj" and n.head != n.i and not tree.children(n.i, "nsubj", "nsubj:pass"):
        n = tree[n.head]
    first = _concessive_first(roles, trigger)
    for k in tree.children(n.i, "nsubj", "nsubj:pass") + (tree.children(first.i, "nsubj") if first else []):
        a = roles.antecedent(k)
        if a is not k and (roles.actors(a.i) or any(m.start <= a.i < m.end for m in roles.doc.mentions)):
            return a
    return None


def _concessive_first(roles: Roles, trigger: int) -> Node | None:
    """'který sice dostal trest, ale odvolal se': the relative clause opened by a concessive first half (grammar key
    concessive_first, cs 'sice') that a coordinated verb continues, wherever the parser hung the second half."""
    tree = roles.tree
    if tree[trigger].deprel != "conj" or not tree.children(trigger, "cc"):
        return None
    first = roles.lex.words("concessive_first")
    sent = roles.doc.sentences[tree[trigger].tok.sent]
    for j in range(trigger - 1, sent.start - 1, -1):
        v = tree[j]
        if v.deprel == "acl:relcl" and any(c.lemma.lower() in first for c in tree.children(j, "cc", "advmod")):
            return v
    return None


def relative_controller(roles: Roles, n: Node) -> tuple[list[Mention], str] | None:
    """'Putin, who wants to meet Xi', 'Trump, who is sure to veto it': a governing verb (or copula) of an infinitive
    chain whose subject is a relative pronoun controls the infinitive; the pronoun's noun is its subject (its actors,
    none when the noun is no actor). None when the verb has no relative subject."""
    rel = [k for k in roles.tree.children(n.i, "nsubj", "nsubj:pass", "nsubjpass") if roles.antecedent(k) is not k]
    if not rel:
        return None
    found = [m for k in rel for m in roles.actors(k.i)]
    return (found, f"antecedent:relative:{n.tok.text}") if found else ([], "")


SUBJECT_CHAIN = {"conj", "ccomp", "advcl", "parataxis"}  # a clause that shares the subject of the one it hangs on
NOUN_RELS = ("obj", "iobj", "obl", "obl:arg", "nmod", "conj")  # how a noun hangs in the clause of its verb


def object_relative_governor(roles: Roles, n: Node) -> Node | None:
    """'Nezískal od Kongresu prostředky, které požadoval', 'Policie zadržela muže, kterého hledala': a subjectless
    relative clause whose relative pronoun is its object (or another non-subject) is about a noun of the governing
    clause, and in a language that drops its subjects its dropped subject is that clause's: the verb the noun hangs
    on (None when n is no such clause)."""
    tree = roles.tree
    if n.deprel != "acl:relcl" or n.head == n.i or tree.children(n.i, "nsubj", "nsubj:pass", "csubj"):
        return None
    rel = [k for k in tree.children(n.i) if k.deprel.split(":")[0] in {"obj", "iobj", "obl"}
           and roles.antecedent(k) is not k]
    if not rel or any(k not in rel and (k.deprel == "obj" or k.feat("Case") == "Nom") for k in tree.children(n.i)):
        return None  # 'kterou obsadili partyzáni' read as a second object: a subject of its own, misparsed
    x = tree[n.head]
    for _ in range(3):
        if x.deprel not in NOUN_RELS or x.head == x.i:
            return None
        x = tree[x.head]
        if x.upos in {"VERB", "AUX", "ADJ"}:
            return x if _same_gender(roles, n, x) else None
    return None


def _same_gender(roles: Roles, n: Node, verb: Node) -> bool:
    """Does the governing clause's subject (if it names one) have a gender the relative clause's verb allows? Plural
    past forms show it too (cs 'obsadili' Masc, not 'síly' Fem)."""
    want = set((n.feat("Gender") or "").split(",")) - {""}
    for k in roles.tree.children(verb.i, "nsubj", "nsubj:pass"):
        have = set((k.feat("Gender") or "").split(",")) - {""}
        if want and have and not want & have and not roles.tree.children(k.i, "conj"):
            return False
    return True


def governing_clause(roles: Roles, n: Node) -> Node | None:
    """The clause whose subject a subjectless one continues (subjects._clause_subject): its governing or coordinated
    verb, or the verb of the noun an object relative clause is about (object_relative_governor)."""
    tree = roles.tree
    if n.deprel in SUBJECT_CHAIN and n.head != n.i and tree[n.head].upos in {"VERB", "AUX", "ADJ"}:
        return tree[n.head]
    return object_relative_governor(roles, n)


def relative_frame_targets(roles: Roles, n: Node, specs: tuple[str, ...], sources: list[Mention]) -> list[Mention]:
    """'Nezískal od vlády ani Kongresu prostředky, které požadoval': a subjectless object relative clause about the
    object of its governing verb (object_relative_governor), whose subject it shares, reads its prepositional target
    specs on that verb too: the funds were asked of those they were not got from."""
    tree = roles.tree
    verb = object_relative_governor(roles, n)
    noun = tree[n.head]
    if verb is None or noun.deprel != "obj" or noun.head != verb.i:
        return []
    taken = {m.head for m in sources}
    return [m for m in roles.fill(tuple(s for s in specs if prep_spec(s)), verb.i, [], exclude=taken,
                                  avoid={(m.code or "")[:3] for m in sources} - {""})
            if not any(m.code == s.code for s in sources)]


def shared_targets(roles: Roles, n: Node, specs: tuple[str, ...], anchors: list[int], sources: list[Mention]
                   ) -> list[Mention]:
    """Targets a trigger with none of its own shares with another verb: a conjoined one's dependents or object
    (targets.conjunct_targets, targets.shared_object), or the governing verb of its object relative clause."""
    return conjunct_targets(roles, n, specs, anchors, sources) or shared_object(roles, n, specs, sources) \
        or relative_frame_targets(roles, n, specs, sources)
