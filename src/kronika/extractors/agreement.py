"""Subject-verb agreement: whether a verb is finite (may drop its subject) and agrees in number and gender with a
candidate subject or antecedent."""

from __future__ import annotations

from ..model import Mention
from .roles import Roles
from .udview import Node


def finite(n: Node) -> bool:
    """A finite verb (or a Czech-style active past participle used as a predicate, or a verb the repairs found
    mis-tagged by its finite ending): it may drop its subject."""
    form = n.feat("VerbForm")
    return form == "Fin" or (form == "Part" and n.feat("Tense") == "Past" and n.feat("Voice") == "Act") or (
        n.pos == "VERB" and n.tok.upos != "VERB")


def feat_set(n: Node, name: str) -> set[str]:
    """The values of a feature, several when the tagger lists them ('Masc,Neut')."""
    return set((n.feat(name) or "").split(",")) - {""}


def _number_syncretic(roles: Roles, w: Node) -> bool:
    """'Rebelové oznámili, že propustí rukojmí': a third-person present form tagged singular but spelled alike in both
    numbers (grammar key number_syncretic_endings, cs '-í': 'propustí', 'podpoří') agrees with a plural antecedent."""
    endings = tuple(roles.lex.words("number_syncretic_endings"))
    return bool(endings) and w.feat("Number") == "Sing" and w.feat("Person") == "3" and w.feat("Tense") == "Pres" \
        and w.feat("VerbForm") == "Fin" and w.tok.text.lower().endswith(endings)


def agrees(roles: Roles, trigger: int, found: list[Mention]) -> bool:
    """Number and gender agreement of a verb (or its pronoun subject) with a candidate antecedent."""
    return agrees_with(roles, trigger, roles.tree[found[0].head], len(found) > 1)


def agrees_with(roles: Roles, trigger: int, head: Node, many: bool, syncretic: bool = False) -> bool:
    """Agreement of a verb (with its auxiliaries and subject) with a noun, plural when many; syncretic: a form spelled
    alike in both numbers agrees in either (the governing clause's subject, not a guess among earlier nouns)."""
    tree = roles.tree
    own = tree.children(trigger, "cop") if tree[trigger].upos == "NOUN" else [tree[trigger]]  # a predicate noun:
    words = [*own, *tree.children(trigger, "aux"),  # its copula agrees ('byla v kontaktu')
             *(k for k in tree.children(trigger, "nsubj") if roles.effective(k, trigger).deprel == "nsubj")]
    nums = set.intersection(*[feat_set(w, "Number") for w in words if feat_set(w, "Number")
                              and not (syncretic and _number_syncretic(roles, w))] or [set()])
    genders = set.intersection(*[feat_set(w, "Gender") for w in words if feat_set(w, "Gender")] or [set()])
    plural = many or (head.feat("Number") == "Plur" and not (head.upos == "PROPN" and roles.lex.grammar.get(
        "plural_names_take_singular")))  # en 'The Centres for Disease Control ... has warned': a name is one body
    if nums and ("Plur" if plural else "Sing") not in nums:
        return False
    cand = feat_set(head, "Gender")
    return plural or not genders or not cand or bool(genders & cand)
