"""An in-memory column index of events for the server: filter, count and page in ~1 ms instead of SQL scans.

The filter semantics are the store's (kronika.store.queries: code prefix range or exact canonical name, day
string ranges); tests compare every answer with the SQL query. Filters on article text or id go to SQL.
Loaded once, then extended with the events of newly stored articles (ids only grow in the one writer).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..store import EventFilter, Store
from ..store.aggregates import CONFLICT, COOPERATION, QUADS, SORTS, UNCODED, best_names
from ..store.queries import code_range
from .cache import store_version

ROLE_COLUMNS = ("source_code", "source_name", "target_code", "target_name", "att_code", "att_name")
LOAD = ("SELECT id, day, type, quad_class, goldstein, " + ", ".join(ROLE_COLUMNS) +
        " FROM events WHERE id > ? ORDER BY id")


class Labels:
    """A categorical string column: one small integer per row, the distinct strings once."""

    def __init__(self) -> None:
        self.labels: list[str | None] = []
        self.index: dict[str | None, int] = {}

    def code(self, value: str | None) -> int:
        """The integer for a value (new values get the next one)."""
        got = self.index.get(value)
        if got is None:
            got = self.index[value] = len(self.labels)
            self.labels.append(value)
        return got

    def lut(self, test: Any) -> np.ndarray:
        """A look-up table: for each label integer, whether test(label) holds (None labels never do)."""
        return np.array([v is not None and bool(test(v)) for v in self.labels], dtype=bool)


@dataclass
class Snapshot:
    """Column arrays of all loaded events, and the orderings built from them on demand."""

    ids: np.ndarray
    day: np.ndarray  # label integers of `days`
    type: np.ndarray
    quad: np.ndarray  # -1 for none
    goldstein: np.ndarray  # NaN for none
    roles: dict[str, np.ndarray]
    labels: dict[str, Labels]
    orders: dict[str, np.ndarray] = field(default_factory=dict)


def _ranks(lab: Labels, null_high: bool) -> np.ndarray:
    """For each label integer: its rank in sorted order of the strings; None ranks first or last."""
    present = sorted((v, i) for i, v in enumerate(lab.labels) if v is not None)
    rank = np.full(len(lab.labels), len(present) if null_high else -1, dtype=np.int64)
    for r, (_, i) in enumerate(present):
        rank[i] = r
    return rank


class EventIndex:
    """The loaded events of one store; `refresh` before use picks up newly stored articles."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._version = -1
        self._rows: dict[str, list[Any]] = {k: [] for k in ("id", "day", "type", "quad", "goldstein",
                                                           *ROLE_COLUMNS)}
        self._labels = {k: Labels() for k in ("day", "type", *ROLE_COLUMNS)}
        self.snap: Snapshot | None = None

    def refresh(self, store: Store) -> Snapshot:
        """The current snapshot, extended first when articles were stored since the last look."""
        version = store_version(store)
        snap = self.snap
        if snap is not None and version == self._version:
            return snap
        with self._lock:
            if self.snap is None or version != self._version:
                if version < self._version:
                    self._reset()  # the store shrank: start over
                self._load(store)
                self._version = version
            assert self.snap is not None
            return self.snap

    def _load(self, store: Store) -> None:
        top = self._rows["id"][-1] if self._rows["id"] else 0
        rows = self._rows
        for r in store.db.query(LOAD, (top,)):
            rows["id"].append(r["id"])
            rows["day"].append(self._labels["day"].code(r["day"]))
            rows["type"].append(self._labels["type"].code(r["type"]))
            rows["quad"].append(-1 if r["quad_class"] is None else int(r["quad_class"]))
            rows["goldstein"].append(np.nan if r["goldstein"] is None else float(r["goldstein"]))
            for col in ROLE_COLUMNS:
                rows[col].append(self._labels[col].code(r[col]))
        self.snap = Snapshot(
            ids=np.array(rows["id"], dtype=np.int64), day=np.array(rows["day"], dtype=np.int32),
            type=np.array(rows["type"], dtype=np.int32), quad=np.array(rows["quad"], dtype=np.int16),
            goldstein=np.array(rows["goldstein"], dtype=np.float64),
            roles={c: np.array(rows[c], dtype=np.int32) for c in ROLE_COLUMNS}, labels=self._labels)


def handles(f: EventFilter) -> bool:
    """Whether the index answers this filter (text and article filters need the database)."""
    return not f.text and not f.article


def _role(s: Snapshot, prefix: str, value: str) -> np.ndarray:
    """Rows whose role matches like the store's SQL: code in [V, V with last char + 1) or name == V."""
    name = s.labels[f"{prefix}_name"].index.get(value)
    hit = s.roles[f"{prefix}_name"] == name if name is not None else np.zeros(len(s.ids), dtype=bool)
    rng = code_range(value)
    if rng is not None:
        lo, hi = rng
        hit |= s.labels[f"{prefix}_code"].lut(lambda v: lo <= v < hi)[s.roles[f"{prefix}_code"]]
    return hit


def _days(s: Snapshot, test: Any) -> np.ndarray:
    return s.labels["day"].lut(test)[s.day]


