"""The party that reports its own agreement: 'France said a contract with Greece had been signed', 'Kreml uvedl, že
dohoda s Tureckem byla podepsána', '"A deal with Turkey was reached," the Kremlin said': an agentless passive of
signing or reaching an agreement that names only the other party ('with Greece', 's Tureckem') is the reporter's own
agreement with it; so is an agreement noun subject naming only the other party ('the deal with Paris was final').
The reporter is the subject of the governing report verb, the one it is attributed to ('according to X', 'podle X')
or the quote's speaker."""

from __future__ import annotations

from ..cameo import CameoCode
from ..model import Mention, Quote
from .complements import cited_nodes
from .roles import Roles, country_of
from .sources import quote_speaker
from .subjects import is_pronoun
from .udview import Node

PARTY_REPORTER = "party-reporter"
AGREEMENT = "057"  # CAMEO 'sign formal agreement': the code of the agreement nouns (deal, treaty, dohoda, smlouva)
# Where the agreement noun of the passive stands: its subject, or the object/oblique of an impersonal passive
# ('dohody bylo dosaženo').
NOUN_RELS = ("nsubj:pass", "nsubj", "obj", "obl")


def party_reporter(roles: Roles, n: Node, cameo: str, info: CameoCode | None, quote: Quote | None
                   ) -> tuple[list[Mention], list[Mention]]:
    """Sources (the reporting party) and targets (the partner) of an agentless passive agreement; else nothing."""
    if info is None or not roles.is_passive(n.i):
        return [], []
    deal = _agreement_noun(roles, n)
    if not cameo.startswith(AGREEMENT) and (deal is None or info.plover != "AGREE"):
        return [], []  # 'was approved', 'was reached': only when what was reached is an agreement
    partners = _partners(roles, n) + (_partners(roles, deal) if deal is not None else [])
    if not partners:
        return [], []
    avoid = {country_of(m.code) for m in partners}
    parties = [m for m in _reporters(roles, n, quote) if country_of(m.code) not in avoid]
    return (parties, partners) if parties else ([], [])


def _agreement_noun(roles: Roles, n: Node) -> Node | None:
    """The agreement noun (an entry of code 057: deal, treaty, dohoda, smlouva) the passive is about."""
    for k in roles.tree.children(n.i, *NOUN_RELS):
        if k.upos == "NOUN" and not roles.tree.case_words(k.i) and any(
                e.cameo.startswith(AGREEMENT) for e in roles.lex.entries(k.tok.lemma, k.tok.text, True)):
            return k
    return None


def _partners(roles: Roles, n: Node) -> list[Mention]:
    """Actors in the comitative phrases of a node ('with Athens', 's Řeckem'), also of its own modifier ('smlouva o
    obraně s Athénami': the parser hangs the partner on 'obraně'); not pronouns ('with them')."""
    tree, preps = roles.tree, roles.lex.words("comitative_preps")
    near = [n, *(k for k in tree.children(n.i, "nmod") if n.upos == "NOUN")]
    phrases = [k for x in near for k in tree.children(x.i, "nmod", "obl")
               if tree.case_words(k.i) & preps and not is_pronoun(k)]
    return [m for k in phrases for m in roles.actors(k.i)]


def _reporters(roles: Roles, n: Node, quote: Quote | None) -> list[Mention]:
    """Who reports the clause: the governing report verb's subject, the one it is attributed to, the speaker."""
    tree, c = roles.tree, n
    while c.deprel in {"xcomp", "conj"} and c.head != c.i:
        c = tree[c.head]
    report = c.deprel in {"ccomp", "parataxis"} and c.head != c.i and tree[c.head].lemma in roles.lex.words(
        "report_verbs")
    subj = tree.children(c.head, "nsubj") if report else []
    for nodes in (subj, cited_nodes(tree, roles.lex.words("attribution_markers"), n)):
        found = [m for k in nodes if not is_pronoun(k) for m in roles.actors(k.i)
                 if not (m.code or "").endswith("MED")]  # 'the Post reported': not the newspaper
        if found:
            return found
    return quote_speaker(roles.doc, n, quote)[0]


def deal_reporter(roles: Roles, n: Node, cameo: str, quote: Quote | None) -> tuple[list[Mention], list[Mention]]:
    """'Greece's ministry confirmed that the deal with Paris was final', 'ministr potvrdil, že smlouva s Paříží je
    definitivní': an agreement noun that names only the other party ('with Paris') and is the subject of a copular
    clause an actor of another country reports is the reporter's agreement with that party; not the subject of a verb
    ('said the deal with Turkey was violated': an act on the deal); else nothing."""
    tree = roles.tree
    if not cameo.startswith(AGREEMENT) or not n.deprel.startswith("nsubj") or n.head == n.i \
            or tree[n.head].upos == "VERB":
        return [], []
    partners = _partners(roles, n)
    if not partners:
        return [], []
    avoid = {country_of(m.code) for m in partners}
    parties = [m for m in _reporters(roles, tree[n.head], quote) if country_of(m.code) not in avoid]
    return (parties, partners) if parties else ([], [])
