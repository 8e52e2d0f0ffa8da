"""Roles coordinated with a coded role share its country: 'český právník a ústavní soudce Cepl', 'brněnský
zastupitel a bývalý primátor Vokřál', 'the Polish president and prime minister', also through a group noun
('francouzský ministr a skupina poslanců')."""

from __future__ import annotations

from .compose import Context, Role

NON_STATE = ("IGO", "NGO", "MNC")


def coordinated_roles(ctx: Context, roles: dict[int, Role]) -> None:
    """A sector noun with no country of its own conjoined to a role whose phrase or person gave it a state takes that
    state with its own sector: the leading demonym or place adjective covers both conjuncts. Runs before the home
    country, so the first conjunct's code is evidence of its own phrase, not the article's home."""
    for r in roles.values():
        t = ctx.doc.tokens[r.head]
        if t.deprel == "nmod" and t.head not in roles and ctx.doc.tokens[t.head].upos == "NOUN":
            t = ctx.doc.tokens[t.head]  # 'předseda X a skupina poslanců': the group noun is the conjunct
        if r.code or r.sector is None or t.deprel != "conj" or t.head not in roles:
            continue
        first = roles[t.head]
        if first.code is None or first.code.startswith(NON_STATE) or first.code[:3] not in ctx.lex.states:
            continue
        if r.person is not None and r.person.code and r.person.code[:3] != first.code[:3]:
            continue  # a named holder of another country: two people
        r.code, r.source = first.code[:3] + r.sector, f"coordinated with a role of {first.code[:3]}"
    titles_of_one_holder(ctx, roles)


def titles_of_one_holder(ctx: Context, roles: dict[int, Role]) -> None:
    """Two inherit titles joined before one holder's name ('náměstek generálního ředitele a zástupce FAO pan X', the
    deputy director and WHO representative X): the owner the second names is the first's too, when the first names
    none; the holder takes the body's code, not the home country's."""
    for r in roles.values():
        if r.code or r.sector is not None or r.person is None:
            continue
        second = next((roles[c.i] for c in ctx.doc.children(r.head) if c.deprel == "conj" and c.i in roles
                       and c.i < r.person.start), None)
        if second is not None and second.sector is None and second.code and second.person in (None, r.person):
            r.code, r.source = second.code, "inherited from a coordinated title of the same holder"
