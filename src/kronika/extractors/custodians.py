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


HOLDER_SECTORS = {"COP", "MIL", "SPY", "GOV", "JUD"}  # state organs that hold people in custody
HOLDER_RELS = {"nmod", "amod", "compound", "det"}  # 'vazba policie', 'policejní vazba', 'police custody', 'its'


def custody_holder(roles: Roles, n: Node) -> tuple[list[Mention], list[Mention]]:
    """'Zemřel na následky mučení ve vazbě izraelské policie', 'died of torture while in Israeli police custody',
    'was tortured in the custody of Egyptian police': harm done to someone in custody (grammar keys custody_places
    and custody_preps, a phrase of the trigger or of a noun or verb above it in its clause) is done by the state
    force or authority that custody is named after (a genitive, adjective, compound or possessor, or a phrase of
    custody_holder_preps); the one held is the subject of that clause. Nothing for a custody no actor holds
    ('zemřel ve vězení')."""
    tree, lex = roles.tree, roles.lex
    places, preps = lex.words("custody_places"), lex.words("custody_preps")
    scope = [n]
    while scope[-1].upos != "VERB" and scope[-1].head != scope[-1].i:
        scope.append(tree[scope[-1].head])  # 'mučení' -> 'následky' -> 'zemřel'
    for h in scope:
        for k in tree.children(h.i, "obl", "nmod", "advcl"):
            if k.lemma.lower() in places and tree.case_words(k.i) & preps and (found := _holders(roles, k)):
                held = [m for s in tree.children(scope[-1].i, "nsubj", "nsubj:pass") for m in roles.actors(s.i)]
                return found, [m for m in held if m not in found]
    return [], []


def _holders(roles: Roles, place: Node) -> list[Mention]:
    """The state organs a custody noun is named after ('vazba izraelské policie', 'in the custody of police')."""
    tree, lex = roles.tree, roles.lex
    by = lex.words("custody_holder_preps")
    return [m for c in tree.children(place.i) if c.deprel.split(":")[0] in HOLDER_RELS
            and (not tree.has_case(c.i) or tree.case_words(c.i) <= by) and c.lemma.lower() not in lex.words(
                "custody_places") for m in roles.actors(c.i)
            if (m.code or "")[3:6] in HOLDER_SECTORS and m.head != place.i]  # not 'a Russian prison' itself
