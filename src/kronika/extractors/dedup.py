"""Within-article deduplication of events and the drop of events whose source and target are one actor."""

from __future__ import annotations

import logging
from typing import Any

from ..model import ArgRef, Event, Mention

log = logging.getLogger(__name__)
# Private persons (CAMEO CVL): two of them named by different common nouns ('brother', 'sister') are two people.
PRIVATE = "CVL"


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
    return e.source is not None and e.target is not None and one_actor(e.source, e.target)


def one_actor(a: ArgRef | Mention, b: ArgRef | Mention) -> bool:
    """One actor twice (same country, a bare state or one sector): the same canonical name (a capital is named as
    its state), a state and any of its own sectors (RUS -> RUSGOV), or a generic reference ('the government',
    'vláda', 'the prime minister') that may be the other actor. Two differently named actors of one code are a
    domestic event ('Trump ... Biden', 'ÚOHS ... Ministerstvo financí'); EGYCOP -> EGYREB are two sectors; two unnamed
    private persons of different nouns ('bratr' ... 'sestra') are two people."""
    ca, cb = (a.code or "").upper(), (b.code or "").upper()
    cty = country(ca)
    if not ca or not cb or cty != country(cb) or (ca != cb and cty not in {ca, cb}):
        return False
    if ca == cb and ca.endswith(PRIVATE) and not (_named(a) or _named(b)) and a.name.casefold() != b.name.casefold():
        return False  # 'zavraždil svoji sestru', 'rodiče trvali, aby jejich syn ...': two unnamed private persons
    return a.name.casefold() == b.name.casefold() or ca != cb or _state(a) or _state(b) \
        or not (_named(a) and _named(b))


def _state(a: ArgRef | Mention) -> bool:
    """A state or a capital standing for it ('Moskva na Putinův příkaz zahájila': RUSGOV 'Rusko' and Putin are one
    side): only a Mention knows its kind."""
    return isinstance(a, Mention) and a.kind == "GPE"


def _named(a: ArgRef | Mention) -> bool:
    """Is the actor a proper name (capitalised canonical name), not a common noun ('government', 'policie')?"""
    return a.name[:1].isupper()


def _same_date(a: Event, b: Event) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def dedup(events: list[Event], dropped: list[dict[str, Any]]) -> list[Event]:
    """Drop events of one actor twice, merge repeats of (type, source, target, date), fold target-less repeats
    made in the same sentence."""
    kept: dict[tuple[str, str, str, str], Event] = {}
    for e in events:
        src, tgt = country(e.source.code if e.source else None), country(e.target.code if e.target else None)
        if e.target is not None and src == tgt and _self_reference(e) and e.target.span is not None \
                and e.type != "PROTEST":  # a state does not protest against itself: it is its people's protest
            _drop(dropped, e, f"source and target are one actor of the same country ({src}): one name, or a state "
                              "and its own government")
            continue
        key = (e.type, src, tgt, e.date or "-")
        if key in kept:
            kept[key].mentions.append(provenance(e))
            continue
        e.mentions = [provenance(e)]
        kept[key] = e
    out: list[Event] = []
    for e in kept.values():
        if e.target is None:
            twin = next((o for o in kept.values() if o.target is not None and o.type == e.type
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
