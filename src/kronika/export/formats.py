"""Exports from the store: JSON lines (our schema), PLOVER JSON lines, GDELT-2.0-style event rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TextIO

from ..store import EventFilter, Store, iter_articles, iter_events
from .codes import split_code

# GDELT 2.0 event table columns, in GDELT's order (61); the ones we cannot fill stay empty.
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)


def _coder() -> str:
    try:
        return f"kronika {version('kronika')}"
    except PackageNotFoundError:
        return "kronika"


def write_jsonl(store: Store, out: TextIO) -> int:
    """Every article as one JSON line of our schema, with text and hash (re-ingestable with --precomputed)."""
    n = 0
    for d in iter_articles(store):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    return n


def event_day(e: dict[str, Any]) -> str | None:
    """The event's day: its own date when it is a full date, else the article's publication date."""
    d = e.get("date")
    if isinstance(d, str) and len(d) == 10:
        return d
    return e.get("published")


def _as_date(day: str | None) -> date | None:
    """A YYYY-MM-DD day as a date; None for none or a non-date (free-form published): date columns stay empty."""
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


def _actor(arg: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not arg:
        return []
    parts = split_code(arg.get("code"))
    obj = {"code": parts.country or parts.group or (arg.get("code") or ""), "sector": "".join(parts.types),
           "entity_text": arg.get("text"), "identifier_text": arg.get("name"), "full_code": arg.get("code")}
    return [{k: v for k, v in obj.items() if v}]


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER JSON record (field names of the PLOVER manual's JSON table)."""
    return {
        "id": f"kronika-{str(e['article_hash'])[:16]}-{e['seq']}", "date": event_day(e),
        "actor": _actor(e.get("source")), "recipient": _actor(e.get("target")),
        "event": [e["type"]], "event_text": [e["trigger"]] if e.get("trigger") else [],
        "quad_code": e.get("quad_class"), "event_scale": e.get("goldstein"),
        "mode": [e["mode"]] if e.get("mode") else [], "context": [],
        "cameo": e.get("cameo"), "negated": e.get("negated"), "future": e.get("future"),
        "hypothetical": e.get("hypothetical"), "attributed_to": e.get("attributed_to"),
        "cite_info": {"article": e.get("article"), "url": e.get("url"), "title": e.get("title"),
                      "published": e.get("published"), "sentence": e.get("sentence"), "span": e.get("span")},
        "coder": _coder(), "coded_date": (e.get("ingested_at") or "")[:10] or None,
    }


def write_plover(store: Store, out: TextIO, f: EventFilter | None = None) -> int:
    """Events as PLOVER JSON lines (the manual suggests one record per line)."""
    n = 0
    for e in iter_events(store, f):
        out.write(json.dumps(plover_record(e), ensure_ascii=False) + "\n")
        n += 1
    return n


def _gdelt_actor(arg: dict[str, Any] | None) -> list[str]:
    if not arg or not arg.get("code"):
        return [""] * 10 if not arg else [arg.get("code") or "", arg.get("name") or ""] + [""] * 8
    p = split_code(arg["code"])
    types = [*p.types[:3], "", "", ""][:3]
    return [p.code, (arg.get("name") or "").upper(), p.country, p.group, "", "", "", *types]


def gdelt_row(e: dict[str, Any]) -> list[Any]:
    """One event as a GDELT 2.0 event row (61 fields; geography, tone and counts we lack left empty)."""
    d = _as_date(event_day(e))
    cameo = e.get("cameo") or ""
    added = (e.get("ingested_at") or "").replace("-", "").replace("T", "").replace(":", "").rstrip("Z")
    gold = e.get("goldstein")
    row: list[Any] = [
        e["event_id"], d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "",
        d.year if d else "", f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
        *_gdelt_actor(e.get("source")), *_gdelt_actor(e.get("target")),
        1 if e.get("sentence") == 0 else 0, cameo, cameo[:3], cameo[:2], e.get("quad_class") or "",
        "" if gold is None else gold, max(1, len(e.get("mentions") or [])), 1, 1, "",
        *([""] * 24), added, e.get("url") or "",
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return row


def write_gdelt(store: Store, out: TextIO, f: EventFilter | None = None, header: bool = False) -> int:
    """Events as GDELT 2.0 event rows: tab-separated like GDELT's files; a header line only if asked."""
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    if header:
        w.writerow(GDELT_COLUMNS)
    n = 0
    for e in iter_events(store, f):
        w.writerow(gdelt_row(e))
        n += 1
    return n


def iter_flat_events(store: Store, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Events as flat records (one column per field) for tabular formats."""
    for e in iter_events(store, f):
        flat: dict[str, Any] = {"event_id": e["event_id"], "article": e["article"], "url": e["url"],
                                "published": e["published"], "day": e["day"]}
        for k, v in e.items():
            if k in flat or k in ("article_hash", "seq", "ingested_at", "title"):
                continue
            if k in ("source", "target", "attributed_to"):
                for sub in ("code", "name", "text"):
                    flat[f"{k}_{sub}"] = (v or {}).get(sub)
                span = (v or {}).get("span") or [None, None]
                flat[f"{k}_start"], flat[f"{k}_end"] = span
            elif k == "span":
                flat["span_start"], flat["span_end"] = v or [None, None]
            elif k == "mentions":
                flat["mentions"] = json.dumps(v, ensure_ascii=False) if v else None
            elif isinstance(v, dict | list):
                flat[k] = json.dumps(v, ensure_ascii=False)
            else:
                flat[k] = v
        yield flat
