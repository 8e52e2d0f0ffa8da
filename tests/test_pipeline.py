"""The pipeline: assembly from settings, checks, rejection of bad input, the Python API."""

from __future__ import annotations

import pytest

import kronika
from kronika import Pipeline, Settings
from kronika.pipeline import check


def test_pipeline_check_rejects_unknown_component() -> None:
    with pytest.raises(ValueError, match="unknown pipeline component"):
        check(["parse", "nonsense"])


def test_pipeline_check_rejects_missing_requirement() -> None:
    with pytest.raises(ValueError, match="needs"):
        check(["actors"])


def test_pipeline_settings_with_overrides_is_an_error_not_a_silent_drop() -> None:
    with pytest.raises(ValueError, match="not both"):
        Pipeline(Settings.load(), components=("parse",))


def test_pipeline_rejects_empty_and_huge_text(pipeline: Pipeline) -> None:
    assert pipeline({"id": "e", "text": "   \n "}).status == "rejected"
    small = Pipeline(Settings.load(max_chars=100))
    doc = small({"id": "h", "text": "slovo " * 100})
    assert doc.status == "rejected" and "max_chars" in doc.reason


def test_extract_api_parses_czech_with_offsets() -> None:
    doc = kronika.extract("Ruský prezident poděkoval Severní Koreji.", lang="cs", published="2024-06-18")
    assert doc.status == "ok" and doc.lang == "cs"
    assert [t.text for t in doc.tokens][:2] == ["Ruský", "prezident"]
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text
    koreji = next(t for t in doc.tokens if t.text == "Koreji")
    assert koreji.lemma == "Korea" and koreji.feat("Case") in {"Dat", "Loc"}  # same form; the model often says Loc
    d = doc.to_dict()
    assert d["schema"] == kronika.SCHEMA_VERSION and d["published"] == "2024-06-18"


def test_language_detected_when_not_given(pipeline: Pipeline) -> None:
    assert pipeline("The president said that Russia will not attack.").lang == "en"
    assert pipeline("Prezident uvedl, že Rusko nezaútočí na žádnou zemi.").lang == "cs"
    assert pipeline("Prezident povedal, že Rusko nezaútočí na žiadnu krajinu a ešte sa uvidí.").lang == "sk"


def test_conllu_input_is_read_as_ud() -> None:
    conllu = ("1\tRussia\tRussia\tPROPN\t_\tNumber=Sing\t2\tnsubj\t_\t_\n"
              "2\tattacked\tattack\tVERB\t_\tTense=Past\t0\troot\t_\t_\n"
              "3\tUkraine\tUkraine\tPROPN\t_\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No\n"
              "4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n")
    doc = Pipeline()({"id": "c", "text": "Russia attacked Ukraine.", "lang": "en", "conllu": conllu})
    assert doc.status == "ok" and doc.meta["parser"] == "conllu"
    assert [(t.text, t.head, t.deprel) for t in doc.tokens[:3]] == [
        ("Russia", 1, "nsubj"), ("attacked", 1, "root"), ("Ukraine", 1, "obj")]
    assert doc.tokens[2].start == 16
