"""Czech word order the parser misreads, told by the tagger's cases: objects and datives hung on the subject
('Britský soud ruské firmě zakázal', 'Muž ženu napadl'), OVS clauses read as SVO ('Útočníka zadrželi kolemjdoucí',
'Případ vyšetřuje policie')."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .syncretism import shared_cases
from .udview import NOMINAL, Node, Tree

if TYPE_CHECKING:
    from .roles import Roles


def subject_strays(roles: Roles, deps: list[Node], has_obj: bool) -> list[Node]:
    """A bare dative or accusative the parser hung on the verb's subject ('Britský soud ruské firmě zakázal',
    'nařídil soud firmě zaplatit', 'Útočník ženu bodl') is the verb's own argument: a subject noun takes no bare
    modifier in these cases (grammar key subject_stray_cases). Not a masculine animate accusative whose form is also
    the genitive or instrumental ('komora ovládaná demokraty'), nor a second object."""
    cases = set(roles.lex.grammar.get("subject_stray_cases", []))
    return [Node(k.tok, d.head, "obj" if k.feat("Case") == "Acc" else "obl:arg", k.kids) for d in deps
            if d.deprel == "nsubj" and cases for k in roles.tree.children(d.i, "nmod") if k.deprel == "nmod"
            and k.i > d.i and not roles.tree.has_case(k.i) and k.feat("Case") in cases
            and not (k.feat("Case") == "Acc" and (has_obj or ambiguous_accusative(k)))
            and roles.actor_of(k.i) is not None]


def second_objects(roles: Roles, deps: list[Node], anchors: list[int]) -> list[Node]:
    """'Evropská komise udělila Googlu pokutu': beside the object noun the entry asked for, a second bare object that
    is a name is the recipient in the dative (grammar key second_object_case), whatever case the tagger guessed for
    an inflected foreign name ('Googlu', 'Microsoftu') or an indeclinable state tagged as a common noun ('poskytla Fidži
    pomoc')."""
    case = roles.lex.grammar.get("second_object_case")
    if not case or not any(d.deprel == "obj" and d.i in anchors for d in deps):
        return deps
    return [Node(replace(d.tok, feats={**d.tok.feats, "Case": case}), d.head, "iobj", d.kids)
            if d.deprel == "obj" and d.i not in anchors and _name(roles, d) and not roles.tree.has_case(d.i)
            and not any(c.deprel in GOVERNING_NUMERALS for c in roles.tree.children(d.i))  # 'dvacet tisíc Ukrajinců'
            else d for d in deps]


def _name(roles: Roles, d: Node) -> bool:
    """A proper name, or a state's name the tagger took for a common noun (indeclinable 'Fidži', 'Mali')."""
    m = roles.mention_at(d.i)
    return d.upos == "PROPN" or (m is not None and m.kind == "GPE" and m.head == d.i and m.start == m.end - 1)


def dative_subjects(roles: Roles, deps: list[Node], trigger: int) -> list[Node]:
    """'Komise udělila hráči zákaz': of two subjects of a verb that is no masculine plural, a plural masculine
    animate actor noun whose form is also the dative singular (grammar key dative_homograph_endings: lemma ending ->
    form ending, cs hráč -> hráči, soudce -> soudci) is the recipient in the dative, beside a singular subject."""
    pairs = roles.lex.grammar.get("dative_homograph_endings", [])
    subjects = {d.i for d in deps if d.deprel == "nsubj" and d.head == trigger}
    verb = roles.tree[trigger]
    numbers, genders = (set((verb.feat(f) or "").split(",")) - {""} for f in ("Number", "Gender"))
    plural_masculine = "Plur" in numbers and (not genders or "Masc" in genders)  # the verb may agree with it
    if not pairs or plural_masculine or len(subjects) < 2 \
            or not any(d.i in subjects and d.feat("Number") == "Sing" for d in deps):
        return deps
    return [Node(replace(d.tok, feats={**d.tok.feats, "Case": "Dat"}), d.head, "obl:arg", d.kids)
            if d.i in subjects and _dative_form(roles, d, pairs) else d for d in deps]


def _dative_form(roles: Roles, n: Node, pairs: list[list[str]]) -> bool:
    """A plural masculine animate actor noun spelled as its lemma's dative singular."""
    if (n.feat("Number"), n.feat("Gender"), n.feat("Animacy")) != ("Plur", "Masc", "Anim") \
            or roles.actor_of(n.i) is None:
        return False
    text, lemma = n.tok.text.lower(), n.lemma
    return any(lemma.endswith(a) and text == lemma[:len(lemma) - len(a)] + b for a, b in pairs)


def case_swapped(roles: Roles, subj: Node, obj: Node, trigger: int) -> bool:
    """The tagger's cases contradict the parser's subject and object (OVS order): a masculine animate accusative
    'subject' ('Útočníka zadrželi kolemjdoucí'), or an object in the nominative, in a form no accusative has,
    after a 'subject' whose nominative is also its accusative ('Případ vyšetřuje policie')."""
    if roles.tree.children(subj.i, "conj") or obj.upos not in NOMINAL or title_name_gender(roles, subj):
        return False
    if animate_accusative(subj):
        return not animate_accusative(obj)
    verb = roles.tree[trigger]
    genders = set((verb.feat("Gender") or "").split(",")) - {""}
    return obj.feat("Case") == "Nom" and not roles.nom_is_acc(obj) and roles.nom_is_acc(subj) \
        and (not verb.feat("Number") or verb.feat("Number") == obj.feat("Number")) \
        and (not genders or obj.feat("Gender") in genders)


def title_name_gender(roles: Roles, n: Node) -> str:
    """The gender of a title's person name that follows it in its own nominative form ('Lídr opozice Petr Fiala
    kritizoval Putina': 'Petr Fiala' is no accusative), '' when there is none: the tagger's gender or case of the
    title ('Lídr' tagged feminine) is then no sign of OVS order. The title, a common noun, and every name word must be
    spelled as their lemmas (the tagged cases of names are guesses): an inflected one ('Petra Fialu') tells nothing,
    nor a word the tagger took for a name ('Afroameričana George Floyda', lemma as written)."""
    names = [k for k in roles.tree.children(n.i) if k.deprel in NAME_RELS and k.upos == "PROPN" and k.i > n.i]
    if not names or n.upos != "NOUN" or not all(k.tok.text.lower() == k.lemma.lower() for k in [n, *names]):
        return ""
    return next((str(k.feat("Gender")) for k in names if k.feat("Animacy") == "Anim" and k.feat("Gender")), "")


NAME_RELS = frozenset({"flat", "flat:name", "appos"})  # a title's person name hangs on it so


def number_swapped(roles: Roles, subj: Node, obj: Node, trigger: int) -> bool:
    """OVS order told by number: 'Útok na Izrael odsoudily Spojené státy', 'Izrael obvinily palestinské úřady': a
    'subject' before the verb whose number the verb does not have (the verb's number unambiguous), in a form that is
    also its accusative, beside an 'object' after the verb that agrees with it in number and gender and may be a
    nominative, is the object. Not a coordination, a noun under a numeral ('Pět poslanců podpořilo'), a name the
    tagger made plural, nor a verb whose form both numbers share ('Izrael vyklidí všech 21 osad')."""
    tree, verb = roles.tree, roles.tree[trigger]
    number = verb.feat("Number") or ""
    if not subj.i < trigger < obj.i or not number or "," in number or subj.feat("Number") in {None, number} \
            or number_syncretic_form(roles, verb) \
            or obj.upos not in NOMINAL or tree.children(subj.i, "conj") \
            or any(c.deprel in GOVERNING_NUMERALS for c in tree.children(subj.i)):
        return False
    m = roles.mention_at(subj.i)
    if subj.feat("Number") == "Plur" and m is not None and m.kind in {"GPE", "ORG", "IGO"}:
        return False  # a plural the tagger guessed for a singular name ('Bangladéš odmítl')
    genders = set((verb.feat("Gender") or "").split(",")) - {""}
    return obj.feat("Number") == number and (not genders or obj.feat("Gender") in genders) \
        and not animate_accusative(obj) and not plain_accusative(obj) and roles.nom_is_acc(subj)


def number_syncretic_form(roles: Roles, verb: Node) -> bool:
    """A third-person present form spelled alike in both numbers (grammar key number_syncretic_endings, cs 'vyklidí',
    'propustí'; not one of number_plural_endings, cs 'dělají', 'chtějí', 'myjí'): its tagged number tells nothing."""
    text = verb.tok.text.lower()
    return verb.feat("Person") == "3" and verb.feat("Tense") == "Pres" and verb.feat("VerbForm") == "Fin" \
        and text.endswith(tuple(roles.lex.words("number_syncretic_endings"))) \
        and not text.endswith(tuple(roles.lex.words("number_plural_endings")))


def animate_accusative(n: Node) -> bool:
    """A masculine animate accusative ('strážníka', 'myslivce') never has the nominative's form: it is no subject
    the parser swapped ('Pes napadl strážníka' with 'Pes' mis-tagged feminine is no OVS order)."""
    return n.feat("Case") == "Acc" and n.feat("Gender") == "Masc" and n.feat("Animacy") == "Anim"


def plain_accusative(n: Node) -> bool:
    """A feminine singular accusative spelled unlike its lemma ('armádu', 'vládu', 'Ukrajinu'): its nominative is the
    lemma, so the tagger's accusative is no subject the parser swapped, whatever gender the verb agrees with."""
    return n.feat("Case") == "Acc" and n.feat("Gender") == "Fem" and n.feat("Number") == "Sing" \
        and n.tok.text.lower() != n.lemma.lower()


def ambiguous_accusative(n: Node) -> bool:
    """A masculine animate accusative with the genitive's or instrumental's form ('muže', 'útočníka', 'demokraty');
    not the a-declension's '-u' ('cyklistu', 'starostu'), which no other case has."""
    return animate_accusative(n) and not n.tok.text.lower().endswith("u")


OBLIQUE_CASES = frozenset({"Dat", "Gen", "Loc", "Ins"})  # a noun tagged so is no subject, whatever its deprel


def likeliest_subject(roles: Roles, subjects: list[Node], plural: bool) -> Node:
    """Of several 'subjects' of one verb: one not tagged with an oblique case ('Návrhu zákona vytýkají obce': the
    dative came first), then one agreeing in number with a plural verb, then an actor tagged in a nominative no
    accusative shares ('Ve středu navštíví Kyjev britský premiér': Kyjev may be the object, premiér may not), then an
    actor rather than a thing ('Otázky kolem financí konzultují s rodiči především ženy': the women consult). A listed
    person's name in an oblique form ('Putina') or a capital's ('Moskvu') counts as oblique, a title with a nominative
    name as nominative ('Vůdce opozice Jan Novák kritizoval Putina')."""
    return sorted(subjects, key=lambda k: ((k.feat("Case") in OBLIQUE_CASES or oblique_name(roles, k)
                                            or no_nominative(roles, k))
                                           and not counted_subject(roles.tree, k),
                                           plural and k.feat("Number") == "Sing"
                                           and not roles.tree.children(k.i, "conj"),
                                           not (k.feat("Case") == "Nom" and not roles.nom_is_acc(k)
                                                and roles.mention_at(k.i) is not None)
                                           and not title_name_gender(roles, k),
                                           roles.actor_of(k.i) is None))[0]


def oblique_name(roles: Roles, n: Node) -> bool:
    """A listed person's one-word name in an oblique form (grammar key oblique_name_suffixes: 'Putina' of Putin):
    no subject, whatever the tagger says ('řekl, že Putina pozve')."""
    m = roles.mention_at(n.i)
    if m is None or m.kind != "PER" or m.status != "resolved" or not m.name or m.start != m.end - 1:
        return False
    last, text = m.name.split()[-1].lower(), n.tok.text.lower()
    return text.startswith(last) and text[len(last):] in roles.lex.words("oblique_name_suffixes")


def counted_subject(tree: Tree, k: Node) -> bool:
    """'Všech pět obžalovaných obvinění popřelo': a genitive under a nominative numeral is a subject all the same."""
    return k.feat("Case") == "Gen" and any(c.deprel in GOVERNING_NUMERALS and c.feat("Case") not in OBLIQUE_CASES
                                           for c in tree.children(k.i))  # not 'nezabránily tisícům lidí podat'


# UD relations of a numeral that governs the case of its noun ('pět poslanců', 'několik zemí'): the verb then agrees
# in the neuter singular, not with the noun.
GOVERNING_NUMERALS = frozenset({"det:numgov", "nummod:gov"})


def effective_role(roles: Roles, n: Node, trigger: int) -> Node:
    """With two nominative 'subjects' and no object (free word order: 'X Rusko varovala', 'Útok ...
    odsoudila Evropa'), the one the verb agrees with in gender is the subject, the other the object; a relative
    pronoun beside a noun subject is the object (relative_swap)."""
    swap = relative_swap(roles, trigger) if n.head == trigger else {}
    if n.i in swap:  # 'které odvedla policie': the relative pronoun is the object
        return Node(n.tok, n.head, swap[n.i], n.kids, n.pos, n.morph)
    if n.head != trigger or n.deprel not in {"nsubj", "obj"}:
        return n
    verb = set((roles.tree[trigger].feat("Gender") or "").split(",")) - {""}
    subjects = [k for k in roles.tree.children(trigger, "nsubj") if k.deprel == "nsubj"]
    objects = [k for k in roles.tree.children(trigger, "obj") if k.deprel == "obj"
               and k.upos not in {"ADJ", "VERB"}]  # not a participle ('přepadli milicionáři ozbrojení …')
    plural = roles.tree[trigger].feat("Number") == "Plur"

    def agrees(k: Node) -> bool:  # a coordination ('Rusko a Čína') agrees with any plural verb; a subject
        # under a governing numeral ('Pět poslanců podpořilo', UD det:numgov / nummod:gov) with a neuter verb
        return not verb or not k.feat("Gender") or k.feat("Gender") in verb or foreign_name(roles.tree, k) \
            or name_gender(roles, k) in verb or title_name_gender(roles, k) in verb or (
            plural and any(c.upos in NOMINAL for c in roles.tree.children(k.i, "conj"))) or (
            any(c.deprel in GOVERNING_NUMERALS for c in roles.tree.children(k.i)))

    if len(subjects) == 1 and len(objects) == 1 and no_nominative(roles, objects[0]):
        return n  # 'Moskvu z útoku obvinil Kyjev': the object's form is no nominative, the order is OVS as parsed
    if len(subjects) == 1 and len(objects) == 1 and verb and not agrees(subjects[0]) \
            and (objects[0].feat("Gender") in verb or indeclinable(objects[0])
                 or counted(roles.tree, objects[0], verb)) \
            and not animate_accusative(objects[0]) and not plain_accusative(objects[0]) \
            and not roles.tree.children(subjects[0].i, "conj"):  # 'Útok ... odsoudilo Polsko': OVS order
        return Node(n.tok, n.head, "obj" if n.deprel == "nsubj" else "nsubj", n.kids)
    if len(subjects) == 1 and len(objects) == 1 and number_swapped(roles, subjects[0], objects[0], trigger):
        return Node(n.tok, n.head, "obj" if n.deprel == "nsubj" else "nsubj", n.kids)  # 'Útok odsoudily státy'
    if len(subjects) == 1 and len(objects) == 1 and (case_swapped(roles, subjects[0], objects[0], trigger)
                                                     or (_ambiguous_ovs(roles, subjects[0], objects[0], trigger)
                                                     and agrees(objects[0]))):
        return Node(n.tok, n.head, "obj" if n.deprel == "nsubj" else "nsubj", n.kids)
    if not subjects and len(objects) == 2 and [n] == [  # 'Zákon podepsal prezident': two objects, one nominative
            k for k in objects if k.feat("Case") == "Nom" and not roles.nom_is_acc(k) and k.upos in NOMINAL]:
        return Node(n.tok, n.head, "nsubj", n.kids)
    if not subjects and len(objects) == 2 and [n] == [  # 'Premiéra obžaloval válečný tribunál OSN': beside an
            k for k in objects if not animate_accusative(k) and k.upos in NOMINAL and roles.nom_is_acc(k)
            and k.feat("Number") == roles.tree[trigger].feat("Number") and k.feat("Gender") in verb] \
            and any(animate_accusative(k) for k in objects):  # animate accusative, the agreeing other is the subject
        return Node(n.tok, n.head, "nsubj", n.kids)
    if not subjects and len(objects) == 2 and roles.tree[trigger].feat("Number") == "Sing" and [n] == [
            k for k in objects if counted(roles.tree, k, verb)]:  # 'Rezignaci požadovalo dvacet tisíc Ukrajinců'
        return Node(n.tok, n.head, "nsubj", n.kids)
    if len(subjects) == 1 and not objects and verb and not agrees(subjects[0]) and roles.nom_is_acc(subjects[0]) \
            and not roles.tree.children(subjects[0].i, "conj"):  # '… Zároveň vyzvalo Kyjev k jednání': Kyjev is Acc
        return Node(n.tok, n.head, "obj", n.kids) if n.deprel == "nsubj" else n
    if n.deprel == "obj" and not subjects and objects == [n] and n.i > trigger and agrees(n) and verb \
            and n.feat("Number") == roles.tree[trigger].feat("Number") and roles.nom_is_acc(n) \
            and takes_no_object(roles, roles.tree[trigger]):
        return Node(n.tok, n.head, "nsubj", n.kids)  # 'Na Kyjev zaútočily ruské drony': no object, the subject
    if n.deprel == "nsubj" and len(subjects) == 1 and not objects and oblique_name(roles, n):
        return Node(n.tok, n.head, "obj", n.kids)  # 'řekl, že Putina pozve': Putin is invited
    if n.deprel == "nsubj" and len(subjects) > 1 and not objects \
            and n.i != likeliest_subject(roles, [k for k in subjects if agrees(k)] or subjects, plural).i:
        return Node(n.tok, n.head, "obj", n.kids)  # 'Návrhu zákona vytýkají obce'
    return n


def no_nominative(roles: Roles, n: Node) -> bool:
    """A name whose form its paradigm never has in the nominative ('Moskvu' of Moskva, by the lexicon's nominative
    where the tagger lemmatized the form as itself and guessed Nom): never the subject, whatever the tagger says."""
    lemma = roles.name_lemma(n)
    cases = shared_cases(n, roles.syncretism, lemma) if lemma else set()
    return bool(cases) and "Nom" not in cases


def takes_no_object(roles: Roles, v: Node) -> bool:
    """A verb of a language that drops subjects whose every lexicon entry takes neither a direct object nor an object
    noun ('zaútočit na X', 'protestovat proti X'): a bare Nom=Acc noun after it that it agrees with is its subject."""
    found = roles.lex.entries(v.tok.lemma, v.tok.text, False) if roles.lex.grammar.get("pro_drop") else []
    return bool(found) and not any(e.objects or {"obj", "case:Acc"} & {*e.target, *e.source} for e in found)


def _ambiguous_ovs(roles: Roles, subj: Node, obj: Node, trigger: int) -> bool:
    """'Soul obvinil Pchjongjang': the parser read OVS order, but both names have one form for the nominative and
    the accusative and nothing else tells the roles apart (or the tagger's cases say SVO outright: 'Hamás obvinil
    Izrael', Hamás Nom, Izrael Acc), so the unmarked Czech order (subject first) holds."""
    return obj.i < trigger < subj.i and obj.upos in NOMINAL and subj.upos in NOMINAL \
        and roles.nom_is_acc(obj) and roles.nom_is_acc(subj) \
        and not roles.tree.children(subj.i, "conj") and not roles.tree.children(obj.i, "conj") \
        and roles.mention_at(obj.i) is not None and roles.mention_at(subj.i) is not None \
        and obj.feat("Case") != "Acc" and (subj.feat("Case") != "Acc" or obj.feat("Case") == "Nom")


def foreign_name(tree: Tree, n: Node) -> bool:
    """A name in a foreign language ('Human Rights Watch', 'Amnesty International'): its gender is the tagger's guess
    from an English word, not the gender the Czech verb agrees with ('Amnesty International požadovala')."""
    return n.upos == "PROPN" and any(k.feat("Foreign") == "Yes" for k in (n, *tree.children(n.i, "flat")))


def indeclinable(n: Node) -> bool:
    """A name without case and gender ('OSN', 'USA'): it may be the subject a verb agrees with."""
    return n.upos == "PROPN" and not n.feat("Case") and not n.feat("Gender")


def noun_modifier_subjects(roles: Roles, deps: list[Node], trigger: int) -> list[Node]:
    """'Policisté řidiči uložili pokutu', 'Policisté muži nasadili pouta': a nominative actor noun the parser hung as
    an adjective (amod) on the verb's following subject is the subject itself, and that noun, whose plural nominative
    form is also the dative singular (řidiči, muži), its recipient in the dative (an accusative stays the object)."""
    out = []
    for d in deps:
        lead = [k for k in roles.tree.children(d.i, "amod") if k.upos == "NOUN" and k.i < d.i
                and k.feat("Case") == "Nom" and roles.actor_of(k.i) is not None]
        if d.deprel != "nsubj" or d.head != trigger or not lead or roles.actor_of(d.i) is None:
            out.append(d)
            continue
        out.append(Node(lead[0].tok, trigger, "nsubj", lead[0].kids))
        acc = d.feat("Case") == "Acc"
        tok = d.tok if acc else replace(d.tok, feats={**d.tok.feats, "Case": "Dat"})
        out.append(Node(tok, trigger, "obj" if acc else "obl:arg", d.kids))
    return out


def counted(tree: Tree, n: Node, verb: set[str]) -> bool:
    """'Izraelské pozice ostřelovalo pět palestinských ozbrojenců', 'Stávku zorganizovalo sedm stran': a noun under
    a numeral that governs its case (the parser's 'object') is what a neuter singular verb agrees with."""
    return "Neut" in verb and any(c.deprel in GOVERNING_NUMERALS for c in tree.children(n.i))


def name_gender(roles: Roles, n: Node) -> str:
    """The gender a state's one-word name shows by its ending (grammar key name_gender_endings: cs 'Zambie', 'Keňa'
    feminine, 'Rusko' neuter), where the tagger guesses ('Zambie' tagged masculine: 'Zambie vydala' is no object);
    '' for other names ('Kyjev') and other nouns."""
    m = roles.mention_at(n.i)
    if m is None or m.kind != "GPE" or m.start != m.end - 1 or m.head != n.i:
        return ""
    lemma = n.lemma.lower()
    return next((g for end, g in roles.lex.grammar.get("name_gender_endings", []) if lemma.endswith(end)), "")



def relative_swap(roles: Roles, trigger: int) -> dict[int, str]:
    """'Demonstranty, které následně odvedla policie', 'muž, kterého zadržela policie': where the parser made the
    relative pronoun the trigger's subject and a noun actor after the verb a second subject (or a bare nmod:
    'policie' read as a genitive), the noun is the subject and the pronoun the object (a clause has one subject):
    token index -> the role it takes; {} elsewhere."""
    tree = roles.tree
    rel = [d for d in tree.children(trigger, "nsubj")
           if d.i < trigger and "Rel" in (d.feat("PronType") or "").split(",")]
    nouns = [d for d in tree.children(trigger, "nsubj", "nmod") if d.i > trigger and d.upos in {"NOUN", "PROPN"}
             and (d.deprel == "nsubj" or not tree.has_case(d.i)) and roles.actor_of(d.i) is not None]
    if len(rel) != 1 or not nouns or tree.children(trigger, "obj"):
        return {}  # 'který vyšetřoval firmu ..., ve které působil syn': with an object, the pronoun is the subject
    return {rel[0].i: "obj", nouns[0].i: "nsubj"}


def objects_labelled_subjects(roles: Roles, verb: int) -> list[Node]:
    """The verb's nsubj dependents that effective_role reads as its object ('V pondělí kritizoval Putina': the parser's
    accusative 'subject'): no subject a coordinated verb could share."""
    return [k for k in roles.tree.children(verb, "nsubj") if effective_role(roles, k, verb).deprel == "obj"]
