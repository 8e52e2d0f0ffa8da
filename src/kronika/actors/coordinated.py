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
