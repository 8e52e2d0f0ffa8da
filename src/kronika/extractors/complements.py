"""Roles that live across a clause boundary: pronoun subjects of reported clauses and complement targets.

- 'Syria says it is willing to withdraw', 'The rebels said they will release ...': a 3rd-person pronoun
  subject of a clause reported by (or intended by) a governing verb stands for that verb's subject.
- 'Iran threatened to shell Iraqi towns', 'promised to continue military aid to Mozambique',
  'offered to hand over to Great Britain two nationals': when a threat, refusal, demand or promise names
  no target itself, the target is the complement clause's object or to/against/on/with phrase.
"""

from __future__ import annotations

from ..cameo import plover_type
from ..model import Mention
from .patients import patient_holder
from .reasons import reason_possessor
from .roles import Roles, country_of
from .subjects import is_pronoun, passive_agent
from .targets import passengers, self_reference
from .udview import Node, Tree

# Complement relations whose content a governing verb reports, intends or refuses.
COMPLEMENT = ("xcomp", "ccomp")
# Marks of an embedded question ('asked whether they used ...'): the pronoun need not be the asker.
QUESTION_MARKS = {"whether", "if", "zda", "jestli", "zdali", "czy", "či"}
# Where the complement verb's target is found when its own lexicon entry names none.
TARGET_RELS = ("obj", "iobj", "obl", "nmod")
TARGET_PREPS = {"to", "against", "on", "with", "into", "toward", "towards", "from", "at", "over"}


def personal_pronoun(n: Node) -> bool:
    """A 3rd-person personal pronoun ('it', 'they', 'he', 'ona'), not a relative or 1st/2nd person one."""
    return is_pronoun(n) and "Prs" in (n.feat("PronType") or "Prs") and n.feat("Person") not in {"1", "2"}


def reported_pronoun_source(roles: Roles, clause: Node) -> list[Mention]:
    """Actors of the governing subject when the clause's subject is a pronoun of a reported/intended clause."""
    tree, lex = roles.tree, roles.lex
    if clause.deprel not in {"ccomp", "parataxis"} or clause.head == clause.i:
        return []
    subj = tree.children(clause.i, "nsubj", "nsubj:pass")
    if not subj or not all(personal_pronoun(k) for k in subj):
        return []
    if any(k.lemma in QUESTION_MARKS for k in tree.children(clause.i, "mark")):
        return []  # 'asked whether they used chemical weapons': 'they' is whoever is asked about
    gov = tree[clause.head]
    if gov.lemma not in lex.words("report_verbs") | lex.words("intent_verbs"):
        return []
    found = [m for k in tree.children(gov.i, "nsubj") if not is_pronoun(k) for m in roles.actors(k.i)
             if not (m.code or "").endswith("MED")]  # 'the Post reported that they ...': not the newspaper
    plural = any(k.feat("Number") == "Plur" for k in subj)
    singular = any(k.feat("Number") == "Sing" for k in subj)
    if singular and len(found) > 1:
        return []  # 'X and Y said it ...': 'it' is neither of them
    if plural and len(found) == 1 and found[0].kind == "PER" and any(k.feat("Person") == "3" for k in subj):
        return []  # 'Trump told Fox that "they hit ..."': a person's 'they' are others, not the speaker
    return found if found and (plural or not singular or tree[found[0].head].feat("Number") != "Plur") else []


def complement_targets(roles: Roles, trigger: int, sources: list[Mention]) -> list[Mention]:
    """Targets named inside the trigger's complement clause (object, then prepositional phrases)."""
    tree = roles.tree
    avoid = {country_of(m.code) for m in sources}
    layer = tree.children(trigger, *COMPLEMENT) + [  # 'accepted an invitation to meet with X': the object's infinitive
        c for o in tree.children(trigger, "obj") for c in tree.children(o.i, "acl") if c.feat("VerbForm") == "Inf"] + [
        k for k in tree.children(trigger, "obj", "obl") if verbal_noun(k)]  # 'pohrozilo zavedením sankcí proti X'
    for _ in range(2):  # 'promised to continue to send aid to X'
        for c in layer:
            found = clause_targets(roles, c, sources, avoid)
            if found:
                return found
        layer = [k for c in layer for k in tree.children(c.i, *COMPLEMENT)]
    # 'threatened import restrictions against X', 'rejected an offer from X': phrases under the trigger's object
    return clause_targets(roles, tree[trigger], sources, avoid)


