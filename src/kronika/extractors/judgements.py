"""Reported judgements: 'Pompeo said the Assad regime is responsible for war crimes' -> ACCUSE USA -> SYR.

A quote (direct or indirect) whose content holds a judgement cue (data/<lang>/judgements.json: crime, lie, illegal,
failed, nonsense, ...) that is not negated, and whose clause has an actor as its subject, is the speaker's
accusation of that actor (GUIDELINES rule 1: the reported content is the event; a plain statement is not). Nothing
is added where an event was already coded inside the quote or at its cue verb (the content's own act, or 'accused
X of ...'), nor for the speaker judging itself.

A violation of a law or rule (CAMEO 128) reported in a quote of another actor ('Starmer said that Johnson probably
broke the law') is the speaker's accusation of the violator too (violations).

A claim of innocence ('who have pleaded not guilty', 'prohlašují, že jsou nevinní') is a denial of the accusation:
REJECT 016 by the one claimed innocent (GUIDELINES rule 4; keys innocence and guilt).

Dismay at an actor's act ('I am outraged by the decision of the Supreme Court') is read with the judgements
(dismay.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..cameo import plover_type as lookup_type
from ..langpack import load_json
from ..model import Event, Mention, Quote
from .conduct import conduct_owners
from .dedup import one_actor
from .dismay import dismay
from .judgement_words import cues
from .lexicon import Entry
from .modality import attribution_nodes, negative
from .person_antecedents import person_antecedent
from .roles import Roles, country_of
from .sources import quote_speaker
from .udview import Node

JUDGEMENT_CAMEO = "112"  # accuse, not specified below
DENIAL_CAMEO = "016"  # deny responsibility
SUBJECTS = {"nsubj", "nsubj:pass"}
TALK = {"ACCUSE", "REJECT"}  # what a cue verb's own event says about the quote already
ATTRIBUTES = {"amod", "nmod", "obl", "advmod"}  # a negated word of approval there is no predicate on an actor
VIOLATION_CAMEOS = ("128",)  # defy norms, law: reported of another actor, an accusation (violations)
HARMS = {"ASSAULT", "COERCE"}  # acts whose author a word of blame names ('responsible for the attack')
EPITHET_SECTORS = {"GOV", "ELI", "PTY", "LEG", "JUD"}  # political actors an adjective cue judges ("undemocratic PM")
MEDIA = "MED"  # the sector of news media: they report judgements, as judging_source reads them
Build = Callable[[Entry, Node, Mention, Mention | None], Event]


def judgements(roles: Roles, events: list[Event], build: Build) -> list[Event]:
    """ACCUSE events for the quotes of roles.doc that judge an actor (see the module docstring)."""
    doc, tree = roles.doc, roles.tree
    words, flipped = cues(doc.lang or ""), cues(doc.lang or "", "negated_cues")
    if not words:
        return []
    out = dismay(roles, events, build)  # 'Jsem pobouřen rozhodnutím soudu': a reaction of dismay judges the act
    for q in doc.quotes:
        content = [n for n in tree.nodes if q.span[0] <= n.tok.start and n.tok.end <= q.span[1]]
        found = [(n, m) for n in content if _judging(roles, n, words, flipped) for m in _judged(roles, n)[:1]]
        if not found or _coded(roles, q, found[0][0], events):
            continue
        cue, target = found[0]
        e = Entry(lemma=cue.lemma, cameo=JUDGEMENT_CAMEO, id=f"{roles.lex.lang}-reported-judgement")
        for speaker in quote_speaker(doc, cue, q)[0] or _actor_at_cue(roles, q, events):  # one per member
            if (speaker.code or "").endswith(MEDIA):
                continue  # 'the Post reported that X failed': the medium reports a judgement, it accuses no one
            if _another(speaker, target):  # not the speaker judging itself
                out.append(build(e, cue, speaker, target))
    return out


def _another(judge: Mention, judged: Mention) -> bool:
    """Is the judged actor another than the judge? Not one actor twice (dedup.one_actor); of one code only when both
    are proper names, not role nouns ('Starmer said Johnson broke the law'; not 'bank executives' on their bank)."""
    if one_actor(judged, judge):
        return False
    return judge.code != judged.code or (judge.name[:1].isupper() and judged.name[:1].isupper())


def _actor_at_cue(roles: Roles, q: Quote, events: list[Event]) -> list[Mention]:
    """A quote without a speaker whose cue verb is a participle of a verb that codes an act ('the Commission, which is
    withholding funds from Poland, saying the government's policies erode ...'): the act's source said it."""
    tree = roles.tree
    cue = next((n for n in tree.nodes if q.cue_span and n.tok.start == q.cue_span[0]), None)
    if cue is None or cue.deprel != "advcl" or cue.head == cue.i:
        return []
    head = tree[cue.head]
    spans = [e.source.span for e in events if e.span[0] <= head.tok.start < e.span[1] and e.trigger == head.tok.text
             and e.source is not None and e.source.span]
    return [m for m in roles.doc.mentions if m.span in spans][:1]


