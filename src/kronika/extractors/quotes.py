"""The `quotes` component: direct and indirect reported speech with its speaker, per language cue data.

Direct quotes come from quotation marks in the raw text (quotes_marks), indirect ones from a reporting
verb and the clause it governs (quotes_indirect); speakers from the cue's subject or a 'podle X' /
'according to X' phrase, with pronouns and dropped subjects resolved to an earlier speaker
(quotes_speaker). Only cue kinds listed in a language's `quote_kinds` (default: speech) become quotes
without quotation marks; beliefs ("domnívají se, že") and unquoted attributions ("podle X") are left
to the events step and recorded in doc.meta["quotes_dropped"] with the reason.

`Quote.rule` names the pattern that fired, then how the speaker was found: direct-cue (a cue verb in the
quote's sentence), direct-cue-next ('Řekl to X.'), direct-attribution ('podle X "…"'), direct-dash
('"…" ― Name'), direct-continued (no cue: goes on from the quote before), -unclosed (no closing mark);
indirect-<relation> (the cue's clause), indirect-interposed / indirect-tag ('X, he said, Y'),
indirect-phrase ('s tím, že …'), attribution-phrase, attribution-speech-noun ('podle prohlášení X');
+speaker-subject / -attribution / -relative / -pronoun(-unresolved) /
-previous-subject / -none (a dropped subject that takes an earlier quote's speaker keeps that label).
"""

from __future__ import annotations

import logging
from bisect import bisect_left

from ..model import ArgRef, Doc, Quote, Token
from ..pipeline import component
from ..settings import Settings
from .quotes_drafts import Draft, continues, merge_split, split_paragraphs, tag_ends_sentence
from .quotes_indirect import Candidate, attributions, from_cue, pointing, speech_phrases, statement_clauses
from .quotes_lex import CueLexicon, Tree, cue_lexicon, words
from .quotes_marks import Marked, find_marked
from .quotes_speaker import (
    Speaker,
    antecedent,
    cue_subject,
    document_cue,
    document_speaker,
    medium_of,
    noun_author,
    owner_pronoun,
    resolve_pronoun,
    speaker_at,
)
from .quotes_tags import QUOTE_MARKS, colon_subject, dash_source, mixed_lead, tag_verb

log = logging.getLogger(__name__)

MIN_UNCUED_WORDS = 6  # a quoted span without any cue nearby must be this long to count (else: scare quotes)
MIN_CUED_WORDS = 3  # shorter quoted bits next to a cue are partial quotes of a clause we did not find
MIN_MIXED_WORDS = 2  # unquoted words a reported clause needs to stay indirect around a quoted part


def _covered(spans: list[tuple[int, int]], cues: list[int]) -> list[bool]:
    """For each span: whether another span covers both it and its cue offset (-1: no cue, never covered).

    One sweep in start order keeping the two furthest-reaching spans begun so far: n log n, where
    comparing every pair was quadratic on a huge paragraph full of reporting verbs.
    """
    by_start = sorted(range(len(spans)), key=lambda k: spans[k][0])
    asks = sorted((k for k in range(len(spans)) if cues[k] >= 0), key=lambda k: min(spans[k][0], cues[k]))
    best = second = (-1, -1)  # (end, index) of the furthest and second-furthest reaching spans so far
    out, j = [False] * len(spans), 0
    for k in asks:
        lo, hi = min(spans[k][0], cues[k]), max(spans[k][1], cues[k] + 1)
        while j < len(by_start) and spans[by_start[j]][0] <= lo:
            cand = (spans[by_start[j]][1], by_start[j])
            if cand[0] > best[0]:
                best, second = cand, best
            elif cand[0] > second[0]:
                second = cand
            j += 1
        out[k] = (best[0] if best[1] != k else second[0]) >= hi
    return out


class Quotes:
    """Finds quotes and speakers; writes doc.quotes (and doc.meta['quotes_dropped'])."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        """Add the doc's quotes, in text order."""
        try:
            lex = cue_lexicon(doc.lang)
        except FileNotFoundError as exc:
            doc.meta["quotes_status"] = f"skipped: {exc}"
            return doc
        finder = _Finder(doc, lex)
        doc.quotes = finder.run()
        doc.meta["quotes_dropped"] = finder.dropped
        return doc


