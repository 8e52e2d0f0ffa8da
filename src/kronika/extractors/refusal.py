"""Refused, denied, demanded, threatened or invited acts (issue 4): the governing verb or noun and what was refused."""

from __future__ import annotations

from ..cameo import plover_type as lookup_type
from ..model import Mention
from .lexicon import Lexicon, fold
from .matching import clause_ok, folded, matches, plain_types
from .precision import own_intent
from .precision_frames import requests
from .roles import Roles, country_of
from .targets import owner
from .udview import Node, Tree, is_pronoun


def head_types(lex: Lexicon, tree: Tree, head: Node, noun: Node) -> set[str | None]:
    """PLOVER types the head verb may have over this noun: plain entries and those naming the noun as object
    ('voiced support' is no refusal because 'voice objection' is one), with their preposition if they name one
    ('decided on the deployment' is no 'decide against')."""
    return {lookup_type(e.cameo) for e in lex.entries(head.tok.lemma, head.tok.text, False)
            if (not e.objects or fold(noun.lemma) in folded(e.objects)) and clause_ok(tree, lex, e, head)
            and (not e.prep or any(e.prep.lower() in tree.case_words(k.i) for k in tree.children(head.i)))}


def earlier_talks(tree: Tree, lex: Lexicon, noun: Node) -> bool:
    """'After talks with Duda, Zelensky urged NATO to act': a noun with a named partner (comitative_preps) in a time
    phrase (strike_time_preps) is an earlier act of its own, not the content of the governing demand or refusal."""
    partners = lex.words("comitative_preps")
    return bool(tree.case_words(noun.i) & lex.words("strike_time_preps")) and any(
        tree.case_words(k.i) & partners for k in tree.children(noun.i, "nmod"))


# An act that is only refused, denied, demanded or threatened has not happened: it is the governing
# event's content ('refused to meet X', 'threatened to break relations with X', 'urged X to support Y').
GOVERNING = {"REJECT", "THREATEN", "REQUEST"}
# An invitation's proposed act hangs on it as a complement ('to visit') or adjunct ('k návštěvě', 'for talks').
INVITED_RELS = {"xcomp", "ccomp", "advcl", "acl", "obl", "nmod"}


