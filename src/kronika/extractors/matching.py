"""Which lexicon entry fits a trigger: particles, object nouns and prepositions on the UD tree."""

from __future__ import annotations

from functools import lru_cache

from ..cameo import plover_type as lookup_type
from .lexicon import Entry, Lexicon, fold
from .roles import CLAUSE, Roles
from .udview import Node, Tree

OBJECT_RELS = {"obj", "obl", "iobj", "nsubj", "nmod", "conj", "appos", "flat"}
# Types whose object noun may stand as a predicative ('jako poslední termín', an ultimatum or a demand).
PREDICATIVE_OBJECT_TYPES = frozenset({"THREATEN", "REQUEST"})
# holding hostages names its object predicatively: cs 'drželi civilisty jako lidské štíty' (advcl:pred)
PREDICATIVE_OBJECT_CODES = frozenset({"170"})


def best_entry(tree: Tree, roles: Roles, entries: list[Entry], n: Node) -> tuple[Entry, list[int]] | None:
    """The most specific fitting entry; among equals, the one whose object noun is closest to the trigger
    ('schválila balík sankcí': sankce under balík beats nothing, 'poskytnou pomoc' beats a deeper noun), then the
    one whose noun stands without a preposition ('opened fire on a camp': the fire, not the camp), then the one that
    names the noun's adjective ('rozšíří vojenskou spolupráci': 'vojenský' beats 'spolupráce'). An entry whose
    only object nouns are the passive's agent ('was attacked by protesters') comes last: the agent is no object."""
    fits = [(order, e, anchors) for order, e in enumerate(entries)
            if (anchors := matches(tree, roles, e, n)) is not None]
    named = {a for _, _, anchors in fits for a in anchors}
    best: tuple[tuple[bool, int, int, int, bool, int, int], Entry, list[int]] | None = None
    for order, e, anchors in fits:
        depth = min(len(tree.ancestors(a)) for a in anchors) - len(tree.ancestors(n.i)) if anchors else 0
        by_adjective = any(_modifier_in(tree, tree[a], folded(e.objects), roles.lex.words("light_object_nouns"))
                           for a in anchors)
        by_agent = bool(anchors) and all(tree[a].deprel == "obl:agent" for a in anchors)  # 'attacked by protesters'
        cased = bool(anchors) and all(tree.has_case(a) for a in anchors)  # 'opened fire on a camp': 'on a camp'
        rank = (by_agent, -e.specificity, -_refines(tree, roles, anchors, named), depth, cased, -by_adjective, order)
        if best is None or rank < best[0]:
            best = (rank, e, anchors)
    return (best[1], best[2]) if best else None


def _refines(tree: Tree, roles: Roles, anchors: list[int], named: set[int]) -> bool:
    """Is one of the entry's object nouns the bare genitive of another fitting entry's object noun, naming a thing, not
    an actor? The compound names the act more precisely than its head ('vyhlásila zákaz vycházení' is a curfew, not
    any ban); an actor in the genitive owns the act ('přijala výzvu ministra' accepts an appeal, receives no guest),
    and the genitive of a verbal noun is what that act undoes or does ('ke zrušení sankcí' lifts them: no sanction)."""
    return any(tree[a].deprel == "nmod" and tree[a].feat("Case") == "Gen" and not tree.has_case(a)
               and tree[a].head in named and tree[a].head not in anchors and roles.mention_at(a) is None
               and tree[tree[a].head].feat("VerbForm") != "Vnoun" for a in anchors)


def matches(tree: Tree, roles: Roles, e: Entry, n: Node) -> list[int] | None:
    """The object nouns that license an entry at node n ([] if it needs none), or None if it does not fit."""
    if not particle_ok(tree, e, n) or not infinitive_ok(tree, e, n) or not clause_ok(tree, roles.lex, e, n):
        return None
    if e.unless and roles.fill(e.unless, n.i, []):  # 'vyzvalo EU k sankcím proti Rusku': addressed to the EU
        return None
    if e.intransitive and tree.children(n.i, "obj"):  # 'pulled them out of the car' is no retreat
        return None
    anchors: list[int] = []
    if e.objects:
        anchors = object_nodes(tree, roles, e, n)
        if e.object_prep and e.prep:  # 'placed an alert on the account' is no alert state: 'on alert' is
            anchors = [a for a in anchors if e.prep.lower() in tree.case_words(a)]
        if not anchors:
            return None
    if e.complements:  # the act the trigger names in its infinitive: 'nařídil firmě zaplatit', 'ordered X to pay'
        anchors += [k.i for k in [*infinitives(tree, n), *participles(tree, n)] if fold(k.lemma) in e.complements]
        if not anchors:
            return None
    if e.prep and not (e.object_prep and anchors):  # object_prep: the object nouns kept carry it themselves
        prep = e.prep.lower()
        if not any(prep in tree.case_words(k.i) and not _in_timex(roles, k.i)
                   for a in [n.i, *anchors] for k in [*tree.children(a), *_under_verbal_noun(tree, n, a)]) \
                and not _clause_prep(tree, roles, prep, n):
            return None
    return anchors


