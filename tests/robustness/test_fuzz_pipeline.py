"""Fuzzing the extractor: any text gives a result with valid offsets or a rejection with a reason."""

from __future__ import annotations

import json

from fuzz_inputs import hostile_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika import Pipeline
from kronika.limits import offset_problems

# Generous: one example may parse a few thousand tokens on a busy 2-core machine.
FUZZ = settings(max_examples=40, deadline=20_000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def assert_sound(pipeline: Pipeline, text: str, lang: str | None) -> None:
    """The article yields an ok doc with valid offsets, or a rejection that says why."""
    doc = pipeline({"id": "fuzz", "text": text, "lang": lang})
    out = doc.to_dict()
    json.dumps(out, ensure_ascii=False)  # the output is always serialisable
    if doc.status == "ok":
        assert offset_problems(text, out) == []
        assert all(0 <= t.start <= t.end <= len(text) for t in doc.tokens)
    else:
        assert doc.status == "rejected" and doc.reason


@FUZZ
@given(text=hostile_text(), lang=st.sampled_from(["cs", "en", None]))
def test_fuzz_pipeline_hostile_text_never_crashes(pipeline: Pipeline, text: str, lang: str | None) -> None:
    assert_sound(pipeline, text, lang)


@FUZZ
@given(data=st.binary(max_size=3000), codec=st.sampled_from(["latin-1", "cp1250", "utf-8"]))
def test_fuzz_pipeline_binary_decoded_as_text(pipeline: Pipeline, data: bytes, codec: str) -> None:
    assert_sound(pipeline, data.decode(codec, errors="replace"), None)


def test_fuzz_pipeline_empty_and_whitespace_are_rejected(pipeline: Pipeline) -> None:
    for text in ["", " ", "\n\n\t", "\u00a0\u2003\u3000", "\r\n" * 100]:
        doc = pipeline({"id": "blank", "text": text})
        assert doc.status == "rejected" and doc.reason == "empty text"


def test_fuzz_pipeline_unpaired_surrogate_is_a_reasoned_rejection(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "surrogate", "text": "Vláda to odmítla \ud800 v pondělí.", "lang": "cs"})
    assert doc.status == "rejected" and "surrogate" in doc.reason


def test_fuzz_pipeline_unbalanced_quotes_keep_offsets(pipeline: Pipeline) -> None:
    text = "„Nikdy to nepřipustíme, řekl ministr. " * 30 + "He said \"we will not go. " * 30 + "“" * 500
    for lang in ("cs", "en"):
        assert_sound(pipeline, text, lang)
