"""The `actors` component: find every actor mention, resolve it to a CAMEO-style code, group into actors."""

from __future__ import annotations

from ..actors.abbrev import abbreviation_hits
from ..actors.adjectives import adjective_hits, sector_adjective_hits
from ..actors.anaphora import anaphor_hits, anaphoric_roles, same_sector_before, titled_anaphors
from ..actors.attach import attach_persons, unlisted_person_roles
from ..actors.clubs import club_names
from ..actors.compose import (
    Context,
    Role,
    resolve_roles,
)
from ..actors.coordinated import coordinated_roles
from ..actors.coref import (
    ORG_SECTORS,
    bare_alias_after_role,
    same_named_org_before,
    same_noun_as_before,
    titled_persons,
)
from ..actors.demonyms import demonyms
from ..actors.domains import settled_home, web_addresses
from ..actors.fallback import apply_home
from ..actors.home import (
    Home,
    doers_and_places,
    home_country,
    private_persons,
    resolve_relative,
    sentence_states,
    state_after_relative,
    unlisted_body_roles,
)
from ..actors.inhabitants import demonym_owners, match_inhabitants
from ..actors.led import backed_by
from ..actors.lexicon import Lexicon, lexicon
from ..actors.lone import company_anaphors, speaking_home
from ..actors.match import (
    Hit,
    acting_places,
    after_place_noun,
    attributive_homonym,
    capital_as_government,
    is_destination,
    is_goal,
    is_place,
    match_names,
    match_places,
    prep_argument,
    span_head,
)
from ..actors.members import members_of_bodies
from ..actors.name_states import surname_states
from ..actors.orgcountry import one_country_per_org
from ..actors.people import Person, article_code, people
from ..actors.person_match import (
    NAMED_BEFORE,
    home_namesake,
    mid_sentence_name,
    resolve_person,
    two_names,
    word_keys,
)
from ..actors.persons import (
    demonym_persons,
    link_surnames,
    org_names,
    own_spelled_persons,
    same_person,
    spelled_persons,
)
from ..actors.region_names import demonym_places, state_named_places
from ..actors.role_nouns import find_roles
from ..actors.runs import first_name, listed_place, person_runs
from ..actors.spelled_home import foreign_story, hosted_envoys, spelled_home, unmarked_story
from ..model import Actor, Doc, Mention, Token
from ..pipeline import component
from ..settings import Settings

# Word classes a mis-tagged surname may get (Fiala -> VERB 'fiat' at a sentence start).
OPEN_UPOS = {"NOUN", "VERB", "ADJ", "ADV", "X", "INTJ"}

# CAMEO's country part for an actor whose country is unknown ('---COP': police of an unnamed country).
UNKNOWN_COUNTRY = "---"

# Sectors of the state: their nouns are kept as unresolved mentions even without a country (ministerstvo zahraničí).
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", None}

# Sectors that name no role of a named person or body in the actor table: private (CVL), activist (ACT).
TABLE_ROLELESS = ("CVL", "ACT")


