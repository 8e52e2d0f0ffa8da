"""The state a country-less state organ belongs to in an article without a clear home: the state named nearest before
it ('Nizozemsko zpřísnilo pravidla. Vláda uvedla ...', 'Officers in Florida ... The police said'), the only state its
sentence names, else the only state the article names before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .match import place_state

if TYPE_CHECKING:
    from ..model import Token
    from .compose import Context, Role

# Sectors of the state: their bare nouns (vláda, policie, the ministry, officials) belong to some state.
STATE_ORGANS = ("GOV", "LEG", "JUD", "COP", "MIL", "SPY")
WINDOW = 2  # sentences back a state named before may stand
POSS_RELS = ("nmod:poss", "poss", "det:poss")


def state_tokens(ctx: Context) -> list[tuple[int, str]]:
    """(token, state) of every reference to a state the home count read (names, capitals and cities as places,
    coded persons, demonyms), without destinations: sentence_states holds only those."""
    refs = [(h.head, str(h.code)[:3]) for hits in (ctx.names, ctx.places, ctx.persons) for h in hits.values()
            if h.code]
    refs += [(i, code[:3]) for i, code in ctx.dems.items()]
    sents = ctx.sentence_states
    return sorted((i, s) for i, s in set(refs) if s in sents.get(ctx.doc.tokens[i].sent, set()))


QUOTE_MARKS = set('"„“”«»')


def quoted_refs(ctx: Context, i: int, refs: list[tuple[int, str]]) -> set[int]:
    """Tokens of the state references in token i's sentence that stand inside a quote while token i stands outside it,
    on the reporting clause's side (that of the sentence's root): a speaker is no national of the states the quote
    names ('"... send her, Myanmar and the world a message," Senator X said'); a noun inside the quote keeps them all
    ('"My daughters ...," Obama said')."""
    sent = ctx.doc.tokens[i].sent
    toks = [t for t in ctx.doc.tokens if t.sent == sent]
    marks = [t.i for t in toks if t.text in QUOTE_MARKS]
    root = next((t.i for t in toks if t.head == t.i), None)
    if not marks or root is None:
        return set()

    def side(j: int) -> int:
        return sum(1 for m in marks if m < j) % 2  # parity is enough: only sides are compared

    if side(i) != side(root):
        return set()
    return {j for j, _ in refs if ctx.doc.tokens[j].sent == sent and side(j) != side(i)}


def same_side_states(ctx: Context, i: int, refs: list[tuple[int, str]]) -> set[str]:
    """The states token i's sentence names, without those it names only inside a quote token i stands outside of."""
    own = ctx.sentence_states.get(ctx.doc.tokens[i].sent, set())
    if not own:
        return own
    quoted = quoted_refs(ctx, i, refs)
    return own - ({s for j, s in refs if j in quoted} - {s for j, s in refs if j not in quoted
                                                           and ctx.doc.tokens[j].sent == ctx.doc.tokens[i].sent})


def nearest_state(ctx: Context, i: int, refs: list[tuple[int, str]]) -> tuple[str, str] | None:
    """(state, why) for a state organ at token i: the only state its sentence names, else the one state named in the
    nearest sentence (its own or WINDOW before) that names any before it, else the only state the article named
    before it; None when that nearest sentence names several (an international story: no guess)."""
    if any(c.upos in ("PRON", "DET") and (c.deprel in POSS_RELS or c.feats.get("Poss") == "Yes")
           for c in ctx.doc.children(i)):
        return None  # its troops, jeho vláda: the possessor's, which the events step resolves
    sent = ctx.doc.tokens[i].sent
    own = same_side_states(ctx, i, refs)
    if len(own) == 1:
        return next(iter(own)), "the only state its sentence names"
    quoted = quoted_refs(ctx, i, refs)
    before = [(j, s) for j, s in refs if j < i and j not in quoted]
    near = [(j, s) for j, s in before if sent - WINDOW <= ctx.doc.tokens[j].sent]
    if near:  # the nearest sentence naming a state before it must name one only (France and Germany: no pick)
        last = ctx.doc.tokens[near[-1][0]].sent
        states = {s for j, s in near if ctx.doc.tokens[j].sent == last}
        word = ctx.doc.tokens[near[-1][0]].text
        if len(states) == 1:
            return near[-1][1], f"the one state named in the nearest sentence before it ({word})"
        return None
    if len({s for _, s in before}) == 1:
        return before[-1][1], "the only state the article named before it"
    return None


