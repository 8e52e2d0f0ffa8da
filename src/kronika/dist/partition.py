"""Cutting the input stream into fixed-size partitions with deterministic ids and fingerprints."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..io import InputItem, read_inputs


@dataclass
class Partition:
    """A run of consecutive input articles; its id comes from its position, its fingerprint from its content."""

    index: int
    items: list[InputItem]
    fingerprint: str

    @property
    def id(self) -> str:
        """Stable name of the partition, also its file name stem."""
        return partition_id(self.index)


def partition_id(index: int) -> str:
    """The name of the partition at a position in the input stream."""
    return f"part-{index:06d}"


def fingerprint(items: list[InputItem], salt: str) -> str:
    """A hash of the partition's articles (ids, texts, metadata) and the run's settings."""
    h = hashlib.sha256(salt.encode("utf-8"))
    for it in items:
        h.update(it.id.encode("utf-8") + b"\x00")
        if it.data is not None:
            h.update(json.dumps(it.data, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
        else:
            h.update(b"error:" + it.error.encode("utf-8"))
        h.update(b"\x01")
    return h.hexdigest()[:20]


def partitions(paths: list[str], defaults: dict[str, Any], size: int, salt: str = "") -> Iterator[Partition]:
    """Stream the inputs as partitions of `size` articles (the last may be shorter)."""
    if size < 1:
        raise ValueError(f"partition size must be at least 1, not {size}")
    batch: list[InputItem] = []
    index = 0
    for item in read_inputs(paths, defaults):
        batch.append(item)
        if len(batch) == size:
            yield Partition(index, batch, fingerprint(batch, salt))
            index += 1
            batch = []
    if batch:
        yield Partition(index, batch, fingerprint(batch, salt))


def count_articles(paths: list[str], defaults: dict[str, Any]) -> int | None:
    """How many input items there are (for progress and ETA); None when reading stdin, which can't be read twice."""
    if "-" in paths:
        return None
    return sum(1 for _ in read_inputs(paths, defaults))
