"""The fallback country of country-less role nouns (policie, the ministry): the article's home, the only state their
sentence names, or the nearest state; not a state a state organ's own clause acts on ('Vláda schválila pomoc Polsku',
'the government sent soldiers to help Poland': a body that helps, sends to or acts on a state is rarely its own)."""

from __future__ import annotations

from ..model import Token
from .bare_state import STATE_SECTOR, bare_state
from .compose import MOD_RELS, Context, Role, dependents, listed_code, mission
from .nearest import (
    SEATED,
    STATE_ORGANS,
    counterpart_abroad,
    nearest_state,
    same_side_states,
    seat_state,
    state_tokens,
    there_state,
    victim_place_state,
)

SUBJECT_RELS = ("nsubj", "nsubj:pass", "nsubjpass")
# Firms, media and NGOs: an international one is no one state's ('international forces' are left to the evidence
# of their sentence: a coalition is often one state's).
PRIVATE_BODIES = ("BUS", "MED", "NGO")
# Relations a clause's own arguments and their phrases hang by (no subjects, clauses with their own subject, nor
# coordinated clauses: 'the government said Poland ...' names Poland in another clause).
PATH_RELS = ("obj", "dobj", "iobj", "obl", "nmod", "prep", "pobj", "xcomp", "advcl", "acl", "dative")
# A state hanging by these is an argument of the clause, not a possessor ('spojenci Polska', Poland's allies).
ARG_RELS = ("obj", "dobj", "iobj", "obl", "pobj", "dative")
ARG_CASES = ("Dat", "Acc")


def acted_on_states(ctx: Context, i: int, officials: bool = False) -> set[str]:
    """The states named as arguments of the clause whose subject is token i (its object, recipient or the goal of a
    purpose clause), not as subjects or possessors, with officials: also the states of officials it acts on; empty
    when token i is no clause's subject."""
    t = ctx.doc.tokens[i]
    if t.deprel not in SUBJECT_RELS or t.head == i or ctx.doc.tokens[t.head].upos not in ("VERB", "AUX"):
        return set()
    out: set[str] = set()
    stack = [c for c in ctx.doc.children(t.head) if c.i != i]
    while stack:
        c = stack.pop()
        rel = c.deprel.split(":")[0] if c.deprel not in PATH_RELS else c.deprel
        if rel not in PATH_RELS or (c.upos == "VERB" and _own_subject(ctx, c.i)):
            continue
        hit = ctx.names.get(c.i)
        if hit is not None and hit.kind == "GPE" and hit.code and len(hit.code) == 3 and _argument(ctx, c):
            out.add(hit.code)
        out |= _argument_demonyms(ctx, c) if officials else set()
        stack += ctx.doc.children(c.i)
    return out


def _argument_demonyms(ctx: Context, c: Token) -> set[str]:
    """The states of the demonyms or possessive names on a role noun that is a clause's argument ('summoned the
    Russian ambassador', 'summoned Iran's ambassador', 'předvolalo ruského velvyslance'): another state's official
    the organ acts on."""
    if c.upos != "NOUN" or ctx.lex.sector_of(ctx.forms[c.i]) is None or not _argument(ctx, c):
        return set()
    owners = {str(h.code)[:3] for d in ctx.doc.children(c.i) if d.deprel in ("poss", "nmod:poss")
              and (h := ctx.names.get(d.i)) is not None and h.kind == "GPE" and h.code}
    return owners | {ctx.dems[d.i][:3] for d in ctx.doc.children(c.i) if d.deprel == "amod" and d.i in ctx.dems}


def _own_subject(ctx: Context, i: int) -> bool:
    """Whether a verb has a subject of its own (another clause: 'poté, co Polsko požádalo')."""
    return any(c.deprel.split(":")[0] in ("nsubj", "csubj", "nsubjpass") for c in ctx.doc.children(i))


def _argument(ctx: Context, t: Token) -> bool:
    """Whether a name hangs as an argument (object, oblique, recipient, goal) rather than as an owner ('of Nepal') or
    a place the clause is set in ('v Polsku', 'na Haiti', 'in Poland'; 'zaútočilo na Kyjev', Acc, is a target)."""
    preps = [c for c in ctx.doc.children(t.i) if c.deprel == "case"]
    if ctx.doc.tokens[t.head].upos == "ADP" and t.head != t.i:  # spaCy's English: the preposition heads its object
        preps.append(ctx.doc.tokens[t.head])
    case = t.feats.get("Case")
    for p in (p.lemma.lower() for p in preps):
        cases = ctx.lex.place_prep_cases.get(p)
        if p in ctx.lex.genitive_preps or (p in ctx.lex.place_preps - ctx.lex.goal_preps
                                           and (not cases or not case or case in cases)):
            return False
    rel = t.deprel
    return rel.split(":")[0] in ARG_RELS or (rel == "nmod" and case in ARG_CASES)