def there_state(ctx: Context, i: int) -> tuple[str, str] | None:
    """(state, why) for a role noun with an adjective that points back to a place ('tamní policie', 'navštívil Polsko
    a jednal s tamním premiérem'; data key there_adjectives): the state of the nearest state, capital or city named
    before it (also a destination; not a person's country), in its sentence or WINDOW before; else None."""
    if not any(c.lemma.lower() in ctx.lex.there_adjectives for c in ctx.doc.children(i) if c.deprel == "amod"):
        return None
    sent = ctx.doc.tokens[i].sent
    places = sorted((h.head, str(h.code)[:3]) for hits in (ctx.names, ctx.places) for h in hits.values()
                    if h.code and h.kind == "GPE" and h.head < i and sent - WINDOW <= ctx.doc.tokens[h.head].sent)
    if not places:
        return None
    return places[-1][1], f"the place named before it ({ctx.doc.tokens[places[-1][0]].text})"


SUBJECT_RELS = ("nsubj", "nsubj:pass", "nsubjpass")
# Organs that act where they sit: police and courts, and rebels (insurgents fight in their own land; a minister or an
# army in Berlin is often a visitor).
SEATED = ("COP", "JUD", "REB")
# Crowds of civilians, in the plural, act where they live ('Thousands of people protested in Hong Kong against the
# Chinese government', 'Lidé v Minsku protestovali'): the place, not the target's state nor the article's home.
SEATED_CROWDS = ("CVL",)


def counted_subject(ctx: Context, t: Token) -> Token:
    """The subject a counted noun stands under ('Thousands of people', 'Tisíce lidí': the count heads the phrase), else
    the noun itself."""
    h = ctx.doc.tokens[t.head]
    if t.deprel == "pobj" and h.upos == "ADP" and h.lemma.lower() == "of" and h.head != h.i:
        h = ctx.doc.tokens[h.head]
    elif t.deprel != "nmod" or t.feats.get("Case") != "Gen":
        return t
    if h.i != t.i and h.deprel in SUBJECT_RELS and h.upos in ("NOUN", "NUM") and h.i < t.i \
            and ctx.lex.sector_of(ctx.forms[h.i]) is None:
        return h
    return t


def seat_state(ctx: Context, i: int, sector: str | None) -> tuple[str, str] | None:
    """(state, why) for a police force or court that is the subject of a clause placed in a named city or state
    ('Policie ve Varšavě zadržela dva Ukrajince'; data key seat_prepositions): the place's state, which the
    article's default or a target's country must not override; else None. Not ministers or armies: 'Premiér v
    Bruselu jednal' is a visitor."""
    t = counted_subject(ctx, ctx.doc.tokens[i])
    crowd = sector in SEATED_CROWDS and ctx.doc.tokens[i].feats.get("Number") == "Plur"
    if (sector not in SEATED and not crowd) or t.deprel not in SUBJECT_RELS or t.head == t.i \
            or not ctx.lex.seat_preps:
        return None
    places = {h.head: h for hits in (ctx.names, ctx.places) for h in hits.values() if h.code and h.kind == "GPE"}
    kids = list(ctx.doc.children(t.head))
    if crowd:  # 'blocked streets in Hong Kong': a crowd's place may hang on the clause's object
        kids += [k for o in kids if o.deprel in ("obj", "dobj") for k in ctx.doc.children(o.i)]
    for c in kids:
        objs = [c] if c.deprel.split(":")[0] == "obl" else []
        if c.deprel == "prep" and c.lemma.lower() in ctx.lex.seat_preps:
            objs = [g for g in ctx.doc.children(c.i) if g.deprel == "pobj"]
        for o in objs:
            cases = {k.lemma.lower() for k in ctx.doc.children(o.i) if k.deprel == "case"}
            if o.i in places and (c.deprel == "prep" or cases & ctx.lex.seat_preps):
                return str(places[o.i].code)[:3], f"the place its clause is set in ({o.text})"
    return None


