"""Judgements by naming: 'The MP described the council's decision as a disgrace', 'called the decision shameful'.

A naming verb (data/<lang>/judgements.json key naming_verbs: call, describe, label, brand) whose object is given a
judgement cue as its secondary predicate (the 'as' phrase, the object complement, an apposition to the object) is
its subject's disapproval (ACCUSE 111) of the actor the object names or owns ('the council's decision'). Naming a
claim, allegation or report so (key claim_nouns: 'called the claims complete nonsense') rejects it (REJECT 120), aimed
at the claim's author (named in its phrase, else the speaker of the claim told just before: claims.py), else at the
home country (as the gold codes an unnamed domestic counterpart); with neither, nothing (the gold names the rejected
party). Labels only a naming gives (key naming_cues: groundless, fake, terrorist) count too; a person likened to a
tyrant in quotation marks (key infamous_names, with the naming or likening_verbs: 'called Ardern "Lenin with Hair"')
is name-calling (ACCUSE 111). A praise noun (key praise_labels: hero, statesman) given to an actor is praise
(SUPPORT 051); a label of an act or thing ('described the talks as constructive') is none. Nothing where the verb
already codes an event, nor for a negated cue or the subject judging itself.
"""

from __future__ import annotations

from ..model import Event, Mention
from .claims import claimants
from .implicit_targets import domestic_counterpart
from .judgements import Build, _cue, _negated, cues
from .labels import quoted_label
from .lexicon import Entry
from .reactions import act_actors
from .roles import Roles, country_of
from .udview import Node

DISAPPROVAL_CAMEO = "111"  # criticize or denounce
REJECTION_CAMEO = "120"
PRAISE_CAMEO = "051"  # praise or endorse (a person called a true statesman)  # reject (a claim called nonsense)
PREDICATE_RELS = ("xcomp", "obl", "advcl", "ccomp", "nmod", "appos", "obj")
AS = "as"  # 'described Israel as a terrorist state': the label noun of an 'as' phrase
LABEL_RELS = {"xcomp", "appos", "obj"}  # a label noun whose adjective is the judgement ('a very stupid guy')


def namings(roles: Roles, events: list[Event], build: Build) -> list[Event]:
    """ACCUSE (or REJECT) events for the naming judgements of the doc (see the module docstring)."""
    lang = roles.doc.lang or ""
    verbs, claims, likening = cues(lang, "naming_verbs"), cues(lang, "claim_nouns"), cues(lang, "likening_verbs")
    words = cues(lang) | cues(lang, "naming_cues")
    if not (verbs or likening) or not words:
        return []
    tree, out = roles.tree, list[Event]()
    coded = {e.span[0] for e in events}
    for n in tree.nodes:
        if n.upos != "VERB" or n.lemma.lower() not in verbs | likening or n.tok.start in coded:
            continue
        objs = [k for k in tree.children(n.i, "obj") if k.upos in {"NOUN", "PROPN", "PRON"}] or _small_clause(roles, n)
        cue = _predicate(roles, n, objs, words) if n.lemma.lower() in verbs else None
        if cue is None and (liken := _likened(roles, n)):
            cue, objs = liken
        sources = [m for k in tree.children(n.i, "nsubj") for m in roles.actors(k.i)
                   if country_of(m.code)[:3].isalpha()]
        if cue is None and n.lemma.lower() in verbs and sources and (praised := _praised(roles, n, objs, words)):
            e = Entry(lemma=n.lemma, cameo=PRAISE_CAMEO, id=f"{roles.lex.lang}-naming-praise")
            out.extend(build(e, n, s, t) for s in sources for t in praised if t.code != s.code)
        if cue is None:
            continue
        claim = [k for k in [*objs, *tree.children(cue.i, "nmod")] if k.lemma.lower() in claims]
        cameo = REJECTION_CAMEO if claim else DISAPPROVAL_CAMEO
        named = [m for o in (claim or objs) for m in _named(roles, o)]
        targets = named or claimants(roles, n, sources, claim) or domestic_counterpart(roles, n.i, cameo, sources) \
            if claim else named
        # a claim's author: named in its phrase, the speaker of the claim told before, else the home country
        targets = targets or act_actors(roles, n, "ACCUSE", sources)  # 'called the move illegal': the act's actor
        if not sources or not targets:
            continue
        e = Entry(lemma=n.lemma, cameo=cameo, id=f"{roles.lex.lang}-naming-judgement")
        for s in sources:
            out.extend(build(e, n, s, t) for t in targets if t.code != s.code)
    return out


