"""Role finding on the UD tree: which actor mentions fill an entry's source and target specs."""

from __future__ import annotations

from typing import Any

from ..cameo import plover_type as lookup_type
from ..model import Doc, Event, Mention
from . import pairs
from .act_victims import victim_of_act
from .attachment import reattached
from .dates import time_noun
from .dedup import one_actor
from .headlines import control_participle
from .lexicon import Entry, Lexicon, fold
from .pronouns import clause_standin, named_child, personal, possessor, pronoun_actor
from .quote_index import QuoteIndex
from .reactions import act_antecedent
from .syncretism import agree, capital_lemma, shared_cases, syncretic
from .targets import (
    country_of,
    fronted_clause_subject,
    holder,
    infinitive_dative,
    mobilised_forces,
    nearest,
    own_phrase,
    owner,
    participle_phrases,
    prep_spec,
    raised_object,
    relative_phrases,
    repeated,
)
from .udview import NOMINAL, Node, Tree, active_participle, temporal_clause
from .venues import named_venue
from .word_order import (
    dative_subjects,
    effective_role,
    noun_modifier_subjects,
    second_objects,
    subject_strays,
)

CLAUSE = frozenset({"acl", "advcl", "ccomp", "csubj", "parataxis", "conj", "xcomp", "punct", "cc", "mark",
                    "discourse", "vocative", "reparandum", "dep"})
# Relations that do not carry a role of an actor inside them (we do not search their subtrees for actors).
NO_ROLE = frozenset({"punct", "cc", "mark", "case", "det", "nummod", "advmod", "aux", "cop", "expl", "fixed",
                     "discourse", "dep"})
CORE = {"nsubj", "obj", "iobj", "obl:arg"}
CLAUSE_TARGET = {"REQUEST"}  # target may be the complement's subject ('demanded that X ...'); not 'warned that ...'
# Types whose target may be the subject of a that-clause stating what is criticised or protested ('kritizoval, že
# Rusko přesunulo vojáky'); only a complement clause, not an adverbial one ('criticised the plan, while France ...').
FACT_TARGET = {"ACCUSE", "PROTEST"}
MILITARY_RETREAT = "087"  # de-escalation and military retreat: a place of the forces' own state is no opponent


PASSIVE_RELS = {"nsubj:pass", "aux:pass", "csubj:pass"}


