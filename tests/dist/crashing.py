"""A Dask worker preload for tests: a component that kills its process on a marker, like a segfault would."""

from __future__ import annotations

import os

from kronika.model import Doc
from kronika.pipeline import component
from kronika.settings import Settings

MARKER = "KRONIKA-TEST-KILL-WORKER"


class CrashOnMarker:
    """Ends the whole worker process when the text carries the marker; otherwise does nothing."""

    def __call__(self, doc: Doc) -> Doc:
        """Exit hard (no exception to catch) on the marker."""
        if MARKER in doc.text:
            os._exit(13)
        return doc


@component("crash_on_marker", requires=("tokens",))
def make_crash(settings: Settings) -> CrashOnMarker:
    """Factory for the test component."""
    return CrashOnMarker()
