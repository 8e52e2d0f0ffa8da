"""Czech recall found by the English side of the paired corpus (session 27): headline passives without their
auxiliary, the doer of a charged act, and a home-relative body owned by the state named after it."""

from __future__ import annotations

from events_support import doc_triples as _triples

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str = "cs") -> Doc:
    """Parse and code a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2020-01-15"})



def _codes(doc: Doc) -> dict[str, str | None]:
    """Mention text -> code."""
    return {m.text: m.code for m in doc.mentions}


def test_headline_passive_without_auxiliary_is_a_custody_act_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Americký občan Joe Smith obviněn z vraždy v Dallasu")
    assert ("ACCUSE", "USA", "USA") in _triples(doc)


def test_headline_arrest_without_auxiliary_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ruský opoziční politik Alexej Navalnyj přiletěl do Moskvy. Ruský opoziční politik "
               "zatčen na letišti.")
    assert ("COERCE", "RUS", "RUS") in _triples(doc)


def test_belief_participle_stays_no_event_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Premiér přesvědčen, že Rusko zaútočí.")
    assert not any(e.type in {"REQUEST", "COERCE", "ACCUSE"} for e in doc.events)


def test_charged_persons_did_the_act_of_the_charge_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Emmanuelova křesťanská škola, Virginie: Chlapci ze šesté třídy obviněni, že napadli "
               "dívku tmavé pleti a ustřihli jí dredy")
    assert any(e.type == "ACCUSE" and e.target and e.target.text == "Chlapci" for e in doc.events)
    assert any(e.type == "ASSAULT" and e.source and e.source.text == "Chlapci" for e in doc.events)


def test_charged_with_auxiliary_did_the_act_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Dva muži byli obviněni, že zabili policistu.")
    assert any(e.type == "ASSAULT" and e.source and e.source.text == "muži" for e in doc.events)


def test_informed_patient_is_not_the_doer_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ukrajinský ministr byl informován, že zaútočili na vesnici.")
    assert not any(e.type == "ASSAULT" and e.source and "ministr" in e.source.text for e in doc.events)


def test_supreme_court_of_the_united_states_is_american_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "„Jsem pobouřen včerejším rozhodnutím Nejvyššího soudu Spojených států, který povolil "
               "zachování texaského zákazu,“ uvedl kalifornský guvernér.")
    assert _codes(doc).get("Nejvyššího soudu") == "USAJUD"


def test_supreme_court_usa_rejects_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Nejvyšší soud USA zamítl žalobu.")
    assert ("REJECT", "USA", "-") in _triples(doc)


def test_court_deciding_on_a_state_suit_stays_home_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Nejvyšší soud v Brně rozhodl o žalobě Ruska.")
    assert _codes(doc).get("Nejvyšší soud") == "CZEJUD"


def test_plural_demonym_after_its_verb_is_the_subject_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Zemřel bývalý francouzský prezident Jacques Chirac. Chiraca si připomněli například "
               "Japonci, neboť politik byl známý svou láskou k jejich zemi a sportu sumó.")
    assert ("SUPPORT", "JPN", "FRA") in _triples(doc)
    assert ("SUPPORT", "FRA", "JPN") not in _triples(doc)


def test_visited_demonyms_stay_the_object_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Premiér navštívil Američany.")
    assert ("CONSULT", "CZE", "USA") in _triples(doc)


def test_relative_clause_in_object_verb_subject_order_names_the_author_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Česká vláda odmítla návrh, který předložilo Rusko.")
    assert ("REJECT", "CZE", "RUS") in _triples(doc)


def test_author_of_the_supported_resolution_is_the_target_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Francie podpořila rezoluci, kterou navrhly Spojené státy.")
    assert ("SUPPORT", "FRA", "USA") in _triples(doc)


def test_relative_pronoun_that_agrees_stays_the_subject_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ministr kritizoval rozhodnutí, které zakazuje Rusku dovoz zbraní.")
    assert not any(r.startswith("relative-object") for r in doc.meta.get("events_repairs", []))


def test_relative_pronoun_swapped_only_on_disagreement_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Česká vláda odmítla návrh, který předložilo Rusko.")
    assert "relative-object:který+Rusko" in doc.meta.get("events_repairs", [])


def test_leader_of_a_gang_is_the_gang_not_a_government_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Vůdce kolumbijského zločineckého gangu Los Pelusos byl zabit, oznámil prezident.")
    assert _codes(doc).get("Vůdce kolumbijského zločineckého gangu Los Pelusos") == "COLCRM"
    doc = _run(pipeline, "Vůdce kolumbijských rebelů byl zatčen.")
    assert _codes(doc).get("Vůdce kolumbijských rebelů") == "COLREB"


def test_leader_of_a_state_stays_its_government_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Vůdce Severní Koreje Kim Čong-un navštívil Rusko.")
    assert ("CONSULT", "PRK", "RUS") in _triples(doc)
