"""Adjectives and participles that name people when they fill an argument slot ('zadrželi tři podezřelé',
'arrested the 18-year-old', 'zbil 17letého poškozeného')."""

from __future__ import annotations

from ..model import Token
from .lexicon import Lexicon

# Relations in which an adjective stands for a noun (zadrželi tři podezřelé, protestující blokovali silnici); the
# English model keeps ClearNLP labels ('arrested the 18-year-old': dobj, 'to the 18-year-old': pobj).
NOMINAL_RELS = {"nsubj", "obj", "obl", "iobj", "conj", "appos", "root", "nmod", "nsubjpass", "dobj", "pobj", "dative"}


def nominal_adjective(lex: Lexicon, f: set[str], t: Token) -> bool:
    """An adjective or participle of the pack's list used as a noun (filling an argument slot, not modifying)."""
    listed = bool(f & lex.nominal_adjectives) or age_adjective(lex, t)
    short = t.feats.get("Variant") == "Short"  # 'byl obviněn', 'Chlapci obviněni, že ...': a predicate, no person
    # 'evakuovali raněné', 'propustili zadržené': the Czech parser often makes such an object a secondary predicate,
    # tagged Nom when it agrees with the subject ('Vrtulníky evakuovaly raněné'); repair.py rehangs it as the object
    predicate = t.deprel == "advcl:pred" and t.feats.get("Case") in {"Acc", "Nom"}
    return t.upos in ("ADJ", "VERB") and listed and not short and (t.deprel.split(":")[0] in NOMINAL_RELS
                                                                   or predicate)


def age_adjective(lex: Lexicon, t: Token) -> bool:
    """'zbil 17letého', 'zadrželi 40letou': a number glued to the pack's age suffix (age_adjective_pattern)."""
    return lex.age_adjective is not None and bool(lex.age_adjective.match(t.text.lower()))
