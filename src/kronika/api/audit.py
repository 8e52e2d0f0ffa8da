"""Security audit of the app, route by route from its declarations: parameter validation, URL and body limits,
SQL injection through every filter, token-guarded writes, no CORS, and no internals in any error response.

    with TestClient(create_app(cfg), raise_server_exceptions=False) as client:
        report = audit(client, store, token=cfg.token)  # report.counts, report.problems

New routes and new filters are probed without changes here: the routes are read from the app, the bad values
of a parameter from its declared type and constraints (range, length, pattern, choices).
"""

from __future__ import annotations

import json
import re
import typing
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol
from urllib.parse import quote, urlencode

from fastapi import FastAPI
from fastapi.routing import APIRoute
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..store import Store, store_stats

# SQL (both dialects), FTS5 and tsquery syntax, LIKE wildcards, markup, path tricks: all must be inert data.
INJECTIONS = [
    "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE events; --", "'); DROP TABLE articles; --",
    "x' UNION SELECT name, sql FROM sqlite_master --", "x' UNION SELECT table_name FROM information_schema.tables --",
    "'||(SELECT pg_sleep(2))||'", "x'; SELECT pg_sleep(2); --", "%", "_", "%' --", "\\", "\\'", "''", "\"",
    "* OR *", "NEAR(a b)", "text:x", "a AND NOT b", "^x*", "-x", "!a | b & c:*", "$$; DROP TABLE quotes; $$",
    "<script>alert(1)</script>", "../../etc/passwd", "RUS' OR 'x'='x", "Putin' --", "\u2019 OR \u20181\u2019=\u20181",
]
LEAKS = re.compile(r"Traceback|File \"|\.py\b|sqlite3|psycopg|OperationalError|ProgrammingError|DataError|"
                   r"\bSELECT\b|\bINSERT\b|\bWHERE\b|\bFROM (events|articles|quotes|actors)\b|syntax error|"
                   r"no such (table|column|function)|unrecognized token|does not exist|result columns", re.I)
BAD_AUTH: list[dict[str, str]] = [{}, {"Authorization": "Bearer"}, {"Authorization": "Bearer wrong-token"},
                                  {"Authorization": "Basic dXNlcjpwYXNz"}]
SENTENCE = "Vláda schválila rozpočet."  # the text of a minimal valid body
ROW_LISTS = ("events", "quotes", "articles", "actors", "dyads", "matches", "partners", "periods")


class Client(Protocol):
    """What the audit needs of a client (starlette's TestClient has it)."""

    def request(self, method: str, url: str, **kw: Any) -> Any:
        """One HTTP request."""


@dataclass(frozen=True)
class RouteSpec:
    """One declared route: its path, methods, query model, path parameters, body model and write guard."""

    path: str
    methods: frozenset[str]
    query: type[BaseModel] | None
    path_params: tuple[str, ...]
    body: type[BaseModel] | None
    guarded: bool

    @property
    def api(self) -> bool:
        """JSON endpoint (else an HTML page)."""
        return self.path.startswith("/api/")

    def url(self, values: dict[str, str] | None = None) -> str:
        """The path with its parameters filled (URL-quoted, default 'x')."""
        out = self.path
        for name in self.path_params:
            out = re.sub(r"\{" + name + r"(:[^}]*)?\}", quote((values or {}).get(name, "x"), safe=""), out)
        return out