OBJECT_RELS = ("obj", "dobj", "nsubj:pass", "nsubjpass")
DEPTH = 4  # dependency steps from the clause's verb a place may hang ('in an attack on Kharkiv')


def victim_place_state(ctx: Context, i: int, sector: str | None) -> tuple[str, str] | None:
    """(state, why) for a country-less group that is the object of a clause ('zabily na Ukrajině dvacet lidí',
    'killed five civilians in an attack on Kharkiv'; data key victim_place_prepositions): the state of the one city
    or state its clause names under such a preposition, not the attacker's demonym nor the article's home; None when
    it names none or several. Not state organs: 'troops were attacked in Syria' are often another state's."""
    t = ctx.doc.tokens[i]
    if sector in STATE_ORGANS or t.deprel not in OBJECT_RELS or t.head == i or not ctx.lex.victim_place_preps:
        return None
    places = {h.head: str(h.code)[:3] for hits in (ctx.names, ctx.places) for h in hits.values()
              if h.code and h.kind == "GPE"}
    for p in ctx.persons.values():  # a city not yet read as one ('an attack on Kharkiv': acting_places runs later)
        if p.status == "unresolved" and not p.code and (state := place_state(ctx.doc, ctx.lex, ctx.forms, p.start,
                                                                             p.end)):
            places.setdefault(p.head, state)
    if any(d in places for d in _subtree(ctx, i)):
        return None  # its own place ('a missionary from Calgary was arrested in Lebanon'): not the clause's
    found: dict[str, str] = {}
    stack = [(c, 1) for c in ctx.doc.children(t.head) if c.i != i]
    while stack:
        c, depth = stack.pop()
        if c.upos in ("VERB", "AUX") and any(k.deprel.split(":")[0] == "nsubj" for k in ctx.doc.children(c.i)):
            continue  # another clause with its own subject
        if c.i in places and _victim_prep(ctx, c):
            found.setdefault(places[c.i], c.text)
        if depth < DEPTH:
            stack += [(g, depth + 1) for g in ctx.doc.children(c.i)]
    found = found or _struck_place(ctx, t.head, places)
    if len(found) != 1:
        return None
    state, word = next(iter(found.items()))
    return state, f"the place its clause names ({word})"


def _struck_place(ctx: Context, v: int, places: dict[int, str]) -> dict[str, str]:
    """'Russian forces shelled Kharkiv, killing three people': the victims of a participle clause on a verb are
    where that verb's object place is (state -> the place's word)."""
    verb = ctx.doc.tokens[v]
    if verb.deprel != "advcl" or verb.head == v or verb.feats.get("VerbForm") != "Part":
        return {}
    return {places[c.i]: c.text for c in ctx.doc.children(verb.head) if c.deprel in OBJECT_RELS and c.i in places}


def _subtree(ctx: Context, i: int) -> set[int]:
    """The tokens under token i."""
    out, stack = set(), list(ctx.doc.children(i))
    while stack:
        c = stack.pop()
        out.add(c.i)
        stack += ctx.doc.children(c.i)
    return out


def _victim_prep(ctx: Context, t: Token) -> bool:
    """Whether a place name hangs under a preposition of where victims are (a case child, or spaCy's head)."""
    preps = [k.lemma.lower() for k in ctx.doc.children(t.i) if k.deprel == "case"]
    if t.deprel == "pobj" and t.head != t.i and ctx.doc.tokens[t.head].upos == "ADP":
        preps.append(ctx.doc.tokens[t.head].lemma.lower())
    return any(p in ctx.lex.victim_place_preps for p in preps)


def counterpart_abroad(ctx: Context, roles: dict[int, Role], r: Role) -> bool:
    """A relational noun with a possessive in a sentence with a state official ('prezident zavolal svému kolegovi'):
    the official's counterpart abroad; a colleague of others ('se svými kolegy z pořadu') is of their own group."""
    if not (ctx.lex.noun_bases(ctx.forms[r.head]) & ctx.lex.relational_nouns) or not any(
            c.feat("Poss") == "Yes" or c.deprel in POSS_RELS for c in ctx.doc.children(r.head)):
        return False
    sent = ctx.doc.tokens[r.head].sent
    return any(o.code and o.code[3:6] == "GOV" and ctx.doc.tokens[o.head].sent == sent for o in roles.values())
