"""Find candidate actor spans in a parsed Doc: dictionary names (longest first) and person-name runs."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Doc, Token
from .demonyms import stance
from .lexicon import Lexicon, NameEntry
from .people import Person
from .person_match import given_name, word_keys
from .runs import linked, listed_place, name_like

NAME_UPOS = {"PROPN", "NOUN", "X", "ADJ"}


@dataclass
class Hit:
    """A matched stretch of tokens [start, end) with its head token and resolution."""

    start: int
    end: int
    head: int
    code: str | None
    kind: str
    name: str
    key: str  # grouping key for actors
    rule: str
    status: str = "resolved"
    reason: str = ""
    capital: bool = False
    person: Person | None = None
    run: tuple[int, int] | None = None  # the person-name tokens, when there is a name


def span_head(doc: Doc, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside the span (the one carrying its syntactic role)."""
    for t in doc.tokens[start:end]:
        if t.head == t.i or not start <= t.head < end:
            return t.i
    return start


def _case_ok(text: str, cap: int) -> bool:
    """Does a token's case fit a name word's (lexicon.NameEntry.caps)?"""
    if cap == 2:
        return text.isupper()
    if cap == 3:  # 'iHNed', 'iDNES': a word with a capital inside it, not the adverb 'Ihned' opening a sentence
        return any(c.isupper() for c in text[1:])
    return cap == 0 or text[:1].isupper()


def _fits(doc: Doc, forms: list[set[str]], i: int, end: int, e: NameEntry) -> bool:
    n = len(e.words)
    if i + n > end:
        return False
    return all(forms[i + j] & e.words[j] and _case_ok(doc.tokens[i + j].text, e.caps[j]) for j in range(n))


def match_names(doc: Doc, lex: Lexicon, forms: list[set[str]],
                index: dict[str, list[NameEntry]] | None = None) -> list[Hit]:
    """Dictionary names (states, capitals, organisations, regions; or cities of `index`), longest first."""
    index = lex.names if index is None else index
    hits: list[Hit] = []
    for s in doc.sentences:
        i = s.start
        while i < s.end:
            best: NameEntry | None = None
            if doc.tokens[i].upos in NAME_UPOS or doc.tokens[i].text[:1].isupper():
                # longest first; then a state before a capital read through an ending (Mali, not Malé); then the
                # lexicon's own order (curated before imported). The forms are a set: sorted, or the winner changed
                # with the process's hash seed.
                fitting = [(-len(e.words), e.capital, k, f, e) for f in sorted(forms[i])
                           for k, e in enumerate(index.get(f, ())) if _fits(doc, forms, i, s.end, e)]
                best = min(fitting, key=lambda x: x[:4])[4] if fitting else None
            if best is None or _glued(doc, i, i + len(best.words)) or _inside_longer_name(doc, lex, i, best) \
                    or _function_word(doc.tokens[i], best) or stance(doc, lex, i):  # anti-Syria: a stance
                i += 1
                continue
            end = i + len(best.words)
            if best.capital and best.kind == "GPE" and _name_goes_on(doc, end, set()):
                i += 1  # Paris Hilton, Washington Irving: a person's name, not the capital
                continue
            if end < s.end and doc.tokens[end].text.lower().rstrip(".") in lex.company_suffixes \
                    and doc.tokens[end].upos not in FUNCTION_UPOS:  # 'KLDR se': the reflexive, not SE
                end += 1  # Repsol SA, Siemens AG: the legal form belongs to the name
            kind = best.kind
            hits.append(Hit(i, end, span_head(doc, i, end), best.code, kind, best.name, best.id,
                            "capital" if best.capital and kind == "GPE" else f"name:{best.id.split(':')[0]}",
                            capital=best.capital))
            i = end
    return hits


# Parts of speech of closed-class words: a one-word name never stands on one ('Tato zpráva' is no Tata).
FUNCTION_UPOS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"}


def _function_word(t: Token, e: NameEntry) -> bool:
    """A one-word name matched on a pronoun, determiner or other closed-class word in mixed case (Czech 'Tato', a
    form of 'tento', matches the company Tata); an all-caps token ('US') is left to the name."""
    return len(e.words) == 1 and t.upos in FUNCTION_UPOS and not t.text.isupper()


# Sectors of organisations whose one-word names are ordinary words or suffixes (The Independent, Sun, SA).
WORDLIKE_SECTORS = ("MED", "BUS", "PTY")


