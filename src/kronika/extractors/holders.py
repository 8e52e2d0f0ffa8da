"""Sources held by a word of the governing clause: the possessor of a noun of intent ('Germany's plan to send
tanks'), the subject of the verb a noun of purpose hangs on ('ve snaze přimět'), the dative of a Czech verb of
success ('Policii se podařilo zadržet'), the author of a document a clause modifies ('issued a statement urging Y')."""

from __future__ import annotations

from ..model import Mention
from .person_antecedents import not_media
from .pronouns import fits, possessor, pronoun_actor
from .roles import Roles
from .udview import Node, is_pronoun

CLAUSES = frozenset({"acl", "acl:relcl", "relcl", "advcl", "ccomp", "parataxis"})


def intent_holder(roles: Roles, n: Node) -> list[Mention]:
    """'the Parliament's decision to strip her of the title', 'Germany's plan to send tanks', 'the decision by the EU to
    impose sanctions': an infinitive modifying a noun of decision or intent (grammar keys decision_nouns, intent_nouns)
    is done by that noun's possessor, also one in a holder phrase before it (grammar key holder_preps)."""
    tree = roles.tree
    if n.deprel != "acl" or n.feat("VerbForm") != "Inf" or n.head == n.i \
            or tree[n.head].lemma not in roles.lex.words("intent_nouns") | roles.lex.words("decision_nouns"):
        return []
    preps = roles.lex.words("holder_preps")  # en 'the decision of/by the EU to impose'
    owners = [k for k in tree.children(n.head) if k.deprel in {"nmod:poss", "det:poss"} or (
        k.deprel == "det" and k.feat("Poss") == "Yes") or (k.deprel == "nmod" and k.feat("Case") == "Gen"
                                                              and not tree.has_case(k.i))  # cs 'rozhodnutí Německa'
              or (k.deprel.split(":")[0] == "nmod" and k.i < n.i and bool(tree.case_words(k.i) & preps))]
    return [m for k in owners for m in ([possessor(roles, k) or _own_subject_actor(roles, k)] if is_pronoun(k)
                                        else roles.actors(k.i)) if m is not None and not (m.code or "").endswith("MED")]


def _own_subject_actor(roles: Roles, k: Node) -> Mention | None:
    """'The air force reaffirmed its commitment to support X', 'potvrdilo svůj závazek': a possessive pronoun on
    the object of a verb whose subject is an actor it fits is that subject's own (cs 'svůj' always is)."""
    tree = roles.tree
    noun = tree[k.head]
    if noun.deprel != "obj" or noun.head == noun.i:
        return None
    found = [m for s in tree.children(noun.head, "nsubj") if not is_pronoun(s) for m in roles.actors(s.i)]
    return found[0] if len(found) == 1 and (k.feat("Reflex") == "Yes" or fits(roles, k, found[0])) else None


def success_experiencer(roles: Roles, n: Node) -> list[Mention]:
    """cs 'Policii se podařilo zadržet podezřelého', 'Rusku se nepovedlo dobýt Kyjev': the infinitive subject of a
    verb of success (grammar key success_verbs) is done by its bare dative (however parsed; an indeclinable one
    the parser makes the subject: 'OSN se nepodařilo prodloužit embargo')."""
    tree = roles.tree
    if n.deprel != "csubj" or n.feat("VerbForm") != "Inf" or n.head == n.i \
            or tree[n.head].lemma not in roles.lex.words("success_verbs"):
        return []
    doers = [k for k in tree.children(n.head, "obl:arg", "iobj", "obl", "obj", "nsubj") if not tree.has_case(k.i)
             and (k.deprel == "nsubj" or k.feat("Case") == "Dat")]
    return [m for k in doers for m in roles.actors(k.i)]


