"""The event lexicons and grammar files: they load, every entry codes to a PLOVER type, Czech covers all types."""

from __future__ import annotations

import pytest

from kronika.cameo import lookup
from kronika.extractors.lexicon import Lexicon, fold, load
from kronika.langpack import load_json

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ROLE_RELS = {"nsubj", "obj", "iobj", "nsubj:pass", "obl:agent", "obl:arg", "advmod", "amod", "poss", "amod:poss",
             "nmod:poss"}


def _valid_spec(spec: str) -> bool:
    rel, _, arg = spec.partition(":")
    return spec in ROLE_RELS or (rel == "case" and arg[:1].isupper()) or (rel in {"obl", "nmod"} and bool(arg))


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_events_lexicon_loads_without_rejected_entries(lang: str) -> None:
    lex = load(lang)
    assert lex.verbs and not lex.rejected


def test_events_lexicon_cs_entries_are_valid_and_unique() -> None:
    raw = load_json("cs", "verbs.json")
    ids = [e["id"] for e in raw["verbs"] + raw["nouns"]]
    assert len(ids) == len(set(ids))
    for e in raw["verbs"] + raw["nouns"]:
        info = lookup(e["cameo"])
        # a statement code (plover None, e.g. 010) marks a sense that is no event ("odstoupil z turnaje")
        assert info is not None and info.plover in PLOVER | {None}, e
        for spec in e.get("target", []) + e.get("source", []) + e.get("passive_source", []):
            assert _valid_spec(spec), (e["id"], spec)


def test_events_lexicon_cs_covers_every_plover_type_with_hundreds_of_entries() -> None:
    lex = load("cs")
    entries = {id(e): e for lst in [*lex.verbs.values(), *lex.nouns.values()] for e in lst}.values()
    types = {lookup(e.cameo).plover for e in entries} - {None}  # type: ignore[union-attr]
    assert types == PLOVER
    assert len(entries) >= 500


def test_events_lexicon_cs_has_both_aspects() -> None:
    lex = load("cs")
    for pair in [("podporovat", "podpořit"), ("odmítat", "odmítnout"), ("navštěvovat", "navštívit"),
                 ("útočit", "zaútočit"), ("obviňovat", "obvinit"), ("poskytovat", "poskytnout")]:
        assert all(lex.verbs.get(v) for v in pair), pair


def test_events_lexicon_repairs_lemmatizer_slips() -> None:
    lex = load("cs")
    assert lex.entries("použit", "použilo", noun=False)  # missing accent: použít
    assert lex.entries("přesune", "přesune", noun=False)  # form as lemma: přesunout
    assert lex.entries("podepsaný", "podepsány", noun=False)  # passive participle: podepsat
    assert fold("Použít") == "pouzit"


def test_events_lexicon_specific_entries_are_tried_first() -> None:
    lex = Lexicon("xx", {"verbs": [{"lemma": "use", "cameo": "190"},
                                   {"lemma": "use", "object": ["missile"], "cameo": "195"}]}, {})
    assert [e.cameo for e in lex.entries("use", "used", noun=False)] == ["195", "190"]


def test_events_lexicon_unknown_cameo_is_rejected_with_reason() -> None:
    lex = Lexicon("xx", {"verbs": [{"lemma": "zap", "cameo": "999", "id": "x-zap"}]}, {})
    assert not lex.verbs and lex.rejected == [("x-zap", "unknown CAMEO code 999")]


def test_events_lexicon_repairs_participle_forms_used_as_lemmas() -> None:
    lex = load("cs")
    assert lex.entries("nabídlo", "nabídlo", noun=False)[0].lemma == "nabídnout"
    assert lex.entries("poslaly", "poslaly", noun=False)[0].lemma == "poslat"
