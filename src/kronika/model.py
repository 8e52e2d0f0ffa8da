"""The document model: one Doc flows through the pipeline and each step fills its own fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]


@dataclass
class Article:
    """An input article: raw text plus the metadata the caller knows."""

    id: str
    text: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    conllu: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any], default_id: str = "") -> Article:
        """Build an article from a JSON object of the input contract."""
        text = d.get("text")
        if not isinstance(text, str):
            raise ValueError("article has no 'text' string")
        pub = d.get("published")
        return cls(
            id=str(d.get("id") or default_id),
            text=text,
            lang=d.get("lang") or None,
            published=str(pub)[:10] if pub else None,
            title=d.get("title"),
            url=d.get("url"),
            source=d.get("source"),
            conllu=d.get("conllu"),
        )


@dataclass
class Token:
    """A word with its UD annotation; `i` and `head` are indices into Doc.tokens."""

    i: int
    text: str
    lemma: str
    upos: str
    feats: dict[str, str]
    head: int
    deprel: str
    start: int
    end: int
    sent: int
    ws: bool = True

    def feat(self, name: str) -> str | None:
        """One morphological feature value, or None when absent."""
        return self.feats.get(name)


@dataclass
class Sentence:
    """A sentence as a token range [start, end) with its character span."""

    i: int
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass
class Mention:
    """A stretch of text that names or describes an actor."""

    start: int  # first token index
    end: int  # one past the last token
    text: str
    span: Span
    code: str | None
    name: str
    kind: str  # PER, GPE, ORG, IGO, GRP
    head: int  # token that carries the mention's syntactic role
    actor_id: str | None = None
    rule: str = ""
    status: str = "resolved"  # resolved | unresolved
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the mention."""
        d: dict[str, Any] = {"text": self.text, "span": list(self.span), "code": self.code, "name": self.name,
                             "kind": self.kind, "rule": self.rule}
        if self.status != "resolved":
            d["status"], d["reason"] = self.status, self.reason
        return d


@dataclass
class Actor:
    """A canonical actor in the article, with all its mentions."""

    id: str
    name: str
    code: str | None
    kind: str
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the actor."""
        return {"id": self.id, "name": self.name, "code": self.code, "type": self.kind,
                "mentions": [{"text": m.text, "span": list(m.span)} for m in self.mentions]}


@dataclass
class ArgRef:
    """An actor filling a role (source, target, speaker) at one place in the text."""

    code: str | None
    name: str
    text: str
    span: Span | None

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the role filler."""
        return {"code": self.code, "name": self.name, "text": self.text,
                "span": list(self.span) if self.span else None}


@dataclass
class Quote:
    """Direct or indirect reported speech with its speaker."""

    text: str
    span: Span
    direct: bool
    speaker: ArgRef | None
    cue: str | None = None
    cue_span: Span | None = None
    sentence: int = 0
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the quote."""
        return {"text": self.text, "span": list(self.span), "direct": self.direct,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue, "cue_span": list(self.cue_span) if self.cue_span else None,
                "sentence": self.sentence, "rule": self.rule}


@dataclass
class TimeExpr:
    """A time expression resolved against the publication date."""

    text: str
    span: Span
    value: str | None  # ISO date, month (YYYY-MM) or year (YYYY)
    granularity: str  # day | month | year | unknown
    sentence: int
    start: int  # first token index
    end: int
    rule: str = ""


@dataclass
class Event:
    """One actor doing one thing to (optionally) another actor."""

    type: str
    mode: str | None
    cameo: str
    goldstein: float | None
    quad_class: int | None
    source: ArgRef | None
    target: ArgRef | None
    trigger: str
    span: Span
    sentence: int
    date: str | None = None
    date_granularity: str | None = None
    attributed_to: ArgRef | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    rule: str = ""
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def key(self) -> tuple[str, str, str, str]:
        """Identity for within-article deduplication."""
        src = self.source.code if self.source and self.source.code else "-"
        tgt = self.target.code if self.target and self.target.code else "-"
        return (self.type, src, tgt, self.date or "-")

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the event."""
        return {
            "type": self.type, "mode": self.mode, "cameo": self.cameo, "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date, "date_granularity": self.date_granularity,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "negated": self.negated, "future": self.future, "hypothetical": self.hypothetical,
            "sentence": self.sentence, "span": list(self.span), "trigger": self.trigger,
            "rule": self.rule, "mentions": self.mentions,
        }


@dataclass
class Doc:
    """The extraction for one article: every pipeline step adds its own fields."""

    article: Article
    lang: str = ""
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    status: str = "ok"  # ok | rejected
    reason: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The article text."""
        return self.article.text

    def sent_tokens(self, s: Sentence) -> list[Token]:
        """The tokens of one sentence."""
        return self.tokens[s.start:s.end]

    def children(self, i: int) -> list[Token]:
        """Dependents of token i, in text order (within its sentence)."""
        s = self.sentences[self.tokens[i].sent]
        return [t for t in self.tokens[s.start:s.end] if t.head == i and t.i != i]

    def span_text(self, start: int, end: int) -> str:
        """Text covered by tokens [start, end)."""
        return self.text[self.tokens[start].start:self.tokens[end - 1].end]

    def to_dict(self) -> dict[str, Any]:
        """JSON form per the output contract (schema SCHEMA_VERSION)."""
        a = self.article
        d: dict[str, Any] = {
            "schema": SCHEMA_VERSION, "id": a.id, "lang": self.lang or a.lang, "published": a.published,
            "title": a.title, "url": a.url, "status": self.status,
            "actors": [x.to_dict() for x in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }
        if self.status != "ok":
            d["reason"] = self.reason
        return d
