"""Sources that the sentence does not name: shared, controlled, dropped and pronoun subjects, and the unnamed
agent of a passive accusation or rejection."""

from __future__ import annotations

from ..model import Mention
from .agreement import agrees, agrees_with, feat_set, finite
from .event_pronouns import event_pronoun_subject
from .holders import document_author, intent_holder, purpose_subject, success_experiencer, tried_doer
from .person_antecedents import MAX_SENTENCES_BACK, not_media, person_antecedent
from .pronouns import fits, plural_object
from .relatives import governing_clause, relative_controller, relative_subject
from .roles import CORE, Roles
from .udview import NOMINAL, Node, Tree, is_pronoun, predicate_infinitive

ANTECEDENT_RELS = CORE | {"nsubj:pass"}  # a passive's subject too: 'were arrested after they attacked police'


def anaphoric(roles: Roles, n: Node) -> bool:
    """A pronoun that stands for an earlier actor: not an indefinite/negative/total one ('everyone', 'nobody',
    'nikdo') and not a relative one whose clause modifies a noun ('anyone who supported')."""
    if (n.feat("PronType") or "") in {"Ind", "Neg", "Tot", "Int"}:
        return False
    return roles.antecedent(n) is n


def inherited_source(roles: Roles, trigger: int) -> tuple[list[Mention], str]:
    """Source actors from the context, and which rule found them ('' when none)."""
    tree = roles.tree
    author = document_author(roles, tree[trigger])
    if author:
        return author, f"document-author:{tree[tree[trigger].head].tok.text}"
    counted = _counted_antecedent(roles, trigger)
    if counted:
        return counted, "antecedent:numeral"
    if any((not is_pronoun(k) or not anaphoric(roles, k)) and roles.effective(k, trigger).deprel == "nsubj"
           and not _misread_subject(roles, k, trigger) and not simile(roles, k)
           for k in tree.children(trigger, "nsubj")):  # 'vyzvalo
        return [], ""  # Kyjev': a non-agreeing Nom=Acc 'subject' is the object; an explicit subject that is not an
        # actor ('Godse zavraždil Gándhího', 'everyone agrees')
    named = relative_subject(roles, trigger)
    if named is not None:  # the subject is named by a relative pronoun: its noun's actor, or none when it has no code
        found = roles.actors(named.i)
        return (found, "antecedent:relative") if found else ([], "")
    n = tree[trigger]
    holder = intent_holder(roles, n)
    if holder:
        return holder, f"intent-noun:{tree[n.head].tok.text}"
    achiever = success_experiencer(roles, n)
    if achiever:
        return achiever, f"success-dative:{tree[n.head].tok.text}"
    purpose = purpose_subject(roles, n)
    if purpose:
        return purpose, f"purpose-noun:{tree[n.head].tok.text}"
    tried = tried_doer(roles, n)
    if tried:
        return tried, f"tried-for:{tree[n.head].tok.text}"
    intent = roles.lex.words("intent_verbs")
    while (n.deprel in {"conj", "xcomp"} or (n.deprel == "advcl" and not _own_subject(roles, n))
           or _degree_adverb(tree, n, trigger) or predicate_infinitive(tree, n, intent)) and n.head != n.i:
        rel, dropped = n.deprel, n.deprel == "advcl" and finite(n)  # 'aby se mohly připojit': a dropped subject
        rel = "xcomp" if predicate_infinitive(tree, n, intent) else rel
        controlled = rel == "xcomp" or (rel == "advcl" and tree.has_case(n.i)  # 'accused X of -ing', not 'after
                                        and not tree.case_words(n.i) & roles.lex.words("subject_control_preps"))
        controlled = controlled and not _summoner_purpose(roles, n)
        n = tree[n.head]
        objs = [*_controllers(roles, n), *_objects_as_subjects(roles, n)] if controlled else []
        if dropped and (roles.is_passive(n.i) or not _actor_subject(roles, n)):
            break  # only an actor subject of an active governing clause is shared; else the other strategies
        if rel == "advcl" and not controlled and roles.is_passive(n.i):  # 'was attacked by X, killing ...'
            agents = [m for k in tree.children(n.i, "obl:agent") for m in roles.actors(k.i)]
            return (agents, f"passive-agent:{n.tok.text}") if agents else ([], "")
        if rel == "conj" and roles.is_passive(n.i) and tree[trigger].feat("VerbForm") == "Part" \
                and tree[trigger].feat("Voice") != "Act":  # cs 'byl zatčen a obvinil policii': active, his act
            # 'was arrested and charged (by X)': the shared subject is the patient; the source is an agent
            agents = [m for a in (trigger, n.i) for k in tree.children(a) if passive_agent(roles, k)
                      for m in roles.actors(k.i)]
            return (agents, f"passive-agent:{n.tok.text}") if agents else ([], "")
        found = [m for s in objs for m in roles.actors(s.i)]
        if found:  # object control: 'urged X to ...', 'accused X of attacking'
            return found, f"object-control:{n.tok.text}"
        if rel == "xcomp" and n.lemma in roles.lex.words("object_control_verbs") \
                and any(s.upos in NOMINAL for s in objs):
            return [], ""  # 'told the bank to compensate its customers': the object, no actor, does it
        if (controller := relative_controller(roles, n)) is not None:  # 'Putin, who wants to meet Xi'
            return controller
        read = _objects_as_subjects(roles, n)  # 'Polsko obvinilo Bělorusko … a požádalo': not Bělorusko
        subj = [k for k in tree.children(n.i, "nsubj", "nsubj:pass") if not is_pronoun(k) and k not in read]
        if subj:
            found = [m for s in subj for m in roles.actors(s.i)]
            if found and not agrees(roles, trigger, found):
                break  # 'studenti tvoří 29 % ... a naléhala na mladé lidi': the verb agrees with another subject
            return (found, f"shared-subject:{n.tok.text}") if found else ([], "")
    return _unexpressed_subject(roles, _dropped_predicate(roles, trigger))


