"""Object and possessive personal pronouns as event arguments: 'the police arrested him', 'propustil ho klub',
'ocenila jeho hrdinství', 'criticised its leaders' stand for an actor named before them.

The antecedent is the nearest nominal before the pronoun, in its sentence or the MAX_BACK before, that agrees with
it (gender and number where the morphology gives them; English 'him/her' only persons, 'it/its' no person), other
than the subject of the pronoun's own clause. When that nominal is no actor ('sold them', the houses), the pronoun
has none: a farther actor is not taken past it. A named person in a prepositional phrase counts ('spoke with Putin.
He urged him'); a state named as a place yields to a subject before it ('Orbán navštívil Peking. Si ho přijal'); in a
pro-drop language the subject an earlier sentence hands to the pronoun's subjectless verb is not its antecedent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.lexicon import lexicon
from ..model import Mention
from .gender import compatible
from .owners import relative_antecedent
from .quotes_lex import cue_lexicon
from .udview import Node

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .roles import Roles
    from .udview import Tree

MAX_BACK = 1  # sentences before the pronoun's own one where its antecedent may stand
HEADS = frozenset({"NOUN", "PROPN"})
INNER = ("flat", "compound", "fixed", "goeswith", "appos", "amod")  # parts of a name or phrase, not its head
SUBJECTS = ("nsubj", "csubj", "expl")
# Where an antecedent stands: a clause's argument, not a modifier ('rezignaci Xiho') nor a noun in a prepositional
# phrase ('in the Senate'; cs phrases have a 'case' child, checked apart)
ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "dobj", "iobj", "obl", "obl:arg", "conj", "root", "dative",
                       "appos"})
ORG_SECTORS = ("BUS", "MED", "NGO", "EDU")  # bodies a singular role noun may name ('the company'): not 'him'
STATE_KINDS = frozenset({"GPE", "ORG", "IGO", "GRP"})  # what English 'it' may stand for (an organisation or state)
NAMED_KINDS = frozenset({"ORG", "IGO", "PER"})  # named bodies and persons (named_child)
ONE = frozenset({"1", "one", "jeden", "a"})  # a numeral that leaves its noun singular
# subjects.inherited_source rules that name the subject a dropped one continues (carried_actor)
CARRIED_RULES = ("shared-subject", "antecedent:clause-subject", "antecedent:previous-sentence", "antecedent:relative")


def pronoun_homographs(tree: Tree, lex: Lexicon) -> list[str]:
    """A pronoun form the tagger read as another word (grammar key pronoun_homographs: cs 'je' = them, tagged 'is')
    that the parse makes a verb's object is that pronoun ('Armáda zadržela mladíky. Obvinila je z házení kamenů')."""
    forms: dict[str, dict[str, str]] = lex.grammar.get("pronoun_homographs", {})
    notes = []
    for n in tree.nodes:
        feats = forms.get(n.tok.text.lower())
        if feats and n.upos != "PRON" and n.deprel in {"obj", "iobj"} and tree[n.head].upos == "VERB":
            n.pos, n.morph = "PRON", dict(feats)
            notes.append(f"pronoun: {n.tok.text}@{n.i} is the object pronoun of {tree[n.head].tok.text}")
    return notes


def personal(n: Node) -> bool:
    """A third-person personal pronoun that is not the clause's subject and not a reflexive ('ho', 'jí', 'him',
    'its', 'jejich')."""
    return n.upos in {"PRON", "DET"} and n.feat("PronType") == "Prs" and n.feat("Person") == "3" \
        and n.feat("Reflex") != "Yes" and not n.deprel.startswith(SUBJECTS)