def _coded(roles: Roles, q: Quote, cue: Node, events: list[Event]) -> bool:
    """An event already coded in the quote on the cue's own line of heads (the content's own act: 'said Russia
    attacked Ukraine illegally'; not a coordinated clause: 'is trying to confuse us, but we won't let them force us'),
    or an accusation or rejection at its cue verb ('accused X, saying ...'; not 'withholding funds, saying ...': the
    sanction and the judgement are two acts)."""
    tree = roles.tree
    line = {cue.i, *(a.i for a in tree.ancestors(cue.i))}
    for e in events:
        if not (q.span[0] <= e.span[0] and e.span[1] <= q.span[1]):
            continue
        at = [n for n in tree.nodes if e.span[0] <= n.tok.start < e.span[1] and n.tok.text == e.trigger]
        if any(n.i in line or cue.i in {a.i for a in tree.ancestors(n.i)} for n in at):
            return True
    return bool(q.cue_span and any(e.span[0] == q.cue_span[0] and e.type in TALK for e in events))


def _judging(roles: Roles, n: Node, words: frozenset[str], flipped: frozenset[str]) -> bool:
    """A judgement cue not negated ('lied'), or a word of approval negated (key negated_cues: 'are not concrete
    enough', 'nejsou dostatečné', 'was not fair'); as the predicate, not an attribute ('new, not fully democratic,
    regimes' names no one's fault)."""
    if _cue(roles, n, words) or _harms(roles, n) or _blamed(roles, n, words):
        return not _negated(roles, n, _prefixed(roles, n, words))
    return _cue(roles, n, flipped) and n.deprel.split(":")[0] not in ATTRIBUTES and _negated(roles, n)


def _harms(roles: Roles, n: Node) -> bool:
    """A verb of harm whose object is a public good (key harmed_goods: 'narušuje soudní nezávislost', 'oslabuje
    demokracii'); not the same verb on other things ('naruší dodavatelské řetězce')."""
    goods = harmed_goods(roles.lex.lang).get(n.lemma.lower(), frozenset())
    return any(k.lemma.lower() in goods for k in roles.tree.children(n.i, "obj"))


def _blamed(roles: Roles, n: Node, words: frozenset[str]) -> bool:
    """'Russia is responsible for the attack', 'za útok je odpovědné Rusko': a word of blame (key blame_words) whose
    for-phrase (key blame_preps) names an attack or coercion (a judgement cue there is the cue itself: 'responsible for
    war crimes'); not 'responsible for health'."""
    lang = roles.lex.lang
    if n.lemma.lower() not in cues(lang, "blame_words"):
        return False
    tree, preps = roles.tree, cues(lang, "blame_preps")
    acts = [k for k in tree.children(n.i, "obl", "nmod") if tree.case_words(k.i) & preps]
    acts += [p for k in tree.children(n.i, "prep") if k.lemma.lower() in preps for p in tree.children(k.i, "pobj")]
    return any(k.lemma.lower() not in words and any(lookup_type(e.cameo) in HARMS for e in
                                                    roles.lex.entries(k.lemma, k.tok.text, True)) for k in acts)


@cache
def harmed_goods(lang: str) -> dict[str, frozenset[str]]:
    """Verb lemma -> the object lemmas that make it a judgement (data/<lang>/judgements.json key harmed_goods)."""
    try:
        data = load_json(lang, "judgements.json")
    except FileNotFoundError:
        return {}
    return {v: frozenset(objs) for verbs, objs in data.get("harmed_goods", {}).items() for v in verbs.split(",")}


def _negated(roles: Roles, n: Node, prefixed: bool = False) -> bool:
    """'no wrongdoing', 'did not commit any fraud', 'nelhal': the cue or the word it depends on is negated (the
    language's negative forms and negators, as modality reads them); a cue that is itself a negative-prefixed word
    ('nezákonný') is not negated by its own prefix."""
    tree, lex = roles.tree, roles.lex
    negators = lex.words("negators")
    if any(negative(lex, k) for k in tree.children(n.i, "cop", "aux")):
        return True  # 'vláda není nezákonná': the copula carries the negation
    return any((negative(lex, x) and not (prefixed and x is n))
               or any(k.lemma.lower() in negators for k in tree.children(x.i, "advmod", "det", "neg"))
               for x in (n, tree[n.head]) if x is n or n.deprel != "conj")  # 'nebezpečný a nedemokratický': the
    # first conjunct's own prefix does not negate the second


