"""Robustness report: hostile and random inputs through the pipeline and the readers, offsets of every output
span on all wmt-news articles, a store ingest with bad items and concurrent readers, the API/web security
audit of every route, kill -9 rounds during ingest, and every ingester with wrong encodings.

    .venv/bin/python bench/robustness.py [--random 300] [--wmt 628] [--skip-huge] [--crash-rounds 10]
    .venv/bin/python bench/robustness.py --only api,crash,encodings   # some sections only
    .venv/bin/python bench/robustness.py --atheris 2000   # coverage-guided fuzzing of the pipeline only

The API and crash sections run on SQLite and, when KRONIKA_TEST_PG names a PostgreSQL server, on it too.
Prints one line per section and a JSON summary: inputs tried, crashes, hangs, offset problems, data lost.
A crash is an exception escaping the pipeline or a reader; a hang is an article over its time bound
(the per-article budget `max_seconds` plus a margin); a component error caught by the pipeline's guard is a
rejection with a reason, counted and listed apart.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import threading
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from corpus import ROOT, load
from kronika import Pipeline
from kronika.ingest import ingest, iter_items, pipeline_extractor
from kronika.io import InputItem, read_inputs
from kronika.limits import offset_problems
from kronika.settings import Settings
from kronika.store import EventFilter, article_dict, find_events, open_store, search, store_stats

sys.path.insert(0, str(ROOT / "tests" / "robustness"))  # the kill -9 rounds and encoding matrix the tests use
from crash_rounds import run_rounds
from input_matrix import matrix

MB = 1024 * 1024
FRAGMENTS = [
    "Ministr zahraničí v úterý odletěl do Kyjeva.", "Rusko obvinilo Ukrajinu z útoku na elektrárnu.",
    "The president met the NATO chief in Brussels on Monday.", "Police arrested 20 protesters, officials said.",
    "„Nikdy to nepřipustíme,“ řekl premiér.", "\"We will respond,\" the spokesman said.", "uvedl mluvčí",
    "according to the UN", "\u202eRTL\u202c", "שלום", "مرحبا", "Привет, мир.", "金正恩", "🇺🇦🙂👨‍👩‍👧", "\x00",
    "<script>alert(1)</script>", "'; DROP TABLE articles; --", "1' OR '1'='1", "\x07\x1b[31m", "\u2028", "\ufeff",
    "„", "“", "\"", "«", "»", "'", "…", "!!!", "...", "—", "(", "]", "Mr.", "U.S.", "1.", "\n\n", "\t",
]


class Tally:
    """Counts for the report."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def add(self, key: str, example: str = "") -> None:
        """Count one outcome; keep the first few examples of each kind."""
        self.counts[key] += 1
        if example and len(self.examples.setdefault(key, [])) < 12:
            self.examples[key].append(example[:300])