def verbal_noun(n: Node) -> bool:
    """A noun of an action ('zavedením', 'zrušení': UD VerbForm=Vnoun) standing for a complement clause."""
    return n.upos == "NOUN" and n.feat("VerbForm") == "Vnoun"


def clause_targets(roles: Roles, c: Node, sources: list[Mention], avoid: set[str]) -> list[Mention]:
    """Actors in one complement clause: its objects, then to/against/on/with phrases (also under the object); a
    verbal noun's bare genitive is its object ('se zrušením embarga vůči Íránu', 'vyhoštěním ruských diplomatů')."""
    tree, preps = roles.tree, TARGET_PREPS | (roles.lex.words("complement_target_preps") if verbal_noun(c) else set())
    deps = [k for k in tree.children(c.i) if k.deprel.split(":")[0] in TARGET_RELS]
    objects = [k for k in deps if k.deprel.split(":")[0] in {"obj", "iobj"} or genitive_object(roles, c, k)]
    nested = [g for k in objects for g in tree.children(k.i, "nmod")]
    for k in [*deps, *nested]:
        base = k.deprel.split(":")[0]
        if base in {"obl", "nmod"} and not (tree.case_words(k.i) & preps) and not genitive_object(roles, c, k):
            continue
        found = [m for m in roles.actors(k.i, avoid) if country_of(m.code) not in avoid
                 and not any(self_reference(m.code, s.code) for s in sources) and not roles.maker_of_instrument(m)]
        if found:
            return found
    return []


def genitive_object(roles: Roles, c: Node, k: Node) -> bool:
    """The bare genitive modifier of a verbal noun: the object of the action it names."""
    return verbal_noun(c) and k.deprel == "nmod" and not roles.tree.has_case(k.i) and k.feat("Case") == "Gen"


def reported_source(roles: Roles, trigger: int) -> list[Mention]:
    """The reporter/intender for a trigger whose clause (reached through xcomp chains) has a pronoun subject."""
    tree = roles.tree
    n = tree[trigger]
    while n.deprel == "xcomp" and n.head != n.i:
        if tree.children(n.i, "nsubj"):
            break
        n = tree[n.head]
        if tree.children(n.i, "obj", "iobj"):
            return []  # object control ('asked him to ...'): the object acts, not a reporter
    return reported_pronoun_source(roles, n)


def operation_agent(roles: Roles, trigger: int) -> list[Mention]:
    """'was killed in an operation led by the police', 'zabit při operaci vedené policií': a passive trigger
    without an agent takes the agent of a participle that modifies one of its adverbial phrases."""
    tree = roles.tree
    agent_cases = {f"case:{c}" for c in roles.lex.grammar.get("agent_cases", [])}
    for k in tree.children(trigger, "obl", "advcl"):
        for p in tree.children(k.i, "acl", "amod"):
            if (p.feat("VerbForm") != "Part" and p.upos != "VERB") or p.feat("Voice") == "Act":
                continue  # an active clause ('obviněn z toho, že najel dodávkou do davu') has no agent phrase
            for a in tree.children(p.i):
                if a.deprel == "obl:agent" or any(roles.spec_matches(s, a) for s in agent_cases) \
                        or (a.deprel == "obl" and not tree.has_case(a.i) and a.feat("Case") == "Ins"):
                    found = roles.actors(a.i)
                    if found:
                        return found
    return []


def shared_passive_agent(roles: Roles, trigger: int) -> list[Mention]:
    """'Demonstranti byli zadrženi policií, biti a mučeni', 'were detained by police and tortured': a passive
    participle conjoined to a passive verb, with no agent of its own, shares that verb's agent (obl:agent, or a bare
    oblique in one of the grammar's agent_cases)."""
    head = roles.shared_passive(trigger)
    if head is None:
        return []
    return [m for k in roles.tree.children(head.i) if passive_agent(roles, k) for m in roles.actors(k.i)]


