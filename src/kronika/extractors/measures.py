"""The imposer of a measure a reported clause states without naming one: 'The United States said the sanctions
against Iran will remain in place', 'Trump said sanctions on Iran would not be lifted', 'EU uvedla, že sankce proti
Bělorusku budou prodlouženy', '"Sanctions will not be lifted, they will be tightened," Pompeo said'.

A measure noun is one whose own noun entry imposes a measure (CAMEO 163: sanctions, embargo, tariffs). It is the
reporter's when it is the subject of a clause the reporter's report verb governs (or of the quote the reporter
speaks) and that clause either keeps or aims the measure (grammar key measure_state_verbs: remain, stay, apply;
zůstat, platit, mířit) or is an agentless passive that handles it (lift, tighten, extend; zrušit, zpřísnit,
prodloužit: that verb's own entry codes the act). Only with a named target of another country than the reporter:
'Iran said the sanctions against it would be lifted' is the target's hope, and an evaluation ('China said the
sanctions against Iran are unjust') has no keeping verb.
"""

from __future__ import annotations

from ..model import Mention
from .lexicon import Lexicon
from .roles import Roles, country_of
from .udview import Node, Tree

MEASURE_CAMEO = "163"
SUBJECTS = ("nsubj", "nsubj:pass")
REPORTED = {"ccomp", "parataxis"}


def measure_noun(lex: Lexicon, k: Node) -> bool:
    """Is k a noun whose own lexicon entry imposes a measure (sanctions, embargo, tariffs)?"""
    return k.upos == "NOUN" and any(e.cameo == MEASURE_CAMEO for e in lex.entries(k.lemma, k.tok.text, True))


