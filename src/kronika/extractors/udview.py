"""A UD view of the parse: the events engine reads UD relations even when a parser emits ClearNLP labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Doc, Token

# ClearNLP / spaCy-English labels -> UD. Prepositions are restructured separately (see `_lift_pobj`).
LABELS = {
    "dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "auxpass": "aux:pass",
    "poss": "nmod:poss", "prt": "compound:prt", "relcl": "acl:relcl", "neg": "advmod:neg",
    "npadvmod": "obl:npmod", "attr": "xcomp", "acomp": "xcomp", "oprd": "xcomp", "dative": "iobj",
    "nummod": "nummod", "quantmod": "advmod", "predet": "det", "preconj": "cc", "intj": "discourse",
    "expl": "expl", "meta": "dep", "pcomp": "ccomp",
}
PREP_LABELS = {"prep", "agent"}
COMPOUND_PREPS = {"out"}  # spaCy's English 'out of X': 'of' hangs under 'out', X under 'of
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"}
PREDICATE = {"VERB", "AUX", "ADJ"}


@dataclass
class Node:
    """One token as the events engine sees it: UD deprel, head, and children in text order."""

    tok: Token
    head: int
    deprel: str
    kids: list[int] = field(default_factory=list)
    pos: str = ""  # a POS the repairs gave a mis-tagged token ('popřeli' tagged NOUN is a VERB); '' = the parser's
    morph: dict[str, str] | None = None  # features the repairs gave it ('je' tagged AUX is the pronoun 'them')
    lem: str = ""  # a lemma the repairs gave it ('se' read as the reflexive is the preposition 's'); '' = the parser's

    @property
    def i(self) -> int:
        """Token index."""
        return self.tok.i

    @property
    def lemma(self) -> str:
        """Lower-cased lemma (the repaired one where the repairs changed it)."""
        return self.lem or self.tok.lemma.lower()

    @property
    def upos(self) -> str:
        """Universal POS tag (the repaired one where the repairs changed it)."""
        return self.pos or self.tok.upos

    def feat(self, name: str) -> str | None:
        """A morphological feature (the repaired ones where the repairs changed them)."""
        return (self.morph if self.morph is not None else self.tok.feats).get(name)


class Tree:
    """The whole document as UD nodes, with helpers to walk it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.nodes = [Node(t, t.head, _label(t)) for t in doc.tokens]
        for n in self.nodes:
            if n.tok.deprel in PREP_LABELS:
                self._lift_pobj(n)
        for n in self.nodes:
            if n.head != n.i:
                self.nodes[n.head].kids.append(n.i)
        for n in self.nodes:
            n.kids.sort()

    def _lift_pobj(self, prep: Node) -> None:
        """Make 'X' of 'on X' an obl/nmod of the preposition's head and 'on' its case child; 'out of X' (spaCy hangs
        'of' under 'out') is one preposition, 'of' fixed under 'out'."""
        if prep.deprel == "fixed":
            return
        sent = self.doc.sentences[prep.tok.sent]  # heads stay within a sentence: scan only its tokens
        toks = self.doc.tokens[sent.start:sent.end]
        objs = [t for t in toks if t.head == prep.i and t.i != prep.i and t.deprel in {"pobj", "pcomp"}]
        inner = [t for t in toks if t.head == prep.i and t.deprel == "prep" and t.lemma.lower() == "of"]
        if not objs and inner and prep.tok.lemma.lower() in COMPOUND_PREPS:
            objs = [t for t in toks if t.head == inner[0].i and t.deprel == "pobj"]
            fixed = self.nodes[inner[0].i]
            fixed.head, fixed.deprel = prep.i, "fixed"
        if not objs or prep.tok.upos not in {"ADP", "SCONJ"}:
            return
        obj = self.nodes[objs[0].i]
        governor = self.nodes[prep.head]
        if prep.tok.deprel == "agent":
            obj.deprel = "obl:agent"
        elif obj.tok.deprel == "pcomp":
            obj.deprel = "advcl"
        else:
            obj.deprel = "obl" if governor.upos in PREDICATE else "nmod"
        obj.head = prep.head if prep.head != prep.i else obj.i
        prep.head, prep.deprel = obj.i, "case"

    def __getitem__(self, i: int) -> Node:
        return self.nodes[i]

    def children(self, i: int, *rels: str) -> list[Node]:
        """Dependents of node i, optionally only those whose deprel (or its base before ':') is in rels."""
        kids = [self.nodes[k] for k in self.nodes[i].kids]
        if not rels:
            return kids
        return [k for k in kids if k.deprel in rels or k.deprel.split(":")[0] in rels]

    def ancestors(self, i: int) -> list[Node]:
        """Heads from node i up to the root (not including i)."""
        out: list[Node] = []
        seen = {i}
        n = self.nodes[i]
        while n.head != n.i and n.head not in seen:
            seen.add(n.head)
            n = self.nodes[n.head]
            out.append(n)
        return out

    def subtree(self, i: int, stop: frozenset[str] = frozenset()) -> list[Node]:
        """Node i and its descendants, not entering dependents whose base deprel is in stop."""
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(self.nodes[j])
            todo.extend(k for k in self.nodes[j].kids
                        if self.nodes[k].deprel not in stop and self.nodes[k].deprel.split(":")[0] not in stop)
        return sorted(out, key=lambda n: n.i)

    def reduced_relative(self, i: int) -> Node | None:
        """The noun a past participle modifies after it as a passive ('British spy expelled by Russia', 'the men
        arrested on Friday'): an 'acl' of a nominal with no subject or auxiliary of its own, in a language whose
        participles carry no Voice (English); or a participle marked Voice=Pass, as 'acl' or 'amod' (Czech
        'povstalci podporovaní Íránem', 'Abdič, podporovaný Srby')."""
        n = self.nodes[i]
        marked = n.feat("Voice") == "Pass" and n.deprel in {"acl", "amod"}
        bare = n.deprel == "acl" and n.feat("Tense") == "Past" and not n.feat("Voice")
        if not (marked or bare) or n.head >= n.i or n.feat("VerbForm") != "Part" \
                or self.nodes[n.head].upos not in NOMINAL:
            return None
        if self.children(i, "nsubj", "aux", "cop", "mark"):
            return None  # 'the plan he proposed', 'the men who had arrested ...': not a reduced passive
        head = self.nodes[n.head]
        last = self.doc.tokens[self.doc.sentences[n.tok.sent].end - 1]
        if head.head == head.i and last.text == ".":
            return None  # a sentence whose root is the noun has lost its verb: 'A newspaper called on Arabs to ...'
        return head

    def case_words(self, i: int) -> set[str]:
        """Lemmas and forms of the prepositions (case/mark children, with their fixed parts) of node i."""
        words: set[str] = set()
        for c in self.children(i, "case"):
            fixed = list(self.children(c.i, "fixed"))
            words.update({c.lemma, c.tok.text.lower()})
            words.update(f.lemma for f in fixed)
            if fixed:
                words.add(" ".join([c.tok.text.lower()] + [f.tok.text.lower() for f in fixed]))
                words.add(" ".join([c.lemma] + [f.lemma for f in fixed]))
        return words

    def word_lemma(self, i: int) -> str:
        """The lemma of the hyphenated word a node ends ('run-up', split by the tokenizer into run - up, its head the
        last part), else the node's own lemma."""
        n = self[i]
        if i < 2 or self[i - 1].tok.text != "-" or self[i - 2].head != i or self[i - 2].tok.ws or self[i - 1].tok.ws:
            return n.lemma
        return f"{self[i - 2].tok.text.lower()}-{n.lemma}"

    def has_case(self, i: int) -> bool:
        """Whether node i has a preposition (case child)."""
        return bool(self.children(i, "case"))

    def rehang(self, i: int, head: int, deprel: str) -> bool:
        """Attach node i to a new head (itself for the root) with a new relation, keeping the kids lists sorted;
        refused (False) where it would make a cycle."""
        n = self.nodes[i]
        if head != i and (i == head or i in {a.i for a in self.ancestors(head)}):
            return False
        if n.head != n.i and i in self.nodes[n.head].kids:
            self.nodes[n.head].kids.remove(i)
        n.head, n.deprel = head, deprel
        if head != i:
            self.nodes[head].kids.append(i)
            self.nodes[head].kids.sort()
        return True


