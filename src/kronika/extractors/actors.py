"""The `actors` component (being built: see the issue tracker)."""

from __future__ import annotations

from ..model import Doc
from ..pipeline import component
from ..settings import Settings


class Actors:
    """Placeholder until the actors step lands: adds nothing."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        """Return the doc unchanged."""
        return doc


@component("actors", requires=("tokens",), provides=("mentions", "actors"))
def make_actors(settings: Settings) -> Actors:
    """Factory for the actors component."""
    return Actors(settings)