def _misread_subject(roles: Roles, k: Node, trigger: int) -> bool:
    """'oznámilo, že v souladu se snahou ukončit tamní boje zastavilo pomoc': a 'subject' the tagger itself reads as
    accusative and the finite verb agrees with in neither number nor gender is another word's object (a language
    that drops its subjects: the verb's own is dropped)."""
    v = roles.tree[trigger]
    genders = feat_set(v, "Gender")
    return bool(roles.lex.grammar.get("pro_drop")) and finite(v) and k.feat("Case") == "Acc" and bool(genders) \
        and k.feat("Number") not in feat_set(v, "Number") | {None} and k.feat("Gender") not in genders | {None} \
        and not roles.tree.children(k.i, "conj", "nummod:gov", "det:numgov")


def simile(roles: Roles, k: Node) -> bool:
    """A 'subject' marked as a comparison (simile_marks: 'stejně jako jiné běžkyně odmítá') is not the subject."""
    return any(c.lemma.lower() in roles.lex.words("simile_marks") for c in roles.tree.children(k.i, "mark", "case"))


def _dropped_predicate(roles: Roles, trigger: int) -> int:
    """'uvedl, že je připraven zrušit zákaz': the subjectless predicate adjective of intent (with a finite copula, in a
    language that drops its subjects) whose infinitive the trigger is; its dropped subject is the trigger's. The
    trigger itself otherwise."""
    tree = roles.tree
    n = tree[trigger]
    if not roles.lex.grammar.get("pro_drop") or n.feat("VerbForm") != "Inf":
        return trigger
    intent = roles.lex.words("intent_verbs")
    while (n.deprel == "xcomp" or predicate_infinitive(tree, n, intent)) and n.head != n.i:
        n = tree[n.head]
        if tree.children(n.i, "nsubj", "nsubj:pass", "obj", "iobj"):
            return trigger  # a stated subject (not an actor) or an object controller: no dropped subject
        if n.upos == "ADJ" and n.lemma in roles.lex.words("intent_verbs") \
                and any(finite(a) for a in tree.children(n.i, "aux", "cop", "aux:pass")):
            return n.i
    return trigger