class Actors:
    """Resolves states, capitals, organisations, persons and role phrases to actor codes."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        people()  # index the dictionaries once, at start-up
        for lang in settings.languages:
            lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        """Add doc.mentions and doc.actors."""
        lex = lexicon(doc.lang or self.settings.default_lang)
        forms = [lex.forms(t.text, t.lemma) for t in doc.tokens]
        names, dropped, taken = _dictionary_names(doc, lex, forms)
        backed = backed_by(doc, lex, forms)  # the US-backed fighters: the backer is not the group
        doc.meta["backer_tokens"] = sorted({i for h in names if h.head in backed for i in range(h.start, h.end)})
        dems, dem_tokens = demonyms(doc, lex, forms)
        dropped += demonym_places(doc, lex, forms, dems, dem_tokens, taken)  # British Columbia: CAN, not GBR
        roles = find_roles(doc, lex, forms, taken)
        cities = match_places(doc, lex, forms, taken | set(roles) | dem_tokens, set(roles))
        dropped += cities  # evidence of their state (home country, 'police in X'), not actors
        city_tokens = {i for h in cities for i in range(h.start, h.end)}
        mods = {t.i for t in doc.tokens if t.text.lower() in lex.modifiers}  # Foreign, Defence, Prime in titles
        role_tokens = {i for r in roles.values() for i in r.tokens}  # Attorney General: both words are the title
        persons = _persons(doc, lex, taken | role_tokens | dem_tokens | mods | city_tokens)
        persons += _acronym_names(doc, roles, taken | role_tokens | {i for p in persons for i in range(p.start, p.end)})
        _namesakes(lex, persons, names + dropped + cities, dems)  # John Smith is no colonial governor of Kiribati
        demonym_persons(doc, lex, persons, dems, names)  # Czech tennis player X: before the home count
        sents = {t.i: t.sent for t in doc.tokens}
        home = _home(doc, lex, names, dropped, persons, dems, sents)
        club_names(doc, lex, persons, home.clear)  # before the roles (Mluvčí Sparty) and the private persons
        demonym_owners(names, dems, lex)  # polská Sněmovna, Bosnian Serbs: the demonym, not the home, owns them
        state_after_relative(doc, names)  # Nejvyšší soud Spojených států: the state after it owns the body
        resolve_relative(names, home)
        ctx = Context(doc, lex, forms, dems, {h.head: h for h in names}, {p.head: p for p in persons},
                      home.clear, home.clear_rule, {h.head: h for h in dropped if h.kind == "GPE"},
                      sentence_states(lex, sents, [h for h in names + dropped + persons
                                                   if not is_destination(doc, lex, h.head)], dems))
        _resolve_roles(ctx, roles, names, persons, forms)
        hits = _hits(ctx, roles, names, persons, dropped, dem_tokens, home)
        hits.sort(key=lambda h: (h.start, -h.end))
        doc.mentions = [_mention(doc, h) for h in hits]
        doc.actors = _group(doc, hits, doc.mentions)
        doc.meta["actors_dropped"] = [{"text": doc.span_text(h.start, h.end), "code": h.code, "head": h.head,
                                       "span": [doc.tokens[h.start].start, doc.tokens[h.end - 1].end],
                                       "reason": h.reason or "capital or seat used as a place"} for h in dropped]
        return doc


def _dictionary_names(doc: Doc, lex: Lexicon, forms: list[set[str]]) -> tuple[list[Hit], list[Hit], set[int]]:
    """States, capitals, organisations and inhabitants from the dictionaries; capitals used as places are dropped
    (evidence of their state, not actors); the tokens all of them take."""
    names, regions = state_named_places(doc, lex, forms, list(match_names(doc, lex, forms)))
    surnames = surname_states(doc, lex, names)  # 'Tom Holland ... Holland', 'Vicki Holland'
    names = [h for h in names if not (h.kind == "GPE" and h.end - h.start == 1
                                      and doc.tokens[h.start].text in surnames)]
    dropped = [h for h in names if h.capital and is_place(doc, lex, h.head)
               and not is_destination(doc, lex, h.head) and not prep_argument(doc, lex, h.head)]
    names = [h for h in names if h not in dropped]
    dropped += regions  # Bohemian Switzerland: evidence of CZE, not Switzerland
    for h in names:
        capital_as_government(doc, h)
        attributive_homonym(doc, lex, h)
    taken = {i for h in names + dropped for i in range(h.start, h.end)}
    names += match_inhabitants(doc, lex, taken)
    taken |= {h.start for h in names}
    return names, dropped, taken


def _home(doc: Doc, lex: Lexicon, names: list[Hit], dropped: list[Hit], persons: list[Hit],
          dems: dict[int, str], sents: dict[int, int]) -> Home:
    """The article's home country (counts, spelling, foreign stories), written to doc.meta; then the persons whose
    country depends on it."""
    dest = {h.head for h in names + dropped if is_destination(doc, lex, h.head) or is_goal(doc, lex, h.head)}
    counted = {i: c for i, c in dems.items() if doc.tokens[doc.tokens[i].head].lemma.lower() not in lex.market_nouns}
    doers = doers_and_places(doc, {h.head for h in names + dropped + persons} | set(counted))
    home = spelled_home(doc, lex, home_country(lex, names + dropped, persons, counted, sents, dropped, dest, doers))
    home = unmarked_story(doc, lex, foreign_story(lex, home, persons))
    home = hosted_envoys(doc, lex, home, names + dropped + persons, dems)
    doc.meta["home_country"] = home.to_meta()
    spelled_persons(doc, lex, persons)  # Štěch in an English article: after the home count
    _home_namesakes(doc, lex, persons, home.clear)
    return home


def _resolve_roles(ctx: Context, roles: dict[int, Role], names: list[Hit], persons: list[Hit],
                   forms: list[set[str]]) -> None:
    """Codes of the role nouns: their phrase, their person, earlier mentions, the home country."""
    resolve_roles(ctx, roles)
    attach_persons(ctx.doc, roles, persons, ctx.lex)
    same_noun_as_before(ctx, roles, names)
    anaphoric_roles(ctx, roles, names)
    titled_anaphors(ctx, roles, persons)
    same_sector_before(ctx, roles, names)
    coordinated_roles(ctx, roles)
    apply_home(ctx, roles)
    unlisted_person_roles(roles)
    unlisted_body_roles(ctx, roles)
    members_of_bodies(ctx, roles, persons)  # Lucy O'Connor from the Lambeth police department: its member
    one_country_per_org(ctx, roles)
    same_named_org_before(ctx, roles)
    titled_persons(ctx, roles, persons)
    bare_alias_after_role(ctx, roles, names)


def _hits(ctx: Context, roles: dict[int, Role], names: list[Hit], persons: list[Hit], dropped: list[Hit],
          dem_tokens: set[int], home: Home) -> list[Hit]:
    """Every mention: names, persons no role took, role phrases, adjectives, anaphors and abbreviations."""
    doc, lex, dems = ctx.doc, ctx.lex, ctx.dems
    attached = {id(r.person) for r in roles.values() if r.person is not None}
    named = {i for r in roles.values() for i in r.tokens}  # the rest of a body's name (Office for X Y)
    attached |= {id(p) for p in persons if p.code is None and set(range(p.start, p.end)) <= named}
    free = [p for p in persons if id(p) not in attached]
    taken = {i for h in names + dropped for i in range(h.start, h.end)} | named | set(roles)
    free += web_addresses(doc, free, taken, settled_home(home.clear, home.counts))  # 'podle efotbal.cz': an outlet
    acting_places(doc, lex, ctx.forms, free, persons)
    same_person(doc, lex, free)  # after the home count: a foreign surname repeated is one person, not many references
    own_spelled_persons(doc, lex, free, home.clear)
    private_persons([p for p in free if p.code or not after_place_noun(doc, lex, p.head)], home,
                    lex.document_heads | lex.event_heads)
    org_names(doc, lex, free, _referred_home(home), speaking_home(lex, _referred_home(home), home.counts))
    role_hits = _role_hits(doc, lex, roles)
    company_anaphors(doc, lex, names + free, role_hits)
    hits = names + free + role_hits
    covered = {i for h in hits + dropped for i in range(h.start, h.end)} | set(roles)
    covered |= {i for r in roles.values() for i in r.tokens}
    hits += adjective_hits(doc, lex, dems, covered)
    hits += sector_adjective_hits(doc, lex, dems, covered | dem_tokens, home.clear, ctx.sentence_states)
    hits += anaphor_hits(ctx, names, covered | {i for h in hits for i in range(h.start, h.end)})
    hits += abbreviation_hits(doc, hits, covered)  # ÚOHS after 'Úřad pro ochranu hospodářské soutěže (ÚOHS)'
    return hits


def _persons(doc: Doc, lex: Lexicon, taken: set[int]) -> list[Hit]:
    """Person-name runs and possessive adjectives of surnames, resolved through the people index.

    Multi-word names go first so that a later (or earlier) surname alone can refer back to them.
    """
    spans = person_runs(doc, lex, taken)
    spans += [(t.i, t.i + 1) for t in doc.tokens
              if t.feats.get("Poss") == "Yes" and t.text[:1].isupper() and t.i not in taken and t.upos == "ADJ"]
    spans = [piece for a, b in spans for piece in two_names(doc, lex, *_trim(doc, lex, a, b))]
    seen: dict[str, Person] = {}
    unknown: set[str] = set()  # surnames of unlisted persons the article names in full (John Johnson)
    hits: dict[tuple[int, int], Hit | None] = {}
    for start, end in sorted(spans, key=lambda sp: sp[0] - sp[1]):
        hits[(start, end)] = hit = _person_hit(doc, lex, start, end, seen, unknown)
        if hit is not None and hit.status == "unresolved" and end - start > 1 and hit.kind == "PER":
            last = doc.tokens[end - 1]
            unknown |= {f for f in lex.forms(last.text, last.lemma) if len(f) > 3}
    inrun = {i for a, b in spans for i in range(a, b)}
    for t in doc.tokens:  # Fiala (a common noun too) at the start of a sentence: only as a surname named before
        if t.i not in taken and t.i not in inrun and t.upos in OPEN_UPOS and t.text[:1].isupper():
            person, why = resolve_person(doc, lex, t.i, t.i + 1, seen)
            adjectival = t.upos == "ADJ" and t.feats.get("Poss") != "Yes" and why in ("surname", "full name")
            again = why == "full name" and bool(word_keys(lex, t) & seen.keys())  # 'Vladimir Putin ... Putin v pátek'
            if person is not None and (why.startswith(NAMED_BEFORE) or adjectival or again
                                       or mid_sentence_name(doc, t, why)):
                hits[(t.i, t.i + 1)] = _person_hit(doc, lex, t.i, t.i + 1, seen, unknown)
            elif person is None and lex.forms(t.text, t.lemma) & unknown:  # 'Nečesaný od počátku vinu odmítal'
                hits[(t.i, t.i + 1)] = Hit(t.i, t.i + 1, t.i, None, "PER", t.text, f"name:{t.text.lower()}",
                                           "person:unresolved", status="unresolved", run=(t.i, t.i + 1),
                                           reason="surname of an unlisted person the article names in full")
    return link_surnames(doc, lex, [h for sp in sorted(hits) if (h := hits[sp]) is not None])


def _namesakes(lex: Lexicon, persons: list[Hit], evidence: list[Hit], dems: dict[int, str]) -> None:
    """A person of the imported dictionaries (not curated), matched only by the first and last word of a longer name,
    whose state the article names nowhere else is a namesake ('John Smith' is no John Hilary Smith, governor of
    Kiribati): unresolved, left to the rules for unlisted people."""
    named = {c[:3] for c in [*(str(h.code) for h in evidence if h.code), *dems.values()]}
    for p in persons:
        states = {r.code[:3] for r in p.person.roles} if p.person is not None else set()
        if p.person is None or "curated" in p.person.source or "longer name" not in p.rule \
                or states & {"IGO", "NGO", "MNC"} or states & named:
            continue
        p.reason = f"{p.person.name} ({'/'.join(sorted(states))}) of a state the article never names: a namesake"
        p.person, p.code, p.status, p.rule = None, None, "unresolved", "person:unresolved"
        p.key = f"name:{p.name.lower()}"


def _referred_home(home: Home) -> str | None:
    """The clear home when the article refers to it at least once (a pack's default alone is no evidence of where an
    unlisted organisation is: 'Rusko využívá Northwind Group')."""
    return home.clear if home.clear and home.counts.get(home.clear) else None


def _home_namesakes(doc: Doc, lex: Lexicon, persons: list[Hit], home: str | None) -> None:
    """An ambiguous surname alone ('Johnson') in an article with a clear home is the home's one listed namesake."""
    for p in persons if home else []:
        if p.code is None and p.end - p.start == 1 and p.reason.startswith("surname matches"):
            person = home_namesake(doc, lex, p.start, str(home))
            if person is not None:
                code, how = article_code(person, doc.article.published, doc.text)
                p.code, p.status, p.reason, p.kind, p.name = code, "resolved", "", "PER", person.name
                p.key, p.person = f"person:{person.id}", person
                p.rule += f"; the home's ({home}) namesake of an ambiguous surname; {how}"


