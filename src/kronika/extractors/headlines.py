"""Headline passives: a headline drops the passive auxiliary ('Child rapist ordered to face victim', 'Police officer
shot in Prague') and the parser reads the participle as a past verb with the patient as its subject."""

from __future__ import annotations

from ..cameo import plover_type
from ..model import Doc
from .lexicon import Lexicon
from .udview import NOMINAL, Node, Tree

STORY_END = {".", "!", "?", ";"}  # a sentence of the story ends so; a headline does not
ACTED_ON = {"ASSAULT", "COERCE", "SANCTION"}  # acts done to someone: a bare headline participle of one is passive


def headline_passive(doc: Doc, tree: Tree, lex: Lexicon, n: Node, names: set[int]) -> str:
    """'Child rapist ordered to look at victim', 'Cleveland police branded "failing" by inspectors', 'Czech police
    officer shot in Prague': in a headline (a sentence without final punctuation) a past verb with a subject and no
    object nor auxiliary is a passive when an agent phrase names an actor, an infinitive follows a verb that takes an
    object before it (grammar key object_control_verbs), or (grammar key bare_headline_passive: a language whose past
    tense and participle share one form) every reading the lexicon has of the verb is an
    act done to the direct object."""
    if n.upos != "VERB" or n.feat("VerbForm") != "Fin" or n.feat("Tense") != "Past":
        return ""
    subj = tree.children(n.i, "nsubj")
    if len(subj) != 1 or tree.children(n.i, "iobj", "aux", "nsubj:pass", "expl") \
            or any(k.upos in NOMINAL for k in tree.children(n.i, "obj")):
        return ""  # (a quoted predicate read as the object may stay: 'branded "failing"')
    last = doc.tokens[doc.sentences[n.tok.sent].end - 1]
    if last.upos == "PUNCT" and last.text in STORY_END:
        return ""  # a sentence of the story: 'He ordered to ...' is the writer's active verb
    by = [k for k in tree.children(n.i, "obl") if k.i in names and tree.case_words(k.i) & lex.words("agent_preps")]
    control = n.lemma in lex.words("object_control_verbs") and any(
        x.i > n.i and x.feat("VerbForm") == "Inf" for x in tree.children(n.i, "xcomp"))
    if not by and not control and not (lex.grammar.get("bare_headline_passive") and _transitive_act(tree, lex, n)):
        return ""
    tree.rehang(subj[0].i, n.i, "nsubj:pass")
    for k in by:
        tree.rehang(k.i, n.i, "obl:agent")
    return f"headline-passive:{n.tok.text}"


def _transitive_act(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """Are all the verb's bare event readings (their particle present) acts done to someone (ASSAULT, COERCE,
    SANCTION), one of them first of all on the direct object and none with a partner ('clashed with'), and has the verb
    no clause of its own ('Police officer shot in Prague', 'Czechs kicked out of a hotel'; not 'Driver crashed',
    'Council agreed to an extension', 'Minister warned that ...')?"""
    if tree.children(n.i, "ccomp", "xcomp", "csubj"):
        return False
    prts = {k.lemma.lower() for k in tree.children(n.i, "compound:prt")}
    readings = [e for e in lex.entries(n.tok.lemma, n.tok.text, False)
                if not e.objects and (not e.particle or e.particle.lower() in prts)]
    return bool(readings) and all(plover_type(e.cameo) in ACTED_ON and not (e.swap or e.intransitive)
                                  and not e.target[0].endswith(":with") for e in readings if e.target) \
        and any(e.target[:1] == ("obj",) for e in readings)


def control_participle(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'was summoned and asked to explain', 'was detained and told to leave': a subjectless past verb of a language
    whose past tense and participle share one form, conjoined to a passive, that takes an object before its infinitive
    (grammar key object_control_verbs) but has none, is itself a passive participle the tagger read as past tense."""
    return n.feat("VerbForm") == "Fin" and n.feat("Tense") == "Past" and n.lemma in lex.words("object_control_verbs") \
        and bool(lex.grammar.get("bare_headline_passive")) \
        and not tree.children(n.i, "nsubj", "obj", "iobj", "aux", "expl") \
        and any(x.i > n.i and x.feat("VerbForm") == "Inf" for x in tree.children(n.i, "xcomp"))
