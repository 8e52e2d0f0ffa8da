"""A name word written with a capital inside it ('iHNed', 'iDNES', 'easyJet') matches only a token with an inner
capital: the Czech adverb 'Ihned' ('immediately') opening a sentence is no newspaper (it became the source of 'Ihned
jej ošetřili')."""

from __future__ import annotations

from kronika import Pipeline


def _codes(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    return {m.text: m.code for m in doc.mentions}


def test_sentence_initial_adverb_is_no_outlet(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Záchranáři našli zraněného myslivce v lese. Ihned jej ošetřili a odvezli do nemocnice.")
    assert "CZEMED" not in codes.values(), codes


def test_outlet_with_inner_capital_still_matches(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Informoval o tom deník iHNed. Podle iHNed vláda zasáhla pozdě.")
    assert codes.get("iHNed") == "CZEMED", codes