def _prefixed(roles: Roles, n: Node, words: frozenset[str]) -> bool:
    """Is the cue a negative-prefixed word the lemmatizer stripped ('nezákonný' -> 'zákonný', grammar key
    negative_prefix) whose prefixed form is in the list?"""
    prefix = roles.lex.grammar.get("negative_prefix")
    return isinstance(prefix, str) and bool(prefix) and negative(roles.lex, n) \
        and n.lemma.lower() not in words and prefix + n.lemma.lower() in words


def _cue(roles: Roles, n: Node, words: frozenset[str]) -> bool:
    """A judgement word used as such: not part of a name ('Criminal Investigation Police') nor a noun modifier
    ('financial crime prevention'); the lemma or its negative-prefixed form ('nezákonný')."""
    word = n.lemma.lower() in words or _prefixed(roles, n, words)
    return word and n.upos != "PROPN" and n.deprel not in {"compound", "flat", "flat:name"}


CLAUSE = {"root", "ccomp", "advcl", "parataxis", "csubj"}  # xcomp: its subject is the clause's


def _judged(roles: Roles, cue: Node) -> list[Mention]:
    """The actor the judgement is about: the subject of the clause the cue stands in, within two steps of the
    clause head ('the regime is responsible for war crimes', 'vláda zneužívá policii'), a 'he' or 'she' the person
    named before ('Critics say he remains inseparable from apartheid-era crimes'), or the actor an adjective cue
    describes ('removing "this dangerous and undemocratic prime minister"'); a cue deeper down ('helps to know the
    man who fought against oppression') judges no one in particular."""
    tree, x = roles.tree, cue
    if epithet := _epithet(roles, cue):
        return epithet
    aside = cues(roles.lex.lang, "aside_preps")
    for _ in range(4):
        if tree.case_words(x.i) & aside:
            return []  # 'fights against corruption', 'despite the abuse, the squatters ...': not the subject's deed
        if x is cue and cue.upos == "VERB" and tree.children(cue.i, "nsubj:pass", "nsubjpass"):
            return []  # 'They say he was tortured': the passive subject suffered the act, no one is judged
        subj = [m for k in tree.children(x.i, *SUBJECTS) if k.i != cue.i
                for m in roles.actors(k.i) or _agent(roles, k) or _owner(roles, k)
                if country_of(m.code)[:3].isalpha()] or person_antecedent(roles, x.i)
        if x.deprel.startswith("acl") and tree[x.head].upos not in {"DET", "PRON"}:
            return []  # 'the man who fought against oppression': a description, not the quote's claim; a clause
            # of a demonstrative is the claim's content ('s tím, že vládní politika narušuje nezávislost')
        if subj or x.deprel in CLAUSE or x.head == x.i:
            return subj
        x = tree[x.head]
    return []


def _epithet(roles: Roles, cue: Node) -> list[Mention]:
    """The actor an adjective cue describes, also one coordinated with another adjective ('dangerous and
    undemocratic prime minister', 'nebezpečného a nedemokratického předsedu vlády')."""
    adj, tree = cue, roles.tree
    while adj.deprel == "conj" and adj.head != adj.i and tree[adj.head].upos == "ADJ":
        adj = tree[adj.head]
    if cue.upos != "ADJ" or adj.deprel != "amod":
        return []
    named = roles.mention_at(adj.head)  # the described noun's own mention, not an antecedent it may be read as
    found = [named] if named is not None and named.code else roles.actors(adj.head)
    return [m for m in found if (m.code or "")[3:6] in EPITHET_SECTORS]  # 'illegal migrants', 'criminal gangs':
    # a description of a group, no one's judgement of a political actor


def _agent(roles: Roles, subj: Node) -> list[Mention]:
    """'the proposals sent in by the UK are not concrete enough': the agent of a participle or relative clause that
    describes a subject naming no actor is whom the judgement is about."""
    tree = roles.tree
    return [m for a in tree.children(subj.i, "acl") for g in tree.children(a.i, "obl:agent") for m in roles.actors(g.i)]


def _owner(roles: Roles, subj: Node) -> list[Mention]:
    """'the current actions of Ms Suu Kyi are regrettable', 'postup vlády je nezákonný': a subject that names an
    actor's conduct (key conduct_nouns) judges its owner (conduct.conduct_owners)."""
    return conduct_owners(roles, subj)


