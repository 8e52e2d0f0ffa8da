"""Speakers of quotes: the cue's subject or 'podle X' phrase as an actor, pronouns and dropped subjects resolved."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..model import ArgRef, Doc, Mention, Token
from .gender import fits_gender, speaker_fits
from .quotes_lex import CueLexicon, Tree

MAX_NAME_TOKENS = 12
RELATIVE = ("acl", "acl:relcl", "relcl", "advcl")
NAME_LINKS = ("flat", "flat:name", "appos", "nsubj")


@dataclass
class Speaker:
    """A resolved speaker plus how it was found (for the quote's rule)."""

    ref: ArgRef
    how: str  # subject | phrase | pronoun | context
    head: int | None  # token index of the speaker's head in the text, when it is named there


def cue_subject(doc: Doc, tree: Tree, cue: int, lex: CueLexicon,
                content: tuple[tuple[int, int], ...] = ()) -> Token | None:
    """The subject of a cue verb, inherited from the governing verb for conj/xcomp cues ('řekl a dodal'); a noun
    inside the character spans of the quote's own content is never its subject ('„… je klíčová úroveň …,“ uvedla X')."""
    seen = set()
    i = cue
    while i not in seen:
        seen.add(i)
        subj = [t for t in tree.children(i, lex.subject_deps) if not any(a <= t.start < b for a, b in content)
                and t.feat("Case") not in HEARER_CASES]  # 'řekla moderátoru Kimmelovi': the hearer, tagged nsubj
        if subj:
            nom = [t for t in subj if t.feat("Case") == "Nom"]  # two 'subjects': the caseless one is the hearer
            agreeing = [t for t in nom if agrees_with(doc.tokens[i], t)]
            pick = agreeing or nom or subj
            after = all(t.i > i for t in pick)  # 'pověděl Blesku Šándor': the hearer comes first, the speaker last
            return _agreeing_nominative(doc, tree, doc.tokens[i], pick[-1] if after else pick[0])
        t = doc.tokens[i]
        inverted = inverted_subject(doc, tree, t, lex) if i == cue else None
        if inverted is not None:
            return inverted
        if t.deprel.split(":")[0] in ("conj", "xcomp", "advcl") and t.head != t.i:
            i = _reporting_verb(doc, lex, t)
            continue
        return _nominative_dependent(doc, tree, doc.tokens[cue]) or _document_nmod(
            tree, doc.tokens[cue], lex.document_nouns | lex.speech_nouns)
    return None


HEARER_CASES = frozenset({"Dat", "Loc", "Ins"})  # a 'subject' in these cases is the hearer (Loc: a bare dative)
MAX_INVERTED_TOKENS = 12  # 'the Czech daily Lidove noviny': a speaker after its verb is a short name phrase
INVERTED_TAG_BEFORE = frozenset(',"“”»«\'’')


def finite(t: Token) -> bool:
    """A finite verb form, or a past participle that is one (Czech 'řekl', English 'said' tagged as VBN)."""
    return t.feat("VerbForm") == "Fin" or (t.feat("VerbForm") == "Part" and t.feat("Tense") == "Past")


def inverted_subject(doc: Doc, tree: Tree, cue: Token, lex: CueLexicon) -> Token | None:
    """'…, stated the paper.' / '"…," sighed the mayor.': a tag closing its sentence after the content, whose
    subject comes after the verb and which the parser took for the object (a nominative or caseless noun)."""
    sent = doc.sentences[cue.sent]
    if (not finite(cue) or cue.i <= sent.start or doc.tokens[cue.i - 1].text not in INVERTED_TAG_BEFORE
            or tree.children(cue.i, lex.subject_deps) or cue.lemma.lower() in lex.addressee_verbs):
        return None  # not a finite tag ('…, adding levity'), or its subject is where it should be
    last = max((t.i for t in doc.sent_tokens(sent) if t.upos != "PUNCT"), default=-1)
    for c in tree.children(cue.i):
        sub = tree.subtree(c.i)
        if (c.i > cue.i and c.deprel.lower() in ("obj", "dobj") and c.upos in ("NOUN", "PROPN")
                and c.feat("Case") in (None, "Nom") and sub[-1] >= last and len(sub) <= MAX_INVERTED_TOKENS
                and not any(doc.tokens[k].upos in ("VERB", "AUX") for k in sub)):
            return c  # a short name phrase ending the sentence, not 'cited problems in the Middle East that …'
    return None


def document_source(tree: Tree, cue: Token, lex: CueLexicon) -> Token | None:
    """'„…,“ stojí v dovolání' / 'V prohlášení se uvádí, že …': the document an impersonal cue cites (its author,
    when named, is found by the caller)."""
    children = tree.children(cue.i)
    if cue.lemma.lower() not in lex.document_verbs and not any(c.deprel.lower() == "expl:pass" for c in children):
        return None  # a personal cue: 'V prohlášení uvedl …' is said by its dropped subject, not the statement
    nouns = lex.document_nouns | lex.speech_nouns
    for c in children:
        if c.deprel.split(":")[0] == "obl" and c.upos == "NOUN" and c.lemma.lower() in nouns:
            return c
        antecedent = tree.doc.tokens[cue.head]  # 'napsal odpověď, v níž stálo, že …': the relative's noun
        if (c.deprel.split(":")[0] == "obl" and "Rel" in (c.feat("PronType") or "") and cue.deprel.startswith("acl")
                and antecedent.upos == "NOUN" and antecedent.lemma.lower() in nouns):
            return antecedent
    return None


def document_author(doc: Doc, tree: Tree, noun: Token, lex: CueLexicon, window: int = 2) -> Token | None:
    """'Obhajoba podala dovolání. „…,“ stojí v dovolání.': the named subject of a recent verb whose object is the same
    document."""
    first = doc.sentences[max(0, noun.sent - window)].start
    for k in range(noun.i, first - 1, -1):  # the noun itself too: 'napsal odpověď, v níž stálo'
        t = doc.tokens[k]
        if t.lemma.lower() != noun.lemma.lower() or t.deprel.lower() not in ("obj", "dobj") or t.head == t.i:
            continue
        subj = [s for s in tree.children(t.head, lex.subject_deps) if s.upos in ("NOUN", "PROPN")]
        if subj:
            return subj[0]
    return None


def noun_author(tree: Tree, noun: int, lex: CueLexicon) -> int | None:
    """Who made a statement: 'prohlášení ministerstva', 'a statement from/by the ministry' (None: not named)."""
    for c in tree.children(noun):
        dep = c.deprel.lower()
        bare = not any(g.deprel == "case" for g in tree.children(c.i))  # 'zprávy z táborů': no author
        if dep in ("nmod", "nmod:poss", "poss") and c.upos in ("NOUN", "PROPN") and bare:
            return c.i
        if dep == "prep" and c.text.lower() in lex.author_preps:
            obj = [g for g in tree.children(c.i) if g.upos in ("NOUN", "PROPN")]
            if obj:
                return obj[0].i
    return None


def owner_pronoun(tree: Tree, noun: int, lex: CueLexicon) -> int | None:
    """The possessive pronoun on a document or speech noun ('stojí v jeho tweetu', 'his tweet said'), whose
    antecedent wrote it (None: no such pronoun)."""
    for c in tree.children(noun):
        if c.feat("Poss") == "Yes" and c.upos in ("DET", "PRON") and tree.is_pronoun(c, lex):
            return c.i
    return None


def medium_of(doc: Doc, tree: Tree, noun: Token, lex: CueLexicon) -> Token | None:
    """'A report in the Washington Post said …' / 'Zpráva v deníku Právo uvádí …': the named medium a speech noun
    appeared in (an actor mention, not 'a statement in March')."""
    if noun.lemma.lower() not in lex.speech_nouns | lex.document_nouns:
        return None
    for c in tree.children(noun.i):
        objs = [g for g in tree.children(c.i) if g.upos in ("NOUN", "PROPN")] if c.text.lower() in lex.medium_preps \
            else [c] if any(g.deprel == "case" and g.text.lower() in lex.medium_preps for g in tree.children(c.i)) \
            else []
        for o in objs:
            if o.upos in ("NOUN", "PROPN") and any(m.start <= o.i < m.end and m.code for m in doc.mentions):
                return o
    return None


def document_speaker(doc: Doc, tree: Tree, cue: Token, lex: CueLexicon) -> int | None:
    """The speaker of an impersonal cue citing a document: its author when named ('dovolání advokáta X', or the
    subject that filed it just before), else the document itself."""
    paper = document_source(tree, cue, lex)
    if paper is None:
        return None
    named = noun_author(tree, paper.i, lex)
    named = owner_pronoun(tree, paper.i, lex) if named is None else named
    if named is not None:
        return named
    filed = document_author(doc, tree, paper, lex)
    return filed.i if filed is not None else paper.i


def document_cue(tree: Tree, t: Token, lex: CueLexicon) -> bool:
    """Whether a verb cites a document ('stojí v dopise'), so acts as a speech cue."""
    return t.upos == "VERB" and t.lemma.lower() in lex.document_verbs and document_source(tree, t, lex) is not None


def _reporting_verb(doc: Doc, lex: CueLexicon, t: Token) -> int:
    """The verb whose subject a conjoined cue shares: its head, or the cue that head reports when the parser hung
    the second speech verb on the first one's content ('řekl, že vláda zvýší daně, a dodal …': not 'vláda')."""
    head = doc.tokens[t.head]
    up = doc.tokens[head.head]
    if (t.deprel.split(":")[0] == "conj" and lex.cue_kind(t) and not lex.cue_kind(head)
            and head.deprel.lower() in lex.complement_deps and up.i != head.i and lex.cue_kind(up)):
        return up.i
    return head.i


def agrees_with(verb: Token, noun: Token) -> bool:
    """Whether two words' gender and number fit (unknown features fit; 'napsal' vs 'nařídila' do not)."""
    for feat in ("Gender", "Number"):
        a, b = verb.feat(feat), noun.feat(feat)
        if a and b and not set(a.split(",")) & set(b.split(",")):
            return False
    return True


def _nominative_dependent(doc: Doc, tree: Tree, verb: Token) -> Token | None:
    """'„…,“ uvedl pro Deník starosta Novák': a nominative noun after the cue that agrees with it, which the
    parser did not label as its subject."""
    vg, vn = verb.feat("Gender") or "", verb.feat("Number") or ""
    if not vg:
        return None  # no agreement to check (English, present tense): too risky
    for c in tree.children(verb.i):
        if c.i < verb.i or c.upos not in ("NOUN", "PROPN") or c.feat("Case") != "Nom":
            continue
        if any(g.deprel == "case" for g in tree.children(c.i)):
            continue
        g, n = c.feat("Gender"), c.feat("Number")
        if g and g in vg.split(",") and (not n or n in vn.split(",")):
            return c
    return None


def _document_nmod(tree: Tree, verb: Token, nouns: frozenset[str]) -> Token | None:
    """'„…,“ napsala v prohlášení nemocnice': the parser hung the speaker on the document noun as its genitive
    (Nom = Gen sg for nemocnice, policie); a bare noun there agreeing with the subjectless cue speaks."""
    if not verb.feat("Gender"):
        return None  # no agreement to check (English, present tense)
    for c in tree.children(verb.i):
        if c.i < verb.i or c.lemma.lower() not in nouns or c.deprel.split(":")[0] != "obl":
            continue
        for g in tree.children(c.i, frozenset({"nmod"})):
            if g.i > c.i and g.upos in ("NOUN", "PROPN") and g.feat("Case") in ("Nom", "Gen") and g.feat("Gender") \
                    and not tree.children(g.i, frozenset({"case"})) and agrees_with(verb, g):
                return g
    return None


def _agreeing_nominative(doc: Doc, tree: Tree, verb: Token, subj: Token) -> Token:
    """The parser's subject, unless it is caseless and another dependent is a nominative agreeing with the verb
    ('řekla ČTK mluvčí Jana Malá', 'řekl ČTK Šinták': ČTK is the hearer)."""
    if subj.feat("Case") == "Nom" or not verb.feat("Gender"):
        return subj
    own = [c for c in tree.children(subj.i) if c.i > subj.i or (c.upos == "ADJ" and c.text[:1].isupper())]
    for c in tree.children(verb.i) + own:  # 'řekl ČTK Šinták': the parser hung the speaker under the hearer
        if c.i == subj.i or c.upos not in ("NOUN", "PROPN", "ADJ") or c.feat("Case") != "Nom":
            continue
        if c.upos == "ADJ" and not (c.head == subj.i and c.text[:1].isupper()):
            continue  # only a surname the tagger took for an adjective ('řekla Pelosiová MSNBC')
        g, n = c.feat("Gender"), c.feat("Number")
        vg, vn = verb.feat("Gender") or "", verb.feat("Number") or ""
        if g and g in vg.split(",") and (not n or n in vn.split(",")):
            return c
    return subj


def phrase_tokens(doc: Doc, tree: Tree, head: int, lex: CueLexicon) -> list[int]:
    """The contiguous name phrase around a head: name-like dependents, no relative clauses, no commas."""
    allowed = {head}
    stack = [head]
    openers = {p[0] for p in lex.phrases}
    while stack:
        k = stack.pop()
        for c in tree.children(k):
            dep = c.deprel.lower()
            if any(g.deprel == "case" and g.text.lower() in openers for g in tree.children(c.i)):
                continue  # 'Jižní Korea podle mluvčího ...': the attribution is not part of the name
            if dep in lex.name_deps and dep not in RELATIVE and c.upos != "VERB":
                allowed.add(c.i)
                stack.append(c.i)
    lo = hi = head
    while lo - 1 in allowed and doc.tokens[lo - 1].text not in ",;:(" and head - lo < MAX_NAME_TOKENS:
        lo -= 1
    while hi + 1 in allowed and doc.tokens[hi + 1].text not in ",;:(" and hi - head < MAX_NAME_TOKENS:
        hi += 1
    while lo < head and (doc.tokens[lo].upos in ("ADP", "PUNCT", "CCONJ") or doc.tokens[lo].deprel == "case"):
        lo += 1
    while hi > head and doc.tokens[hi].upos in ("PUNCT", "ADP", "CCONJ"):
        hi -= 1
    return list(range(lo, hi + 1))


def _mention_for(doc: Doc, toks: list[int], head: int) -> Mention | None:
    """The mention holding the head token, else the longest mention inside the phrase."""
    best: Mention | None = None
    for m in doc.mentions:
        if m.start <= head < m.end:
            return m
        inside = bool(toks) and m.start >= toks[0] and m.end <= toks[-1] + 1
        if inside and (best is None or m.end - m.start > best.end - best.start):
            best = m
    return best


def _nominative(doc: Doc, toks: list[int], head: int, core: int) -> str:
    """The phrase text, put in the nominative (lemmas of the words agreeing with `core`) unless it is already."""
    case = doc.tokens[head].feat("Case")
    if not case or case == "Nom":
        return doc.span_text(toks[0], toks[-1] + 1)
    head = core
    case = doc.tokens[head].feat("Case") or case
    parts = []
    for k in toks:
        t = doc.tokens[k]
        agrees = t.feat("Case") == case and (k == head or t.upos == "PROPN" or t.head == head)
        word = t.lemma if agrees and t.lemma and (t.upos != "ADJ" or t.feat("Gender") == "Masc") else t.text
        if t.text[:1].isupper() and word[:1].islower():
            word = word[:1].upper() + word[1:]
        parts.append(word + (" " if t.ws else ""))
    return "".join(parts).strip()


def _proper_name(doc: Doc, toks: list[int], head: int) -> list[int]:
    """The proper-name run of a phrase: the head's own name ('Jan Lipavský'), or one set beside it."""
    links = NAME_LINKS + (("compound",) if doc.tokens[head].upos == "PROPN" else ())  # not 'US lawmakers'

    def named(k: int) -> bool:
        t = doc.tokens[k]
        return t.upos == "PROPN" and (k == head or t.deprel.lower() in links or (t.head != head and
                                      doc.tokens[t.head].upos == "PROPN" and doc.tokens[t.head].head == head))
    runs: list[list[int]] = []
    for k in toks:
        if named(k) and runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        elif named(k):
            runs.append([k])
    best = next((r for r in runs if head in r), runs[-1] if runs else [])
    inside = set(toks)
    while best and best[0] - 1 in inside and doc.tokens[best[0] - 1].upos == "PROPN":
        best.insert(0, best[0] - 1)  # a first name the parser hung elsewhere ('Tomáš' as nmod)
    return best


MAX_ROLE_SENTENCES = 12  # how far back a bare role noun ('the agency', 'server') looks for its named use


def role_antecedent(doc: Doc, tree: Tree, head: int, lex: CueLexicon) -> tuple[int, int] | None:
    """'… uvádí koncern CRPMEM. Koncern prohlásil …': a bare role noun without a name or an actor code takes the
    latest earlier phrase with the same noun that names someone; returns (that noun, its name's head token)."""
    t = doc.tokens[head]
    toks = phrase_tokens(doc, tree, head, lex)
    m = _mention_for(doc, toks, head)
    if t.upos != "NOUN" or (m is not None and m.code) or _proper_name(doc, toks, head):
        return None
    for j in range(head - 1, -1, -1):
        u = doc.tokens[j]
        if t.sent - u.sent > MAX_ROLE_SENTENCES:
            break
        if u.upos != "NOUN" or u.lemma.lower() != t.lemma.lower():
            continue
        run = _proper_name(doc, phrase_tokens(doc, tree, j, lex), j)
        if run:
            return j, next((k for k in run if doc.tokens[k].head not in run), run[0])
        beside = [doc.tokens[k] for k in (j - 1, j + 1) if 0 <= k < len(doc.tokens)]
        name = [b for b in beside if (b.head == j or u.head == b.i) and (
            b.upos == "PROPN" or (len(b.text) > 1 and b.text.isupper()))]  # 'CzechTourism agency', 'koncern CRPMEM'
        if name:
            return j, name[0].i
    return None


def speaker_at(doc: Doc, tree: Tree, head: int, lex: CueLexicon, how: str) -> Speaker:
    """The speaker named by the phrase around a head token, as an actor reference (a bare role noun: the phrase
    of its latest named use, with that name's code; the text and span stay those of the role noun)."""
    role = role_antecedent(doc, tree, head, lex)
    if role is not None:
        noun, name_tok = role
        named = speaker_at(doc, tree, name_tok, lex, how + "-role")
        ante = sorted(set(phrase_tokens(doc, tree, noun, lex)) | {name_tok})
        toks = phrase_tokens(doc, tree, head, lex)
        text, span = doc.span_text(toks[0], toks[-1] + 1), (doc.tokens[toks[0]].start, doc.tokens[toks[-1]].end)
        name = named.ref.name if name_tok > noun else (  # 'právník Sardar Mehmood': the name itself
            _nominative(doc, list(range(ante[0], ante[-1] + 1)), noun, noun))  # 'the CzechTourism agency'
        return Speaker(ArgRef(named.ref.code, name, text, span), named.how, head)
    toks = phrase_tokens(doc, tree, head, lex)
    text = doc.span_text(toks[0], toks[-1] + 1)
    span = (doc.tokens[toks[0]].start, doc.tokens[toks[-1]].end)
    m = _mention_for(doc, toks, head)
    run = _proper_name(doc, toks, head)
    name = _nominative(doc, run, head, run[-1]) if run else _nominative(doc, toks, head, head)
    if m is not None and m.start <= head < m.end and m.code:
        generic = not any(w[:1].isupper() for w in m.name.split())  # a role ('mluvčí'), not a name
        as_written = bool(run) and m.name == doc.span_text(run[0], run[-1] + 1)  # not put in the nominative
        fuller = run and (generic or as_written or set(m.name.lower().split()) < set(name.lower().split()))
        fuller = fuller or (not run and doc.tokens[head].feat("Number") == "Plur")  # 'Děti', not the lemma 'dítě'
        fuller = fuller or (generic and any(w[:1].isupper() for w in name.split()[1:]))  # 'deník E15', 'agentura ČTK'
        fuller = fuller or (bool(run) and not set(range(m.start, m.end)) <= set(toks))  # 'Blesku Šándor': a hearer
        name = name if fuller else m.name  # a resolved actor's canonical name, unless the text names more
    return Speaker(ArgRef(m.code if m else None, name, text, span), how, head)


def _agrees(cue: Token, prev: Speaker, doc: Doc) -> bool:
    """Whether a dropped-subject verb's number/gender can belong to an earlier speaker: its head word or a proper
    name in its phrase ('Mluvčí policie Eva Malá' is tagged masculine by its head, feminine by its name)."""
    if prev.head is None:
        return True
    a, b = prev.ref.span if prev.ref.span else (0, 0)
    lo, hi = (bisect_left(doc.tokens, x, key=lambda t: t.start) for x in (a, b))
    names = [t for t in doc.tokens[lo:hi] if t.upos == "PROPN" and t.i != prev.head]
    return any(agrees_with(cue, t) for t in [doc.tokens[prev.head], *names])


def from_context(doc: Doc, cue: Token | None, history: list[tuple[int, Speaker]], sent: int,
                 window: int = 4) -> Speaker | None:
    """The latest earlier speaker within `window` sentences that agrees with the cue verb."""
    for s_idx, sp in reversed(history):
        if sent - s_idx > window:
            break
        if cue is None or _agrees(cue, sp, doc):
            return sp
    return None


def resolve_pronoun(doc: Doc, tree: Tree, subj: Token, cue: Token | None, lex: CueLexicon,
                    history: list[tuple[int, Speaker]]) -> Speaker | None:
    """A pronoun subject: a relative pronoun takes its clause's noun, others the latest speaker."""
    pron_type = subj.feat("PronType") or ""
    if cue is not None and ("Rel" in pron_type or (not pron_type and cue.deprel in RELATIVE)):
        clause = cue.i
        while doc.tokens[clause].deprel not in RELATIVE and doc.tokens[clause].head != clause:
            clause = doc.tokens[clause].head
        noun = doc.tokens[clause].head
        if doc.tokens[clause].deprel in RELATIVE and noun != clause:
            return speaker_at(doc, tree, noun, lex, "relative")
    lead = _leading_clause_subject(doc, tree, subj, cue, lex)
    person = subj.feat("Gender") in ("Masc", "Fem") and "Prs" in pron_type  # 'he', 'she': an actor, not 'the summit'
    prev = lead or antecedent(doc, tree, subj.sent, None, lex, history, person)
    if prev is not None and prev.head is not None and not speaker_fits(doc, lex.lang, subj, prev.head):
        prev = None  # '"…," he said' after a woman's quote: not her (gender.json)
    prev = prev or _person_before(doc, tree, subj, lex)
    if prev is None:  # keep the pronoun itself: who said it is still marked in the text
        return Speaker(ArgRef(None, subj.text, subj.text, (subj.start, subj.end)), "pronoun-unresolved", subj.i)
    ref = ArgRef(prev.ref.code, prev.ref.name, subj.text, (subj.start, subj.end))
    return Speaker(ref, "pronoun", prev.head)


def _person_before(doc: Doc, tree: Tree, subj: Token, lex: CueLexicon, window: int = 2) -> Speaker | None:
    """'… Greta Thunberg told the summit. "How dare you?" she said': a singular personal pronoun with no earlier
    speaker takes the latest named person of the last sentences whose words do not clash with it in gender."""
    if "Prs" not in (subj.feat("PronType") or "") or subj.feat("Number") != "Sing" or subj.feat("Person") != "3":
        return None
    first = doc.sentences[max(0, subj.sent - window)].start
    for m in sorted(doc.mentions, key=lambda m: -m.start):
        if m.kind != "PER" or m.start < first or m.end > subj.i:
            continue
        names = [doc.tokens[k] for k in range(m.start, m.end) if doc.tokens[k].upos == "PROPN"]
        if names and all(agrees_with(subj, t) for t in names) and fits_gender(doc, lex.lang, subj, m):
            return speaker_at(doc, tree, names[-1].i, lex, "previous-person")
    return None


def _leading_clause_subject(doc: Doc, tree: Tree, subj: Token, cue: Token | None, lex: CueLexicon) -> Speaker | None:
    """'While Tehran has been blamed, it maintains that …': a pronoun takes the named subject of a clause that
    opens its sentence and hangs on the cue."""
    if cue is None:
        return None
    for clause in tree.children(cue.i):
        if clause.deprel.split(":")[0] != "advcl" or clause.i > subj.i:
            continue
        for s in tree.children(clause.i, lex.subject_deps):
            if s.upos == "PROPN" and s.i < subj.i:
                return speaker_at(doc, tree, s.i, lex, "previous-subject")
    return None


def previous_subject(doc: Doc, tree: Tree, sent: int, cue: Token | None, lex: CueLexicon, person: bool = False,
                     window: int = 2) -> Speaker | None:
    """The named subject of a recent sentence's main verb that agrees with the cue ('Fiala přijel. Uvedl, že');
    for a gendered cue or a 'he'/'she' (person) only an actor's mention, not 'Akce navázala …', 'The summit …'."""
    gendered = person or (cue is not None and bool(cue.feat("Gender")))
    for s_idx in range(sent - 1, max(-1, sent - 1 - window), -1):
        s = doc.sentences[s_idx]
        roots = [t for t in doc.sent_tokens(s) if t.head == t.i or t.deprel == "root"]
        for root in roots:
            for subj in tree.children(root.i, lex.subject_deps):
                if tree.is_pronoun(subj, lex) or subj.upos not in ("PROPN", "NOUN"):
                    continue
                if gendered and subj.upos == "NOUN" and not any(m.start <= subj.i < m.end for m in doc.mentions):
                    continue  # 'Akce navázala na projev …': a thing, not an actor (a named person may follow)
                sp = speaker_at(doc, tree, subj.i, lex, "previous-subject")
                if cue is None or _agrees(cue, sp, doc):
                    return sp
    return None


def previous_person(doc: Doc, tree: Tree, sent: int, cue: Token, lex: CueLexicon, window: int = 2) -> Speaker | None:
    """'… projev premiérky Narendry Modiové … „…,“ uvedla.': the latest named person of the last sentences whose
    name shows the gender and number of a dropped-subject cue (only languages whose verbs show gender)."""
    gender = set((cue.feat("Gender") or "").split(",")) - {""}
    if not gender:
        return None
    first = doc.sentences[max(0, sent - window)].start
    for m in sorted(doc.mentions, key=lambda m: -m.start):
        if m.kind != "PER" or m.start < first or m.start >= cue.i:
            continue
        names = [doc.tokens[k] for k in range(m.start, m.end) if doc.tokens[k].upos == "PROPN"]
        if names and all(set((t.feat("Gender") or "").split(",")) & gender and agrees_with(cue, t) for t in names):
            return speaker_at(doc, tree, names[-1].i, lex, "previous-person")
    return None


def antecedent(doc: Doc, tree: Tree, sent: int, cue: Token | None, lex: CueLexicon,
               history: list[tuple[int, Speaker]], person: bool = False) -> Speaker | None:
    """Who a pronoun or dropped subject stands for: a recent speaker, else a recent named subject, else a recent
    named person whose gender fits the cue."""
    return (from_context(doc, cue, history, sent, window=2) or previous_subject(doc, tree, sent, cue, lex, person)
            or from_context(doc, cue, history, sent)
            or (previous_person(doc, tree, sent, cue, lex) if cue is not None else None))
