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
- A cooperation or rejection verb (HABIT_TYPES) done by a bare plural of a class of people (data key
  generic_people_nouns) that names no country (a guessed one) and has no determiner, numeral or possessive: as
  the subject of a present-tense verb ('ženy je odmítají', 'konzultují s rodiči především ženy', 'young people
  break the law'), as the agent of a passive ('men infuriated at being rejected by women') or as the noun of a
  relative clause ('angry at women who had rejected him'): a generalisation about a class, no act; 'Íránské ženy
  odmítají', 'the women reject', 'Women rejected the offer', 'Lidé protestují' are left alone.
- An arrest, abduction or attack verb (PERSON_ACTS) whose patient is a bare demonstrative pronoun ('This has now been
  taken away in the most tragic of circumstances' of a young man's future, cs 'To mu bylo vzato'): a thing or a
  situation is taken or destroyed, no person is arrested or attacked.
"""

from __future__ import annotations

from ..cameo import plover_type
from ..model import Doc
from .lexicon import Entry, Lexicon
from .precision_frames import mention_at, words
from .targets import FALLBACK_ROLES
from .udview import Node, Tree

AGENT_RELS = ("obl:agent", "agent", "nmod:agent")
# Types a habitual present describes as a trait of a class of people; protests, demands and attacks in the present
# are news ('Lidé protestují', 'Ženy požadují').
HABIT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "REJECT"}
PERSON_ACTS = {"COERCE", "ASSAULT"}
PATIENT_RELS = ("nsubj:pass", "nsubjpass", "obj", "dobj")
SPECIFIERS = ("det", "nummod", "nmod:poss", "poss", "det:numgov", "det:nummod", "appos")


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
    if plover_type(e.cameo) in HABIT_TYPES and not e.noun and (who := generic_class(doc, tree, lex, n)) is not None:
        return f"a class of people ('{who.tok.text}') with no country: a generalisation, no act"
    if plover_type(e.cameo) in PERSON_ACTS and not e.noun and (it := demonstrative_patient(tree, n)) is not None:
        return f"a demonstrative ('{it.tok.text}') as what is taken or attacked: a thing or a situation, no person"
    return None


def demonstrative_patient(tree: Tree, n: Node) -> Node | None:
    """The passive subject or object of n that is a bare demonstrative pronoun ('This has been taken away', 'To bylo
    vzato'; not 'this man'), when n has no other such argument."""
    args = tree.children(n.i, *PATIENT_RELS)
    dem = [k for k in args if k.feat("PronType") == "Dem" and k.upos in {"PRON", "DET"} and not tree.children(k.i)]
    return dem[0] if dem and len(args) == 1 else None


def generic_class(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The class of people (data key generic_people_nouns) that does n: the bare plural subject of a present-tense
    verb (imperfective, no auxiliary), the agent of a passive ('rejected by women') or the noun a relative clause
    with a pronoun subject modifies ('women who had rejected him'), in any tense; with a guessed country (the
    article's or sentence's, targets.FALLBACK_ROLES) and no determiner, numeral or possessive."""
    present = n.feat("Tense") == "Pres" and n.feat("Aspect") != "Perf" and n.feat("VerbForm") in {"Fin", None} \
        and not tree.children(n.i, "aux", "aux:pass", "auxpass")
    doers = tree.children(n.i, "nsubj") if present else []
    for a in tree.children(n.i, *AGENT_RELS):
        doers += [a] if a.upos != "ADP" else tree.children(a.i, "pobj")  # en 'by' heads its noun
    if n.deprel in {"relcl", "acl:relcl"} and n.head != n.i and any(
            k.upos == "PRON" or "Rel" in (k.feat("PronType") or "") for k in tree.children(n.i, "nsubj")):
        doers.append(tree[n.head])
    for k in doers:
        m = mention_at(doc, k.i)
        if k.feat("Number") == "Plur" and k.lemma.lower() in words(lex, "generic_people_nouns") \
                and not tree.children(k.i, *SPECIFIERS) and m is not None and m.rule.startswith(FALLBACK_ROLES):
            return k
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