def home_fallback(ctx: Context, i: int, sent: set[str], sector: str) -> tuple[str | None, str] | None:
    """(state or None, why) a country-less organ at token i falls back on: the article's clear home, else the only
    state its sentence names; not for a state organ whose own clause acts on that state (then the language default
    when it is another state, else no country: a wrong country is worse than none); None when neither applies."""
    state, why = (ctx.home, f"home country, {ctx.home_rule}") if ctx.home else \
        (next(iter(sent)), "the only state its sentence names") if len(sent) == 1 else (None, "")
    if state is None:
        return None
    # rebels storm their own capital; a court or the police try their own state's officials
    acted = acted_on_states(ctx, i, sector not in SEATED) if sector in STATE_ORGANS else set()
    if state not in acted:
        return state, why
    default = ctx.lex.home_default
    if default and default not in acted:
        return default, f"language default: its clause acts on {state}, which it is not"
    return None, f"its clause acts on {state}, which it is not: no country"


def _state_body(kind: str, code: str | None) -> bool:
    """Whether a name is a state ('Rusko') or one of its bodies ('Ministerstvo zahraničí USA'): it owns citizens."""
    if not code or code.startswith("IGO"):
        return False
    return (kind == "GPE" and len(code) == 3) or (kind == "ORG" and len(code) == 6 and code[3:] in STATE_ORGANS)


def owner_subject_state(ctx: Context, i: int) -> tuple[str, str] | None:
    """(state, why) for a role noun owned by a pronoun that points back to its clause's subject ('France urged its
    citizens to leave Iran', 'Rusko vyzvalo své občany'): a reflexive possessive, or a third-person one of a thing or
    of many (its, their), with a state named as the subject of the verb the noun hangs under; else None."""
    t = ctx.doc.tokens[i]
    if not any(c.feats.get("Poss") == "Yes" and c.upos in ("PRON", "DET") and (c.feats.get("Reflex") == "Yes" or (
            c.feats.get("Person") == "3" and (c.feats.get("Gender") == "Neut" or c.feats.get("Number") == "Plur")))
               for c in ctx.doc.children(i)):
        return None
    verb = t
    for _ in range(3):  # the verb above it: 'urged its citizens', 'withdrew some of its troops'
        if verb.head == verb.i:
            return None
        verb = ctx.doc.tokens[verb.head]
        if verb.upos in ("VERB", "AUX"):
            break
    for c in ctx.doc.children(verb.i):
        hit = ctx.names.get(c.i)
        if c.deprel in SUBJECT_RELS and hit is not None and _state_body(hit.kind, hit.code) \
                and not any(k.deprel == "conj" for k in ctx.doc.children(c.i)):  # 'Britain and France ... their'
            return str(hit.code)[:3], f"its owner is the subject ({c.text})"
    return None


def state_right_after(ctx: Context, r: Role) -> list[tuple[int, str]]:
    """(token, state) of a bare genitive state name right after a role's phrase and of the states coordinated with it
    ('Ministři obrany Francie a Řecka potvrdili'), in a language whose owners follow the noun (owner_after_noun): the
    role's owner, whatever the parse hangs it on (a headline run into the sentence); empty when there is none."""
    end = max(r.tokens) + 1
    hit = ctx.names.get(end)
    if not ctx.lex.owner_after_noun or hit is None or hit.start != end or not _state_name(ctx, end):
        return []
    conj = [c.i for c in ctx.doc.children(hit.head) if c.deprel == "conj" and _state_name(ctx, c.i)]
    return [(i, str(ctx.names[i].code)) for i in (end, *conj)]


def _state_name(ctx: Context, i: int) -> bool:
    """Whether token i heads a state's name with no preposition of its own, in the genitive or as a bare noun modifier
    of another case the tagger gave a syncretic form (Francie: Nom or Gen), not one of non_owner_cases (Dat)."""
    hit, t = ctx.names.get(i), ctx.doc.tokens[i]
    case = t.feats.get("Case")
    owner = case == "Gen" or (t.deprel == "nmod" and case not in ctx.lex.non_owner_cases)
    return hit is not None and hit.kind == "GPE" and len(hit.code or "") == 3 and str(hit.code).isalpha() \
        and owner and not any(c.deprel == "case" for c in ctx.doc.children(i))


