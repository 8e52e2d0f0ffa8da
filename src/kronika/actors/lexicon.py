"""Per-language actor lexicon: states, capitals, organisations, regions, demonyms and sector nouns."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import langpack
from .normalize import Morph, morph, read_tsv
from .people import name_key, name_words, people


def _acronym(word: str) -> bool:
    """A short word with two or more capitals (SaS, ODS, NATO): matched as written, never through endings
    (the company suffix 'SA' is not the party 'SaS')."""
    return len(word) <= 5 and sum(c.isupper() for c in word) >= 2


@dataclass(frozen=True)
class NameEntry:
    """One multi-word name of an actor; `words` holds the accepted forms of each word."""

    id: str
    code: str
    kind: str  # GPE, IGO, ORG
    name: str  # canonical name (nominative)
    words: tuple[frozenset[str], ...]
    caps: tuple[int, ...]  # per word: 0 any case, 1 capitalised, 2 all capitals (abbreviation), 3 inner capitals
    capital: bool = False


@dataclass(frozen=True)
class Spelling:
    """Letters and endings that mark a name as written in one country's spelling, and letters that rule it out."""

    letters: str
    endings: tuple[str, ...]
    excluded: str
    paired: tuple[str, str] = ("", "")  # letters that count only together with one of the second set (Konečná)
    names: frozenset[str] = frozenset()  # given names only that country spells so (Karel, Petr, Zdenek)
    stripped: tuple[str, ...] = ()  # endings the language adds to any name, removed first (Czech possessive -ův)
    one_word: bool = False  # the paired letters must meet in one word (Plíšková; not Móhandás Karamčand)