def _inside_longer_name(doc: Doc, lex: Lexicon, start: int, e: NameEntry) -> bool:
    """Whether a one-word media, company, party or region name is only part of a longer proper name
    ('Independent Workers Union', 'Telefonica SA', 'West Darfur'): a capitalised proper noun beside it in the name."""
    region = e.kind == "GPE" and e.id.startswith("region:")  # West Darfur is not the West
    if not region and (e.kind != "ORG" or e.code[3:6] not in WORDLIKE_SECTORS or e.code.startswith("~")):
        return False
    words = [i for i in range(start, start + len(e.words)) if doc.tokens[i].text.lower() != "the"]
    if len(words) != 1:
        return False
    i, toks = words[0], doc.tokens
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(toks) and toks[j].sent == toks[i].sent
            and not (j == i + 1 and toks[j].text.lower().rstrip(".") in lex.company_suffixes)  # Repsol SA
            and not (j == i + 1 and _member_title(lex, e, toks[j]))]  # Labour MP Jess Phillips
    return any(toks[j].upos == "PROPN" and toks[j].text[:1].isupper() and (toks[j].head == i or toks[i].head == j
               or (region and j == i + 1) or (j == i + 1 and toks[j].head == toks[i].head != i
                                              and toks[i].deprel == toks[j].deprel == "compound"))
               for j in near)  # The Independent Electoral Commission: both compounds of one name


MEMBER_SECTORS = ("LEG", "PTY")  # sectors of a party member's title


def _member_title(lex: Lexicon, e: NameEntry, t: Token) -> bool:
    """A party's name before a capitalised title of a legislator or party member ('Labour MP', 'Republican Senator'):
    the title is the member's role (an agents noun of sector LEG or PTY), not the rest of a longer name; 'Labour
    Minister', 'Republican Guard' stay names of their own."""
    return e.code[3:6] == "PTY" and lex.sector_of(lex.forms(t.text, t.lemma)) in MEMBER_SECTORS


def _glued(doc: Doc, start: int, end: int) -> bool:
    """Whether a match is part of a hyphenated name (Saint-Malo is not Male, the Maldives' capital)."""
    toks = doc.tokens
    before = start > 1 and toks[start - 1].text == "-" and not toks[start - 1].ws and not toks[start - 2].ws \
        and toks[start - 2].text[:1].isupper()
    after = end + 1 < len(toks) and toks[end].text == "-" and not toks[end].ws and not toks[end - 1].ws \
        and toks[end + 1].text[:1].isupper()
    return before or after


ONE_INHABITANT = "inhabitant"  # the rule of a singular inhabitant noun (Češka, Američan)


def is_place(doc: Doc, lex: Lexicon, h: int) -> bool:
    """Whether a token is used as a place (v Moskvě, in Moscow) rather than as an acting body."""
    t = doc.tokens[h]
    if _left(doc, lex, t):
        return False  # 'withdrew its troops from Kherson': the state withdrawn from
    if any(c.deprel == "case" and c.lemma.lower() in lex.place_preps and not _aimed(doc, lex, c)
           and not _sent(doc, lex, c) for c in doc.children(h)):
        return True
    head = doc.tokens[t.head]
    if head.i != t.i and head.upos == "ADP" and head.lemma.lower() in lex.place_preps and not _aimed(doc, lex, head) \
            and not _sent(doc, lex, head):
        return True
    return after_place_noun(doc, lex, h)


def _aimed(doc: Doc, lex: Lexicon, prep: Token) -> bool:
    """'lashed out at Moscow', 'took aim at Washington', 'angry at Beijing': a preposition (aimed_prepositions) after
    a word of verbal attack or anger (aimed_heads) names whom it is aimed at, not a place."""
    if prep.lemma.lower() not in lex.aimed_preps:
        return False
    head = doc.tokens[prep.head]  # or its object: 'took aim at', 'took a swipe at'
    if prep.deprel == "case":  # UD: the preposition hangs on its noun ('pustil se do Washingtonu')
        head = doc.tokens[head.head]
    return any(w.lemma.lower() in lex.aimed_heads for w in (head, *(c for c in doc.children(head.i)
                                                                   if c.deprel in ("dobj", "obj"))))


