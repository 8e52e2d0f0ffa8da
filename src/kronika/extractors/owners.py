"""Role nouns owned by the clause subject through a reflexive possessive (grammar key reflexive_possessives, cs
'svůj'): 'Spojené státy vyzvaly své občany' are the United States' citizens (USACVL), whatever country the actor
step guessed for the bare role noun (the home country, the only state of the sentence); and role nouns owned by the
antecedent of a possessive relative ('Hamás, jehož bojovníci vypálili rakety': Hamas's fighters)."""

from __future__ import annotations

from ..model import Doc, Mention
from .lexicon import Lexicon
from .udview import Node, Tree

SUBJECT_RELS = ("nsubj", "nsubj:pass")
NAMED_RULES = ("demonym", "name", "place")  # 'své české kolegy', 'své jednotky z Chersonu': the phrase names a country
CLIMB_RELS = ("obj", "iobj", "obl", "obl:arg", "conj", "xcomp", "nmod")


def _subject(tree: Tree, n: Node, by_token: dict[int, Mention]) -> Mention | None:
    """The actor subject of the nearest clause above a noun (its own verb, or the verb that verb depends on)."""
    x = n
    for _ in range(4):
        if x.head == x.i or x.deprel not in CLIMB_RELS:
            return None
        x = tree[x.head]
        subjects = [by_token[k.i] for k in tree.children(x.i, *SUBJECT_RELS) if k.i in by_token]
        if subjects:
            return subjects[0]
        if tree.children(x.i, *SUBJECT_RELS):
            return None  # a subject that is no actor ('lidé vyzvali své …'): no owner
    return None


def own_role_nouns(doc: Doc, tree: Tree, lex: Lexicon) -> list[str]:
    """Recode a role noun whose country was guessed (rule 'role:') under a reflexive possessive to the country of
    the subject that owns it; returns a note per change."""
    reflexive = set(lex.words("reflexive_possessives"))
    by_token = {i: m for m in doc.mentions if m.code and m.status == "resolved" for i in range(m.start, m.end)}
    notes: list[str] = []
    for m in doc.mentions:
        if not reflexive or m.kind != "GRP" or not m.code or len(m.code) != 6 or not m.rule.startswith("role:") \
                or any(w in m.rule for w in NAMED_RULES):
            continue
        n = tree[m.head]
        if not any(k.lemma in reflexive for k in tree.children(n.i) if k.upos in {"DET", "PRON"}):
            continue
        _recode(m, _subject(tree, n, by_token), notes, "own-role", "the clause subject")
    return notes


def _recode(m: Mention, owner: Mention | None, notes: list[str], tag: str, why: str) -> None:
    """Give a guessed role noun its owner's country (an owner state, person or body of another, non-IGO country)."""
    if owner is None or not owner.code or not m.code or owner is m or owner.code[:3] == m.code[:3] \
            or owner.kind not in {"GPE", "PER", "ORG", "GRP"} or owner.code.startswith("IGO"):
        return
    notes.append(f"{tag}:{m.text}:{m.code}->{owner.code[:3]}{m.code[3:]}")
    m.code, m.rule = owner.code[:3] + m.code[3:], f"role:owned by {why} ({owner.text})"


def relative_antecedent(tree: Tree, lex: Lexicon, k: Node) -> Node | None:
    """'Hamas, whose fighters fired ...', 'armáda, jejíž vojáci ...', 'the army, some of whose soldiers ...': the
    noun whose relative clause a possessive relative pronoun (PronType=Rel, or grammar key relative_possessives)
    stands in, found up through the phrase it determines to the relative clause."""
    if k.feat("Poss") != "Yes" or not (k.feat("PronType") == "Rel" or k.lemma.lower() in lex.words(
            "relative_possessives")):
        return None
    x = tree[k.head]
    for _ in range(4):
        if x.head == x.i:
            return None
        if x.deprel == "acl:relcl":
            return tree[x.head]
        x = tree[x.head]
    return None


def relative_role_nouns(doc: Doc, tree: Tree, lex: Lexicon) -> list[str]:
    """Recode a role noun whose country was guessed (rule 'role:') under a possessive relative to the country of the
    relative's antecedent ('Hamás, jehož bojovníci': PSE); returns a note per change."""
    by_token = {i: m for m in doc.mentions if m.code and m.status == "resolved" for i in range(m.start, m.end)}
    notes: list[str] = []
    for m in doc.mentions:
        if m.kind != "GRP" or not m.code or len(m.code) != 6 or not m.rule.startswith("role:") \
                or any(w in m.rule for w in NAMED_RULES):
            continue
        found = [a for k in tree.children(m.head) if k.upos in {"DET", "PRON"}
                 if (a := relative_antecedent(tree, lex, k)) is not None]
        _recode(m, by_token.get(found[0].i) if found else None, notes, "relative-role", "the relative's antecedent")
    return notes
