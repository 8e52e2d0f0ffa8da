"""Indirect speech from the dependency tree: a reporting verb and the clause it reports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..model import Doc, Sentence, Token
from .quotes_lex import CueLexicon, Tree, words
from .quotes_passage import opened_runs, passage_runs
from .quotes_speaker import agrees_with, finite, inverted_subject, noun_author, phrase_tokens

PUNCT_EDGE = set(",;:-–—.\"'„“”»«‚‘’()")


@dataclass
class Candidate:
    """Reported content found for one cue: token range [start, end) of the content, in runs."""

    cue: int  # token index of the cue verb (or of the attribution phrase's first word)
    kind: str  # speech | belief | attribution
    start: int
    end: int
    rule: str
    marked: bool = False  # introduced by a subordinator ("že", "that")
    postposed: bool = False  # the cue follows (or interrupts) its content ('"...", said X')
    source: int | None = None  # head token of the source named in an attribution phrase
    runs: list[tuple[int, int]] = field(default_factory=list)  # content token ranges, the cue tag left out
    phrase: tuple[int, int] | None = None  # token range of an attribution phrase ('podle', 'according to')
    aside: tuple[int, int] | None = None  # token range of the writer's own clause cut from the content


def _clean(doc: Doc, lo: int, hi: int, lex: CueLexicon) -> tuple[int, int, bool]:
    """Trim edge punctuation and a leading 'že'/'that'; return [lo, hi) and whether a mark was cut."""
    marked = False
    toks = doc.tokens
    while lo < hi and (toks[lo].text in PUNCT_EDGE or _is_mark(toks[lo], lex)):
        marked = marked or _is_mark(toks[lo], lex)
        lo += 1
    while hi > lo and (toks[hi - 1].text in PUNCT_EDGE - set("\"“”»«’'") or toks[hi - 1].upos == "CCONJ"):
        hi -= 1  # also a conjunction left over from a cut clause ('said the deal was dead and [added …]')
    return lo, hi, marked


def _is_mark(t: Token, lex: CueLexicon) -> bool:
    """A subordinator to cut from the front of reported speech ('že', 'that' but not 'that claim')."""
    return t.text.lower() in lex.strip_marks and (t.deprel == "mark" or t.upos == "SCONJ")


def _runs(doc: Doc, idx: list[int], lex: CueLexicon) -> tuple[list[tuple[int, int]], bool]:
    """Contiguous runs of the given token indices, each trimmed; and whether a 'že'/'that' was cut."""
    runs: list[tuple[int, int]] = []
    marked = False
    for k in idx:
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    out: list[tuple[int, int]] = []
    for lo, hi in runs:
        lo2, hi2, m = _clean(doc, lo, hi, lex)
        marked = marked or (m and not out)
        if hi2 > lo2 and words(doc, range(lo2, hi2)):
            out.append((lo2, hi2))
    return out, marked


def _candidate(doc: Doc, cue: Token, kind: str, idx: list[int], lex: CueLexicon, rule: str,
               postposed: bool, min_words: int) -> Candidate | None:
    """A candidate from content token indices, if enough words remain."""
    runs, marked = _runs(doc, idx, lex)
    if not runs or sum(words(doc, range(a, b)) for a, b in runs) < min_words:
        return None
    return Candidate(cue.i, kind, runs[0][0], runs[-1][1], rule, marked, postposed, runs=runs)


def _complement(doc: Doc, tree: Tree, cue: Token, lex: CueLexicon) -> Token | None:
    """The clause a cue verb reports: a ccomp/parataxis child, or any child introduced by 'že'/'that'."""
    best: Token | None = None
    for c in tree.children(cue.i):
        if c.upos == "PUNCT":
            continue
        has_mark = any(m.deprel == "mark" and m.text.lower() in lex.marks for m in tree.children(c.i))
        if has_mark and c.deprel.split(":")[0] not in ("acl", "nmod"):
            return c
        if c.deprel.lower() in lex.complement_deps and best is None:
            best = c
    return best


NOMINAL_DEPS = ("obl", "obl:arg", "obj", "iobj", "dobj", "dative", "nmod", "pobj", "prep", "npadvmod")
CLAUSE_DEPS = ("acl", "ccomp", "advcl")
HEARER_DEPS = ("obl", "obl:arg", "iobj", "dative", "npadvmod")  # the cue's hearer or time, not its object


def _nested_complement(tree: Tree, cue: Token, lex: CueLexicon) -> Token | None:
    """'řekl světovým vůdcům v úterý, že …': a 'že'/'that' clause the parser hung under the cue's hearer or time
    or under a speech noun it names ('highlighted his message that …'), not under another object ('vyjádřit
    frustraci nad tím, že …' reports no speech)."""
    stack = [c for c in tree.children(cue.i) if c.i > cue.i and (c.deprel.lower() in HEARER_DEPS or _hearer_obj(
        cue, c) or (c.deprel.lower() in NOMINAL_DEPS and c.lemma.lower() in lex.speech_nouns
                    and noun_author(tree, c.i, lex) is None))]  # 'odmítla tvrzení opozice, že …': the opposition's
    while stack:
        n = stack.pop(0)
        if "Dem" in (n.feat("PronType") or ""):
            continue  # 'vyjádřit frustraci nad tím, že …': the clause complements a noun, it is not reported
        for c in tree.children(n.i):
            dep = c.deprel.lower()
            marks = [m for m in tree.children(c.i) if m.deprel == "mark" and m.text.lower() in lex.strip_marks]
            if dep.split(":")[0] in CLAUSE_DEPS and marks and c.i > cue.i and not lex.cue_kind(n):
                return c
            if dep in NOMINAL_DEPS:
                stack.append(c)
    return None


def _hearer_obj(cue: Token, c: Token) -> bool:
    """'řekla AFP, že …': a caseless or dative name right after the cue, parsed as its object, is the hearer."""
    return (c.i == cue.i + 1 and c.deprel.lower() in ("obj", "dobj") and c.upos in ("NOUN", "PROPN")
            and c.feat("Case") in (None, "Dat", "Loc"))


def _clause_list(doc: Doc, tree: Tree, cue: Token, idx: list[int], lex: CueLexicon) -> list[int]:
    """'prohlásila, že je nevinná, nepochybila a spolupracuje': clauses the parser coordinated with the cue right
    after its content, without a conjunction of their own, are more of the reported content; so is a reason
    clause hung on the cue ('confirmed that the deal was final, since it had been negotiated …')."""
    out, listed = list(idx), False
    for c in tree.children(cue.i):
        dep = c.deprel.split(":")[0]
        if c.i <= out[-1] or dep not in ("conj", "advcl") or lex.cue_kind(c):
            continue
        sub = tree.subtree(c.i)
        first = next((k for k in sub if doc.tokens[k].upos not in ("PUNCT", "CCONJ")), c.i)
        gap = doc.tokens[out[-1] + 1:first]
        commas = [t for t in gap if t.text == ","]
        conj = [t for t in gap if t.upos != "PUNCT"]
        if dep == "advcl":
            marks = [m.text.lower() for m in tree.children(c.i) if m.deprel == "mark"]
            if not (marks and marks[0] in lex.content_reasons and len(commas) == 1 and not conj):
                break
        else:
            own_subject = any(s.upos in ("NOUN", "PROPN") for s in tree.children(c.i, lex.subject_deps))
            asyndetic = len(commas) == 1 and not conj
            closing = listed and len(commas) <= 1 and len(conj) == 1 and conj[0].deprel == "cc"
            again = doc.tokens[first].text.lower() in lex.strip_marks and len(conj) <= 1  # 'řekl, že A, a že B'
            if not again and (own_subject or not (asyndetic or closing)):
                break
        out += list(range(out[-1] + 1, first)) + [k for k in sub if k >= first]
        listed = dep == "conj"
    return out


def _content_end(doc: Doc, comp: Token, idx: list[int], lex: CueLexicon, tree: Tree, cue: int) -> list[int]:
    """Reported content ends at a semicolon, at a contrast the writer adds ('…, while touting …') or at a second
    speech verb of the same speaker that the parser hung on the content ('řekl, že …, a dodal, že …')."""
    for k in idx:
        t = doc.tokens[k]
        if (k > comp.i and t.head == comp.i and t.deprel.split(":")[0] == "conj" and lex.cue_kind(t)
                and not tree.children(k, lex.subject_deps) and agrees_with(doc.tokens[cue], t)):
            first = tree.subtree(k)[0]
            return [j for j in idx if j < first]
        stop = t.text == ";" or (k > comp.i and t.text.lower() in lex.content_stops
                                  and (t.deprel == "mark" or t.upos == "SCONJ") and not _inserted(doc, tree, t, idx))
        if stop:
            return [j for j in idx if j < k]
    return idx


def _inserted(doc: Doc, tree: Tree, mark: Token, idx: list[int]) -> bool:
    """Whether the clause a subordinator opens is set inside the content, which goes on after it ('he had charged
    his staff, while cooperating with X, to work out a measure'): then it does not end the content."""
    sub = set(tree.subtree(mark.head)) if mark.head != mark.i else {mark.i}
    end = max(sub | {mark.i})
    return any(k > end and k not in sub and doc.tokens[k].upos not in ("PUNCT", "CCONJ") for k in idx)


def _passive_with_patient(tree: Tree, cue: Token) -> bool:
    """A passive cue whose subject is a noun phrase (not an expletive 'it was said that')."""
    kids = tree.children(cue.i)
    passive = any(k.deprel.lower() in ("aux:pass", "auxpass") for k in kids)
    raising = any(k.deprel.lower() == "xcomp" and k.i > cue.i for k in kids)  # 'she was reported to withdraw'
    return passive and any(k.deprel.lower() in ("nsubj:pass", "nsubjpass") and (
        k.upos in ("NOUN", "PROPN") or (raising and k.upos == "PRON")) for k in kids)


def from_cue(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon) -> Candidate | None:
    """The reported content of one cue verb, if the tree gives it one."""
    if _passive_with_patient(tree, cue):
        return None  # 'stem cells would be recommended if ...': the subject is no speaker
    passage = _passage(doc, tree, cue, kind, lex)
    if passage is not None:
        return passage
    comp = _complement(doc, tree, cue, lex) or _nested_complement(tree, cue, lex)
    if comp is not None and _request(tree, cue, comp, lex):
        kind = "request"  # 'vyzval vládu, aby odstoupila': a request (an event), not reported speech
    elif comp is not None and _wh_clause(doc, tree, cue, comp, lex):
        kind = "description"  # 'the video shows how the police …': no statement is reported
    if comp is not None:
        sent = doc.sentences[cue.sent]
        idx = [k for k in tree.subtree(comp.i) if sent.start <= k < sent.end]
        full = _clause_list(doc, tree, cue, idx, lex) if comp.i > cue.i else idx
        idx = _content_end(doc, comp, full, lex, tree, cue.i) if comp.i > cue.i else idx
        if comp.i > cue.i and not any(doc.tokens[k].upos in ("VERB", "AUX") and finite(doc.tokens[k]) for k in idx):
            return None  # no clause: 'found his client guilty', 'she said, her voice quavering'
        cand = _candidate(doc, cue, kind, idx, lex, f"indirect-{comp.deprel}", comp.i < cue.i, 2)
        if cand is not None and kind in lex.quote_kinds and comp.i > cue.i and idx == full:
            _continue(doc, cue, cand, lex)
        if cand is not None:
            if idx and len(idx) < len(full):
                cand.aside = (idx[-1] + 1, full[-1] + 1)
            has_mark = any(m.deprel == "mark" and m.text.lower() in lex.marks for m in tree.children(comp.i))
            cand.marked = cand.marked or has_mark
            return cand
    return (_interposed(doc, tree, cue, kind, lex) or _speech_tag(doc, tree, cue, kind, lex)
            or _inverted_tag(doc, tree, cue, kind, lex))


def _continue(doc: Doc, cue: Token, cand: Candidate, lex: CueLexicon) -> None:
    """Extend a colon-opened content over the first-person sentences that go on with it (quotes_passage.opened_runs)."""
    more = [r for a, b in opened_runs(doc, cue, cand.start, cand.end) for r in _runs(doc, list(range(a, b)), lex)[0]]
    if more:
        cand.runs += more
        cand.end = more[-1][1]
        cand.rule += "+continued"


def _passage(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon) -> Candidate | None:
    """'Nebudeme nic sdělovat. Upřímnou soustrast, uvedl X.': unmarked first-person sentences a closing tag ends."""
    runs = passage_runs(doc, tree, cue, lex) if kind in lex.quote_kinds else None
    if runs is None:
        return None
    idx = [k for a, b in runs for k in range(a, b)]
    cand = _candidate(doc, cue, kind, idx, lex, "indirect-passage", True, 3)
    if cand is not None:
        subj = tree.children(cue.i, lex.subject_deps)
        tag = [t for t in doc.tokens[runs[-1][1] + 1:cue.i + 6] if t.upos in ("PROPN", "NOUN") and t.i != cue.i]
        cand.source = None if subj else (tag[0].i if tag else None)
    return cand


def _inverted_tag(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon) -> Candidate | None:
    """'The army moved two divisions north, stated the paper.': the content is the sentence before the tag, the
    speaker the noun after the verb (the parser made the tag a conjunct of the content)."""
    speaker = inverted_subject(doc, tree, cue, lex)
    if speaker is None:
        return None
    sent = doc.sentences[cue.sent]
    idx = list(range(sent.start, cue.i - 1))
    if not any(doc.tokens[k].upos in ("VERB", "AUX") and finite(doc.tokens[k]) for k in idx):
        return None  # no clause of its own ('Trump, appearing after Clinton, cited …')
    cand = _candidate(doc, cue, kind, idx, lex, "indirect-inverted", True, 3)
    if cand is not None:
        cand.source = speaker.i
    return cand


def _request(tree: Tree, cue: Token, comp: Token, lex: CueLexicon) -> bool:
    """Whether a cue's clause is a request: opened by 'aby' (data: request_marks) or governed by 'urge'-like verbs."""
    if comp.i > cue.i and cue.lemma.lower() in lex.request_verbs:
        return True
    return any(m.deprel == "mark" and m.text.lower() in lex.request_marks for m in tree.children(comp.i))


def _wh_clause(doc: Doc, tree: Tree, cue: Token, comp: Token, lex: CueLexicon) -> bool:
    """Whether a describing cue's clause after it opens with a wh-word ('shows how …', not 'asked how …')."""
    if comp.i < cue.i or cue.lemma.lower() not in lex.describing_verbs:
        return False
    first = next((doc.tokens[k] for k in tree.subtree(comp.i) if doc.tokens[k].upos != "PUNCT"), comp)
    return first.text.lower() in lex.wh_words


def _interposed(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon) -> Candidate | None:
    """'Content, řekl X.' / 'Content, X said, more content.': the parser hangs the cue under the content."""
    head = cue.head
    if cue.deprel.lower() not in lex.postposed_deps or head == cue.i or lex.cue_kind(doc.tokens[head]):
        return None  # not under content, or itself what another cue reports ('řekl, že jednání pokračují')
    if any(m.deprel == "mark" and m.text.lower() not in lex.tag_marks for m in tree.children(cue.i)):
        return None  # a clause of the writer's ('…, přičemž ten poslední soud potvrdil'), not a speech tag
    sent = doc.sentences[cue.sent]
    tag = [k for k in tree.subtree(cue.i) if doc.tokens[k].upos != "PUNCT"]
    before = doc.tokens[tag[0] - 1] if tag[0] > sent.start else None
    if before is None or before.text not in ",:—–-\"“”«»'’":
        return None  # the speech tag is not set off by a comma or quote mark
    last_word = max((t.i for t in doc.sent_tokens(sent) if any(ch.isalnum() for ch in t.text)), default=-1)
    own_subject = bool(tree.children(cue.i, lex.subject_deps))
    if not own_subject and (tag[-1] < last_word or cue.deprel.lower() != "parataxis"):
        return None  # no subject of its own and not a closing tag ('..., dodal.'): 'X did A, and said'
    skip = frozenset({cue.i})
    idx = [k for k in tree.subtree(head, skip) if sent.start <= k < sent.end]
    return _candidate(doc, cue, kind, idx, lex, "indirect-interposed", True, 3)


TAG_BOUNDS = set(",:;—–\"“”«»‘’'()")
MAX_TAG_TOKENS = 12


def _tag_segment(doc: Doc, cue: Token) -> tuple[int, int]:
    """The punctuation-bounded stretch of the sentence around a cue verb, as a token range."""
    sent = doc.sentences[cue.sent]
    lo = cue.i
    while lo > sent.start and doc.tokens[lo - 1].text not in TAG_BOUNDS:
        lo -= 1
    hi = cue.i + 1
    while hi < sent.end and doc.tokens[hi].text not in TAG_BOUNDS and doc.tokens[hi].upos != "PUNCT":
        hi += 1
    return lo, hi


def _bare_tag(cue: Token, seg: list[Token], lex: CueLexicon) -> bool:
    """Whether a stretch holds only a speech tag: an active finite (or past) cue verb, its subject, adverbs."""
    form, tense = cue.feat("VerbForm"), cue.feat("Tense")
    if form != "Fin" and not (form == "Part" and tense == "Past"):
        return False  # 'Reporting by', 'As stated in': not a speaker's tag
    if seg and seg[0].deprel.lower() == "cc" and seg[0].i < cue.i:
        return False  # a coordinated clause of its own ('…, přičemž ten rozsudek soud potvrdil')
    for t in seg:
        dep = t.deprel.lower()
        if t.i != cue.i and (t.upos in ("VERB", "SCONJ") or dep == "mark") and t.text.lower() not in lex.tag_marks:
            return False  # a clause of its own ('after X objected'), but 'jak uvedl X', 'as X said' are tags
        if t.head == cue.i and (dep in ("aux:pass", "auxpass", "expl:pass") or
                                (dep in ("obj", "dobj") and cue.lemma.lower() not in lex.addressee_verbs)):
            return False  # passive, or a transitive use: 'noted the rule', 'declared bankruptcy'
    return True


def _speech_tag(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon) -> Candidate | None:
    """A speech tag set off by commas ('X, he said, Y' / 'X, řekl Husajn.') when the tree misses the clause."""
    lo, hi = _tag_segment(doc, cue)
    sent = doc.sentences[cue.sent]
    seg = doc.tokens[lo:hi]
    if hi - lo > MAX_TAG_TOKENS or cue.deprel.lower() in ("acl:relcl", "relcl", "acl"):
        return None
    if not _bare_tag(cue, seg, lex):
        return None
    nominals = [t for t in seg if t.upos in ("PROPN", "NOUN", "PRON") and t.deprel != "case"]
    if not nominals or (lo == sent.start and hi >= sent.end - 1):
        return None
    idx = [k for k in range(sent.start, sent.end) if not lo <= k < hi]
    if not any(doc.tokens[k].upos in ("VERB", "AUX") for k in idx):
        return None  # the rest is no clause ('Hope Hicks, a spokeswoman, did not respond')
    if any(lo <= doc.tokens[k].head < hi and (doc.tokens[k].deprel.split(":")[0] == "acl" or (
            doc.tokens[k].deprel.split(":")[0] == "conj" and doc.tokens[k].upos in ("NOUN", "PROPN")))
           for k in idx):  # 'odpověděla slzným plynem, vodními děly a …': the list goes on the tag's own noun
        return None  # the rest describes a noun of the tag ('vyzvala k pomoci migrantům, kteří uvízli')
    cand = _candidate(doc, cue, kind, idx, lex, "indirect-tag", lo > sent.start, 3)
    if cand is not None and not tree.children(cue.i, lex.subject_deps):
        cand.source = nominals[0].i  # the tag's own noun when the parser gave the cue no subject
    return cand


def _marked_clause_at(doc: Doc, tree: Tree, j: int, lex: CueLexicon) -> Token | None:
    """The 'že'/'that' clause opening right after token j-1 (a comma may come between), wherever the parser hung it."""
    k = j + 1 if j < len(doc.tokens) and doc.tokens[j].text == "," else j
    if k >= len(doc.tokens) or not _is_mark(doc.tokens[k], lex):
        return None
    clause = doc.tokens[doc.tokens[k].head]
    return clause if clause.deprel.split(":")[0] in CLAUSE_DEPS else None


def speech_phrases(doc: Doc, tree: Tree, lex: CueLexicon) -> list[Candidate]:
    """'zadržuje dotace s tím, že …' / 'on the grounds that …': a phrase that reports what its verb's subject says."""
    out = []
    toks = doc.tokens
    for s, _i, j in phrase_hits(doc, lex.speech_phrases):
        clause = _marked_clause_at(doc, tree, j, lex)
        verb = toks[j - 1]
        for _ in range(4):
            if verb.upos == "VERB" or verb.head == verb.i:
                break
            verb = toks[verb.head]
        if clause is None or verb.upos != "VERB":
            continue
        idx = [k for k in tree.subtree(clause.i) if s.start <= k < s.end]
        cand = _candidate(doc, verb, "speech", idx, lex, "indirect-phrase", False, 3)
        if cand is not None:
            out.append(cand)
    return out


def phrase_hits(doc: Doc, phrases: Iterable[tuple[str, ...]]) -> Iterator[tuple[Sentence, int, int]]:
    """Every (sentence, start, end) token range whose lower-cased words are one of the phrases."""
    by_first: dict[str, list[tuple[str, ...]]] = {}  # only phrases starting with a token's word can match there
    for ph in phrases:
        if not ph:  # an empty phrase would match everywhere: lexicon data never has one
            raise ValueError("empty quote phrase")
        by_first.setdefault(ph[0], []).append(ph)
    low = [t.text.lower() for t in doc.tokens]
    for s in doc.sentences:
        for i in range(s.start, s.end):
            for ph in by_first.get(low[i], ()):
                j = i + len(ph)
                if j <= s.end and tuple(low[i:j]) == ph:
                    yield s, i, j


def statement_clauses(doc: Doc, tree: Tree, lex: CueLexicon) -> list[Candidate]:
    """'Ministerstvo vydalo prohlášení, že …' / 'issued a statement that …': the 'že'/'that' clause of a speech noun
    that its speaker publishes (data statement_verbs); not 'odmítla tvrzení, že …' (someone else's claim)."""
    out = []
    for noun in doc.tokens:
        verb = doc.tokens[noun.head]
        if (noun.upos != "NOUN" or noun.lemma.lower() not in lex.speech_nouns or noun.head == noun.i
                or verb.lemma.lower() not in lex.statement_verbs or noun.deprel.lower() not in ("obj", "dobj")):
            continue
        subj = [c for c in tree.children(verb.i, lex.subject_deps) if c.upos in ("NOUN", "PROPN", "PRON")]
        clause = next((c for c in tree.children(noun.i) if c.deprel.split(":")[0] == "acl" and c.i > noun.i and any(
            m.deprel == "mark" and m.text.lower() in lex.strip_marks for m in tree.children(c.i))), None)
        if not subj or clause is None:
            continue
        sent = doc.sentences[noun.sent]
        idx = [k for k in tree.subtree(clause.i) if sent.start <= k < sent.end]
        cand = _candidate(doc, noun, "speech", idx, lex, "indirect-statement-noun", False, 3)
        if cand is not None:
            cand.source = subj[0].i
            out.append(cand)
    return out


def pointing(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon,
             attrs: list[Candidate]) -> Candidate | None:
    """'Podle ministryně bude schodek nižší. Ministryně to uvedla v pondělí.': a main-clause cue verb whose object
    points back ('to', 'o tom': data pointing_verbs, pointing_objects) reports the sentence before it; of a 'podle X'
    sentence
    only the clause without the attribution phrase."""
    if cue.head != cue.i or cue.sent == 0 or cue.lemma.lower() not in lex.pointing_verbs or not any(
            c.text.lower() in lex.pointing_objects and "Dem" in (c.feat("PronType") or "")
            for c in tree.children(cue.i)):
        return None  # not 'X to uvedl' ('Moskva to odmítá' denies a claim, it does not state it)
    prev = doc.sentences[cue.sent - 1]
    if any(lex.cue_kind(t) for t in doc.sent_tokens(prev)):
        return None  # the sentence before reports someone's words or beliefs already
    attr = next((a for a in attrs if doc.tokens[a.cue].sent == prev.i and a.runs), None)
    idx = [k for a, b in attr.runs for k in range(a, b)] if attr else list(range(prev.start, prev.end))
    if not any(doc.tokens[k].upos in ("VERB", "AUX") for k in idx):
        return None  # a heading or a list item, no statement
    return _candidate(doc, cue, kind, idx, lex, "indirect-pointing", True, 3)


def attributions(doc: Doc, tree: Tree, lex: CueLexicon) -> list[Candidate]:
    """'podle X' / 'according to X' phrases: the source X and the rest of the clause as content."""
    out = []
    starts: set[int] = set()  # one attribution per start token: the first phrase with a source wins
    for _s, i, j in phrase_hits(doc, lex.phrases):
        src = None if i in starts else _phrase_source(doc, tree, i, j)
        if src is None:
            continue
        cand = _attribution_content(doc, tree, i, j, src, lex)
        cand = cand or Candidate(i, "attribution", i, j, "attribution-phrase", source=src)
        cand.phrase = (i, j)
        out.append(cand)
        starts.add(i)
    return out


def _phrase_source(doc: Doc, tree: Tree, i: int, j: int) -> int | None:
    """The nominal that an attribution phrase governs (Czech 'podle' is its case dependent)."""
    last = doc.tokens[j - 1]
    for t in (doc.tokens[last.head], *tree.children(last.i), *tree.children(doc.tokens[i].i)):
        if t.i >= j and t.upos in ("NOUN", "PROPN", "PRON", "X"):
            return t.i
    nxt = [t for t in doc.tokens[j:j + 4] if t.upos in ("NOUN", "PROPN", "PRON")]
    return nxt[0].i if nxt else None


def _attribution_content(doc: Doc, tree: Tree, i: int, j: int, src: int, lex: CueLexicon) -> Candidate | None:
    """The clause around an attribution phrase, without the phrase and its source."""
    s = doc.sentences[doc.tokens[i].sent]
    phrase = set(range(i, j)) | set(phrase_tokens(doc, tree, src, lex))
    rest = [k for k in range(s.start, s.end) if k not in phrase]
    if not rest:
        return None
    cand = _candidate(doc, doc.tokens[i], "attribution", rest, lex, "attribution-phrase", False, 3)
    if cand is not None:
        cand.source = src
    return cand
