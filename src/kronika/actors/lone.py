"""Unlisted one-word names that act: organisation-shaped ones (RegioJet, ŘSD, WWL) are bodies, surnames (Cao, Davisová)
private persons of the article's clear home."""

from __future__ import annotations

from ..model import Doc, Token
from .lexicon import Lexicon
from .match import Hit
from .people import people
from .person_match import feminine_base, word_keys

QUOTE_MARKS = set('"„“”«»')
PRIVATE = "CVL"  # the gold codes a domestic body of no known sector as a private actor of the home country
# Relations in which a name acts: a verb's subject (an object is often a thing: 'stop Brexit', 'asked the Duchess').
ARG_RELS = ("nsubj", "nsubj:pass", "nsubjpass")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")


def lone_names(doc: Doc, lex: Lexicon, hits: list[Hit], home: str | None, speaking: str | None = None) -> None:
    """An unresolved one-word name that is the subject of a verb, in an article whose clear home it refers to, is
    <home>CVL: a surname (_surname) a private person, as private_persons codes unlisted full names; a name shaped as
    an organisation's (_name_evidence), no known first name or surname, no sector noun and no word the article also
    writes in lower case, a body. Not a name the article defines in brackets (the abbreviation step codes it). A
    speaker takes `speaking`, the home only where it is settled (speaking_home)."""
    _introduced_names(doc, lex, hits)
    if not home:
        return
    for h in hits:
        if h.code is not None or h.status != "unresolved" or h.end - h.start != 1:
            continue
        t = doc.tokens[h.start]
        if not _argument(doc, t) or _defined(doc, t):
            continue
        if _surname(lex, t) and not _capital_common(doc, t):
            h.code, h.status, h.reason, h.kind = home + PRIVATE, "resolved", "", "PER"
            h.rule += f"; a one-word surname acting, a private person of the clear home ({home})"
            continue
        if _speaker(doc, lex, t, hits) and speaking == home:
            _speakers(doc, lex, hits, t, home + PRIVATE)
            continue
        if not _name_evidence(doc, t) or _known_word(doc, lex, t):
            continue
        h.code, h.status, h.reason, h.kind = home + PRIVATE, "resolved", "", "ORG"
        h.rule += f"; an unlisted one-word name acting in an article of a clear home ({home})"


# A foreign clear home of a pack with a default settles a one-word speaker's country when named this often and the
# next state at most 1/SETTLED_RATIO as often.
SETTLED_MIN = 3
SETTLED_RATIO = 3


def speaking_home(lex: Lexicon, clear: str | None, counts: dict[str, int]) -> str | None:
    """The clear home a one-word speaker may take: the pack's default (domestic news) or, in a pack without one, any;
    a foreign home of a pack with a default only when it dominates the references (a translated story of one state,
    'Cassidy poděkovala' in Texas), not a home guessed from a few ('Drake mu řekl' in a story naming France twice)."""
    if clear is None or not lex.home_default or clear == lex.home_default:
        return clear
    n = counts.get(clear, 0)
    rest = max((v for k, v in counts.items() if k != clear), default=0)
    return clear if n >= SETTLED_MIN and n >= SETTLED_RATIO * rest else None


def company_anaphors(doc: Doc, lex: Lexicon, names: list[Hit], nouns: list[Hit]) -> None:
    """'Kovosvit ... resulted in the company's loss': an unlisted name (not a known first name, surname or common word)
    that is the last name before a definite company noun (actors key company_anaphors) coded as a firm, in its
    sentence or the one before, is that firm, everywhere the article names it; not a currency by a numeral."""
    for n in nouns:
        t = doc.tokens[n.head]
        if not (n.code or "").endswith("BUS") or t.lemma.lower() not in lex.company_anaphors \
                or not any(c.lemma.lower() == "the" for c in doc.children(t.i)):
            continue
        before = [h for h in names if h.end <= n.start and doc.tokens[h.head].sent in (t.sent, t.sent - 1)
                  and h.kind in ("ORG", "PER")]
        last = max(before, key=lambda h: h.start, default=None)
        if last is None or last.code is not None or last.status != "unresolved" or last.kind != "ORG" \
                or last.end - last.start != 1 or _known_word(doc, lex, doc.tokens[last.start]) \
                or _unit(doc, last.start):
            continue
        for h in names:
            if h.key == last.key and h.code is None and h.status == "unresolved":
                h.code, h.status, h.reason = n.code, "resolved", ""
                h.rule += f"; the firm '{doc.tokens[n.head].text}' right after names it ({n.code})"


def _unit(doc: Doc, i: int) -> bool:
    """Whether a name stands by a numeral, as a currency or unit does ('GBP 900 million', '30 MW')."""
    return any(0 <= j < len(doc.tokens) and doc.tokens[j].upos == "NUM" for j in (i - 1, i + 1))


def _introduced_names(doc: Doc, lex: Lexicon, hits: list[Hit]) -> None:
    """'firma Kovosvit ... Kovosvit nabízí', 'klub Sparta ... Sparta se odvolala': a one-word name the article
    introduced with a sector noun (a resolved mention of common words and that one name) is that body again."""
    named: dict[str, Hit] = {}
    for h in hits:
        toks = doc.tokens[h.start:h.end]
        names = [t for t in toks if t.upos == "PROPN"]
        if h.code and h.status == "resolved" and len(toks) > 1 and len(names) == 1 and h.kind in {"ORG", "GRP"} \
                and all(t.upos in {"NOUN", "ADJ", "PROPN"} for t in toks) and toks[-1].upos == "PROPN":
            for k in word_keys(lex, names[0]):
                named.setdefault(k, h)
    for h in hits:
        if h.code is None and h.status == "unresolved" and h.end - h.start == 1:
            first = next((named[k] for k in word_keys(lex, doc.tokens[h.start]) if k in named), None)
            if first is not None:
                h.code, h.status, h.reason, h.kind = first.code, "resolved", "", first.kind
                h.rule += f"; the name the article introduced as '{first.name}'"