def purpose_subject(roles: Roles, n: Node) -> list[Mention]:
    """'Francie tlačí ... ve snaze přimět Londýn', 'pressed ... in an effort to force X': an infinitive modifying
    a noun that is an oblique of a verb is done by that verb's subject."""
    tree = roles.tree
    if n.deprel != "acl" or n.feat("VerbForm") != "Inf" or n.head == n.i:
        return []
    noun = tree[n.head]
    # 've snaze' (obl of the verb), 'armádu s cílem' (nmod of its object); not 'měly důvod se sejít' (obj)
    for step in range(2):
        if noun.deprel.split(":")[0] not in ({"obl", "nmod"} if step == 0 else {"obl", "nmod", "obj"}) \
                or noun.head == noun.i:
            return []
        head = tree[noun.head]
        while head.upos == "VERB" and head.deprel in {"xcomp", "conj"} and head.head != head.i \
                and not tree.children(head.i, "nsubj", "nsubj:pass"):
            head = tree[head.head]  # 'threatened to disrupt imports in an attempt to press London': the threatener
        if head.upos == "VERB":
            return [m for k in tree.children(head.i, "nsubj") if not is_pronoun(k) for m in roles.actors(k.i)]
        noun = head
    return []


def tried_doer(roles: Roles, n: Node) -> list[Mention]:
    """'Two Russian soldiers on trial for killing Ukrainian civilians', 'protesters on trial for toppling a statue':
    a subjectless gerund with a preposition on a noun of trial or punishment (grammar key trial_nouns) that modifies
    a nominal, or hangs on a verb of the tried one (grammar key trial_verbs: 'are on trial for', 'face charges for'),
    is done by that nominal or the verb's subject."""
    tree = roles.tree
    if n.deprel not in {"advcl", "acl"} or n.feat("VerbForm") not in {"Ger", "Part"} or n.head == n.i \
            or not tree.has_case(n.i) or tree.children(n.i, "nsubj", "nsubj:pass"):
        return []
    noun = tree[n.head]
    if noun.lemma.lower() not in roles.lex.words("trial_nouns") or noun.head == noun.i:
        return []
    if noun.deprel.split(":")[0] == "nmod" and tree.has_case(noun.i):
        return [m for m in roles.actors(noun.head) if m.head != noun.i]
    verb = tree[noun.head] if noun.deprel.split(":")[0] in {"obl", "obj"} else noun  # 'are on trial for'
    if verb is not noun and verb.lemma.lower() not in roles.lex.words("trial_verbs"):
        return []  # 'sentenced him to prison for killing': the court did not kill
    return [m for k in tree.children(verb.i, "nsubj", "nsubj:pass") if not is_pronoun(k) for m in roles.actors(k.i)]


def convict_source(roles: Roles, n: Node) -> list[Mention]:
    """cs 'byl odsouzen za vraždu manželky', 'soud ho poslal do vězení za napadení policisty', en 'jailed X for the
    murder of Y': an act of violence named as the reason of a sentence (grammar keys conviction_verbs,
    conviction_preps) was done by the one sentenced: the passive subject, the active object, or the subject of a
    verb of receiving (conviction_receivers: 'dostal 12 let za únos'); only when the phrase names the victim."""
    tree = roles.tree
    if n.deprel.split(":")[0] not in {"obl", "nmod"} or n.head == n.i \
            or not tree.case_words(n.i) & roles.lex.words("conviction_preps"):
        return []
    verb = tree[n.head]
    while (verb.upos == "NUM" or (verb.upos == "NOUN" and verb.lemma in roles.lex.words("conviction_penalties"))) \
            and verb.head != verb.i:  # 'odsouzen na 30 let vězení za vraždu', 'jailed for life for the murder of',
        verb = tree[verb.head]  # 'dostali 12 let za únos' (the phrase hung on the number)
    if verb.lemma not in roles.lex.words("conviction_verbs") or verb.upos not in {"VERB", "ADJ"}:
        return []
    inside = {x.i for x in tree.subtree(n.i, CLAUSES)} - {n.i}  # no relative clause's noun ('šla do nemocnice')
    if not any(m.code and m.head in inside for m in roles.doc.mentions):
        return []  # 'odsoudil teenagera za útok': a crime without its victim repeats the act the report tells
    if roles.is_passive(verb.i):
        rels: tuple[str, ...] = ("nsubj:pass", "nsubj")
    else:
        rels = ("nsubj",) if verb.lemma in roles.lex.words("conviction_receivers") else ("obj",)
    found = [m for k in tree.children(verb.i, *rels) for m in roles.actors(k.i)
             if m.head not in inside]  # 'uložil trest za vraždu manželky': the penalty's phrase holds the victim
    if not found and not roles.is_passive(verb.i):  # 'uložil mu trest za vraždu': the penalty's bearer, a dative
        found = [m for k in tree.children(verb.i, "iobj", "obl:arg", "obl") if k.feat("Case") == "Dat"
                 and not tree.has_case(k.i) for m in ([pronoun_actor(roles, k)] if is_pronoun(k) else roles.actors(k.i))
                 if m is not None]
    return found