@dataclass
class Report:
    """Counts per kind of check and every problem found (empty when the app passes)."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def fail(self, kind: str, what: str) -> None:
        """Record one problem."""
        self.counts[kind] += 1
        if len(self.problems) < 200:
            self.problems.append(f"{kind}: {what}")


def _walk(routes: list[Any]) -> Iterator[APIRoute]:
    for r in routes:
        if isinstance(r, APIRoute):
            yield r
        inner = getattr(r, "original_router", None)  # FastAPI >= 0.16x keeps an included router whole
        if inner is not None:
            yield from _walk(list(inner.routes))


def declared_routes(app: FastAPI) -> list[RouteSpec]:
    """Every API route and page of the app with what it takes, read from the declarations."""
    from .routes import require_token

    out = []
    for r in _walk(list(app.routes)):
        hints = typing.get_type_hints(r.endpoint, include_extras=True)
        query = body = None
        for name, hint in hints.items():
            base, meta = (typing.get_args(hint)[0], typing.get_args(hint)[1:]) if typing.get_origin(
                hint) is typing.Annotated else (hint, ())
            if name == "return" or not (isinstance(base, type) and issubclass(base, BaseModel)):
                continue
            if any(type(m).__name__ == "Query" for m in meta):
                query = base
            else:
                body = base
        guarded = any(getattr(d, "dependency", None) is require_token for d in r.dependencies)
        out.append(RouteSpec(r.path, frozenset(r.methods or ()), query, tuple(r.param_convertors), body, guarded))
    return out


def _choices(info: FieldInfo) -> list[Any]:
    """The allowed values of a Literal field (empty for other types)."""
    args = typing.get_args(info.annotation)
    if typing.get_origin(info.annotation) is Literal:
        return list(args)
    return [v for a in args if typing.get_origin(a) is Literal for v in typing.get_args(a)]


def _kinds(info: FieldInfo) -> set[Any]:
    return {info.annotation, *typing.get_args(info.annotation)}


def bad_values(info: FieldInfo, body: bool = False) -> list[tuple[Any, str]]:
    """Values the field's declaration forbids, each with why: wrong type, out of range, too long, no pattern match."""
    kinds = _kinds(info)
    out: list[tuple[Any, str]] = []
    if int in kinds:
        out += [("abc", "not a number"), ("1.5", "not an integer"), ("9" * 40, "huge number")]
    if str in kinds:
        out.append(("a\x00b", "control character"))
        if body:
            out += [(5, "a number for a string"), (["a"], "a list for a string")]
    choices = _choices(info)
    if choices:
        out.append(("not-a-choice", f"not one of {choices}"))
    for m in info.metadata:
        if getattr(m, "ge", None) is not None:
            out.append((str(m.ge - 1), f"below {m.ge}"))
        if getattr(m, "le", None) is not None:
            out.append((str(m.le + 1), f"above {m.le}"))
        if body and getattr(m, "min_length", None):
            out.append(("x" * (m.min_length - 1), f"shorter than {m.min_length}"))
        if getattr(m, "max_length", None):
            out.append(("x" * (m.max_length + 1), f"longer than {m.max_length}"))
        if getattr(m, "pattern", None):
            bad = next(v for v in ("<>;'", "12", "") if v and not re.search(m.pattern, v))
            out.append((bad, f"not matching {m.pattern}"))
    return out


def twin(value: str) -> str:
    """The injection's plain words: what a filter must treat it as (same rows or fewer, never more)."""
    return " ".join(re.findall(r"[^\W_]+", value)) or "zzqx"


def rows(body: Any) -> int:
    """Records in a JSON answer: items of the row lists at any depth."""
    if isinstance(body, dict):
        return sum(len(v) if k in ROW_LISTS and isinstance(v, list) else rows(v) for k, v in body.items())
    if isinstance(body, list):
        return sum(rows(v) for v in body)
    return 0


def schema_snapshot(store: Store) -> dict[str, Any]:
    """Tables and row counts: equal before and after the audit when nothing was dropped or written."""
    if store.dialect == "sqlite":
        names = [r["name"] for r in store.db.query("SELECT name FROM sqlite_master ORDER BY name")]
    else:
        names = [r["table_name"] for r in store.db.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "ORDER BY table_name")]
    return {"tables": names, "rows": store_stats(store)}


