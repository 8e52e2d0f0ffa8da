"""Role nouns in a parsed Doc: sector and inherit nouns (prezident, policie, mluvčí) and the words that make them."""

from __future__ import annotations

from ..model import Doc, Token
from .compose import Role, possessed
from .former import former_sector
from .led import led_sector, stateless
from .lexicon import Lexicon
from .nominal import age_adjective, nominal_adjective
from .sport import sport_sector


def find_roles(doc: Doc, lex: Lexicon, forms: list[set[str]], taken: set[int]) -> dict[int, Role]:
    """Sector and inherit nouns (plural-only ones only in the plural), keyed by token index."""
    roles: dict[int, Role] = {}
    for t in doc.tokens:
        if t.i in taken:
            continue
        if t.upos not in ("NOUN", "PROPN") and not nominal_adjective(lex, forms[t.i], t):
            continue
        if _kind_of(doc, lex, t.i):
            continue  # army-type guns, military-style rifles: a kind of thing, no actor
        first = t.i == 0 or doc.tokens[t.i - 1].sent != t.sent  # Vandalové at a sentence start is tagged PROPN
        lower = not t.text[:1].isupper()  # 'the Chinese foreign ministry': a common noun the tagger took for a name
        f = forms[t.i] if t.upos != "PROPN" or first or lower else {t.text.lower(), t.lemma.lower()}
        if t.upos == "NOUN" and t.lemma.lower() not in lex.nominal_adjectives:
            f = f - lex.nominal_adjectives  # 'podat obvinění', 'poškození sochy': the deverbal noun, not 'obviněný'
        body = _body_sector(doc, lex, f, t, first)
        sector = body or sport_sector(doc, f, lex.sector_of(f))  # útočník Sparty: a forward, not an attacker
        if sector is None:  # the Saudi-led coalition: a group noun that is an actor only when led
            sector = led_sector(doc, lex, f, t.i)
        if sector is None and age_adjective(lex, t):  # '17letého': a person of that age
            sector = PRIVATE
        sector = former_sector(doc, lex, forms, t.i, sector)  # former President X: no state organ today
        if sector == "MIL" and stateless(doc, lex, forms, t.i):
            sector = "UAF"  # Kurdish forces, kurdské jednotky: a stateless people's fighters, not a state's army
        inherit = bool(f & lex.inherit) and body is None
        if f & lex.postpositive and t.i - 1 in roles and roles[t.i - 1].sector not in (None, PRIVATE) \
                and doc.tokens[t.i - 1].sent == t.sent:  # not the Intelligence Community('s) Inspector General
            prev = roles.pop(t.i - 1)  # Attorney General, Secretary General: the title's sector, not MIL
            roles[t.i] = Role(t.i, prev.sector, prev.tokens | {t.i})
            continue
        adj = _phrase_sector(doc, lex, forms, t.i)
        adj = adj or (_sector_adjective(doc, lex, forms, t.i) if f & lex.adjective_heads else None)
        if adj is not None:  # vládní výbor, policejní komisař, police officers: the adjective names the sector
            roles[t.i] = Role(t.i, former_sector(doc, lex, forms, t.i, adj[1]), {t.i, adj[0]})
            continue
        if f & lex.kin_nouns and possessed(doc, t.i):  # zavraždil svoji sestru, killed his victim: a person
            roles[t.i] = Role(t.i, PRIVATE, {t.i})
            continue
        if sector is None and not inherit:
            continue
        if f & lex.plural_only and t.feats.get("Number") != "Plur" and body is None:
            continue
        if any((m, n) in lex.non_actor_phrases for c in doc.children(t.i) if c.deprel.split(":")[0] in ("amod",
               "compound") for m in forms[c.i] for n in f):
            continue  # pracovní síla, market forces: no actor
        roles[t.i] = Role(t.i, None if inherit else sector, {t.i}, envoy=bool(f & lex.envoys), named=body is not None)
    return roles


PRIVATE = "CVL"


def _body_sector(doc: Doc, lex: Lexicon, f: set[str], t: Token, first: bool) -> str | None:
    """Sector of a singular noun that names one institution (the Office for ..., Správa úložišť ..., Úřad pro ...
    (ÚOHS)): a body noun of the pack, or a plural-only sector noun (úřady), None when it names none."""
    if not (f & (set(lex.body_sectors) | lex.plural_only - lex.unnamed_groups)) or not _named_body(doc, t, first):
        return None
    return next((lex.body_sectors[x] for x in f if x in lex.body_sectors), None) or lex.sector_of(f)


def _named_body(doc: Doc, t: Token, first: bool) -> bool:
    """Whether a singular noun names one institution: capitalised inside a sentence (the Úřad pro ...) or defined
    by an abbreviation in brackets (Úřad pro ochranu hospodářské soutěže (ÚOHS))."""
    if t.text[:1].isupper() and not first:
        return True
    return any(c.deprel.split(":")[0] == "appos" and c.text.isupper() and len(c.text) > 1 and c.i > t.i
               and doc.tokens[c.i - 1].text == "(" for c in doc.children(t.i))


def _kind_of(doc: Doc, lex: Lexicon, i: int) -> bool:
    """Whether a noun is the first half of a hyphenated adjective of kind ('army-type', 'military-style')."""
    toks = doc.tokens
    return i + 2 < len(toks) and toks[i + 1].text == "-" and not toks[i].ws and not toks[i + 1].ws \
        and toks[i + 2].text.lower() in lex.kind_suffixes


def _phrase_sector(doc: Doc, lex: Lexicon, forms: list[set[str]], h: int) -> tuple[int, str] | None:
    """(token, sector) of a modifier that makes a two-word sector noun with the noun (státní zastupitelství -> JUD,
    cestovní kancelář -> BUS, news agency -> MED), if any."""
    if not lex.phrase_sectors:
        return None
    for c in doc.children(h):
        if c.deprel.split(":")[0] in ("amod", "compound") and c.i < h:
            sector = next((lex.phrase_sectors[(m, n)] for m in forms[c.i] for n in forms[h]
                           if (m, n) in lex.phrase_sectors), None)
            if sector:
                return c.i, sector
    return None


def _sector_adjective(doc: Doc, lex: Lexicon, forms: list[set[str]], h: int) -> tuple[int, str] | None:
    """(token, sector) of an adjective modifier that names a state sector (policejní -> COP), if any."""
    for c in doc.children(h):
        if c.deprel.split(":")[0] == "amod" or (c.deprel == "compound" and c.i < h):
            sector = next((lex.sector_adjectives[x] for x in forms[c.i] if x in lex.sector_adjectives), None)
            if sector:
                return c.i, sector
    return None