@dataclass
class Lexicon:
    """Indexes built once per language; lookups never scan the whole lexicon."""

    lang: str
    morph: Morph
    names: dict[str, list[NameEntry]] = field(default_factory=lambda: defaultdict(list))
    places: dict[str, list[NameEntry]] = field(default_factory=lambda: defaultdict(list))  # cities (data/places.tsv)
    demonyms: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    body_sectors: dict[str, str] = field(default_factory=dict)  # Office, Správa: sectors of a named institution
    phrase_sectors: dict[tuple[str, str], str] = field(default_factory=dict)  # (státní, zastupitelství) -> JUD
    inherit: set[str] = field(default_factory=set)
    person_roles: set[str] = field(default_factory=set)
    given_name_titles: set[str] = field(default_factory=set)  # princ, král, papež: titles before a given name
    modifiers: dict[str, str] = field(default_factory=dict)
    plural_only: set[str] = field(default_factory=set)
    unnamed_groups: set[str] = field(default_factory=set)  # organizace: plural-only, never one named body
    kin_nouns: set[str] = field(default_factory=set)  # with a possessive a private person (svoji sestru, his victim)
    follower_nouns: set[str] = field(default_factory=set)  # příznivec, supporter: a person they govern owns them
    nominal_adjectives: set[str] = field(default_factory=set)  # podezřelí, protestující used as nouns
    age_adjective: re.Pattern[str] | None = None  # 17letý, 40letého: a person of that age (a private person)
    sector_adjectives: dict[str, str] = field(default_factory=dict)  # policejní -> COP (policejní komisař)
    former_adjectives: set[str] = field(default_factory=set)  # former, bývalý: an office held no longer (ELI)
    adjective_heads: set[str] = field(default_factory=set)  # nouns a sector adjective turns into a role
    place_preps: set[str] = field(default_factory=set)
    place_heads: set[str] = field(default_factory=set)
    attacked_place_preps: set[str] = field(default_factory=set)  # 'an attack on Kharkiv': the city is its state
    aimed_preps: set[str] = field(default_factory=set)  # 'lashed out at Moscow': a capital aimed at, not a place
    aimed_heads: set[str] = field(default_factory=set)
    withdrawal_verbs: set[str] = field(default_factory=set)  # 'withdrew troops from Kherson': the state left
    left_place_preps: set[str] = field(default_factory=set)
    sender_preps: set[str] = field(default_factory=set)  # 'a request from Manila': the capital sends, not a place
    sender_heads: set[str] = field(default_factory=set)
    document_heads: set[str] = field(default_factory=set)  # Equality Act, Paris Agreement: a document, not a person
    event_heads: set[str] = field(default_factory=set)  # Undergraduate Awards, Davis Cup: an event or prize
    place_prep_cases: dict[str, set[str]] = field(default_factory=dict)  # na + Loc is a place, na + Acc a target
    stance_prefixes: set[str] = field(default_factory=set)  # anti-Syria, pro-Russian: a stance, not the owner
    genitive_preps: set[str] = field(default_factory=set)  # English 'of': the government of Poland
    owner_preps: set[str] = field(default_factory=set)  # ministryně za ANO: the phrase names what the noun belongs to
    non_owner_cases: set[str] = field(default_factory=set)  # soud firmě Bayer: a bare dative is no owner
    owner_after_noun: bool = False  # cs: 'šéf nadace', a bare name before the noun is no owner ('CBS šéf')
    leader_participles: set[str] = field(default_factory=set)  # koalice vedená Saúdskou Arábií: the leader owns it
    backer_participles: set[str] = field(default_factory=set)  # US-backed fighters: the backer is no actor there
    led_group_nouns: dict[str, str] = field(default_factory=dict)  # the Saudi-led coalition: an actor when led
    seat_preps: set[str] = field(default_factory=set)  # Policie ve Varšavě zadržela: where a clause's organ sits
    member_preps: set[str] = field(default_factory=set)  # Lucy O'Connor from the police: a member of that body
    victim_place_preps: set[str] = field(default_factory=set)  # zabily na Ukrajině dvacet lidí: where victims are
    quantity_nouns: set[str] = field(default_factory=set)  # desítky uprchlíků ze Sýrie: the origin hangs on the count
    there_adjectives: set[str] = field(default_factory=set)  # tamní policie: the police of the place named before
    destination_verbs: set[str] = field(default_factory=set)  # arrive, navštívit: their capital is the state visited
    destination_nouns: set[str] = field(default_factory=set)  # visit, návštěva: 'a visit to Moscow' is Russia's
    company_anaphors: set[str] = field(default_factory=set)  # the company, the firm: an unlisted name before it
    anaphor_determiners: set[str] = field(default_factory=set)  # the, tato: a company noun under one refers back
    bare_anaphors: bool = False  # a language without articles: a company noun with no determiner may refer back
    names_after_org_word: bool = False  # cs 'novinami Standard': an uninflected name after the noun is its name
    new_referent_words: set[str] = field(default_factory=set)  # jiný, another: the company noun names a new one
    speaker_verbs: set[str] = field(default_factory=set)  # say, thank: a lone name their subject is someone
    origin_preps: set[str] = field(default_factory=set)  # z, from: 'Winnie Nanyondo from Uganda' names her state
    market_nouns: set[str] = field(default_factory=set)  # trh, market: 'na ruském trhu' names a market, not an actor
    destination_preps: set[str] = field(default_factory=set)
    goal_preps: set[str] = field(default_factory=set)  # do, to: zájezdy do Egypta names where trips go
    club_words: set[str] = field(default_factory=set)  # fotbalový, klub, FC: a name they mark is a sports club
    max_words: int = 1
    regions: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    org_words: set[str] = field(default_factory=set)
    org_word_sectors: dict[str, str] = field(default_factory=dict)  # bank -> BUS: an unlisted 'Fio Bank' is a firm
    kind_suffixes: set[str] = field(default_factory=set)  # army-type, military-style: no actor
    company_suffixes: set[str] = field(default_factory=set)  # SA, AG, Inc: 'Repsol SA' is still Repsol
    host_envoys: set[str] = field(default_factory=set)  # velvyslanec, embassy: their state is not the home
    mission_words: set[str] = field(default_factory=set)  # embassy, konzulát: the city they sit in is the host's
    envoys: set[str] = field(default_factory=set)  # ambassador, velvyslanec: a state's man at an IGO stays the state's
    postpositive: set[str] = field(default_factory=set)  # Attorney General: 'general' keeps the title's sector
    anaphors: dict[str, str] = field(default_factory=dict)  # the kingdom -> a state, the alliance -> IGONAT
    generic_determiners: set[str] = field(default_factory=set)  # no / žádný: a generic group, no home country
    international_adjectives: set[str] = field(default_factory=set)  # international, světový: no one state's body
    relational_nouns: set[str] = field(default_factory=set)  # kolega: with a possessive, someone's counterpart
    non_actor_phrases: set[tuple[str, str]] = field(default_factory=set)  # (pracovní, síla): workforce, no army
    stateless_adjectives: set[str] = field(default_factory=set)  # kurdský, Kurdish: a people without a state
    inhabitants: dict[str, str] = field(default_factory=dict)
    demonym_people: bool = False  # a plural demonym used as a noun names the state's people (Russians, Albanians)
    multi_demonyms: dict[tuple[str, ...], str] = field(default_factory=dict)
    states: set[str] = field(default_factory=set)
    state_names: dict[str, str] = field(default_factory=dict)  # code -> canonical name (RUS -> Russia)
    demonym_not_heads: set[str] = field(default_factory=set)  # nouns a demonym modifies as a language/origin
    sector_kind_heads: set[str] = field(default_factory=set)  # nouns a sector adjective names the kind of (aid)
    body_nouns: set[str] = field(default_factory=set)  # sector nouns naming a body, not a person (parliament)
    leading_participles: set[str] = field(default_factory=set)  # 'Saudi-led', 'US-backed': the demonym's noun
    home_default: str | None = None  # home country when no state clearly leads (cs: CZE)
    home_min: int = 2  # references the leading state needs to beat the default
    home_ratio: float = 2.0  # how many times the next state's references a dominant home needs
    territories: dict[str, str] = field(default_factory=dict)  # HKG -> CHN: a territory and its sovereign
    attributive_homonyms: dict[str, str] = field(default_factory=dict)  # Georgia -> USA before a noun
    name_spellings: dict[str, Spelling] = field(default_factory=dict)  # CZE -> Czech letters, in an English pack
    part_words: set[str] = field(default_factory=set)  # South Lebanon, east Bosnia: a part of a state, no first name
    name_states: set[str] = field(default_factory=set)  # Holland, Jordan: state names that are common personal names
    name_particles: set[str] = field(default_factory=set)  # von, van, de, bin: lower-case words inside a name
    surname_particles: set[str] = field(default_factory=set)  # dos, da, von: part of the surname (dos Santos)

    def forms(self, word: str, lemma: str = "") -> set[str]:
        """Lowercased forms a text word may stand for: itself, its lemma and its inflection bases; an acronym only as
        written (FAA is no inflected FAO)."""
        if word.isupper() and _acronym(word):
            return {word.lower()} | ({lemma.lower()} if lemma.isupper() else set())
        out = self.morph.bases(word)
        if lemma:
            out |= self.morph.bases(lemma)
        return out

    def add_name(self, code: str, kind: str, canonical: str, alias: str, eid: str, capital: bool = False) -> None:
        """Index one alias of a name by every form of its first word."""
        if "-" in alias and " - " not in alias:  # tokenizers differ on hyphens: index both ways
            self.add_name(code, kind, canonical, alias.replace("-", " - "), eid, capital)
        if "'s " in alias and " 's " not in alias:  # People's Republic: the tokenizer splits the possessive off
            self.add_name(code, kind, canonical, alias.replace("'s ", " 's "), eid, capital)
        if "s' " in alias and "s ' " not in alias:  # Kurdistan Workers' Party: a plural possessive is split off too
            self.add_name(code, kind, canonical, alias.replace("s' ", "s ' "), eid, capital)
        words = alias.split()
        if not words:
            return
        forms = tuple(frozenset({w.lower()} if _acronym(w) else self.morph.bases(w)) for w in words)
        caps = tuple(2 if len(w) > 1 and w.isupper() else 1 if w[0].isupper() else 3 if any(
            c.isupper() for c in w[1:]) else 0 for w in words)  # 3: 'iHNed' is no sentence-initial 'Ihned'
        entry = NameEntry(eid, code, kind, canonical, forms, caps, capital)
        for f in forms[0]:
            self.names[f].append(entry)
        self.max_words = max(self.max_words, len(words))

    def sector_of(self, forms: set[str]) -> str | None:
        """Sector of a noun given its forms ('' = the country itself), None if not a sector noun."""
        for f in sorted(forms):  # sorted: a set's order changes with the hash seed ('gunmen' CRM vs UAF)
            if f in self.sectors:
                return self.sectors[f]
        for f in sorted(self.noun_bases(forms) - forms):
            if f in self.sectors:
                return self.sectors[f]
        return None

    def noun_bases(self, forms: set[str]) -> set[str]:
        """The forms with the -a paradigm the tagger stems ('starostovi', 'policistům'; morph key noun_endings)."""
        return forms | {f[: len(f) - len(end)] + rep for f in forms for end, rep in self.morph.nouns
                        if f.endswith(end) and len(f) - len(end) + len(rep) > 3}

    def inhabitant(self, text: str, lemma: str, plural: bool) -> str | None:
        """Country code of a noun naming a state's people (Rusové, Češi; English plural demonyms: Russians)."""
        if lemma.lower() in self.inhabitants:
            return self.inhabitants[lemma.lower()]
        for f in self.morph.bases(text):
            if len(f) >= 4 and f in self.inhabitants:
                return self.inhabitants[f]
        if plural and self.demonym_people:
            return self.demonym({lemma.lower(), *self.morph.bases(text)})
        return None

    def add_demonym(self, adj: str, code: str) -> None:
        """Index a demonym adjective by its forms (multi-word ones by their lowercased words)."""
        if " " in adj:
            self.multi_demonyms.setdefault(tuple(adj.lower().split()), code)
            return
        for f in self.morph.bases(adj):
            self.demonyms.setdefault(f, code)

    def demonym(self, forms: set[str]) -> str | None:
        """Country/region code of a demonym adjective (ruský -> RUS), None if not one."""
        for f in sorted(forms):
            if f in self.demonyms:
                return self.demonyms[f]
        return None