class Auditor:
    """Runs the checks through one client, scanning every error response for internals."""

    def __init__(self, client: Client, report: Report) -> None:
        self.client = client
        self.report = report

    def call(self, method: str, url: str, echo: str = "", **kw: Any) -> Any:
        """One request; a 5xx or an error body naming internals (beyond the words of `echo`, the input) is a problem."""
        r = self.client.request(method, url, **kw)
        self.report.counts["requests"] += 1
        if r.status_code >= 500:
            self.report.fail("server_errors", f"{method} {url[:120]} -> {r.status_code}")
        elif r.status_code >= 400:
            text = r.text
            for word in set(re.findall(r"\w+", echo)):  # an error may quote the input back; that is no leak
                text = re.sub(rf"\b{re.escape(word)}\b", "", text)
            if found := LEAKS.search(text):
                self.report.fail("leaks", f"{method} {url[:120]} -> {r.status_code}: {found.group()!r} in {text[:200]}")
        if "access-control-allow-origin" in r.headers:
            self.report.fail("cors", f"{method} {url[:120]} sends access-control-allow-origin")
        return r

    def validation(self, spec: RouteSpec) -> None:
        """Each declared parameter with each value its declaration forbids: 422 naming it; unknown names too."""
        assert spec.query is not None
        for name, info in spec.query.model_fields.items():
            for value, why in bad_values(info):
                r = self.call("GET", f"{spec.url()}?{urlencode({name: value})}", echo=value)
                self.report.counts["validation_probes"] += 1
                if r.status_code != 422 or f"query.{name}" not in r.text:
                    self.report.fail("validation", f"{spec.path} {name}={value[:20]!r} ({why}) -> {r.status_code}")
        r = self.call("GET", f"{spec.url()}?no_such_parameter=1")
        if r.status_code != 422:
            self.report.fail("validation", f"{spec.path} accepts an unknown parameter ({r.status_code})")

    def injection(self, spec: RouteSpec, value: str, where: str) -> None:
        """One injection string in one filter or path parameter: no error, never more rows than its plain words."""
        def get(v: str) -> Any:
            if where in spec.path_params:
                return self.call("GET", spec.url({where: v}), echo=v)
            return self.call("GET", f"{spec.url()}?{urlencode(_with_pair(spec, where, v))}", echo=v)

        r, plain = get(value), get(twin(value))
        self.report.counts["injection_probes"] += 1
        self.report.counts[f"injection_{r.status_code}"] += 1
        if r.status_code not in (200, 404, 422):
            self.report.fail("injection", f"{spec.path} {where}={value!r} -> {r.status_code}")
        elif r.status_code == 200 and spec.api:
            extra = rows(r.json()) - (rows(plain.json()) if plain.status_code == 200 else 0)
            if extra > 0:
                self.report.fail("extra_rows", f"{spec.path} {where}={value!r}: {extra} rows more than {twin(value)!r}")
        elif r.status_code == 200 and "<" in value and value in r.text:
            self.report.fail("unescaped", f"{spec.path} {where}={value!r} echoed as markup")

    def query_limit(self, spec: RouteSpec, max_url: int) -> None:
        """A query string over the URL limit: 414 before any parsing."""
        r = self.call("GET", f"{spec.url()}?q={'x' * (max_url + 1)}")
        self.report.counts["limit_probes"] += 1
        if r.status_code != 414:
            self.report.fail("limits", f"{spec.path} with a {max_url + 1}-byte query -> {r.status_code}")

    def cors(self, spec: RouteSpec) -> None:
        """A cross-site read and a preflight: no CORS headers (checked in call)."""
        origin = {"Origin": "https://attacker.example"}
        self.call("GET" if "GET" in spec.methods else "POST", spec.url(), headers=origin)
        self.call("OPTIONS", spec.url(), headers={**origin, "Access-Control-Request-Method": "POST",
                                                 "Access-Control-Request-Headers": "authorization"})
        self.report.counts["cors_probes"] += 2


def _writes(a: Auditor, spec: RouteSpec, token: str | None, read_only: tuple[str, ...]) -> None:
    """Guarded routes refuse missing, wrong and misplaced tokens; every unguarded body route must be read-only."""
    if spec.body is None:
        return
    if not spec.guarded and spec.path not in read_only:
        a.report.fail("unguarded_write", f"{sorted(spec.methods)} {spec.path} takes a body without the token")
    if not spec.guarded:
        return
    body = example(spec.body)
    bad = [*BAD_AUTH, *([{"Authorization": f"Bearer {token}x"}, {"Authorization": token}] if token else [])]
    for headers in bad:
        r = a.call("POST", spec.url(), json=body, headers=headers)
        a.report.counts["auth_probes"] += 1
        if r.status_code not in (401, 403):
            a.report.fail("auth", f"{spec.path} with headers {list(headers.values())} -> {r.status_code}")
    r = a.call("POST", f"{spec.url()}?{urlencode({'token': token or 'x'})}", json=body)
    a.report.counts["auth_probes"] += 1
    if r.status_code not in (401, 403):
        a.report.fail("auth", f"{spec.path} with the token in the query string -> {r.status_code}")


