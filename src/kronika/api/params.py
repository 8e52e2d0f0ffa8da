"""Validated request parameters, shared by the JSON API and the HTML pages (one meaning per name)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..store import EventFilter

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # no filter value has these; PostgreSQL cannot even compare a NUL
Ident = Annotated[str, Path(min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f]+$",
                            description="an article id or content hash, or an actor code or name")]
ActorRef = Annotated[str | None, Field(min_length=1, max_length=200,
                                       description="CAMEO code prefix (RUS matches RUSGOV) or canonical name")]
Sort = Literal["-day", "day", "-goldstein", "goldstein", "type", "-type"]


class Params(BaseModel):
    """Base: unknown parameters are errors; an empty form field means 'not given'."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_default(cls, v: Any, info: ValidationInfo) -> Any:
        if isinstance(v, str) and not v.strip() and info.field_name:
            return cls.model_fields[info.field_name].default
        if isinstance(v, str) and CONTROL.search(v):
            raise ValueError("control characters are not allowed")
        return v.strip() if isinstance(v, str) else v

    def given(self) -> dict[str, Any]:
        """The parameters that were set (for echoing and for building page links)."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class FilterParams(Params):
    """Event filters, as `kronika events` takes them."""

    actor: ActorRef = None
    source: ActorRef = None
    target: ActorRef = None
    type: Annotated[str | None, Field(pattern=r"^[A-Za-z_]{2,30}$",
                                      description="PLOVER event type, e.g. CONSULT")] = None
    quad: Annotated[int | None, Field(ge=1, le=4, description="quad class 1-4")] = None
    since: Annotated[str | None, Field(pattern=DATE, description="from YYYY[-MM[-DD]]")] = None
    until: Annotated[str | None, Field(pattern=DATE,
                                       description="until YYYY[-MM[-DD]], inclusive (2024-06 = all June)")] = None
    text: Annotated[str | None, Field(max_length=300,
                                      description="articles containing all these words")] = None
    attributed_to: ActorRef = None
    article: Annotated[str | None, Field(max_length=300, description="the article's id")] = None

    @field_validator("since", "until")
    @classmethod
    def _real_date(cls, v: str | None) -> str | None:
        if v is not None:
            y, m, d = (int(x) for x in ([*v.split("-"), "01", "01"])[:3])
            date(y, m, d)  # ValueError (-> 422) for month 13 or 31 February
        return v

    @model_validator(mode="after")
    def _pairs(self) -> FilterParams:
        if (self.source is None) != (self.target is None):
            raise ValueError("a dyad needs both source and target (use actor for either side)")
        if self.since and self.until and self.since > self.until:
            raise ValueError("since is after until")
        return self

    def to_filter(self) -> EventFilter:
        """The store's filter for these parameters."""
        dyad = (self.source, self.target) if self.source and self.target else None
        return EventFilter(actor=self.actor, dyad=dyad, type=self.type, quad=self.quad, since=self.since,
                           until=self.until, text=self.text, attributed_to=self.attributed_to, article=self.article)


class EventParams(FilterParams):
    """Filters plus order and paging."""

    sort: Sort = "-day"
    limit: Annotated[int, Field(ge=1, le=500)] = 50
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class TimelineParams(FilterParams):
    """Filters plus the period length."""

    bucket: Literal["day", "week", "month"] = "week"


class DyadParams(FilterParams):
    """Filters plus how many pairs."""

    limit: Annotated[int, Field(ge=1, le=1000)] = 100


class ActorListParams(Params):
    """Which actors to list."""

    actor: ActorRef = None
    limit: Annotated[int, Field(ge=1, le=1000)] = 100


class QuoteParams(Params):
    """Quotes by speaker and words."""

    speaker: ActorRef = None
    text: Annotated[str | None, Field(max_length=300)] = None
    limit: Annotated[int, Field(ge=1, le=500)] = 50


class SearchParams(Params):
    """Full-text search."""

    q: Annotated[str | None, Field(max_length=300, description="words that must all occur")] = None
    limit: Annotated[int, Field(ge=1, le=200)] = 20


class ArticlesPage(Params):
    """A page of the article list."""

    limit: Annotated[int, Field(ge=1, le=200)] = 20
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class ArticleIn(BaseModel):
    """One article to extract or ingest."""

    model_config = ConfigDict(extra="forbid")

    id: Annotated[str | None, Field(max_length=300)] = None
    text: Annotated[str, Field(min_length=1, description="the article text")]
    lang: Annotated[str | None, Field(pattern=r"^[a-z]{2}$")] = None
    published: Annotated[str | None, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None
    title: Annotated[str | None, Field(max_length=1000)] = None
    url: Annotated[str | None, Field(max_length=2000)] = None

    @field_validator("id", "text", "title", "url")
    @classmethod
    def _no_nul(cls, v: str | None) -> str | None:
        if v is not None and "\x00" in v:
            raise ValueError("NUL characters are not allowed (PostgreSQL cannot store them)")
        return v

    @field_validator("published")
    @classmethod
    def _real_day(cls, v: str | None) -> str | None:
        if v is not None:
            date.fromisoformat(v)
        return v


class ArticlesIn(BaseModel):
    """A batch of articles to ingest."""

    model_config = ConfigDict(extra="forbid")

    articles: Annotated[list[ArticleIn], Field(min_length=1)]
