"""Role phrases: sector nouns combined with demonyms, names and persons (ruský prezident Vladimir Putin -> RUSGOV)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Doc, Token
from .demonyms import stance
from .led import leaders
from .lexicon import Lexicon
from .match import Hit
from .sibling import origin_body, sibling_name

# Dependents that belong to a noun phrase in UD and in spaCy's English scheme.
MOD_RELS = {"amod", "nmod", "nmod:poss", "poss", "compound", "appos", "flat", "flat:name", "nmod:agent", "case"}
INSIDE_RELS = {"amod", "nmod", "nmod:poss", "poss", "compound", "flat", "flat:name"}


@dataclass
class Role:
    """A sector noun with what its dependents contribute."""

    head: int
    sector: str | None  # None for inherit nouns (mluvčí, šéf)
    tokens: set[int] = field(default_factory=set)
    country: str | None = None
    code: str | None = None
    person: Hit | None = None
    source: str = ""
    also: list[tuple[int, str]] = field(default_factory=list)  # U.S. and Russian negotiators: (token, code)
    body: bool = False  # the code comes from an organisation the noun belongs to
    envoy: bool = False  # a state's representative at a body (the Czech NATO ambassador): the state's code
    alias: Hit | None = None  # the organisation name of an earlier phrase with the same noun (koncern CRPMEM)
    named: bool = False  # a capitalised body noun (the Prosecutor's Office): a coded dependent's code wins


POSS_RELS = {"nmod:poss", "poss"}


def possessed(doc: Doc, i: int) -> bool:
    """Whether a noun has a possessive pronoun or determiner (svoji, jeho, his, her): kin of someone, not a job."""
    return any((c.deprel in POSS_RELS and c.upos in ("PRON", "DET")) or c.feats.get("Poss") == "Yes"
               for c in doc.children(i))


@dataclass
class Context:
    """What role resolution reads: the doc, lexicon, word forms, demonyms and the other hits by head token."""

    doc: Doc
    lex: Lexicon
    forms: list[set[str]]
    dems: dict[int, str]
    names: dict[int, Hit]
    persons: dict[int, Hit]
    home: str | None = None  # the article's home country when it clearly dominates (home.py)
    home_rule: str = ""
    places: dict[int, Hit] = field(default_factory=dict)  # capitals used as places (government in Warsaw)
    sentence_states: dict[int, set[str]] = field(default_factory=dict)  # sentence index -> states it names


def resolve_roles(ctx: Context, roles: dict[int, Role]) -> None:
    """Give each role its country (demonym, name or nested role) and code, innermost first."""
    done: set[int] = set()
    for h in roles:
        _resolve(ctx, roles, h, done)


def _resolve(ctx: Context, roles: dict[int, Role], h: int, done: set[int]) -> None:
    """A role noun's country and owner from its dependents (demonyms, names, places, owning roles), once per noun."""
    if h in done:
        return
    done.add(h)
    r = roles[h]
    inherited: str | None = None
    for c, rel in dependents(ctx, h):
        if not _skipped(ctx, r, h, c, rel):
            inherited = _owner_dependent(ctx, roles, r, h, c, rel, inherited, done)
    _finish(r, _owner_before(ctx, r, inherited))


def _skipped(ctx: Context, r: Role, h: int, c: Token, rel: str) -> bool:
    """Is the dependent no evidence of the role's owner (not a modifier, a backer, a partner, a foreign demonym)?"""
    if rel not in MOD_RELS and rel.split(":")[0] not in MOD_RELS and rel != "prep":
        return True
    if c.i in ctx.doc.meta.get("backer_tokens", ()):
        return True  # kurdským bojovníkům podporovaným USA: the backer is not the group's owner
    if _other_preposition(ctx, c) or _stance(ctx, c.i) or _hearer(ctx, h, c) or _non_owner_case(ctx, c, rel):
        return True  # jednání s Ukrajinou, an anti-Syria journalist, 'řekl ministr Novák ČTK': not the owner
    dem = ctx.dems.get(c.i)
    return bool(dem and not _region_ok(ctx, r, dem))