def _sent(doc: Doc, lex: Lexicon, prep: Token) -> bool:
    """'a request from Manila', 'pressure from Washington': a preposition (sender_prepositions) on a noun of a message
    or demand (sender_heads) names who sends it, not a place; also hung on the verb of that noun ('denied the
    accusation from Washington')."""
    if prep.lemma.lower() not in lex.sender_preps:
        return False
    head = doc.tokens[prep.head]
    if prep.deprel == "case":  # UD: the preposition hangs on its noun
        head = doc.tokens[head.head]
    nouns = [head] if head.upos == "NOUN" else [c for c in doc.children(head.i) if c.deprel in ("dobj", "obj")
                                                 and c.upos == "NOUN" and c.i < prep.i]
    return any(w.lemma.lower() in lex.sender_heads for w in nouns)


def after_place_noun(doc: Doc, lex: Lexicon, h: int) -> bool:
    """A name hung on a place noun ('na předměstí Houstonu Spring', 'město Brno'): a place, not a person or body."""
    t = doc.tokens[h]
    head = doc.tokens[t.head]
    return head.i != t.i and t.deprel in ("nmod", "compound") and head.lemma.lower() in lex.place_heads


# Relations of a city name to the group noun it modifies ('Sacramento police', 'policie v Sacramentu').
PLACE_RELS = ("compound", "nmod", "obl", "flat", "pobj")


def place_state(doc: Doc, lex: Lexicon, forms: list[set[str]], start: int, end: int) -> str | None:
    """The state of a city or region (data/places.tsv) that spans exactly tokens [start, end), if unambiguous."""
    codes = {e.code for f in forms[start] for e in lex.places.get(f, ()) if len(e.words) == end - start
             and _fits(doc, forms, start, end, e)}
    return next(iter(codes)) if len(codes) == 1 else None


def acting_places(doc: Doc, lex: Lexicon, forms: list[set[str]], persons: list[Hit],
                  named: list[Hit] | None = None) -> None:
    """An unknown 'name' that is a city or region acting or acted on ('Texas sued the company', 'sued Texas') is
    its state: the subject of a verb its government (USAGOV), else the state (USA). A person named so is resolved
    before (Lloyd Austin ... Austin) and never reaches this, nor the surname of a person the article names in full
    (`named`, also the ones a role took; compared by inflection keys): 'Kieran Clifton ... Clifton was handed a
    sentence' is no city in New Jersey, 'Andrewa Conwaye ... ukořistil Conway' none in Arkansas."""
    words = {k for p in (named or persons) if p.end - p.start > 1 and p.kind == "PER"
             for k in word_keys(lex, doc.tokens[p.end - 1])}
    for p in persons:
        if p.status != "unresolved" or p.code or (state := place_state(doc, lex, forms, p.start, p.end)) is None:
            continue
        one = doc.tokens[p.start] if p.end - p.start == 1 else None
        if one is not None and (word_keys(lex, one) & words or one.text.isupper()):
            continue  # an acronym ('abandoned its IPO') is no city written in capitals (Ipo, Ipoh)
        t = doc.tokens[p.head]
        subject = t.deprel.startswith("nsubj") and doc.tokens[t.head].upos == "VERB"
        obj = t.deprel in ("obj", "dobj") or (t.deprel == "npadvmod" and t.upos == "PROPN")  # 'bombed Mosul' misread
        if not subject and not (obj and doc.tokens[t.head].upos == "VERB") and not _attacked(doc, lex, t) \
                and not _left(doc, lex, t) and not _named_city(doc, lex, t):
            continue  # the ports of Calais, Saint-Malo: places in a list, not actors
        p.code, p.kind, p.status, p.reason = state + ("GOV" if subject else ""), "GPE", "resolved", ""
        p.rule += "; a city or region acting: its state" + ("'s government" if subject else "")


def _attacked(doc: Doc, lex: Lexicon, t: Token) -> bool:
    """A city under a target preposition of a noun or verb ('an attack on Kharkiv', 'strikes against Odesa') is
    acted on as its state; the preposition list is language data (attacked_place_prepositions)."""
    if t.deprel != "pobj" or t.head == t.i:
        return False
    prep = doc.tokens[t.head]
    return prep.lemma.lower() in lex.attacked_place_preps and doc.tokens[prep.head].upos in ("NOUN", "VERB")


def _named_city(doc: Doc, lex: Lexicon, t: Token) -> bool:
    """'hit the city of Odesa', 'shelled the town of Kupiansk': the name in an 'of' phrase of a place noun
    (place_heads) that is a verb's object, or attacked ('an attack on the city of Kharkiv'), is that place acted on."""
    if t.deprel != "pobj" or t.head == t.i or doc.tokens[t.head].lemma.lower() != "of":
        return False
    noun = doc.tokens[doc.tokens[t.head].head]
    if noun.lemma.lower() not in lex.place_heads or noun.head == noun.i:
        return False
    return (noun.deprel in ("obj", "dobj") and doc.tokens[noun.head].upos == "VERB") or _attacked(doc, lex, noun)


