"""Within-article coreference: a later short mention takes the code of the full mention it refers back to."""

from __future__ import annotations

from .compose import Context, Role
from .match import Hit
from .person_match import given_name

# Sectors of role nouns that introduce an organisation, not a person (the firm Repsol SA, the daily X).
ORG_SECTORS = ("BUS", "MED", "NGO")

# Where a role's code came from its own phrase (a demonym, a name, a place, an organisation it belongs to).
PHRASE_SOURCES = ("demonym", "adjacent demonym", "name", "place", "inherited")


def same_noun_as_before(ctx: Context, roles: dict[int, Role], names: list[Hit]) -> None:
    """A bare sector noun ('the ministry', 'the agency', 'ministerstvo') takes the code of the nearest earlier
    mention headed by the same noun: a role with its own country ('the Russian Foreign Ministry') or an
    organisation name ('Federal Emergency Management Agency'). Runs before the home country is applied."""
    earlier: list[tuple[int, set[str], str, str]] = []  # (token, forms of its nouns, code, what)
    for r in roles.values():
        if r.code and r.person is None and r.source in PHRASE_SOURCES:
            earlier.append((r.head, ctx.forms[r.head], r.code, ctx.doc.span_text(min(r.tokens), max(r.tokens) + 1)))
    for h in names:
        if h.code and h.kind in ("ORG", "IGO") and h.end - h.start > 1:
            words = set().union(*(ctx.forms[i] for i in range(h.start, h.end) if ctx.doc.tokens[i].upos == "NOUN"
                                  or ctx.doc.tokens[i].text[:1].isupper()))
            earlier.append((h.start, words, h.code, h.name))
    earlier.sort()
    for r in roles.values():
        if r.code or r.person is not None or r.sector is None or len(r.tokens) > 1:
            continue
        if any(c.upos in ("DET", "PRON") and c.lemma.lower() in ctx.lex.generic_determiners
               for c in ctx.doc.children(r.head)):
            continue
        noun = {f for f in ctx.forms[r.head] if len(f) > 3}
        ante = [e for e in earlier if e[0] < r.head and e[1] & noun]
        if ante:
            r.code, r.source = ante[-1][2], f"same noun as an earlier mention ({ante[-1][3]})"


def same_named_org_before(ctx: Context, roles: dict[int, Role]) -> None:
    """A bare organisation noun ('Koncern prohlásil', 'the company said') after a phrase that named one with the
    same noun ('koncern CRPMEM', 'the operator, Logistar') is that organisation again: its name and code, even when
    its country is unknown (not the one state its sentence names). Runs after the home country is applied, so both
    carry their final codes."""
    named = [r for r in roles.values() if r.person is not None and r.person.status == "unresolved"
             and r.person.kind == "ORG" and r.sector in ORG_SECTORS]
    if not named:
        return
    for r in roles.values():
        if r.person is not None or r.sector not in ORG_SECTORS or len(r.tokens) > 1 or r.body:
            continue
        noun = {f for f in ctx.forms[r.head] if len(f) > 3}
        ante = [n for n in named if n.head < r.head and ctx.forms[n.head] & noun]
        if ante and (not r.code or r.source.startswith(("home country", "the only state"))):
            r.alias, r.code, r.source = ante[-1].person, ante[-1].code, "same noun as a named organisation before"


def titled_persons(ctx: Context, roles: dict[int, Role], persons: list[Hit]) -> None:
    """A person outside our lists introduced with a title ('FEMA chief Pete Gaynor', 'ministryně Klára
    Dostálová') keeps that title's code when named again without it ('Gaynor', 'Dostálové'); so do the followers
    that person owns ('Fanoušci Djokoviče' after 'srbského tenistu Novaka Djokoviče': SRBCVL, not the home's)."""
    _titled_persons(ctx, roles, persons)
    for r in roles.values():
        if not r.sector or not r.source.startswith(HOME_SOURCES) or not ctx.forms[r.head] & ctx.lex.follower_nouns:
            continue
        owner = next((p for p in persons if p.head in {c.i for c in ctx.doc.children(r.head)} and p.code
                      and "code of the title" in p.rule), None)
        if owner is not None and owner.code:
            r.code, r.source = owner.code[:3] + r.sector, f"followers of {owner.name}"


# Sources of a role code that is only the article's home (fallback.home_fallback).
HOME_SOURCES = ("home country", "the only state its sentence names", "language default")


def _titled_persons(ctx: Context, roles: dict[int, Role], persons: list[Hit]) -> None:
    """Unlisted persons named again without their title take that title's code."""
    lex_forms, org_words = ctx.forms, ctx.lex.org_words
    titled = sorted(((r.person.start, r.person, r) for r in roles.values()
                     if r.person is not None and r.code and r.person.person is None  # unlisted, even if coded
                     and r.person.key.startswith("name:")), key=lambda x: x[0])
    if not titled:
        return
    attached = {id(r.person) for r in roles.values() if r.person is not None}
    for p in persons:
        if id(p) in attached or p.status != "unresolved" or p.code:
            continue
        last = lex_forms[p.end - 1]
        same = [(start, q, r) for start, q, r in titled if (_same_surname(last, lex_forms[q.end - 1], p, q)
                and not _other_namesake(ctx, persons, p, q)) or _same_org(lex_forms, p, q, r)]
        before = [x for x in same if x[0] < p.start]
        pick = before[-1] if before else same[0] if same else None  # a headline may name them before the title
        if pick is not None:
            q, r = pick[1], pick[2]
            p.code, p.status, p.reason = r.code, "resolved", ""
            p.key, p.name = q.key, q.name
            p.kind = "ORG" if q.kind == "ORG" or lex_forms[r.head] & org_words else "PER"
            p.rule += f"; code of the title it was introduced with ({r.code})"


