"""The custodian behind an agentless release: 'Police in Manchester arrested a man on Monday. He was released on
Tuesday', 'Německá policie zadržela muže. V úterý byl propuštěn': the release (CAMEO 0841) of a person an arrest or
detention (173) in the same or the two sentences before took into custody is done by that arrest's source, whatever
the article's home country. Without such an arrest nothing is inferred (a footballer released by a club, a book)."""

from __future__ import annotations

from ..model import ArgRef, Mention
from .roles import Roles
from .udview import Node

ARREST = "173"  # arrest, detain, charge: the act that puts a person into someone's custody
RELEASE = "0841"  # release from custody
BACK = 2  # sentences before the release's own that may name the arrest
IMPLICIT_AGENT = "implicit-home-agent"  # the rule of a role filler with no text span (sources, events)


def arrester(roles: Roles, n: Node, cameo: str, targets: list[Mention]) -> list[Mention]:
    """The source of the nearest earlier arrest whose target is one of the release's targets (the same text span:
    not any other person of that code, 'Třetí muž byl zatčen ... Walter byl podmínečně propuštěn'); [] when the
    trigger is no release or no such arrest was coded."""
    if not cameo.startswith(RELEASE) or not targets:
        return []
    spans = {tuple(t.span) for t in targets}
    sent = n.tok.sent
    earlier = [(i, ev) for i, ev in roles.acts if i < n.i and sent - BACK <= ev.sentence <= sent
               and ev.cameo.startswith(ARREST) and ev.source is not None and ev.source.code
               and ev.target is not None and ev.target.span is not None and tuple(ev.target.span) in spans]
    if not earlier:
        return []
    ev = max(earlier, key=lambda a: a[0])[1]
    return [_mention(roles, n, ev.source)] if ev.source is not None else []


def _mention(roles: Roles, n: Node, src: ArgRef) -> Mention:
    """The arrest's source as a mention: its own text mention where the arrest named one, else an implied one."""
    found = next((m for m in roles.doc.mentions if src.span is not None and m.span == tuple(src.span)
                  and m.code == src.code), None)
    if found is not None:
        return found
    t = n.tok
    return Mention(n.i, n.i, "", (t.start, t.end), src.code, src.name, "GRP", n.i, rule=IMPLICIT_AGENT)