def _left(doc: Doc, lex: Lexicon, t: Token) -> bool:
    """A city a withdrawal verb's forces leave ('withdrew its troops from Kherson', 'pulled out of Bakhmut'; data keys
    withdrawal_verbs, left_place_prepositions) is the state withdrawn from."""
    if t.deprel != "pobj" or t.head == t.i:
        return False
    prep = doc.tokens[t.head]
    if prep.lemma.lower() == "of" and prep.head != prep.i and doc.tokens[prep.head].upos == "ADP":
        prep = doc.tokens[prep.head]  # 'out of': spaCy hangs 'of' under 'out'
    return prep.lemma.lower() in lex.left_place_preps and doc.tokens[prep.head].lemma.lower() in lex.withdrawal_verbs


def match_places(doc: Doc, lex: Lexicon, forms: list[set[str]], taken: set[int], groups: set[int]) -> list[Hit]:
    """Cities (data/places.tsv) named as places: after a place preposition ('v Sacramentu', 'in London') or
    modifying a group noun of `groups` ('Sacramento police'). Evidence of their state, never actors."""
    hits = []
    for h in match_names(doc, lex, forms, lex.places):
        t = doc.tokens[h.head]
        if any(i in taken for i in range(h.start, h.end)) or (t.upos not in ("PROPN", "NOUN", "X") and not (
                h.start > 0 and doc.tokens[h.start - 1].sent == t.sent and listed_place(lex, t))):
            continue  # 'v Záporoží' read as a verb is still the city
        named = _name_goes_on(doc, h.end, groups)  # then placed before a full name, or skipped
        if named and not (_full_name_at(doc, lex, h.end) and _placed(doc, lex, h)):
            continue  # 'mluvčího Vladimíra Řepky': a name; not 'v Sacramentu Daniel Hahn', 'za Arizonu Wendy Rogersová'
        if _acronym(doc, h.start, h.end):  # 'in his SUV', 'before the IPO': not Suv (Fiji) nor Ipo (Malaysia)
            continue
        if place_state(doc, lex, forms, h.start, h.end) is None:
            continue  # a name of places in several states (Cleveland): evidence of none
        of_group = t.head in groups and t.head != t.i and t.deprel.split(":")[0] in PLACE_RELS
        if of_group or named or is_place(doc, lex, h.head):
            h.rule, h.capital, h.reason = "place:city", True, "a city: evidence of its state, not an actor"
            hits.append(h)
    return hits


# The longest acronym that is read as one rather than as a city in capitals (a headline's or dateline's 'ROME').
ACRONYM_MAX = 3