def _objects_as_subjects(roles: Roles, n: Node) -> list[Node]:
    """Of two 'subjects' of a verb, the one Roles.effective reads as its object ('Polsko obvinilo Bělorusko',
    'nezabránily tisícům lidí podat'); none when the verb has one subject or effective keeps both."""
    subj = roles.tree.children(n.i, "nsubj", "nsubj:pass")
    read = [k for k in subj if roles.effective(k, n.i).deprel == "obj"] if len(subj) > 1 else []
    return read if len(read) < len(subj) else []


def _summoner_purpose(roles: Roles, n: Node) -> bool:
    """'summoned the ambassador to complain about X': the grievance the summons is for (grammar key
    summoner_purpose_verbs) is the summoner's, never the summoned envoy's (summoning_verbs)."""
    return n.lemma in roles.lex.words("summoner_purpose_verbs") and n.head != n.i \
        and roles.tree[n.head].lemma in roles.lex.words("summoning_verbs")


def _degree_adverb(tree: Tree, n: Node, trigger: int) -> bool:
    """'went as far as advising X': the gerund hangs on an adverb of the verb whose subject does it."""
    return n.i != trigger and n.deprel == "advmod" and n.upos == "ADV" and tree[n.head].upos == "VERB" \
        and bool(tree.children(n.i, "advcl"))


def _controllers(roles: Roles, n: Node) -> list[Node]:
    """The objects of a verb whose infinitive or gerund they control ('urged X to ...'); also a bare object in
    another case of a listed object-control verb (grammar key object_control_verbs: cs 'nezabránilo tisícům lidí
    podat žaloby', 'umožnil Ukrajině vstoupit', where UD makes the dative obl:arg)."""
    tree = roles.tree
    objs = [k for k in tree.children(n.i, "obj", "iobj") if k.deprel in {"obj", "iobj"}]
    if n.lemma in roles.lex.words("object_control_verbs"):
        objs += [k for k in tree.children(n.i, "obl:arg") if k.feat("Case") in {"Dat", "Acc"}
                 and not tree.has_case(k.i)]
    return objs


def _unexpressed_subject(roles: Roles, trigger: int) -> tuple[list[Mention], str]:
    """A subject the verb's clause does not state: a nominative hung elsewhere, a pronoun's or dropped subject's
    antecedent, a predicative role."""
    tree = roles.tree
    orphan = _orphan_nominative(roles, trigger)
    if orphan:
        return orphan, "orphan-nominative"
    if any(k.feat("Case") != "Acc" for k in tree.children(trigger, "nsubj")):  # an anaphoric pronoun subject,
        return _antecedent(roles, trigger)  # also of a participle ('he had pledged'); not 'help him oust X'
    if not finite(tree[trigger]) and not (roles.lex.grammar.get("pro_drop") and any(
            finite(a) for a in tree.children(trigger, "aux", "cop"))):
        return [], ""  # ('bude spolupracovat': the future auxiliary is the finite verb of a dropped subject; a
        # predicate noun's copula too: 'řekl, že byl v kontaktu s vrahem')
    stray = clause_nominative(roles, trigger)
    if stray:
        return stray, "clause-nominative"
    role = _predicative(roles, trigger)
    if role:
        return role, "predicative"
    nominative = _nominative_objects(tree, trigger)
    if nominative:  # 'kterého zadržela ostraha' (no actor: no source), 'pošlou Spojené státy baterii'
        found = [m for k in nominative for m in roles.actors(k.i)]
        return (found, "nominative-object") if found else ([], "")
    return _antecedent(roles, trigger)


def _nominative_objects(tree: Tree, trigger: int) -> list[Node]:
    """Object-verb-subject order that the parser read as two objects ('muž, kterého zadržela bezpečnostní ostraha',
    'pošlou Spojené státy baterii'): the nominative noun beside an accusative object is the verb's stated subject."""
    objs = tree.children(trigger, "obj")
    noms = [k for k in objs if k.upos in NOMINAL and k.feat("Case") == "Nom" and not tree.has_case(k.i)]
    return noms if any(k.feat("Case") == "Acc" for k in objs if k not in noms) else []


