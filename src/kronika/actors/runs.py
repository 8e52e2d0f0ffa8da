"""Person-name runs: capitalised words, hyphen-joined parts and name particles that make one person's name."""

from __future__ import annotations

from ..model import Doc, Token
from .lexicon import Lexicon
from .person_match import given_name, resolve_person


def name_like(t: Token) -> bool:
    return t.upos == "PROPN" or (t.upos in ("NOUN", "X", "ADJ") and t.text[:1].isupper() and t.text[1:2].islower()
                                 and t.i > 0 and t.feats.get("Poss") != "Yes")


NAME_RELS = ("flat", "compound", "appos")


def linked(a: Token, b: Token) -> bool:
    """Whether two adjacent name-like tokens belong to one name (flat/compound edge or flat siblings)."""
    ra, rb = a.deprel.split(":")[0], b.deprel.split(":")[0]
    if (b.head == a.i and rb in NAME_RELS) or (a.head == b.i and ra in NAME_RELS):
        return True
    if a.head == b.head and ra in NAME_RELS and rb in NAME_RELS:
        return True
    if a.upos in ("PROPN", "X") and b.upos in ("PROPN", "X"):  # foreign names often get X; cases must agree
        ca, cb = a.feats.get("Case"), b.feats.get("Case")
        return ca is None or cb is None or ca == cb or _split_name(a, b)
    return False


def _split_name(a: Token, b: Token) -> bool:
    """A surname the parser hangs on the first name as a noun modifier in another case (Serenu Williamsovou, Rorie
    McLeoda): one name when the genders agree or the surname is feminine (foreign first names get any gender)."""
    if a.upos != "PROPN" or b.upos != "PROPN" or b.head != a.i or b.deprel.split(":")[0] != "nmod":
        return False
    ga, gb = a.feats.get("Gender"), b.feats.get("Gender")
    return gb == "Fem" or (ga is not None and ga == gb)


def first_name(doc: Doc, lex: Lexicon, t: Token, end: int) -> bool:
    """A capitalised word the tagger calls a noun or adjective (Stephanie, Viola, Borise at a sentence start) that is
    the first word of some known person's name and whose next token is a name hanging on it as 'flat' (UD's relation
    inside a name): the first name of that name, not a title or a common noun (Hurikán Lorenzo)."""
    if t.upos not in ("NOUN", "ADJ") or not t.text[:1].isupper() or not t.text[1:2].islower() or t.i + 1 >= end:
        return False
    u = doc.tokens[t.i + 1]
    if u.upos != "PROPN" or u.head != t.i or u.deprel.split(":")[0] != "flat":
        return False
    return given_name(lex, t)