class _Finder:
    """One doc's quote search: candidates from marks and cues, conflicts resolved, speakers found."""

    def __init__(self, doc: Doc, lex: CueLexicon) -> None:
        self.doc, self.lex, self.tree = doc, lex, Tree(doc)
        self.starts = [t.start for t in doc.tokens]
        self.dropped: list[dict[str, object]] = []
        self.used_cues: set[int] = set()
        self.quoted: list[tuple[int, int]] = []  # character spans of all quoted text

    def drop(self, start: int, end: int, reason: str) -> None:
        """Record a span that is not a quote, with why."""
        self.dropped.append({"text": self.doc.text[start:end][:200], "span": [start, end], "reason": reason})

    def run(self) -> list[Quote]:
        """All quotes of the doc."""
        doc, lex = self.doc, self.lex
        marked = [m for m in find_marked(doc.text) if self._tokens_in(m.start, m.end)]
        self.quoted = [(m.start, m.end) for m in marked]
        cues = [(t, k) for t in doc.tokens if (k := self._cue_kind(t))]
        cands = [c for t, k in cues if (c := from_cue(doc, self.tree, t, k, lex))]
        cands += speech_phrases(doc, self.tree, lex) + statement_clauses(doc, self.tree, lex)
        drafts, claimed = self._resolve(cands, marked)
        drafts = self._outermost(drafts)
        attrs = attributions(doc, self.tree, lex)
        drafts += self._attribute_direct(marked, claimed, attrs)
        drafts += self._attribution_quotes(attrs, drafts)
        drafts += self._pointing_quotes(cues, attrs, drafts, {c.cue for c in cands})
        drafts = split_paragraphs(doc.text, merge_split(doc.text, sorted(drafts, key=lambda d: d.start)))
        return self._speakers(drafts)

    def _outermost(self, drafts: list[Draft]) -> list[Draft]:
        """Reported speech inside reported speech counts once, as the outer, unless it names its own speaker
        ('řekl, že …, a vyzval, aby …' is one quote; 'said that Obama told him …' two)."""
        cues = [self.doc.tokens[d.cue].start if d.cue is not None else -1 for d in drafts]
        out = []
        for d, nested in zip(drafts, _covered([(d.start, d.end) for d in drafts], cues), strict=True):
            if nested and not (d.cue is not None and self.tree.children(d.cue, self.lex.subject_deps)):
                self.drop(d.start, d.end, "reported speech nested in another quote")
                continue
            out.append(d)
        return out

    def _cue_kind(self, t: Token) -> str | None:
        """A token's cue kind, unless it is an impersonal use ('worth noting that', 'je nutné říci, že')."""
        head = self.doc.tokens[t.head]
        if t.head != t.i and head.upos == "ADJ":
            return None
        return self.lex.cue_kind(t) or ("speech" if document_cue(self.tree, t, self.lex) else None)

    def _in_quote(self, t: Token) -> bool:
        """Whether a token lies inside quoted text (a quoted verb is content, never another quote's tag)."""
        return any(a <= t.start < b for a, b in self.quoted)

    def _tokens_in(self, a: int, b: int) -> list[int]:
        """Token indices whose characters lie inside [a, b)."""
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        return [k for k in range(lo, hi) if self.doc.tokens[k].end <= b]

    def _char_span(self, c: Candidate) -> tuple[int, int]:
        return self.doc.tokens[c.start].start, self.doc.tokens[c.end - 1].end

    def _resolve(self, cands: list[Candidate], marked: list[Marked]) -> tuple[list[Draft], dict[int, int]]:
        """Indirect candidates against quoted spans: which is the quote, and which cue each quote takes."""
        drafts: list[Draft] = []
        claimed: dict[int, int] = {}  # index into `marked` -> cue token (consumed marks get -1)
        seen: set[tuple[int, int]] = set()
        for c in cands:
            a, b = self._char_span(c)
            inside = [j for j, m in enumerate(marked) if m.start < b and m.end > a]
            if (c.start, c.end) in seen or any(m.start <= self.doc.tokens[c.cue].start < m.end for m in marked):
                continue  # a cue quoted inside a quote is part of that quote's content
            if inside and (c.postposed or self._unquoted(c, [marked[j] for j in inside]) < MIN_MIXED_WORDS):
                for j in inside:
                    if not (c.postposed and self.doc.tokens[c.cue].start > marked[j].end and colon_subject(
                            self.doc, self.tree, self.lex, self.starts, marked[j].start) is not None):
                        claimed.setdefault(j, c.cue)  # not a later cue for 'X odsoudil tweet slovy: „…“'
                continue
            if c.kind not in self.lex.quote_kinds:
                self.drop(a, b, f"{c.kind} cue '{self.doc.tokens[c.cue].text}': not reported speech")
                self._claim_phrases(c, [(j, marked[j]) for j in inside], claimed)
                continue
            self._claim_aside(c, marked, claimed)
            for j in inside:
                if marked[j].start >= a - 1 and marked[j].end <= b + 1:
                    claimed[j] = -1
                    self.drop(marked[j].start, marked[j].end, "partial quote inside indirect speech")
            seen.add((c.start, c.end))
            self.used_cues.add(c.cue)
            parts = [(self.doc.tokens[x].start, self.doc.tokens[y - 1].end) for x, y in c.runs]
            drafts.append(Draft(a, b, False, c.rule, cue=c.cue, source=c.source, parts=parts))
        return drafts, claimed

    def _claim_aside(self, c: Candidate, marked: list[Marked], claimed: dict[int, int]) -> None:
        """Quoted phrases in the writer's clause cut from the content ('…, while touting it as "X"') are no quotes."""
        if c.aside is None:
            return
        a, b = self.doc.tokens[c.aside[0]].start, self.doc.tokens[c.aside[1] - 1].end
        for j, m in enumerate(marked):
            if a <= m.start and m.end <= b + 1:
                claimed[j] = -1
                self.drop(m.start, m.end, "quoted phrase in the writer's own clause after the reported content")

    def _claim_phrases(self, c: Candidate, inside: list[tuple[int, Marked]], claimed: dict[int, int]) -> None:
        """Short quoted phrases inside a clause that is no reported speech are scare quotes ('se očekává, že
        budou "v brzké době" ratifikovány'), not quotes of their own."""
        a, b = self._char_span(c)
        for j, m in inside:
            short = words(self.doc, self._tokens_in(m.start, m.end)) < MIN_UNCUED_WORDS
            if short and m.start >= a - 1 and m.end <= b + 1 and not _utterance(self.doc.text, m):
                claimed[j] = -1
                self.drop(m.start, m.end, f"quoted phrase inside a {c.kind} clause: scare quotes")

    def _attribution_quotes(self, attrs: list[Candidate], drafts: list[Draft]) -> list[Draft]:
        """'podle X, ...' / 'according to X, ...' clauses as quotes, when the language counts them as such."""
        out = []
        for c in attrs:
            if not c.runs:
                continue
            a, b = self._char_span(c)
            if any(d.start < b and d.end > a for d in drafts):
                continue  # already a quote (a quoted span or a reporting verb's clause)
            noun = c.source is not None and self.doc.tokens[c.source].lemma.lower() in self.lex.speech_nouns
            author = noun_author(self.tree, c.source, self.lex) if noun and c.source is not None else None
            if "attribution" not in self.lex.quote_kinds and author is None:
                self.drop(a, b, f"attribution '{self.doc.tokens[c.cue].text}' without quotation marks")
                continue
            source = author if author is not None else c.source
            parts = [(self.doc.tokens[x].start, self.doc.tokens[y - 1].end) for x, y in c.runs]
            rule = "attribution-speech-noun" if author is not None else c.rule
            out.append(Draft(a, b, False, rule, source=source, parts=parts, phrase=c.phrase))
        return out

    def _pointing_quotes(self, cues: list[tuple[Token, str]], attrs: list[Candidate], drafts: list[Draft],
                         taken: set[int]) -> list[Draft]:
        """'… Ministr to uvedl na Facebooku.': the sentence before a pointing cue, when no quote covers it yet."""
        out: list[Draft] = []
        for t, kind in cues:
            if kind not in self.lex.quote_kinds or t.i in taken or self._in_quote(t):
                continue
            c = pointing(self.doc, self.tree, t, kind, self.lex, attrs)
            if c is None:
                continue
            a, b = self._char_span(c)
            if any(d.start < b and d.end > a for d in drafts + out):
                continue
            parts = [(self.doc.tokens[x].start, self.doc.tokens[y - 1].end) for x, y in c.runs]
            out.append(Draft(a, b, False, c.rule, cue=c.cue, parts=parts))
        return out

    def _unquoted(self, c: Candidate, quotes: list[Marked]) -> int:
        """Words of a candidate's content that lie outside every quoted span."""
        out = [k for k in range(c.start, c.end)
               if not any(m.start - 1 <= self.doc.tokens[k].start < m.end + 1 for m in quotes)]
        return words(self.doc, out)

    def _attribute_direct(self, marked: list[Marked], claimed: dict[int, int],
                          attrs: list[Candidate]) -> list[Draft]:
        """Each quoted span becomes a direct quote with the nearest cue or attribution phrase."""
        out: list[Draft] = []
        for j, m in enumerate(marked):
            cue = claimed.get(j)
            if cue == -1:
                continue
            draft = Draft(m.start, m.end, True, "direct", cue=cue, parts=m.parts)
            if cue is None:
                self._nearest_cue(draft, attrs)
            n = words(self.doc, self._tokens_in(m.start, m.end))
            if n < MIN_CUED_WORDS and not (draft.cue is not None and _utterance(self.doc.text, m)):
                self.drop(m.start, m.end, f"quoted span of {n} words: a partial quote or a name")
                continue
            if n < MIN_UNCUED_WORDS and not _utterance(self.doc.text, m):
                reason = self._phrase_reason(draft, out, cue is None)
                if reason:
                    self.drop(m.start, m.end, reason)
                    continue
            if draft.cue is None and draft.source is None:
                same = out and continues(self.doc.text, out[-1], draft) and (_utterance(self.doc.text, m) or not (
                    tag_ends_sentence(self.doc.text, out[-1], draft)))  # a phrase in a later sentence: scare quotes
                if n < MIN_UNCUED_WORDS and not same:
                    self.drop(m.start, m.end, f"quoted span of {n} words without a cue: scare quotes or a title")
                    continue
                if self._after_preposition(m) and not _utterance(self.doc.text, m):
                    self.drop(m.start, m.end, "quoted phrase a preposition governs ('obviněn z „…“'): a name")
                    continue
                draft.rule = "direct-continued"
            elif cue is not None:
                draft.rule = "direct-cue"
            lead = mixed_lead(self.doc, self.lex, self.starts, m.start, m.end, draft.cue) \
                if draft.cue is not None and m.closed else None
            if lead is not None:
                draft.start, draft.parts, draft.direct, draft.rule = lead, [(lead, m.end)], False, "mixed-lead"
            out.append(draft)
            if not m.closed:
                draft.rule += "-unclosed"
        return out

    def _after_preposition(self, m: Marked) -> bool:
        """Whether a quoted span is a noun phrase after a preposition that no active speech verb governs ('byl
        obviněn z „…“', 'accused of "…"'), unlike 'omlouvá se za „…“' (the apology's own words)."""
        toks = self.doc.tokens
        k = bisect_left(self.starts, m.start) - 1
        while k >= 0 and toks[k].upos == "PUNCT":
            k -= 1
        if k < 0 or toks[k].upos != "ADP" or toks[k].end > m.start:
            return False
        verb, seen = toks[k], set()
        while verb.upos not in ("VERB", "AUX") and verb.head != verb.i and verb.i not in seen:
            seen.add(verb.i)
            verb = toks[verb.head]
        passive = verb.feat("Voice") == "Pass" or any(
            c.deprel.lower() in ("aux:pass", "auxpass") for c in self.tree.children(verb.i))
        return passive or not self._cue_kind(verb)

    def _phrase_reason(self, d: Draft, earlier: list[Draft], nearest: bool) -> str | None:
        """Why a short quoted phrase (not an utterance) is no quote of its own, if it is not."""
        if self._same_statement(d, earlier) and not continues(self.doc.text, earlier[-1], d):
            return "quoted phrase of a statement already quoted in its sentence"
        if nearest and d.cue is not None and not self._governed_by(d, d.cue):
            return "quoted phrase outside the clause of the nearest cue: scare quotes"
        inside = self._tokens_in(d.start, d.end)
        tag = d.cue if d.cue is not None else d.phrase[0] if d.phrase is not None else None
        if nearest and tag is not None and inside and self.doc.tokens[tag].sent != self.doc.tokens[inside[0]].sent:
            return "quoted phrase whose only cue is in another sentence: scare quotes"
        return None

    def _governed_by(self, d: Draft, cue: int) -> bool:
        """Whether the cue verb governs the quoted phrase or stands right beside it ('"…," řekl')."""
        toks = self.doc.tokens
        inside = self._tokens_in(d.start, d.end)
        if not inside or abs(toks[cue].start - d.end) <= 3 or abs(d.start - toks[cue].end) <= 3:
            return True
        k, seen = inside[0], set()
        while k not in seen:
            seen.add(k)
            if k == cue:
                return True
            if toks[k].upos == "VERB" and not d.start <= toks[k].start < d.end:
                return False  # another verb's clause ('oznámila prodej a označil dohodu za "…"')
            k = toks[k].head
        return False

    def _same_statement(self, d: Draft, earlier: list[Draft]) -> bool:
        """Whether an earlier quote of d's sentence has d's cue or source ('X "had warned us" and had "no wish"')."""
        if d.cue is None and d.source is None:
            return False
        sent = self.doc.tokens[self._tokens_in(d.start, d.end)[0]].sent
        return any((e.cue, e.source) == (d.cue, d.source) and self._tokens_in(e.start, e.end)
                   and self.doc.tokens[self._tokens_in(e.start, e.end)[-1]].sent == sent for e in earlier)

    def _nearest_cue(self, d: Draft, attrs: list[Candidate]) -> None:
        """Give a quoted span the nearest free cue verb or 'podle X' of its sentences, or a '― Name' after it."""
        sents = self._quote_sentences(d)
        if not sents:
            return
        d.source = colon_subject(self.doc, self.tree, self.lex, self.starts, d.start)
        if d.source is not None:  # 'X odsoudil tweet slovy: „…“': the clause before the colon, not a later cue
            d.rule = "direct-colon"
            return
        best = self._closest(d, sents, attrs)
        if best is None:
            nxt = self._next_sentence_tag(max(sents))
            best = (0, nxt, "direct-cue-next") if nxt is not None else None
        if best is not None and best[1] >= 0:
            d.cue, d.rule = best[1], best[2]
        elif best is not None:
            a = attrs[-best[1] - 1]
            d.source, d.phrase, d.rule = a.source, a.phrase, best[2]
        else:
            d.source = dash_source(self.doc, self.starts, d.end)
            d.rule = "direct-dash" if d.source is not None else d.rule

    def _quote_sentences(self, d: Draft) -> set[int]:
        """Sentences a quote's tag may sit in: its own, the one before 'X said:', the one right after it."""
        doc = self.doc
        sents = {doc.tokens[k].sent for k in self._tokens_in(d.start, d.end)}
        if not sents:
            return sents
        first, last = min(sents), max(sents)
        if doc.text[:d.start].rstrip().rstrip(QUOTE_MARKS).rstrip().endswith(":") and first > 0:
            sents.add(first - 1)  # 'X said:' then the quote
        nxt = doc.sentences[last + 1].char_start if last + 1 < len(doc.sentences) else -1
        if 0 <= nxt - d.end <= 3 and "\n" not in doc.text[d.end:nxt]:
            sents.add(last + 1)  # '"...?" Clinton said.': the splitter cut after the question mark
        return sents

    def _closest(self, d: Draft, sents: set[int], attrs: list[Candidate]) -> tuple[int, int, str] | None:
        """(distance, cue token or -(attribution index)-1, rule) of the cue nearest to the quote."""
        doc = self.doc
        best: tuple[int, int, str] | None = None
        for s_i in sorted(sents):
            s = doc.sentences[s_i]
            for t in doc.tokens[s.start:s.end]:
                if (d.start - 1 <= t.start < d.end + 1 or t.i in self.used_cues or self._in_quote(t)
                        or not (self._cue_kind(t) or tag_verb(self.doc, self.tree, self.lex, d.start, d.end, t))):
                    continue
                dist = d.start - t.end if t.end <= d.start else t.start - d.end
                if best is None or dist < best[0]:
                    best = (dist, t.i, "direct-cue")
        for n, a in enumerate(attrs):
            t = doc.tokens[a.cue]
            if t.sent in sents and not d.start <= t.start < d.end and a.source is not None:
                dist = abs(t.start - d.start)
                if best is None or dist < best[0]:
                    best = (dist, -n - 1, "direct-attribution")
        return best

    def _next_sentence_tag(self, sent: int) -> int | None:
        """'„…“ Řekl to ministr X.': a cue verb opening the next sentence with a pointing pronoun object."""
        doc = self.doc
        if sent + 1 >= len(doc.sentences):
            return None
        s = doc.sentences[sent + 1]
        for t in doc.tokens[s.start:min(s.start + 3, s.end)]:
            if self._cue_kind(t) and t.i not in self.used_cues and not self._in_quote(t) and any(
                    c.deprel.lower() in ("obj", "dobj") and "Dem" in (c.feat("PronType") or "")
                    for c in self.tree.children(t.i)):
                return t.i
        return None

    def _speakers(self, drafts: list[Draft]) -> list[Quote]:
        """Quotes in text order with speakers; pronouns and dropped subjects use earlier speakers."""
        doc, out = self.doc, []
        history: list[tuple[int, Speaker]] = []
        for d in drafts:
            inside = self._tokens_in(d.start, d.end)
            sent = doc.tokens[inside[0]].sent if inside else 0
            sp = self._speaker(d, history, sent)
            if sp is not None:  # kept by the quote's LAST sentence: a long quote does not push its speaker away
                history.append((doc.tokens[inside[-1]].sent if inside else sent, sp))
            out.append(self._quote(d, sp, sent))
        return out

    def _speaker(self, d: Draft, history: list[tuple[int, Speaker]], sent: int) -> Speaker | None:
        """Who said a draft quote."""
        doc, tree, lex = self.doc, self.tree, self.lex
        head = d.source
        cue_tok = doc.tokens[d.cue] if d.cue is not None else None
        if head is None and cue_tok is not None:
            subj = cue_subject(doc, tree, cue_tok.i, lex, tuple(d.parts or [(d.start, d.end)]))
            head = subj.i if subj is not None else None
            head = document_speaker(doc, tree, cue_tok, lex) if head is None else head
        if head is not None:
            medium = medium_of(doc, tree, doc.tokens[head], lex)  # 'a report in the Washington Post': the paper
            head = medium.i if medium is not None else head
            head = _owner_pronoun(tree, doc.tokens[head], lex) or head  # 'his tweet said': whose tweet
            if tree.is_pronoun(doc.tokens[head], lex):
                return resolve_pronoun(doc, tree, doc.tokens[head], cue_tok, lex, history)
            return speaker_at(doc, tree, head, lex, "attribution" if d.phrase is not None else "subject")
        return antecedent(doc, tree, sent, cue_tok, lex, history)

    def _quote(self, d: Draft, sp: Speaker | None, sent: int) -> Quote:
        """The Quote object for a finished draft."""
        doc = self.doc
        parts = d.parts or [(d.start, d.end)]
        text = " ".join(doc.text[a:b].strip() for a, b in parts if doc.text[a:b].strip())
        cue_text, cue_span = None, None
        if d.cue is not None:
            t = doc.tokens[d.cue]
            cue_text, cue_span = t.text, (t.start, t.end)
        elif d.phrase is not None:
            x, y = d.phrase
            cue_text, cue_span = doc.span_text(x, y), (doc.tokens[x].start, doc.tokens[y - 1].end)
        speaker: ArgRef | None = sp.ref if sp else None
        rule = d.rule + (f"+speaker-{sp.how}" if sp else "+speaker-none")
        return Quote(text=text, span=(d.start, d.end), direct=d.direct, speaker=speaker, cue=cue_text,
                     cue_span=cue_span, sentence=sent, rule=rule)


def _utterance(text: str, m: Marked) -> bool:
    """Whether a quoted span reads as a whole utterance ('„Nemůžeme čekat,“ řekla'), not a quoted phrase."""
    inner = text[m.start:m.end].strip().strip(QUOTE_MARKS).strip()  # '"\'Work is communism.\'"': a quote in a quote
    after = text[m.end + 1:m.end + 2] if m.closed else ""
    return bool(inner) and inner[0].isupper() and (inner[-1] in ",.!?…" or after == ",")


@component("quotes", requires=("tokens", "mentions"), provides=("quotes",))
def make_quotes(settings: Settings) -> Quotes:
    """Factory for the quotes component."""
    return Quotes(settings)


def _owner_pronoun(tree: Tree, noun: Token, lex: CueLexicon) -> int | None:
    """The possessive pronoun on a speaking document or speech noun ('his tweet said', 'her statement read'), whose
    antecedent is the speaker; None for any other head."""
    if noun.lemma.lower() not in lex.document_nouns | lex.speech_nouns:
        return None
    return owner_pronoun(tree, noun.i, lex)
