"""Between the JSON contract (Doc.to_dict) and table rows, both ways; unknown keys ride in `extra`."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

import orjson


def dumps(obj: Any) -> str:
    """Compact UTF-8 JSON text (orjson: several times faster than json for the many small lists stored)."""
    return orjson.dumps(obj).decode("utf-8")


ARG_ROLES = {"source": "source", "target": "target", "attributed_to": "att"}

QUOTE_COLUMNS = ("seq", "text", "span_start", "span_end", "direct", "speaker_code", "speaker_name",
                 "speaker_text", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "sentence",
                 "rule", "extra")
QUOTE_KEYS = {"text", "span", "direct", "speaker", "cue", "cue_span", "sentence", "rule"}

EVENT_COLUMNS = ("seq", "type", "mode", "cameo", "goldstein", "quad_class",
                 "source_code", "source_name", "source_text", "source_start", "source_end",
                 "target_code", "target_name", "target_text", "target_start", "target_end",
                 "date", "date_granularity", "day",
                 "att_code", "att_name", "att_text", "att_start", "att_end",
                 "negated", "future", "hypothetical", "sentence", "span_start", "span_end", "trigger", "rule",
                 "mentions", "extra")
EVENT_KEYS = {"type", "mode", "cameo", "goldstein", "quad_class", "source", "target", "date", "date_granularity",
              "attributed_to", "negated", "future", "hypothetical", "sentence", "span", "trigger", "rule",
              "mentions"}

ACTOR_COLUMNS = ("seq", "local_id", "code", "name", "kind", "n_mentions", "mentions", "extra")
ACTOR_KEYS = {"id", "name", "code", "type", "mentions"}

ARTICLE_KEYS = {"schema", "id", "lang", "published", "title", "url", "status", "reason", "actors", "quotes",
                "events", "text", "source", "hash", "sentences", "conllu"}


def content_hash(text: str) -> str:
    """Identity of an article: SHA-256 of its NFC text with whitespace runs collapsed."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _extra(d: dict[str, Any], known: set[str]) -> str | None:
    if d.keys() <= known:
        return None
    return dumps({k: v for k, v in d.items() if k not in known})


def _span(v: Any) -> tuple[int | None, int | None]:
    if isinstance(v, list | tuple) and len(v) == 2:
        return int(v[0]), int(v[1])
    return None, None


def _arg(a: dict[str, Any] | None) -> tuple[Any, ...]:
    if not a:
        return None, None, None, None, None
    return (a.get("code"), a.get("name"), a.get("text"), *_span(a.get("span")))


def quote_row(seq: int, q: dict[str, Any]) -> tuple[Any, ...]:
    """A quotes row (without article_id) from a contract quote."""
    return (seq, q.get("text") or "", *_span(q.get("span")), int(bool(q.get("direct"))),
            *_arg(q.get("speaker")), q.get("cue"), *_span(q.get("cue_span")), q.get("sentence"),
            q.get("rule"), _extra(q, QUOTE_KEYS))


def event_row(seq: int, e: dict[str, Any], published: str | None) -> tuple[Any, ...]:
    """An events row (without article_id) from a contract event; `day` is its date or the article's."""
    gold = e.get("goldstein")
    mentions = e.get("mentions")
    return (seq, e.get("type") or "", e.get("mode"), e.get("cameo"), float(gold) if gold is not None else None,
            e.get("quad_class"), *_arg(e.get("source")), *_arg(e.get("target")),
            e.get("date"), e.get("date_granularity"), e.get("date") or published,
            *_arg(e.get("attributed_to")),
            int(bool(e.get("negated"))), int(bool(e.get("future"))), int(bool(e.get("hypothetical"))),
            e.get("sentence"), *_span(e.get("span")), e.get("trigger"), e.get("rule"),
            dumps(mentions) if mentions else None, _extra(e, EVENT_KEYS))


def actor_row(seq: int, a: dict[str, Any]) -> tuple[Any, ...]:
    """An actors row (without article_id); its mentions go in as one JSON list."""
    get = a.get  # the hottest row builder (15 actors an article): no helper calls in the common case
    ms = get("mentions")
    return (seq, get("id"), get("code"), get("name"), get("type"), len(ms) if ms else 0,
            orjson.dumps(ms).decode("utf-8") if ms else None,
            None if a.keys() <= ACTOR_KEYS else _extra(a, ACTOR_KEYS))


# -- rows back to the contract --------------------------------------------------------------


def _load_extra(raw: str | None) -> dict[str, Any]:
    return orjson.loads(raw) if raw else {}


def _span_out(a: Any, b: Any) -> list[int] | None:
    return [a, b] if a is not None and b is not None else None


_ARG_COLUMNS = {p: tuple(f"{p}_{c}" for c in ("code", "name", "text", "start", "end"))
                for p in ("source", "target", "att", "speaker")}


def arg_out(r: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    """The role filler object from prefixed columns, or None when the role is empty."""
    kc, kn, kt, ks, ke = _ARG_COLUMNS[prefix]
    code, name, text = r[kc], r[kn], r[kt]
    if code is None and name is None and text is None:
        return None
    start, end = r[ks], r[ke]
    return {"code": code, "name": name, "text": text,
            "span": [start, end] if start is not None and end is not None else None}


def quote_out(r: dict[str, Any]) -> dict[str, Any]:
    """A contract quote from a quotes row."""
    return {"text": r["text"], "span": _span_out(r["span_start"], r["span_end"]), "direct": bool(r["direct"]),
            "speaker": arg_out(r, "speaker"), "cue": r["cue"], "cue_span": _span_out(r["cue_start"], r["cue_end"]),
            "sentence": r["sentence"], "rule": r["rule"], **_load_extra(r.get("extra"))}


def event_out(r: dict[str, Any]) -> dict[str, Any]:
    """A contract event from an events row."""
    return {
        "type": r["type"], "mode": r["mode"], "cameo": r["cameo"], "goldstein": r["goldstein"],
        "quad_class": r["quad_class"], "source": arg_out(r, "source"), "target": arg_out(r, "target"),
        "date": r["date"], "date_granularity": r["date_granularity"], "attributed_to": arg_out(r, "att"),
        "negated": bool(r["negated"]), "future": bool(r["future"]), "hypothetical": bool(r["hypothetical"]),
        "sentence": r["sentence"], "span": _span_out(r["span_start"], r["span_end"]), "trigger": r["trigger"],
        "rule": r["rule"], "mentions": orjson.loads(r["mentions"]) if r["mentions"] else [],
        **_load_extra(r.get("extra")),
    }


def actor_out(r: dict[str, Any]) -> dict[str, Any]:
    """A contract actor from an actors row."""
    return {"id": r["local_id"], "name": r["name"], "code": r["code"], "type": r["kind"],
            "mentions": orjson.loads(r["mentions"]) if r["mentions"] else [], **_load_extra(r.get("extra"))}
