"""The quote around a character span, found through quotes sorted once per document."""

from __future__ import annotations

from bisect import bisect_right

from ..model import Quote, Span


class QuoteIndex:
    """Quotes with a speaker, sorted by start once per document, so that finding the quote around a trigger
    does not rescan every quote (a long single-paragraph article has thousands of triggers and quotes)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(((q.span[0], n, q) for n, q in enumerate(quotes) if q.speaker is not None),
                             key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.quotes]
        self.reach: list[int] = []  # the furthest end among quotes[:k + 1]
        for _, _, q in self.quotes:
            self.reach.append(max(q.span[1], self.reach[-1] if self.reach else q.span[1]))

    def at(self, span: Span) -> Quote | None:
        """The (first listed) quote whose text span contains a character span."""
        best: tuple[int, Quote] | None = None
        k = bisect_right(self.starts, span[0]) - 1
        while k >= 0 and self.reach[k] >= span[1]:  # no earlier quote reaches the span's end: stop
            _, n, q = self.quotes[k]
            if span[1] <= q.span[1] and (best is None or n < best[0]):
                best = (n, q)
            k -= 1
        return best[1] if best else None