def _predicate(roles: Roles, n: Node, objs: list[Node], words: frozenset[str]) -> Node | None:
    """The judgement cue given to the object: a predicate of the verb after the object ('as a disgrace',
    'shameful'), an apposition to the object ('the plan a disaster'), or the head of a small clause the parser
    built over the object ('the claims complete nonsense')."""
    tree = roles.tree
    after = max([o.i for o in objs], default=n.i)
    cands = [k for k in tree.children(n.i, *PREDICATE_RELS) if k.i > after or (not objs and k.i > n.i)]
    cands += [k for o in objs for k in tree.children(o.i, "appos")]
    cands += [a for k in tree.children(n.i, "prep") if k.i > after and k.lemma.lower() == AS
              for a in tree.children(k.i, "amod", "acomp")]  # 'as unacceptable' with the adjective hung on 'as'
    for k in cands:
        if _cue(roles, k, words) and not _negated(roles, k):
            return k
        label = [a for a in tree.children(k.i, "amod") if k.upos == "NOUN" and _cue(roles, a, words) and (
            (k.deprel in LABEL_RELS and not tree.has_case(k.i)) or tree.case_words(k.i) == {AS})]
        if label and not _negated(roles, label[0]):  # 'called him a very stupid guy': the label noun's adjective
            return label[0]
    return None


def _praised(roles: Roles, n: Node, objs: list[Node], words: frozenset[str]) -> list[Mention]:
    """The actors a naming praises ('called Chirac a true statesman', 'described her as an inspiration'): a praise
    noun (key praise_labels) given to an object that is itself an actor, with no phrase of its own ('a friend of
    terrorists') nor judgement cue; not a praised act or thing ('described the talks as constructive')."""
    tree, label = roles.tree, _predicate(roles, n, objs, cues(roles.doc.lang or "", "praise_labels"))
    if label is None or label.upos != "NOUN" or tree.children(label.i, "nmod", "prep", "acl", "acl:relcl") \
            or any(_cue(roles, x, words) for x in tree.subtree(label.i)):
        return []
    return [m for o in objs for m in roles.actors(o.i) if m.head == o.i]


def _likened(roles: Roles, n: Node) -> tuple[Node, list[Node]] | None:
    """'called Jacinda Ardern "Lenin with Hair"', 'nazvala premiérku "Leninem v sukních"': a person likened to a
    tyrant (key infamous_names) in quotation marks right after the verb's clause, which the parser often leaves a
    fragment of its own; the label and the person's nodes."""
    tree, label = roles.tree, quoted_label(roles.tree, n)
    if label is None or label.lemma.lower() not in cues(roles.doc.lang or "", "infamous_names"):
        return None
    persons = [k for k in tree.children(n.i, "obj", "oprd", "xcomp", "obl")
               if any(m.kind == "PER" for m in roles.actors(k.i))]
    return (label, persons) if persons else None


def _small_clause(roles: Roles, n: Node) -> list[Node]:
    """'called Britain's ambassador a stupid guy' parsed with the object as the verb's predicate and the label as
    its apposition: that predicate noun is the object."""
    tree = roles.tree
    return [k for k in tree.children(n.i, "xcomp") if k.upos in {"NOUN", "PROPN"} and k.i > n.i
            and not tree.has_case(k.i) and tree.children(k.i, "appos")]


def _named(roles: Roles, obj: Node) -> list[Mention]:
    """The actor a naming judges: the object itself, else its owner ('the council's decision'); not the one an act
    was done to ('the sentencing of the journalist', key patient_act_nouns)."""
    tree = roles.tree
    done_to = obj.lemma.lower() in cues(roles.doc.lang or "", "patient_act_nouns")
    own = [m for m in roles.actors(obj.i) if not (done_to and m.head != obj.i and tree[m.head].deprel == "nmod")]
    if own:
        return own
    rels = ("nmod:poss",) if done_to else ("nmod:poss", "nmod")
    return [m for k in tree.children(obj.i, *rels) for m in roles.actors(k.i)]