def refusal_head(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The refusing/denying/threatening/demanding verb that governs n as its complement, if any, also through
    a chain of complements ('pressed the EU to agree to impose sanctions': impose is only requested)."""
    for _ in range(3):
        if n.head == n.i:
            return None
        noun = tree[n.head]
        if invited_act(tree, lex, n, noun):  # 'invited Putin to visit China', 'pozval ho k návštěvě': only invited
            return noun
        if n.deprel in {"acl", "ccomp"} and noun.upos == "NOUN" and GOVERNING & _noun_types(lex, noun):
            return noun  # 'reiterated its demand that Israel ease restrictions': the content of a demand noun
        demand = next((k for k in tree.children(n.head, "obj") if GOVERNING & _noun_types(lex, k)), None)
        if n.deprel == "ccomp" and demand is not None:  # the parser hung the clause on the verb of 'its demand'
            return demand
        if n.deprel not in {"xcomp", "ccomp"}:  # 'naléhal na Ukrajinu, aby propustila ...': a requested act
            marks = lex.words("irrealis_marks")
            if not (marks and any(k.lemma in marks for k in tree.children(n.i, "mark"))):
                return None
        head = next((a for a in tree.ancestors(n.i) if a.upos == "VERB"), tree[n.head])
        if head.upos != "VERB":
            return None
        if n.deprel == "ccomp" and n.i < head.i and tree.children(head.i, "nsubj:pass", "nsubjpass"):
            return None  # 'X has been sentenced to ..., she has been banned from ...': two clauses, no content of a ban
        if GOVERNING & plain_types(lex, head, tree) and not own_intent(lex, n, head):  # 'chceme jednat s X'
            return head
        if head.lemma in lex.words("prohibition_verbs"):  # 'zakázala firmám vyvážet zbraně': nothing exported
            return head
        n = head
    return None


def invited_act(tree: Tree, lex: Lexicon, n: Node, head: Node) -> bool:
    """Is n the act an invitation proposes (grammar keys invitation_verbs, invitation_nouns: 'invited Putin to visit
    China', 'an invitation to visit', 'pozval ho k návštěvě'): its complement, or an adjunct with a preposition of
    purpose (invitation_preps: not 'during his visit, X invited Y')?"""
    words = lex.words("invitation_verbs") if head.upos == "VERB" else lex.words("invitation_nouns")
    rel = n.deprel.split(":")[0]
    if head.lemma.lower() not in words or rel not in INVITED_RELS or n.feat("Case") == "Loc":
        return False  # a locative adjunct is where the invitation was made ('na jednání v Bruselu ho pozval')
    marks = {k.lemma.lower() for k in tree.children(n.i, "mark", "case")}
    purpose = lex.words("invitation_preps") | lex.words("irrealis_marks")
    return rel in {"xcomp", "ccomp", "acl"} or bool(marks & purpose)


def _noun_types(lex: Lexicon, noun: Node) -> set[str | None]:
    """PLOVER types a noun's lemma has as a noun or a verb without object ('demand', 'call', 'request')."""
    return {lookup_type(e.cameo) for as_noun in (True, False)
            for e in lex.entries(noun.tok.lemma, noun.tok.text, as_noun) if not e.objects}


def refused_targets(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> list[Mention]:
    """Targets of what was refused: the actors the complement verb's own entry finds."""
    for c in tree.children(n.i, "xcomp", "ccomp"):
        for e in lex.entries(c.tok.lemma, c.tok.text, False):
            anchors = matches(tree, roles, e, c)
            if anchors is not None:
                return roles.source_target(e, c.i, anchors)[1]
    return []


def summons_purpose(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'summoned the French ambassador to protest against the detention', 'called in the envoy to express concern':
    the purpose infinitive of a summons (grammar keys summons_verbs, summons_purposes) is the protest the summons
    itself codes (ACCUSE 114), no second event."""
    if n.lemma not in lex.words("summons_purposes") or n.deprel not in {"advcl", "xcomp"} or n.head == n.i:
        return False
    head = tree[n.head]
    return head.lemma in lex.words("summons_verbs") and n.i > head.i and any(
        k.lemma == "to" for k in tree.children(n.i, "mark", "aux"))


ARGUMENT_RELS = ("obj", "obl", "obl:arg", "iobj", "nmod")  # where a refused act names the thing it answers


def refused_request_owner(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> list[Mention]:
    """'refused to respond to the president's demand', 'odmítl vyhovět požadavku Ruska', 'declined to accept the
    offer from Kabul': a refusal whose infinitive complement answers a request (an object noun of the refusal verb's
    own REJECT entries: demand, proposal, offer) rejects that request; its owner is the target."""
    requests = [e for e in lex.entries(n.tok.lemma, n.tok.text, False)
                if e.objects and e.cameo.startswith("12") and lookup_type(e.cameo) == "REJECT"]
    taken = {m.head for m in roles.source_refs}
    avoid = {(m.code or "")[:3] for m in roles.source_refs}
    for c in tree.children(n.i, "xcomp"):
        if c.upos != "VERB" or c.feat("VerbForm") != "Inf":
            continue
        for k in tree.children(c.i, *ARGUMENT_RELS):
            fits = [e for e in requests if fold(k.lemma) in folded(e.objects)]
            found = owner(roles, [k.i], taken, avoid, "REJECT") if fits else []
            found = found or [m for e in fits for m in roles.fill(e.target, k.i, [], exclude=taken, avoid=avoid)]
            if found:
                return found
    return []


def answered_request(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> tuple[list[Mention], list[Mention]]:
    """'pressed her to accept it, but she refused', 'naléhala na ministra, aby podepsal, ale odmítl': a refusal verb
    with nothing refused of its own, conjoined to a request, refuses that request: the one asked (or its own named
    subject of the asked one's country: 'asked Germany ..., but Berlin refused') is its source, the one asking its
    target. ([], []) otherwise ('asked Germany to help, but France refused': France's own refusal)."""
    if n.deprel != "conj" or n.head == n.i or tree.children(n.i, "obj", "iobj", "xcomp", "ccomp") \
            or not requests(lex, tree[n.head]):
        return [], []
    head = tree[n.head]
    own = [m for k in tree.children(n.i, "nsubj") if not is_pronoun(k) for m in roles.actors(k.i)]
    for e in lex.entries(head.lemma, head.tok.text, False):
        if lookup_type(e.cameo) == "REQUEST":
            asking, asked = roles.source_target(e, head.i, [])
            if not (asking and asked):
                continue
            if own:
                countries = {country_of(m.code) for m in asked}
                return (own, asking) if all(country_of(m.code) in countries for m in own) else ([], [])
            return asked, asking
    return [], []