def _acronym_names(doc: Doc, roles: dict[int, Role], taken: set[int]) -> list[Hit]:
    """An abbreviation the tagger calls a common noun right after an organisation noun ('koncern CRPMEM', 'firma
    ABB'): the organisation's name, kept unresolved for the role noun to take."""
    hits = []
    for r in roles.values():
        t = doc.tokens[r.head + 1] if r.head + 1 < len(doc.tokens) else None
        if t is None or r.sector not in ORG_SECTORS or t.i in taken or t.head != r.head or t.upos not in ("NOUN", "X"):
            continue
        if len(t.text) > 1 and t.text.isupper() and t.text.isalpha():
            hits.append(Hit(t.i, t.i + 1, t.i, None, "ORG", t.text, f"name:{t.text.lower()}", "person:unresolved",
                            status="unresolved", reason="an abbreviation naming the organisation before it",
                            run=(t.i, t.i + 1)))
    hits += [h for r in roles.values() if r.sector in ORG_SECTORS and (h := _named_before(doc, r.head, taken))]
    return hits


def _named_before(doc: Doc, i: int, taken: set[int]) -> Hit | None:
    """'Kovosvit, firma ze Sezimova Ústí, ...': a capitalised word the tagger took for a verb or common noun, with an
    organisation noun in apposition after a comma, is the organisation's name."""
    t = doc.tokens[i]
    h = doc.tokens[t.head]
    first = min([i, *(c.i for c in doc.children(i) if c.i < i and c.upos != "PUNCT")])
    if t.deprel.split(":")[0] != "appos" or h.i in taken or h.i != first - 2 or doc.tokens[h.i + 1].text != ",":
        return None
    if not h.text[:1].isupper() or h.upos not in OPEN_UPOS or not h.text.isalpha() or h.sent != t.sent:
        return None
    return Hit(h.i, h.i + 1, h.i, None, "ORG", h.text, f"name:{h.text.lower()}", "person:unresolved",
               status="unresolved", reason="a name with an organisation noun in apposition", run=(h.i, h.i + 1))