def pronoun_actor(roles: Roles, n: Node) -> Mention | None:
    """The actor an object or possessive personal pronoun stands for, or None."""
    quote = roles.quotes.at((n.tok.start, n.tok.end))
    if not personal(n) or (quote is not None and quote.direct):  # a speaker's 'him' may be anyone he has in mind
        return None
    tree, doc = roles.tree, roles.doc
    verb = _clause_head(roles, n)
    genderless = bool(roles.lex.grammar.get("genderless_nouns"))
    first = doc.sentences[max(0, n.tok.sent - MAX_BACK)].start
    place: Mention | None = None  # a state named as a place or object, taken only when no subject is before it
    for j in range(n.i - 1, first - 1, -1):
        c = tree[j]
        if not _candidate(roles, n, c):
            continue
        if (d := dropped_subject(roles, c.i, n.i, verb)) is not None:
            return place or carried_actor(roles, n, d)  # 'poté, co nesl transparent požadující Xiho rezignaci,
            # napsal, jak ho …': the unnamed subject in between is the likelier antecedent
        found = [m for m in _actors(roles, c) if fits(roles, n, m)]
        if place is None and _modifier_person(roles, n, c, found) and not _own_subject(roles, found[0], verb):
            return found[0]  # 'condemned the visit of Vladimir Putin and urged the court to arrest him'
        if c.deprel not in ARGUMENTS or (tree.has_case(c.i) and (tree.has_case(n.i) or not _party(roles, found))) \
                or (not found and (c.deprel.split(":")[0] == "obl"
                                   or (genderless and n.feat("Gender") in {"Masc", "Fem"}))):
            continue  # a place or a thing in a phrase ('přiletěl do Pekingu. ... ho'), a time ('minulý měsíc');
            # English nouns show no sex; a person in a phrase is one for a bare object ('telefonoval s Putinem.
            # Vyzval ho'), not for a pronoun in a phrase itself ('na svém ranči, protože na něm nepobýval')
        if verb is not None and _subject_of(roles, c, verb):
            if genderless and n.feat("Poss") == "Yes":
                return None  # 'Qatar stepped up its efforts': with no 'svůj', a possessive may be the subject's own
            continue  # 'Berlín jí odmítl pomoci': not the clause's own subject (a reflexive would say so)
        if carried_subject(roles, c, n, verb):
            return place  # 'Zelenskyj se setkal s papežem. Požádal ho': the dropped subject is Zelenskyj, not 'ho'
        if found and _own_subject(roles, found[0], verb):
            continue  # 'Guaido met Pompeo. Pompeo assured him': the subject named again is not 'him'
        if place is None and found and _place(c, found[0]):
            place = found[0]  # 'Orbán navštívil Peking. Si Ťin-pching ho přijal': the person subject before it
            continue
        if place is not None and not (found and c.deprel.startswith("nsubj")):
            continue
        return found[0] if found else place
    return place


def _modifier_person(roles: Roles, n: Node, c: Node, found: list[Mention]) -> bool:
    """A person named as a noun's modifier ('the visit of Vladimir Putin', 'Suu Kyi's silence', 'návštěvu Vladimira
    Putina') for a singular he/she pronoun, when the noun it modifies cannot be that pronoun: no person fitting it
    ('the lawyer of Navalny ... him' stays open) and, where nouns have gender, not agreeing with it ('ochranku
    Le Penové ... ji' may be the guard)."""
    tree = roles.tree
    if c.deprel.split(":")[0] != "nmod" or not _party(roles, found) or c.head == c.i or c.tok.sent != n.tok.sent \
            or (tree.has_case(c.i) and tree.has_case(n.i)) \
            or _subject_between(roles, c, n):
        return False
    genders = {g for g, num in _readings(roles, n) if num != "Plur"}
    if n.feat("Number") != "Plur":
        genders |= set((n.feat("Gender") or "").split(","))
    if not genders & {"Masc", "Fem"}:
        return False  # 'it', 'them': a body or a group, not the person a phrase names
    head = tree[c.head]
    if any(fits(roles, n, m) for m in roles.by_head.get(head.i, [])):
        return False
    return bool(roles.lex.grammar.get("genderless_nouns")) or not _agrees(roles, n, head)


def _subject_between(roles: Roles, c: Node, n: Node) -> bool:
    """Is there a subject between a candidate and the pronoun, the likelier antecedent ('calling for Xi's resignation,
    he wrote of how police stormed his home'), other than the pronoun's own clause's ('Lucie Bílá's father never
    supported her'; in English a possessive may be its own subject's: 'Putin's aide praised his ...')?"""
    verb, tree = _clause_head(roles, n), roles.tree
    own_ok = not (roles.lex.grammar.get("genderless_nouns") and n.feat("Poss") == "Yes")
    return any(tree[j].deprel.startswith(SUBJECTS) and tree[j].upos in {*HEADS, "PRON", "X"}
               and not (own_ok and verb is not None and _subject_of(roles, tree[j], verb))
               for j in range(c.i + 1, n.i))


def _place(c: Node, m: Mention) -> bool:
    """A state named as an object or adverbial ('navštívil Peking'), not as an acting subject."""
    return m.kind == "GPE" and not c.deprel.startswith("nsubj")


def carried_subject(roles: Roles, c: Node, n: Node, verb: int | None) -> bool:
    """In a pro-drop language, is the candidate the subject of an earlier sentence while the pronoun's own verb has no
    subject of its own (the dropped subject continues that one, and a non-reflexive pronoun is someone else)?"""
    if not roles.lex.grammar.get("pro_drop") or verb is None or roles.tree.children(verb, *SUBJECTS):
        return False
    v = roles.tree[verb]  # a finite verb: an infinitive has no subject to carry ('je třeba ho odstranit')
    return c.tok.sent < n.tok.sent and c.deprel.startswith("nsubj") and v.upos == "VERB" and _finite(v)


