"""Which dictionary person a name run denotes: full names, surnames alone, feminine forms, namesakes."""

from __future__ import annotations

import unicodedata
from functools import cache

from ..langpack import load_json
from ..model import Doc, Token
from .lexicon import Lexicon
from .normalize import translit
from .people import Person, people


def word_keys(lex: Lexicon, t: Token) -> set[str]:
    """Transliteration keys of a name word's forms (Sergej = Sergey), as the people index keys them."""
    keys = set()
    forms = lex.forms(t.text, t.lemma if t.lemma[:1].isupper() else "")
    w = t.text.lower()
    if t.text[:1].isupper() and t.feats.get("Number") != "Plur":  # Lukašenkovi, Fialovi (morph key name_endings)
        forms |= {w[: len(w) - len(e)] + r for e, r in lex.morph.names if w.endswith(e) and len(w) - len(e) >= 3}
    for f in forms:
        for lang in {lex.lang if lex.lang in ("cs", "en") else "cs", "en"}:
            keys.add(translit(lang).key(f))
    return keys


def given_name(lex: Lexicon, t: Token) -> bool:
    """Whether a word is a known given name of the people index (Russell, Sergej; not 'Outraged' in 'Outraged
    Veyrat')."""
    return bool(word_keys(lex, t) & people().firsts)


def resolve_person(doc: Doc, lex: Lexicon, start: int, end: int,
                   seen: dict[str, Person] | None = None) -> tuple[Person | None, str]:
    """The dictionary person a name run denotes: full name first, then a surname alone if it is safe.

    A surname alone resolves to a person named in full earlier in the article (`seen`, by surname key),
    else only through a dictionary's own one-word alias (Putin, Lavrov) or a curated office holder.
    """
    words = [t for t in doc.tokens[start:end] if t.text != "-"]
    particles = _particles_before(doc, lex, start)
    while len(words) > 1 and words[0].text.lower() in lex.name_particles:
        particles.append(words[0].text.lower())
        words = words[1:]  # 'Von der Leyenová' alone: the surname after its particles
    if not words:
        return None, "empty"
    keys = [word_keys(lex, t) for t in words]
    cands = people().lookup(keys[-1])
    fem = feminine_base(lex, words[-1].text)
    if fem is not None:  # Obamová is not Barack Obama; Zacharovová is Zakharova
        cands = [(p, k) for p, k in cands if k[-1].endswith("a")]
    full = _full(cands, keys)
    if full:
        exact = any(len(k) == len(keys) for p, k in cands if p in full)
        return _pick(full, doc), "full name" if exact else "full name, first and last word of a longer name"
    if fem is not None:  # Angela Merkelová: a foreign woman's surname + -ová, only with her first name or named before
        base_keys = [*keys[:-1], {translit(lang).key(fem) for lang in ("cs", "en")}]
        full = _full(people().lookup(base_keys[-1]), base_keys) if len(words) > 1 else []
        if full:
            return _pick(full, doc), "full name, feminine -ová form of a foreign surname"
        seen = seen or {}
        known = next((seen[k] for k in base_keys[-1] if k in seen), None)
        if known is not None and len(words) == 1:
            return known, "feminine -ová form of the surname of a person named in full earlier"
        woman = _curated_woman(lex, people().lookup(base_keys[-1]), base_keys[-1]) if len(words) == 1 else None
        if woman is not None:
            return woman, "feminine -ová form of the surname of the one curated woman of that surname"
    if particles and len(words) == 1:
        return _particle_surname(doc, words[0], keys[0], _with_particles(cands, particles), seen or {})
    if len(words) > 1 and words[-1].text in ROMAN_NUMERALS:
        return None, "regnal numeral: only the full name matches"  # World War II is not Wu Yi ('vu i')
    if len(words) > 1:
        return _other_first_name(doc, keys, cands)
    marks = {translit("cs").key(x) for x in lex.surname_particles}  # 'President Santos' is no José Eduardo dos Santos
    cands = [(p, k) for p, k in cands if len(k) < 2 or k[-2] not in marks]
    if not _after_given_title(doc, lex, start):  # 'Andrew said' is no Prince Andrew; 's princem Harrym' is Harry
        cands = [(p, k) for p, k in cands if len(k) < 2 or p.name.split()[0].lower() not in _index_titles()]
    given = own_given_name(lex, words[0])
    if given and _after_title(doc, lex, start):  # 'prezident Pavel': the surname that is that given name
        named = {translit(lang).key(w) for w in (words[0].text, words[0].lemma) for lang in ("cs", "en")
                 if _plain_lower(w) in _own_given(lex)}
        cands, given = [(p, k) for p, k in cands if k[-1] in named], False  # ministr Petr is no Gustavo Petro
    return _surname_alone(doc, words[0], keys[0], cands, seen or {}, given)


