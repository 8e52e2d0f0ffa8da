"""The article's home country: the state that country-less groups and bodies (police, students) belong to."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Doc, Token
from .compose import Context, Role
from .lexicon import Lexicon
from .match import ONE_INHABITANT, Hit

# Sectors that do not tie an article to their country (Reuters is GBRMED, Boeing USABUS, in any article).
NEUTRAL_SECTORS = ("MED", "BUS")

# Code prefixes that are not states (international bodies, NGOs, multinationals, regions handled by lex.regions).
NON_STATE = ("IGO", "NGO", "MNC", "IMG", "UIS")


@dataclass(frozen=True)
class Home:
    """The home country (None when none is known), the rule that chose it and the counts it read."""

    code: str | None
    rule: str
    counts: dict[str, int] = field(default_factory=dict)
    clear: str | None = None  # the home only when it clearly dominates: what country-less groups may take
    clear_rule: str = ""

    def to_meta(self) -> dict[str, object]:
        """JSON form for doc.meta."""
        return {"code": self.code, "rule": self.rule, "counts": self.counts, "clear": self.clear,
                "clear_rule": self.clear_rule}


def _state(lex: Lexicon, code: str | None) -> str | None:
    """The state part of a code (RUSGOV -> RUS), None for IGOs, regions and non-state codes."""
    if not code or code.startswith((*NON_STATE, "~")) or "|" in code or code[3:6] in NEUTRAL_SECTORS:
        return None
    if code[:3] in lex.regions:
        return None
    return code[:3] if code[:3] in lex.states else None


# Without a language default, the one state an article names is its home only in an article of this many sentences.
ARTICLE_MIN_SENTENCES = 3


def home_country(lex: Lexicon, names: list[Hit], persons: list[Hit], dems: dict[int, str],
                 sents: dict[int, int] | None = None, places: list[Hit] | None = None,
                 destinations: set[int] | None = None, doers: set[int] | None = None) -> Home:
    """Most referred state (names, places, coded persons, demonyms) if it leads, else the pack default.

    'Leads' means more references than any other state, and at least `home_min` of them when the
    language pack has a default (a Czech article naming Mexico once is still about Czechia); with no
    default a single unique leader is enough. `clear` is the stricter home that groups take (_clear);
    `places` are the cities and capitals named as places (v Londýně), a sign of a foreign story; `doers` the tokens
    of names that act or are the scene (doers_and_places), what makes a brief foreign.
    """
    names = [h for h in names if h.rule != ONE_INHABITANT]  # a Czech woman missing in London: not a Czech story
    counts = _count(lex, names + persons, dems)
    loose = _loose(lex, counts)
    by_sentence: Counter[str] = Counter()  # sentences naming each state: 'Poland's president Duda' is one
    for states in sentence_states(lex, sents or {}, names + persons, dems).values():
        by_sentence.update(states)
    cities = {s for h in places or [] if (s := _state(lex, h.code)) is not None}
    acting = {s for h in names + persons if h.head not in (destinations or set()) and (s := _state(lex, h.code))}
    acting |= {s for s in (_state(lex, c) for c in dems.values()) if s is not None}
    agents = {s for h in names + persons if h.head in (doers or set()) and (s := _state(lex, h.code))}
    agents |= {s for i, c in dems.items() if i in (doers or set()) and (s := _state(lex, c))}
    long = len(set((sents or {}).values())) >= ARTICLE_MIN_SENTENCES
    clear, clear_rule = _clear(lex, by_sentence if sents else counts, cities, acting, bool(lex.home_default) or long,
                               brief=agents if sents and not long else None)
    return Home(loose.code, loose.rule, loose.counts, clear, clear_rule)


def _count(lex: Lexicon, hits: list[Hit], dems: dict[int, str]) -> Counter[str]:
    """References per state: names, places, coded persons and demonyms (a multi-word demonym once)."""
    counts: Counter[str] = Counter()
    for h in hits:
        if (s := _state(lex, h.code)) is not None:
            counts[s] += 1
    for i, code in dems.items():
        if (s := _state(lex, code)) is not None and (i + 1 not in dems or dems[i + 1] != code):
            counts[s] += 1
    return counts


def _clear(lex: Lexicon, counts: Counter[str], cities: set[str] | None = None,
           acting: set[str] | None = None, article: bool = True,
           brief: set[str] | None = None) -> tuple[str | None, str]:
    """The home country-less groups may take: a state named in at least `home_min` sentences and in
    `home_ratio` times as many as the next one; else the pack default when the article refers to it (unless a foreign
    state outnumbers it home_ratio times: a foreign story naming the default in passing), or to no
    foreign state `home_min` times and to no foreign city (domestic news; not a brief of a sentence or two whose
    foreign states act or are the scene, `brief`: 'Súdánské úřady zabavily vrtulník' is no Czech story); else the one
    foreign state whose cities are the article's only references to any state; the one foreign state an article
    names (not only as a destination) when it never names the default's (with no default: the one state an article,
    not a lone sentence, names); else none (an international story: evidence per phrase or sentence only). A city of
    another state (policie v Sacramentu) marks a foreign story."""
    ranked = counts.most_common(2)
    top, n1 = ranked[0] if ranked else (None, 0)
    n2 = ranked[1][1] if len(ranked) > 1 else 0
    if top is not None and n1 >= lex.home_min and n1 >= lex.home_ratio * n2:
        return top, f"dominant state ({n1} vs {n2} sentences)"
    if top is not None and n1 >= lex.home_min and n1 > n2 and lex.territories.get(top) == ranked[1][0]:
        return top, f"a territory named more than its sovereign ({n1} vs {n2} sentences)"  # Hong Kong, Beijing
    default = lex.home_default
    foreign_city = bool((cities or set()) - {default})
    if article and default not in counts and len(counts) == 1 and (cities or set()) <= set(counts) \
            and top in (acting if acting is not None else {top}):  # not only a destination (zájezdy do Egypta)
        return top, f"the only state referred to, not the default ({n1} sentences)"  # a Polish nun, Vicki Holland
        # from Britain: a foreign story that never names the default's state
    own = counts[default] if default else 0  # a foreign story naming the default once in passing (Havel's prize)
    outnumbered = top != default and n1 >= lex.home_min and n1 >= lex.home_ratio * own
    only_foreign = brief is not None and default not in counts and bool(brief)  # a foreign state acts or hosts
    if default and ((default in counts and not outnumbered) or (n1 < lex.home_min and not foreign_city
                                                                  and not only_foreign)):
        return default, f"language default, domestic news ({default} {counts.get(default, 0)}, top {n1})"
    foreign = (cities or set()) - {default}
    if article and len(foreign) == 1 and set(counts) <= foreign:  # 'policie v Guwahati', 'Leeds police', nothing else
        return next(iter(foreign)), f"the only state referred to, by its cities ({n1} sentences)"
    if default and foreign_city:
        return None, f"a city of another state and no reference to {default} ({n1} vs {n2} sentences)"
    return None, f"no dominant state ({n1} vs {n2} sentences)"


def _loose(lex: Lexicon, counts: Counter[str]) -> Home:
    """The most referred state when it leads at all (for party families and ambiguous abbreviations)."""
    ranked = counts.most_common(2)
    top, n1 = ranked[0] if ranked else (None, 0)
    n2 = ranked[1][1] if len(ranked) > 1 else 0
    default = lex.home_default
    if top is not None and n1 > n2 and (n1 >= lex.home_min or not default):
        return Home(top, f"most referred state ({n1} vs {n2})", dict(counts))
    if n1 == n2 >= lex.home_min and default not in counts:  # two foreign states tie: an international story
        return Home(None, f"foreign states tie ({n1} vs {n2}) and the default is not referred to", dict(counts))
    if default:
        why = "no references to states" if top is None else f"no state clearly leads ({n1} vs {n2})"
        return Home(default, f"language default: {why}", dict(counts))
    return Home(None, "no state clearly leads and the language has no default", dict(counts))


def state_after_relative(doc: Doc, names: list[Hit]) -> None:
    """'Nejvyšší soud Spojených států', 'Nejvyšší soud USA', 'Ústavní soud Slovenska': a body relative to the home
    country (~JUD, ~LEG) followed by a state name that hangs on it, in the genitive (or indeclinable) or after a
    preposition of its own, is that state's body, as a demonym before it makes it ('slovenský Ústavní soud')."""
    states = {h.start: h for h in names if h.kind == "GPE" and h.code and len(h.code) == 3 and h.code.isalpha()}
    for h in names:
        if not (h.code or "").startswith("~"):
            continue
        nxt = h.end
        while nxt < len(doc.tokens) and nxt not in states and doc.tokens[nxt].deprel == "case":
            nxt += 1  # 'the Supreme Court of Pakistan'
        g = states.get(nxt)
        t = doc.tokens[g.head] if g else None
        if g is None or t is None or g.code is None or not h.start <= t.head < h.end \
                or t.feat("Case") not in {None, "Gen"} \
                or any(doc.tokens[i].head != g.head for i in range(h.end, g.start)):
            if (owner := _possessor_before(doc, states, h)) is not None:
                h.code, h.rule = owner + (h.code or "")[1:], h.rule + "; the state whose possessive precedes it"
            continue
        h.code, h.rule = g.code + (h.code or "")[1:], h.rule + "; the state named after it"