def pronoun_noun(roles: Roles, n: Node) -> Node | None:
    """The nominal an object personal pronoun stands for when it is no actor: the nearest agreeing argument noun
    before it, other than its clause's subject ('EU uvalila sankce. Moskva je odsoudila': 'sankce')."""
    if not personal(n) or n.feat("Poss") == "Yes" or roles.tree.has_case(n.i):
        return None
    tree, verb = roles.tree, _clause_head(roles, n)
    first = roles.doc.sentences[max(0, n.tok.sent - MAX_BACK)].start
    for j in range(n.i - 1, first - 1, -1):
        c = tree[j]
        if not _candidate(roles, n, c) or c.deprel not in ARGUMENTS or tree.has_case(c.i) \
                or (verb is not None and _subject_of(roles, c, verb)):
            continue
        return None if roles.by_head.get(c.i) or c.deprel.split(":")[0] == "obl" else c
    return None


def _party(roles: Roles, found: list[Mention]) -> bool:
    """A person, named or by a title ('spoke with Vladimir Putin', 's ruským prezidentem'): a party wherever it
    stands, not a place."""
    titles = lexicon(roles.lex.lang).person_roles
    return any(m.kind == "PER" or (m.kind == "GRP" and roles.tree[m.head].lemma in titles) for m in found)


def _actors(roles: Roles, c: Node) -> list[Mention]:
    """The actors a candidate nominal names: its own mention, else that of its adjective ('Chinese hackers': CHN;
    not 'the EU aid package')."""
    own = roles.by_head.get(c.i, [])
    if own or roles.tree.has_case(c.i):
        return own
    return [m for k in roles.tree.children(c.i, "amod") if (m := roles.by_token.get(k.i)) is not None][:1]


def _own_subject(roles: Roles, m: Mention, verb: int | None) -> bool:
    """Is the actor the same one as the subject of the pronoun's clause ('met Pompeo. Pompeo assured him': not
    Pompeo again; a reflexive would say so)?"""
    return verb is not None and any(
        (s := roles.by_token.get(k.i)) is not None and s.code == m.code
        and (s.actor_id or s.name) == (m.actor_id or m.name) for k in roles.tree.children(verb, *SUBJECTS))


def _candidate(roles: Roles, n: Node, c: Node) -> bool:
    """A nominal head outside direct quotes (whom a quoted speaker talks about is not the narrative's referent),
    not a word inside a name ('Si Ťin-pching'), agreeing with the pronoun."""
    inside, q = roles.by_token.get(c.i), roles.quotes.at((c.tok.start, c.tok.end))
    named = c.upos == "X" and c.i in roles.by_head  # a foreign name tagged X ('výroky Marine Le Penové')
    return (c.upos in HEADS or named) and c.deprel.split(":")[0] not in INNER \
        and (inside is None or inside.head == c.i) and (q is None or not q.direct) and _agrees(roles, n, c)


def clause_standin(roles: Roles, n: Node) -> Mention | None:
    """'protestoval proti tomu, že vláda zvýšila daně': a demonstrative under an opposing preposition (grammar key
    opposing_preps) stands for its content clause, whose subject is the actor opposed."""
    if n.feat("PronType") != "Dem" or n.upos not in {"PRON", "DET"} or not roles.tree.case_words(n.i) & roles.opposing:
        return None
    for c in roles.tree.children(n.i, "acl", "ccomp"):
        for k in roles.tree.children(c.i, "nsubj", "nsubj:pass"):
            if c.deprel != "acl:relcl" and (m := roles.actor_of(k.i)) is not None:
                return m
    return None


def named_child(roles: Roles, n: Node) -> Mention | None:
    """'palestinské hnutí Hamás', 'libanonské hnutí Hizballáh': a noun that is no actor itself, followed by the name of
    a body or person (a bare noun modifier, apposition or flat name), stands for that name, not for the state its
    adjective names."""
    if n.upos != "NOUN":
        return None
    for k in roles.tree.children(n.i):
        m = roles.by_token.get(k.i)
        if m is not None and k.i > n.i and m.start > n.i and m.kind in NAMED_KINDS \
                and k.deprel.split(":")[0] in {"nmod", "appos", "flat"} and not roles.tree.has_case(k.i):
            return m
    return None