def _bodies(a: Auditor, spec: RouteSpec, auth: dict[str, str], max_body: int, max_text: int, max_batch: int
            ) -> None:
    """Every body field with each value it forbids (422 naming it), oversized bodies (413), broken JSON (422)."""
    assert spec.body is not None
    good = example(spec.body)
    cases = list(body_mutations(spec.body, good))
    for name, info in spec.body.model_fields.items():
        item = _item_model(info)
        if item is not None:
            cases.append(("at most", {**good, name: good[name] * (max_batch + 1)}, f"over {max_batch} items"))
    long_text = json.loads(json.dumps(good, ensure_ascii=False).replace(SENTENCE, "x" * (max_text + 1)))
    cases.append(("longer than", long_text, f"a text over {max_text} characters"))
    for loc, body, why in cases:
        r = a.call("POST", spec.url(), echo=json.dumps(body), json=body, headers=auth)
        a.report.counts["body_probes"] += 1
        if r.status_code != 422 or loc not in r.text:
            a.report.fail("validation", f"{spec.path} {loc} ({why}) -> {r.status_code}")
    json_type = {**auth, "content-type": "application/json"}
    for content, want, why in ((b"{" + b" " * max_body + b"}", 413, "declared over the limit"),
                               (iter([b" " * 65536] * (max_body // 65536 + 2)), 413, "streamed over the limit"),
                               (b"{not json", 422, "malformed JSON"), ("\ufffe\x00".encode("utf-16"), 422, "UTF-16")):
        r = a.call("POST", spec.url(), content=content, headers=json_type)
        a.report.counts["body_probes"] += 1
        if r.status_code != want:
            a.report.fail("limits", f"{spec.path} body {why} -> {r.status_code} (want {want})")


def audit(app: FastAPI, client: Client, store: Store, config: Any, read_only: tuple[str, ...] = ("/api/extract",),
          injections: list[str] | None = None, paths: Collection[str] | None = None) -> Report:
    """Every check over every declared route (or those in `paths`); the store's tables and rows must not change."""
    report = Report()
    a = Auditor(client, report)
    before = schema_snapshot(store)
    auth = {"Authorization": f"Bearer {config.token}"} if config.token else {}
    for spec in declared_routes(app):
        if paths is not None and spec.path not in paths:
            continue
        report.counts["routes"] += 1
        if "GET" in spec.methods:
            filters = [n for n, i in (spec.query.model_fields.items() if spec.query else ()) if str in _kinds(i)]
            if spec.query is not None:
                a.validation(spec)
            for where in [*filters, *spec.path_params]:
                report.counts["filters"] += 1
                for value in injections or INJECTIONS:
                    a.injection(spec, value, where)
            a.query_limit(spec, config.max_url_bytes)
        else:
            _writes(a, spec, config.token, read_only)
            if spec.body is not None and (config.token or not spec.guarded):
                _bodies(a, spec, auth if spec.guarded else {}, config.max_body_bytes, config.max_text_chars,
                        config.max_batch)
        a.cors(spec)
    after = schema_snapshot(store)
    if after != before:
        report.fail("tables", f"store changed by the audit: {before} -> {after}")
    return report


def _with_pair(spec: RouteSpec, name: str, value: str) -> dict[str, str]:
    """The parameter set to `value`, with its dyad partner given too (source needs target), so it is used."""
    assert spec.query is not None
    fields = spec.query.model_fields
    partner = {"source": "target", "target": "source"}.get(name)
    return {name: value, **({partner: "zzqx"} if partner in fields else {})}


def _item_model(info: FieldInfo) -> type[BaseModel] | None:
    """The item model of a list[Model] field, else None."""
    args = typing.get_args(info.annotation)
    if typing.get_origin(info.annotation) is list and args and isinstance(args[0], type) and issubclass(
            args[0], BaseModel):
        return args[0]
    return None


def example(model: type[BaseModel]) -> dict[str, Any]:
    """A minimal valid body: the required fields only (strings as a short Czech sentence, lists of one)."""
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.is_required():
            item = _item_model(info)
            out[name] = [example(item)] if item else SENTENCE
    return out


def body_mutations(model: type[BaseModel], good: dict[str, Any], prefix: tuple[str, ...] = ("body",)
                   ) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(where, body, why) for every field of the body (nested lists too) set to each value it forbids."""
    for name, info in model.model_fields.items():
        item = _item_model(info)
        if item is not None:
            sub_good = good.get(name) or [example(item)]
            for loc, sub, why in body_mutations(item, sub_good[0], (*prefix, name, "0")):
                yield loc, {**good, name: [sub]}, why
            yield ".".join((*prefix, name)), {**good, name: []}, "an empty list"
            continue
        for value, why in bad_values(info, body=True):
            yield ".".join((*prefix, name)), {**good, name: value}, why
    yield ".".join((*prefix, "no_such_field")), {**good, "no_such_field": 1}, "an unknown field"
