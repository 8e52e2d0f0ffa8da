"""Definite descriptions that refer back to a named actor: 'the kingdom', 'the island', 'tato země' -> the state
named before; 'the alliance', 'aliance', 'the bloc' -> the organisation named before (agents.json 'anaphors')."""

from __future__ import annotations

from .compose import Context, Role
from .match import Hit, is_place
from .nearest import there_state

STATE = "state"  # an anaphor value: the antecedent is a state; any other value is an IGO code prefix (IGONAT)
WINDOW = 3  # sentences back an antecedent may stand
# Dependents that give the noun its own identity (a Spanish island, the island of Crete): not an anaphor then.
OWN_RELS = ("amod", "nmod", "compound", "appos", "flat", "prep", "nmod:poss", "poss")


def antecedent(ctx: Context, names: list[Hit], i: int, want: str) -> Hit | None:
    """The actor a definite description at token i refers to: the latest fitting name in the window before it,
    a subject first ('Saudi Arabia condemned Iran. The kingdom ...' is Saudi Arabia)."""
    sent = ctx.doc.tokens[i].sent
    cands = [h for h in names if h.end <= i and sent - WINDOW <= ctx.doc.tokens[h.head].sent and h.code
             and _fits(ctx, h, want)]
    if not cands:
        return None
    subjects = [h for h in cands if ctx.doc.tokens[h.head].deprel.startswith("nsubj")]
    return max(subjects or cands, key=lambda h: h.start)


def _fits(ctx: Context, h: Hit, want: str) -> bool:
    code = str(h.code)
    if want == STATE:
        return h.kind == "GPE" and code[:3] in ctx.lex.states and code[:3] not in ctx.lex.regions
    return code.startswith(want)


def _definite(ctx: Context, i: int) -> bool:
    """No words that make the noun a new or specific referent (a kingdom, the Spanish island, island of Crete)."""
    kids = ctx.doc.children(i)
    if is_place(ctx.doc, ctx.lex, i):
        return False  # in the country, v zemi: a place
    if any(c.deprel.split(":")[0] in OWN_RELS or (c.deprel == "det" and c.lemma.lower() in ("a", "an"))
           for c in kids) or i in ctx.dems:
        return False
    return ctx.lex.lang != "en" or any(c.deprel == "det" for c in kids)  # English: 'the kingdom', 'this country'


def anaphoric_roles(ctx: Context, roles: dict[int, Role], names: list[Hit]) -> None:
    """A country-less role noun that is an anaphor ('the kingdom' GOV, 'the country') takes its antecedent's state."""
    for r in roles.values():
        want = _want(ctx, r.head)
        if r.code or r.person is not None or want != STATE or len(r.tokens) > 1 or not _definite(ctx, r.head):
            continue
        ante = antecedent(ctx, names, r.head, want)
        if ante is not None:
            r.country, r.source = str(ante.code)[:3], f"anaphor of {ante.name}"
            r.code = r.country + (r.sector or "")


def anaphor_hits(ctx: Context, names: list[Hit], covered: set[int]) -> list[Hit]:
    """Hits for anaphors that are not role nouns ('the alliance', 'the island', 'the bloc')."""
    out = []
    for t in ctx.doc.tokens:
        want = _want(ctx, t.i)
        if want is None or t.i in covered or t.upos not in ("NOUN", "PROPN") or not _definite(ctx, t.i):
            continue
        ante = antecedent(ctx, names, t.i, want)
        if ante is not None:
            code = str(ante.code) if want != STATE else str(ante.code)[:3]
            out.append(Hit(t.i, t.i + 1, t.i, code, ante.kind, ante.name, ante.key, f"anaphor of {ante.name}"))
    return out


def _want(ctx: Context, i: int) -> str | None:
    return next((ctx.lex.anaphors[f] for f in sorted(ctx.forms[i]) if f in ctx.lex.anaphors), None)


def titled_anaphors(ctx: Context, roles: dict[int, Role], persons: list[Hit]) -> None:
    """A bare person title ('the Prime Minister', 'ministerský předseda') with no country of its own refers to the
    one person of that sector named in the last sentences ('Boris Johnson visited Kyiv. The Prime Minister praised
    Ukraine' -> GBRGOV, not the sentence's UKR), else the one such person the whole article has named before it
    ('Premiérka' pages after 'Nicola Sturgeonová'); with two such persons (Babiš met Merkel) it stays open."""
    named = [(p.start, p.key, str(p.code)) for p in persons if p.kind == "PER" and p.code and p.status == "resolved"]
    named += [(r.person.start, r.person.key, str(r.code)) for r in roles.values() if r.person is not None and r.code]
    for r in roles.values():
        if r.code or r.person is not None or not r.sector or not ctx.forms[r.head] & ctx.lex.person_roles \
                or there_state(ctx, r.head) is not None:  # 'tamní premiér': the place's, set by apply_home
            continue
        sent = ctx.doc.tokens[r.head].sent
        before = {(key, code, ctx.doc.tokens[start].sent >= sent - WINDOW) for start, key, code in named
                  if start < min(r.tokens) and code[3:6] == r.sector}
        near = {(key, code) for key, code, recent in before if recent}
        if not near and before:  # the one such person the whole article has named so far ('Premiérka' again)
            near = {(key, code) for key, code, _ in before}
        if len({key for key, _ in near}) == 1 and len({code for _, code in near}) == 1:
            code = next(iter(near))[1]
            r.code, r.source = code, f"title of the one {r.sector} person named before"


STATE_SECTORS = ("GOV", "LEG", "JUD", "COP", "MIL")


def same_sector_before(ctx: Context, roles: dict[int, Role], names: list[Hit]) -> None:
    """When the home country is only the language default or there is none (a brief naming only foreign states), a
    country-less state body ('poslanci', 'vláda') right after one foreign body of that sector ('Polský Sejm schválil
    zákon. Poslanci ...') is that body's state, not the home's (a Czech text about a foreign parliament is not about
    the Czech one)."""
    if ctx.home and not ctx.home_rule.startswith("language default"):
        return
    bodies = [(h.start, str(h.code)) for h in names if h.code and len(str(h.code)) >= 6]
    bodies += [(min(r.tokens), str(r.code)) for r in roles.values() if r.code and r.source in ("demonym", "name")]
    for r in roles.values():
        if r.code or r.person is not None or r.sector not in STATE_SECTORS:
            continue
        sent = ctx.doc.tokens[r.head].sent
        states = {code[:3] for start, code in bodies if start < min(r.tokens) and code[3:6] == r.sector
                  and sent - WINDOW <= ctx.doc.tokens[start].sent and code[:3] in ctx.lex.states}
        if len(states) == 1 and ctx.home not in states:
            r.country, r.source = next(iter(states)), f"the one {r.sector} body named before"
            r.code = r.country + r.sector
