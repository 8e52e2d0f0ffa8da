"""The patient of a passive whose subject is a personal pronoun or dropped: 'Police detained Navalny. He was
released', 'Policie zadržela Navalného. V pondělí byl propuštěn' (target: Navalny).

The antecedent is an actor argument of the clauses before the passive, in its own sentence or the previous one, that
agrees with the pronoun (English: pronouns.fits and number; a pro-drop language: the passive verb's gender and
number): their patient (object or passive subject) first, else their subject; where nouns show gender (cs), and for
'they', the nearest agreeing noun decides, and it may be no actor ('Vláda zveřejnila zprávu. Byla odmítnuta': the
report). A neuter 'it' ('It was released' after a sentence about a report; cs 'Bylo zveřejněno') stands for a thing
or a body: only the previous clauses' patient, none when the nearest agreeing one is no actor (no search for a person).
A cs demonstrative subject ('Ten byl obviněn') is the last actor named before it (subjects._last_named).
"""

from __future__ import annotations

from ..actors.lexicon import lexicon
from ..model import Mention
from .agreement import agrees_with
from .pronouns import ORG_SECTORS, _agrees, fits
from .roles import Roles
from .subjects import _last_named
from .udview import Node

PASSIVE_SUBJECTS = ("nsubj:pass", "nsubj")
PATIENTS = frozenset({"obj", "nsubj:pass"})
SUBJECTS = frozenset({"nsubj"})
NOMINALS = frozenset({"NOUN", "PROPN"})


def passive_patient(roles: Roles, trigger: int) -> list[Mention]:
    """The actor a pronoun or dropped passive subject stands for ([] when none or not such a passive)."""
    tree = roles.tree
    verb = roles.shared_passive(trigger) or tree[trigger]
    if not roles.is_passive(trigger) or tree[trigger].deprel.startswith("acl") or verb.deprel.startswith("acl") \
            or tree.reduced_relative(trigger) is not None:
        return []
    subj = tree.children(verb.i, *PASSIVE_SUBJECTS)
    pron = subj[0] if len(subj) == 1 else None
    if pron is None and (subj or not roles.lex.grammar.get("pro_drop") or not _finite_passive(roles, verb)):
        return []
    if pron is not None and pron.feat("PronType") == "Dem" and roles.lex.grammar.get("pro_drop") \
            and pron.feat("Gender") in {"Masc", "Fem"} and pron.i < verb.i:
        return _last_named(roles, verb.i, pron)  # 'Policie zadržela Nováka. Ten byl obviněn': the last one named
    if pron is not None and not (pron.upos == "PRON" and pron.feat("PronType") == "Prs"
                                 and pron.feat("Person") == "3" and pron.feat("Reflex") != "Yes"):
        return []
    quote = roles.quotes.at((tree[trigger].tok.start, tree[trigger].tok.end))
    if quote is not None and quote.direct:
        return []  # a speaker's 'he' may be anyone he has in mind
    neuter = _neuter(pron if pron is not None else verb)
    blocks = neuter or not roles.lex.grammar.get("genderless_nouns") or (pron is not None and _plural(pron))
    for rels in (PATIENTS,) if neuter else (PATIENTS, SUBJECTS):
        for c in _arguments(roles, verb, rels):
            found = [m for m in roles.actors(c.i) if _fits(roles, verb, pron, c, m)]
            if found:
                return found
            if blocks and _agrees_node(roles, verb, pron, c):
                return []  # 'The ministry published a report. It was released': the report, no actor
    return []


def _plural(n: Node) -> bool:
    """A plural form ('they')."""
    return n.feat("Number") == "Plur"


def _neuter(n: Node) -> bool:
    """A neuter singular form: English 'it', cs 'bylo propuštěno'."""
    return n.feat("Gender") == "Neut" and n.feat("Number") != "Plur"


def _finite_passive(roles: Roles, verb: Node) -> bool:
    """A passive participle with a finite or past auxiliary of the third person ('byl propuštěn', not 'být
    propuštěn', 'byl jsem propuštěn')."""
    auxes = roles.tree.children(verb.i, "aux:pass", "aux")
    return any(a.feat("VerbForm") in {"Fin", "Part"} for a in auxes) \
        and not any(a.feat("Person") in {"1", "2"} for a in auxes)


def _arguments(roles: Roles, verb: Node, rels: frozenset[str]) -> list[Node]:
    """Bare nominal arguments of the given relations before the verb: in its sentence (nearest first), then in the
    previous sentence (its main clause first, then nearest first); direct quotes left out."""
    tree, doc = roles.tree, roles.doc
    sent = doc.sentences[verb.tok.sent]
    spans = [(sent.start, verb.i)]
    if sent.i > 0:
        prev = doc.sentences[sent.i - 1]
        spans.append((prev.start, prev.end))
    out: list[Node] = []
    for start, end in spans:
        nodes = [tree[j] for j in range(end - 1, start - 1, -1)]
        found = [c for c in nodes if c.deprel in rels and c.upos in NOMINALS and not tree.has_case(c.i)
                 and roles.quotes.at((c.tok.start, c.tok.end)) is None]
        found.sort(key=lambda c: not _main(roles, c))
        out.extend(found)
    return out


def _main(roles: Roles, c: Node) -> bool:
    """An argument of its sentence's main verb (or of a verb coordinated with it)."""
    v = roles.tree[c.head]
    while v.deprel == "conj" and v.head != v.i:
        v = roles.tree[v.head]
    return v.head == v.i


def _agrees_node(roles: Roles, verb: Node, pron: Node | None, c: Node) -> bool:
    """Agreement of the pronoun (or, when dropped, the passive verb) with a candidate noun."""
    if pron is not None:
        return _agrees(roles, pron, c)
    return agrees_with(roles, verb.i, c, False)


def _fits(roles: Roles, verb: Node, pron: Node | None, c: Node, m: Mention) -> bool:
    """A resolved actor of the candidate's own phrase that the pronoun may stand for."""
    if not m.code or m.status != "resolved" or not _agrees_node(roles, verb, pron, c) \
            or (c.deprel in SUBJECTS and m.code.endswith("MED")):
        return False  # a newspaper that reports is no antecedent; journalists held are
    return pron is None or _kind(roles, pron, m)


def _kind(roles: Roles, pron: Node, m: Mention) -> bool:
    """English 'he/she' a person, a person's title or a singular person noun, 'it' a state or body (pronouns.fits),
    'they' anyone."""
    if pron.feat("Gender") in {"Masc", "Fem"} and pron.feat("Number") != "Plur":
        return m.kind == "PER" or roles.tree[m.head].lemma.lower() in lexicon(roles.lex.lang).person_roles \
            or _person_noun(roles, m)
    return m.kind == "GRP" if _plural(pron) else fits(roles, pron, m)


def _person_noun(roles: Roles, m: Mention) -> bool:
    """A singular noun for one person ('Police arrested a man / a German journalist. He was released'), not a body
    ('the company', 'the club': actors org_words, organisation sectors), as pronouns.fits reads 'he/she'."""
    head, words = roles.tree[m.head], lexicon(roles.lex.lang)
    lemma = head.lemma.lower()
    return m.kind == "GRP" and head.feat("Number") == "Sing" and lemma not in words.org_words \
        and (lemma in words.sectors or not (m.code or "").endswith(ORG_SECTORS))