def apply_home(ctx: Context, roles: dict[int, Role]) -> None:
    """Country-less sector nouns (policie, students, the ministry) get the article's home country; then the
    inherit nouns over them (mluvčí policie) take their code. Runs after persons are attached, so a named
    person's own country always wins."""
    inside = {i for r in roles.values() if r.code for i in r.tokens if i != r.head}
    inside |= {i for i, r in roles.items() if ctx.doc.tokens[i].head != i and ctx.doc.tokens[i].head in roles
               and roles[ctx.doc.tokens[i].head].code}
    refs = state_tokens(ctx)
    for r in roles.values():
        if bare_state(ctx, r):  # 'Stát tak nevyužije nabídku': the home state's government
            r.sector = STATE_SECTOR
        if r.code or not r.sector or listed_code(r) or r.head in inside:
            continue  # předsedou vlády (a coded role): the government is that country's, not the home's
        if any(c.lemma.lower() in ctx.lex.generic_determiners for c in ctx.doc.children(r.head) if c.upos == "DET"):
            continue  # no responsible government, žádná vláda: nobody's in particular
        if r.sector in PRIVATE_BODIES and any(ctx.forms[c.i] & ctx.lex.international_adjectives
                                              for c in ctx.doc.children(r.head)
                                              if c.deprel.split(":")[0] in ("amod", "compound")):
            continue  # Mezinárodní agentura pro výzkum rakoviny, global oil companies: no one state's
        if counterpart_abroad(ctx, roles, r):
            continue  # 'prezident zavolal svému kolegovi': another state's president, of no known country
        abroad = mission(ctx, r.head)  # an embassy: the states its sentence or city names are the host's
        sent = same_side_states(ctx, r.head, refs) if not abroad else set()
        inner = [roles[c.i] for c in ctx.doc.children(r.head) if c.i in roles and roles[c.i].code and r.named
                 and c.deprel.split(":")[0] in MOD_RELS]
        if inner:  # the Regional Prosecutor's Office: the prosecutor's code, not a generic office's
            r.code, r.source = inner[0].code, inner[0].source
        elif after := state_right_after(ctx, r):  # 'Ministři obrany Francie a Řecka', the parse hung elsewhere
            r.code, r.source, r.also = after[0][1] + r.sector, "the state named right after it", r.also + after[1:]
        elif own := owner_subject_state(ctx, r.head):
            r.code, r.source = own[0] + r.sector, own[1]  # 'France urged its citizens to leave Iran'
        elif not abroad and (there := there_state(ctx, r.head) or seat_state(ctx, r.head, r.sector)
                             or victim_place_state(ctx, r.head, r.sector)):
            r.code, r.source = there[0] + r.sector, there[1]  # 'navštívil Polsko a jednal s tamním premiérem'
        elif (fall := home_fallback(ctx, r.head, sent, r.sector)) is not None:  # not a state its clause acts on
            r.code, r.source = (fall[0] + r.sector if fall[0] else None), fall[1]
        elif r.sector in STATE_ORGANS and not abroad and (near := nearest_state(ctx, r.head, refs)):
            r.code, r.source = near[0] + r.sector, near[1]  # no clear home: the state named nearest before
    for r in roles.values():
        if r.code or r.sector is not None or listed_code(r):
            continue
        inner = _inner_roles(ctx, roles, r.head)  # also a spokesman for/of the ministry
        if inner and inner[0].source.startswith(("home country", "the only state", "language default")):
            r.code, r.source = inner[0].code, inner[0].source
            r.tokens |= inner[0].tokens


def _inner_roles(ctx: Context, roles: dict[int, Role], h: int) -> list[Role]:
    """Coded roles a noun's phrase names: its own modifiers (mluvčí policie), else the ones under a unit noun
    that is no role itself, in its plain genitive or as a compound before it (mluvčí krajského ředitelství policie, a
    spokesman for the headquarters of the police, for the Regional Police Headquarters; not 'zdroj napájení pro
    vysílací stanice')."""
    deps = [(c, rel) for c, rel in dependents(ctx, h) if c.i != h and rel.split(":")[0] in MOD_RELS]
    inner = [roles[c.i] for c, _ in deps if c.i in roles and roles[c.i].code]
    if inner:
        return inner
    units = [c for c, rel in deps if c.i not in roles and c.upos in ("NOUN", "PROPN") and rel.split(":")[0] == "nmod"]
    return [roles[g.i] for c in units for g, rel in dependents(ctx, c.i) if g.i in roles and roles[g.i].code
            and (rel.split(":")[0] == "nmod" or (rel == "compound" and g.i < c.i))
            and not any(k.deprel == "case" for k in ctx.doc.children(g.i))]