def _owner_dependent(ctx: Context, roles: dict[int, Role], r: Role, h: int, c: Token, rel: str,
                     inherited: str | None, done: set[int]) -> str | None:
    """Read one dependent into the role (country, person, tokens); the owner code inherited so far."""
    dem = ctx.dems.get(c.i)
    if dem and rel in ("amod", "compound", "nmod", "flat"):
        r.country, r.source = r.country or dem, "demonym"
        r.tokens |= _dem_span(ctx, c.i)
        r.also += _conj_countries(ctx, c.i)
    elif c.i in ctx.names and ctx.names[c.i].code:
        if not inherited and ctx.names[c.i].kind != "GPE":
            r.body = True  # Hamas fighters, Pentagon officials: members of the body share its code
        inherited = inherited or ctx.names[c.i].code
        r.tokens |= set(range(ctx.names[c.i].start, ctx.names[c.i].end))
        r.also += _conj_countries(ctx, c.i)
    elif not mission(ctx, h) and (place := _place(ctx, c, h)) is not None:  # the police in Kabul
        inherited = inherited or _place_to(ctx, roles, r, str(place.code)[:3], done)
        r.tokens |= set(range(c.i, place.end))
    elif c.i in roles:
        _resolve(ctx, roles, c.i, done)
        if roles[c.i].code:
            inherited = inherited or roles[c.i].code
            r.tokens |= roles[c.i].tokens
    elif c.i in ctx.persons and _name_part(ctx, h, c, rel):  # the Office for Competition Protection
        r.tokens |= set(range(ctx.persons[c.i].start, ctx.persons[c.i].end))
    elif c.i in ctx.persons and ctx.persons[c.i].code and follower(ctx.lex, ctx.forms[h]):
        inherited = inherited or ctx.persons[c.i].code  # Příznivci Babiše, Trump supporters: his country, not him
    elif c.i in ctx.persons and rel in ("appos", "flat", "flat:name", "compound") and r.person is not None \
            and r.person.status == "resolved" and ctx.persons[c.i].status == "resolved":
        pass  # 'kritizoval prezident Zelenskyj Putina': a second known person the parser glued on is another actor
    elif c.i in ctx.persons and rel in ("appos", "flat", "flat:name", "compound") and \
            (ctx.persons[c.i].status == "resolved" or ctx.persons[c.i].start > h):
        r.person = ctx.persons[c.i]  # an unknown name before the noun (Tamil refugees) is not the person
    elif c.i in ctx.persons and (body := _body_of_holder(ctx, c, rel)) is not None:
        inherited, r.body, r.person = inherited or body.code, True, ctx.persons[c.i]  # the head of the IMF X
        r.tokens |= set(range(body.start, body.end))
    elif c.i in ctx.persons and ctx.persons[c.i].code:  # Putin's government: the government of his state
        inherited = inherited or ctx.persons[c.i].code
    elif _in_phrase(ctx, c, h):
        r.tokens.add(c.i)
    elif r.sector is None and not inherited and (unit := _unit_owner(ctx, roles, c)) is not None:
        inherited = unit  # šéf humanitární sekce OSN, ředitel odboru ministerstva: the unit's organisation
        r.tokens |= {c.i}
    elif not inherited and not r.country and (unit := _unit_role(ctx, roles, r, c, rel, done)) is not None:
        inherited = unit  # vojáci výsadkové brigády ruské armády: the army the brigade belongs to
        r.tokens |= {c.i}
    return inherited


def follower(lex: Lexicon, forms: set[str]) -> bool:
    """Whether a role noun names a person's supporters (follower_nouns): a person it governs owns it, not it."""
    return bool(forms & lex.follower_nouns)


