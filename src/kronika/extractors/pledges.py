"""Future acts that stand without a named target: refusals and announced talks or cooperation (PLOVER rule 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Entry, Lexicon
from .modality import Modality, weak_intent
from .udview import Node

if TYPE_CHECKING:
    from .roles import Roles

FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
# Talks and cooperation a source announces (active voice) stand without a named partner (PLOVER rule 2: AGREE X -> '-',
# gold 'we will consult on a ban', 'FAO je připravená spolupracovat'); visits, trade, aid and praise still need one.
PLEDGE_CAMEOS = frozenset({"040", "046", "060"})


def targetless(roles: Roles, lex: Lexicon, e: Entry, plover: str | None, n: Node, mod: Modality) -> bool:
    """Does a future act stand without a named target: a refusal ('nepřijme uprchlíky': REJECT X -> '-') or announced
    talks or cooperation ('we will consult on a ban': AGREE X -> '-'; not 'frakce, které má jednat', 'Europe should
    negotiate')?"""
    if not mod.future:
        return False
    if mod.negated:
        return plover in FUTURE_TO_AGREE and not any(
            c.startswith(("future:intent", "future:plan", "future:governor")) for c in mod.cues)
    return n.upos != "NOUN" and e.cameo in PLEDGE_CAMEOS \
        and not (e.named_target or roles.is_passive(n.i) or weak_intent(roles.tree, lex, n.i))