def _counted_antecedent(roles: Roles, trigger: int) -> list[Mention]:
    """'Five Greek and Georgian citizens appeared in court. All five denied the charges': a bare numeral subject
    stands for the nearest actor phrase before it counted by the same numeral, in its sentence or the two before."""
    tree = roles.tree
    subj = tree.children(trigger, "nsubj")
    if len(subj) != 1 or subj[0].upos != "NUM" or [c for c in tree.children(subj[0].i) if c.upos in NOMINAL]:
        return []  # 'All five', 'the two'; not 'five of them', nor 'the line no. 400' with its noun
    number = subj[0].tok.text.lower()
    first = roles.doc.sentences[max(0, subj[0].tok.sent - MAX_SENTENCES_BACK)].start
    for j in range(subj[0].i - 1, first - 1, -1):
        n = tree[j]
        if n.upos == "NUM" and n.tok.text.lower() == number and n.deprel == "nummod" and n.head != n.i \
                and tree[n.head].feat("Number") == "Plur":  # 'five men', not 'line no. 400
            found = not_media(roles.actors(n.head))
            if found:
                return found
    return []


def _actor_subject(roles: Roles, n: Node) -> bool:
    """Does the clause of n have a non-pronoun subject that is an actor?"""
    return any(roles.actors(k.i) for k in roles.tree.children(n.i, "nsubj") if not is_pronoun(k))


def _own_subject(roles: Roles, n: Node) -> bool:
    """May an adverbial clause have a subject of its own? Non-finite ones never; in a pro-drop language (grammar key
    pro_drop) a finite one without a subject ('aby se mohly připojit', 'když zaútočilo') shares the governing
    clause's (checked by agreement)."""
    if not roles.lex.grammar.get("pro_drop"):  # a subjectless finite clause is a parse error, not a dropped subject
        return finite(n)
    return finite(n) and (bool(roles.tree.children(n.i, "nsubj", "nsubj:pass", "csubj"))
                          or n.feat("Person") in {"1", "2"})  # 'protože jednáme': the speaker's own clause


def clause_nominative(roles: Roles, trigger: int) -> list[Mention]:
    """A subjectless verb's subject the parser hung elsewhere: the nearest agreeing nominative actor before it in
    its clause ('Tři muži … napadli' with the numeral phrase as an oblique, 'Tisíce dětí nešly'), not under a
    preposition, not another verb's subject and not the verb's own object; the clause ends at another verb, a
    subordinating conjunction, a relative pronoun (what precedes it is the main clause) or a colon/semicolon."""
    tree = roles.tree
    v = tree[trigger]
    sent = roles.doc.sentences[v.tok.sent]
    own = {k.i for k in tree.children(trigger, "aux", "cop", "expl", "advmod")}
    for j in range(trigger - 1, sent.start - 1, -1):
        n = tree[j]
        relative = "Rel" in (n.feat("PronType") or "").split(",")  # 'před shromážděním OSN, ve kterém obvinila'
        if j not in own and (n.upos in {"VERB", "AUX", "SCONJ"} or n.tok.text in {":", ";"} or relative):
            return []
        m = roles.by_token.get(j)
        if m is None or m.head != j or tree.has_case(j) or not _nominative(tree, n):
            continue
        while n.deprel == "conj" and n.head != n.i and tree[n.head].upos in NOMINAL and tree[n.head].i < n.i:
            n = tree[n.head]  # the first member of a coordination stands for all of them
        other = tree[n.head]
        if (n.head == trigger and n.deprel.split(":")[0] in {"obj", "iobj"}) or (
                n.deprel.startswith("nsubj") and n.head != trigger and other.upos in {"VERB", "AUX", "ADJ"}):
            continue
        found = not_media(roles.actors(n.i))
        if found and agrees(roles, trigger, found):
            return found
    return []