def possessor(roles: Roles, k: Node) -> Mention | None:
    """The actor a possessive personal pronoun under an argument noun stands for ('Senát ocenil jeho odvahu'), or a
    possessive relative ('the Taliban, whose members attacked ...': relative_antecedent)."""
    if k.feat("Poss") != "Yes":
        return None
    if personal(k):
        return pronoun_actor(roles, k)
    found = relative_antecedent(roles.tree, roles.lex, k)
    return roles.actor_of(found.i) if found is not None else None



def dropped_subject(roles: Roles, start: int, end: int, verb: int | None) -> int | None:
    """In a language that drops subjects (grammar key pro_drop), the last finite verb between two tokens, other
    than the pronoun's own, with no subject of its own; None when there is none."""
    if not roles.lex.grammar.get("pro_drop"):
        return None
    tree = roles.tree
    return next((j for j in range(end - 1, start, -1) if tree[j].upos == "VERB" and _finite(tree[j]) and j != verb
                 and not tree.children(j, *SUBJECTS) and tree[j].deprel != "conj"), None)


def carried_actor(roles: Roles, n: Node, verb: int) -> Mention | None:
    """'Přiznala, že do vozidla narazila jiná jeptiška, která ji požádala o pomoc': the actor the subjectless verb
    between the pronoun and its candidates continues (subjects.inherited_source), when the pronoun agrees with that
    verb in gender and number and may stand for that actor."""
    from .subjects import inherited_source  # subjects reads this module

    tree, own = roles.tree, _clause_head(roles, n)
    while own is not None and tree[own].deprel == "xcomp" and tree[own].head != own:
        own = tree[own].head  # 'měla by se ho EU chytit': the modal's subject is the clause's own, not 'ho'
    if own == verb or not _agrees(roles, n, tree[verb]):
        return None
    found, how = inherited_source(roles, verb)
    if not how.startswith(CARRIED_RULES):
        return None  # the nearest argument before a dropped subject ('antecedent:sentence') is only a guess
    found = [m for m in found if fits(roles, n, m) and m.head < n.i]
    return found[0] if len(found) == 1 else None


def _finite(v: Node) -> bool:
    """A finite verb, or an active past participle (cs 'napsal': its auxiliary is dropped in the third person)."""
    return v.feat("VerbForm") == "Fin" or (v.feat("VerbForm") == "Part" and v.feat("Voice") == "Act"
                                           and v.feat("Tense") == "Past")


def _subject_of(roles: Roles, c: Node, verb: int) -> bool:
    """Is the nominal (or the first conjunct it is coordinated with) a subject of the verb or of a verb it is
    coordinated with ('Berlín odmítl a kritizoval ji')?"""
    while c.deprel == "conj" and c.head != c.i:
        c = roles.tree[c.head]
    verbs = {verb}
    v = roles.tree[verb]
    while v.deprel == "conj" and v.head != v.i and not roles.tree.children(v.i, *SUBJECTS):
        v = roles.tree[v.head]  # a shared subject; not one of a clause with its own ('X požádala, ale Y ji …')
        verbs.add(v.i)
    if (c.head in verbs and c.deprel.startswith(SUBJECTS)) or _controller(roles, c, verb):
        return True
    # a relative pronoun subject stands for the noun its clause modifies ('hosted the president, who asked him', 'přijal
    # prezidenta, který ho požádal'): the pronoun is not that noun either
    return any(roles.antecedent(k).i == c.i for x in verbs for k in roles.tree.children(x, *SUBJECTS))


def _controller(roles: Roles, c: Node, verb: int) -> bool:
    """Is the nominal the object that names the subject of the pronoun's subjectless clause: an infinitive ('asked
    Lukashenko to help him') or a request clause (quote cues request_marks: 'požádal Lukašenka, aby mu pomohl')?"""
    tree, v = roles.tree, roles.tree[verb]
    if c.deprel not in {"obj", "iobj"} or c.head != v.head or v.head == v.i or tree.children(verb, *SUBJECTS):
        return False
    marks = cue_lexicon(roles.lex.lang).request_marks
    return v.deprel == "xcomp" or (v.deprel.split(":")[0] in {"ccomp", "advcl"}
                                   and any(k.tok.text.lower() in marks for k in tree.children(verb, "mark")))


def _clause_head(roles: Roles, n: Node) -> int | None:
    """The verb (or predicate) whose clause the pronoun belongs to."""
    for a in [n, *roles.tree.ancestors(n.i)]:
        if a is not n and (a.upos in {"VERB", "AUX"} or roles.tree.children(a.i, "nsubj", "nsubj:pass")):
            return a.i
    return None