def hostile_cases(skip_huge: bool) -> Iterator[tuple[str, str, str | None]]:
    """(name, text, lang) for the named hostile inputs."""
    yield from [
        ("empty", "", None), ("whitespace", " \n\t\u00a0\u3000 ", None), ("nul", "Vláda\x00 to\x00 řekla.", "cs"),
        ("control", "".join(chr(i) for i in range(32)) * 50, None),
        ("rtl-mixed", "Premiér \u202eřekl\u202c, že שלום a مرحبا přijdou do Kyjeva. \"Ano,\" řekl.", "cs"),
        ("emoji", "Ministr 😀 přijel 👨‍👩‍👧 do Kyjeva 🇺🇦. „Ano,“ řekl 🙂.", "cs"),
        ("unbalanced-quotes", "„" * 3000 + "He said \"" * 2000, None),
        ("open-quote", "He said \"" + "go " * 5000, "en"),
        ("html", "<html><script>alert(1)</script><p>The minister met the envoy.</p></html>" * 200, None),
        ("sql", "'; DROP TABLE articles; -- '); SELECT * FROM x WHERE 1=1 OR ''=' " * 100, None),
        ("long-token", "a" * 200_000, "en"), ("long-tokens-spaced", ("x" * 50_000 + " ") * 4, "en"),
        ("punct-100k", "!" * 100_000, "en"), ("punct-100k-spaced", "! " * 100_000, "cs"),
        ("dots-100k", "." * 100_000, "cs"), ("commas", "Kyjev, " * 20_000, "cs"),
        ("binary-latin1", bytes(range(256)).decode("latin-1") * 200, None),
        ("cp1250-as-latin1", ("Žluťoučký kůň úpěl ďábelské ódy. " * 300).encode("cp1250").decode("latin-1"), None),
        ("surrogate", "Vláda to \ud800 odmítla.", "cs"),
        ("scripts-mixed", "Путин встретился с Kim Čong-un 金正恩 في موسكو. " * 100, None),
        ("one-paragraph-at-limit", ("The minister met the envoy and they said that " * 5_000)[:199_000], "en"),
        ("one-paragraph-over-limit", "The minister met the envoy. " * 40_000, "en"),
    ]
    if not skip_huge:
        yield ("ten-mb-paragraph", ("Vláda jednala s ministrem o sankcích a řekla, že " * (10 * MB // 48)), "cs")


def run_case(pipe: Pipeline, tally: Tally, name: str, text: str, lang: str | None, bound: float
             ) -> tuple[float, str]:
    """One article through the pipeline, classified into the tally; returns its seconds and outcome."""
    t0 = time.perf_counter()
    try:
        doc = pipe({"id": name, "text": text, "lang": lang})
    except Exception:
        tally.add("crashes", f"{name}: {traceback.format_exc(limit=3)}")
        return time.perf_counter() - t0, "crash"
    secs = time.perf_counter() - t0
    tally.add("inputs")
    if secs > bound:
        tally.add("hangs", f"{name}: {secs:.1f} s")
    if doc.status == "ok":
        tally.add("ok")
        for p in offset_problems(text, doc.to_dict()):
            tally.add("offset_problems", f"{name}: {p}")
    elif " failed: " in doc.reason:
        tally.add("component_errors", f"{name}: {doc.reason}")
    else:
        tally.add("rejected", f"{name}: {doc.reason}")
    found = f"{len(doc.quotes)} quotes, {len(doc.events)} events" if doc.status == "ok" else doc.reason[:90]
    return secs, f"{doc.status}: {found}"


def random_text(rng: random.Random) -> str:
    """A random hostile article: fragments, Unicode noise, long runs."""
    parts: list[str] = []
    for _ in range(rng.randint(0, 30)):
        kind = rng.random()
        if kind < 0.5:
            parts.append(rng.choice(FRAGMENTS))
        elif kind < 0.8:
            cps = (rng.randint(0, 0x2FFFF) for _ in range(rng.randint(1, 40)))  # surrogates: rarely, see below
            parts.append("".join(chr(c) for c in cps if not 0xD800 <= c <= 0xDFFF or rng.random() < 0.01))
        else:
            parts.append(rng.choice("!.\"„a \n-,") * rng.randint(1, 5000))
    return rng.choice([" ", "", "\n"]).join(parts)


def section_pipeline(pipe: Pipeline, n_random: int, skip_huge: bool, bound: float) -> Tally:
    """Named hostile inputs in both languages, then random ones."""
    tally, slowest = Tally(), (0.0, "")
    for name, text, lang in hostile_cases(skip_huge):
        secs, outcome = run_case(pipe, tally, name, text, lang, bound)
        slowest = max(slowest, (secs, name))
        print(f"  {name:26} {len(text):>10} chars {secs:7.2f} s  {outcome}", flush=True)
    rng = random.Random(8)
    for k in range(n_random):
        secs, _ = run_case(pipe, tally, f"random-{k}", random_text(rng), rng.choice(["cs", "en", None]), bound)
        slowest = max(slowest, (secs, f"random-{k}"))
    tally.examples["slowest"] = [f"{slowest[1]}: {slowest[0]:.2f} s"]
    return tally


def section_wmt(pipe: Pipeline, n: int) -> Tally:
    """Every wmt-news article: offsets valid, nothing rejected."""
    tally = Tally()
    for art in load()[:n]:
        run_case(pipe, tally, art["id"], art["text"], art.get("lang"), float("inf"))
    return tally


def section_readers(n: int) -> Tally:
    """Random bytes, wrong encodings and broken JSONL through both readers."""
    tally, rng = Tally(), random.Random(9)
    suffixes = [".txt", ".jsonl", ".html", ".xml", ".rss", ".md"]
    heads = [b"", b"{", b"<html>", b"<?xml version='1.0'?><rss>", b"<feed>", b"\xef\xbb\xbf", b"\x00"]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(n):
            body = rng.choice(heads) + random_text(rng).encode(rng.choice(["utf-8", "cp1250", "latin-1", "utf-16"]),
                                                               errors="replace")
            if rng.random() < 0.3:
                body += bytes(rng.randrange(256) for _ in range(rng.randint(0, 500)))
            path = Path(tmp) / f"item{k}{rng.choice(suffixes)}"
            path.write_bytes(body)
            for reader in (lambda p: iter_items([p], fetcher=None), lambda p: read_inputs([p], {})):
                read_one(tally, reader, str(path))
    return tally


def read_one(tally: Tally, reader: Callable[[str], Iterator[InputItem]], path: str) -> None:
    """One file through one reader: items must be articles or reasoned rejections."""
    tally.add("inputs")
    try:
        for item in reader(path):
            ok = item.data is not None and isinstance(item.data.get("text"), str)
            tally.add("articles" if ok else "rejected" if item.data is None and item.error else "malformed",
                      "" if ok or item.error else f"{path}: {item}")
    except Exception:
        tally.add("crashes", f"{path}: {traceback.format_exc(limit=3)}")


PARTIAL = ("SELECT COUNT(*) FROM articles a"
           " WHERE a.n_events != (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)"
           " OR a.n_quotes != (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)")


def store_batch(path: Path, n_good: int) -> tuple[set[str], int]:
    """A JSONL batch: good wmt-news articles (some twice) mixed with bad lines; returns good ids and bad count."""
    good = load()[:n_good]
    bad = ["{broken json", "[1, 2, 3]", '{"id": "no-text"}', "\x00\x01\x02",
           json.dumps({"id": "empty", "text": "   "}), json.dumps({"id": "huge", "text": "slovo " * 200_001}),
           json.dumps({"id": "surrogate", "text": "Vláda \ud800 to odmítla."}), '{"id": "num", "text": 42}']
    lines = [json.dumps({k: a[k] for k in ("id", "text", "lang", "title") if k in a}, ensure_ascii=False)
             for a in good]
    lines += lines[:3]  # the same articles again: duplicates, not new rows
    rng = random.Random(10)
    for b in bad:
        lines.insert(rng.randrange(len(lines) + 1), b)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {a["id"] for a in good}, len(bad)


def read_loop(url: str, done: threading.Event, out: Tally) -> None:
    """A reader with its own connection, querying while the writer ingests; every read must see whole articles."""
    store = open_store(url)
    last = 0
    while not done.is_set():
        try:
            n = store_stats(store)["articles"]
            find_events(store, EventFilter(), limit=50)
            search(store, "vláda")
            partial = int(store.db.scalar(PARTIAL) or 0)
        except Exception as exc:
            out.add("reader_errors", f"{type(exc).__name__}: {exc}")
            continue
        out.add("reads")
        if n < last:
            out.add("articles_went_back", f"{last} -> {n}")
        if partial:
            out.add("partial_articles_seen", f"{partial} at {n} articles")
        last = n
        time.sleep(0.05)
    store.close()


def section_store(n_good: int, readers: int) -> Tally:
    """Ingest a batch with bad items into a temp SQLite store with readers running; re-run; check nothing lost."""
    tally = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        batch, url = Path(tmp) / "batch.jsonl", str(Path(tmp) / "kronika.db")
        good, n_bad = store_batch(batch, n_good)
        store, done = open_store(url), threading.Event()
        threads = [threading.Thread(target=read_loop, args=(url, done, tally)) for _ in range(readers)]
        for t in threads:
            t.start()
        extract = pipeline_extractor()
        first = ingest(store, iter_items([str(batch)], fetcher=None), extract, progress=False, commit_every=5)
        done.set()
        for t in threads:
            t.join()
        second = ingest(store, iter_items([str(batch)], fetcher=None), extract, progress=False)
        check_store(store, tally, good, n_bad, first.to_dict(), second.to_dict())
        store.close()
    return tally


def check_store(store: Any, tally: Tally, good: set[str], n_bad: int, first: dict[str, Any],
                second: dict[str, Any]) -> None:
    """Every good article stored once with status ok; every bad item a rejection (row or article status)."""
    rows = store.db.query("SELECT ext_id, status, COUNT(*) AS n FROM articles GROUP BY ext_id, status")
    ok = {r["ext_id"]: r["n"] for r in rows if r["status"] == "ok"}
    rejected_articles = sum(r["n"] for r in rows if r["status"] != "ok")
    rejections = int(store.db.scalar("SELECT COUNT(*) FROM rejections") or 0)
    tally.counts.update(inputs=len(good) + 3 + n_bad, good=len(good), bad=n_bad, stored_ok=len(ok),
                        rejected_articles=rejected_articles, rejection_rows=rejections)
    tally.counts["data_lost"] += len(good - set(ok))
    tally.counts["duplicated"] += sum(n - 1 for n in ok.values())
    tally.counts["bad_unrecorded"] += n_bad - rejected_articles - rejections
    tally.counts["partial_articles"] += int(store.db.scalar(PARTIAL) or 0)
    tally.counts["rerun_stored"] += second["stored"]
    tally.examples["first_run"], tally.examples["second_run"] = [json.dumps(first)], [json.dumps(second)]
    for r in store.db.query("SELECT item, reason FROM rejections ORDER BY item"):
        tally.add("rejection_reasons", f"{r['item']}: {r['reason']}")


API_DATA = ROOT / "tests" / "api" / "data" / "extractions.jsonl"
TOKEN = "bench-token-0c1d"


@contextmanager
def store_urls(tmp: Path) -> Iterator[list[tuple[str, str]]]:
    """(dialect, url) of empty stores: a SQLite file, and a fresh schema on KRONIKA_TEST_PG when it is set."""
    base = os.environ.get("KRONIKA_TEST_PG")
    if not base:
        yield [("sqlite", str(tmp / "kronika.db"))]
        return
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield [("sqlite", str(tmp / "kronika.db")),
               ("postgresql", f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}")]
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def forced_errors(client: Any, url: str) -> list[tuple[str, int, int, bool]]:
    """(case, status, wanted, no internals) for errors forced by size and by a locked or missing SQLite store."""
    from kronika.api.audit import LEAKS

    auth = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    ten_mb = b'{"articles": [{"text": "' + b"x" * (10 * MB) + b'"}]}'
    cases = [("10 MB body", client.post("/api/articles", content=ten_mb, headers=auth), 413),
             ("10 MB streamed body", client.post("/api/articles", content=iter([ten_mb[i:i + 65536] for i in range(
                 0, len(ten_mb), 65536)]), headers=auth), 413),
             ("60 KB query", client.get("/api/events?text=" + "x" * 60_000), 414),
             ("60 KB path", client.get("/articles/" + "x" * 60_000), 414)]
    if url.startswith("postgres"):
        client.app.state.pool.close()
        client.app.state.pool.url = "postgresql://kronika@127.0.0.1:1/nowhere"  # the server is gone
        client.app.state.event_index = client.app.state.cache = None
        cases += [("unreachable server, API", client.get("/api/events"), 503),
                  ("unreachable server, page", client.get("/events"), 503)]
    else:
        import sqlite3

        client.app.state.extraction = lambda d: {**d, "actors": [], "quotes": [], "events": []}
        with client.app.state.pool.acquire() as store:
            store.db.execute("PRAGMA busy_timeout = 200")
        lock = sqlite3.connect(url, isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        body = {"articles": [{"text": "Vláda schválila rozpočet."}]}
        cases.append(("locked store, write", client.post("/api/articles", json=body, headers=auth), 503))
        cases.append(("locked store, read", client.get("/api/events"), 200))
        lock.execute("ROLLBACK")
        lock.close()
        client.app.state.pool.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{url}{suffix}").unlink(missing_ok=True)
        Path(url).mkdir()  # no database can be opened at the store's path now
        client.app.state.event_index = client.app.state.cache = None
        cases += [("missing store, API", client.get("/api/events"), 503), ("missing store, page", client.get("/"), 503)]
    return [(name, r.status_code, want, not LEAKS.search(r.text)) for name, r, want in cases]


def section_api() -> Tally:
    """The security audit of every route (all injection strings), then forced errors, per dialect."""
    from fastapi.testclient import TestClient

    from kronika.api import ServeConfig, create_app
    from kronika.api.audit import audit

    tally = Tally()
    logging.disable(logging.ERROR)  # the audit provokes logged errors on purpose
    with tempfile.TemporaryDirectory() as tmp, store_urls(Path(tmp)) as urls:
        for dialect, url in urls:
            with open_store(url) as store:
                for line in API_DATA.read_text(encoding="utf-8").splitlines():
                    store.write(json.loads(line))
            cfg = ServeConfig(db=url, token=TOKEN, max_body_bytes=50_000, max_text_chars=5_000, max_batch=3)
            app = create_app(cfg)
            with TestClient(app, raise_server_exceptions=False) as client:
                with open_store(url) as store:
                    report = audit(app, client, store, cfg)
                tally.counts.update({k: v for k, v in report.counts.items() if not k[-1].isdigit()})  # not per status
                tally.counts["api_problems"] += len(report.problems)
                for problem in report.problems:
                    tally.add("api_problem_examples", f"{dialect}: {problem}")
                for name, status, want, clean in forced_errors(client, url):
                    tally.counts["forced_errors"] += 1
                    if status != want or not clean:
                        tally.counts["api_problems"] += 1
                    tally.add(f"forced_{dialect}", f"{name}: {status} (want {want}){'' if clean else ' LEAK'}")
            tally.examples[f"audit_{dialect}"] = [json.dumps(dict(report.counts))]
    logging.disable(logging.NOTSET)
    return tally


def section_crash(rounds: int, per_round: int, readers: int) -> Tally:
    """kill -9 at seeded random points of `kronika ingest`, re-run, check, with readers querying throughout."""
    tally = Tally()
    with tempfile.TemporaryDirectory() as tmp, store_urls(Path(tmp)) as urls:
        for dialect, url in urls:
            work = Path(tmp) / dialect
            work.mkdir()
            out = run_rounds(url, work, rounds, per_round, readers, seed=12)
            tally.counts.update(out.counts)
            tally.examples[f"kills_{dialect}"] = out.kills
            tally.examples[f"problems_{dialect}"] = out.problems[:12]
    return tally


def section_encodings() -> Tally:
    """Eight encodings through the text, JSONL, HTML and feed ingesters, declared, undeclared and falsely declared."""
    tally = Tally()
    counts, lines = matrix()
    tally.counts.update({"encoding_cases": sum(counts.values()), "encoding_ok": counts["ok"],
                         "encoding_rejected": counts["rejected"], "mojibake": counts["mojibake"],
                         "crashes": counts["crash"]})
    tally.examples["not_ok"] = [line[:160] for line in lines if " ok " not in line]
    return tally


def section_inputs(max_seconds: float, skip_huge: bool) -> Tally:
    """The issue's inputs through `kronika ingest` (.txt files into a store), and a 10 MB paragraph allowed."""
    tally = Tally()
    named = {"html-as-text": "<html><body><script>alert(1)</script><p>The minister met the envoy in Kyiv on "
                             "Monday.</p><p>\"We agreed,\" he said.</p></body></html>",
             "rtl-mixed": "Premiér \u202eřekl\u202c, že שלום a مرحبا přijdou do Kyjeva. „Ano,“ řekl ministr.",
             "emoji": "Ministr 😀 přijel 👨‍👩‍👧 do Kyjeva 🇺🇦. „Dohodli jsme se 🙂,“ řekl ministr Lipavský.",
             "unbalanced-quotes": "„Nikdy to nepřipustíme, řekl premiér. \"We will respond, the spokesman said. »"}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in named.items():
            (Path(tmp) / f"{name}.txt").write_text(text, encoding="utf-8")
        store = open_store(str(Path(tmp) / "k.db"))
        report = ingest(store, iter_items([tmp], fetcher=None), pipeline_extractor(), progress=False)
        for row in store.db.query("SELECT * FROM articles ORDER BY ext_id"):
            art = article_dict(store, row)
            problems = offset_problems(art["text"], art)
            tally.add("inputs")
            tally.counts["offset_problems"] += len(problems)
            tally.add("ingested", f"{art['id']}: {art['status']}, {len(art['quotes'])} quotes, "
                                  f"{len(art['events'])} events, {len(problems)} offset problems")
        tally.counts["rejected"] += report.rejected
        store.close()
    if not skip_huge:
        text = "Vláda jednala s ministrem o sankcích a řekla, že " * (10 * MB // 48)
        pipe = Pipeline(Settings.load(max_chars=len(text) + 1, max_seconds=max_seconds))
        secs, outcome = run_case(pipe, tally, "ten-mb-raised-limit", text, "cs", max_seconds + 60)
        tally.examples["ten_mb_raised_limit"] = [f"{len(text)} chars, max_seconds {max_seconds}: {secs:.1f} s, "
                                                 f"{outcome}"]
    return tally


def atheris_main(runs: int) -> None:
    """Coverage-guided fuzzing of the pipeline (atheris); exits with the crash input on the first failure."""
    import atheris

    pipe = Pipeline(Settings.load(max_seconds=30.0))

    def one(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        lang = fdp.PickValueInList(["cs", "en", ""])
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        doc = pipe({"id": "atheris", "text": text, "lang": lang or None})
        if doc.status == "ok":
            problems = offset_problems(text, doc.to_dict())
            if problems:
                raise AssertionError(problems[:3])
        elif not doc.reason or " failed: " in doc.reason:
            raise AssertionError(f"component error: {doc.reason}")

    atheris.instrument_all()  # coverage of every loaded Python function (kronika's included) guides the search
    atheris.Setup([sys.argv[0], f"-runs={runs}", "-max_len=4096", "-len_control=0"], one)
    atheris.Fuzz()


def summary(sections: dict[str, Tally]) -> dict[str, Any]:
    """The headline figures over all sections."""
    c: Counter[str] = Counter()
    for t in sections.values():
        c.update(t.counts)
    return {"inputs_tried": c["inputs"], "crashes": c["crashes"], "hangs": c["hangs"],
            "offset_problems": c["offset_problems"], "component_errors": c["component_errors"],
            "data_lost": c["data_lost"], "duplicated": c["duplicated"], "bad_unrecorded": c["bad_unrecorded"],
            "partial_articles_seen": c["partial_articles_seen"] + c["partial_articles"] + c["partial_seen"],
            "reader_errors": c["reader_errors"], "fts_inconsistent": c["fts_inconsistent"],
            "crash_rounds_killed": c["kills"], "api_requests": c["requests"], "api_problems": c["api_problems"],
            "mojibake": c["mojibake"]}


def main() -> None:
    """Run every section and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--random", type=int, default=300, help="random hostile articles through the pipeline")
    ap.add_argument("--files", type=int, default=300, help="random files through both readers")
    ap.add_argument("--wmt", type=int, default=628, help="wmt-news articles to check (all: 628)")
    ap.add_argument("--store", type=int, default=40, help="good articles in the store batch")
    ap.add_argument("--readers", type=int, default=2, help="concurrent reader threads during the ingest")
    ap.add_argument("--skip-huge", action="store_true", help="leave out the 10 MB paragraph")
    ap.add_argument("--crash-rounds", type=int, default=10, help="kill -9 rounds during ingest (per dialect)")
    ap.add_argument("--crash-articles", type=int, default=200, help="new articles per kill -9 round")
    ap.add_argument("--huge-seconds", type=float, default=Settings().max_seconds,
                    help="max_seconds for the 10 MB paragraph with max_chars raised to 10 MB")
    ap.add_argument("--only", default="", help="comma-separated sections to run (default: all)")
    ap.add_argument("--atheris", type=int, default=0, help="only run atheris for this many inputs")
    args = ap.parse_args()
    if args.atheris:
        atheris_main(args.atheris)
        return
    pipe = Pipeline()
    bound = pipe.settings.max_seconds + 30.0
    sections: dict[str, Tally] = {}
    steps: list[tuple[str, Callable[[], Tally]]] = [
        ("pipeline", lambda: section_pipeline(pipe, args.random, args.skip_huge, bound)),
        ("readers", lambda: section_readers(args.files)),
        ("wmt-news", lambda: section_wmt(pipe, args.wmt)),
        ("store", lambda: section_store(args.store, args.readers)),
        ("api", section_api),
        ("crash", lambda: section_crash(args.crash_rounds, args.crash_articles, args.readers)),
        ("encodings", section_encodings),
        ("inputs", lambda: section_inputs(args.huge_seconds, args.skip_huge))]
    only = {x for x in args.only.split(",") if x}
    for name, run in steps:
        if only and name not in only:
            continue
        t0 = time.perf_counter()
        sections[name] = run()
        print(f"{name}: {dict(sections[name].counts)} ({time.perf_counter() - t0:.0f} s)", flush=True)
        for key, ex in sections[name].examples.items():
            print(f"  {key}: " + "\n    ".join(ex), flush=True)
    print(json.dumps(summary(sections)))


if __name__ == "__main__":
    main()