def _possessor_before(doc: Doc, states: dict[int, Hit], h: Hit) -> str | None:
    """'Russia's Constitutional Court', 'Britain's Supreme Court': the state whose possessive ('s) stands right before
    the body and hangs on it."""
    g = next((s for s in states.values() if s.end < h.start and all(
        doc.tokens[i].deprel == "case" and doc.tokens[i].head == s.head for i in range(s.end, h.start))), None)
    if g is None or g.end == h.start:
        return None
    t = doc.tokens[g.head]
    return g.code if t.deprel in ("poss", "nmod:poss") and h.start <= t.head < h.end else None


def resolve_relative(hits: list[Hit], home: Home) -> None:
    """Codes that depend on the home country: ~PTY (a party family) and A|B (an ambiguous abbreviation)."""
    for h in hits:
        code = h.code or ""
        if code.startswith("~"):
            near = None if home.clear else _organ_before(hits, h, code[1:])
            if near:  # 'the House of Commons voted ..., and the Senate has now ...' in a story of two states
                h.code, h.rule = near + code[1:], f"{h.rule}; the state of the same organ named before it"
            elif home.code:
                h.code, h.rule = home.code + code[1:], f"{h.rule}; home country, {home.rule}"
            else:
                h.code, h.status, h.reason = None, "unresolved", "relative to the home country; none"
        elif "|" in code:
            alts = code.split("|")
            pick = next((a for a in alts if home.code and a[:3] == home.code), None)
            named = max(alts, key=lambda a: home.counts.get(a[:3], 0))  # 'House of Commons' in a Canadian story
            if pick is None and home.counts.get(named[:3], 0):
                h.code, h.rule = named, h.rule + "; the alternative the article refers to most"
                continue
            h.code = pick or alts[0]
            h.rule += "; alternative of the home country" if pick else "; first alternative (home not among them)"


