"""One country for every mention of one organisation: a demonym or place on any of its phrases ('rakouská firma
Kapsch', 'the Austrian company' right after 'Kapsch, the operator') beats the home-country fallback on the others."""

from __future__ import annotations

from .compose import Context, Role
from .coref import ORG_SECTORS
from .match import Hit

# Role sources that are evidence in the organisation's own phrase, and the fallbacks such evidence replaces.
EVIDENCE_SOURCES = ("demonym", "adjacent demonym", "place")
FALLBACK_SOURCES = ("home country", "the only state", "language default", "the one state named in the nearest")


def one_country_per_org(ctx: Context, roles: dict[int, Role]) -> None:
    """Give every fallback-coded phrase of an unlisted organisation the one country its other phrases show; a
    definite demonym company noun right after it ('Rakouská firma', 'The Austrian company') is such a phrase."""
    named = sorted((r for r in roles.values() if _named_org(r)), key=lambda r: r.head)
    if not named:
        return
    found: dict[str, set[str]] = {}
    for r in named:
        if r.source in EVIDENCE_SOURCES and r.country:
            found.setdefault(str(r.person.key if r.person else ""), set()).add(r.country)
    for p in ctx.persons.values():  # 'rakouský Kapsch': a bare name with a demonym of its own (demonym_persons)
        if p.kind == "ORG" and p.code and "with a demonym in its phrase" in p.rule:
            found.setdefault(p.key, set()).add(p.code[:3])
    for b in roles.values():
        org = _bridged(ctx, named, b)
        if org is not None and b.country:
            b.alias = org
            found.setdefault(org.key, set()).add(b.country)
    for r in named:
        states = found.get(str(r.person.key if r.person else ""), set())
        if len(states) == 1 and r.source.startswith(FALLBACK_SOURCES) and r.code and r.sector:
            state = next(iter(states))
            if r.code[:3] != state:
                r.code, r.country = state + r.sector, state
                r.source = f"the country another phrase of the same organisation names ({state})"


def _named_org(r: Role) -> bool:
    """A company, media or NGO noun with an unlisted organisation's name (the operator Kapsch, firma Dorna)."""
    p = r.person
    return p is not None and p.status == "unresolved" and p.kind == "ORG" and r.sector in ORG_SECTORS


def _bridged(ctx: Context, named: list[Role], b: Role) -> Hit | None:
    """The unlisted organisation a definite singular company noun with a demonym of its own and no name refers back
    to: the last one named in its sentence or the one before (by a role coded by a fallback, or by its bare name,
    still uncoded), no other name of an organisation between them (actors key company_anaphors)."""
    t = ctx.doc.tokens[b.head]
    if b.person is not None or b.alias is not None or b.source not in EVIDENCE_SOURCES[:2] or not b.country \
            or b.sector not in ORG_SECTORS or t.lemma.lower() not in ctx.lex.company_anaphors \
            or t.feats.get("Number", "Sing") != "Sing" or not _definite(ctx, b):
        return None
    near = (t.sent, t.sent - 1)
    cands: list[tuple[int, Hit | None, Role | None]] = [
        (r.head, r.person, r) for r in named if r.head < b.head and ctx.doc.tokens[r.head].sent in near]
    cands += [(p.head, p, None) for p in ctx.persons.values() if p.head < b.head and p.kind == "ORG"
              and ctx.doc.tokens[p.head].sent in near and ctx.doc.tokens[p.head].upos == "PROPN"]
    cands += [(h.head, h, None) for h in ctx.names.values() if h.head < b.head and h.kind in ("ORG", "IGO")
              and ctx.doc.tokens[h.head].sent in near]  # a listed body between: it may be the one meant
    if not cands:
        return None
    _, hit, role = max(cands, key=lambda c: c[0])
    if hit is None or hit.status != "unresolved" or hit.kind != "ORG":
        return None
    if role is not None:
        return hit if role.source.startswith(FALLBACK_SOURCES) and role.sector in (b.sector, None) else None
    return hit if hit.code is None else None


def _definite(ctx: Context, b: Role) -> bool:
    """Whether a role noun refers back: its determiners are all anaphoric ones ('the', 'tato'; not 'an Austrian
    company', 'jiná rakouská firma'), or it has none in a language without articles (actors key bare_anaphors)."""
    kids = ctx.doc.children(b.head)
    if any(c.lemma.lower() in ctx.lex.new_referent_words for c in kids if c.i < b.head):
        return False  # jiná rakouská firma, another Austrian firm: a new one
    dets = [c.lemma.lower() for c in kids if c.upos == "DET" or c.deprel == "det"]
    if not dets:
        return ctx.lex.bare_anaphors
    return all(d in ctx.lex.anaphor_determiners for d in dets)
