"""Within-article deduplication of events and the drop of events whose source and target are one actor."""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from .. import langpack
from ..actors.normalize import read_tsv
from ..cameo import plover_type
from ..model import ArgRef, Event, Mention
from .lexicon import Entry
from .lexicon import load as load_lexicon

log = logging.getLogger(__name__)
# Sectors of the state itself (its organs): 'Russia' and RUSGOV are one side, 'Afghanistan' and AFGREB are not.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# The name of an implicit domestic counterpart (implicit_targets.domestic_counterpart): 'counterpart in CZE'.
COUNTERPART = "counterpart in"
# Sectors that act against their own state (CAMEO rebels, insurgents, separatists, opposition, radicals).
AGAINST_STATE = frozenset({"REB", "INS", "SEP", "OPP", "RAD"})


RECIPROCAL = "reciprocal"  # rule tag of an event whose subjects are each other's targets (events.py)

def country(code: str | None) -> str:
    """The country/IGO part of an actor code, as the scorer compares them (no import of the engine: roles reads
    one_actor from here)."""
    if not code:
        return "-"
    code = code.upper()
    return code[:6] if code.startswith("IGO") else code[:3]


def provenance(e: Event) -> dict[str, Any]:
    """One mention record of an event (where it was said)."""
    return {"sentence": e.sentence, "span": list(e.span), "trigger": e.trigger, "rule": e.rule}


def _drop(dropped: list[dict[str, Any]], e: Event, reason: str) -> None:
    log.debug("event dropped (%s): %s %s -> %s «%s»", reason, e.type,
              e.source.code if e.source else None, e.target.code if e.target else None, e.trigger)
    dropped.append({**provenance(e), "type": e.type, "source": e.source.code if e.source else None,
                    "target": e.target.code if e.target else None, "status": "dropped", "reason": reason})


def _self_reference(e: Event) -> bool:
    """Are the event's source and target one actor (see one_actor)?"""
    return e.source is not None and e.target is not None and one_actor(e.target, e.source)


def home_visit(e: Event) -> bool:
    """'He again visited the country' with 'he' read as India's prime minister and 'the country' as India: a visit
    (CAMEO 042/043) hosted by the visitor's own bare state is no diplomatic visit (GUIDELINES: the host is the
    target); a visit to a place or body at home ('visited the El Paso hospital', USAHLH) stays."""
    if not e.cameo.startswith(("042", "043")) or e.source is None or e.target is None:
        return False
    src, tgt = (e.source.code or "").upper(), (e.target.code or "").upper()
    return len(tgt) == 3 and tgt == country(src) and not tgt.startswith("IGO")


def one_actor(a: ArgRef | Mention, b: ArgRef | Mention) -> bool:
    """Is target `a` its source `b` again? One actor twice (same country, a bare state or one sector): the same
    canonical name (a capital is named as its state), one stretch of text (an apposition, a name inside a longer
    one), a state and its own organs (RUS -> RUSGOV), or a generic reference to a state organ ('the government',
    'vláda', 'the prime minister') that may be the other actor of its code. Two differently named actors of one
    code are a domestic event ('Trump ... Biden', 'ÚOHS ... Ministerstvo financí'), and so are people, firms or
    groups named by common nouns outside the state's organs ('soud potrestal muže', 'CK jednala s pojišťovnami'), a
    government and a city or region of its own state ('vláda pomůže Ostravě', 'Trump sued California'), a state and
    the sectors that fight it (rebels, insurgents, opposition), a state acting on its own people ('Venezuela
    releases activists') and two sectors (EGYCOP -> EGYREB)."""
    ca, cb = (a.code or "").upper(), (b.code or "").upper()
    cty = country(ca)
    if not ca or not cb or cty != country(cb) or (ca != cb and cty not in {ca, cb}):
        return False
    if a.name.casefold() == b.name.casefold() or _overlap(a, b):
        return True
    if ca != cb:  # a bare country code and a sector of it: one actor when the bare one is the state itself and
        # the sector not one that fights it ('militants stormed Kabul'); the state acting on its own people, not its
        # organs, is a domestic event ('Venezuela releases political activists', 'sanctions on former President X')
        sector = (ca if cb == cty else cb)[len(cty):len(cty) + 3]
        if cb == cty and not cty.startswith("IGO") and sector not in STATE_SECTORS:
            return False
        return sector not in AGAINST_STATE and _state(a if ca == cty else b)
    organ = ca[len(cty):len(cty) + 3] in STATE_SECTORS and a.span is not None and b.span is not None
    if organ and _separate(a) != _separate(b):  # 'authorities detained the mayor', 'the ombudsman'
        return False
    # 'the government', 'the prime minister' beside a named member: one side of the state; an implicit agent
    # (the home police behind 'a prison guard was arrested') is another actor
    if organ and not _named(a) and not _named(b) and _distinct_offices(a, b):
        return False  # 'Premiér odvolal ministra zdravotnictví': two offices, not the government twice
    return _state(a) or _state(b) or (organ and not (_named(a) and _named(b)))


