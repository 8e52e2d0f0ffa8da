"""Conjuncts of a passive the parser hung on its agent: cs 'Demonstranti byli zadrženi egyptskou policií, biti a
mučeni' attaches 'mučeni' as a conjunct of the agent noun 'policií'; a passive participle is no conjunct of a noun,
so it is rehung on the passive verb whose agent that noun is (then it shares the agent: subjects, passive-agent).

A companion the parser made a subject: cs 'sešel s Macronem a později se zástupci EU a NATO' reads 'se' as the
reflexive pronoun and 'zástupci' (a Nom/Ins homograph) as a second subject; under a comitative preposition (grammar
key comitative_preps, in a language with a comitative_case) it takes that case and is the conjunct of the verb's
earlier phrase with the same preposition, else the verb's oblique.

A headline passive without its auxiliary: cs 'Americký občan obviněn z vraždy', 'Opoziční politik zatčen v Moskvě'
drops 'byl', and the parser then tags the patient as a plain subject; a short passive participle (Voice=Pass,
Variant=Short) is passive by its form alone, so its nominative subject is the passive subject."""

from __future__ import annotations

from .lexicon import Lexicon
from .udview import Node, Tree

AGENT_RELS = {"obl", "obl:arg", "obl:agent", "nmod"}
NOMINALS = {"NOUN", "PROPN", "PRON"}


def passive_conjunct(tree: Tree, lex: Lexicon, n: Node) -> str:
    """Rehang a passive participle that is a 'conj' of the bare agent noun (grammar key agent_cases, or obl:agent) of
    a passive verb onto that verb; returns a note, or '' when nothing changed."""
    if n.deprel != "conj" or n.head == n.i or n.feat("VerbForm") != "Part" or n.feat("Voice") != "Pass" \
            or tree.children(n.i, "nsubj", "nsubj:pass"):
        return ""
    agent = tree[n.head]
    cases = set(lex.grammar.get("agent_cases", []))
    if agent.upos not in {"NOUN", "PROPN"} or agent.deprel not in AGENT_RELS or agent.head == agent.i or not (
            agent.deprel == "obl:agent" or (agent.feat("Case") in cases and not tree.has_case(agent.i))):
        return ""
    verb = tree[agent.head]
    if verb.feat("VerbForm") != "Part" or verb.feat("Voice") != "Pass" or verb.i > n.i:
        return ""
    return f"passive-conjunct:{verb.tok.text}+{n.tok.text}" if tree.rehang(n.i, verb.i, "conj") else ""


def short_passive_subject(tree: Tree, n: Node) -> str:
    """Relabel the plain subject of a short passive participle as its passive subject: a headline's with no
    auxiliary, or one the parser read as an adjective beside its passive auxiliary ('V roce 2012 byl za porušení
    povinností propuštěn policejní prezident'); returns a note, or '' when nothing changed."""
    if n.feat("VerbForm") != "Part" or n.feat("Voice") != "Pass" or n.feat("Variant") != "Short" \
            or tree.children(n.i, "cop", "nsubj:pass", "expl:pass"):
        return ""
    subj = [k for k in tree.children(n.i, "nsubj") if k.upos in NOMINALS and k.feat("Case") in {None, "Nom"}]
    if len(subj) != 1 or len(tree.children(n.i, "nsubj")) != 1:
        return ""
    return f"short-passive:{n.tok.text}" if tree.rehang(subj[0].i, n.i, "nsubj:pass") else ""


def comitative_subject(tree: Tree, lex: Lexicon, n: Node) -> str:
    """Rehang a 'subject' under a comitative preposition ('se zástupci') as the conjunct of the verb's earlier phrase
    with that preposition, else as the verb's oblique, in grammar key comitative_case; returns a note or ''."""
    preps, case = lex.words("comitative_preps"), lex.grammar.get("comitative_case")
    if not case or not n.deprel.startswith("nsubj") or n.head == n.i or n.upos not in NOMINALS:
        return ""
    prep = next((c for c in tree.children(n.i, "case") if c.tok.text.lower() in preps), None)
    if prep is None or n.feat("Case") not in {None, "Nom", "Acc", case}:
        return ""
    n.morph = {**(n.morph if n.morph is not None else n.tok.feats), "Case": case}
    words = preps  # 's' and 'se' are one preposition
    verb = tree[n.head]
    anchor = next((k for k in sorted(tree.children(verb.i), key=lambda x: -x.i) if k.i < n.i and k.i != n.i
                   and k.upos in NOMINALS and k.deprel.startswith("obl") and tree.case_words(k.i) & words
                   and k.feat("Case") == n.feat("Case")), None)
    if anchor is not None and tree.rehang(n.i, anchor.i, "conj"):
        return f"comitative-conjunct:{anchor.tok.text}+{n.tok.text}"
    return f"comitative-oblique:{n.tok.text}" if tree.rehang(n.i, verb.i, "obl") else ""