def _load_states(lex: Lexicon) -> None:
    for row in read_tsv(lex.lang, "states.tsv"):
        code, names, adjs, caps = ([*row, "", "", "", ""])[:4]
        aliases = [n for n in names.split("|") if n]
        lex.states.add(code)
        if aliases:
            lex.state_names.setdefault(code, aliases[0])
        for alias in aliases:
            lex.add_name(code, "GPE", aliases[0], alias, f"state:{code}")
        for cap in filter(None, caps.split("|")):
            lex.add_name(code, "GPE", aliases[0], cap, f"state:{code}", capital=True)
        for adj in filter(None, adjs.split("|")):
            lex.add_demonym(adj, code)


# Word lists of actors.json read into Lexicon attributes as lower-cased sets: attribute -> JSON key.
WORD_SETS = {
    "place_preps": "place_prepositions",
    "place_heads": "place_heads",
    "attacked_place_preps": "attacked_place_prepositions",
    "aimed_preps": "aimed_prepositions",
    "aimed_heads": "aimed_heads",
    "withdrawal_verbs": "withdrawal_verbs",
    "left_place_preps": "left_place_prepositions",
    "sender_preps": "sender_prepositions",
    "sender_heads": "sender_heads",
    "document_heads": "document_heads",
    "event_heads": "event_heads",
    "stance_prefixes": "stance_prefixes",
    "destination_verbs": "destination_verbs",
    "destination_nouns": "destination_nouns",
    "market_nouns": "market_nouns",
    "company_anaphors": "company_anaphors",
    "anaphor_determiners": "anaphor_determiners",
    "new_referent_words": "new_referent_words",
    "speaker_verbs": "speaker_verbs",
    "origin_preps": "origin_prepositions",
    "genitive_preps": "genitive_prepositions",
    "leader_participles": "leader_participles",
    "backer_participles": "backer_participles",
    "club_words": "club_words",
    "there_adjectives": "there_adjectives",
    "seat_preps": "seat_prepositions",
    "member_preps": "member_prepositions",
    "victim_place_preps": "victim_place_prepositions",
    "quantity_nouns": "quantity_nouns",
    "destination_preps": "destination_prepositions",
    "goal_preps": "goal_prepositions",
    "not_names": "not_names",
    "demonym_not_heads": "demonym_not_heads",
    "sector_kind_heads": "sector_kind_heads",
    "body_nouns": "body_nouns",
    "leading_participles": "leading_participles",
    "part_words": "part_words",
    "name_states": "name_states",
    "name_particles": "name_particles",
    "surname_particles": "surname_particles",
}


