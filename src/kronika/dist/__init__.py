"""Scale-out: the per-article extraction mapped over input partitions on a Dask cluster, Parquet out."""

from __future__ import annotations

from .partition import Partition, count_articles, partitions
from .runner import BatchConfig, BatchReport, run_batch

__all__ = ["BatchConfig", "BatchReport", "Partition", "count_articles", "partitions", "run_batch"]