def _owner_before(ctx: Context, r: Role, inherited: str | None) -> str | None:
    """A body or demonym just before the role's phrase when its dependents named no owner; the code it inherits."""
    body = _body_before(ctx, min(r.tokens))
    if not r.country and not inherited and body is not None and body.code:  # Arab League Secretary General X:
        inherited, r.body = body.code, True  # spaCy hangs every word on the surname, not on the title
        r.tokens |= set(range(body.start, body.end))
    prev = ctx.dems.get(min(r.tokens) - 1)
    if not r.country and not inherited and prev and _region_ok(ctx, r, prev) \
            and not _stance(ctx, min(r.tokens) - 1):  # Israeli army bulldozers
        r.country, r.source = ctx.dems[min(r.tokens) - 1], "adjacent demonym"
        r.tokens |= _dem_span(ctx, min(r.tokens) - 1)
    if r.named and inherited and not r.country:
        r.sector = None  # the Regional Prosecutor's Office: the prosecutor's code, not a generic office's
    return inherited


def _body_of_holder(ctx: Context, c: Token, rel: str) -> Hit | None:
    """'the head of the International Monetary Fund Michel Camdessus': the parser makes the holder's unlisted name the
    object of 'of' and the body's name a compound of it; the body (an organisation or IGO name ending right before
    the name) is the role's owner, the name its holder."""
    p = ctx.persons[c.i]
    if rel != "nmod" or c.deprel != "pobj" or p.code is not None:
        return None
    return next((h for h in ctx.names.values() if h.end == p.start and h.code and h.kind in ("ORG", "IGO")
                 and ctx.doc.tokens[h.head].head == c.i and ctx.doc.tokens[h.head].deprel == "compound"), None)


def _hearer(ctx: Context, h: int, c: Token) -> bool:
    """An organisation named after the role's person name ('řekl ministr Jan Novák ČTK'): the parser hangs the hearer
    of a speech verb on the speaker's phrase; it is not the body the role belongs to."""
    return c.i > h and c.i in ctx.names and ctx.names[c.i].kind != "GPE" \
        and any(h < p.start and p.end <= c.i for p in ctx.persons.values())


def _non_owner_case(ctx: Context, c: Token, rel: str) -> bool:
    """A bare noun modifier in a case that never names an owner (cs dative: 'nařídil soud firmě Bayer zaplatit', the
    parser hangs the verb's dative on its subject), or before the noun where owners follow it ('řekl kanadské CBS šéf
    nadace': data keys non_owner_cases, owner_after_noun): not the body the role belongs to."""
    if rel != "nmod" or any(k.deprel == "case" for k in ctx.doc.children(c.i)):
        return False
    before = ctx.lex.owner_after_noun and c.i < c.head and c.upos in ("NOUN", "PROPN") and c.feats.get("Poss") != "Yes"
    return c.feats.get("Case") in ctx.lex.non_owner_cases or before  # not 'Asadův režim', a possessive adjective


def _name_part(ctx: Context, h: int, c: Token, rel: str) -> bool:
    """Whether an unknown capitalised name right after a capitalised body noun and a preposition is the rest of the
    body's name (the Office for Competition Protection), not a person or body it serves."""
    p, t = ctx.persons[c.i], ctx.doc.tokens[h]
    if p.status != "unresolved" or p.code is not None or rel.split(":")[0] != "nmod":
        return False
    return t.text[:1].isupper() and p.start == h + 2 and ctx.doc.tokens[h + 1].upos == "ADP"


def _unit_owner(ctx: Context, roles: dict[int, Role], c: Token) -> str | None:
    """The organisation code of a country-less unit noun's nmod (sekce OSN, the division of the UN), if any."""
    if c.upos != "NOUN" or c.i in roles or c.deprel.split(":")[0] != "nmod":
        return None
    for g, rel in dependents(ctx, c.i):
        if rel.split(":")[0] == "nmod" and g.i in ctx.names and ctx.names[g.i].kind in ("IGO", "ORG") \
                and ctx.names[g.i].code and not _other_preposition(ctx, g):
            return ctx.names[g.i].code
    return None


COMPANY_SECTORS = ("BUS", "MED")  # the president of a firm's branch is the firm's, whatever the title's sector
GENITIVE_RELS = ("nmod", "nmod:poss", "poss")  # ExxonMobil's branch
TITLED_BODIES = (*COMPANY_SECTORS, "NGO", "EDU", "CRM", "REB")  # prezident firmy, vůdce gangu, leader of the rebels


