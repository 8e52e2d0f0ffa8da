"""Countries of unlisted persons from their own phrase: a demonym on the name or its noun, or the name's spelling."""

from __future__ import annotations

import unicodedata

from ..model import Doc
from .lexicon import Lexicon
from .lone import lone_names
from .match import ONE_INHABITANT, Hit
from .person_match import given_name, word_keys

PRIVATE = "CVL"
FIRM = "BUS"  # an unlisted organisation named with a demonym alone (rakouský Kapsch)

# Relations inside one noun phrase: 'Czech tennis player Petra Kvitova', 'americký zpěvák John Legend'.
PHRASE_RELS = {"amod", "compound", "appos", "flat", "nmod"}


def phrase_demonym(doc: Doc, dems: dict[int, str], p: Hit) -> tuple[str, int] | None:
    """(country, token) of a demonym in the person's own noun phrase: on the name, on the noun the name hangs on
    (americký zpěvák John Legend, the Pakistani star Qandeel Baloch), or on its apposition (X, a British tourist)."""
    run = set(range(p.start, p.end))
    heads = {p.head}
    t = doc.tokens[p.head]
    if t.head != t.i and t.deprel.split(":")[0] in ("appos", "flat", "compound"):
        heads.add(t.head)  # the noun the name is a flat or apposition of
    heads |= {c.i for h in list(heads) for c in doc.children(h)
              if c.deprel.split(":")[0] == "appos" and c.i not in run and c.upos == "NOUN"}
    for h in sorted(heads):
        for c in doc.children(h):
            if c.i in dems and c.deprel.split(":")[0] in ("amod", "compound") and not _with_case(doc, c.i):
                return dems[c.i], c.i
            if c.deprel == "compound" and c.upos == "NOUN" and c.i not in run:
                found = next((g for g in doc.children(c.i) if g.i in dems and g.deprel == "amod"), None)
                if found is not None:  # the [Czech tennis] player: the demonym on the compound's noun
                    return dems[found.i], found.i
    return None


def _inhabitant_before(doc: Doc, people: dict[int, str], p: Hit) -> tuple[str, int] | None:
    """(country, token) of a singular inhabitant noun right before the name that the name hangs on (Rus Nikita
    Mazepin, Američan Christian Coleman), or that the parser hung with the name on one noun ('dálkařů Kubánec Juan
    Miguel Echevarría')."""
    i = p.start - 1
    name = doc.tokens[p.head]
    sibling = name.head == doc.tokens[i].head != name.i and name.deprel.split(":")[0] in ("flat", "appos")
    if i in people and (name.head == i or sibling) and doc.tokens[i].sent == doc.tokens[p.start].sent:
        return people[i], i
    return None


POSSESSIVE_MARKS = ("'s", "’s")
OBJECT_RELS = ("obj", "dobj", "iobj")  # a person moved from a place (evacuated, extradited) is no native of it


def _origin_place(doc: Doc, lex: Lexicon, places: dict[int, Hit], p: Hit) -> tuple[str, int] | None:
    """(country, token) of a state or city that says where an unlisted person is from: right after the name under an
    origin preposition, not as a verb's adverbial ('Winnie Nanyondo from Uganda', 'Caster Semenyaová z JAR'), or as a
    possessive right before it ('Nigeria's Divine Oduduru')."""
    toks, sent = doc.tokens, doc.tokens[p.start].sent
    if p.start >= 2 and toks[p.start - 1].text in POSSESSIVE_MARKS:
        before = next((h for h in places.values() if h.end == p.start - 1 and toks[h.head].sent == sent), None)
        if before is not None:
            return str(before.code)[:3], before.head
    i = p.end
    if i + 1 >= len(toks) or toks[i].text.lower() not in lex.origin_preps or toks[i].sent != sent \
            or toks[p.head].deprel in OBJECT_RELS:
        return None  # 'evakuovala Jana Nováka z Afghánistánu', 'extradited X from Spain': moved from there
    j = i + 1 + (toks[i + 1].upos == "DET")
    place = places.get(j)
    if place is None or toks[place.head].sent != sent:
        return None
    owner = toks[i].head if toks[place.head].head == i else toks[place.head].head  # en: prep's head; cs: nmod's
    if toks[owner].upos in ("VERB", "AUX") or owner == place.head:
        return None  # 'returned from Uganda', 'vrátil se z Ugandy': where someone came from, not who they are
    return str(place.code)[:3], place.head


def _with_case(doc: Doc, i: int) -> bool:
    """Whether a token has a preposition (a demonym inside 'for Czech fans' belongs to another phrase)."""
    return any(c.deprel in ("case", "prep") for c in doc.children(i))


