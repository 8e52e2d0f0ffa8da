"""Sentence splitting: abbreviations, initials, ordinal dates, quotes, paragraphs."""

from __future__ import annotations

import pytest

from kronika.nlp.segment import split_sentences


def sents(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Summit začne 27. září v Praze. Potom odjede.", ["Summit začne 27. září v Praze.", "Potom odjede."]),
    ("cs", "Přijel tzv. mírový sbor. Odjel.", ["Přijel tzv. mírový sbor.", "Odjel."]),
    ("cs", "Podepsal to J. Novák. Pak odešel.", ["Podepsal to J. Novák.", "Pak odešel."]),
    ("cs", "Zavítal tam v roce 2000. Moskva to vítá.", ["Zavítal tam v roce 2000.", "Moskva to vítá."]),
    ("cs", "„Nesouhlasíme,\" řekl ministr. Další den odjel.", ["„Nesouhlasíme,\" řekl ministr.", "Další den odjel."]),
    ("cs", "Řekl: „Odjedeme.“ Pak odjeli.", ["Řekl: „Odjedeme.“", "Pak odjeli."]),
    ("cs", "První odstavec bez tečky\n\nDruhý odstavec.", ["První odstavec bez tečky", "Druhý odstavec."]),
    ("en", "Mr. Smith met Gen. Jones in Washington. They talked.", ["Mr. Smith met Gen. Jones in Washington.",
                                                                 "They talked."]),
    ("en", "The U.S. Army said so. Russia denied it.", ["The U.S. Army said so.", "Russia denied it."]),
    ("en", "Is it war? Nobody knows!", ["Is it war?", "Nobody knows!"]),
])
def test_segment_splits(lang: str, text: str, expected: list[str]) -> None:
    assert sents(text, lang) == expected


def test_segment_seed_article_has_one_sentence_per_period(seed_text: str) -> None:
    out = sents(seed_text, "cs")
    assert len(out) == 25
    assert out[4].startswith("„Velmi si ceníme") and out[4].endswith("uvedl Putin.")


def test_segment_offsets_point_into_text() -> None:
    text = "  Ahoj.  Jak se máš?  "
    for a, b in split_sentences(text, "cs"):
        assert text[a:b].strip() == text[a:b]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Muž z Hrobu „propálil“ svou přítelkyni z Kostomlat Muž z Hrobu nechtěně pomohl strážníkům. Pak odešel.",
     ["Muž z Hrobu „propálil“ svou přítelkyni z Kostomlat", "Muž z Hrobu nechtěně pomohl strážníkům.", "Pak odešel."]),
    ("cs", "Vlaky začínají jezdit podle nového řádu, někde se změní dopravci Od neděle jezdí vlaky od rána.",
     ["Vlaky začínají jezdit podle nového řádu, někde se změní dopravci", "Od neděle jezdí vlaky od rána."]),
    ("cs", "Mladá žena zemřela při havárii aut na Prachaticku „Mladá žena utrpěla zranění,“ uvedla mluvčí.",
     ["Mladá žena zemřela při havárii aut na Prachaticku", "„Mladá žena utrpěla zranění,“ uvedla mluvčí."]),
    ("en", "Heavy snowfall wreaks havoc in Serbia and the Balkans Heavy snowfall wreaked havoc on Sunday.",
     ["Heavy snowfall wreaks havoc in Serbia and the Balkans", "Heavy snowfall wreaked havoc on Sunday."]),
    ("en", "UK pledges another £75m in aid to Afghanistan at G7 meeting A further £75 million is to be given.",
     ["UK pledges another £75m in aid to Afghanistan at G7 meeting", "A further £75 million is to be given."]),
])
def test_segment_headline_glued_to_the_lead_is_split(lang: str, text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sunday Best: Enter 1880s New York in HBO's \"The Gilded Age\" and its hats."),
    ("en", "The US President Joe Biden met the Prime Minister in Washington on Monday."),
    ("en", "The reporter told The Guardian that the minister resigned on Monday."),
    ("cs", "Prezident Petr Pavel jednal s předsedou vlády Petrem Fialou o rozpočtu na příští rok."),
    ("cs", "Ministr navštívil Nejvyšší soud a jednal o nejvyšší možné podpoře soudů v Brně."),
])
def test_segment_names_and_titles_inside_a_first_sentence_stay(lang: str, text: str) -> None:
    assert [text[a:b] for a, b in split_sentences(text, lang)] == [text]
