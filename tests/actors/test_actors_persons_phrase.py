"""Unlisted persons take the country of a demonym in their own phrase, or of the spelling their name keeps."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline


def test_actors_persons_phrase_demonym_on_the_role_noun_en(pipeline: Pipeline) -> None:
    text = "Czech tennis player Petra Kvitova beat her rival on Tuesday. Police arrested a man in the city."
    assert coded(run(pipeline, text, "en"))["Petra Kvitova"] == "CZECVL"


def test_actors_persons_phrase_demonym_beats_the_czech_default(pipeline: Pipeline) -> None:
    text = "Americký zpěvák John Legend kritizoval policii. Policie zadržela dva muže."
    assert coded(run(pipeline, text, "cs"))["John Legend"] == "USACVL"


def test_actors_persons_phrase_role_noun_keeps_its_sector(pipeline: Pipeline) -> None:
    text = "Mark Jones, a British tourist, accused the hotel of theft."
    assert coded(run(pipeline, text, "en"))["Mark Jones, a British tourist"] == "GBRCVL"


def test_actors_persons_spelling_czech_letters_in_english(pipeline: Pipeline) -> None:
    text = "The Upper House awarded Jiří Paštěka a medal. Milan Jakubů met Andor Šándor in 2002."
    codes = coded(run(pipeline, text, "en"))
    assert codes["Jiří Paštěka"] == "CZECVL" and codes["Milan Jakubů"] == "CZECVL"
    assert codes["Andor Šándor"] == "CZECVL"  # č/š/ž count with a Czech long vowel
    # no Czech letters: no evidence (beside Czech-spelled names the article's home would give her CZE)
    assert coded(run(pipeline, "Kristina Pliskova lost the final.", "en"))["Kristina Pliskova"] is None


def test_actors_persons_spelling_transliterated_or_foreign_names_say_nothing(pipeline: Pipeline) -> None:
    text = "Taras Bondarčuk met Marko Perišić and Carlos Núñez in Minsk."
    codes = coded(run(pipeline, text, "en"))
    assert codes.get("Taras Bondarčuk") is None and codes.get("Marko Perišić") is None
    assert codes.get("Carlos Núñez") is None


def test_actors_persons_czech_name_split_by_the_parser_is_one_mention(pipeline: Pipeline) -> None:
    text = "Česká tenistka Petra Kvitová v úterý porazila Serenu Williamsovou. Policie zadržela dva muže."
    codes = coded(run(pipeline, text, "cs"))
    assert "Serenu Williamsovou" in codes and "Serenu" not in codes and "Williamsovou" not in codes


def test_actors_persons_inhabitant_noun_before_the_name(pipeline: Pipeline) -> None:
    text = "Závod vyhrál Američan Christian Coleman před Kanaďanem. Policie zadržela dva muže."
    assert coded(run(pipeline, text, "cs"))["Christian Coleman"] == "USACVL"


def test_actors_persons_unlisted_org_name_takes_home_and_word_sector(pipeline: Pipeline) -> None:
    text = "Fio Bank said that it would sue the Czech government. The Labor Party criticised the Czech police."
    codes = coded(run(pipeline, text, "en"))
    assert codes["Fio Bank"] == "CZEBUS" and codes["Labor Party"] == "CZEPTY"


def test_actors_persons_unlisted_org_name_without_home_stays_open(pipeline: Pipeline) -> None:
    text = "Fio Bank said on Monday that it would sue the Czech government and the Russian government."
    assert coded(run(pipeline, text, "en"))["Fio Bank"] is None


def test_actors_two_people_glued_in_free_word_order_are_split(pipeline: Pipeline) -> None:
    """'podpořil Andrej Babiš Petra Fialu' (VSO): the parser hangs the object's name inside the subject's; after a
    listed person's full name, or a feminine surname before a masculine name, a second person starts."""
    doc = pipeline({"id": "t", "text": "Ve čtvrtek podpořil Andrej Babiš Petra Fialu. Podle listu kritizovala Amber "
                                       "Ruddová Borise Johnsona.", "lang": "cs"})
    assert {m.text for m in doc.mentions} >= {"Andrej Babiš", "Petra Fialu", "Amber Ruddová", "Borise Johnsona"}
    got = {(e.type, e.source.text, e.target.text) for e in doc.events if e.source and e.target}
    assert got >= {("SUPPORT", "Andrej Babiš", "Petra Fialu"), ("ACCUSE", "Amber Ruddová", "Borise Johnsona")}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Belgian did not drop her serve, and she broke the Czech's service twice.", "Belgian", "BEL"),
    ("The 21-year-old Cuban is leading this year's tables.", "Cuban", "CUB"),
    ("\"It's just soaking wet,\" the American said.", "American", "USA"),
    ("There is no one both in the Czech and Slovak Republic who would not know it.", "Czech", None),
])
def test_actors_persons_lone_demonym_heading_a_phrase_is_one_inhabitant(pipeline: Pipeline, text: str,
                                                                         mention: str, code: str | None) -> None:
    assert coded(run(pipeline, text, "en")).get(mention) == code