def _after_title(doc: Doc, lex: Lexicon, start: int) -> bool:
    """Whether a person's title noun right before the name run in its sentence makes its one word a surname
    ('prezident Pavel', 's prezidentem Pavlem': Pavel, an own given name alone, is the president's surname)."""
    prev = doc.tokens[start - 1] if start > 0 else None
    forms = lex.forms(prev.text, prev.lemma) if prev is not None and prev.sent == doc.tokens[start].sent else set()
    return bool(forms & lex.person_roles) and not forms & lex.given_name_titles  # princ Filip: a given name


def _after_given_title(doc: Doc, lex: Lexicon, start: int) -> bool:
    """Whether a title written before a given name (princ, prince, král) stands right before the name run."""
    prev = doc.tokens[start - 1] if start > 0 else None
    return prev is not None and prev.sent == doc.tokens[start].sent and bool(
        lex.forms(prev.text, prev.lemma) & lex.given_name_titles)


@cache
def _index_titles() -> frozenset[str]:
    """Titles before a given name in the people index's own language ('Prince Harry': its names are English): a
    listed name that opens with one ends in a given name, which alone names that person only after a title."""
    return frozenset(w.lower() for w in load_json("en", "agents.json").get("given_name_titles", []))


Cands = list[tuple[Person, tuple[str, ...]]]


def _full(cands: Cands, keys: list[set[str]]) -> list[Person]:
    """Candidates whose whole name matches the words (or first and last word of a longer name)."""
    n = len(keys)
    full = [p for p, k in cands if len(k) == n and all(k[j] in keys[j] for j in range(n))]
    return full + [p for p, k in cands if len(k) > 1 and n > 1 and k[0] in keys[0] and p not in full]


def _curated_woman(lex: Lexicon, cands: Cands, keys: set[str]) -> Person | None:
    """The one curated office holder with that surname whose first name has a feminine ending (morph key
    feminine_given_endings: Kallasová alone is Kaja Kallas; Bidenová or Obamová is no Joe or Barack), else None."""
    ends = lex.morph.given_feminine
    women = {p for p, k in cands if "curated" in p.source and len(k) > 1 and k[-1] in keys
             and p.name.split()[0].lower().endswith(ends)} if ends else set()
    return next(iter(women)) if len(women) == 1 else None


def feminine_base(lex: Lexicon, word: str) -> str | None:
    """The foreign surname under a Czech feminine form (Merkelová -> Merkel), None if the word is not one."""
    w = word.lower()
    for end in lex.morph.feminine:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: len(w) - len(end)]
    return None


ROMAN_NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"}


def _other_first_name(doc: Doc, keys: list[set[str]], cands: Cands) -> tuple[Person | None, str]:
    """Vladimir/Volodymyr Zelenskyj, Joem Bidenem: the surname matches and the first name is a variant of it."""
    near = [p for p, k in cands if len(k) > 1 and len(_skeleton(k[0])) >= 3
            and any(_skeleton(x) == _skeleton(k[0]) for x in keys[0])]
    uniq = list(dict.fromkeys(near))
    active = [p for p in uniq if _active(p, doc)]
    if len(uniq) == 1 or len(active) == 1:
        return (uniq if len(uniq) == 1 else active)[0], "surname, first name spelled differently"
    holders = [p for p, k in cands if "curated" in p.source and len(k) > 1 and len(k[-1]) >= 4
               and k[0][:1] in {x[:1] for x in keys[0]}]  # a short surname (Bas, Lee) and an initial: too loose
    if len(set(holders)) == 1:
        return holders[0], "surname and initial of a curated office holder"
    return None, "unknown name"