def _trim(doc: Doc, lex: Lexicon, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles (Mr, Dr) and trailing weekdays (William Barr Friday) from a name run; a month or weekday
    that ends a listed person's full name is their surname (Theresa May)."""
    while end - start > 1 and forms_hit(lex, doc, start):
        start += 1
    while end - start > 1 and forms_hit(lex, doc, end - 1) and resolve_person(doc, lex, start, end)[1] != "full name":
        end -= 1
    return start, end


def _person_hit(doc: Doc, lex: Lexicon, start: int, end: int, seen: dict[str, Person],
                unknown: set[str] | None = None) -> Hit | None:
    """A person mention for one name run (resolved, or kept unresolved with a reason), None if not a name."""
    if end - start == 1 and forms_hit(lex, doc, start):
        return None  # a weekday or month (May), not a name
    person, why = resolve_person(doc, lex, start, end, seen)
    t = doc.tokens[start]
    if person is not None and end - start == 1 and not why.startswith(("surname of a person named", "feminine")) \
            and lex.forms(t.text, t.lemma) & (unknown or set()):
        person, why = None, "surname of an unlisted person the article names in full, not a famous namesake"
    head = span_head(doc, start, end)
    if person is not None:
        code, how = article_code(person, doc.article.published, doc.text)
        for k in person.keys:
            seen.setdefault(k[-1], person)
        return Hit(start, end, head, code, "PER", person.name, f"person:{person.id}",
                   f"person:{why}; {how}", person=person, run=(start, end))
    if end - start == 1 and is_place(doc, lex, start):
        return None  # a place after a locative preposition (v Gaze), not an actor
    first = doc.tokens[start].upos in ("PROPN", "X") or first_name(doc, lex, doc.tokens[start], end) \
        or (start > 0 and listed_place(lex, doc.tokens[start]))  # 'ostřelovala Záporoží' tagged a verb
    if not first or not any(t.text[:1].isupper() for t in doc.tokens[start:end]):
        return None  # a lowercase word the tagger called PROPN (regional) is not a name
    toks = doc.tokens[start:end]
    if [t.text for t in toks][1:2] == ["-"] and toks[-1].text.islower() and lex.demonym(lex.forms(toks[0].text)):
        return None  # Russian-made, Israeli-occupied: an adjective, not a name
    text = doc.span_text(start, end)
    words = {t.lemma.lower() for t in doc.tokens[start:end]} | {w.lower() for w in text.split()}
    kind = "ORG" if words & lex.org_words or end - start == 1 else "PER"
    return Hit(start, end, head, None, kind, text, f"name:{text.lower()}", "person:unresolved",
               status="unresolved", reason=why, run=(start, end))


def forms_hit(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether a capitalised word is a known non-name (weekday, month, platform)."""
    t = doc.tokens[i]
    return t.text.lower() in lex.not_names or t.lemma.lower() in lex.not_names


def _role_hits(doc: Doc, lex: Lexicon, roles: dict[int, Role]) -> list[Hit]:
    """One mention per role phrase that got a code (or describes a person); others are dropped."""
    hits = []
    for r in roles.values():
        if not r.code and r.person is None and not _bare_state_body(doc, lex, roles, r):
            continue  # a bare noun of another sector (lidé, firma) without a country is not an actor
        toks = set(r.tokens)
        if r.person is not None:
            toks |= set(range(r.person.start, r.person.end))
        start, end = min(toks), max(toks) + 1
        head = r.head
        if r.person is not None and doc.tokens[r.head].head in toks and doc.tokens[r.head].head != r.head:
            head = r.person.head
        ref = r.person or r.alias  # 'Koncern prohlásil' after 'koncern CRPMEM': that organisation again
        key = ref.key if ref is not None else f"group:{r.code}"
        name = ref.name if ref is not None else _role_name(doc.tokens[r.head])
        kind = "GRP" if ref is None else "ORG" if ref.person is None and lex.forms(
            doc.tokens[r.head].text, doc.tokens[r.head].lemma) & lex.org_words \
            else "PER" if ref.status == "resolved" else ref.kind  # 'společnosti Die Länderbahn': a firm's name
        run = r.person.run if r.person is not None else None
        code, status, reason = r.code, "resolved", ""
        if not r.code:  # CAMEO's unknown country: the sector alone, as the gold's '---' (score.py: country '---')
            code = f"{UNKNOWN_COUNTRY}{r.sector}" if r.sector else None
            status, reason = "unresolved", "role without a country (no phrase, sentence or dominant-home evidence)"
        hits.append(Hit(start, end, head, code, kind, name, key, f"role:{r.source or 'sector'}", status, reason,
                        run=run))
        hits += [_conj_hit(r, i, code, doc.tokens[r.head].lemma) for i, code in r.also]
    return hits


def _role_name(t: Token) -> str:
    """A role's name: its head noun's lemma, lowercased: a sector noun the tagger capitalised at a sentence start
    ('Hejtman poděkoval hasičům', even tagged a given name) is no proper name for dedup's naming test."""
    return t.lemma.lower()


def _bare_state_body(doc: Doc, lex: Lexicon, roles: dict[int, Role], r: Role) -> bool:
    """A country-less state body worth keeping (ministerstvo zahraničí): not nested in a role, not its forces."""
    t = doc.tokens[r.head]
    nested = t.head in roles and t.head != t.i
    pronoun = any(c.upos in ("PRON", "DET") and (c.deprel in ("nmod:poss", "poss", "det:poss") or c.feats.get(
        "Poss") == "Yes" or c.lemma.lower() in lex.generic_determiners) for c in doc.children(r.head))
    return r.sector in STATE_SECTORS and not nested and not pronoun  # its government, no government: no actor


def _conj_hit(r: Role, i: int, country: str, name: str) -> Hit:
    """The second member of a coordinated demonym (U.S. and Russian negotiators -> RUSGOV, 'Russian negotiators')."""
    code = country + (r.sector or "GOV") if not country.startswith("IGO") else country
    start, end = min(i, r.head), max(i, r.head) + 1
    return Hit(start, end, r.head, code, "GRP", name, f"group:{code}", "role:coordinated demonym")


def well_formed(code: str | None) -> str | None:
    """The code cut to its country (or IGO organisation) part plus at most two 3-letter sectors."""
    if not code:
        return code
    if code.startswith(UNKNOWN_COUNTRY):
        rest = well_formed("XXX" + code[3:])
        return UNKNOWN_COUNTRY + rest[3:] if rest else None
    base = 6 if code.startswith("IGO") else 3
    letters = code[: len(code) - len(code) % 3] if len(code) > base else code
    return letters[: base + 6] if letters.isalpha() and letters.isupper() else None


def _mention(doc: Doc, h: Hit) -> Mention:
    t0, t1 = doc.tokens[h.start], doc.tokens[h.end - 1]
    code, rule = well_formed(h.code), h.rule
    if code != h.code:
        rule += f"; code {h.code} cut to {code}"
    return Mention(start=h.start, end=h.end, text=doc.text[t0.start:t1.end], span=(t0.start, t1.end), code=code,
                   name=h.name, kind=h.kind, head=h.head, rule=rule, status=h.status, reason=h.reason)


def _group(doc: Doc, hits: list[Hit], mentions: list[Mention]) -> list[Actor]:
    """Group mentions by identity (person, state, organisation entry, role group) into actors."""
    actors: dict[str, Actor] = {}
    named: dict[str, bool] = {}
    for h, m in zip(hits, mentions, strict=True):
        key = f"state:{(h.code or '')[:3]}" if h.kind == "GPE" and h.key.startswith("state:") else h.key  # Moskva
        # as the subject (RUSGOV) is still the state Rusko
        if h.kind == "GRP":
            key = f"group:{h.code}:{doc.tokens[h.head].lemma.lower()}"
        a = actors.get(key)
        name, from_text = _canonical(doc, h)
        if a is None:
            a = actors[key] = Actor(id=f"a{len(actors) + 1}", name=name, code=table_code(h.kind, m.code), kind=h.kind)
            named[key] = from_text
        elif from_text and not named[key]:  # a later nominative mention names the actor as the article does
            a.name, named[key] = name, True
        m.actor_id = a.id
        a.mentions.append(m)
    return list(actors.values())


def table_code(kind: str, code: str | None) -> str | None:
    """The actor table's code: a named person or body the engine holds as private (CVL) for want of a known role, or
    as an activist (ACT, no CAMEO type: the gold codes activists CVL or OPP), is coded by its country alone
    (GUIDELINES code a person by the role held; CVL claims a civilian); groups keep their sector."""
    if kind in ("PER", "ORG") and code and len(code) == 6 and code[3:] in TABLE_ROLELESS and code[:3].isalpha():
        return code[:3]
    return code


def _canonical(doc: Doc, h: Hit) -> tuple[str, bool]:
    """Canonical (nominative) name and whether it comes from the text: a nominative name run, else the dictionary."""
    if h.kind == "GRP":
        return doc.span_text(h.start, h.end), True
    run = doc.tokens[h.run[0]:h.run[1]] if h.run is not None else []
    if run and run[-1].feats.get("Case", "Nom") == "Nom" and all(t.upos != "ADJ" for t in run):
        return doc.span_text(run[0].i, run[-1].i + 1), True
    return h.name, h.kind != "PER"


@component("actors", requires=("tokens",), provides=("mentions", "actors"))
def make_actors(settings: Settings) -> Actors:
    """Factory for the actors component."""
    return Actors(settings)