def _distinct_offices(a: ArgRef | Mention, b: ArgRef | Mention) -> bool:
    """Two differently named offices of one state, neither the government as a whole."""
    na, nb = a.name.casefold(), b.name.casefold()
    whole = whole_state_nouns()
    return na != nb and na not in whole and nb not in whole


@cache
def whole_state_nouns() -> frozenset[str]:
    """Nouns for a state's government or forces as a whole, of every language pack (agents.json key
    whole_state_nouns): beside another organ they may be that organ ('vláda ... ministr')."""
    root = langpack.resources.files("kronika") / "data"
    return frozenset(w.casefold() for d in root.iterdir() if d.is_dir() and langpack.has_file(d.name, "agents.json")
                     for w in langpack.load_json(d.name, "agents.json").get("whole_state_nouns", []))


@cache
def separate_office_nouns() -> frozenset[str]:
    """Nouns of offices apart from the government (a city's or region's, an ombudsman), of every language pack
    (agents.json key separate_office_nouns)."""
    root = langpack.resources.files("kronika") / "data"
    return frozenset(w.casefold() for d in root.iterdir() if d.is_dir() and langpack.has_file(d.name, "agents.json")
                     for w in langpack.load_json(d.name, "agents.json").get("separate_office_nouns", []))


def _separate(a: ArgRef | Mention) -> bool:
    """Does the actor's name hold a separate office noun ('the mayor of Istanbul'), also inflected ('istanbulského
    starostu': the noun's stem without a final vowel)?"""
    name = a.name.casefold()
    stems = [w[:-1] if w[-1] in "aeiouyáéěíóúůý" else w for w in separate_office_nouns() if " " not in w]
    return name in separate_office_nouns() or any(word.startswith(stem) for word in name.split() for stem in stems)


def _named(a: ArgRef | Mention) -> bool:
    """Is the actor a proper name (capitalised canonical name), not a common noun ('government', 'policie')?"""
    return a.name[:1].isupper()


def _overlap(a: ArgRef | Mention, b: ArgRef | Mention) -> bool:
    """Do two references share text ('premiér Babiš' and 'Babiš', an apposition resolved twice)?"""
    sa, sb = a.span, b.span
    return sa is not None and sb is not None and sa[0] < sb[1] and sb[0] < sa[1]


def _state(a: ArgRef | Mention) -> bool:
    """A state named as such or by its capital ('Rusko', 'Moskva' -> 'Rusko'; canonical names of the language
    packs' states.tsv), not a city or region acting for itself ('Brno', 'Texas') nor a person without a sector."""
    return (not isinstance(a, Mention) or a.kind == "GPE") and a.name.casefold() in state_names()


@cache
def state_names() -> frozenset[str]:
    """Every state name of every language pack (states.tsv: code, names, demonyms, capitals)."""
    root = langpack.resources.files("kronika") / "data"
    names: set[str] = set()
    for d in root.iterdir():
        if d.is_dir() and langpack.has_file(d.name, "states.tsv"):
            names.update(n.casefold() for row in read_tsv(d.name, "states.tsv") if len(row) > 1
                         for n in row[1].split("|") if n)
    return frozenset(names)


def _filled(e: Event) -> bool:
    """Is the event's target an implicit domestic counterpart (no text, see implicit_targets.domestic_counterpart)?"""
    return e.target is not None and e.target.span is None and e.target.name.startswith(COUNTERPART)