class Roles:
    """Looks up actor mentions for tree nodes and resolves role specs of lexicon entries."""

    def __init__(self, doc: Doc, tree: Tree, lex: Lexicon) -> None:
        self.doc, self.tree, self.lex = doc, tree, lex
        self.by_token: dict[int, Mention] = {}
        self.by_head: dict[int, list[Mention]] = {}  # several actors on one head: 'Hungarian and Romanian officials'
        for m in doc.mentions:
            if m.code and m.status == "resolved":
                for i in range(m.start, m.end):
                    self.by_token.setdefault(i, m)
                self.by_head.setdefault(m.head, []).append(m)
        self.backers = set(doc.meta.get("backer_tokens", ()))  # 'US-backed fighters' (actors.backed_by)
        self.quotes = QuoteIndex(doc.quotes)  # the quote around a trigger, found without rescanning all quotes
        self.source_refs: list[Mention] = []  # while finding targets: the sources found
        self.acts: list[tuple[int, Event]] = []  # events found so far with their trigger token (reactions.py)
        self.reactions: set[int] = set()  # triggers whose target is the actor of an act a noun refers to
        self.act_nouns = {fold(w) for w in lex.grammar.get("act_anaphors") or {}}  # 'tento krok', 'the move'
        self.deep = True  # may actor search enter prepositional modifiers ('vztahů mezi X a Y')?
        self.opposing = lex.words("opposing_preps")
        self.manner = lex.words("manner_preps")
        self.boundaries = lex.words("boundary_nouns")  # 'a stronghold on the Thai border': a place, no party
        self.borders = self.boundaries  # per entry: a posture's border names its adversary (source_target)
        self.frames = lex.words("frame_nouns")  # 'na začátku summitu OSN', 'in the run-up to a U.N. summit': a time
        self.instruments = {fold(w) for w in lex.words("instrument_nouns")}
        self.instrument_hits = {fold(w) for w in lex.words("instrument_victim_verbs")}  # 'shot down a Russian jet'
        self.armed_acts = ({fold(w) for w in lex.words("armed_act_nouns")}, lex.words("armed_act_victim_preps"))
        self.places = lex.words("location_preps")
        self.agent_cases = set(lex.grammar.get("agent_cases", []))
        self.case_alias: dict[str, set[str]] = {
            k: set(v) for k, v in lex.grammar.get("case_aliases", {}).items()}
        # cases the tagger gives a verb's bare argument of another case with the same form (cs 'nabídly Íránu': Gen)
        self.argument_alias: dict[str, set[str]] = {
            k: set(v) for k, v in lex.grammar.get("argument_case_aliases", {}).items()}
        self.syncretism: list[dict[str, Any]] = lex.grammar.get("case_syncretism", [])
        self.address: dict[str, str] = lex.grammar.get("address_nouns", {})  # 'na adresu X' = 'vůči X'

    def mention_at(self, i: int) -> Mention | None:
        """The mention covering token i."""
        return self.by_token.get(i)

    def antecedent(self, n: Node) -> Node:
        """A relative pronoun stands for the noun its clause modifies ('Putin, který ...' -> Putin)."""
        if ("Rel" in (n.feat("PronType") or "")) or (  # English models leave 'which/who' without PronType
                n.upos == "PRON" and not n.feat("PronType") and n.lemma in self.lex.words("relative_pronouns")):
            for a in self.tree.ancestors(n.i):
                if a.deprel.startswith("acl"):
                    head = self.tree[a.head]
                    while head.i not in self.by_token and head.deprel == "nmod" and head.head != head.i \
                            and n.lemma in self.lex.words("personal_relatives"):
                        head = self.tree[head.head]  # 'the president of white rule, who freed Mandela': a person
                    if head.deprel == "appos" and head.i not in self.by_token and head.head != head.i:
                        head = self.tree[head.head]  # 'the Commission, the EU's executive arm, which': the name
                    return head if self.agrees(n, head) else self._agreeing_before(n, head)
        return n

    def agrees(self, rel: Node, noun: Node) -> bool:
        """Agreement of a relative pronoun with a noun, by any gender/number its form has (grammar key
        relative_forms: cs 'která' is Fem Sing or Neut Plur, 'případech úmrtí, která ...' are the deaths)."""
        readings = self.lex.grammar.get("relative_forms", {}).get(rel.tok.text.lower())
        if not readings:
            return agree(rel, noun)
        return any(all(not noun.feat(f) or noun.feat(f) == v for f, v in zip(("Gender", "Number"), r, strict=True))
                   for r in readings)

    def _agreeing_before(self, rel: Node, fallback: Node) -> Node:
        """The nearest preceding nominal that agrees with a relative pronoun in gender and number."""
        sent = self.doc.sentences[rel.tok.sent]
        for j in range(rel.i - 1, sent.start - 1, -1):
            c = self.tree[j]
            if c.upos in {"NOUN", "PROPN"} and self.agrees(rel, c) and c.feat("Gender"):
                return c
        return fallback

    def actor_of(self, i: int) -> Mention | None:
        """The actor a node refers to: its own mention, else the nearest mention in its phrase."""
        n = self.antecedent(self.tree[i])
        if n.i in self.by_token:
            return self.by_token[n.i]
        if (stand := clause_standin(self, n) or named_child(self, n)) is not None:  # 'proti tomu, že X', 'hnutí Hamás'
            return stand
        if personal(n) and n.feat("Poss") != "Yes":  # 'propustil ho klub' (a possessor only under a noun, below)
            return pronoun_actor(self, n)
        if self.tree.word_lemma(n.i) in self.frames and self.tree.has_case(n.i):
            return None  # 'met on the sidelines of the G20 summit': a setting, not a party (as frames below)
        shallow = n.i != i or not self.deep  # a relative's antecedent or a subject: no digging into its PPs
        layer = [n]
        owner: Mention | None = None  # 'ocenila jeho hrdinství'; only when the phrase names no actor itself
        for _ in range(3):  # ('its European Community partners', 'on its market for new EU members')
            nxt: list[Node] = []
            for x in layer:
                for k in self.tree.children(x.i):
                    if owner is None and (owner := possessor(self, k)) is not None:
                        continue
                    if k.deprel.split(":")[0] in CLAUSE | NO_ROLE or k.deprel == "acl:relcl" or active_participle(k):
                        continue
                    if not self.deep and x.upos == "ADJ" and k.feat("Case") in self.agent_cases \
                            and not self.tree.has_case(k.i):
                        continue  # a participle's agent is no subject ('vrácení majetku zabaveného armádou')
                    if k.i in self.backers:
                        continue  # 'US-backed fighters': the backer is not the group
                    if (x.upos in {"PROPN", "ADJ"} or shallow) and self.tree.has_case(k.i) \
                            and not (x.upos == "PROPN" and k.deprel == "nmod:poss") and not self.quantity_of(x, k):
                        continue  # a name's prepositional modifier is a place or time ('Zelenským v Polsku'); a
                        # name's possessor "'s" is no preposition ('the Prosecutor's Office charged X')
                    if self.tree.case_words(k.i) & self.opposing or (
                            x is not n and self.tree.case_words(x.i) & self.manner) or (
                            self.tree.word_lemma(k.i) in self.frames | self.borders and self.tree.has_case(k.i)):
                        continue  # 'podpoří sankce proti Rusku' does not support Russia; 'vyšetřovala případ ve
                        # spolupráci s rakouskou policií': the partner of a manner phrase is no target; a time frame
                        # ('na začátku summitu OSN') is no party
                    if k.i in self.by_token and not named_venue(self, x, k):  # not 'the Paris agreement'
                        return self.by_token[k.i]
                    nxt.append(k)
            layer = nxt
        return owner or self.described_as(n)

    def office_targets(self, trigger: int, anchors: list[int], sources: list[Mention]) -> list[Mention]:
        """'had to seek help at the Czech consulate', 'požádal o azyl na velvyslanectví USA': a request made at an
        institution (a place phrase, grammar key location_preps, whose noun is an actor that is not a territory) is
        addressed to it; not an actor deeper in the phrase ('přikázala odchod do důchodu úředníkům')."""
        own = {m.code for m in sources}
        heads = [trigger, *anchors, *(k.i for k in self.tree.children(trigger, "obj"))]
        for h in heads:
            for k in self.tree.children(h, "obl", "nmod"):
                if self.tree.case_words(k.i) & self.places:
                    found = [m for m in self.actors(k.i) if m.head == k.i and m.kind != "GPE" and m.code not in own]
                    if found:
                        return found[:1]
        return []

    def described_as(self, n: Node) -> Mention | None:
        """An unresolved name described by a relative clause with a nominal predicate ('charged Novák, who was a
        student at the time', 'Nováka, který byl studentem'): the actor of that predicate."""
        if n.upos != "PROPN":
            return None
        for r in self.tree.children(n.i, "acl:relcl"):
            if not any(self.antecedent(k).i == n.i for k in self.tree.children(r.i, "nsubj")):
                continue
            preds = [r] if self.tree.children(r.i, "cop") else list(self.tree.children(r.i, "xcomp"))
            for p in preds:
                if p.upos in NOMINAL and p.i in self.by_token and not self.tree.has_case(p.i):
                    return self.by_token[p.i]
        return None

    def quantity_of(self, x: Node, k: Node) -> bool:
        """'thousands of students', 'a group of rebels': the actor is in the 'of' phrase (grammar keys
        quantity_nouns, quantity_preps)."""
        return x.lemma in self.lex.words("quantity_nouns") and bool(
            self.tree.case_words(k.i) & self.lex.words("quantity_preps"))

    def members(self, i: int) -> list[Node]:
        """A node and its conjuncts ('Rusko a KLDR' -> both), following conj chains."""
        out, todo = [], [self.tree[i]]
        while todo:
            n = todo.pop(0)
            out.append(n)
            todo.extend(k for k in self.tree.children(n.i, "conj") if k.upos in NOMINAL | {"ADJ", "DET"})
        return out

    def anaphor(self, n: Node, avoid: set[str]) -> Mention | None:
        """'tato země', 'sousední země' / 'this country': a demonstrative phrase (not of a time: 'tento týden')
        or a neighbour phrase names the nearest preceding state actor (grammar keys neighbour_adjectives,
        state_nouns); an act noun ('tento krok') the actor of the act it refers to where an earlier event is that act
        (reactions.act_antecedent)."""
        if fold(n.lemma) in self.act_nouns and any(k.feat("PronType") == "Dem" for k in self.tree.children(n.i)):
            acts = act_antecedent(self, n, n.i, [], avoid)  # 'tento krok': the actor of the act told before
            if acts:
                return acts[0]
        if not (any(k.feat("PronType") == "Dem" and k.deprel.split(":")[0] == "det" for k in self.tree.children(n.i))
                and not time_noun(self.lex.lang, n)) \
                and not (n.lemma in self.lex.words("state_nouns") and any(
                    k.lemma in self.lex.words("neighbour_adjectives") for k in self.tree.children(n.i, "amod"))):
            return None  # 'Tento týden bylo zatčeno 12 lidí', 'this week': a time, no state named
        for j in range(n.i - 1, -1, -1):
            m = self.by_token.get(j)
            if m is not None and j == m.head and m.kind == "GPE" and country_of(m.code) not in avoid:
                return m
        return None

    def actors(self, i: int, avoid: set[str] = frozenset()) -> list[Mention]:  # type: ignore[assignment]
        """Actors of a node with its conjuncts, one per distinct mention, and of what the mention itself
        coordinates ('vztahů mezi Ruskem a Koreou' -> RUS, PRK)."""
        found: list[Mention] = []
        for m in self.members(i):
            a = self.anaphor(m, avoid) or self.actor_of(m.i)
            if a is None:
                continue
            if a not in found:  # a conjunct already found as its head's member still adds its co-headed mentions
                found.append(a)
            found.extend(o for o in self.by_head.get(a.head, []) if o.code != a.code
                         and all(o.code != f.code for f in found))
            for c in self.members(a.head)[1:]:
                b = self.actor_of(c.i)
                if b is not None and b not in found:
                    found.append(b)
        return pairs.members(self, i, found)  # 'obě země': the pair named before

    def dependents(self, trigger: int, anchors: list[int]) -> list[Node]:
        """Candidate role fillers: dependents of the trigger, then of the object nouns (anchors)."""
        out = list(self.tree.children(trigger))
        shared = self.shared_passive(trigger)
        if shared is not None:  # 'X was arrested by Y and charged': X is charged too, by Y
            out.extend(k for k in self.tree.children(shared.i) if k.deprel in {"nsubj:pass", "obl:agent"})
        patient = self.tree.reduced_relative(trigger)
        if patient is not None and patient.i in self.by_token:  # 'British spy expelled by Russia': the actor noun is
            # the participle's passive subject; not a thing ('attacks on X's oil plants blamed on Iran')
            out.append(Node(patient.tok, trigger, "nsubj:pass", patient.kids))
        has_obj = any(k.deprel == "obj" for k in out)
        for a in nearest(self.tree, anchors):
            if self.tree[a].upos == "VERB":  # an infinitive the entry asked for: its dative is the payee, not the
                continue  # ordered party ('nařídil firmě zaplatit manželům')
            out.extend(k for k in self.tree.children(a) if k not in out and k.i != trigger)
            out.extend(participle_phrases(self.tree, a, trigger))  # 'sanctions imposed on China'
            out.extend(relative_phrases(self, a, trigger))  # 'sanctions that were imposed on China'
            if not has_obj and self.tree[a].head != trigger and self.actor_of(a) is not None:
                # the object noun the entry asked for, hung elsewhere by the parser, is the verb's object
                out.append(Node(self.tree[a].tok, trigger, "obj", self.tree[a].kids))
        if not has_obj:
            out.extend(self.stray_objects(out))
        out.extend(self.detached_phrases(out, trigger))
        out.extend(subject_strays(self, out, has_obj))
        out = dative_subjects(self, second_objects(self, noun_modifier_subjects(self, out, trigger), anchors), trigger)
        return [self.effective(k, trigger) for k in out]

    def stray_objects(self, deps: list[Node]) -> list[Node]:
        """A bare nominal in a case no bare noun modifier takes (grammar key stray_object_cases), hung by the parser
        under the verb's oblique, is the verb's object: 'obvinily z útoku Írán' (Írán is Acc, not a modifier)."""
        cases = set(self.lex.grammar.get("stray_object_cases", []))
        if not cases:
            return []
        return [Node(k.tok, d.head, "obj", k.kids) for d in deps if d.deprel.split(":")[0] == "obl"
                for k in self.tree.children(d.i, "nmod") if k.deprel == "nmod" and not self.tree.has_case(k.i)
                and k.feat("Case") in cases and self.actor_of(k.i) is not None]

    def detached_phrases(self, deps: list[Node], trigger: int) -> list[Node]:
        """'complained to the European Commission about Germany', 'protested to NATO over its bombing': a phrase of
        a preposition a name takes none of (grammar key detached_preps), hung by the parser under a named actor in
        the trigger's oblique, is the trigger's own."""
        preps = self.lex.words("detached_preps")
        return [Node(k.tok, trigger, "obl", k.kids) for d in deps if d.head == trigger and d.upos == "PROPN"
                and d.deprel.split(":")[0] == "obl" and self.mention_at(d.i) is not None
                for k in self.tree.children(d.i, "nmod") if self.tree.case_words(k.i) & preps]

    def effective(self, n: Node, trigger: int) -> Node:
        """The dependent with the relation free word order gives it (word_order.effective_role)."""
        return effective_role(self, n, trigger)

    def nom_is_acc(self, n: Node) -> bool:
        """Nominative = accusative: neuter, inanimate masculine, a feminine plural ('stovky'), a place/body name
        (parser animacy is a guess), or a form its paradigm shares between the two ('vůdce', 'mluvčí')."""
        m = self.mention_at(n.i)
        return n.feat("Gender") == "Neut" or (n.feat("Gender") == "Fem" and n.feat("Number") == "Plur") \
            or (n.feat("Gender") == "Masc" and (
            n.feat("Animacy") == "Inan" or (m is not None and m.kind in {"GPE", "ORG", "IGO"}))) \
            or {"Nom", "Acc"} <= shared_cases(n, self.syncretism, self.name_lemma(n))

    def name_lemma(self, n: Node) -> str | None:
        """The lexicon's nominative of a one-word name the form inflects ('Egyptu' -> 'Egypt'), when the tagger's
        lemma differs from it ('Egypta': a feminine paradigm whose -u form is Acc, not the Dat of a masculine)."""
        m = self.mention_at(n.i)
        if m is None or m.end - m.start != 1 or m.kind not in {"GPE", "ORG", "IGO"} or " " in m.name:
            return None
        name, form = m.name.lower(), n.tok.text.lower()
        if m.rule.startswith("capital"):  # 'Moskvu' of Moskva, not of the state's name
            return capital_lemma(self.lex.lang, m.code, form)
        return name if form.startswith(name) and name != n.lemma else None

    def case_ok(self, n: Node, want: str) -> bool:
        """Whether a node's Case fits (absent Case, e.g. on indeclinable 'KLDR', fits any)."""
        have = n.feat("Case")
        if not have or not want:
            return True
        return have == want or have in self.case_alias.get(want, set()) or syncretic(
            n, have, want, self.syncretism, self.name_lemma(n))

    def genitive_name(self, n: Node) -> bool:
        """A capitalised adjectival surname before a noun it does not agree with ('Zelenského cesta'): a genitive
        possessor the parser took for an attribute."""
        if n.deprel != "amod" or n.upos != "ADJ" or not n.tok.text[:1].isupper() or not 0 <= n.i < n.head:
            return False
        head = self.tree[n.head]
        cases = n.feat("Case"), head.feat("Case")
        return not agree(n, head) or (all(cases) and cases[0] != cases[1])

    def spec_matches(self, spec: str, n: Node) -> bool:
        """Does one role spec accept a dependent node?"""
        rel, _, arg = spec.partition(":")
        base = n.deprel.split(":")[0]
        if spec in {"poss", "amod:poss", "nmod:poss"}:
            return n.deprel in {"nmod:poss", "det:poss"} or (
                n.feat("Poss") == "Yes" and base in {"amod", "det"} and n.feat("PronType") != "Prs") \
                or self.genitive_name(n)
        if rel == "case":
            return base in {"obj", "iobj", "obl", "dep"} and self.bare(n) and (self.case_ok(n, arg) or (
                n.deprel in {"obl:arg", "iobj"} and n.feat("Case") in self.argument_alias.get(arg, set())))
        if rel in {"obl", "nmod"} and arg and arg[0].isupper():  # nmod:Gen
            return base in {"obl", "nmod"} and n.deprel not in {"nmod:poss"} and self.bare(n) \
                and self.case_ok(n, arg)
        if rel in {"obl", "nmod"} and arg and arg not in {"arg", "agent", "npmod", "tmod"}:
            prep, _, case = arg.partition("+")
            if base not in {"obl", "nmod"}:
                return False
            if prep.lower() in self.lex.words("address_preps") \
                    and self.address.get(n.lemma) in self.tree.case_words(n.i):
                return True  # 'vyslovil kritiku na adresu Pekingu': aimed at Beijing, as 'vůči Pekingu'
            return (prep.lower() in self.tree.case_words(n.i) or n.lemma == prep.lower()) and (
                self.case_ok(n, case) or self.governed_case(n, case))
        return n.deprel == spec

    def bare(self, n: Node) -> bool:
        """No preposition on the noun: a reflexive pronoun the parser hung as its 'case' is the verb's particle
        ('Nemocnice se rodičům omluvila': 'se' read as the preposition 'se' = 'with')."""
        return not any(c.upos != "PRON" or c.feat("Reflex") != "Yes" for c in self.tree.children(n.i, "case"))

    def governed_case(self, n: Node, want: str) -> bool:
        """UD tags a preposition with the case it governs ('s' Case=Ins): that speaks for a noun whose form the
        tagger misreads ('se setkal s mluvčí Bílého domu': mluvčí, the same in every case, tagged Nom)."""
        return bool(want) and any(c.feat("Case") == want for c in self.tree.children(n.i, "case"))

    def fill(self, specs: tuple[str, ...], trigger: int, anchors: list[int],
             exclude: set[int] = frozenset(), avoid: set[str] = frozenset()  # type: ignore[assignment]
             ) -> list[Mention]:
        """Actors of the first spec (in order) that finds any; then prepositional specs on phrases the
        parser hung under another dependent ('uvaleny unií na Rusko', 'na straně Ruska proti Ukrajině')."""
        deps = self.dependents(trigger, anchors)
        again = [k for k in reattached(self.tree, deps, trigger, frozenset(self.lex.words("holder_phrase_preps")))
                 if self.tree.word_lemma(k.i) not in self.borders]  # 'a stronghold on the Thai border': a place
        for candidates, spec_list in ((deps, specs), (again, [s for s in specs if prep_spec(s)])):
            for spec in spec_list:
                for n in candidates:
                    if n.i in exclude or not self.spec_matches(spec, n):
                        continue
                    found = self.spec_actors(n, exclude, avoid)
                    if found:
                        return found + [m for k in repeated(self, n, spec, candidates)
                                        for m in self.spec_actors(k, exclude, avoid) if m not in found]
        return []

    def spec_actors(self, n: Node, exclude: set[int], avoid: set[str]) -> list[Mention]:
        """Actors of one role candidate: not taken, not the source again, not a weapon's maker nor an act's victim."""
        return [m for m in self.actors(n.i, avoid) if m.head not in exclude
                and not any(one_actor(m, a) for a in self.source_refs)
                and not (self.deep and self.maker_of_instrument(m))
                and not victim_of_act(self.tree, *self.armed_acts, m, n)]

    def maker_of_instrument(self, m: Mention) -> bool:
        """'used 50 North Korean missiles', 'použilo severokorejské rakety': a state adjective on a weapon or
        other instrument names its maker or owner, not the target (grammar key instrument_nouns)."""
        h = self.tree[m.head]
        if h.head == h.i or h.deprel.split(":")[0] not in {"amod", "nmod", "compound"}:
            return False
        if h.deprel == "nmod" and not self.tree.has_case(h.i) and self.case_ok(h, "Dat") and h.feat("Case"):
            return False  # 'pošle zbraně Ukrajině': a bare dative under the weapon is its recipient
        if self.tree.case_words(h.i) & (self.places | self.lex.words("seller_preps")):
            return False  # 'rozmístilo zbraně v Bělorusku': where; 'koupila zbraně od Polska': the seller
        inst = self.tree[h.head]  # 'shot down a Russian jet', 'sestřelila ruskou raketu': the one hit owns it
        if inst.head != inst.i and inst.deprel.split(":")[0] in {"obj", "dobj"} \
                and fold(self.tree[inst.head].lemma) in self.instrument_hits:
            return False
        return fold(inst.lemma) in self.instruments

    def is_passive(self, trigger: int) -> bool:
        """Passive voice: Voice=Pass on the trigger or a passive auxiliary/subject, or a participle that shares
        them with the passive verb it is conjoined to ('was arrested and charged')."""
        return self.tree[trigger].feat("Voice") == "Pass" or bool(
            [k for k in self.tree.children(trigger) if k.deprel in PASSIVE_RELS]) \
            or self.shared_passive(trigger) is not None or self.tree.reduced_relative(trigger) is not None

    def shared_passive(self, trigger: int) -> Node | None:
        """The passive verb a subjectless participle is conjoined to ('charged' in 'was arrested and charged')."""
        n = self.tree[trigger]
        participle = n.feat("VerbForm") == "Part" or control_participle(self.tree, self.lex, n)  # 'and asked to'
        if n.deprel != "conj" or n.head == n.i or not participle or n.feat("Voice") == "Act" \
                or self.tree.children(n.i, "nsubj"):
            return None  # a Czech active participle ('byl zatčen a obvinil policii') is no passive
        head = self.tree[n.head]
        return head if any(k.deprel in PASSIVE_RELS for k in self.tree.children(head.i)) else None

    def source_target(self, e: Entry, trigger: int, anchors: list[int]) -> tuple[list[Mention], list[Mention]]:
        """Source and target actors for one entry at one trigger (before subject inheritance)."""
        agent_phrases = tuple(f"{'nmod' if e.noun else 'obl'}:{p}" for p in self.lex.words("agent_phrase_preps"))
        src_specs, tgt_specs = (*agent_phrases, *e.source) if e.noun else e.source, e.target  # 'kritika X ze strany Y'
        if e.swap:
            src_specs, tgt_specs = e.passive_source, ("nsubj", *tuple(s for s in e.target if s != "obj"))
            if any(k.i in anchors for k in self.tree.children(trigger, "nsubj")):  # 'čelí obvinění z vraždy X': the
                tgt_specs = tgt_specs[1:]  # charge noun read as the subject (a Nom/Dat homograph); not X (fill.py)
        elif self.is_passive(trigger) and not e.noun:
            agent = tuple(f"case:{c}" for c in self.lex.grammar.get("agent_cases", []))
            src_specs = ("obl:agent", *agent, *agent_phrases, *tuple(e.passive_source))
            tgt_specs = (*tuple("nsubj:pass" if s == "obj" else s for s in tgt_specs), "nsubj:pass")
        self.source_refs, self.deep = [], False
        # 'took up positions near the Ukrainian border': a military posture's border names whom it is aimed at
        self.borders = set() if lookup_type(e.cameo) == "MOBILIZE" else self.boundaries
        sources = self.fill(src_specs, trigger, anchors)
        if not sources and self.is_passive(trigger) and not (e.noun or e.swap):  # 'branded "failing" by inspectors':
            by = self.lex.words("agent_preps")  # the agent hangs on the secondary predicate
            sources = [m for k in self.tree.children(trigger, "xcomp", "advcl") for c in self.tree.children(k.i, "obl")
                       if self.tree.case_words(c.i) & by and (k.deprel == "xcomp" or self.tree.has_case(k.i))
                       for m in self.actors(c.i)]  # or on a gerund: 'banned from keeping animals by a court'
            sources = sources or [m for k in self.tree.children(trigger, "obj") for c in self.tree.children(
                k.i, "nmod", "obl") if self.tree.case_words(c.i) & by for m in self.actors(c.i)]  # or on the thing
            # given: 'Ukraine was granted aid by the United States'

        self.source_refs, self.deep = sources, True
        taken = {m.head for m in sources} | mobilised_forces(self, trigger, lookup_type(e.cameo), sources)
        avoid = {country_of(m.code) for m in sources}
        targets = self.fill(tgt_specs, trigger, anchors, exclude=taken, avoid=avoid)
        if not targets and not e.swap and "obj" in e.target and not self.is_passive(trigger):
            targets = raised_object(self, trigger, taken, avoid)
        if not targets and anchors and not e.swap:
            targets = owner(self, anchors, taken, avoid, lookup_type(e.cameo))
        if not targets and not e.swap and (lookup_type(e.cameo) == "ASSAULT" or "obj" in e.target):  # the agent of
            targets = holder(self, trigger, taken, avoid, lookup_type(e.cameo))  # 'rezoluci, kterou navrhly USA'
        if not targets and not e.swap and lookup_type(e.cameo) in CLAUSE_TARGET | FACT_TARGET:  # 'X lže, kritizoval Y'
            rels = ("ccomp",) if lookup_type(e.cameo) in FACT_TARGET else ("ccomp", "xcomp", "advcl")
            targets = self.clause_subject(trigger, taken, avoid, rels)
        if not targets and not e.swap:  # 'nedovolí zákazníkům nosit kostýmy': the dative hung on the infinitive
            targets = infinitive_dative(self, trigger, taken)
        if e.cameo.startswith(MILITARY_RETREAT):  # 'Ukrainian forces pulled out of Bakhmut': no enemy of their own;
            targets = [m for m in targets if country_of(m.code) not in avoid or m.kind != "GPE"]  # a body may be
        return sources, own_phrase(self.tree, trigger, targets) if e.own_target else targets

    def clause_subject(self, trigger: int, exclude: set[int], avoid: set[str],
                       rels: tuple[str, ...] = ("ccomp", "xcomp", "advcl")) -> list[Mention]:
        """'demanded that Pyongyang give up ...', 'vyzval, aby Rusko ...': the complement clause's subject; also of
        a clause on the trigger's object ('insisted on its demands that Burundi's government grant ...') or on the
        trigger noun itself ('zopakoval svůj požadavek, aby Izrael zmírnil ...'); else the clause before a reporting
        verb (targets.fronted_clause_subject)."""
        own = [c for c in self.tree.children(trigger, "acl") if c.deprel != "acl:relcl"] \
            if self.tree[trigger].upos == "NOUN" else []
        clauses = self.tree.children(trigger, *rels) + own + [
            c for k in self.tree.children(trigger, "obj", "obl") for c in self.tree.children(k.i, "acl", "ccomp")
            if c.deprel != "acl:relcl"]
        for c in [c for c in clauses if not temporal_clause(self.tree, self.lex.words("time_marks"), c)]:
            for k in self.tree.children(c.i, "nsubj", "nsubj:pass"):
                found = [m for m in self.actors(k.i, avoid) if m.head not in exclude]
                if found:
                    return found
        return fronted_clause_subject(self, trigger, exclude, avoid)  # 'X lže, kritizovala opozice'