def _label(t: Token) -> str:
    dep = t.deprel
    if dep == "pobj":
        return "nmod"
    return LABELS.get(dep, dep)


def predicate_infinitive(tree: Tree, n: Node, intent: set[str] | frozenset[str]) -> bool:
    """'Rusko je připraveno jednat': an infinitive the parser made the clausal subject of a predicate adjective of
    intent (grammar key intent_verbs: 'připravený', 'ochotný'; not of ability, 'jsou schopni se dohodnout') is its
    complement, as an xcomp: the adjective is in the modality chain (an intent) and controls it (subjects)."""
    return n.deprel in {"csubj", "csubj:pass"} and n.feat("VerbForm") == "Inf" and n.head != n.i \
        and tree[n.head].upos == "ADJ" and tree[n.head].lemma in intent


def is_pronoun(n: Node) -> bool:
    """A personal/demonstrative pronoun that needs an antecedent (relative ones are handled by the tree)."""
    pt = n.feat("PronType") or ""
    return n.upos in {"PRON", "DET"} and "Rel" not in pt


def active_participle(k: Node) -> bool:
    """An active participle modifying a noun ('postava kritizující představitele OSN'): a clause whose arguments
    are what the noun acts on, not who the noun is; a passive one ('Iran-backed militia') may name its owner."""
    return k.deprel == "amod" and k.feat("VerbForm") == "Part" and k.feat("Voice") == "Act"


def temporal_clause(tree: Tree, marks: set[str], c: Node) -> bool:
    """'demanded elections after a court cleared him', 'called for weapons when Russia attacked': an adverbial clause
    of time (grammar key time_marks) says when, not whom a demand or criticism addresses."""
    return c.deprel == "advcl" and any(k.lemma.lower() in marks and k.i < c.i
                                       for k in tree.children(c.i, "mark", "advmod"))  # en 'when': advmod