def _other_namesake(ctx: Context, persons: list[Hit], p: Hit, q: Hit) -> bool:
    """Whether the article names another person of q's surname in full ('Russell Coxon and his brother Mark
    Coxon'; 'Aung San Suu Kyi' is 'Suu Kyi'), or p is a full name with another given name: p need not be q."""
    lex_forms, toks = ctx.forms, ctx.doc.tokens

    def other(x: Hit) -> bool:
        tail = x.name.lower().split()[-len(q.name.split()):] == q.name.lower().split()  # Aung San Suu Kyi
        return x.end - x.start > 1 and q.end - q.start > 1 and not tail \
            and not lex_forms[x.start] & lex_forms[q.start] \
            and given_name(ctx.lex, toks[x.start]) and given_name(ctx.lex, toks[q.start])
    return other(p) or any(other(x) and lex_forms[x.end - 1] & lex_forms[q.end - 1] for x in persons
                           if x.kind == "PER" and x is not p)


def _same_org(lex_forms: list[set[str]], p: Hit, q: Hit, r: Role) -> bool:
    """An organisation named again by its first word ('the Spanish firm Repsol SA' ... 'Repsol')."""
    return (q.kind == "ORG" or r.sector in ORG_SECTORS) and p.end - p.start == 1 and q.end - q.start > 1 and bool(
        {f for f in lex_forms[p.start] if len(f) > 3} & lex_forms[q.start])


def _same_surname(a: set[str], b: set[str], p: Hit, q: Hit) -> bool:
    """Whether two name runs end in the same surname: shared inflection bases, else a long common stem
    (Petrovskij / Petrovského), and the later run is not longer than the titled one."""
    if len(q.name.split()) < len(p.name.split()):
        return False
    if a & b:
        return True
    x, y = p.name.split()[-1].lower(), q.name.split()[-1].lower()
    n = next((i for i, (c, d) in enumerate(zip(x, y, strict=False)) if c != d), min(len(x), len(y)))
    return n >= max(5, min(len(x), len(y)) - 3)


def bare_alias_after_role(ctx: Context, roles: dict[int, Role], names: list[Hit]) -> None:
    """A one-word IGO alias that is also a sector noun ('Komise' for the European Commission), in an article that
    never writes that body's full name, after a role headed by the same noun ('disciplinární komise', 'Odvolací
    komise') or the alias with its own demonym ('ugandská Komise') is that earlier body: 'Komise nakonec trest
    potvrdila'. A state's own body (Senát) keeps its name."""
    full = {h.code for h in names if h.end - h.start > 1}
    owned = _state_aliases(ctx, names)
    for h in names:
        if not _bare_alias(ctx, h, full):
            continue
        ante = [(r.head, str(r.code)) for r in roles.values() if r.code and r.head < h.start and r.code != h.code
                and ctx.forms[r.head] & ctx.forms[h.start]]
        ante += [(o.start, str(o.code)) for o in owned if o.start < h.start and ctx.forms[o.start] & ctx.forms[h.start]]
        if ante:
            last = max(ante)
            h.code, h.kind = last[1], "GRP"
            h.rule += f"; the same noun as an earlier mention ({ctx.doc.tokens[last[0]].text}), not the alias"


def _bare_alias(ctx: Context, h: Hit, full: set[str | None]) -> bool:
    """A one-word IGO alias that is a sector noun (Komise), in an article that never writes the body's full name."""
    return h.end - h.start == 1 and (h.code or "").startswith("IGO") and h.code not in full \
        and ctx.doc.tokens[h.start].upos == "NOUN" and ctx.lex.sector_of(ctx.forms[h.start]) is not None


def _state_aliases(ctx: Context, names: list[Hit]) -> list[Hit]:
    """'ugandská Komise pro boj proti AIDS': a one-word IGO alias with a state's demonym of its own is that state's
    body of the noun's sector, not the IGO ('Komise' alone is the European Commission), even where the article names the
    IGO too. Returns the recoded hits."""
    owned = []
    for h in names:
        if not _bare_alias(ctx, h, set()):
            continue
        dems = [ctx.lex.demonym(ctx.forms[c.i]) for c in ctx.doc.children(h.start) if c.deprel == "amod"]
        state = next((d for d in dems if d in ctx.lex.states), None)
        if state is not None:
            t = ctx.doc.tokens[h.start]
            h.code, h.kind = state + (ctx.lex.sector_of(ctx.forms[h.start]) or ""), "GRP"
            h.rule += f"; the alias with its own state's demonym ({state}): that state's {t.lemma.lower()}"
            owned.append(h)
    return owned