# Acts done to someone's body or liberty: an attack or a coercion is done to a person or body the text names. Their
# entries that need a named target (and COERCE, a type that requires one) take no implicit domestic counterpart:
# on unseen news such an event was another sense of the verb ('dopadl hlavou na beton', 'veřejnost se začala
# zajímat', 'společnost vykázala ztrátu', 'panic attacks', 'a video shot by X', 'restricted the sound', 'push our
# abilities') or a figurative one ('bojují o život', 'under attack for decades'): 27 of 29 wrong. A state organ's
# measure stays ('Vláda přikázala odchod do důchodu', 'California to restrict gun sale': gold home -> home).
PHYSICAL = frozenset({"ASSAULT", "COERCE"})
TARGET_REQUIRED_PHYSICAL = frozenset({"COERCE"})
INVESTIGATE = "09"


@cache
def _entries(lang: str) -> dict[str, Entry]:
    """The trigger entries of a language's lexicon by id (empty for a language without a lexicon)."""
    lex = load_lexicon(lang)
    return {e.id: e for index in (lex.verbs, lex.nouns) for entries in index.values() for e in entries}


def _organ(code: str | None) -> bool:
    """Is the actor a state organ (government, army, police, legislature, court, intelligence)?"""
    code = (code or "").upper()
    return not code.startswith("IGO") and code[3:6] in STATE_SECTORS


def entry_of(rule: str) -> Entry | None:
    """The lexicon entry an event's rule names ('cs-dopadnout-173+shared-subject:měl'; ids begin with the language)."""
    eid = rule.split("+", 1)[0]
    return _entries(eid.split("-", 1)[0]).get(eid)


# Types whose gold events (PLOVER-GSR, seed) nearly always name a target: without one, the trigger is a
# generic use of the verb ("urged restraint", "accused of corruption") and coding it mostly adds false events.
TARGET_REQUIRED = frozenset({"ACCUSE", "THREATEN", "COERCE", "SANCTION", "AID", "SUPPORT", "COOPERATE", "CONCEDE"})
# A request stands without an addressee ('vyzvala k humanitární pomoci', 'called for calm'): gold codes X -> '-';
# also when its preposition's phrase names no actor ('Apeluji na všechny, kdo ...': the entry matched on it); not a
# noun, an entry whose object checks the sense ('sought shelter in X') or one that wants a named target ('count on X').
UNADDRESSED = frozenset({"REQUEST"})
# A resignation (0831) names no counterpart: the gold writes its target as '-' or the resigner's own body.
SELF_DIRECTED = ("0831",)


def target_required(entry: Entry | None, plover: str | None, cameo: str) -> bool:
    """Must an event of this entry and PLOVER type name its target (else the trigger is in another sense)?"""
    checked = entry is not None and (entry.noun or (entry.objects and not refines_request(entry)) or entry.named_target)
    if plover in UNADDRESSED and not (entry is not None and entry.needs_target and checked):
        return False
    return (entry is not None and entry.needs_target) or (plover in TARGET_REQUIRED
                                                          and not cameo.startswith(SELF_DIRECTED))


def refines_request(entry: Entry) -> bool:
    """Does a request entry's object only refine the code of a verb that asks anyway ('vyzval k příměří' 0256,
    'požádala o pomoc' 023: 'vyzvat', 'požádat' are requests without an object, gold codes X -> '-' as for 'called for
    a ceasefire'), rather than make the sense ('podat žádost', 'hledat útočiště')?"""
    return not entry.noun and (entry.lemma, entry.particle) in _bare_requests(entry.id.split("-", 1)[0])


@cache
def _bare_requests(lang: str) -> frozenset[tuple[str, str | None]]:
    """(lemma, particle) of a language's verb entries that code a request with no object, preposition or clause."""
    lex = load_lexicon(lang)
    return frozenset((e.lemma, e.particle) for entries in lex.verbs.values() for e in entries
                     if plover_type(e.cameo) == "REQUEST" and not (e.objects or e.prep or e.named_target
                                                                   or e.infinitive or e.demand_clause or e.complements))


def needs_target(e: Event) -> bool:
    """Does the event's entry or type need a named target (see target_required)?"""
    return target_required(entry_of(e.rule or ""), e.type, e.cameo)