def _load_actors(lex: Lexicon) -> None:
    """Organisations, regions, demonyms, word lists and the home-state rules of the pack's actors.json."""
    data = langpack.load_json(lex.lang, "actors.json")
    for i, org in enumerate(data.get("orgs", [])):
        for alias in org["names"]:  # a "place" body (Kreml, Brusel) is an actor only when not used as a place
            lex.add_name(org["code"], org["kind"], org["names"][0], alias, f"org:{i}", capital=bool(org.get("place")))
    for i, reg in enumerate(data.get("regions", [])):
        lex.regions.add(reg["code"])
        for alias in reg["names"]:
            lex.add_name(reg["code"], reg["kind"], reg["names"][0], alias, f"region:{i}")
        for adj in reg.get("adjectives", []):
            lex.add_demonym(adj, reg["code"])
    for code, adjs in data.get("place_adjectives", {}).items():  # londýnská policie: evidence of GBR, as a demonym
        for adj in adjs:
            lex.add_demonym(adj, code)
    for attr, key in WORD_SETS.items():
        setattr(lex, attr, {w.lower() for w in data.get(key, [])})
    lex.place_prep_cases = {k.lower(): set(v) for k, v in data.get("place_prep_cases", {}).items()}
    lex.bare_anaphors = bool(data.get("bare_anaphors", False))
    lex.names_after_org_word = bool(data.get("names_after_org_word", False))
    lex.owner_preps = {p.lower() for p in data.get("owner_prepositions", [])} | lex.genitive_preps
    lex.non_owner_cases = set(data.get("non_owner_cases", []))
    lex.owner_after_noun = bool(data.get("owner_after_noun", False))
    lex.led_group_nouns = {k.lower(): v for k, v in data.get("led_group_nouns", {}).items()}
    own = langpack.has_file(lex.lang, "home.json")  # a pack borrowing cs actors (sk) still has its own home
    home = langpack.load_json(lex.lang, "home.json") if own else data.get("home", {})
    lex.home_default, lex.home_min = home.get("default"), int(home.get("min_references", 2))
    lex.home_ratio = float(home.get("dominance_ratio", 2.0))
    lex.territories = dict(home.get("territories", {}))
    lex.attributive_homonyms = dict(data.get("attributive_homonyms", {}))
    for code, nouns in data.get("inhabitants", {}).items():
        for noun in nouns:
            lex.inhabitants[noun.lower()] = code
    lex.demonym_people = bool(data.get("plural_demonyms_are_people", not lex.inhabitants))
    _load_spellings(lex, data)