def correlative_conjunct(tree: Tree, lex: Lexicon, n: Node) -> str:
    """'kritizovalo jak Ukrajinu, tak Polsko', 'sešel se jak s Macronem, tak se Scholzem', 'odmítlo jak Německo, tak
    Francie': a nominal of a verb right after the second word of a correlative pair (grammar key correlatives) is
    the conjunct of the verb's earlier nominal right after the first word, with the same preposition; the pair marks
    the coordination where the tagger's cases or relations disagree. Returns a note or ''."""
    if n.upos not in NOMINALS or n.head == n.i or n.deprel.split(":")[0] not in PAIR_RELS \
            or tree[n.head].upos not in {"VERB", "AUX"}:
        return ""
    verb = tree[n.head]
    pairs = [(str(a).lower(), str(b).lower()) for a, b in lex.grammar.get("correlatives", [])]
    second = _pair_word(tree, n, verb, {b for _, b in pairs})
    if second is None:
        return ""
    firsts = {a for a, b in pairs if b == second.tok.text.lower()}
    anchor = next((k for k in sorted(tree.children(verb.i), key=lambda x: -x.i) if k.i < second.i
                   and k.upos in NOMINALS and _pair_word(tree, k, verb, firsts) is not None
                   and _prep_lemmas(tree, k) == _prep_lemmas(tree, n)), None)
    if anchor is None or not tree.rehang(n.i, anchor.i, "conj"):
        return ""
    return f"correlative-conjunct:{anchor.tok.text}+{n.tok.text}"


BARE_OBJECT_RELS = {"obj", "iobj", "obl", "obl:arg"}
PAIR_RELS = {"conj", "nsubj", "obj", "obl", "iobj", "nmod"}
PAIR_GAP = 3  # words a pair word may stand before its nominal ('tak i se Scholzem')


def _pair_word(tree: Tree, n: Node, verb: Node, words: set[str]) -> Node | None:
    """The pair word (of `words`) just before the nominal's phrase, hung on the nominal or on its verb."""
    for j in range(n.i - 1, max(n.i - 1 - PAIR_GAP, -1), -1):
        t = tree[j]
        if t.tok.text.lower() in words and t.head in (n.i, verb.i):
            return t
        if t.head != n.i and t.tok.text.lower() not in {"i", ","}:
            return None
    return None


def _prep_lemmas(tree: Tree, n: Node) -> set[str]:
    """Lemmas of a nominal's prepositions (s and se are one)."""
    return {c.lemma for c in tree.children(n.i, "case")}


def nominative_conjunct(tree: Tree, names: set[int], n: Node) -> str:
    """'Ukrajině poslalo zbraně i Švédsko', 'Zbraně poslalo Ukrajině i Norsko': an actor name in the nominative
    the parser made the conjunct (with no coordinating conjunction: 'i' is a focus particle) of a bare object of a
    subjectless active verb, and that agrees with the verb in number and gender, is the verb's subject placed after
    its object (cs OVS); returns a note or ''."""
    if n.deprel != "conj" or n.i not in names or n.upos not in {"NOUN", "PROPN"} or n.feat("Case") != "Nom" \
            or n.head == n.i or tree.has_case(n.i):
        return ""
    obj = tree[n.head]
    if obj.deprel not in BARE_OBJECT_RELS or obj.feat("Case") in {None, "Nom"} or obj.head == obj.i \
            or tree.has_case(obj.i) or tree.children(n.i, "cc"):
        return ""
    verb = tree[obj.head]
    genders = set((verb.feat("Gender") or "").split(",")) - {""}
    if verb.upos != "VERB" or verb.feat("Voice") != "Act" or verb.feat("Number") != n.feat("Number") \
            or (genders and n.feat("Gender") not in genders) \
            or tree.children(verb.i, "nsubj", "nsubj:pass", "csubj", "expl:pass", "aux:pass"):
        return ""
    return f"nominative-conjunct:{n.tok.text}" if tree.rehang(n.i, verb.i, "nsubj") else ""
