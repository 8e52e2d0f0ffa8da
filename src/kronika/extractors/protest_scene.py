"""Protests no one is named holding: 'A memorial march was held in Mexico City', 'the first demonstration in Semily
took place on 22nd November', 'Demonstrations which broke out after his death', 'V Praze se konal protestní pochod':
a crowd-protest noun (grammar key crowd_protest_nouns) that is the subject of a verb of occurrence (grammar key
occurrence_verbs, 'take place' as verb + particle or object) is a protest by the people (CVL) of the state where it
happened: a place in that clause, else the article's clear home country, else the one state of the sentence's
actors. A blockade or a hunger strike is not a crowd's; a protest that is only planned, banned or called for is
no subject of an occurrence verb, nor one that would or will take place ('kdyby se uskutečnila stávka', 'protests
will take place on Sunday': planned, not held), nor 'no protest'."""

from __future__ import annotations

from ..model import Mention
from .custodians import IMPLICIT_AGENT
from .modality import modality
from .roles import Roles, country_of
from .sources import scene
from .udview import Node

SUBJECTS = {"nsubj", "nsubj:pass"}
CROWD = "CVL"


def protest_scene_source(roles: Roles, n: Node, targets: list[Mention]) -> list[Mention]:
    """The people of the scene as the source of a crowd protest noun that occurs; [] when not such a noun."""
    lex = roles.lex
    if n.lemma.lower() not in lex.words("crowd_protest_nouns"):
        return []
    verb = occurrence_verb(roles, n)
    if verb is None:
        return []
    mood = modality(roles.tree, lex, verb.i)
    if mood.hypothetical or mood.unreal or mood.future or _none(roles, n):
        return []  # 'kdyby se znovu uskutečnila generální stávka', 'will take place', 'there was no protest'
    ctry = scene(roles, verb, targets) or _sentence_state(roles, n)
    if not ctry or len(ctry) != 3:
        return []
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), ctry + CROWD, f"protesters in {ctry}", "GRP", n.i,
                    rule=IMPLICIT_AGENT)]


def _sentence_state(roles: Roles, n: Node) -> str | None:
    """The one state all resolved actors of the noun's sentence belong to ('Demonstrace, které vypukly poté, co
    Afroameričana George Floyda zabil policista': USA), when the article has no clear home country."""
    sent = roles.doc.sentences[n.tok.sent]
    states = {country_of(m.code) for m in roles.doc.mentions
              if m.code and m.status == "resolved" and sent.start <= m.head < sent.end}
    return states.pop() if len(states) == 1 else None


def occurrence_verb(roles: Roles, n: Node) -> Node | None:
    """The verb of occurrence the noun is the subject of ('the march was held'), directly or through a relative
    clause on it ('demonstrations which broke out'); None when there is none."""
    tree = roles.tree
    if n.deprel in SUBJECTS and n.head != n.i and _occurs(roles, tree[n.head]):
        return tree[n.head]
    if n.deprel == "obj" and n.head != n.i and _occurs(roles, tree[n.head]) and tree.children(n.head, "expl:pv") \
            and not tree.children(n.head, "nsubj"):
        return tree[n.head]  # 'se konala demonstrace' read with the noun as the object of a reflexive verb
    if n.head != n.i and _existential(roles, n):
        return tree[n.head]
    for rel in tree.children(n.i, "acl:relcl", "acl"):
        subj = tree.children(rel.i, *SUBJECTS)
        if subj and all(_relative(roles, k) for k in subj) and _occurs(roles, rel):
            return rel
    return None


def _occurs(roles: Roles, verb: Node) -> bool:
    """Is the verb one of occurrence ('konat', 'happen'), or a two-word one ('take place', 'break out') whose second
    word is a child of the verb?"""
    if verb.upos not in {"VERB", "AUX"}:
        return False
    kids = {k.lemma.lower() for k in roles.tree.children(verb.i)}
    for entry in roles.lex.words("occurrence_verbs"):
        head, _, rest = entry.partition(" ")
        if verb.lemma.lower() == head and (not rest or rest in kids):
            return True
    return False


def _existential(roles: Roles, n: Node) -> bool:
    """'There was a big protest in Prague' (the noun an attribute of 'be' with an expletive), 'V Praze byla
    demonstrace' (the subject of a past copular predicate): the protest took place."""
    tree = roles.tree
    head = tree[n.head]
    if n.deprel in {"attr", "xcomp", "nsubj"} and head.lemma in roles.lex.words("existential_verbs") \
            and tree.children(head.i, "expl"):
        return True
    return n.deprel == "nsubj" and any(c.lemma in roles.lex.words("existential_verbs") and c.feat("Tense") == "Past"
                                       for c in tree.children(head.i, "cop"))


def _none(roles: Roles, n: Node) -> bool:
    """'no protest', 'žádná demonstrace': a negative determiner (PronType=Neg, grammar key negative_determiners)."""
    return any("Neg" in (k.feat("PronType") or "").split(",") or k.lemma in roles.lex.words("negative_determiners")
               for k in roles.tree.children(n.i, "det", "amod"))


def _relative(roles: Roles, k: Node) -> bool:
    """A relative pronoun ('který', 'which', 'that')."""
    return "Rel" in (k.feat("PronType") or "").split(",") or k.lemma.lower() in roles.lex.words("relative_pronouns")
