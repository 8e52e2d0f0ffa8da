"""A city named before an agreement or a meeting ('the Paris climate agreement', 'the Minsk agreements', 'the Geneva
talks') says where it was made or held, not who made it: withdrawing from the Paris agreement is no act against
France. Nouns named so are data (grammar key venue_named_nouns); a city read as its government stays an actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .udview import Node

if TYPE_CHECKING:
    from .roles import Roles


def named_venue(roles: Roles, noun: Node, k: Node) -> bool:
    """Is k a city in a compound naming where the agreement or meeting noun was made or held?"""
    m = roles.by_token.get(k.i)
    return k.deprel == "compound" and m is not None and m.rule == "capital" \
        and roles.tree.word_lemma(noun.i) in roles.lex.words("venue_named_nouns")
