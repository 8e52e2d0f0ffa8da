"""English quotes: quotation styles, 'said that', speech tags, 'according to', pronouns; real pipeline."""

from __future__ import annotations

import pytest
from quotes_support import only_quote, run_lang, speaker_name

from kronika import Pipeline
from kronika.model import Doc, Quote


def run(pipeline: Pipeline, text: str) -> Doc:
    return run_lang(pipeline, text, "en")


def only(pipeline: Pipeline, text: str) -> Quote:
    return only_quote(run(pipeline, text))


@pytest.mark.parametrize("text", [
    "\"We will not back down from this fight,\" Senator Elizabeth Warren said on Tuesday.",
    "“We will not back down from this fight,” Senator Elizabeth Warren said on Tuesday.",
    "‘We will not back down from this fight,’ Senator Elizabeth Warren said on Tuesday.",
    "'We will not back down from this fight,' Senator Elizabeth Warren said on Tuesday.",
    "''We will not back down from this fight,'' Senator Elizabeth Warren said on Tuesday.",
    "\"We will not back down from this fight,\" said Senator Elizabeth Warren on Tuesday.",
    "Senator Elizabeth Warren said on Tuesday: \"We will not back down from this fight.\"",
    "Senator Elizabeth Warren said, “We will not back down from this fight.”",
])
def test_quotes_en_direct_styles_and_tags(pipeline: Pipeline, text: str) -> None:
    q = only(pipeline, text)
    assert q.direct
    assert q.text.rstrip(",.") == "We will not back down from this fight"
    assert "Warren" in speaker_name(q)
    assert q.cue == "said"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Secretary of State Antony Blinken said that the United States would send more air defence systems.",
     "the United States would send more air defence systems", "Blinken"),
    ("The minister told reporters the talks had collapsed after midnight.",
     "the talks had collapsed after midnight", "minister"),
    ("The talks had collapsed after midnight, the minister told reporters.",
     "The talks had collapsed after midnight", "minister"),
    ("The army warned that the bridge would be closed for repairs.",
     "the bridge would be closed for repairs", "army"),
    ("The plan, the governor said, would cut emissions by half within a decade.",
     "The plan would cut emissions by half within a decade", "governor"),
])
def test_quotes_en_indirect(pipeline: Pipeline, text: str, content: str, speaker: str) -> None:
    q = only(pipeline, text)
    assert not q.direct
    assert q.text == content
    assert speaker in speaker_name(q)


def test_quotes_en_pronoun_resolves_to_previous_speaker(pipeline: Pipeline) -> None:
    doc = run(pipeline, "White House spokesman John Kirby said the sanctions would hurt Moscow. "
                        "He added that more measures were being prepared by the Treasury.")
    assert [q.text for q in doc.quotes] == ["the sanctions would hurt Moscow",
                                            "more measures were being prepared by the Treasury"]
    second = doc.quotes[1]
    assert second.speaker is not None and second.speaker.text == "He" and "Kirby" in second.speaker.name


def test_quotes_en_split_quote_is_one(pipeline: Pipeline) -> None:
    q = only(pipeline, "\"Part one of the argument is simple,\" says Mayor Eric Adams, "
                       "\"and part two is even simpler.\"")
    assert q.text == "Part one of the argument is simple, and part two is even simpler."
    assert "Eric Adams" in speaker_name(q)


def test_quotes_en_multi_paragraph_quote_one_per_paragraph(pipeline: Pipeline) -> None:
    doc = run(pipeline, "\"Our economy is strong and growing.\n\n\"Our future is bright,\" the governor said.")
    assert [q.text for q in doc.quotes] == ["Our economy is strong and growing.", "Our future is bright,"]
    assert all("governor" in speaker_name(q) for q in doc.quotes)


def test_quotes_en_according_to_with_quotation(pipeline: Pipeline) -> None:
    q = only(pipeline, "According to the Red Cross, \"more than two million people have fled the fighting\".")
    assert q.direct and q.text == "more than two million people have fled the fighting"
    assert "Red Cross" in speaker_name(q)
    assert q.cue == "According to"


def test_quotes_en_partial_quote_inside_indirect_counts_once(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The senator said that the bill was \"a disgrace to this chamber\" and should be withdrawn.")
    assert len(doc.quotes) == 1
    assert not doc.quotes[0].direct and doc.quotes[0].text.startswith("the bill was")


@pytest.mark.parametrize("text", [
    "According to the report, the economy grew by three percent last year.",
    "Officials believe that the attack was planned for months.",
    "The so-called \"peace plan\" was rejected by both sides.",
    "The committee approved the budget on Monday and sent it to the floor.",
    "It is worth noting that the law was passed by a wide margin in 1998.",
])
def test_quotes_en_not_quotes(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).quotes == []


def test_quotes_en_question_tag_after_sentence_split(pipeline: Pipeline) -> None:
    q = only(pipeline, "“How many times do we have to see this in our country?” Clinton said.")
    assert q.text == "How many times do we have to see this in our country?"
    assert "Clinton" in speaker_name(q)


def test_quotes_en_colon_in_previous_paragraph(pipeline: Pipeline) -> None:
    q = only(pipeline, "The governor said:\n\n\"We have to bring back law and order to every street of this city.\"")
    assert q.text == "We have to bring back law and order to every street of this city."
    assert "governor" in speaker_name(q)


def test_quotes_en_dash_names_the_speaker(pipeline: Pipeline) -> None:
    q = only(pipeline, "“I cannot believe how far this campaign has fallen in a single year.” ― Jacklyn Ashley")
    assert q.rule.startswith("direct-dash")
    assert "Ashley" in speaker_name(q)
