"""A person or state the English parser takes for the label of 'called' (repair_naming.called_object): 'Macron
called Putin on Friday' is a phone call to Putin, not a naming; 'called Putin a liar' keeps its object and label."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str = "en") -> set[tuple[str, str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2024-03-01"})
    return {(e.type, e.cameo, e.source.code or "-" if e.source else "-", (e.target.code or "-") if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("French President Emmanuel Macron called Vladimir Putin on Friday.", "en", ("CONSULT", "041", "FRAGOV", "RUSGOV")),
    ("Biden called Zelensky on Monday to discuss the war.", "en", ("CONSULT", "041", "USAGOV", "UKRGOV")),
    ("Prezident Macron v pátek zavolal Putinovi.", "cs", ("CONSULT", "041", "FRAGOV", "RUSGOV")),
])
def test_an_actor_read_as_the_label_of_called_is_the_one_called(pipeline: Pipeline, text: str, lang: str,
                                                               expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(pipeline, text, lang)


def test_a_naming_with_its_object_stays_a_naming(pipeline: Pipeline) -> None:
    """'called Putin a liar': Putin is the object, 'a liar' the label; no call, a disapproval."""
    events = _events(pipeline, "German Chancellor Olaf Scholz called Putin a liar.")
    assert not any(t == "CONSULT" for t, *_ in events)
    assert ("ACCUSE", "111", "DEUGOV", "RUSGOV") in events


def test_a_name_given_in_the_passive_is_no_call(pipeline: Pipeline) -> None:
    """'was called Barbarossa': the passive names its subject; nothing is rehung."""
    doc = pipeline({"id": "t", "text": "The German operation was called Barbarossa.", "lang": "en",
                    "published": "2024-03-01"})
    assert not any(r.startswith("called-object") for r in doc.meta.get("events_repairs", []))
    assert not doc.events


def test_a_quoted_label_after_the_actor_keeps_the_naming(pipeline: Pipeline) -> None:
    """'called Jacinda Ardern "a tyrant"': the quoted words label Ardern; no phone call."""
    events = _events(pipeline, 'Senator Wendy Rogers on Sunday called New Zealand\'s Prime Minister Jacinda Ardern '
                               '"a tyrant" in a tweet.')
    assert not any(t == "CONSULT" for t, *_ in events)
