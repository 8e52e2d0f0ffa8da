"""Quote cues as language data (data/<lang>/cues.json) and the dependency-tree helpers quotes use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..langpack import load_json
from ..model import Doc, Token

CUE_KINDS = ("speech", "belief")


@dataclass(frozen=True)
class CueLexicon:
    """One language's reporting verbs, attribution phrases and the relation names its parser uses."""

    lang: str
    verbs: dict[str, frozenset[str]]  # kind -> lemmas
    forms: dict[str, frozenset[str]]  # kind -> lower-cased surface forms (tagger lemma fallback)
    phrases: tuple[tuple[str, ...], ...]  # attribution phrases, lower-cased words ("podle",)
    quote_kinds: frozenset[str]
    subject_deps: frozenset[str]
    complement_deps: frozenset[str]
    postposed_deps: frozenset[str]
    marks: frozenset[str]
    strip_marks: frozenset[str]
    pronoun_types: frozenset[str]
    name_deps: frozenset[str]
    addressee_verbs: frozenset[str]  # cue verbs whose object is the hearer ('told reporters'), not the content
    tag_marks: frozenset[str]  # subordinators that open a speech tag ('jak uvedl X, ...', 'as X said, ...')
    content_stops: frozenset[str] = frozenset()  # subordinators that end reported content ('while', 'zatímco')
    content_reasons: frozenset[str] = frozenset()  # subordinators of reason clauses that go on with the content
    speech_phrases: tuple[tuple[str, ...], ...] = ()  # phrases reporting their verb's subject ('s tím, že')
    author_preps: frozenset[str] = frozenset()  # prepositions naming a statement's author ('statement from X')
    speech_nouns: frozenset[str] = frozenset()  # nouns naming an utterance ('message that', 'prohlášení, že')
    request_marks: frozenset[str] = frozenset()  # subordinators of a request, not a statement ('vyzval, aby')
    request_verbs: frozenset[str] = frozenset()  # cues whose clause is a request ('urged that X withdraw')
    pointing_objects: frozenset[str] = frozenset()  # pronoun objects pointing to the sentence before ('uvedl to')
    pointing_verbs: frozenset[str] = frozenset()  # cues that state what such an object points to ('uvést', 'sdělit')
    wh_words: frozenset[str] = frozenset()  # words opening an indirect question or description ('how', 'what')
    describing_verbs: frozenset[str] = frozenset()  # cues whose wh-clause is no statement ('shows how …')
    medium_preps: frozenset[str] = frozenset()  # prepositions naming where a report appeared ('a report in X')
    statement_verbs: frozenset[str] = frozenset()  # verbs publishing a statement ('vydat prohlášení, že')
    document_verbs: frozenset[str] = frozenset()  # verbs citing a document's text ('v dopise stojí')
    document_nouns: frozenset[str] = frozenset()  # documents that speak for their author ('dovolání', 'dopis')

    def cue_kind(self, t: Token) -> str | None:
        """The cue kind of a token (speech, belief) or None when it is no reporting verb."""
        if t.upos not in ("VERB", "AUX"):
            return None
        low = t.text.lower()
        for kind in CUE_KINDS:
            if t.lemma.lower() in self.verbs.get(kind, frozenset()) or low in self.forms.get(kind, frozenset()):
                return kind
        return None


def _set(data: dict[str, list[str]], key: str) -> frozenset[str]:
    return frozenset(x.lower() for x in data.get(key, []))


@cache
def cue_lexicon(lang: str) -> CueLexicon:
    """Load and validate a language's cues.json (sk falls back to cs)."""
    d = load_json(lang, "cues.json")
    for key in ("verbs", "subject_deps", "complement_deps", "marks"):
        if key not in d:
            raise ValueError(f"{lang}/cues.json lacks '{key}'")
    unknown = set(d["verbs"]) - set(CUE_KINDS)
    if unknown:
        raise ValueError(f"{lang}/cues.json has unknown cue kinds: {', '.join(sorted(unknown))}")
    verbs = {k: frozenset(x.lower() for x in v) for k, v in d["verbs"].items()}
    forms = {k: frozenset(x.lower() for x in v) for k, v in d.get("forms", {}).items()}
    phrases = tuple(tuple(w.lower() for w in p) for p in d.get("phrases", {}).get("attribution", []))
    return CueLexicon(
        lang=lang, verbs=verbs, forms=forms, phrases=phrases,
        quote_kinds=frozenset(d.get("quote_kinds", ["speech"])),
        subject_deps=_set(d, "subject_deps"), complement_deps=_set(d, "complement_deps"),
        postposed_deps=_set(d, "postposed_deps"), marks=_set(d, "marks"),
        strip_marks=_set(d, "strip_marks"), pronoun_types=frozenset(d.get("pronoun_types", ["Prs"])),
        name_deps=_set(d, "name_deps"), addressee_verbs=_set(d, "addressee_verbs"),
        tag_marks=_set(d, "tag_marks"), content_stops=_set(d, "content_stops"),
        content_reasons=_set(d, "content_reasons"), speech_nouns=_set(d, "speech_nouns"),
        author_preps=_set(d, "author_preps"), request_marks=_set(d, "request_marks"),
        request_verbs=_set(d, "request_verbs"), pointing_objects=_set(d, "pointing_objects"),
        pointing_verbs=_set(d, "pointing_verbs"),
        statement_verbs=_set(d, "statement_verbs"), document_verbs=_set(d, "document_verbs"),
        document_nouns=_set(d, "document_nouns"), wh_words=_set(d, "wh_words"),
        describing_verbs=_set(d, "describing_verbs"), medium_preps=_set(d, "medium_preps"),
        speech_phrases=tuple(tuple(w.lower() for w in p) for p in d.get("phrases", {}).get("speech", [])))


class Tree:
    """Children lists and subtrees over the doc's tokens, computed once per doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.kids: list[list[int]] = [[] for _ in doc.tokens]
        for t in doc.tokens:
            if t.head != t.i and 0 <= t.head < len(doc.tokens):
                self.kids[t.head].append(t.i)

    def children(self, i: int, deps: frozenset[str] | None = None) -> list[Token]:
        """Dependents of token i in text order, optionally only those with one of `deps`."""
        toks = self.doc.tokens
        return [toks[k] for k in self.kids[i] if deps is None or toks[k].deprel.lower() in deps]

    def subtree(self, i: int, skip: frozenset[int] = frozenset()) -> list[int]:
        """Token indices under i (i included), sorted; subtrees rooted at `skip` are left out."""
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            if k in skip:
                continue
            out.append(k)
            stack.extend(self.kids[k])
        return sorted(out)

    def is_pronoun(self, t: Token, lex: CueLexicon) -> bool:
        """Whether a token is a personal/demonstrative/relative pronoun (needs an antecedent)."""
        if t.upos == "PRON":
            return True
        kinds = set((t.feat("PronType") or "").split(","))
        return t.upos == "DET" and bool(kinds & (set(lex.pronoun_types) | {"Rel"}))


def words(doc: Doc, idx: list[int] | range) -> int:
    """How many word tokens (with a letter or digit) are among the given token indices."""
    return sum(1 for k in idx if any(ch.isalnum() for ch in doc.tokens[k].text))