def relative_rest(code: str | None) -> str:
    """The part of a relative code a demonym before the name completes: '~PTY' -> 'PTY', and the shared sector of
    alternatives ('IRQCVLKUR|TURCVLKUR' -> 'CVLKUR': syrští Kurdové are SYRCVLKUR); '' for a fixed code."""
    code = code or ""
    if code.startswith("~"):
        return code[1:]
    rests = {a[3:] for a in code.split("|")} if "|" in code else set()
    return next(iter(rests)) if len(rests) == 1 else ""


def _organ_before(hits: list[Hit], h: Hit, sector: str) -> str | None:
    """The state of the last organ of the same sector named before a relative one, when no state dominates the
    article: a country-less 'Senate' after 'the House of Commons' (CANLEG) is Canada's, not the most named state's."""
    before = [o for o in hits if o.start < h.start and o.code and len(o.code) == 6 and o.code[3:] == sector
              and o.code[:3].isalpha() and o.status == "resolved"]
    return before[-1].code[:3] if before and before[-1].code else None


def sentence_states(lex: Lexicon, sents: dict[int, int], hits: list[Hit], dems: dict[int, str]) -> dict[int, set[str]]:
    """States each sentence refers to (names, places, coded persons, demonyms), by sentence index;
    `sents` maps a token index to its sentence."""
    out: dict[int, set[str]] = {}
    for h in hits:
        if (s := _state(lex, h.code)) is not None:
            out.setdefault(sents[h.head], set()).add(s)
    for i, code in dems.items():
        if (s := _state(lex, code)) is not None:
            out.setdefault(sents[i], set()).add(s)
    return out


PRIVATE_SECTOR = "CVL"
NAME_RELS = ("nmod", "flat", "appos", "compound")  # how a body's name hangs on a role noun (ředitel Kovosvitu)
ROMAN = re.compile(r"[IVX]{2,}")  # II, III, IV, XX: an unlisted king is rare, World War II common


def private_persons(persons: list[Hit], home: Home, documents: set[str] | None = None) -> None:
    """Unlisted persons named by name with no role anywhere (a student, a chef, an activist) are private persons
    of the article's clear home country: GUIDELINES code a person by the role held, and the gold codes a person
    with none as <country>CVL. Without a clear home (an international story) they stay unresolved."""
    if not home.clear:
        return
    for p in persons:
        if p.code is None and ROMAN.fullmatch(p.name.split()[-1] if p.name.split() else ""):
            p.reason = p.reason or "a name ending in a Roman numeral and not listed: an event or era (World War II)"
            continue
        last = p.name.split()[-1] if p.name.split() else ""
        if p.code is None and len(last) > 1 and last.isalpha() and last.isupper():
            p.reason = p.reason or "a name ending in an acronym: a disease, product or body, not a person ('HIV')"
            continue
        if p.code is None and len(p.name.split()) > 1 and last.lower() in (documents or set()):
            p.reason = p.reason or "a name ending in a document or event noun, not a person ('Equality Act', 'Awards')"
            continue
        if p.status == "unresolved" and p.kind == "PER" and p.code is None:
            p.code, p.status, p.reason = home.clear + PRIVATE_SECTOR, "resolved", ""
            p.rule += f"; unlisted person without a role: a private person of the home country ({home.clear_rule})"