def _unit_role(ctx: Context, roles: dict[int, Role], r: Role, c: Token, c_rel: str, done: set[int]) -> str | None:
    """The code of a role of the same sector one bare genitive below a unit noun that is no actor ('vojáci výsadkové
    brigády ruské armády', 'jednotky brigády ozbrojených sil Nizozemska'), or of a firm ('prezident evropské pobočky
    koncernu ExxonMobil', the president of ExxonMobil's branch): the members of its unit are its own."""
    if c.upos != "NOUN" or c.i in roles or c.i in ctx.names or c_rel != "nmod" or c.feats.get("Case", "Gen") != "Gen":
        return None  # a bare genitive, or English 'of' (the branch of the company)
    for g, rel in dependents(ctx, c.i):
        if rel not in GENITIVE_RELS or g.feats.get("Case", "Gen") != "Gen" or _other_preposition(ctx, g):
            continue
        if g.i in roles:
            _resolve(ctx, roles, g.i, done)
        code = roles[g.i].code if g.i in roles else ctx.names[g.i].code if g.i in ctx.names else None
        if code and len(code) == 6 and ((r.sector and code[3:] == r.sector) or code[3:] in COMPANY_SECTORS):
            return code
    return None


def _body_before(ctx: Context, i: int) -> Hit | None:
    """An organisation or IGO name that ends right before token i, in a compound with it (NATO Secretary General)."""
    t = ctx.doc.tokens[i]
    if t.deprel != "compound":
        return None
    return next((h for h in ctx.names.values() if h.end == i and h.kind in ("ORG", "IGO")
                 and ctx.doc.tokens[h.head].sent == t.sent and ctx.doc.tokens[h.head].deprel == "compound"), None)


def _place_to(ctx: Context, roles: dict[int, Role], r: Role, state: str, done: set[int]) -> str | None:
    """Give a place phrase's state to the role and to its country-less nested body (komisař policie ze Zlína,
    Sacramento police officers: the parser hangs the place on the outer noun); returns the body's code to inherit."""
    inner = [c.i for c in ctx.doc.children(r.head) if c.i in roles and c.i != r.head and roles[c.i].sector]
    code = None
    if inner:
        body = roles[inner[0]]
        _resolve(ctx, roles, body.head, done)
        if not body.code:
            body.country, body.source = state, "place"
            _finish(body, None)
        code = body.code if body.code and body.code[:3] == state else None
    if r.sector is not None or code is None:
        r.country, r.source = r.country or state, r.source or "place"
    return code


def _other_preposition(ctx: Context, c: Token) -> bool:
    """Whether a nominal dependent has a preposition other than a place one (proti, s, against)."""
    preps = [k for k in ctx.doc.children(c.i) if k.deprel == "case" and k.upos == "ADP"]
    return bool(preps) and not all(k.lemma.lower() in ctx.lex.place_preps | ctx.lex.owner_preps for k in preps)


def dependents(ctx: Context, h: int) -> list[tuple[Token, str]]:
    """A noun's dependents with their relation; spaCy's English 'of' (and owner 'for') phrase counts as the nmod
    it is in UD (the government of Poland, a spokesman for the ministry: as nmod), other prepositions stay as they
    are (the police in Kabul); a counted group also takes the later phrases of its count (desítky uprchlíků ze Sýrie:
    grammar key quantity_nouns), a led group its leader (koalice vedená Saúdskou Arábií: leader_participles), a
    minister the owner the parser hangs on its ministry word ('Ministři obrany Ruska a Běloruska')."""
    out: list[tuple[Token, str]] = []
    for c in ctx.doc.children(h):
        if c.i > h and c.deprel == "nmod" and ctx.forms[c.i] & set(ctx.lex.modifiers):
            out += [(g, "nmod") for g in ctx.doc.children(c.i) if g.i > c.i and g.deprel == "nmod"]
        if c.deprel == "prep" and c.lemma.lower() in ctx.lex.owner_preps:
            out += [(g, "nmod") for g in ctx.doc.children(c.i) if g.deprel == "pobj"]
        elif c.deprel in ("amod", "acl") and c.lemma.lower() in ctx.lex.leader_participles:  # koalice vedená X
            out += [(c, c.deprel), *((g, "nmod") for g in leaders(ctx.doc, c))]
        else:
            out.append((c, c.deprel))
    t = ctx.doc.tokens[h]
    if t.deprel.startswith("nmod") and t.head != h and ctx.doc.tokens[t.head].lemma.lower() in ctx.lex.quantity_nouns:
        out += [(g, g.deprel) for g in ctx.doc.children(t.head) if g.i > h and g.deprel.startswith("nmod")]
    if (name := sibling_name(ctx.doc, ctx.lex, ctx.forms, list(ctx.names.values()), h)) is not None:
        out.append((ctx.doc.tokens[name.head], "appos"))
    out += [(ctx.doc.tokens[b], "nmod") for b in origin_body(ctx.doc, ctx.lex, list(ctx.names.values()), h)]
    return out