def _under_verbal_noun(tree: Tree, n: Node, a: int) -> list[Node]:
    """An object noun under a verbal noun the trigger holds carries the entry's preposition itself ('schválila vyslání
    vojáků na pomoc Polsku'); elsewhere the preposition is the trigger's or the object's dependent's."""
    x = tree[a]
    return [x] if a != n.i and x.head != x.i and tree[x.head].feat("VerbForm") == "Vnoun" else []


def _clause_prep(tree: Tree, roles: Roles, prep: str, n: Node) -> bool:
    """Is the entry's preposition the mark of a clause after the trigger that may introduce its own subject (grammar
    key clause_preps: en 'called for the government to step in', 'for' parsed as the infinitive's mark)?"""
    return prep in roles.lex.words("clause_preps") and any(
        k.i > n.i and prep in {m.lemma.lower() for m in tree.children(k.i, "mark")}
        for k in tree.children(n.i, "advcl", "ccomp", "xcomp"))


def particle_ok(tree: Tree, e: Entry, n: Node) -> bool:
    """Does node n carry the entry's particle, if it has one ('vote down', 'se')?"""
    if not e.particle:
        return True
    parts, kids = {e.particle.lower()}, tree.children(n.i)
    return any(k.lemma in parts or k.tok.text.lower() in parts for k in kids
               if k.deprel.split(":")[0] in {"compound", "expl", "obj", "advmod", "prt", "obl"}) \
        or any(c.lemma in parts or c.tok.text.lower() in parts for k in kids  # 'called on X': parsed as a prep
               for c in tree.children(k.i, "case") if _next_to(tree, n, c))


def _next_to(tree: Tree, n: Node, c: Node) -> bool:
    """Does the preposition stand before the verb (cs 'Nemocnice se rodičům omluvila': the clitic read as 'se' =
    with) or right after it, past adverbs only ('called on X', 'called again on X'), as a particle does? 'gave praise
    to her in a post' has no particle 'in'."""
    return c.i < n.i or all(tree[j].upos == "ADV" for j in range(n.i + 1, c.i))


def infinitives(tree: Tree, n: Node) -> list[Node]:
    """The infinitive complements after node n ('told the bank to pay', 'nařídil firmě zaplatit'); after a direct
    object also one the parser read as a purpose clause ('pushed the EU to impose sanctions': advcl)."""
    objs = [k.i for k in tree.children(n.i, "obj", "dobj")]
    return [x for x in tree.children(n.i, "xcomp", "advcl") if x.i > n.i and x.feat("VerbForm") == "Inf"
            and (x.deprel == "xcomp" or any(o < x.i for o in objs))]


def participles(tree: Tree, n: Node) -> list[Node]:
    """A past participle completing the direct object after node n ('ordered the journalist held in custody',
    'ordered the activist to be detained'): the act the trigger orders done to the object."""
    objs = tree.children(n.i, "obj", "dobj")
    found = [x for o in objs for x in tree.children(o.i, "acl") if x.i > o.i]
    found += [x for x in tree.children(n.i, "xcomp") if x.i > n.i]
    return [x for x in found if x.feat("VerbForm") == "Part" and x.feat("Tense") in {"Past", None}]


def infinitive_ok(tree: Tree, e: Entry, n: Node) -> bool:
    """Does node n have the infinitive complement the entry asks for (key infinitive)?"""
    return not e.infinitive or bool(infinitives(tree, n))


def clause_ok(tree: Tree, lex: Lexicon, e: Entry, n: Node) -> bool:
    """Does node n have the demand clause the entry asks for (key demand_clause): a complement clause after it whose
    first word is a demand mark (grammar key demand_clause_marks: cs 'řekla nám, abychom hlasovali', 'vzkázal jim,
    ať odejdou'; the parser often tags 'abychom' as a subject, so the word is read, not its relation)?"""
    if not e.demand_clause:
        return True
    marks = lex.words("demand_clause_marks")
    for c in tree.children(n.i, "ccomp", "advcl", "parataxis", "xcomp"):
        first = min((k for k in tree.subtree(c.i) if k.upos != "PUNCT"), key=lambda k: k.i, default=None)
        if c.i > n.i and first is not None and first.tok.text.lower() in marks:
            return True
    return False


