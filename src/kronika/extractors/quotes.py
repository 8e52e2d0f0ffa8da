"""The `quotes` component (being built: see the issue tracker)."""

from __future__ import annotations

from ..model import Doc
from ..pipeline import component
from ..settings import Settings


class Quotes:
    """Placeholder until the quotes step lands: adds nothing."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        """Return the doc unchanged."""
        return doc


@component("quotes", requires=("tokens", "mentions"), provides=("quotes",))
def make_quotes(settings: Settings) -> Quotes:
    """Factory for the quotes component."""
    return Quotes(settings)
