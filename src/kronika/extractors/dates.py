"""The `dates` component (being built: see the issue tracker)."""

from __future__ import annotations

from ..model import Doc
from ..pipeline import component
from ..settings import Settings


class Dates:
    """Placeholder until the dates step lands: adds nothing."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        """Return the doc unchanged."""
        return doc


@component("dates", requires=("tokens",), provides=("timexes",))
def make_dates(settings: Settings) -> Dates:
    """Factory for the dates component."""
    return Dates(settings)