def _in_timex(roles: Roles, i: int) -> bool:
    """Is token i part of a time expression ('on Monday', 'in March'): a date, not the entry's preposition phrase
    ('attacked X on Monday' is no 'attack on')."""
    return any(t.start <= i < t.end for t in roles.doc.timexes)


_CLAUSE_NOT_CONJ = CLAUSE - {"conj"}


def object_nodes(tree: Tree, roles: Roles, e: Entry, n: Node) -> list[int]:
    """Nouns of the trigger's clause (depth <= 3) whose lemma is one of the entry's objects; the trigger's own
    dependents without a preposition also by their adjective ('použilo chemické zbraně': the noun 'zbraně' is the
    anchor; not 'found the body of a dead dog', 'pull money from military construction'), and its adjectival
    complement ('uznal ho vinným', 'found him guilty', en small clause 'found the company liable' parsed as ccomp)."""
    wanted = folded(e.objects)
    if e.direct_object:  # not the subject nor a deeper noun ('The police called upon citizens')
        return [k.i for k in tree.children(n.i, "obj") if fold(signed_lemma(roles, k)) in wanted]
    out = [k.i for k in tree.children(n.i, "xcomp", "advcl:pred", "ccomp") if k.upos == "ADJ"  # cs: advcl:pred
           and fold(signed_lemma(roles, k)) in wanted]
    predicative = lookup_type(e.cameo) in PREDICATIVE_OBJECT_TYPES or e.cameo in PREDICATIVE_OBJECT_CODES
    if predicative:  # 'stanovila 10. prosinec jako poslední termín': the
        out += [k.i for k in tree.children(n.i, "advcl:pred") if k.upos == "NOUN"  # deadline noun is the object
                and fold(signed_lemma(roles, k)) in wanted]  # (not 'použil dodávku jako zbraň': the van's use)

    if _reduced_relative(tree, roles, n) and fold(signed_lemma(roles, tree[n.head])) in wanted:
        out.append(n.head)  # 'the atrocities the army commits': the relative clause's noun is its object
    held = tree.reduced_relative(n.i)  # 'sanctions imposed by X on Y', 'sankce uvalené X na Y': the noun a passive
    if held is not None and fold(signed_lemma(roles, held)) in wanted:  # participle modifies is its object
        out.append(held.i)
    layer = [n]
    for _ in range(1 if e.particle else 3):  # a phrasal verb's idiom takes its own object ('shot down a plan')
        nxt: list[Node] = []
        for x in layer:
            for k in tree.children(x.i):
                rel = k.deprel.split(":")[0]
                for o in _misattached_objects(tree, x, k):  # 'zrušili den trvající blokádu': blokádu is the object
                    out.extend([o.i] if fold(signed_lemma(roles, o)) in wanted else [])
                    nxt.append(o)
                if rel in _CLAUSE_NOT_CONJ or rel not in OBJECT_RELS or (x is n and _active_subject(tree, roles, k, n)):
                    continue
                ref = roles.antecedent(k)  # a relative pronoun: its noun (zvěrstvům, které páchá)
                # a bare dependent, or one under the entry's own preposition ('provided X with air defence systems')
                own = x is n and (not tree.has_case(k.i) or bool(e.prep and e.prep.lower() in tree.case_words(k.i)))
                by_adjective = (own or _label_phrase(tree, roles, k) or _container(tree, roles, x, k, n)) \
                    and _modifier_in(tree, k, wanted, roles.lex.words("light_object_nouns"))
                if fold(signed_lemma(roles, ref)) in wanted or fold(signed_lemma(roles, k)) in wanted or by_adjective:
                    out.append(k.i)
                nxt.append(k)
        layer = nxt
    return out


def _misattached_objects(tree: Tree, x: Node, k: Node) -> list[Node]:
    """'zrušili den trvající blokádu' parsed with 'blokádu' the object of the participle 'trvající' hung on 'den': a
    participle modifier that agrees in gender and case with its own object, not with the noun it modifies, modifies
    that object, which is the outer noun's place-holder in the clause ('zákon omezující demonstrace' agrees with
    'zákon' and keeps its object)."""
    if k.deprel != "amod" or k.feat("VerbForm") != "Part" or not k.feat("Gender") \
            or (k.feat("Gender"), k.feat("Case")) == (x.feat("Gender"), x.feat("Case")):
        return []
    return [o for o in tree.children(k.i, "obj") if o.upos == "NOUN"
            and (o.feat("Gender"), o.feat("Case")) == (k.feat("Gender"), k.feat("Case"))]