def _load_spellings(lex: Lexicon, data: dict[str, Any]) -> None:
    """Transliterated name spellings (actors.json name_spellings) by state code."""
    for code, rule in data.get("name_spellings", {}).items():
        if not code.startswith("_"):
            pair = rule.get("paired", ["", ""])
            lex.name_spellings[code] = Spelling(rule["letters"].lower(), tuple(e.lower() for e in rule["endings"]),
                                                rule["excluded"].lower(), (pair[0].lower(), pair[1].lower()),
                                                frozenset(n.lower() for n in rule.get("given_names", [])),
                                                tuple(e.lower() for e in rule.get("stripped_endings", [])),
                                                bool(rule.get("paired_in_one_word", False)))


def _load_agents(lex: Lexicon) -> None:
    data = langpack.load_json(lex.lang, "agents.json")
    for noun, sector in data["sectors"].items():
        lex.sectors[noun.lower()] = sector
        if len(words := noun.lower().split()) == 2:  # a two-word sector (cestovní kancelář): by the forms of each word
            for a in lex.morph.bases(words[0]):
                for b in lex.morph.bases(words[1]):
                    lex.phrase_sectors.setdefault((a, b), sector)
    lex.inherit = {w.lower() for w in data.get("inherit", [])}
    lex.body_sectors = {k.lower(): v for k, v in data.get("body_sectors", {}).items()}
    lex.person_roles = {w.lower() for w in data.get("person_roles", [])}
    lex.given_name_titles = {w.lower() for w in data.get("given_name_titles", [])}
    lex.modifiers = {k.lower(): v for k, v in data.get("modifiers", {}).items()}
    lex.plural_only = {w.lower() for w in data.get("group_plural_only", [])}
    lex.unnamed_groups = {w.lower() for w in data.get("unnamed_groups", [])}
    lex.kin_nouns = {w.lower() for w in data.get("kin_nouns", [])}
    lex.follower_nouns = {w.lower() for w in data.get("follower_nouns", [])}
    lex.nominal_adjectives = {w.lower() for w in data.get("nominal_adjectives", [])}
    lex.age_adjective = re.compile(data["age_adjective_pattern"]) if data.get("age_adjective_pattern") else None
    lex.sector_adjectives = {k.lower(): v for k, v in data.get("sector_adjectives", {}).items()}
    lex.former_adjectives = {w.lower() for w in data.get("former_adjectives", [])}
    lex.adjective_heads = {w.lower() for w in data.get("sector_adjective_heads", [])}
    lex.org_words = {w.lower() for w in data.get("org_words", [])}
    lex.org_word_sectors = {k.lower(): v for k, v in data.get("org_word_sectors", {}).items()}
    lex.generic_determiners = {w.lower() for w in data.get("generic_determiners", [])}
    lex.international_adjectives = {w.lower() for w in data.get("international_adjectives", [])}
    lex.relational_nouns = {w.lower() for w in data.get("relational_nouns", [])}
    lex.anaphors = {k.lower(): v for k, v in data.get("anaphors", {}).items()}
    lex.postpositive = {w.lower() for w in data.get("postpositive_titles", [])}
    lex.envoys = {w.lower() for w in data.get("envoys", [])}
    lex.host_envoys = {w.lower() for w in data.get("host_envoys", [])}
    lex.mission_words = {w.lower() for w in data.get("mission_words", [])}
    lex.company_suffixes = {w.lower().rstrip(".") for w in data.get("company_suffixes", [])}
    lex.kind_suffixes = {w.lower() for w in data.get("kind_suffixes", [])}
    pairs = (w.lower().partition(" ") for w in data.get("non_actor_phrases", []))
    lex.non_actor_phrases = {(a, b) for a, _, b in pairs}
    lex.stateless_adjectives = {w.lower() for w in data.get("stateless_adjectives", [])}
    if langpack.has_file(lex.lang, "agents_phoenix.json"):
        for noun, sector in langpack.load_json(lex.lang, "agents_phoenix.json")["sectors"].items():
            lex.sectors.setdefault(noun, sector)


