"""The `events` component (being built: see the issue tracker)."""

from __future__ import annotations

from ..model import Doc
from ..pipeline import component
from ..settings import Settings


class Events:
    """Placeholder until the events step lands: adds nothing."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        """Return the doc unchanged."""
        return doc


@component("events", requires=("tokens", "mentions", "timexes", "quotes"), provides=("events",))
def make_events(settings: Settings) -> Events:
    """Factory for the events component."""
    return Events(settings)