def custody_charge(roles: Roles, noun: int) -> tuple[list[Mention], list[Mention]]:
    """'arrested two French citizens on charges of espionage', 'zatkly dva občany pro obvinění ze špionáže': an
    accusation noun in an oblique phrase of a custody verb (an entry of CAMEO 17x) is the custodian's accusation of
    the one held: the verb's subject (a passive's agent) accuses its object (a passive's subject); both must be
    actors."""
    tree = roles.tree
    n = tree[noun]
    head = tree[n.head]  # the parser may hang the phrase on the object ('zatkly dva občany pro obvinění z X')
    if n.deprel == "nmod" and tree.has_case(n.i) and head.deprel == "obj" and head.head != head.i:
        head = tree[head.head]
    elif n.deprel.split(":")[0] != "obl":
        return [], []
    if n.head == n.i or head.upos != "VERB":
        return [], []
    verb = head
    if not any(e.cameo.startswith("17") for e in roles.lex.entries(verb.tok.lemma, verb.tok.text, False)):
        return [], []
    if roles.is_passive(verb.i):
        held = [m for k in tree.children(verb.i, "nsubj:pass", "nsubj") for m in roles.actors(k.i)]
        by = [m for k in tree.children(verb.i) if passive_agent(roles, k) for m in roles.actors(k.i)]
    else:
        held = [m for k in tree.children(verb.i, "obj") for m in roles.actors(k.i)]
        by = [m for k in tree.children(verb.i, "nsubj") if not is_pronoun(k) for m in roles.actors(k.i)]
    return (by, held) if by and held else ([], [])


APPEAL_SECTORS = ("COP", "JUD", "GOV")  # bodies that appeal to the public in the passive ('is asked to call police')


def appeal_agent(roles: Roles, trigger: int) -> list[Mention]:
    """'Anyone with information is urged to call Long Beach police', 'is asked to contact police': an agentless
    passive request whose complement turns to a police force, court or office is that body's appeal."""
    tree = roles.tree
    comps = tree.children(trigger, "xcomp", "ccomp", "advcl")
    for c in comps + [k for x in comps for k in tree.children(x.i, "conj")]:  # 'come forward and contact police'
        args = [k for k in tree.children(c.i, "obj", "dobj", "obl", "iobj") if k.i != trigger]
        found = [m for k in args for m in roles.actors(k.i) if (m.code or "")[3:6] in APPEAL_SECTORS]
        if found:
            return found[:1]
    return []


def ultimatum(roles: Roles, trigger: int) -> bool:
    """'will withdraw its force unless X arranges a ceasefire', 'will boycott the elections unless ...': an
    announced act made conditional on the other side's compliance is a threat (grammar key ultimatum_marks); so
    is one on a negated condition (grammar key ultimatum_negated_marks: cs 'stáhne jednotky, pokud X nedojedná')."""
    from .modality import negative  # here: modality -> precision -> sources imports this module

    tree, lex = roles.tree, roles.lex
    marks, negated = lex.words("ultimatum_marks"), lex.words("ultimatum_negated_marks")
    for c in tree.children(trigger, "advcl"):
        words = {w for k in tree.children(c.i, "mark") for w in (k.lemma, k.tok.text.lower())}
        if words & marks:
            return True
        # a noun head: the parser read the verb as an adjective ('nedojedná příměří': amod)
        verbs = [c, *tree.children(c.i, "aux", "cop", *(("amod",) if c.upos == "NOUN" else ()))]
        if words & negated and any(negative(lex, w) for w in verbs):
            return True
    return False


def light_verb_source(roles: Roles, noun: int, predicative: bool = False) -> list[Mention]:
    """'X staged rallies', 'X began a hunger strike', 'X uspořádali demonstraci': a noun trigger that is the
    object of a light verb (grammar key light_verbs), or conjoined to it, has that verb's subject as its source,
    also under a noun that starts it (grammar key phase_nouns), not in a cause phrase (cause_preps); predicate
    nouns ('X is an opponent of Y') only for entries meant for it (an nsubj source spec)."""
    tree = roles.tree
    n = tree[noun]
    if patient_holder(roles, noun) is not None:
        return []  # 'officers were under investigation', 'came under attack': the subject suffers the act
    while n.deprel == "conj" and n.head != n.i and tree[n.head].upos == "NOUN":
        n = tree[n.head]  # 'launched air strikes and a ground offensive': a conjoined object is the verb's too
    if n.deprel == "nmod" and n.head != n.i and tree[n.head].lemma in roles.lex.words("phase_nouns"):
        n = tree[n.head]  # 'rozhodla o zahájení stíhání X', 'uvalení sankcí': the act the phase noun starts
    rels = {"obj", "obl", "xcomp"} if predicative else {"obj", "obl"}  # xcomp: 'X is an opponent of Y'
    if n.deprel.split(":")[0] not in rels or n.head == n.i or tree.case_words(n.i) & roles.lex.words("cause_preps"):
        return []  # a cause ('v důsledku útoků pošlou USA baterii', 'because of the attacks') is not the verb's act
    verb = tree[n.head]
    if verb.lemma not in roles.lex.words("light_verbs") and not _response_means(roles, n.i, verb.lemma):
        return []
    subj = [k for k in tree.children(verb.i, "nsubj") if not is_pronoun(k)]
    found = [m for k in subj for m in roles.actors(k.i)]
    if verb.lemma in roles.lex.words("verbal_noun_holders") and found and all(
            (m.code or "").endswith("MED") for m in found):
        return []  # 'Ruská státní média oznámila bombardování Oděsy': the media announce the act, they do not do it
    return found or reported_source(roles, verb.i)


