"""Shared helpers for the events tests: parse a text, add actor mentions from a tiny gazetteer, run events."""

from __future__ import annotations

from kronika import Pipeline, Settings
from kronika.extractors.events import Events
from kronika.model import Doc, Event, Mention, Quote, TimeExpr

# lemma (or lower-cased form) -> (code, canonical name, kind); two-word names keyed by both lemmas
GAZETTEER = {
    "rusko": ("RUS", "Rusko", "GPE"), "moskva": ("RUS", "Rusko", "GPE"), "ukrajina": ("UKR", "Ukrajina", "GPE"),
    "kldr": ("PRK", "KLDR", "GPE"), "čína": ("CHN", "Čína", "GPE"), "peking": ("CHN", "Čína", "GPE"),
    "německo": ("DEU", "Německo", "GPE"), "polsko": ("POL", "Polsko", "GPE"), "vietnam": ("VNM", "Vietnam", "GPE"),
    "izrael": ("ISR", "Izrael", "GPE"), "írán": ("IRN", "Írán", "GPE"), "osn": ("IGOUNO", "OSN", "IGO"),
    "usa": ("USA", "USA", "GPE"), "putin": ("RUSGOV", "Vladimir Putin", "PER"),
    "macron": ("FRAGOV", "Emmanuel Macron", "PER"), "zelenskyj": ("UKRGOV", "Volodymyr Zelenskyj", "PER"),
    "russia": ("RUS", "Russia", "GPE"), "ukraine": ("UKR", "Ukraine", "GPE"), "iran": ("IRN", "Iran", "GPE"),
    "china": ("CHN", "China", "GPE"), "nato": ("IGONAT", "NATO", "IGO"), "un": ("IGOUNO", "UN", "IGO"),
    "us": ("USA", "United States", "GPE"), "israel": ("ISR", "Israel", "GPE"), "germany": ("DEU", "Germany", "GPE"),
    "poland": ("POL", "Poland", "GPE"),
}
PAIRS = {("jižní", "korea"): ("KOR", "Jižní Korea", "GPE"), ("spojený", "stát"): ("USA", "USA", "GPE"),
         ("severní", "korea"): ("PRK", "KLDR", "GPE")}

_PARSER: list[Pipeline] = []


def parse(text: str, lang: str, published: str = "2024-06-18") -> Doc:
    """Parse only (models load once per session) and add gazetteer mentions."""
    if not _PARSER:
        _PARSER.append(Pipeline(Settings.load(components=["parse"])))
    doc = _PARSER[0]({"id": "t", "text": text, "lang": lang, "published": published})
    toks, i = doc.tokens, 0
    while i < len(toks):
        t = toks[i]
        pair = (t.lemma.lower(), toks[i + 1].lemma.lower()) if i + 1 < len(toks) else None
        if pair in PAIRS:
            code, name, kind = PAIRS[pair]
            end = toks[i + 1]
            span = (t.start, end.end)
            doc.mentions.append(Mention(i, i + 2, doc.text[span[0]:span[1]], span, code, name, kind, i + 1))
            i += 2
            continue
        key = t.lemma.lower() if t.lemma.lower() in GAZETTEER else t.text.lower()
        if key in GAZETTEER and t.upos in {"PROPN", "NOUN"}:
            code, name, kind = GAZETTEER[key]
            doc.mentions.append(Mention(i, i + 1, t.text, (t.start, t.end), code, name, kind, i))
        i += 1
    return doc


def run(doc: Doc) -> Doc:
    """Run the events component on a prepared doc."""
    return Events(Settings.load())(doc)


def events(text: str, lang: str = "cs", published: str = "2024-06-18") -> list[Event]:
    """Events of a text."""
    return run(parse(text, lang, published)).events


def dropped(text: str, lang: str) -> list[str]:
    """Drop reasons of the events engine on a text (gazetteer actors)."""
    return [str(r["reason"]) for r in run(parse(text, lang)).meta["events_dropped"]]


def triples(evs: list[Event]) -> set[tuple[str, str, str]]:
    """(type, source code, target code) of events."""
    return {(e.type, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in evs}


def timex(doc: Doc, text: str, value: str, granularity: str) -> TimeExpr:
    """A hand-made time expression over the first token sequence spelling `text`."""
    start = doc.text.index(text)
    toks = [t for t in doc.tokens if start <= t.start < start + len(text)]
    return TimeExpr(text, (start, start + len(text)), value, granularity, toks[0].sent, toks[0].i, toks[-1].i + 1)


def quote(doc: Doc, text: str, speaker: Mention) -> Quote:
    """A hand-made quote covering `text`, said by the actor of a mention."""
    from kronika.model import ArgRef

    start = doc.text.index(text)
    return Quote(text, (start, start + len(text)), True, ArgRef(speaker.code, speaker.name, speaker.text, speaker.span))


def pipeline_events(pipeline: Pipeline, text: str, lang: str = "en") -> list[Event]:
    """Events of a text run through the whole pipeline (real actor resolution, no gazetteer)."""
    return pipeline({"id": "t", "text": text, "lang": lang}).events


def country_triples(evs: list[Event]) -> set[tuple[str, str, str]]:
    """(PLOVER type, source country, target country) as the scorer compares them (IGOs keep six letters)."""
    def c(code: str | None) -> str:
        return "-" if not code else code[:6] if code.startswith("IGO") else code[:3]
    return {(e.type, c(e.source.code if e.source else None), c(e.target.code if e.target else None)) for e in evs}


def dated_events(pipeline: Pipeline, text: str, lang: str = "en") -> list[Event]:
    """Events of one article published 2024-06-18, through the whole pipeline."""
    return pipeline({"id": "t", "text": text, "lang": lang, "published": "2024-06-18"}).events


def fired(pipeline: Pipeline, text: str, trigger: str, lang: str = "en") -> list[Event]:
    """The events of one trigger word in a dated article."""
    return [e for e in dated_events(pipeline, text, lang) if e.trigger == trigger]


def assert_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str,
                       lang: str = "cs") -> None:
    """The text codes the (type, source country, target country) triple, through an entry whose id starts with
    `rule`."""
    evs = pipeline_events(pipeline, text, lang)
    assert triple in country_triples(evs), country_triples(evs)
    assert any(e.rule and e.rule.startswith(rule) for e in evs), [e.rule for e in evs]


_FULL: list[Pipeline] = []


def full_triples(text: str, lang: str = "cs", published: str = "2024-06-18") -> set[tuple[str, str, str]]:
    """(type, source code, target code) from the whole pipeline, with real actor resolution ('srbský')."""
    if not _FULL:
        _FULL.append(Pipeline(Settings.load()))
    return triples(_FULL[0]({"id": "t", "text": text, "lang": lang, "published": published}).events)


def coded(pipeline: Pipeline, text: str, lang: str, published: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source code, target code) of the events the full pipeline codes in a hand-made text."""
    doc = pipeline({"text": text, "lang": lang, "published": published})
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in doc.events}


def doc_triples(doc: Doc) -> set[tuple[str, str, str]]:
    """(type, source country, target country or '-') of a document's events: the first three letters of each code."""
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-",
             (e.target.code or "-")[:3] if e.target else "-") for e in doc.events}
