"""Ingestion: files, folders, JSONL, HTML pages, RSS/Atom feeds and URLs into the store."""

from __future__ import annotations

from .runner import IngestReport, ingest, ingest_one, pipeline_extractor
from .sources import count_items, is_precomputed, iter_items

__all__ = ["IngestReport", "count_items", "ingest", "ingest_one", "is_precomputed", "iter_items",
           "pipeline_extractor"]
