"""Exports from the store: JSON lines round trip, PLOVER records, GDELT rows, Parquet for pandas/DuckDB users."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from kronika.export import GDELT_COLUMNS, export
from kronika.export.codes import split_code
from kronika.ingest import ingest, iter_items
from kronika.store import EventFilter, Store, iter_articles, open_store, store_stats

SAMPLES = Path(__file__).resolve().parents[1] / "store" / "data" / "extractions.jsonl"


@pytest.fixture
def filled(fill_store: Callable[[Path], Store]) -> Store:
    """A store holding the three hand-made sample articles (5 events)."""
    return fill_store(SAMPLES)


def test_export_codes_split_country_group_types() -> None:
    assert split_code("RUSGOV") == split_code("RUSGOV").__class__("RUSGOV", "RUS", "", ("GOV",))
    assert (split_code("IGOUNO").country, split_code("IGOUNO").group, split_code("IGOUNO").types) == (
        "", "UNO", ("IGO",))
    assert (split_code("PRK").country, split_code("USAMILREB").types) == ("PRK", ("MIL", "REB"))
    assert split_code(None).code == ""


def test_export_jsonl_reingests_to_the_same_store(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert export(filled, "jsonl", str(out)) == 3
    with open_store(str(tmp_path / "copy.db")) as copy:
        report = ingest(copy, iter_items([str(out)]), None, precomputed=True, progress=False)
        assert report.stored == 3
        assert list(iter_articles(copy)) == list(iter_articles(filled))
    again = ingest(filled, iter_items([str(out)]), None, precomputed=True, progress=False)
    assert (again.stored, again.duplicates) == (0, 3)


def test_export_plover_records(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.plover.jsonl"
    assert export(filled, "plover", str(out)) == 5
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    visit = recs[0]
    assert visit["event"] == ["CONSULT"] and visit["mode"] == ["visit"] and visit["date"] == "2024-06-18"
    assert visit["actor"] == [{"code": "RUS", "sector": "GOV", "entity_text": "Vladimir Putin",
                               "identifier_text": "Vladimir Putin", "full_code": "RUSGOV"}]
    assert visit["recipient"][0]["code"] == "PRK" and visit["quad_code"] == 1
    assert visit["cite_info"]["url"] == "https://example.org/cs-visit"
    undated = recs[2]
    assert undated["date"] == "2024-06-19"  # no date of its own: the article's publication date
    assert undated["attributed_to"]["code"] == "KORGOV"
    assert len({r["id"] for r in recs}) == 5
    sanction = recs[3]
    assert sanction["actor"][0]["code"] == "UNO" and sanction["actor"][0]["sector"] == "IGO"


def test_export_gdelt_rows_in_gdelt_order(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.csv"
    assert export(filled, "gdelt", str(out), EventFilter(actor="PRK"), header=True) == 3
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert rows[0] == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    assert all(len(r) == 61 for r in rows)
    visit = dict(zip(rows[0], rows[1], strict=True))
    assert (visit["Day"], visit["MonthYear"], visit["Year"]) == ("20240618", "202406", "2024")
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (visit["Actor2Code"], visit["Actor2Name"]) == ("PRK", "SEVERNÍ KOREA")
    assert (visit["EventCode"], visit["EventBaseCode"], visit["EventRootCode"]) == ("042", "042", "04")
    assert (visit["IsRootEvent"], visit["QuadClass"], visit["GoldsteinScale"]) == ("1", "1", "1.9")
    assert visit["SOURCEURL"] == "https://example.org/cs-visit" and len(visit["DATEADDED"]) == 14
    sanction = dict(zip(rows[0], rows[3], strict=True))
    assert (sanction["Actor1KnownGroupCode"], sanction["Actor1Type1Code"]) == ("UNO", "IGO")


def test_export_gdelt_free_form_published_leaves_dates_empty(store_url: str, tmp_path: Path) -> None:
    with open_store(store_url) as store:
        store.write({"id": "odd", "text": "Russia condemned the strike.", "published": "18/06/2024", "actors": [],
                     "quotes": [], "events": [{"type": "DISAPPROVE", "cameo": "111", "trigger": "condemned",
                                                "quad_class": 3, "goldstein": -2.0, "sentence": 0}]})
        out = tmp_path / "odd.gdelt.csv"
        assert export(store, "gdelt", str(out)) == 1
    row = dict(zip(GDELT_COLUMNS, out.read_text(encoding="utf-8").rstrip("\n").split("\t"), strict=True))
    assert (row["Day"], row["MonthYear"], row["Year"], row["EventCode"]) == ("", "", "", "111")


def test_export_parquet_columns_and_filter(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export(filled, "parquet", str(out)) == 5
    table = pq.read_table(out)
    assert table.num_rows == 5
    rows = table.to_pylist()
    assert rows[0]["source_code"] == "RUSGOV" and rows[0]["goldstein"] == 1.9 and rows[0]["negated"] is False
    assert [r["negated"] for r in rows].count(True) == 1
    assert str(table.schema.field("quad_class").type) == "int64"
    only = tmp_path / "dis.parquet"
    assert export(filled, "parquet", str(only), EventFilter(type="DISAPPROVE")) == 2
    empty = tmp_path / "none.parquet"
    assert export(filled, "parquet", str(empty), EventFilter(actor="XYZ")) == 0
    assert pq.read_table(empty).num_rows == 0 and store_stats(filled)["events"] == 5


def test_export_rejects_bad_requests(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="whole articles"):
        export(filled, "jsonl", str(tmp_path / "x.jsonl"), EventFilter(actor="RUS"))
    with pytest.raises(ValueError, match="unknown export format"):
        export(filled, "xml", str(tmp_path / "x.xml"))