def _acronym(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word place match is a short all-capital acronym (SUV, IPO, FAO): the cities' list spells its
    names in mixed case, and an acronym of a city's letters is a product, deal or body, not that city."""
    text = doc.tokens[start].text
    return end - start == 1 and len(text) <= ACRONYM_MAX and text.isalpha() and text.isupper()


def _name_goes_on(doc: Doc, end: int, groups: set[int]) -> bool:
    """Whether the name-like token after a place name continues one longer name (not a group noun: 'Sacramento
    Police' stays a place of the police)."""
    if end >= len(doc.tokens) or end in groups:
        return False
    last, nxt = doc.tokens[end - 1], doc.tokens[end]
    return nxt.sent == last.sent and name_like(nxt) and linked(last, nxt)


def prep_argument(doc: Doc, lex: Lexicon, h: int) -> bool:
    """Whether a place preposition governs a case that makes the phrase an argument, not a location
    ('zaútočilo na Kyjev', Acc: the target; 'na Ukrajině', Loc: a place); data 'place_prep_cases'."""
    t = doc.tokens[h]
    preps = [c for c in doc.children(h) if c.deprel == "case" and c.lemma.lower() in lex.place_prep_cases]
    case = t.feats.get("Case")
    if preps and t.text.lower() == t.lemma.lower() and preps[0].feats.get("Case"):
        case = preps[0].feats["Case"]  # 'na Kábul' tagged Loc: a nominative-looking form takes its preposition's case
    return bool(case and preps) and all(case not in lex.place_prep_cases[c.lemma.lower()] for c in preps)


def is_destination(doc: Doc, lex: Lexicon, h: int) -> bool:
    """Whether a place phrase is the destination of a visit ('arrived in Amman', 'přiletěl do Ammánu', 'a visit to
    Moscow', 'cesta do Pekingu')."""
    t = doc.tokens[h]
    preps = [c for c in doc.children(h) if c.deprel == "case"]
    head = doc.tokens[t.head]
    if head.upos == "ADP" and head.i != t.i:  # spaCy's English: the preposition heads its object
        preps, head = [head], doc.tokens[head.head]
    visit = head.i != t.i and ((head.upos == "VERB" and head.lemma.lower() in lex.destination_verbs)
                               or (head.upos == "NOUN" and head.lemma.lower() in lex.destination_nouns))
    if t.deprel in ("obj", "dobj") and not preps:
        return visit  # visited Amman, navštívil Jordánsko
    return visit and bool(preps) and all(p.lemma.lower() in lex.destination_preps for p in preps)


def is_goal(doc: Doc, lex: Lexicon, h: int) -> bool:
    """Whether a name is the goal of motion (zájezdy do Egypta, flights to Egypt): its preposition is a goal one, or
    that of the goal it is coordinated with ('vyváží stroje do Ruska a Číny')."""
    t = doc.tokens[h]
    preps = [c for c in doc.children(h) if c.deprel == "case"]
    if not preps and t.deprel == "conj" and t.head != t.i:
        return is_goal(doc, lex, t.head)
    if doc.tokens[t.head].upos == "ADP" and t.head != t.i:  # spaCy's English: the preposition heads its object
        preps = [doc.tokens[t.head]]
    return any(p.lemma.lower() in lex.goal_preps for p in preps)


# Subject relations that make a capital the acting government ('Washington demanded', 'Moskva odmítla').
SUBJECT_RELS = ("nsubj",)


def capital_as_government(doc: Doc, h: Hit) -> None:
    """A capital that is the subject of a verb stands for the state's government (Washington said -> USAGOV)."""
    t = doc.tokens[h.head]
    if h.rule == "capital" and h.code and len(h.code) == 3 and t.deprel in SUBJECT_RELS \
            and doc.tokens[t.head].upos == "VERB" and t.i < t.head:  # 'Brusel varoval Budapešť': the parser's
        # subject after the verb is often the object of a free word order
        h.code, h.rule = h.code + "GOV", "capital as the subject of a verb: the government"


def _placed(doc: Doc, lex: Lexicon, h: Hit) -> bool:
    """A place used as one, or right after a place or owner preposition (senátorka za Arizonu, the chief in X)."""
    prev = doc.tokens[h.start - 1] if h.start else None
    return is_place(doc, lex, h.head) or (prev is not None and prev.upos == "ADP" and prev.sent == doc.tokens[
        h.start].sent and prev.lemma.lower() in lex.place_preps | lex.owner_preps)


def _full_name_at(doc: Doc, lex: Lexicon, i: int) -> bool:
    """Whether a known first name and a capitalised name word linked to it ('Daniel Hahn', in flat or compound, either
    way, or both flat on the phrase's head) start at token i: a person named after a place or owner phrase ('šéf v
    Sacramentu Daniel Hahn', 'senátorka za Arizonu Wendy Rogersová'), not the rest of the place's name."""
    if i + 1 >= len(doc.tokens) or not doc.tokens[i].text[:1].isupper():
        return False
    t, u = doc.tokens[i], doc.tokens[i + 1]
    linked = u.head == i or t.head == u.i or u.deprel.split(":")[0] == "flat"
    return linked and u.upos in ("PROPN", "X") and u.text[:1].isupper() and given_name(lex, t)


def attributive_homonym(doc: Doc, lex: Lexicon, h: Hit) -> None:
    """A state's name that is also a US state's (actors key attributive_homonyms: Georgia), used bare before a noun
    ('a Georgia man', 'Georgia police'), is the other state: English says 'a Georgian man' of the country."""
    other = lex.attributive_homonyms.get(doc.span_text(h.start, h.end))
    t = doc.tokens[h.head]
    if other and h.kind == "GPE" and t.deprel in ("compound", "nmod") and t.head != t.i \
            and doc.tokens[t.head].upos == "NOUN" and t.head > t.i:
        h.code, h.rule = other, h.rule + f"; a name used as a modifier: the homonym in {other}"
