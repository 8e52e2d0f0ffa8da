"""Precision rules from the session-26 audit of unseen news (corpus dump, PolNeAR and ADAQ texts).

- A question verb in the participle with an answer verb as its infinitive (data keys question_verbs, answer_verbs:
  'Asked to describe the device, O'Neill said', 'when asked to comment', cs 'požádán, aby to okomentoval' is not
  covered): a reporter's question put to the speaker, no request between actors; no agent phrase may name who asked
  ('was asked by the committee to explain' stays a request).
- A subject that is a share of people (data key share_nouns: '1 percent support the Green Party's Jill Stein', cs
  'pro sdružení hlasovalo 59,88 procenta voličů', '5 % dotázaných podporuje'): a poll or election result, no act of
  an actor.
- A rival noun with a possessive and no of-phrase (data keys rival_nouns, rival_preps: 'his Democratic opponent', 'met
  her Republican opponents') names an electoral rival; 'an opponent of the pipeline' still rejects it.
- An intransitive active harm verb (data key suffer_verbs: 'he's hurting', 'the campaign is hurting') says the subject
  suffers; it harms no one ('I'll have to hurt you', 'was hurt by' keep their object or agent).
"""

from __future__ import annotations

from ..cameo import plover_type
from ..model import Doc
from .lexicon import Entry, Lexicon
from .precision_frames import words
from .udview import Node, Tree

AGENT_RELS = ("obl:agent", "agent", "nmod:agent")


def news_drop(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry) -> str | None:
    """Why the trigger codes no event under one of this module's rules, or None."""
    if plover_type(e.cameo) == "REQUEST" and (ans := answer_question(tree, lex, n)) is not None:
        return f"a reporter's question ('{n.tok.text} to {ans.tok.text}'): the speaker is asked to answer, no request"
    if e.noun and n.lemma.lower() in words(lex, "rival_nouns") and rival(tree, lex, n):
        return f"a rival ('{n.tok.text}' with a possessive, no of-phrase): an electoral opponent, no rejection"
    if plover_type(e.cameo) == "ASSAULT" and not e.noun and n.lemma.lower() in words(lex, "suffer_verbs") \
            and not tree.children(n.i, "obj", "dobj", "iobj", "nsubj:pass", "nsubjpass", "ccomp", "xcomp", *AGENT_RELS):
        return f"an intransitive '{n.tok.text}' ('he's hurting'): the subject suffers, nobody is harmed"
    if (share := poll_share(tree, lex, n)) is not None:
        return f"a share of people ('{share.tok.text}') as subject: a poll or vote result, no act of an actor"
    return None


def rival(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """Does the rival noun have a possessive ('his', 'Clinton's') and no phrase of what is opposed ('of the plan')?"""
    preps = words(lex, "rival_preps")
    opposed = any(k.lemma.lower() in preps or tree.case_words(k.i) & preps for k in tree.children(n.i, "prep", "nmod"))
    return bool(tree.children(n.i, "poss", "nmod:poss")) and not opposed


def poll_share(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The share word heading n's subject ('1 percent support X', '59,88 procenta voličů', '30 %'), or None; also a
    bare object where the language lists it (data key share_relations; cs 'podporuje Babiše 30 procent lidí' with the
    subject read as object) or a conjunct of either (the parser's coordination across clauses); never a share that
    only modifies an argument ('imposed 25 percent tariffs') nor an object beside another object ('Peking uvalil clo
    až 39 procent': the rate of the duty)."""
    shares = words(lex, "share_nouns")
    other = any(k.lemma.lower() not in shares for k in tree.children(n.i, "obj"))
    args = [k for k in tree.children(n.i, *sorted(words(lex, "share_relations"))) if not tree.has_case(k.i)
            and not (other and k.deprel == "obj")]
    args += [c for k in args for c in tree.children(k.i, "conj")]  # '5 percent prefer X and 1 percent support Y'
    return next((k for k in args if k.lemma.lower() in shares or k.tok.text.lower() in shares), None)


def answer_question(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The answer verb of a participle question verb with no agent ('Asked to comment, X said'), or None."""
    if n.lemma.lower() not in words(lex, "question_verbs") or n.feat("VerbForm") != "Part" \
            or tree.children(n.i, *AGENT_RELS) or any(tree.case_words(k.i) & words(lex, "agent_preps_question")
                                                      for k in tree.children(n.i, "obl", "nmod")):
        return None
    return next((k for k in tree.children(n.i, "xcomp") if k.lemma.lower() in words(lex, "answer_verbs")), None)
