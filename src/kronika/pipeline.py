"""Pipeline: components registered by name, assembled from settings, checked at start-up."""

from __future__ import annotations

import importlib
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .model import Article, Doc
from .settings import Settings

log = logging.getLogger(__name__)
_SURROGATE = re.compile("[\ud800-\udfff]")


class Component(Protocol):
    """A pipeline step: takes the Doc, adds its own fields, returns it."""

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True)
class Registration:
    """What a component needs from earlier steps and what it adds."""

    name: str
    factory: Callable[[Settings], Component]
    requires: tuple[str, ...]
    provides: tuple[str, ...]


REGISTRY: dict[str, Registration] = {}
# Modules that register the built-in components when imported.
BUILTIN_MODULES = ("kronika.nlp.parse", "kronika.extractors.actors", "kronika.extractors.dates",
                   "kronika.extractors.quotes", "kronika.extractors.events")


def component(name: str, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()
              ) -> Callable[[Callable[[Settings], Component]], Callable[[Settings], Component]]:
    """Register a component factory under a name (decorator)."""
    def wrap(factory: Callable[[Settings], Component]) -> Callable[[Settings], Component]:
        REGISTRY[name] = Registration(name, factory, requires, provides)
        return factory
    return wrap


def _load_builtins() -> None:
    for mod in BUILTIN_MODULES:
        importlib.import_module(mod)


def check(names: Iterable[str]) -> list[Registration]:
    """Resolve component names and verify each one's requirements are provided earlier."""
    _load_builtins()
    have: set[str] = {"article"}
    regs = []
    for name in names:
        if name not in REGISTRY:
            raise ValueError(f"unknown pipeline component '{name}' (known: {', '.join(sorted(REGISTRY))})")
        reg = REGISTRY[name]
        missing = [r for r in reg.requires if r not in have]
        if missing:
            raise ValueError(f"component '{name}' needs {', '.join(missing)}, which no earlier step provides")
        have.update(reg.provides)
        regs.append(reg)
    return regs


class Pipeline:
    """Loads models once and turns articles into Docs; use `pipe` for many."""

    def __init__(self, settings: Settings | None = None, **overrides: Any) -> None:
        if settings is not None and overrides:  # they would be dropped without a word
            raise ValueError(f"give settings or keyword overrides, not both (got {', '.join(sorted(overrides))}); "
                             "use Settings.load(path, **overrides)")
        self.settings = settings or Settings.load(**overrides)
        self.registrations = check(self.settings.components)
        self.components: list[tuple[str, Component]] = [
            (r.name, r.factory(self.settings)) for r in self.registrations]

    @property
    def names(self) -> list[str]:
        """Component names in run order."""
        return [n for n, _ in self.components]

    def __call__(self, article: Article | dict[str, Any] | str, **meta: Any) -> Doc:
        """Run every component over one article; a failing step rejects the doc with a reason."""
        art = _as_article(article, meta)
        doc = Doc(article=art, lang=art.lang or "")
        if len(art.text) > self.settings.max_chars:
            return _reject(doc, f"text too long: {len(art.text)} chars > max_chars {self.settings.max_chars}")
        if not art.text.strip():
            return _reject(doc, "empty text")
        if not art.text.isascii() and _SURROGATE.search(art.text):
            return _reject(doc, "text is not valid Unicode: unpaired surrogate code point")
        t0, budget = time.monotonic(), self.settings.max_seconds
        for name, comp in self.components:
            try:
                doc = comp(doc)
            except Exception as exc:  # one bad article must not stop a batch
                log.exception("component %s failed on %s", name, art.id)
                return _reject(doc, f"{name} failed: {type(exc).__name__}: {exc}")
            if doc.status != "ok":
                break
            if budget and time.monotonic() - t0 > budget:
                return _reject(doc, f"over the time budget: {budget:g} s (max_seconds) spent by the end of '{name}'")
        return doc

    def pipe(self, articles: Iterable[Article | dict[str, Any] | str]) -> Iterator[Doc]:
        """Process many articles, one Doc each, in order."""
        for a in articles:
            yield self(a)


def _as_article(article: Article | dict[str, Any] | str, meta: dict[str, Any]) -> Article:
    if isinstance(article, Article):
        return article
    if isinstance(article, str):
        return Article.from_dict({"text": article, **meta}, default_id=meta.get("id") or "doc")
    return Article.from_dict({**article, **meta})


def _reject(doc: Doc, reason: str) -> Doc:
    doc.status, doc.reason = "rejected", reason
    return doc
