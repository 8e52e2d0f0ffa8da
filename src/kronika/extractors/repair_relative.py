"""Relative clauses in the object-verb-subject order: cs 'návrh, který předložilo Rusko', 'zákon, který schválili
poslanci'. The parser reads the relative pronoun (a nominative/accusative homograph) as the subject and the nominal
after the verb as its object; where the pronoun's form cannot agree with the verb in gender or number (grammar key
relative_subject_forms) and the nominal can, the pronoun is the object and the nominal the subject, so the noun's
author is found (targets.relative_phrases: 'odmítla návrh, který předložilo Rusko' rejects Russia's proposal)."""

from __future__ import annotations

from .lexicon import Lexicon
from .udview import Node, Tree

NOMINALS = {"NOUN", "PROPN"}


def _values(n: Node, name: str) -> set[str]:
    """A feature's values (several for an ambiguous form: 'Fem,Neut'); empty when unmarked."""
    return set((n.feat(name) or "").split(",")) - {""}


def _agrees(verb: Node, gender: str | None, number: str | None) -> bool:
    """Can a nominative of this gender and number be the subject of the verb (unmarked features agree)?"""
    genders, numbers = _values(verb, "Gender"), _values(verb, "Number")
    return (not gender or not genders or gender in genders) and (not number or not numbers or number in numbers)


def relative_object(tree: Tree, lex: Lexicon, n: Node) -> str:
    """Swap the subject and object of an active relative clause (n) whose relative-pronoun subject cannot agree with
    the verb while its one nominal object can; returns a note, or '' when nothing changed."""
    forms: dict[str, list[str]] = lex.grammar.get("relative_subject_forms") or {}
    if not forms or n.deprel != "acl:relcl" or n.upos != "VERB" or n.feat("Voice") == "Pass":
        return ""
    subj, objs = tree.children(n.i, "nsubj"), tree.children(n.i, "obj")
    if len(subj) != 1 or len(objs) != 1 or subj[0].i > n.i or objs[0].i < n.i or objs[0].upos not in NOMINALS:
        return ""
    rel, obj = subj[0], objs[0]
    pairs = [p.split() for p in forms.get(rel.tok.text.lower(), [])]
    if not pairs or any(_agrees(n, g, num) for g, num in pairs):
        return ""  # the pronoun may be the subject
    if obj.feat("Case") not in {None, "Nom", "Acc"} or not _agrees(n, obj.feat("Gender"), obj.feat("Number")):
        return ""
    tree.rehang(rel.i, n.i, "obj")
    tree.rehang(obj.i, n.i, "nsubj")
    return f"relative-object:{rel.tok.text}+{obj.tok.text}"
