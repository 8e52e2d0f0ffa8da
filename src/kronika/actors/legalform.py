"""Legal forms of companies that only one state's (or a few states') law knows: 'Zenova s.r.o.' is a Czech or Slovak
firm, 'Zenova GmbH' a German, Austrian or Swiss one, 'Thomas Cook s.r.o.' the British group's Czech subsidiary."""

from __future__ import annotations

from ..model import Doc
from .lexicon import Lexicon
from .match import Hit

FIRM = "BUS"
JOINERS = ("&", "and", "a", "+")  # HAVEL & PARTNERS s.r.o.


def legal_form_names(doc: Doc, lex: Lexicon, names: list[Hit], persons: list[Hit], home: str | None) -> list[Hit]:
    """Code every organisation name a legal form ends (actors key legal_forms: form -> its states) as a firm of the
    article's clear home when that is one of the form's states, else of the first: a listed firm of another state
    is its local subsidiary; an unlisted name is made a firm; capitalised words before a form no hit covers become
    one. Returns the new hits."""
    if not lex.legal_forms:
        return []
    new: list[Hit] = []
    for t in doc.tokens:
        states = lex.legal_forms.get(t.text.rstrip("."))
        if not states or t.i == 0:
            continue
        state = home if home in states else states[0]
        owner = next((h for h in names + persons + new if h.start < t.i and t.i - 1 <= h.end - 1 <= t.i), None)
        if owner is not None and (owner.kind not in ("ORG", "PER") or str(owner.code or "").startswith("IGO")):
            continue  # a place or an international body before the word: not a firm's name
        if owner is not None:
            _recode(owner, state, t.text)
            owner.end = max(owner.end, t.i + 1)
            continue
        start = _name_start(doc, lex, t.i)
        if start < t.i:
            text = doc.span_text(start, t.i + 1)
            new.append(Hit(start, t.i + 1, t.i, state + FIRM, "ORG", text, f"name:{text.lower()}",
                           f"legal form '{t.text}': a firm of {state}", status="resolved", run=(start, t.i + 1)))
    return new


def _recode(h: Hit, state: str, form: str) -> None:
    """Make a hit a firm of the state, keeping a listed firm's own sector (MED stays MED)."""
    code = h.code or ""
    sector = code[3:6] if len(code) >= 6 and code[:3].isalpha() and not code.startswith("IGO") else FIRM
    if code[:3] == state and h.status == "resolved":
        return
    h.code, h.status, h.reason, h.kind = state + sector, "resolved", "", "ORG"
    h.rule += f"; legal form '{form}': a firm of {state}"


def _name_start(doc: Doc, lex: Lexicon, i: int) -> int:
    """The first of the capitalised words (and joiners between them) right before token i in its sentence, not a
    sector noun (Firma Zenova s.r.o.: Zenova)."""
    start = i
    while start - 1 >= 0 and doc.tokens[start - 1].sent == doc.tokens[i].sent:
        t = doc.tokens[start - 1]
        capital = t.text[:1].isupper() and lex.sector_of(lex.forms(t.text, t.lemma)) is None \
            and t.upos not in ("DET", "ADP", "PUNCT", "PRON")
        joiner = t.text.lower() in JOINERS and start - 2 >= 0 and doc.tokens[start - 2].text[:1].isupper()
        if not (capital or (joiner and start < i)):
            break
        start -= 1
    return start
