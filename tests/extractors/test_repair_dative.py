"""A bare dative the Czech parser hangs on the genitive name before it (repair_dative.dative_after_genitive): 'Pomoc
Evropské unie Ukrajině' is the Union's aid to Ukraine, 'výzva EU Rusku' the Union's call on Russia; a name takes no
dative of its own. English says it with 'to', which the parser attaches right."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2024-03-01"})
    return {(e.type, e.source.code or "-" if e.source else "-", (e.target.code or "-") if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Pomoc Evropské unie Ukrajině přesáhla 50 miliard eur.", "cs", ("AID", "IGOEUREEC", "UKR")),
    ("The European Union's aid to Ukraine exceeded 50 billion euros.", "en", ("AID", "IGOEUREEC", "UKR")),
    ("Výzva Evropské unie Rusku ke stažení vojsk zůstala bez odezvy.", "cs", ("REQUEST", "IGOEUREEC", "RUS")),
])
def test_dative_after_a_genitive_name_is_the_noun_triggers_target(pipeline: Pipeline, text: str, lang: str,
                                                                   expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text, lang)


def test_dative_of_a_noun_under_the_name_stays_there(pipeline: Pipeline) -> None:
    """'pomoci Ukrajině' under 'blokování': the dative hangs on a common noun, not on a name; nothing moves."""
    doc = pipeline({"id": "t", "text": "Šéf diplomacie kritizoval Maďarsko za blokování pomoci Ukrajině.", "lang": "cs",
                    "published": "2024-03-01"})
    assert not any(r.startswith("dative-after-genitive") for r in doc.meta.get("events_repairs", []))


@pytest.mark.parametrize(("text", "expected"), [
    ("Šéf diplomacie napomenul Maďarsko za blokování pomoci Ukrajině.", ("ACCUSE", "CZEGOV", "HUN")),
    ("Francouzský prezident nabídnul Ukrajině vojenskou pomoc.", ("AGREE", "FRAGOV", "UKR")),
])
def test_colloquial_nul_past_forms_find_their_nout_verb(pipeline: Pipeline, text: str,
                                                         expected: tuple[str, str, str]) -> None:
    """'napomenul', 'nabídnul': -nul past forms the tagger keeps as their lemma (lemma_rewrites 'nul' -> 'nout')."""
    assert expected in _events(pipeline, text, "cs")