def _particles_before(doc: Doc, lex: Lexicon, start: int) -> list[str]:
    """Lower-case name particles right before a name run in its sentence ('prezident dos Santos': the run is Santos)."""
    out: list[str] = []
    j = start - 1
    while j >= 0 and doc.tokens[j].text in lex.name_particles and doc.tokens[j].sent == doc.tokens[start].sent:
        out.insert(0, doc.tokens[j].text)
        j -= 1
    return out


def _with_particles(cands: Cands, particles: list[str]) -> Cands:
    """Candidates whose name has the particles right before the surname ('dos Santos': José Eduardo dos Santos, not
    Juan Manuel Santos)."""
    n, want = len(particles), [translit("cs").key(x) for x in particles]  # della: 'dela', as the index keys it
    return [(p, k) for p, k in cands if len(k) > n and list(k[-1 - n:-1]) == want]


def _particle_surname(doc: Doc, word: Token, keys: set[str], cands: Cands, seen: dict[str, Person]
                      ) -> tuple[Person | None, str]:
    """A surname after its particles alone (prezident dos Santos): a person with those particles, named earlier or
    the only one in office on the date; a namesake without the particles is another person."""
    known = next((seen[k] for k in keys if k in seen), None)
    if known is not None and any(p is known for p, _ in cands):
        return known, "surname of a person named in full earlier"
    uniq = list(dict.fromkeys(p for p, _ in cands))
    active = [p for p in uniq if _active(p, doc)]
    curated = [p for p in uniq if "curated" in p.source]
    if len(uniq) == 1 or len(active) == 1 or len(curated) == 1:
        one = uniq if len(uniq) == 1 else active if len(active) == 1 else curated
        return one[0], "particles and surname, only one in office or curated"  # prezident dos Santos: not the
        # Phoenix list's ministers of that name whose open-ended roles never closed
    return _surname_alone(doc, word, keys, cands, {}, False)


def _surname_alone(doc: Doc, word: Token, keys: set[str], cands: Cands,
                   seen: dict[str, Person], given: bool = False) -> tuple[Person | None, str]:
    """A one-word name: a person named earlier, else a one-word alias or curated surname, if unambiguous; not a
    given name of the language's own people (`given`: Petrem is Petr, not Gustavo Petro)."""
    if word.feats.get("Number") == "Plur":
        return None, "plural noun, not a surname"
    if word.text.isupper():
        return None, "acronym, not a surname"
    known = next((seen[k] for k in keys if k in seen), None)
    if known is not None:
        return known, "surname of a person named in full earlier"
    if given:
        return None, "a given name of the language's own people, alone: not a surname"
    single = [p for p, k in cands if len(k) == 1 or ("curated" in p.source and len(k[-1]) >= 4)]
    uniq = list(dict.fromkeys(single))
    if len(uniq) == 1:
        return uniq[0], "surname"
    written = {translit(lang).key(word.text) for lang in ("cs", "en")}  # Rutte as written, not a base of Ruto
    exact = list(dict.fromkeys(p for p, k in cands if p in uniq and k[-1] in written))
    if len(exact) == 1:
        return exact[0], "surname as written"
    active = [p for p in uniq if _active(p, doc)]
    curated = [p for p in active if "curated" in p.source]
    if len(active) == 1 or len(curated) == 1:
        return (curated or active)[0], "surname, only one in office"
    return None, f"surname matches {len(uniq)} persons" if uniq else "unknown name"