def measure_clause(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The clause head whose subject is the measure the trigger n stands for: the head of a measure noun subject
    that keeps or aims it, or n itself as an agentless passive with a measure noun subject; else None."""
    if n.upos == "NOUN":
        keeps = n.deprel in SUBJECTS and n.head != n.i and tree[n.head].lemma in lex.words("measure_state_verbs")
        return tree[n.head] if keeps and measure_noun(lex, n) else None
    if not (n.feat("Voice") == "Pass" or tree.children(n.i, "aux:pass")):  # an actor agent is its own source
        return None
    return n if any(measure_noun(lex, k) for k in tree.children(n.i, *SUBJECTS)) else None


def report_head(tree: Tree, lex: Lexicon, clause: Node) -> Node | None:
    """The report verb that governs a clause ('said (that) ...'), through coordinated clauses ('..., they will be
    tightened')."""
    c = clause
    for _ in range(3):
        if c.head == c.i:
            return None
        if c.deprel in REPORTED and tree[c.head].lemma in lex.words("report_verbs"):
            return tree[c.head]
        if c.deprel != "conj":
            return None
        c = tree[c.head]
    return None


def reported_measure(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """Does the trigger n stand for a measure a report verb's clause keeps or handles ('X said sanctions on Y would
    not be lifted': the reporter's announcement, not a possibility)?"""
    clause = measure_clause(tree, lex, n)
    return clause is not None and report_head(tree, lex, clause) is not None


def measure_reporter(roles: Roles, n: Node, speaker: list[Mention], targets: list[Mention]
                     ) -> tuple[list[Mention], list[Mention]]:
    """The reporter (the report verb's subject, else the speaker of the quote n stands in) as the imposer of the
    measure at n, and its target: the named one, else the one state its adverbial clause names."""
    tree, lex = roles.tree, roles.lex
    clause = measure_clause(tree, lex, n)
    if clause is None:
        return [], []
    verb = report_head(tree, lex, clause)
    found = [m for k in tree.children(verb.i, "nsubj") for m in roles.actors(k.i)
             if not (m.code or "").endswith("MED")] if verb is not None else []
    if not found and verb is None:
        found = speaker
    own = {country_of(m.code) for m in found}
    targets = targets or _condition_state(roles, clause, own)
    if not found or not targets or own & {country_of(t.code) for t in targets}:
        return [], []
    return found, targets


def _condition_state(roles: Roles, clause: Node, own: set[str]) -> list[Mention]:
    """The state of another country than the reporter's that an adverbial clause of the measure's clause names, when
    it names one ('As long as Iran's behaviour continues, sanctions will not be lifted', 'Dokud budou íránské útoky
    pokračovat, sankce nebudou zrušeny'): the measure is kept on it."""
    tree = roles.tree
    heads = [a for k in [clause, *tree.children(clause.i, "advmod")] for a in tree.children(k.i, "advcl")]
    inside = {x.i for a in heads for x in tree.subtree(a.i)}
    others = [m for m in roles.doc.mentions if m.head in inside and m.code and m.code[:3].isalpha()
              and country_of(m.code) not in own and not m.code.startswith(("IGO", "NGO", "MNC"))]
    return others[:1] if len({country_of(m.code) for m in others}) == 1 else []


def _second_subject_is_object(roles: Roles, verb: Node, n: Node, k: Node) -> bool:
    """'Rusko zasáhly nové sankce EU': of two 'subjects' of a verb, one whose nominative is its accusative and whose
    number the verb does not agree with, while the measure agrees in number or gender, is the object (object first)."""
    number, gender = (set((verb.feat(f) or "").split(",")) - {""} for f in ("Number", "Gender"))
    return bool(number) and roles.nom_is_acc(k) and k.feat("Number") not in number \
        and (n.feat("Number") in number or n.feat("Gender") in gender)  # 'sankce' is tagged Sing as often


def harmed_party(roles: Roles, n: Node, sources: list[Mention]) -> list[Mention]:
    """'Iran's economy has been crippled by American sanctions', 'Rusko zasáhly sankce ze strany EU': a measure noun
    that names no target, as the subject or agent of a verb of harm (grammar key measure_harm_verbs), is aimed at
    the state its patient is or belongs to (the patient's own actor, else its possessor or state adjective)."""
    tree, lex = roles.tree, roles.lex
    if n.head == n.i or tree[n.head].lemma not in lex.words("measure_harm_verbs") or not measure_noun(lex, n):
        return []
    verb = tree[n.head]
    agent = n.deprel == "obl:agent" or (n.deprel.split(":")[0] == "obl" and not tree.has_case(n.i) and n.feat(
        "Case") in lex.grammar.get("agent_cases", []))  # cs 'Rusko bylo zasaženo sankcemi EU' (instrumental)
    rel = ("nsubj:pass", "nsubj") if agent else ("obj", "nsubj") if n.deprel == "nsubj" else ()
    own = {country_of(m.code) for m in sources}
    for k in tree.children(verb.i, *rel):
        if k.i == n.i or (not agent and k.deprel == "nsubj" and not _second_subject_is_object(roles, verb, n, k)):
            continue
        found = roles.actors(k.i) or [m for c in tree.children(k.i, "amod", "nmod:poss", "nmod")
                                      if not tree.has_case(c.i) for m in roles.actors(c.i)]
        found = [m for m in found if country_of(m.code) not in own]
        if found:
            return found
    return []


def response_means(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """'Canada retaliated with tariffs on U.S. goods': the measure noun a response verb (grammar keys response_verbs,
    response_preps) is made with; the noun codes the act, so the verb is no attack of its own; else None."""
    preps = lex.words("response_preps")
    if n.lemma.lower() not in lex.words("response_verbs") or not preps:
        return None
    return next((k for k in tree.children(n.i, "obl", "nmod") if measure_noun(lex, k)
                 and tree.case_words(k.i) and tree.case_words(k.i) <= preps), None) or response_act(tree, lex, n)


def response_act(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """'Beijing retaliated by imposing duties on X': the act a response verb is made by (grammar key response_marks)
    when that act has an entry of its own, which codes it; else None."""
    marks = lex.words("response_marks")
    return next((k for k in tree.children(n.i, "advcl") if k.upos == "VERB" and tree.case_words(k.i) & marks
                 and lex.entries(k.lemma, k.tok.text, False)), None)
