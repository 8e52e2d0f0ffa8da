"""Unmarked passages closed by a speech tag: '… Nebudeme nic sdělovat. Upřímnou soustrast, uvedl na Twitteru X.'

A speaker's words are often given without quotation marks over several sentences, and only a tag at the end of
the last one ('…, uvedl X.', '…, X wrote on Twitter.') says who spoke. The sentences before the tag belong to the
passage when they speak in the first or second person (the speaker's 'we', 'our', 'you'): the writer's own
narration does not. Walking back from the tag, the passage stops at a paragraph break, at quotation marks, at a
sentence that names the speaker (the writer introducing them), and after two sentences in a row without a
first- or second-person word; it then starts at its earliest first/second-person sentence. The mirror case, speech
a cue opens ('X řekl: …', 'X said that …') going on over unmarked first-person sentences after it, is opened_runs.
"""

from __future__ import annotations

from ..model import Doc, Sentence, Token
from .quotes_lex import CueLexicon, Tree, words

MAX_TAG_TOKENS = 10  # words of a closing tag ('uvedl v úterý na Twitteru ministr zahraničí X')
MAX_BACK = 6  # sentences a passage may reach back from its tag
PERSON_UPOS = ("VERB", "AUX", "PRON", "DET")
MARKS = "„“”\"»«"


def closing_tag(doc: Doc, tree: Tree, cue: Token, lex: CueLexicon) -> int | None:
    """Token index of the comma that opens a closing speech tag around `cue` ('…, uvedl X.'), if it is one."""
    sent = doc.sentences[cue.sent]
    last = max((k for k in range(sent.start, sent.end) if doc.tokens[k].upos != "PUNCT"), default=-1)
    if cue.i > last or last - cue.i > MAX_TAG_TOKENS:
        return None
    comma = next((k for k in range(cue.i - 1, max(sent.start, cue.i - MAX_TAG_TOKENS) - 1, -1)
                  if doc.tokens[k].upos == "PUNCT"), None)
    if comma is None or doc.tokens[comma].text != "," or comma == sent.start:
        return None
    tag = doc.tokens[comma + 1:last + 1]
    if any(t.i != cue.i and t.upos in ("VERB", "SCONJ") for t in tag):
        return None  # a clause of its own after the comma, not a bare tag
    if not any(t.upos in ("PROPN", "NOUN", "PRON") for t in tag):
        return None  # no speaker in the tag ('…, dodal.' is handled by the interposed rule)
    return comma


def _person(doc: Doc, s: Sentence) -> bool:
    """Whether a sentence speaks in the first or second person."""
    return any(t.upos in PERSON_UPOS and t.feat("Person") in ("1", "2") for t in doc.sent_tokens(s))


def _names(doc: Doc, s: Sentence, speaker: set[str]) -> bool:
    """Whether a sentence names the speaker (one of the tag's proper-name words)."""
    return any(t.upos == "PROPN" and t.lemma.lower() in speaker for t in doc.sent_tokens(s))


def passage_start(doc: Doc, cue: Token, comma: int) -> int | None:
    """First token of the first/second-person sentences before a closing tag's sentence, if any belong to it."""
    speaker = {t.lemma.lower() for t in doc.tokens[comma + 1:doc.sentences[cue.sent].end] if t.upos == "PROPN"}
    start, unmarked = None, 0
    for n in range(cue.sent - 1, max(-1, cue.sent - 1 - MAX_BACK), -1):
        s, after = doc.sentences[n], doc.sentences[n + 1]
        between = doc.text[s.char_start:after.char_start]
        if "\n" in doc.text[s.char_end:after.char_start] or any(m in between for m in MARKS):
            break
        if _names(doc, s, speaker):
            break
        if _person(doc, s):
            start, unmarked = s.start, 0
        else:
            unmarked += 1
            if unmarked >= 2:
                break
    return start


def passage_runs(doc: Doc, tree: Tree, cue: Token, lex: CueLexicon) -> list[tuple[int, int]] | None:
    """Token range [start, comma) of the passage a closing tag ends, when it reaches back over earlier sentences."""
    comma = closing_tag(doc, tree, cue, lex)
    if comma is None:
        return None
    start = passage_start(doc, cue, comma)
    if start is None or words(doc, range(start, comma)) < 3:
        return None
    return [(start, comma)]


def opened_runs(doc: Doc, cue: Token, start: int, end: int) -> list[tuple[int, int]]:
    """'X řekl: Čekáme od vlády obrat. Nabízíme pomocnou ruku.', 'The minister said the deal was initialled. We also
    signed the contract.': speech that the sentence's own cue opens and that fills the rest of its sentence goes on
    over the following sentences of the paragraph, without quotation marks, that speak in the first or second person
    (the writer's narration does not); token ranges of those sentences (none when [start, end) is no such opening)."""
    sent = doc.sentences[cue.sent]
    rest = doc.tokens[end:sent.end]
    if cue.head != cue.i or any(t.upos != "PUNCT" for t in rest):
        return []  # the sentence's own cue, not one inside its content ('uvedl, že …, než X oznámilo, že …')
    runs: list[tuple[int, int]] = []
    for n in range(cue.sent + 1, min(len(doc.sentences), cue.sent + 1 + MAX_BACK)):
        s, before = doc.sentences[n], doc.sentences[n - 1]
        if "\n" in doc.text[before.char_end:s.char_start] or any(m in doc.text[before.char_end:s.char_end]
                                                                   for m in MARKS) or not _person(doc, s):
            break
        runs.append((s.start, s.end))
    return runs