def mission(ctx: Context, h: int) -> bool:
    """Whether a role noun is a state's mission abroad (velvyslanectví, zastupitelský úřad, the embassy, consul): the
    city it sits in names the host state, not its own (agents key mission_words). Not a verb's object: 'opened an
    embassy in Tehran' is a step towards the host; a recipient the parser took for an object, its modifier in the
    dative ('potvrdila našemu velvyslanectví v Londýně'), still is a mission."""
    dative = any(c.feats.get("Case") == "Dat" for c in ctx.doc.children(h) if c.deprel in ("det", "amod"))
    if ctx.doc.tokens[h].deprel in ("obj", "dobj") and not dative:
        return False
    words = ctx.forms[h] | {f for c in ctx.doc.children(h) if c.deprel.split(":")[0] == "amod" for f in ctx.forms[c.i]}
    return bool(words & ctx.lex.mission_words)


def _place(ctx: Context, c: Token, h: int) -> Hit | None:
    """The capital or city a role noun's following place phrase names (vláda ve Varšavě, the government in
    Warsaw), or a city name before it (Sacramento police)."""
    if c.i < h:
        place = ctx.places.get(c.i)
        return place if place is not None and place.rule == "place:city" and c.deprel == "compound" else None
    objs = [c] if c.deprel.split(":")[0] == "nmod" else \
        [g for g in ctx.doc.children(c.i) if g.deprel == "pobj"] if c.deprel == "prep" else []
    hits = [ctx.places[x.i] for x in objs if x.i in ctx.places and ctx.places[x.i].code]
    if c.deprel == "prep" and c.lemma.lower() in ctx.lex.seat_preps and not possessed(ctx.doc, h):
        # the rebels in Yemen: a state's too; not 'its forces in Lebanon' (their owner's, stationed abroad)
        hits += [ctx.names[x.i] for x in objs if x.i in ctx.names and ctx.names[x.i].code
                 and ctx.names[x.i].kind == "GPE"]
    return hits[0] if hits else None


def _stance(ctx: Context, i: int) -> bool:
    """Whether the name or demonym at token i is part of a stance (anti-Syria, pro - Russian)."""
    return stance(ctx.doc, ctx.lex, i)


def _region_ok(ctx: Context, r: Role, dem: str) -> bool:
    """A region adjective with a country noun names the region's states only in the plural (not 'an Asian country')."""
    if r.sector != "" or dem not in ctx.lex.regions:
        return True
    t = ctx.doc.tokens[r.head]
    return t.feats.get("Number") == "Plur" and not any(  # této asijské země: a singular determiner
        c.upos == "DET" and c.feats.get("Number") == "Sing" for c in ctx.doc.children(r.head))


