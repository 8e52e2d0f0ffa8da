"""The dates component: time expressions found per language pack and resolved against `published`."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kronika import Pipeline, Settings
from kronika.extractors.dates import PLACEHOLDERS, Dates, load_pack, nearest_weekday, nearest_year, shift
from kronika.langpack import load_json
from kronika.model import Article, Doc

PUB = "2024-06-18"  # a Tuesday

# (lang, sentence, published, timex text, expected value, granularity)
TABLE = [
    ("cs", "Prezident dnes přiletěl do Pchjongjangu.", PUB, "dnes", "2024-06-18", "day"),
    ("cs", "Ministr včera odmítl obvinění.", PUB, "včera", "2024-06-17", "day"),
    ("cs", "Delegace zítra odletí do Pekingu.", PUB, "zítra", "2024-06-19", "day"),
    ("cs", "Předevčírem vláda schválila rozpočet.", PUB, "Předevčírem", "2024-06-16", "day"),
    ("cs", "Jednání pozítří skončí.", PUB, "pozítří", "2024-06-20", "day"),
    ("cs", "Premiér ve středu navštívil Berlín.", PUB, "středu", "2024-06-12", "day"),
    ("cs", "Premiér ve středu navštíví Berlín.", PUB, "středu", "2024-06-19", "day"),
    ("cs", "Smlouvu v pátek podepsali ministři.", PUB, "pátek", "2024-06-14", "day"),
    ("cs", "Smlouvu budou ministři podepisovat v pátek.", PUB, "pátek", "2024-06-21", "day"),
    ("cs", "Ve čtvrtek se sejde Rada bezpečnosti.", PUB, "čtvrtek", "2024-06-20", "day"),
    ("cs", "V pondělí ministerstva oznámila výsledky.", PUB, "pondělí", "2024-06-17", "day"),
    ("cs", "Ve středu premiéra odvolali.", PUB, "středu", "2024-06-12", "day"),
    ("cs", "V pondělí armáda zahájila cvičení.", PUB, "pondělí", "2024-06-17", "day"),
    ("cs", "Prezident v úterý přijel do Hanoje.", PUB, "úterý", "2024-06-18", "day"),
    ("cs", "Příští úterý vláda rozhodne o sankcích.", PUB, "Příští úterý", "2024-06-25", "day"),
    ("cs", "Minulou sobotu armáda ostřelovala město.", PUB, "Minulou sobotu", "2024-06-15", "day"),
    ("cs", "Rusko v únoru 2022 zaútočilo na Ukrajinu.", PUB, "únoru 2022", "2022-02", "month"),
    ("cs", "Rusko v únoru zaútočilo na Ukrajinu.", PUB, "únoru", "2024-02", "month"),
    ("cs", "Summit se v únoru uskuteční v Bruselu.", PUB, "únoru", "2025-02", "month"),
    ("cs", "V roce 2000 se stal prezidentem.", PUB, "roce 2000", "2000", "year"),
    ("cs", "Od roku 2014 platí sankce.", PUB, "roku 2014", "2014", "year"),
    ("cs", "Dohodu podepsali 27. září.", PUB, "27. září", "2023-09-27", "day"),
    ("cs", "Dohodu podepsali 27. září 2023 v Moskvě.", PUB, "27. září 2023", "2023-09-27", "day"),
    ("cs", "Volby se budou konat 5. listopadu.", PUB, "5. listopadu", "2024-11-05", "day"),
    ("cs", "Zákon vstoupil v platnost 1. 2. 2024.", PUB, "1. 2. 2024", "2024-02-01", "day"),
    ("cs", "Obchody budou od 24. 6. zavřené.", PUB, "24. 6.", "2024-06-24", "day"),
    ("cs", "Vláda 2024-03-15 schválila zákon.", PUB, "2024-03-15", "2024-03-15", "day"),
    ("cs", "Loni v březnu podepsali smlouvu.", PUB, "Loni v březnu", "2023-03", "month"),
    ("cs", "Letos v lednu se ministři sešli.", PUB, "Letos v lednu", "2024-01", "month"),
    ("cs", "Loni se ekonomika propadla.", PUB, "Loni", "2023", "year"),
    ("cs", "Letos vláda sníží daně.", PUB, "Letos", "2024", "year"),
    ("cs", "Příští týden přijede ministr zahraničí.", PUB, "Příští týden", "2024-06-24", "week"),
    ("cs", "Minulý týden prezident jmenoval vládu.", PUB, "Minulý týden", "2024-06-10", "week"),
    ("cs", "Rozpočet vláda předloží příští měsíc.", PUB, "příští měsíc", "2024-07", "month"),
    ("cs", "Volby proběhnou v příštím roce.", PUB, "příštím roce", "2025", "year"),
    ("cs", "Summit se konal v březnu minulého roku.", PUB, "březnu minulého roku", "2023-03", "month"),
    ("cs", "Před dvěma lety Rusko anektovalo území.", PUB, "Před dvěma lety", "2022", "year"),
    ("cs", "Jednání skončí za tři dny.", PUB, "za tři dny", "2024-06-21", "day"),
    ("cs", "Na včerejším jednání se ministři neshodli.", PUB, "včerejším", "2024-06-17", "day"),
    ("cs", "Ministr řekl, že v lednu přijede do Prahy.", PUB, "lednu", "2025-01", "month"),
    ("cs", "Francie naléhá na unii, aby v pondělí schválila sankce.", PUB, "pondělí", "2024-06-24", "day"),
    ("cs", "Sobota byla klidná.", PUB, "Sobota", "2024-06-15", "day"),
    ("cs", "Prezident ve čtvrtek odlétá do Číny.", PUB, "čtvrtek", "2024-06-20", "day"),
    ("cs", "Ministerstvo v pondělí oznamuje výsledky.", PUB, "pondělí", "2024-06-17", "day"),
    ("cs", "Srážky v únoru jsou podprůměrné.", PUB, "únoru", "2024-02", "month"),
    ("en", "The president arrived in Pyongyang today.", PUB, "today", "2024-06-18", "day"),
    ("en", "The minister spoke this  morning.", PUB, "this  morning", "2024-06-18", "day"),
    ("en", "The minister rejected the accusations yesterday.", PUB, "yesterday", "2024-06-17", "day"),
    ("en", "The delegation flies to Beijing tomorrow.", PUB, "tomorrow", "2024-06-19", "day"),
    ("en", "Russia attacked the city on Wednesday.", PUB, "Wednesday", "2024-06-12", "day"),
    ("en", "The ministers will meet on Wednesday.", PUB, "Wednesday", "2024-06-19", "day"),
    ("en", "They won't sign the deal on Friday.", PUB, "Friday", "2024-06-21", "day"),
    ("en", "Last Tuesday the army shelled the town.", PUB, "Last Tuesday", "2024-06-11", "day"),
    ("en", "The council votes next Monday.", PUB, "next Monday", "2024-06-24", "day"),
    ("en", "Russia invaded Ukraine in February 2022.", PUB, "February 2022", "2022-02", "month"),
    ("en", "The talks collapsed in February.", PUB, "February", "2024-02", "month"),
    ("en", "The talks will resume in February.", PUB, "February", "2025-02", "month"),
    ("en", "He became president in 2000.", PUB, "2000", "2000", "year"),
    ("en", "The deal was signed on September 27.", PUB, "September 27", "2023-09-27", "day"),
    ("en", "The deal was signed on 27 September 2023.", PUB, "27 September 2023", "2023-09-27", "day"),
    ("en", "The deal was signed on Sept. 27, 2023, in Moscow.", PUB, "Sept. 27, 2023", "2023-09-27", "day"),
    ("en", "The law took effect on 2024-02-01.", PUB, "2024-02-01", "2024-02-01", "day"),
    ("en", "The law took effect on 2/1/2024.", PUB, "2/1/2024", "2024-02-01", "day"),
    ("en", "The envoy will visit Seoul next week.", PUB, "next week", "2024-06-24", "week"),
    ("en", "Sanctions were imposed last month.", PUB, "last month", "2024-05", "month"),
    ("en", "The economy shrank last year.", PUB, "last year", "2023", "year"),
    ("en", "Elections are due this year.", PUB, "this year", "2024", "year"),
    ("en", "The treaty was signed two weeks ago.", PUB, "two weeks ago", "2024-06-03", "week"),
    ("en", "Troops withdrew last March.", PUB, "last March", "2024-03", "month"),
    ("en", "Protests began in May last year.", PUB, "May last year", "2023-05", "month"),
    ("en", "Growth slowed in early 2023.", PUB, "early 2023", "2023", "year"),
    ("en", "It is the lowest number since October 13th.", PUB, "October 13th", "2023-10-13", "day"),
    ("en", "A co-worker told the police about her missing on December 3rd.", PUB, "December 3rd", "2023-12-03", "day"),
    ("en", "The town is under a storm warning until Sunday morning.", PUB, "Sunday", "2024-06-23", "day"),
    ("en", "The plant will close by the end of 2026.", PUB, "2026", "2026", "year"),
    ("sk", "Prezident včera navštívil Bratislavu.", PUB, "včera", "2024-06-17", "day"),
    ("sk", "Vláda vo štvrtok schválila rozpočet.", PUB, "štvrtok", "2024-06-13", "day"),
    ("sk", "Rusko vo februári 2022 zaútočilo na Ukrajinu.", PUB, "februári 2022", "2022-02", "month"),
]


@pytest.fixture(scope="module")
def dates_pipe() -> Pipeline:
    """Parse + dates only, so these tests do not depend on other steps."""
    return Pipeline(components=("parse", "dates"))


def _run(pipe: Pipeline, lang: str, text: str, published: str | None) -> Doc:
    doc = pipe({"id": "t", "text": text, "lang": lang, "published": published})
    assert doc.status == "ok", doc.reason
    return doc


@pytest.mark.parametrize(("lang", "text", "published", "timex", "value", "granularity"), TABLE)
def test_dates_resolves_table(dates_pipe: Pipeline, lang: str, text: str, published: str, timex: str,
                              value: str, granularity: str) -> None:
    doc = _run(dates_pipe, lang, text, published)
    found = {t.text: t for t in doc.timexes}
    assert timex in found, f"{timex!r} not among {list(found)}"
    tx = found[timex]
    assert (tx.value, tx.granularity) == (value, granularity), tx.rule
    assert tx.rule


def test_dates_spans_tokens_and_sentences_agree(dates_pipe: Pipeline) -> None:
    text = "Prezident včera odletěl do Moskvy. Ve čtvrtek 27. června 2024 podepíše smlouvu."
    doc = _run(dates_pipe, "cs", text, PUB)
    assert [(t.text, t.sentence) for t in doc.timexes] == [("včera", 0), ("čtvrtek 27. června 2024", 1)]
    for tx in doc.timexes:
        assert text[tx.span[0]:tx.span[1]] == tx.text
        assert doc.tokens[tx.start].start == tx.span[0] and doc.tokens[tx.end - 1].end == tx.span[1]


def test_dates_without_published_keep_granularity_and_reason(dates_pipe: Pipeline) -> None:
    doc = _run(dates_pipe, "cs", "Včera ve středu podepsali dohodu, platnou od 1. 2. 2024 do roku 2030.", None)
    by = {t.text: t for t in doc.timexes}
    assert by["Včera"].value is None and by["Včera"].granularity == "day" and "no published" in by["Včera"].rule
    assert by["středu"].value is None and by["středu"].granularity == "day"
    assert by["1. 2. 2024"].value == "2024-02-01" and by["roku 2030"].value == "2030"


def test_dates_malformed_published_is_reported_not_taken_as_absent(dates_pipe: Pipeline) -> None:
    doc = _run(dates_pipe, "en", "The minister resigned yesterday.", "18/06/2024")
    assert [(t.text, t.value) for t in doc.timexes] == [("yesterday", None)]
    assert "18/06/2024" in doc.meta["dates_published"] and "not a YYYY-MM-DD" in doc.meta["dates_published"]
    assert "dates_published" not in _run(dates_pipe, "en", "The minister resigned yesterday.", None).meta


def test_dates_rejects_common_noun_and_modal_homographs(dates_pipe: Pipeline) -> None:
    doc = _run(dates_pipe, "cs", "Demonstrace se konala ve středu města.", PUB)
    assert doc.timexes == [] and doc.meta["dates_dropped"][0]["reason"] == "common noun with a nominal modifier"
    assert _run(dates_pipe, "en", "Russia may attack, and the army may march on the city.", PUB).timexes == []
    assert _run(dates_pipe, "cs", "Socha stojí ve středu starého náměstí.", PUB).timexes == []


def test_dates_capitalised_czech_weekday_mid_sentence_is_a_surname(dates_pipe: Pipeline) -> None:
    doc = _run(dates_pipe, "cs", "Slováček potkal manželku Luďka Soboty Adrianu.", PUB)
    assert doc.timexes == [] and doc.meta["dates_dropped"][0]["reason"].startswith("capitalised mid-sentence")


def test_dates_anaphoric_or_vague_shifts_are_not_resolved_against_published(dates_pipe: Pipeline) -> None:
    doc = _run(dates_pipe, "en", "The ceasefire collapsed the next day and talks resumed the following week.", PUB)
    assert doc.timexes == []
    doc = _run(dates_pipe, "cs", "V příštích dnech a v minulých letech se to změní.", PUB)
    assert doc.timexes == []


def test_dates_rejects_month_inside_a_personal_name(dates_pipe: Pipeline) -> None:
    doc = _run(dates_pipe, "en", "Theresa May said on Monday that talks failed.", PUB)
    assert [(t.text, t.value) for t in doc.timexes] == [("Monday", "2024-06-17")]
    assert doc.meta["dates_dropped"] == [{"text": "May", "span": [8, 11], "reason": "part of a proper name"}]


def test_dates_impossible_date_is_kept_with_reason(dates_pipe: Pipeline) -> None:
    (tx,) = _run(dates_pipe, "cs", "Smlouvu podepsali 31. února 2023.", PUB).timexes
    assert tx.value is None and tx.rule.endswith("impossible date")


def test_dates_language_without_pack_is_skipped_with_reason() -> None:
    doc = Dates(Settings())(Doc(article=Article(id="x", text="Am Dienstag."), lang="de"))
    assert doc.status == "ok" and doc.timexes == [] and "no dates.json" in doc.meta["dates"]


def test_dates_calendar_arithmetic() -> None:
    tue = date(2024, 6, 18)
    assert nearest_weekday(tue, 2, "past") == tue and nearest_weekday(tue, 2, "past", strict=True) == date(2024, 6, 11)
    assert nearest_weekday(tue, 1, "future") == date(2024, 6, 24)
    assert nearest_year(tue, 6, None, "past") == 2024 and nearest_year(tue, 12, 1, "past") == 2023
    assert nearest_year(tue, 1, None, "future") == 2025
    assert nearest_weekday(tue, 4, "nearest") == date(2024, 6, 20)
    assert nearest_weekday(tue, 7, "nearest") == date(2024, 6, 16)
    assert nearest_year(tue, 2, None, "nearest") == 2024 and nearest_year(tue, 10, None, "nearest") == 2024
    assert nearest_year(tue, 12, 24, "nearest") == 2023
    assert shift(date(2024, 1, 31), "month", -1) == ("2023-12", "month")
    assert shift(date(2024, 6, 16), "week", 0) == ("2024-06-10", "week")


@pytest.mark.parametrize("lang", ["cs", "en", "sk"])
def test_dates_data_files_load_and_are_valid(lang: str) -> None:
    raw = load_json(lang, "dates.json")
    pack = load_pack(lang)
    assert set(pack.months.values()) == set(range(1, 13))
    assert set(pack.weekdays.values()) == set(range(1, 8))
    assert set(pack.units.values()) <= {"day", "week", "month", "year"}
    assert {u for u, _ in pack.relative.values()} <= {"day", "week", "month", "year"}
    known = {"year", "mon", "month", "day", "weekday", "rel", "shift", "unit", "count", "prep"}
    for p in raw["patterns"]:
        assert set(re.findall(r"\{([a-z_]+)\}", p["regex"])) <= set(PLACEHOLDERS), p["name"]
    for p in pack.patterns:
        assert set(p.regex.groupindex) <= known, p.name