def _predicative(roles: Roles, trigger: int) -> list[Mention]:
    """'navštívil zemi jako prezident': a nominative role the dropped subject acts in (grammar key
    predicative_marks) is an actor standing for that subject."""
    tree, marks = roles.tree, roles.lex.words("predicative_marks")
    for k in tree.children(trigger, "advcl", "xcomp", "obl"):
        if k.feat("Case") in {"Nom", None} and any(w.lemma in marks for w in tree.children(k.i, "mark", "case")):
            found = not_media(roles.actors(k.i))
            if found and agrees(roles, trigger, found):
                return found
    return []


def _nominative(tree: Tree, n: Node) -> bool:
    """Nominative by its own Case, or a genitive counted by a nominative numeral ('tisíce dětí', 'pět vojáků')."""
    case = n.feat("Case")
    if case == "Nom" or (case is None and n.upos == "PROPN"):  # indeclinable names: 'USA', 'KLDR'
        return True
    quantity = [k for k in tree.children(n.i) if k.deprel.startswith("nummod") and k.feat("Case") == "Nom"]
    head = tree[n.head]
    return case == "Gen" and bool(quantity or (head.upos == "NUM" and head.feat("Case") == "Nom"))


def _orphan_nominative(roles: Roles, trigger: int) -> list[Mention]:
    """A nominative actor the parser hung under a neighbour ('Podle Ukrajiny Rusko použilo', 'Podle Moskvy Ukrajina
    zaútočila' with 'Ukrajina' tagged genitive), or made the neighbour itself ('Podle Zelenského Rusko páchá': the
    preposition's genitive tagged as an adjective of the nominative); not a genitive tagged nominative inside the
    neighbour's own actor phrase ('druhému členovi opozice zakázala')."""
    tree = roles.tree
    for k in tree.children(trigger):
        if k.deprel.split(":")[0] not in {"obl", "nmod", "advmod"}:
            continue
        if k.feat("Case") == "Nom" and tree.has_case(k.i) and _citation_nominative(k) and any(
                g.i < k.i and g.feat("Case") == "Gen" for g in tree.children(k.i, "amod", "nmod")):
            return roles.actors(k.i)
        for g in tree.children(k.i):
            if g.upos not in NOMINAL or tree.has_case(g.i):
                continue
            nominative = (g.feat("Case") == "Nom" and _citation_nominative(g)) or _nominative_only(g)
            if not _same_phrase(roles, k.i, g.i) and (g.feat("Case") == "Nom" or nominative):
                found = roles.actors(g.i)
                if found:
                    return found
            own = [m for m in roles.doc.mentions if m.start == g.i and m.end == g.i + 1 and m.code]
            if own and nominative:  # 'Podle ministra Rusko útočí': a name of its own inside the phrase
                return own[:1]
    return []


def _nominative_only(n: Node) -> bool:
    """A name in -a spelled as its lemma: the nominative alone ('Ukrajina'), whatever case the tagger gave it; a name
    in -o or a consonant is also the accusative ('požádali o pomoc Rakousko')."""
    return _citation_nominative(n) and n.tok.text.endswith("a")


def _citation_nominative(n: Node) -> bool:
    """A name spelled as its lemma whose paradigm has that form only in the nominative (and accusative): a feminine
    or neuter in -a/-o or a word ending in a consonant ('Ukrajina', 'Rusko', 'Izrael'), not an acronym or a form
    that several cases share ('OSN', 'opozice', 'Chile'); only where the tagger marks case (not English)."""
    text = n.tok.text
    return n.upos == "PROPN" and n.feat("Case") is not None and not text.isupper() and text.lower() == n.lemma \
        and len(text) > 2 \
        and (text[-1].lower() in "ao" or text[-1].lower() not in "aeiouyáéíóúůý")


def _same_phrase(roles: Roles, i: int, j: int) -> bool:
    """Are two tokens inside one actor mention?"""
    m = roles.mention_at(i)
    return m is not None and m is roles.mention_at(j)


def _relative_head_phrase(roles: Roles, trigger: int) -> set[int]:
    """'members of his government, whom they had taken hostage': a personal pronoun subject of a relative clause is
    not the noun the clause describes (nor its conjuncts), which the relative word stands for as an object."""
    tree, n = roles.tree, roles.tree[trigger]
    if n.deprel != "acl:relcl" or n.head == n.i or not any(
            k.feat("PronType") == "Prs" for k in tree.children(trigger, "nsubj")):
        return set()
    h = tree[n.head]
    while h.deprel == "conj" and h.head != h.i:
        h = tree[h.head]
    return {x.i for x in tree.subtree(h.i)}