def _response_means(roles: Roles, noun: int, verb: str) -> bool:
    """'Izrael odpověděl leteckými údery', 'Israel responded with air strikes': the means of a response verb (grammar
    keys response_verbs, response_preps: cs a bare instrumental, en 'with') is the responder's act; what it answers
    ('reagoval na útok', 'responded to the attack') is not."""
    lex = roles.lex
    return verb in lex.words("response_verbs") and roles.tree.case_words(noun) <= lex.words("response_preps")


def protest_phrase_source(roles: Roles, noun: int) -> list[Mention]:
    """'Tisíce lidí se sjížděly do Lagosu na protest proti ...', 'nešli do práce na protest': a protest noun in a
    purpose phrase of a verb (grammar keys protest_phrase_nouns, protest_phrase_preps) is held by the verb's subject."""
    tree, lex = roles.tree, roles.lex
    n = tree[noun]
    if n.lemma not in lex.words("protest_phrase_nouns") or not tree.case_words(n.i) & lex.words("protest_phrase_preps"):
        return []
    for _ in range(3):  # the parser hangs the phrase on the verb's object ('opustili sál na protest': nmod of 'sál')
        if n.deprel.split(":")[0] not in {"obl", "nmod", "obj"} or n.head == n.i:
            return []
        n = tree[n.head]
        if n.upos == "VERB":
            subj = [k for k in tree.children(n.i, "nsubj") if not is_pronoun(k)]
            return [m for k in subj for m in roles.actors(k.i)] or reported_source(roles, n.i)
    return []


STRIKE_TYPES = frozenset({"ASSAULT", "COERCE"})


def strike_adjunct_source(roles: Roles, noun: int) -> list[Mention]:
    """'Ruské síly zabily civilisty při útoku na Charkov', 'killed three militants during a raid on a Hamas base': an
    attack noun in an adjunct of circumstance (grammar key strike_adjunct_preps) of an active verb that has a violent
    sense itself (an ASSAULT or COERCE entry) is that verb's subject's act; not 'died in an attack', 'were killed'.
    Only for a noun that names its own target ('při útoku na vesnici' alone would add a target-less twin); also where
    the parser hung the phrase on the verb's object ('použila chlor jako zbraň při útoku na povstalce')."""
    tree, lex = roles.tree, roles.lex
    n = tree[noun]
    rel = n.deprel.split(":")[0]  # 'použila chlor jako zbraň při útoku na X': the phrase hung on the verb's object
    up = rel == "nmod" and n.head != n.i and tree[n.head].deprel.split(":")[0] in {"obj", "advcl", "xcomp"}
    if (rel != "obl" and not up) or n.head == n.i or not tree.case_words(n.i) & lex.words("strike_adjunct_preps"):
        return []
    places = {d["head"] for d in roles.doc.meta.get("actors_dropped", [])  # 'při útoku na Charkov': a city
              if str(d.get("reason", "")).startswith(PLACE_REASONS)}  # stands for its state
    if not any(roles.actors(k.i) or k.i in places for k in tree.children(n.i, "nmod", "obl")):
        return []
    verb = tree[tree[n.head].head] if up else tree[n.head]
    if verb.upos != "VERB" or roles.is_passive(verb.i) or not any(
            plover_type(e.cameo) in STRIKE_TYPES for e in lex.entries(verb.tok.lemma, verb.tok.text, False)):
        return []
    return [m for k in tree.children(verb.i, "nsubj") if not is_pronoun(k) for m in roles.actors(k.i)]