def _load_curated_orgs(lex: Lexicon) -> None:
    """Parties, media and companies of data/orgs_curated.tsv (any language; codes may depend on the home country)."""
    for row in read_tsv(None, "orgs_curated.tsv"):
        name, aliases, code = row[0], row[1], row[2]
        for alias in [name, *filter(None, aliases.split("|"))]:
            lex.add_name(code, "ORG", name, alias, f"curated:{name}")


def _load_phoenix_orgs(lex: Lexicon, stop: set[str]) -> None:
    """Organisations imported from Phoenix (own spelling), after the pack's own; names of known persons skipped."""
    person_keys = {k for p in people().persons for k in p.keys}
    for row in read_tsv(None, "orgs_phoenix.tsv"):
        name, aliases, code = row[0], row[1], _company_code(lex, row[2])
        kind = "IGO" if code.startswith("IGO") else "ORG"
        for alias in [name, *filter(None, aliases.split("|"))]:
            words = alias.lower().split()
            if words[-1] in stop or lex.demonym(set(words[:1])):  # German Chancellor: a role phrase, composed later
                continue
            if name_key(name_words(alias)) not in person_keys:
                lex.add_name(code, kind, name, alias, f"phoenix:{name}")


def _company_code(lex: Lexicon, code: str) -> str:
    """Phoenix's multinational codes as GUIDELINES code actors, country first: MNCUSA -> USABUS, MNCGBRMED ->
    GBRMED (a company of a known home state is that state's business); MNC codes without a state stay."""
    state, sector = code[3:6], code[6:9] or "BUS"
    return state + sector if code.startswith("MNC") and state in lex.states else code


def _load_places(lex: Lexicon) -> None:
    """Cities of data/places.tsv (GeoNames) in their own index: evidence of their state, never actors."""
    lex.places = places_index(lex.lang)


@cache
def places_index(lang: str) -> dict[str, list[NameEntry]]:
    """The cities by the lowercased first word of each name: a one-word name is indexed as written and the text
    word's endings are stripped instead (v Sacramentu -> sacramento); the words of a longer name by their bases too,
    as both words inflect (Karlovy Vary: v Karlových Varech, České Budějovice: z Českých Budějovic)."""
    index: dict[str, list[NameEntry]] = defaultdict(list)
    words_of: dict[tuple[str, bool], frozenset[str]] = {}
    rules = morph(lang)
    for row in read_tsv(None, "places.tsv"):
        code, name, aliases = ([*row, "", ""])[:3]
        for alias in [name, *filter(None, aliases.split("|"))]:
            words = alias.replace("-", " - ").split()
            many = len(words) > 1
            forms = tuple(words_of.setdefault((w, many), frozenset(
                {w.lower()} | (rules.bases(w) if many else set()))) for w in words)
            entry = NameEntry(f"place:{name}", code, "GPE", name, forms, tuple(int(w[:1].isupper()) for w in words))
            for first in forms[0]:
                index[first].append(entry)
    return index


@cache
def lexicon(lang: str) -> Lexicon:
    """The actor lexicon of a language (sk falls back to cs), built once per process."""
    lex = Lexicon(lang, morph(lang))
    _load_states(lex)
    _load_actors(lex)
    _load_agents(lex)
    _load_curated_orgs(lex)
    _load_phoenix_orgs(lex, set(lex.sectors) | lex.inherit | lex.not_names | set(lex.demonyms))
    _load_places(lex)
    return lex
