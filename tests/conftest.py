"""Shared fixtures: one pipeline per test session (models load once), paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, loaded once."""
    return Pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled reference article."""
    return (EXAMPLES / "seed-putin-dprk.txt").read_text(encoding="utf-8")