def _conj_countries(ctx: Context, i: int) -> list[tuple[int, str]]:
    """Countries or international bodies coordinated with the one at token i (U.S. and Russian negotiators, EU and
    NATO officials), as (token, code)."""
    out = []
    for x in ctx.doc.children(i):
        if x.deprel != "conj":
            continue
        if x.i in ctx.dems:
            out.append((x.i, ctx.dems[x.i]))
        elif x.i in ctx.names and ctx.names[x.i].code and ctx.names[x.i].kind == "GPE":
            out.append((x.i, str(ctx.names[x.i].code)[:3]))
        elif x.i in ctx.names and str(ctx.names[x.i].code or "").startswith("IGO") and ctx.names[x.i].kind == "IGO":
            out.append((x.i, str(ctx.names[x.i].code)))
        else:
            continue
        out += _conj_countries(ctx, x.i)  # Russia, China and India: a chain of conjuncts
    return out


def _dem_span(ctx: Context, i: int) -> set[int]:
    """Token i and the words before it that belong to the same demonym (South Korean)."""
    out = {i}
    while i - 1 in ctx.dems and ctx.dems[i - 1] == ctx.dems[i] and ctx.doc.tokens[i - 1].sent == ctx.doc.tokens[i].sent:
        i -= 1
        out.add(i)
    return out


def _in_phrase(ctx: Context, c: Token, h: int) -> bool:
    """Dependents that belong in the role's span: ministry modifiers (ministr obrany), preceding adjectives."""
    if c.upos in ("NOUN", "ADJ", "PROPN") and ctx.forms[c.i] & set(ctx.lex.modifiers) and c.deprel in INSIDE_RELS:
        return True
    # bezpečnostní mluvčí, Generální tajemník; an adjective in another case belongs elsewhere (použitá ruskou armádou)
    case, head_case = c.feats.get("Case"), ctx.doc.tokens[h].feats.get("Case")
    return c.upos == "ADJ" and c.deprel == "amod" and c.i < h and (not case or not head_case or case == head_case)


def _finish(r: Role, inherited: str | None) -> None:
    if r.sector is None:  # mluvčí, šéf: take the whole code of what they speak for
        if r.envoy and r.country and inherited and inherited.startswith("IGO"):
            inherited = r.country  # český zástupce v OSN: the state's representative, not a UN official
        if inherited and len(inherited) == 3:
            inherited += "GOV"  # the spokesman of Russia speaks for its government
        r.code = inherited or (r.country + "GOV" if r.country else None)
        r.source = r.source or "inherited"
    elif r.country and inherited and inherited.startswith("IGO") and r.body and not r.envoy:
        r.code, r.source = inherited, "name"  # the British UN official, britský diplomat OSN: the IGO's role
    elif r.country:
        r.code = r.country + r.sector if not r.country.startswith("IGO") else r.country
        if inherited and r.sector == "GOV" and inherited[:3] == r.country and inherited[3:6] not in ("", "GOV"):
            r.code = r.country + inherited[3:6]  # army officers: the nested body's sector is the specific one
    elif inherited:
        base = inherited if inherited.startswith("IGO") else inherited[:3]
        r.code = base if inherited.startswith("IGO") or not r.sector else base + r.sector
        if r.body and len(inherited) > 3 and not (inherited[3:6] == "PTY" and r.sector in ("GOV", "LEG", "ELI")):
            r.code = inherited  # Hamas fighters; but a party's (ex-)minister or MP (ministryně za ANO) holds the office
        elif r.sector == "GOV" and inherited[3:6] in TITLED_BODIES:
            r.code = inherited  # prezident firmy ExxonMobil, the president of a university: the body's, not a state's
        r.source = "name"
    if r.person is not None and r.person.code and listed_code(r) and (not r.code or r.code[:3] == r.person.code[:3]) \
            and not role_beats_person(r):
        r.code = r.person.code


def listed_code(r: Role) -> str | None:
    """The code of the role's person when a dictionary lists the person; an unlisted person's code (a private person
    of the country its phrase or spelling shows) only fills a role left without one (unlisted_person_roles)."""
    return r.person.code if r.person is not None and r.person.person is not None else None


def role_beats_person(r: Role) -> bool:
    """The text's own role noun (ministryně -> GOV) beats a dictionary role not known to be held on the date."""
    return bool(r.code and r.sector and r.person is not None and "role held on the date" not in r.person.rule)
