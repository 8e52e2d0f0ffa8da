"""Within-article deduplication of events and the drop of events inside one country."""

from __future__ import annotations

import logging
from typing import Any

from ..model import Event
from .modality import country
from .roles import self_reference

log = logging.getLogger(__name__)


def provenance(e: Event) -> dict[str, Any]:
    """One mention record of an event (where it was said)."""
    return {"sentence": e.sentence, "span": list(e.span), "trigger": e.trigger, "rule": e.rule}


def _drop(dropped: list[dict[str, Any]], e: Event, reason: str) -> None:
    log.debug("event dropped (%s): %s %s -> %s «%s»", reason, e.type,
              e.source.code if e.source else None, e.target.code if e.target else None, e.trigger)
    dropped.append({**provenance(e), "type": e.type, "source": e.source.code if e.source else None,
                    "target": e.target.code if e.target else None, "status": "dropped", "reason": reason})


def _self_reference(e: Event) -> bool:
    """RUSGOV -> RUS or RUS -> RUSGOV: one actor twice; EGYCOP -> EGYREB (two distinct sectors) is a domestic event."""
    return self_reference(e.source.code if e.source else None, e.target.code if e.target else None)


def _same_date(a: Event, b: Event) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def dedup(events: list[Event], dropped: list[dict[str, Any]]) -> list[Event]:
    """Drop same-country events, merge repeats of (type, source, target, date), fold target-less repeats
    made in the same sentence."""
    kept: dict[tuple[str, str, str, str], Event] = {}
    for e in events:
        src, tgt = country(e.source.code if e.source else None), country(e.target.code if e.target else None)
        if e.target is not None and src == tgt and _self_reference(e) and e.target.span is not None \
                and e.type != "PROTEST":  # a state does not protest against itself: it is its people's protest
            _drop(dropped, e, f"source and target are the same country ({src}) without distinct sectors")
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