def partner_clause_source(roles: Roles, noun: int) -> list[Mention]:
    """'Odbory při jednáních s vedením nemocnice uvízly', 'During talks with the ambassador, the minister said': a
    noun of talks or cooperation with a named partner (grammar key comitative_preps), in an adverbial phrase of a
    verb, is held by that verb's actor subject."""
    tree = roles.tree
    n = tree[noun]
    copular = bool(tree.children(n.i, "cop"))  # 'Vláda je ve sporu s Komisí': the noun is the predicate
    if not copular and (n.deprel.split(":")[0] != "obl" or n.head == n.i
                        or tree[n.head].upos not in {"VERB", "AUX", "ADJ"}):
        return []
    preps = roles.lex.words("comitative_preps")
    phrases = [k for k in tree.children(n.i, "nmod", "obl") if tree.case_words(k.i) & preps]
    partners = {m.head for k in phrases for x in [k, *tree.children(k.i, "nmod")] for m in roles.actors(x.i)}
    if not partners:  # 's vedením nemocnice': the management of a named body
        return []
    # the subject (of a stative passive too: 'is involved in a dispute with X'), or the by-agent of a passive
    # ('was organised by X in collaboration with Y': X)
    holder = n if copular else _subject_holder(tree, tree[n.head])
    subj = [k for k in tree.children(holder.i, "nsubj", "nsubj:pass", "obl:agent")  # a relative pronoun stands
            if not is_pronoun(k) or roles.antecedent(k) is not k]  # for its noun: 'X, who responded in talks with Y'
    return [m for k in subj for m in roles.actors(k.i) if m.head not in partners]


def participle_receiver(roles: Roles, n: Node, sources: list[Mention]) -> list[Mention]:
    """'Russia annexed Crimea, drawing condemnation from the West', 'prompting criticism from Japan': a swapped entry
    (its subject is the one criticised or given to) on a subjectless participle adjunct targets the subject of the
    clause it adjoins, as a participle shares that subject ('Speaking after talks with X, Y said')."""
    tree = roles.tree
    holder = _subject_holder(tree, n)
    if holder.i == n.i or not sources:
        return []
    avoid = {country_of(m.code) for m in sources}
    return [m for k in tree.children(holder.i, "nsubj") if not is_pronoun(k)
            for m in roles.actors(k.i) if country_of(m.code) not in avoid]


def _subject_holder(tree: Tree, verb: Node) -> Node:
    """The clause whose subject a subjectless adverbial participle shares ('Speaking after talks with Erdogan, Putin
    said ...', 'Macron, speaking after a meeting with Scholz, criticised China'): up through non-finite advcl."""
    while verb.deprel == "advcl" and verb.head != verb.i and verb.feat("VerbForm") in {"Ger", "Part"} \
            and not tree.children(verb.i, "nsubj", "nsubj:pass", "mark"):
        verb = tree[verb.head]
    return verb