def _agrees(roles: Roles, n: Node, c: Node) -> bool:
    """Gender and number agreement of a pronoun with a candidate nominal, by any value either form allows; English
    nouns have no gender: 'him/her' want a person, 'it' no person (checked on the actor)."""
    verb = roles.tree[c.head]  # a subject's gender is the one its past verb agrees in ('ochránce prohlásil': Masc)
    source = verb if c.deprel.startswith("nsubj") and verb.upos in {"VERB", "AUX"} and verb.feat("Gender") else c
    within = {n.i, *(a.i for a in roles.tree.ancestors(n.i))}  # 'Joe Biden and his son': not a pair for 'his'
    plural = c.feat("Number") == "Plur" or any(k.i not in within for k in roles.tree.children(c.i, "conj")) or any(
        k.lemma not in ONE for k in roles.tree.children(c.i, "nummod"))  # 'dva Ukrajince' tagged singular
    have = set((source.feat("Gender") or "").split(",")) - {""}
    if source is c and have:  # an adjective agrees with its noun: one of two clashing tags is wrong ('ruského
        # velvyslance' tagged Fem), either may be right
        have |= {g for k in roles.tree.children(c.i, "amod") if k.upos == "ADJ"
                 for g in (k.feat("Gender") or "").split(",") if g}
    return any((not number or (number == "Plur") == plural) and (not gender or not have or gender in have)
               for gender, number in _readings(roles, n))


def _readings(roles: Roles, n: Node) -> list[tuple[str, str]]:
    """The (gender, number) readings of a pronoun: a possessive's from its form (grammar key possessive_forms: cs
    'jeho' Masc/Neut Sing, 'jejich' Plur; its features describe the possessed noun), else from its features;
    English nouns show no gender, so only number counts there."""
    forms = roles.lex.grammar.get("possessive_forms", {})
    if n.feat("Poss") == "Yes" and n.tok.text.lower() in forms:
        return [(g, num) for g, num in forms[n.tok.text.lower()]]
    genders = (n.feat("Gender") or "").split(",") if not roles.lex.grammar.get("genderless_nouns") else [""]
    return [(g, n.feat("Number") or "") for g in genders]


def fits(roles: Roles, n: Node, m: Mention) -> bool:
    """A resolved actor whose kind the pronoun allows (English 'him/her' a person, 'it' an organisation or state)."""
    if not m.code or m.status != "resolved" or (m.code or "").endswith("MED"):
        return False
    if not roles.lex.grammar.get("genderless_nouns") or n.feat("Number") == "Plur":
        return True
    gender = n.feat("Gender")
    if gender in {"Masc", "Fem"}:  # a person, named or by a singular role noun ('the Czech prime minister', 'the
        # Volkswagen chief executive'), not a body ('the company', 'the school'; actors org_words and sectors)
        head, words = roles.tree[m.head].lemma.lower(), lexicon(roles.lex.lang)
        person = m.kind == "PER" or (m.kind == "GRP" and roles.tree[m.head].feat("Number") == "Sing"
                                     and head not in words.org_words and head not in words.body_nouns
                                     and (head in words.sectors or not (m.code or "").endswith(ORG_SECTORS)))
        return person and compatible(roles, n, m)  # 'she' is no 'man', no 'Mr Johnson' (gender.json)
    words, head = lexicon(roles.lex.lang), roles.tree[m.head].lemma.lower()
    titled = m.kind == "GRP" and roles.tree[m.head].lemma in words.person_roles
    body = head in words.org_words or (head in words.sectors and head not in words.person_roles)
    return (m.kind in STATE_KINDS and not titled) or body  # 'it' is no 'president', but 'the Modi government'


def plural_object(roles: Roles, trigger: int, clauses: list[Node]) -> list[Mention]:
    """'Johnson met Irish leaders. They warned him': a plural subject pronoun (or a plural verb with its subject
    dropped) whose previous sentence has a singular subject stands for that sentence's plural object group."""
    tree = roles.tree
    subj = tree.children(trigger, "nsubj")
    if subj and not (subj[0].upos == "PRON" and subj[0].feat("PronType") == "Prs" and subj[0].feat("Person") == "3"):
        return []
    number = subj[0].feat("Number") if subj else tree[trigger].feat("Number")
    if number != "Plur" or any(k.feat("Number") == "Plur" for r in clauses for k in tree.children(r.i, "nsubj")):
        return []
    for r in clauses:
        for k in tree.children(r.i, "obj"):
            found = [m for m in roles.by_head.get(k.i, []) if m.kind == "GRP" and m.code and m.status == "resolved"]
            if found and k.feat("Number") == "Plur" and not tree.has_case(k.i):
                return found
    return []