def _surname(lex: Lexicon, t: Token) -> bool:
    """A surname of the people index (Cao, Wang, Cox) or a Czech feminine surname (Davisová, Hollandové): a person,
    not a firm, though the tagger calls a lone capitalised word an organisation."""
    return any(k in people().by_last for k in word_keys(lex, t)) or feminine_base(lex, t.text) is not None


def _speakers(doc: Doc, lex: Lexicon, hits: list[Hit], speaker: Token, code: str) -> None:
    """Code every unresolved one-word mention of a name that speaks as that private person, wherever it stands and in
    whatever case ('dodal Šrámek ... podle Šrámka')."""
    keys = word_keys(lex, speaker)
    for h in hits:
        t = doc.tokens[h.start]
        if h.code is None and h.status == "unresolved" and h.end - h.start == 1 and (
                t.text == speaker.text or (t.text[:1].isupper() and word_keys(lex, t) & keys)):
            h.code, h.status, h.reason, h.kind = code, "resolved", "", "PER"
            h.rule += f"; a one-word name that speaks or thanks, a private person of the clear home ({code[:3]})"


def _speaker(doc: Doc, lex: Lexicon, t: Token, hits: list[Hit]) -> bool:
    """A capitalised word, not a sector, inherit or not-name word nor one the article writes in lower case, that is
    the subject of a speaker verb ('Cassidy thanked', 'Ciupek said', 'dodal Šrámek'): someone, as a product or an event
    says nothing.
    Not the given name of a full name the article writes ('Meghan Markle ... Meghan said'): that name decides."""
    if any(h.end - h.start > 1 and doc.tokens[h.start].text == t.text for h in hits):
        return False
    word = t.text.replace("-", "")
    if t.deprel not in ("nsubj",) or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    forms = lex.forms(t.text, t.lemma)
    if forms & (lex.not_names | lex.inherit) or lex.sector_of(forms) is not None or _capital_common(doc, t):
        return False
    a, b = sorted((t.i, t.head))
    if any(u.text in QUOTE_MARKS for u in doc.tokens[a:b]):
        return False  # 'Limitovaný je ... ,“ vysvětlila': a quoted word, not the speaker after the quote
    if any(u.head == t.head and u.deprel == "obj" and u.upos == "NOUN" for u in doc.tokens[doc.sentences[t.sent].start:
                                                                                       doc.sentences[t.sent].end]):
        return False  # 'Kovosvit dodal stroje': a verb with a thing as its object supplies, it does not speak
    return doc.tokens[t.head].lemma.lower() in lex.speaker_verbs


def _capital_common(doc: Doc, t: Token) -> bool:
    """Whether the article also writes the word in lower case."""
    low = t.text.lower()
    return any(u.text == low for u in doc.tokens)


def _defined(doc: Doc, t: Token) -> bool:
    """Whether the article defines the word in brackets after a full name ('Office for ... (OCP)'): the
    abbreviation step gives it that name's code."""
    return any(u.text == t.text and u.i > 0 and doc.tokens[u.i - 1].text == "(" for u in doc.tokens)


def _argument(doc: Doc, t: Token) -> bool:
    """Whether the token is the subject of a verb, also of a passive participle the tagger calls an adjective (cs
    'Cox byl uvězněn', 'Hollandová byla odsouzena')."""
    if t.deprel not in ARG_RELS or t.head == t.i:
        return False
    head = doc.tokens[t.head]
    return head.upos == "VERB" or (t.deprel in PASSIVE_SUBJECTS and head.feats.get("Voice") == "Pass"
                                   and head.feats.get("VerbForm") == "Part")


def _name_evidence(doc: Doc, t: Token) -> bool:
    """A name shaped as an organisation's: an abbreviation (WWL, ŘSD) or a word with a capital inside (RegioJet,
    WeWork); a plain capitalised word is as often a first name, a product or an event (Meghan, Joker, Brexit), and
    acting in a story of a wrong home it made wrong events on unseen news."""
    word = t.text
    if len(word) > 1 and word.isupper() and word.isalpha():
        return True
    return word[:1].isupper() and any(c.islower() for c in word[1:3]) and any(c.isupper() for c in word[2:])


def _known_word(doc: Doc, lex: Lexicon, t: Token) -> bool:
    """A first name or surname of the people index, a sector or inherit noun, a not-name, or a word the article
    also writes in lower case (a common noun capitalised in a headline)."""
    forms = lex.forms(t.text, t.lemma)
    if forms & (lex.not_names | lex.inherit) or lex.sector_of(forms) is not None:
        return True
    keys = word_keys(lex, t)
    p = people()
    if keys & p.firsts or any(k in p.by_last for k in keys):
        return True
    low = t.text.lower()
    return any(u.text == low or (u.text[:1].islower() and u.lemma.lower() == t.lemma.lower()) for u in doc.tokens)