def own_given_name(lex: Lexicon, word: Token) -> bool:
    """Whether the word or its lemma is a given name the language's own people bear (own_names.json: Pavel, Petra,
    Filip), as written: alone, 'pochlubila se Petrem' names a first name, not the listed Gustavo Petro or Petr Pavel."""
    from .spelled_home import own_names  # spelled_home reads this module's Hit: imported here, not at the top

    own = own_names(lex.lang)
    return own is not None and bool({_plain_lower(word.text), _plain_lower(word.lemma)} & own.given)


def _own_given(lex: Lexicon) -> frozenset[str]:
    """The given names the language's own people bear (plain lower-case), empty for a pack without them."""
    from .spelled_home import own_names

    own = own_names(lex.lang)
    return own.given if own is not None else frozenset()


def _plain_lower(word: str) -> str:
    """The word lower-cased without diacritics (Petrem -> petrem), as own_names lists given names."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _skeleton(key: str) -> str:
    """Consonants of a name key: Vladimir and Volodymyr share 'vldmr'."""
    return "".join(c for c in key if c not in "aeiou")


def home_namesake(doc: Doc, lex: Lexicon, i: int, home: str) -> Person | None:
    """The one listed person an ambiguous surname alone can mean in an article whose clear home is their country
    ('Johnson' in a British story: Boris Johnson, not Lyndon B. Johnson), None if not exactly one."""
    cands = people().lookup(word_keys(lex, doc.tokens[i]))
    single = dict.fromkeys(p for p, k in cands if len(k) == 1 or ("curated" in p.source and len(k[-1]) >= 4))
    local = [p for p in single if any((r.code or "")[:3] == home for r in p.roles)]
    return local[0] if len(local) == 1 and len(single) > 1 else None


def _active(p: Person, doc: Doc) -> bool:
    date = doc.article.published
    return bool(date) and any(r.covers(date or "") and (r.start or r.end) for r in p.roles)


def _pick(cands: list[Person], doc: Doc) -> Person:
    uniq = list(dict.fromkeys(cands))
    active = [p for p in uniq if _active(p, doc)]
    curated = [p for p in (active or uniq) if "curated" in p.source]
    return (curated or active or uniq)[0]


def mid_sentence_name(doc: Doc, t: Token, why: str) -> bool:
    """A capitalised noun inside a sentence that is a listed person's one-word name ('že Putina pozve': the tagger
    read 'Putina' as a feminine common noun): a name, as capitals mid-sentence are."""
    prev = doc.tokens[t.i - 1] if t.i > 0 else None
    return t.upos == "NOUN" and why in ("full name", "surname", "surname, only one in office") and prev is not None \
        and prev.sent == t.sent and prev.text not in QUOTE_OPENERS and not prev.text.endswith((":", ".", "!", "?"))


# Why-strings of a one-word surname that refers back to a person the article named in full ('Pelosiová' after 'Nancy
# Pelosiová', whatever the tagger calls the word at a sentence start).
NAMED_BEFORE = ("surname of a person named", "feminine -ová form of the surname of a person named")
QUOTE_OPENERS = frozenset({'"', "„", "“", "'", "‚", "(", "«", "»", "–", "-"})


def two_names(doc: Doc, lex: Lexicon, start: int, end: int) -> list[tuple[int, int]]:
    """Two people the parser glued into one name in free word order ('podpořil Andrej Babiš Petra Fialu', 'kritizovala
    Amber Ruddová Johnsona'): split after a listed person's exact full name, or after a feminine surname followed by
    a masculine name."""
    for k in range(start + 2, end):
        a, b = doc.tokens[k - 1], doc.tokens[k]
        if "-" in (a.text, b.text):
            continue
        if resolve_person(doc, lex, start, k)[1] == "full name" or (
                a.feats.get("Gender") == "Fem" and b.feats.get("Gender") == "Masc" and a.upos == b.upos == "PROPN"
                and _feminine_surname(lex, a.text)):
            return [(start, k), (k, end)]
    return [(start, end)]


def _feminine_surname(lex: Lexicon, word: str) -> bool:
    """A Czech feminine surname form (Ruddová, Merkelovou: morph key feminine_surname_endings)."""
    return any(word.lower().endswith(e) for e in lex.morph.feminine) and len(word) > 5