def light_verb_agent(roles: Roles, noun: int, sources: list[Mention],
                     targets: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """'Komentátoři přispěchali s kritikou vlády': a bare genitive under a noun trigger may name its agent or its
    object; when the noun is the object of a light verb (or the means of a response verb: 'Moskva odpověděla
    vyhoštěním francouzských diplomatů') whose subject is an actor, that subject acts and the
    genitive is what the act is aimed at. Possessives and prepositional agents ('Germany's support') stay."""
    tree = roles.tree
    genitive = [m for m in sources if tree[m.head].deprel == "nmod" and tree[m.head].head == noun
                and tree[m.head].feat("Case") == "Gen" and not tree.has_case(m.head)]
    if not genitive or len(genitive) < len(sources):
        return sources, targets
    n = tree[noun]
    verb = tree[n.head].lemma  # 'odpověděla vyhoštěním francouzských diplomatů': a response's means too
    if n.deprel.split(":")[0] not in {"obj", "obl"} or (verb not in roles.lex.words("light_verbs")
                                                         and not _response_means(roles, noun, verb)):
        return sources, targets
    agents = [m for k in tree.children(n.head, "nsubj") if not is_pronoun(k) for m in roles.actors(k.i)]
    if not agents or {m.actor_id for m in agents} & {m.actor_id for m in genitive}:
        return sources, targets
    return agents, targets or genitive


def possessor_source(roles: Roles, noun: int) -> list[Mention]:
    """'defended its crackdown on X', 'said its invasion of X was a success', 'pokračuje ve svém útoku': a noun
    trigger whose possessor is a personal pronoun is the act of the actor subject of the nearest clause above it
    (of its object when the noun is the clause's reason: reasons.reason_possessor);
    where a language has reflexive possessives (grammar key reflexive_possessives, cs 'svůj'), only those: a plain
    'jeho'/'její' names someone else, often no subject ('řekl Cliftonovi, že při jeho napadení' is Clifton's)."""
    tree = roles.tree
    poss = [k for k in tree.children(noun, "det", "nmod", "poss") if k.feat("Poss") == "Yes" and personal_pronoun(k)
            and (k.feat("PronType") or "Prs") == "Prs"]
    if not poss or any(d.feat("PronType") in {"Ind", "Neg"} for d in tree.children(noun, "det")):
        return []  # 'jakákoli jeho spolupráce', 'any of its attacks': no act that took place
    reflexives = roles.lex.words("reflexive_possessives")
    if reflexives and poss[0].lemma not in reflexives:
        return []
    above = {a.i for a in tree.ancestors(noun)} | {noun}
    for a in tree.ancestors(noun):
        if not tree.children(a.i, "nsubj", "nsubj:pass"):
            continue  # not a clause with a subject
        subj = [k for k in tree.children(a.i, "nsubj") if k.deprel == "nsubj" and k.i not in above]
        blamed = reason_possessor(roles, noun, a.i, poss[0].i) if subj else []
        if blamed:  # 'sanctioned Russia over its invasion': the object's act
            return blamed
        if subj:  # an active subject that is not the noun itself; a pronoun or non-actor one names no source
            return [m for k in subj if not is_pronoun(k) for m in roles.actors(k.i)]
    return []


def causative(roles: Roles, trigger: int) -> tuple[list[Mention], list[Mention]]:
    """'administrativa nechala Sýrii bombardovat': the causer is the source and the causative verb's object the
    target of an act without its own object (grammar key causative_verbs)."""
    tree = roles.tree
    n = tree[trigger]
    verbs = roles.lex.words("causative_verbs")
    if not verbs or n.head == n.i or tree.children(n.i, "obj"):
        return [], []
    head = tree[n.head]
    obj: Node | None
    if n.deprel == "acl" and head.deprel == "obj" and head.head != head.i:  # parser: the act hangs on the object
        obj, cause = head, tree[head.head]
    elif n.deprel == "xcomp":
        cause = head
        obj = next((k for k in tree.children(cause.i, "obj", "obl:arg") if not tree.has_case(k.i)), None)
    else:
        return [], []
    if obj is None or cause.lemma not in verbs:
        return [], []
    sources = [m for k in tree.children(cause.i, "nsubj") for m in roles.actors(k.i)]
    targets = [m for m in roles.actors(obj.i) if all(m.head != s.head for s in sources)]
    return (sources, targets) if sources and targets else ([], [])


def place_targets(roles: Roles, trigger: int, anchors: list[int], sources: list[Mention], cities: bool = True
                  ) -> list[Mention]:
    """'exploded bombs in the capital Kabul', 'mounted its invasion of Lebanon': an attack on another country's
    territory targets that country (grammar key location_preps; the trigger's, its object's phrases, those of an
    aimed-at noun in a phrase ('fired at targets in X', grammar key target_nouns), also one the parser labelled an
    apposition: 'pomáhají s očkováním, například v Etiopii'); without cities, only a state
    named as the place ('sold machines in France', not 'in Paris')."""
    tree, preps = roles.tree, roles.lex.words("location_preps")
    avoid = {country_of(m.code) for m in sources}
    aimed = roles.lex.words("target_nouns")  # 'fired at targets in Kharkiv': the phrase's noun is the object
    heads = [trigger, *anchors, *(k.i for k in tree.children(trigger, "obj")),
             *(k.i for k in tree.children(trigger, "obl") if k.lemma in aimed)]
    if carried := passengers(roles, heads, avoid):  # 'shot down a helicopter carrying EC monitors'
        return carried
    for h in heads:
        for k in tree.children(h, "obl", "nmod", "appos"):
            if not tree.case_words(k.i) & preps or (h != trigger and tree.word_lemma(k.i) in roles.borders):
                continue  # 'a stronghold on the Thai border' (grammar key boundary_nouns): where the thing is
            found = [m for m in roles.actors(k.i, avoid) if m.kind == "GPE" and country_of(m.code) not in avoid]
            if found:
                return found[:1]
    return _city_target(roles, heads, avoid) if cities else []


PLACE_REASONS = ("a city: evidence of its state", "capital or seat used as a place")


def _city_target(roles: Roles, heads: list[int], avoid: set[str]) -> list[Mention]:
    """'struck an arms depot near Damascus', 'captured the mosque in Mosul': a city or capital named as the place
    (no actor: dropped by the actor step as evidence of its state) under the trigger or its object, after a
    location or vicinity preposition (grammar keys location_preps, vicinity_preps), gives its foreign state."""
    tree, preps = roles.tree, roles.lex.words("location_preps") | roles.lex.words("vicinity_preps")
    places = {d["head"]: d for d in roles.doc.meta.get("actors_dropped", [])
              if str(d.get("reason", "")).startswith(PLACE_REASONS) and len(str(d.get("code") or "")) == 3}
    for h in heads:
        for k in tree.children(h, "obl", "nmod", "appos"):
            d = places.get(k.i)
            if d is None or not tree.case_words(k.i) & preps or d["code"] in avoid:
                continue
            return [Mention(k.i, k.i + 1, d["text"], (d["span"][0], d["span"][1]), d["code"], d["text"], "GPE", k.i,
                            rule="place:city; the attacked or aided place: its state")]
    return []


def condition_targets(roles: Roles, n: Node, sources: list[Mention]) -> list[Mention]:
    """'threatened to hold a strike unless Israel rescinded ...', 'threatened to stop talks if the US goes ahead':
    a threat's target is the subject of its condition (grammar key conditional_marks), also under the complement."""
    tree, marks = roles.tree, roles.lex.words("conditional_marks")
    avoid = {country_of(m.code) for m in sources}
    for c in [n, *tree.children(n.i, *COMPLEMENT)]:
        for a in tree.children(c.i, "advcl"):
            if not any(k.lemma in marks or k.tok.text.lower() in marks for k in tree.children(a.i, "mark")):
                continue
            subj = tree.children(a.i, "nsubj", "nsubj:pass") or [  # a nominative the parser took for an
                k for k in tree.children(a.i, "obl", "obl:arg", "obj") if k.feat("Case") == "Nom"]  # object
            found = [m for k in subj for m in roles.actors(k.i, avoid) if country_of(m.code) not in avoid]
            if found:
                return found
    return []



def deadline_targets(roles: Roles, n: Node, objects: frozenset[str], sources: list[Mention]) -> list[Mention]:
    """'stanovila 10. prosinec jako poslední termín, do kterého má Londýn vydat licence', 'set a deadline by which
    London must grant licences': the subject of a clause on the deadline noun (one of the entry's object nouns) is
    the one the deadline is set for."""
    tree = roles.tree
    for noun in tree.children(n.i):
        if noun.lemma not in objects:
            continue
        for c in tree.children(noun.i, "acl", "advcl"):  # en 'a deadline for London to grant': advcl
            found = [m for k in tree.children(c.i, "nsubj", "nsubj:pass") for m in roles.actors(k.i)
                     if not any(m.code == s.code for s in sources)]
            if found:
                return found
    return []


def cited_nodes(tree: Tree, markers: set[str], n: Node) -> list[Node]:
    """Whom a clause is attributed to: 'podle Kyjeva' or 'according to Kiev' on the trigger, on the clauses it is the
    complement of ('podle X je jasné, že ...'), or on one of its dependents ('za útokem podle Kyjeva stojí Moskva');
    not on a clause it is an adverbial or a conjunct of ('podle úřadů nedýchal poté, co selhaly pokusy')."""
    out: list[Node] = []
    chain = [n]
    while chain[-1].deprel.split(":")[0] in {"ccomp", "xcomp", "csubj", "parataxis"} and chain[-1].head != chain[-1].i:
        chain.append(tree[chain[-1].head])
    for a in chain + tree.children(n.i):
        for k in tree.children(a.i):
            if tree.case_words(k.i) & markers:
                out.append(k)
            elif k.lemma in markers and k.upos in {"VERB", "ADP", "SCONJ", "ADV"}:
                out.extend(tree.children(k.i, "obl", "nmod", "obj"))
    return out