def _antecedent(roles: Roles, trigger: int) -> tuple[list[Mention], str]:
    """The nearest preceding core-argument actor in the sentence, else the main subject of recent sentences."""
    tree, doc = roles.tree, roles.doc
    if any(w.feat("Person") in {"1", "2"} for w in [tree[trigger], *tree.children(trigger, "aux"),
                                                  *(k for k in tree.children(trigger, "nsubj") if k.upos == "PRON")]):
        return [], ""  # 'we signed', 'jsme podepsali', en 'you destroy': the speaker or addressee, not the last actor
    if event_pronoun_subject(roles, trigger) is not None:
        return [], ""  # 'This led to losses and allowed ISIL to grow': the subject is an event, no actor
    dem = [k for k in tree.children(trigger, "nsubj") if k.feat("PronType") == "Dem" and k.feat("Case") == "Nom"
           and k.feat("Gender") in {"Masc", "Fem"} and k.i < trigger]
    if dem and roles.lex.grammar.get("pro_drop"):
        return _last_named(roles, trigger, dem[0]), "antecedent:demonstrative"
    held = _clause_subject(roles, trigger)
    found = not_media(roles.actors(held.i)) if held is not None else []
    if found:  # the dropped subject continues the subject of the clause it hangs in
        return found, "antecedent:clause-subject"
    sent = doc.sentences[tree[trigger].tok.sent]
    bound = _relative_head_phrase(roles, trigger)
    for i in range(trigger - 1, sent.start - 1, -1):
        n = tree[i]
        if n.head == trigger or i in bound:
            continue  # the verb's own argument ('že Putina pozve': its object) is not its dropped subject
        if n.deprel in ANTECEDENT_RELS and not tree.has_case(i) and n.upos in NOMINAL | {"DET", "ADJ"}:
            found = _pronoun_kind(roles, trigger, not_media(_phrase_actors(roles, i)))
            if found and agrees(roles, trigger, found):
                return found, "antecedent:sentence"
    for back in range(1, MAX_SENTENCES_BACK + 1):
        s_i = sent.i - back
        if s_i < 0:
            break
        s = doc.sentences[s_i]
        roots = [n for n in tree.nodes[s.start:s.end] if n.head == n.i]
        # 'X and Y vetoed it, the Financial Times reported.': under a root whose subject is the reporting medium,
        # the reported clause's subject is the antecedent
        clauses = [c for r in roots for c in [r, *tree.children(r.i, "ccomp", "parataxis")]]
        for r in clauses:
            subj = [k for k in tree.children(r.i, "nsubj") if not is_pronoun(k)]
            found = _pronoun_kind(roles, trigger, not_media([m for k in subj for m in roles.actors(k.i)]))
            if found and agrees(roles, trigger, found):
                return found, "antecedent:previous-sentence"
        if back == 1 and (found := plural_object(roles, trigger, clauses)):
            return found, "antecedent:previous-object"
    person = person_antecedent(roles, trigger)
    return (person, "antecedent:person") if person else ([], "")


def _phrase_actors(roles: Roles, i: int) -> list[Mention]:
    """The actors of an argument phrase that a dropped subject (grammar key pro_drop) continues: not one inside a
    prepositional phrase of it ('zahájily palbu na tábory partyzánů a zabily': the partisans are the target, not who
    killed). Other languages' pronoun subjects keep every actor of the phrase."""
    tree = roles.tree
    if not roles.lex.grammar.get("pro_drop"):
        return roles.actors(i)
    return [m for m in roles.actors(i) if m.head == i or not any(
        tree.has_case(a.i) for a in [tree[m.head], *tree.ancestors(m.head)][:_depth(tree, m.head, i)])]


def _depth(tree: Tree, j: int, i: int) -> int:
    """How many steps up from node j node i is (all of j's ancestors when i is none of them)."""
    up = [a.i for a in tree.ancestors(j)]
    return up.index(i) + 1 if i in up else len(up) + 1