def mask(s: Snapshot, f: EventFilter) -> np.ndarray:
    """Rows matching the filter (all but text and article)."""
    m = np.ones(len(s.ids), dtype=bool)
    if f.actor:
        m &= _role(s, "source", f.actor) | _role(s, "target", f.actor)
    if f.dyad:
        m &= _role(s, "source", f.dyad[0]) & _role(s, "target", f.dyad[1])
    if f.attributed_to:
        m &= _role(s, "att", f.attributed_to)
    if f.type:
        t = s.labels["type"].index.get(f.type.upper())
        m &= s.type == t if t is not None else False
    if f.quad is not None:
        m &= s.quad == int(f.quad)
    if f.since:
        since = f.since
        m &= _days(s, lambda v: v >= since)
    if f.until:
        until = f.until + "\uffff"
        m &= _days(s, lambda v: v < until)
    return m


def order(s: Snapshot, sort: str) -> np.ndarray:
    """Row positions in the order of SORTS[sort] (built once per snapshot and key)."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    got = s.orders.get(sort)
    if got is not None:
        return got
    day_desc = -_ranks(s.labels["day"], null_high=False)[s.day]  # DESC NULLS LAST
    if sort == "-day":
        keys: tuple[np.ndarray, ...] = (-s.ids, day_desc)
    elif sort == "day":
        keys = (s.ids, _ranks(s.labels["day"], null_high=True)[s.day])
    elif sort in ("-goldstein", "goldstein"):
        g = np.where(np.isnan(s.goldstein), np.inf, -s.goldstein if sort[0] == "-" else s.goldstein)
        keys = (-s.ids if sort[0] == "-" else s.ids, g)
    else:
        t = _ranks(s.labels["type"], null_high=True)[s.type]
        keys = (-s.ids, day_desc, -t if sort[0] == "-" else t)
    got = s.orders[sort] = np.lexsort(keys)
    return got


def rank(s: Snapshot, sort: str) -> np.ndarray:
    """For each row: its position in the order of SORTS[sort]."""
    key = f"rank{sort}"
    got = s.orders.get(key)
    if got is None:
        o = order(s, sort)
        got = np.empty(len(o), dtype=np.int64)
        got[o] = np.arange(len(o))
        s.orders[key] = got
    return got


def page(s: Snapshot, f: EventFilter, sort: str, limit: int, offset: int) -> tuple[list[int], int]:
    """Event ids of one page and how many events match (only the first offset+limit matches get sorted)."""
    rows = np.flatnonzero(mask(s, f))
    total = len(rows)
    r = rank(s, sort)[rows]
    k = offset + limit
    if k < total:
        first = np.argpartition(r, k - 1)[:k]
        rows, r = rows[first], r[first]
    top = rows[np.argsort(r)][offset:k]
    return [int(i) for i in s.ids[top]], total


def _names(s: Snapshot, m: np.ndarray) -> dict[str, str]:
    """The most frequent canonical name per code among the rows, over source and target (as the SQL does)."""
    counts: dict[tuple[str, str], int] = {}
    for role in ("source", "target"):
        codes, names = s.labels[f"{role}_code"].labels, s.labels[f"{role}_name"].labels
        n_names = len(names)
        keys, n = np.unique(s.roles[f"{role}_code"][m].astype(np.int64) * n_names + s.roles[f"{role}_name"][m],
                            return_counts=True)
        for k, c in zip(keys.tolist(), n.tolist(), strict=True):
            code, name = codes[k // n_names], names[k % n_names]
            if code and name:
                counts[(code, name)] = counts.get((code, name), 0) + c
    return best_names(counts)


def dyad_table(s: Snapshot, f: EventFilter, limit: int) -> dict[str, Any]:
    """Like kronika.store.aggregates.dyads, computed on the index."""
    m = mask(s, f)
    src_l, tgt_l = s.labels["source_code"], s.labels["target_code"]
    src, tgt, quad, gold = s.roles["source_code"][m], s.roles["target_code"][m], s.quad[m], s.goldstein[m]
    coded = src_l.lut(bool)[src] & tgt_l.lut(bool)[tgt]
    uncoded = int(len(src) - np.count_nonzero(coded))
    src, tgt, quad, gold = src[coded], tgt[coded], quad[coded], gold[coded]
    nt = len(tgt_l.labels)
    keys, inv = np.unique(src.astype(np.int64) * nt + tgt, return_inverse=True)
    size = len(keys)
    total = np.bincount(inv, minlength=size)
    per_quad = {q: np.bincount(inv[quad == q], minlength=size) for q in QUADS}
    scored = ~np.isnan(gold)
    gsum = np.bincount(inv[scored], weights=gold[scored], minlength=size)
    gn = np.bincount(inv[scored], minlength=size)
    top = np.lexsort((_ranks(tgt_l, True)[keys % nt], _ranks(src_l, True)[keys // nt], -total))[:limit]
    names = _names(s, m)
    out = []
    for i in top.tolist():
        sc, tc = src_l.labels[int(keys[i]) // nt], tgt_l.labels[int(keys[i]) % nt]
        counts = {str(q): int(per_quad[q][i]) for q in QUADS}
        out.append({"source": {"code": sc, "name": names.get(sc or "")},
                    "target": {"code": tc, "name": names.get(tc or "")}, "counts": counts,
                    "total": int(total[i]), "cooperation": sum(counts[str(q)] for q in COOPERATION),
                    "conflict": sum(counts[str(q)] for q in CONFLICT),
                    "goldstein_mean": round(float(gsum[i]) / int(gn[i]), 3) if gn[i] else None})
    return {"dyads": out, "total_dyads": size,
            "dropped": {"events": uncoded, "reason": UNCODED}}