def culprit_source(roles: Roles, n: Node) -> list[Mention]:
    """'X was responsible for the killings of Y', 'was found guilty of the murder of Y', 'pleaded guilty to the murder
    of Y', cs 'byl uznán vinným z vraždy souseda': a crime on a word of guilt (grammar key culprit_words) was done by
    that word's subject, else the object or passive subject of the verb it completes; only when it names the victim."""
    tree = roles.tree
    if n.deprel.split(":")[0] not in {"obl", "nmod"} or n.head == n.i:
        return []
    word = tree[n.head]
    if word.lemma.lower() not in roles.lex.words("culprit_words") or word.upos != "ADJ":
        return []
    if any(k.feat("Polarity") == "Neg" for k in tree.children(word.i, "cop", "aux")) \
            or any(k.lemma.lower() in roles.lex.words("negators") for k in tree.children(word.i, "advmod", "neg")):
        return []  # 'tvrdí, že za útok na nemocnici není odpovědné': a denial, the speaker did no attack
    inside = {x.i for x in tree.subtree(n.i, CLAUSES)} - {n.i}
    if not any(m.code and m.head in inside for m in roles.doc.mentions):
        return []  # 'found guilty of murder': the crime without its victim repeats the verdict
    holders = tree.children(word.i, "nsubj", "nsubj:pass")
    if not holders and word.deprel == "amod":
        holders = [tree[word.head]]  # 'uznal muže vinným z vraždy' parsed with 'vinným' on 'muže'
    elif not holders and word.head != word.i:
        verb = tree[word.head]  # 'found him guilty' (object), 'was found guilty', 'pleaded guilty' (subject)
        holders = tree.children(verb.i, "obj") or tree.children(verb.i, "nsubj:pass", "nsubj")
    return [m for k in holders for m in roles.actors(k.i)]


def document_author(roles: Roles, n: Node) -> list[Mention]:
    """'X issued a statement urging Y', 'signed a letter supporting Y', 'vydal prohlášení, které vyzývá Y': a clause
    modifying a document or message noun (grammar key document_nouns) that is the object of a verb is the act of
    that verb's subject, the author (not for other nouns: in 'arrested a man attacking Y' the man attacks); a law (key
    enacted_nouns) only under an enacting verb (enact_verbs: 'passed a law banning X', not 'defy a law forcing him')."""
    tree = roles.tree
    if n.deprel.split(":")[0] != "acl" or n.head == n.i:
        return []
    noun = tree[n.head]
    enacted = noun.lemma in roles.lex.words("enacted_nouns") and tree[noun.head].lemma in roles.lex.words("enact_verbs")
    if not (enacted or noun.lemma in roles.lex.words("document_nouns")) or noun.deprel.split(":")[0] != "obj" \
            or noun.head == noun.i or roles.actors(noun.i):
        return []
    if any(roles.antecedent(k).i != noun.i for k in tree.children(n.i, "nsubj")):
        return []  # the clause names its own subject ('a letter that the minister signed')
    return not_media([m for k in tree.children(noun.head, "nsubj") if not is_pronoun(k) for m in roles.actors(k.i)])