def unlisted_body_roles(ctx: Context, roles: dict[int, Role]) -> None:
    """An inherit noun still without a code (mluvčí, ředitel, předseda) that names an unlisted person or an unlisted
    organisation ('mluvčí České pošty Matyáš Vitík', 'ředitel Sportovního areálu Ještěd') is a private actor of the
    article's clear home when its sentence names no other state: the gold codes such domestic speakers home->home."""
    if not ctx.home:
        return
    for r in roles.values():
        if r.code or r.sector is not None or not _unlisted_owner(ctx, r):
            continue
        if ctx.sentence_states.get(ctx.doc.tokens[r.head].sent, set()) - {ctx.home}:
            continue  # another state in the sentence: the role may be its
        r.code = ctx.home + PRIVATE_SECTOR
        r.source = f"an unlisted person's or body's role, home country, {ctx.home_rule}"
    bare_subject_roles(ctx, roles)


SUBJECT_RELS = ("nsubj", "nsubj:pass", "nsubjpass")


def bare_subject_roles(ctx: Context, roles: dict[int, Role]) -> None:
    """A bare inherit noun (mluvčí, the spokesman, ředitelé, sources) with no owner in its phrase that is a verb's
    subject speaks for a body of the article's clear home when its sentence names no other state and quotes nobody:
    in domestic news the gold codes it home->home (<home>CVL, a private body's as unlisted_body_roles)."""
    for r in roles.values():
        if r.code or r.sector is not None or r.person is not None or len(r.tokens) > 1 or not ctx.home:
            continue
        t = ctx.doc.tokens[r.head]
        if t.deprel not in SUBJECT_RELS or ctx.doc.tokens[t.head].upos != "VERB" or any(
                c.deprel.split(":")[0] in NAME_RELS for c in ctx.doc.children(r.head)):
            continue
        if ctx.sentence_states.get(t.sent, set()) - {ctx.home} or _quoting(ctx, t.sent):
            continue  # a speaker of a quote: the sources step reads its 'we' against the home itself
        r.code, r.source = ctx.home + PRIVATE_SECTOR, f"a bare role acting, home country, {ctx.home_rule}"


QUOTE_MARKS = set('"„“”«»‚‘’')


def _quoting(ctx: Context, sent: int) -> bool:
    """Whether a sentence holds a quotation mark (a direct quote and its speaker)."""
    return any(t.sent == sent and t.text in QUOTE_MARKS for t in ctx.doc.tokens)


def _unlisted_owner(ctx: Context, r: Role) -> bool:
    """Whether the role names an unlisted person (attached to it) or has a capitalised name among its dependents."""
    if r.person is not None:
        return r.person.code is None and r.person.kind == "PER"
    return any(c.upos == "PROPN" and c.text[:1].isupper() and c.i > r.head and c.deprel.split(":")[0] in NAME_RELS
               for c in ctx.doc.children(r.head))


SCENE_CASES = ("Loc",)  # 'v Súdánu', 'na Ukrajině': the scene of a brief
PHRASE_RELS = ("nmod", "amod", "flat", "flat:name", "appos", "compound", "det", "nmod:poss")


def _agrees(doc: Doc, t: Token) -> bool:
    """Whether a subject agrees with its verb in gender where both show one ('Kyjev vyzvalo': no, the parse's subject
    is the object of a verb whose own subject is dropped)."""
    verb = set(doc.tokens[t.head].feats.get("Gender", "").split(",")) - {""}
    return not verb or not t.feats.get("Gender") or t.feats["Gender"] in verb


def doers_and_places(doc: Doc, heads: set[int]) -> set[int]:
    """The name tokens that act (a subject, or inside a subject's phrase: 'Ministerstvo zahraničí USA', 'Súdánské
    úřady') or are the scene (a locative 'v Súdánu', 'na jihu Libanonu'): not the objects or partners a domestic
    actor deals with."""
    found = set()
    for h in heads:
        t = doc.tokens[h]
        for _ in range(4):  # up the phrase to its head: 'na jihu Libanonu'
            scene = t.deprel.startswith("obl") and t.feats.get("Case") in SCENE_CASES
            if scene or (t.deprel.split(":")[0] == "nsubj" and _agrees(doc, t)):
                found.add(h)
                break
            if t.deprel not in PHRASE_RELS or t.head == t.i:
                break
            t = doc.tokens[t.head]
    return found