def _container(tree: Tree, roles: Roles, x: Node, k: Node, n: Node) -> bool:
    """'dodá Ukrajině systém protivzdušné obrany', 'poskytla balík vojenské pomoci': the bare genitive under a
    container noun (grammar key container_nouns) the trigger holds without a preposition is what is given, and
    counts by its adjective as the trigger's own object would."""
    return x is not n and x.head == n.i and x.lemma in roles.lex.words("container_nouns") \
        and not tree.has_case(x.i) and not tree.has_case(k.i) and k.deprel == "nmod"


def _reduced_relative(tree: Tree, roles: Roles, n: Node) -> bool:
    """A relative clause with no relative word and no object of its own, whose subject is a noun: the noun it
    modifies is its object ('the atrocities the army commits'), not its subject ('sankce, které platí')."""
    return n.deprel == "acl:relcl" and n.head != n.i and not tree.children(n.i, "obj") and any(
        k.upos in {"NOUN", "PROPN"} for k in tree.children(n.i, "nsubj")) and not any(
        "Rel" in (k.feat("PronType") or "") or k.lemma in roles.lex.words("relative_pronouns")
        for k in tree.children(n.i))


def _label_phrase(tree: Tree, roles: Roles, k: Node) -> bool:
    """A noun in a label phrase (grammar key label_preps: cs 'za'): 'označil velvyslance za velmi hloupého člověka'
    names the label by its adjective, wherever the parser hung the phrase."""
    return bool(tree.case_words(k.i) & roles.lex.words("label_preps"))


def signed_lemma(roles: Roles, k: Node) -> str:
    """The lemma with the language's negative prefix when the form carries it and the tagger moved it into
    Polarity=Neg (cs 'nepřijatelný' -> lemma 'přijatelný' + Neg): 'označil X za nepřijatelný' is no approval."""
    prefix = roles.lex.grammar.get("negative_prefix")
    if isinstance(prefix, str) and prefix and k.feat("Polarity") == "Neg" and not k.lemma.startswith(prefix) \
            and k.tok.text.lower().startswith(prefix):
        return prefix + k.lemma
    return k.lemma


def _active_subject(tree: Tree, roles: Roles, k: Node, n: Node) -> bool:
    """Is k the active subject of a trigger that has a direct object: the doer, not the noun the entry is about
    ('The German president welcomed the decision' is no hosting of a president; 'clashes erupted' keeps its noun)."""
    return roles.effective(k, n.i).deprel == "nsubj" and any(
        roles.effective(o, n.i).deprel == "obj" for o in tree.children(n.i, "obj"))


def _modifier_in(tree: Tree, k: Node, wanted: frozenset[str], light: set[str] | frozenset[str] = frozenset()) -> bool:
    """Does a noun carry an adjective the entry lists ('protestní akce', 'chemické zbraně', 'military aid'), or is it
    a light noun (grammar key light_object_nouns) whose compound noun the entry lists ('a mediation effort')?"""
    return k.upos in {"NOUN", "PROPN"} and (any(
        a.upos == "ADJ" and fold(a.lemma) in wanted for a in tree.children(k.i, "amod")) or (k.lemma in light and any(
            c.upos == "NOUN" and fold(c.lemma) in wanted for c in tree.children(k.i, "compound"))))


@lru_cache(maxsize=4096)
def folded(objects: frozenset[str]) -> frozenset[str]:
    """An entry's object lemmas without diacritics (memoised: asked for every candidate trigger)."""
    return frozenset(fold(o) for o in objects)


def plain_types(lex: Lexicon, n: Node, tree: Tree) -> set[str | None]:
    """PLOVER types of a token's lexicon entries that need no object noun and whose particle and preposition it
    has ('voted down', 'voted against', 'calling for X to step down'; not 'voted to revoke')."""
    return {lookup_type(e.cameo) for e in lex.entries(n.tok.lemma, n.tok.text, False)
            if not e.objects and particle_ok(tree, e, n) and infinitive_ok(tree, e, n) and clause_ok(tree, lex, e, n)
            and (not e.prep or any(
                e.prep.lower() in tree.case_words(k.i) | {m.lemma.lower() for m in tree.children(k.i, "mark")}
                for k in tree.children(n.i)))}