def spelled_country(lex: Lexicon, text: str) -> str | None:
    """The country whose spelling an unlisted name is written in, in a language that spells names otherwise
    (Štěch, Mezuliáníková in an English article: Czech), None when the letters say nothing or several things."""
    low = text.lower()
    found = None
    for code, rule in lex.name_spellings.items():
        if any(ch in low for ch in rule.excluded):
            continue
        words = [_strip(w, rule.stripped) for w in low.replace("-", " ").split()]
        low = " ".join(words)
        paired = any(any(ch in w for ch in rule.paired[0]) and any(ch in w for ch in rule.paired[1])
                     for w in (words if rule.one_word else [low]))
        if paired or any(ch in low for ch in rule.letters) or any(w.endswith(e) for w in words for e in rule.endings) \
                or any(_plain(w) in rule.names for w in words):
            if found is not None:
                return None
            found = code
    return found


def _strip(word: str, endings: tuple[str, ...]) -> str:
    """The word without the first of the endings it has (Bocciův -> Bocci), when a stem of 3 letters is left."""
    return next((word[:-len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 3), word)


def _plain(word: str) -> str:
    """The word without diacritics (Jaromír -> jaromir): given names are listed in plain letters."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def demonym_persons(doc: Doc, lex: Lexicon, persons: list[Hit], dems: dict[int, str], names: list[Hit]) -> None:
    """Give an unlisted person the country a demonym in its own phrase names (or an inhabitant noun right before the
    name: Američan Christian Coleman; or the state it is from: Winnie Nanyondo from Uganda, Nigeria's Divine Oduduru;
    not a city: 'Missing Petra from London' is where she went missing), as a private person (CVL): GUIDELINES code a
    person by the role held, and a
    role noun of its own still wins later (attach_persons). An unlisted name the tagger calls an organisation with a
    demonym of its own ('rakouský Kapsch', 'japonská Marubeni', 'německý velkokoncern Hoechst') is a firm of that
    state (BUS): a bare name with a national adjective and no other noun is a company or a club in news."""
    people = {h.head: str(h.code)[:3] for h in names if h.rule == ONE_INHABITANT and h.code}
    at = {h.start: h for h in names if h.kind == "GPE" and h.key.startswith("state:") and (h.code or "") in lex.states
          and not h.capital}
    for p in persons:
        if p.code is not None or p.status != "unresolved" or p.kind not in ("PER", "ORG"):
            continue
        dem = phrase_demonym(doc, dems, p) or (_inhabitant_before(doc, people, p) or _origin_place(doc, lex, at, p)
                                              if p.kind == "PER" else None)
        if dem is not None and p.kind == "ORG" and not _acting_firm(doc, p, dem[1]):
            continue
        if dem is not None and dem[0] in lex.states:
            p.code, p.status, p.reason = dem[0] + (PRIVATE if p.kind == "PER" else FIRM), "resolved", ""
            p.rule += f"; unlisted {'person' if p.kind == 'PER' else 'organisation'} with a demonym in its phrase " \
                      f"({doc.tokens[dem[1]].text})"


def link_surnames(doc: Doc, lex: Lexicon, hits: list[Hit]) -> list[Hit]:
    """Give an unresolved surname-only mention the identity of the unlisted person the article names in full whose
    last word it is, in any case ('Russellem Coxem' ... 'Cox byl uvězněn') or sharing its first four letters; with
    full names of two persons of that surname ('Bill Clinton', 'Hillary Clinton') it stays open."""
    full = [h for h in hits if h.status == "unresolved" and len(h.name.split()) > 1]
    for h in hits:
        if h.status != "unresolved" or len(h.name.split()) != 1:
            continue
        keys = word_keys(lex, doc.tokens[h.start])
        refs = [r for r in full if h.name.lower()[:4] == r.name.split()[-1].lower()[:4]
                or keys & word_keys(lex, doc.tokens[r.end - 1])]
        if refs and not any(_other_given_name(doc, lex, r, refs[0]) for r in refs):
            ref = ([r for r in refs if r.start < h.start] or refs)[-1]
            h.key, h.name, h.kind = ref.key, ref.name, "PER"
    return hits


def _other_given_name(doc: Doc, lex: Lexicon, a: Hit, b: Hit) -> bool:
    """Whether two full names start with different given names (Bill / Hillary Clinton; not 'Outraged Veyrat')."""
    x, y = doc.tokens[a.start], doc.tokens[b.start]
    return given_name(lex, x) and given_name(lex, y) and not word_keys(lex, x) & word_keys(lex, y)


def same_person(doc: Doc, lex: Lexicon, persons: list[Hit]) -> None:
    """A surname alone that refers back to an unlisted full name ('Američan Christian Coleman ... s Colemanem') takes
    the code the full name got (its demonym, its place); called after the home count, so that a foreign surname
    repeated does not outweigh the states the article names."""
    coded = {p.key: p for p in persons if p.code and p.person is None and p.end - p.start > 1 and p.kind == "PER"}
    for p in persons:
        ref = coded.get(p.key)
        if p.code is None and p.status == "unresolved" and ref is not None and ref is not p \
                and word_keys(lex, doc.tokens[p.end - 1]) & word_keys(lex, doc.tokens[ref.end - 1]):  # not Francík
            p.code, p.status, p.reason, p.kind = ref.code, "resolved", "", "PER"
            p.rule += f"; the surname of {ref.name}, coded before ({ref.code})"


def _acting_firm(doc: Doc, p: Hit, dem: int) -> bool:
    """Whether an organisation-like name with a demonym is a firm acting: a verb's subject or object without a
    preposition ('protestoval rakouský Kapsch', not 'v ruském Čeljabinsku'), its demonym no capitalised part of a
    place name (Česká Lípa, České Budějovice)."""
    t, d = doc.tokens[p.head], doc.tokens[dem]
    if d.text[:1].isupper() and (dem == p.start - 1 or (dem > 0 and doc.tokens[dem - 1].sent == d.sent)):
        return False  # written as one name (České Budějovice), or capitalised inside a sentence
    if t.deprel.split(":")[0] in ("appos", "flat") and t.head != t.i:
        t = doc.tokens[t.head]  # 'německý velkokoncern Hoechst': the noun the name names acts
    return t.deprel.split(":")[0] in ("nsubj", "obj", "dobj") and doc.tokens[t.head].upos == "VERB" \
        and not any(c.deprel == "case" for c in doc.children(t.i))


def spelled_persons(doc: Doc, lex: Lexicon, persons: list[Hit]) -> None:
    """Give an unlisted person the country whose spelling its name keeps (Štěch in an English article: CZE), as a
    private person (CVL). A pack with a default home reads its own spelling later (own_spelled_persons)."""
    if lex.home_default:
        return
    for p in persons:
        if p.code is not None or p.status != "unresolved" or p.kind != "PER":
            continue
        spelled = spelled_country(lex, doc.span_text(p.start, p.end))
        if spelled is not None:
            p.code, p.status, p.reason = spelled + PRIVATE, "resolved", ""
            p.rule += f"; unlisted name in the spelling of {spelled}"


def org_names(doc: Doc, lex: Lexicon, hits: list[Hit], home: str | None, speaking: str | None = None) -> None:
    """An unlisted organisation name with an organisation word (Fio Bank, Labor Party, Japan Airlines) is a body of
    the state its own words name, else of the article's clear home country, of the sector the word gives; with
    neither it stays open. Then one-word names that act (lone.py)."""
    for h in hits:
        if h.code is not None or h.status != "unresolved" or h.kind != "ORG" or h.end - h.start < 2:
            continue
        words = [doc.tokens[h.head]] + [t for t in doc.tokens[h.start:h.end] if t.i != h.head]
        sector = next((lex.org_word_sectors[f] for t in words if t.text[:1].isupper()
                       for f in sorted(lex.forms(t.text, t.lemma)) if f in lex.org_word_sectors), None)
        country = next((c for t in words if (c := _state_word(lex, t.text)) is not None), None) or home
        if sector is not None and country is not None:
            h.code, h.status, h.reason = country + sector, "resolved", ""
            h.rule += f"; unlisted organisation name: {country} ({'its own word' if country != home else 'home'}), " \
                      f"{sector} by its organisation word"
    lone_names(doc, lex, hits, home, speaking)


def _state_word(lex: Lexicon, word: str) -> str | None:
    """The state a single capitalised word names (Japan, British, Czech), None otherwise."""
    if not word[:1].isupper():
        return None
    forms = lex.forms(word)
    code = lex.demonym(forms)
    if code is None:
        code = next((e.code for f in sorted(forms) for e in lex.names.get(f, ())
                     if e.kind == "GPE" and len(e.words) == 1 and e.id.startswith("state:")), None)
    return code if code in lex.states else None


def own_spelled_persons(doc: Doc, lex: Lexicon, persons: list[Hit], clear: str | None) -> None:
    """An unlisted person no role coded, whose name keeps the spelling of the pack's default country (Kristýna
    Plíšková at a tournament in Tashkent, Lukáš Čížek on research in Puerto Rico), is a private person of that
    country when the article's clear home is another state or none; at home private_persons codes it the same."""
    default = lex.home_default
    if not default or clear == default:
        return
    for p in persons:
        if p.code is None and p.status == "unresolved" and p.kind == "PER" \
                and spelled_country(lex, doc.span_text(p.start, p.end)) == default:
            p.code, p.status, p.reason = default + PRIVATE, "resolved", ""
            p.rule += f"; unlisted name in the spelling of {default}, a foreign story's own national"
