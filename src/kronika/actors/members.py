"""Unlisted persons named with the body they come from ('Lucy O'Connor from the Lambeth police department', 'Jan
Novák z ministerstva zahraničí'): members of that body, coded as it is."""

from __future__ import annotations

from ..model import Doc
from .compose import Context, Role
from .match import Hit

PRIVATE = "CVL"  # a private group noun (lidé, families) is no body a person is a member of


def members_of_bodies(ctx: Context, roles: dict[int, Role], persons: list[Hit]) -> None:
    """An unresolved person no role describes takes the code of a body (a coded role noun of a sector other than
    private, or an organisation's name) hung on the name by a member preposition (lexicon key member_prepositions:
    from, z): the person speaks and acts for it. Runs after the home country filled the roles."""
    described = {id(r.person) for r in roles.values() if r.person is not None}
    bodies = {i: r.code for i, r in roles.items() if r.code and r.sector not in (None, PRIVATE)}
    bodies |= {h.head: h.code for h in ctx.names.values() if h.code and h.kind in ("ORG", "IGO")}
    for p in persons:
        if p.code is not None or p.status != "unresolved" or p.kind != "PER" or id(p) in described:
            continue
        code = next((c for b, c in bodies.items() if _member_link(ctx.doc, ctx.lex.member_preps, p, b)), None)
        if code:
            p.code, p.status, p.reason = code, "resolved", ""
            p.rule += f"; a member of the body named after a member preposition ({code})"


def _member_link(doc: Doc, preps: set[str], p: Hit, b: int) -> bool:
    """Whether the body noun at b hangs on the person's name through a member preposition: spaCy's prep -> pobj
    ('O'Connor from ... department'), UD's nmod with a case marker ('O'Connorová z policie')."""
    t = doc.tokens[b]
    while t.deprel == "compound" and t.head != t.i:  # the Metropolitan Police department: the phrase's noun
        t = doc.tokens[t.head]
    if t.sent != doc.tokens[p.head].sent:
        return False
    q = doc.tokens[t.head]
    if t.deprel == "pobj" and q.deprel == "prep" and q.lemma.lower() in preps:
        return p.start <= q.head < p.end
    return t.deprel.startswith("nmod") and p.start <= t.head < p.end and any(
        c.deprel == "case" and c.lemma.lower() in preps for c in doc.children(b))