def retold_accusation(e: Event) -> bool:
    """A criticism or accusation (not an investigation: gold accepts an inquiry into nobody named, 'Policie hledá
    svědky' ACCUSE CZE -> -) of an entry or type that needs a named target. When its implicit counterpart repeats
    a stated event, the target-less version is no new act: unseen news 'obvinil Johnsona' (the name lost in a
    merged mention), 'he arrogantly dismissed them', 'attacked the credibility of the whistle-blower'."""
    return e.type == "ACCUSE" and not e.cameo.startswith(INVESTIGATE) and needs_target(e)


def unnamed_victim(e: Event) -> bool:
    """Is the event an attack or coercion whose only target is the implicit domestic counterpart, of an entry that
    needs a named target (or a type that requires one)?"""
    if not _filled(e) or e.type not in PHYSICAL or (e.source is not None and _organ(e.source.code)):
        return False
    entry = entry_of(e.rule or "")
    return e.type in TARGET_REQUIRED_PHYSICAL or (entry is not None and entry.needs_target)


def _same_date(a: Event, b: Event) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def dedup(events: list[Event], dropped: list[dict[str, Any]]) -> list[Event]:
    """Drop events of one actor twice, merge repeats of (type, source, target, date), fold target-less repeats
    made in the same sentence."""
    kept: dict[tuple[str, str, str, str], Event] = {}
    stated: set[tuple[str, str, str]] = set()
    for e in [e for e in events if unnamed_victim(e)]:
        _drop(dropped, e, "an attack or coercion whose entry needs a named target has only the implicit domestic "
                          "counterpart: on unseen news mostly another sense of the verb")
    events = [e for e in events if not unnamed_victim(e)]
    for e in sorted(events, key=_filled):  # stated targets first: a filled counterpart must not hide its own act
        src, tgt = country(e.source.code if e.source else None), country(e.target.code if e.target else None)
        if e.target is not None and src == tgt and _self_reference(e) and e.target.span is not None \
                and e.type != "PROTEST" and f"+{RECIPROCAL}" not in e.rule:  # a state does not protest against
            # itself: it is its people's protest; 'rival factions accused each other': the group's members
            _drop(dropped, e, f"source and target are one actor of the same country ({src}): one name, or a state "
                              "and its own government")
            continue  # before the stated triples: a dropped act states nothing
        if home_visit(e):
            _drop(dropped, e, f"a visit whose host is the visitor's own state ({src}): no diplomatic visit (a "
                              "misread visitor, or a trip at home)")
            continue
        if _filled(e) and (e.type, src, tgt) in stated and retold_accusation(e):
            _drop(dropped, e, "a criticism or accusation of an entry that needs a named target, whose implicit "
                              "counterpart repeats a stated event: the same accusation retold")
            continue
        if _filled(e) and (e.type, src, tgt) in stated:  # the same triple is stated elsewhere: this act keeps
            e.target, tgt = None, "-"  # its unnamed target ('vandals damaged shops' beside 'they killed X')
        elif not _filled(e):
            stated.add((e.type, src, tgt))
        key = (e.type, src, tgt, e.date or "-")
        if key in kept:
            kept[key].mentions.append(provenance(e))
            continue
        e.mentions = [provenance(e)]
        kept[key] = e
    out: list[Event] = []
    for e in kept.values():
        critics = _filled(e) and "agent-noun" in (e.rule or "")  # 'Kritici tvrdí, že opatření jsou nedostatečná':
        if e.target is None or critics:  # the critics' noun with a home counterpart beside the judgement it reports
            twin = next((o for o in kept.values() if o.target is not None and not (critics and _filled(o))
                         and o.type == e.type
                         and o.sentence == e.sentence and country(o.source.code if o.source else None)
                         == country(e.source.code if e.source else None) and _same_date(o, e)), None)
            if twin is not None:
                twin.mentions.extend(e.mentions)
                _drop(dropped, e, "target-less repeat of an event with a target in the same sentence: merged")
                continue
        out.append(e)
    for e in out:
        e.mentions.sort(key=lambda m: (m["sentence"], m["span"][0]))
    return sorted(out, key=lambda e: (e.sentence, e.span[0]))