def _clause_subject(roles: Roles, trigger: int) -> Node | None:
    """'Rodiče se rozhodli, že zkusí změnit lékaře a obrátili se na X': in a language that drops its subjects
    (grammar key pro_drop), a verb without a subject, coordinated with or embedded in clauses without one, continues
    the subject the nearest governing clause names (a noun that agrees with it), not the nearest object before it
    ('lékaře'); None when no clause names one (or a pronoun, or a passive clause names it for an active verb)."""
    tree = roles.tree
    n = tree[trigger]
    if not roles.lex.grammar.get("pro_drop") or tree.children(trigger, "nsubj", "nsubj:pass", "csubj"):
        return None
    while (up := governing_clause(roles, n)) is not None:
        came, n = n.deprel, up
        read = _objects_as_subjects(roles, n)
        subj = [k for k in tree.children(n.i, "nsubj", "nsubj:pass", "csubj") if k not in read]
        if subj:
            k = subj[0]
            if k.upos not in NOMINAL or is_pronoun(k) or (roles.is_passive(n.i) != roles.is_passive(trigger)
                                                          and not _passive_doer(roles, n, came, trigger)):
                return None
            return k if agrees_with(roles, trigger, k, False, syncretic=True) else None
    return None


def _passive_doer(roles: Roles, n: Node, came: str, trigger: int) -> bool:
    """A passive clause's subject does the act of an active clause it governs: an adverbial one ('Demonstranti byli
    zadrženi poté, co napadli policisty'), the complement of a charge (grammar key charge_passives: 'Chlapci byli
    obviněni, že napadli dívku', 'was charged that he attacked')."""
    if not roles.is_passive(n.i) or roles.is_passive(trigger):
        return False
    verbs = roles.lex.words("charge_passives")
    return came == "advcl" or (came == "ccomp" and any(
        c in verbs for c in roles.lex.lemma_candidates(n.lemma, n.tok.text, verb=True)))


def _pronoun_kind(roles: Roles, trigger: int, found: list[Mention]) -> list[Mention]:
    """English 'he/she' stands for a person, 'it' for a state or organisation (pronouns.fits): the antecedent of a
    pronoun subject is no actor of another kind ('visited Kyiv, where he met Zelensky': not Kyiv)."""
    prons = [k for k in roles.tree.children(trigger, "nsubj") if k.upos == "PRON" and k.feat("PronType") == "Prs"]
    if not prons or not roles.lex.grammar.get("genderless_nouns"):
        return found
    return [m for m in found if fits(roles, prons[0], m)]


def _last_named(roles: Roles, trigger: int, dem: Node) -> list[Mention]:
    """'Zavolal policii. Ta muže zadržela': a demonstrative subject (of a language that drops its personal subjects,
    grammar key pro_drop) points to the last noun named before it, in any role, not to the previous subject: the
    nearest actor in its sentence before it or in the previous one; none when that actor does not agree with it."""
    tree, doc = roles.tree, roles.doc
    first = doc.sentences[max(0, dem.tok.sent - 1)].start
    for i in range(dem.i - 1, first - 1, -1):
        n = tree[i]
        if n.upos not in NOMINAL or roles.quotes.at((n.tok.start, n.tok.end)) is not None:
            continue
        found = not_media([m for m in roles.actors(i) if m.head == i])
        if found:
            return found if agrees(roles, trigger, found) else []
    return []


# Acts done to an actor whose agent a passive clause does not name: coded without a source (the gold writes '-'):
# accusations, arrests, attacks, rejections, releases and sanctions ('Dva Gruzínci jsou obviněni', 'was rejected').


def passive_agent(roles: Roles, k: Node) -> bool:
    """A passive's agent phrase: obl:agent, or a bare oblique in one of the grammar's agent_cases ('zadrženi
    policií')."""
    return k.deprel == "obl:agent" or (k.deprel in {"obl", "obl:arg"} and not roles.tree.has_case(k.i)
                                       and k.feat("Case") in roles.lex.grammar.get("agent_cases", []))