def person_runs(doc: Doc, lex: Lexicon, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of name-like tokens (PROPN, capitalised words, hyphen-joined parts) not covered by other hits."""
    runs: list[tuple[int, int]] = []
    for s in doc.sentences:
        i = s.start
        while i < s.end:
            t = doc.tokens[i]
            # not a lower-case word the tagger calls a name ('into the bush')
            pair = i + 1 < s.end and i + 1 not in taken and _listed_pair(doc, lex, t)
            starts = ((t.upos == "PROPN" or t.upos == "X" or t.deprel == "flat") and t.text[:1].isupper()) \
                or first_name(doc, lex, t, s.end) or (t.text[:1].isupper() and _particles(doc, lex, i, s.end, taken)
                                                      is not None) or _first_before_particles(doc, lex, t, s.end, taken)
            starts = starts or (i == s.start and _known_opening_noun(doc, lex, t)) \
                or (i > s.start and listed_place(lex, t))
            if i in taken or not (starts or pair) or t.text in ("-", "–"):
                i += 1
                continue
            j = i + 2 if pair else i + 1
            while j < s.end and j not in taken:
                u = doc.tokens[j]
                if u.text == "-" and not doc.tokens[j - 1].ws and j + 1 < s.end and not u.ws:
                    j += 2
                    continue
                if (after := _particles(doc, lex, j, s.end, taken)) is not None and u.text[:1].islower():
                    j = after + 1  # Ursula von der Leyen: the particles and the name after them
                    continue
                if not name_like(u) or (u.text.isupper() and len(u.text) > 1 and u.upos != "PROPN"):
                    break
                if not linked(doc.tokens[j - 1], u) or _two_people(doc, lex, i, j):
                    break
                j += 1
            runs.append((i, j))
            i = j
    return runs


def _two_people(doc: Doc, lex: Lexicon, i: int, j: int) -> bool:
    """'kritizoval prezident Zelenskyj Putina': a name run i..j that is a known person and a next word that alone is
    another known person, with no known person named by both together, are two names the parser glued ('flat')."""
    u = doc.tokens[j]
    if u.upos != "PROPN" or u.text.isupper() or (j - i == 1 and given_name(lex, doc.tokens[i])):
        return False  # 'Michelle Obamové' (an unlisted pair): a lone first name is nobody of its own
    first, second = resolve_person(doc, lex, i, j)[0], resolve_person(doc, lex, j, j + 1)[0]
    return first is not None and second is not None and first != second \
        and resolve_person(doc, lex, i, j + 1)[0] is None


def _known_opening_noun(doc: Doc, lex: Lexicon, t: Token) -> bool:
    """'Zelenskyj naléhavě vyzval Západ': a sentence's first word that the tagger calls a common noun (capitalised
    there whatever it is) and that alone is a listed person's one-word name (an alias or curated surname): a name."""
    if t.upos != "NOUN" or not t.text[:1].isupper() or not t.text[1:2].islower() or t.feats.get("Number") == "Plur":
        return False
    return resolve_person(doc, lex, t.i, t.i + 1)[0] is not None


def listed_place(lex: Lexicon, t: Token) -> bool:
    """'ostřelovala Záporoží', where the tagger reads a verb 'záporožit' or a common noun: a capitalised word inside a
    sentence that is, as written, a listed one-word city or region (data/places.tsv, which leaves out common words) is
    a name whatever its tag; closed-class words excepted ('Tato' is no Tata)."""
    if t.upos in CLOSED_UPOS or not t.text[:1].isupper() or not t.text[1:2].islower():
        return False
    return any(len(e.words) == 1 for e in lex.places.get(t.text.lower(), ()))


CLOSED_UPOS = ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM")
MISTAGGED_FIRST = ("VERB", "AUX", "PRON", "PART", "ADV", "DET", "CCONJ", "SCONJ", "INTJ")


def _listed_pair(doc: Doc, lex: Lexicon, t: Token) -> bool:
    """A capitalised word the tagger calls a verb, pronoun or particle (Kamala, Jo, Si at a sentence start) that with
    the name after it is a listed person's full name ('Kamala Harrisová porazila', 'Jo Swinsonová kritizovala'): the
    first name of that name, as no other reading of the pair names anyone."""
    if t.upos not in MISTAGGED_FIRST or not t.text[:1].isupper() or not t.text[1:2].islower():
        return False
    u = doc.tokens[t.i + 1]
    return u.upos == "PROPN" and u.sent == t.sent and resolve_person(doc, lex, t.i, t.i + 2)[1].startswith("full name")


def _particles(doc: Doc, lex: Lexicon, i: int, end: int, taken: set[int]) -> int | None:
    """The index of the name word after the name particles starting at i (von der, van, de, bin), if one follows."""
    j = i
    while j < end and j not in taken and doc.tokens[j].text.lower() in lex.name_particles:
        j += 1
    if j == i or j >= end or j in taken or not doc.tokens[j].text[:1].isupper() or not name_like(doc.tokens[j]):
        return None
    return j


def _first_before_particles(doc: Doc, lex: Lexicon, t: Token, end: int, taken: set[int]) -> bool:
    """A capitalised known first name right before name particles and a name ('Ursula von der Leyenová' at a sentence
    start, where the tagger calls Ursula a noun)."""
    return t.text[:1].isupper() and _particles(doc, lex, t.i + 1, end, taken) is not None \
        and given_name(lex, t)
