"""Approximate counts as subjects: cs 'V neděli protestovalo v Minsku přes 100 000 lidí', 'demonstrovalo na 50 000
lidí', 'hledalo útočiště na 800 000 Kurdů'. A count of five or more takes a neuter singular verb and leaves its noun in
the genitive, so with an approximating preposition (grammar keys approximate_preps, adverbial_approximate_preps) the
parser reads the counted noun as an oblique (or as a subject under a preposition, which repair._oblique_subject would
then demote): the clause is left with no subject and its act with no source. Under a neuter singular passive
('bylo zadrženo přes 142 lidí') the counted noun is the passive subject, the patient."""

from __future__ import annotations

from .lexicon import Lexicon
from .udview import NOMINAL, Node, Tree
from .word_order import GOVERNING_NUMERALS

SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl:pass", "aux:pass")


def approximate_subject(tree: Tree, lex: Lexicon, n: Node) -> str:
    """A genitive noun under a governing numeral and an approximating preposition, on an active past verb in the
    neuter singular that has no subject, is that verb's subject. Not on a verb of another gender or number
    ('zadržela na 300 lidí': the police held them, a dropped subject) nor on one with a subject of its own
    ('Komando zaútočilo na 30 policistů')."""
    if n.upos not in NOMINAL or n.head == n.i or n.deprel.split(":")[0] not in {"nsubj", "obl"}:
        return ""
    if not tree.case_words(n.i) & (lex.words("approximate_preps") | lex.words("adverbial_approximate_preps")):
        return ""
    verb = tree[n.head]
    counts = [k.deprel for k in tree.children(n.i) if k.deprel.startswith("nummod") or k.deprel in GOVERNING_NUMERALS]
    if n.feat("Case") == "Gen" and counts and _neuter_passive(tree, verb):  # a digit count may be a plain nummod
        return _approximate_patient(tree, n, verb)
    if n.feat("Case") != "Gen" or not any(c in GOVERNING_NUMERALS for c in counts):
        return ""
    if verb.upos != "VERB" or verb.feat("Voice") != "Act" or verb.feat("Tense") != "Past" \
            or verb.feat("Gender") != "Neut" or verb.feat("Number") != "Sing":
        return ""
    if any(k.i != n.i for k in tree.children(verb.i, *SUBJECTS)):
        return ""
    return f"approximate-subject:{n.tok.text}" if tree.rehang(n.i, verb.i, "nsubj") else ""


def _neuter_passive(tree: Tree, verb: Node) -> bool:
    """A neuter singular passive participle with its auxiliary ('bylo zadrženo', 'bude deportováno'): the form a
    counted passive subject of five or more takes."""
    return verb.feat("Voice") == "Pass" and verb.feat("VerbForm") == "Part" and verb.feat("Gender") == "Neut" \
        and verb.feat("Number") == "Sing" and bool(tree.children(verb.i, "aux:pass"))


def _approximate_patient(tree: Tree, n: Node, verb: Node) -> str:
    """'V rámci vyšetřování bylo zadrženo přes 142 lidí', 'kolem 50 demonstrantů bylo zatčeno': the counted noun
    under an approximating preposition is the passive subject (the patient) of a neuter singular passive that has
    none of its own, not an adverbial (repair._oblique_subject would demote a subject under a preposition)."""
    if any(k.i != n.i for k in tree.children(verb.i, "nsubj", "nsubj:pass", "csubj", "csubj:pass")):
        return ""
    return f"approximate-patient:{n.tok.text}" if tree.rehang(n.i, verb.i, "nsubj:pass") else ""


def counted_after_name(tree: Tree, n: Node) -> str:
    """cs 'Letadla zabila při útoku na vesnici v provincii Herát 46 civilistů': a genitive noun under a governing
    numeral, with no preposition, that the parser hung on a place name (a proper noun, which takes no counted
    genitive) inside an oblique phrase, after an active verb with a subject and no object, is that verb's object."""
    if n.upos != "NOUN" or n.deprel != "nmod" or n.head == n.i or n.feat("Case") != "Gen" or tree.case_words(n.i) \
            or not any(k.deprel in GOVERNING_NUMERALS for k in tree.children(n.i)):
        return ""
    head = x = tree[n.head]
    while x.deprel.split(":")[0] == "nmod" and x.head != x.i:
        x = tree[x.head]
    if head.upos != "PROPN" or head.i > n.i or x.deprel.split(":")[0] != "obl" or x.head == x.i:
        return ""
    verb = tree[x.head]
    if verb.upos != "VERB" or verb.i > n.i or verb.feat("Voice") == "Pass" or tree.children(verb.i, "obj") \
            or not tree.children(verb.i, "nsubj"):
        return ""
    return f"counted-after-name:{n.tok.text}" if tree.rehang(n.i, verb.i, "obj") else ""