def violations(roles: Roles, events: list[Event], build: Build) -> list[Event]:
    """ACCUSE 112 by the speaker of a quote that reports another actor's violation of a law or rule (CAMEO 128:
    'Starmer said that Boris Johnson probably broke the law', 'Podle opozice vláda porušila zákon'): the reported
    content is the violation, reporting it of someone else is an accusation; none where the cue verb already accuses
    ('accused X of breaking the law')."""
    doc, tree, out = roles.doc, roles.tree, list[Event]()
    for e in events:
        q = next((q for q in doc.quotes if q.span[0] <= e.span[0] and e.span[1] <= q.span[1]), None)
        if not e.cameo.startswith(VIOLATION_CAMEOS) or e.negated or e.hypothetical or e.source is None \
                or any(x.type in TALK and q and q.cue_span and x.span[0] == q.cue_span[0] for x in events):
            continue
        n = next((n for n in tree.nodes if e.span[0] <= n.tok.start < e.span[1] and n.tok.text == e.trigger), None)
        culprit = [m for m in doc.mentions if m.span == e.source.span and m.code == e.source.code][:1]
        if n is None or not culprit:
            continue
        entry = Entry(lemma=n.lemma, cameo=JUDGEMENT_CAMEO, id=f"{roles.lex.lang}-reported-violation")
        accusers = quote_speaker(doc, n, q)[0] if q is not None else [  # 'Podle opozice vláda porušila zákon'
            m for a in attribution_nodes(tree, roles.lex, n.i, [culprit[0].head]) for m in roles.actors(a.i)]
        out.extend(build(entry, n, s, culprit[0]) for s in accusers
                   if country_of(s.code)[:3].isalpha() and not (s.code or "").endswith(MEDIA)
                   and _another(s, culprit[0]))
    return out


def innocence(roles: Roles, events: list[Event], build: Build) -> list[Event]:
    """REJECT 016 for each claim of innocence: an innocence word not negated or a guilt word negated, by who claims it
    (_denier); none where the sentence already codes a rejection ('denied being guilty')."""
    doc, tree = roles.doc, roles.tree
    innocent, guilt = cues(doc.lang or "", "innocence"), cues(doc.lang or "", "guilt")
    out: list[Event] = []
    for n in tree.nodes:
        word = n.lemma.lower()
        if not ((word in innocent and not _negated(roles, n)) or (word in guilt and _negated(roles, n))):
            continue
        if n.upos == "PROPN" or any(e.sentence == n.tok.sent and e.type == "REJECT" for e in events + out):
            continue
        denier = _denier(roles, n)
        if denier:
            e = Entry(lemma=n.lemma, cameo=DENIAL_CAMEO, id=f"{roles.lex.lang}-innocence")
            out.append(build(e, n, denier[0], None))
    return out


def _denier(roles: Roles, n: Node) -> list[Mention]:
    """Who claims the innocence: the speaker of the quote it stands in, about themselves ('prohlašují, že jsou
    nevinní', '"I am innocent"'), else the subject of the verb it completes ('who have pleaded not guilty'); not the
    person a court or another actor finds innocent ('soud rozhodl, že je nevinný', a mother's '"He is innocent"')."""
    doc, tree = roles.doc, roles.tree
    q = next((q for q in doc.quotes if q.span[0] <= n.tok.start and n.tok.end <= q.span[1]), None)
    if q is not None:
        return quote_speaker(doc, n, q)[0] if _own_claim(roles, n, q.direct) else []
    head = tree[n.head]
    if n.deprel not in {"xcomp", "acomp", "oprd", "obj", "dobj"} or head.upos != "VERB":
        return []
    return [m for k in tree.children(head.i, *SUBJECTS) for m in roles.actors(k.i) if country_of(m.code)[:3].isalpha()]


def _own_claim(roles: Roles, n: Node, direct: bool) -> bool:
    """Is the quoted innocence the speaker's own: a direct quote in the first person ('Jsem nevinný', 'I am
    innocent'), or reported speech whose clause names no other subject ('said she felt innocent')?"""
    tree, clause = roles.tree, [n]
    while clause[-1].deprel.split(":")[0] not in CLAUSE and clause[-1].head != clause[-1].i and len(clause) < 3:
        clause.append(tree[clause[-1].head])  # up to the head of the cue's own clause, not the reporting verb's
    words = [w for c in clause for w in [c, *tree.children(c.i, "nsubj", "nsubj:pass", "aux", "cop")]]
    if direct:
        return any(w.feat("Person") == "1" for w in words)
    return not any(k.upos in {"NOUN", "PROPN"} for c in clause for k in tree.children(c.i, *SUBJECTS))
