"""A vocalised preposition the parser read as the verb's reflexive particle: cs 'Čína spolupracuje se Severní Koreou',
'Putin se setkal se Si Ťin-pchingem', where 'se' (= 's', 'with') became expl:pv and the partner a bare oblique or even
the subject, so a talks or cooperation verb lost its partner ('needs a target actor') or took it for its source.

The pronoun is the preposition (grammar key vocalised_preps) when a nominal in the comitative case (comitative_case)
or without case (a foreign 'Si') follows it right away on the same verb, and either the verb has another reflexive
particle (one clause has one 'se') or no lexicon entry of the verb takes the particle while one takes a partner with
that preposition ('spolupracovat s', never 'stát se starostou', 'zabývat se otázkou')."""

from __future__ import annotations

from .lexicon import Lexicon
from .udview import NOMINAL, Node, Tree

# Relations of a word before the nominal it belongs to ('se Severní Koreou', 'se slovenským premiérem').
PREMODIFIERS = frozenset({"amod", "det", "nummod", "flat", "compound"})


def comitative_se(tree: Tree, lex: Lexicon, n: Node) -> str:
    """Make a reflexive 'se' before a comitative-case nominal of its verb that preposition; a note, or ''."""
    plain = lex.grammar.get("vocalised_preps", {}).get(n.tok.text.lower())
    if not plain or n.upos != "PRON" or not n.deprel.startswith("expl") or n.head == n.i:
        return ""
    verb = tree[n.head]
    phrase = _phrase_after(tree, n)
    case = str(lex.grammar.get("comitative_case") or "")
    if phrase is None or phrase.head != verb.i or not case or phrase.feat("Case") not in {None, case}:
        return ""
    if not (_second_particle(tree, lex, verb, n) or _takes_partner(lex, verb, plain)):
        return ""
    n.pos, n.lem, n.morph = "ADP", plain, {"AdpType": "Voc", "Case": case}
    tree.rehang(n.i, phrase.i, "case")
    if phrase.deprel.split(":")[0] not in {"obl", "nmod"}:
        tree.rehang(phrase.i, verb.i, "obl")
    return f"comitative-se:{phrase.tok.text}"


def _phrase_after(tree: Tree, n: Node) -> Node | None:
    """The nominal whose phrase begins right after node n (through its premodifiers), if it has no preposition."""
    if n.i + 1 >= len(tree.nodes) or tree[n.i + 1].tok.sent != n.tok.sent:
        return None
    x = tree[n.i + 1]
    while x.deprel in PREMODIFIERS and x.head > x.i:
        x = tree[x.head]
    if x.upos not in NOMINAL | {"X"} or tree.has_case(x.i):
        return None
    return x


def _second_particle(tree: Tree, lex: Lexicon, verb: Node, n: Node) -> bool:
    """Whether the verb has another reflexive particle before n ('se setkal se ...')."""
    refl = lex.words("reflexive_pronouns")
    return any(k.i < n.i and k.tok.text.lower() in refl and k.deprel.startswith("expl")
               for k in tree.children(verb.i))


def _takes_partner(lex: Lexicon, verb: Node, prep: str) -> bool:
    """A verb no entry of which takes the reflexive particle, one of which takes a partner with the preposition."""
    entries = lex.entries(verb.lemma, verb.tok.text, False)
    if any(e.particle for e in entries):
        return False
    return any(spec.split(":", 1)[-1].split("+")[0] == prep for e in entries for spec in e.target)
