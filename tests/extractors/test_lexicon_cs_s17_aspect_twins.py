"""Imperfective twins of perfective entries (session 17, tools/build_cs_verbs.py): a present-tense report of an
ongoing act ('přislibují', 'rozmísťuje', 'obkličuje', 'znárodňuje', 'zabavují', 'znásilňují') fired nothing while its
perfective fired. Both languages (the English progressive of the same news)."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires

from kronika import Pipeline

# (sentence, lang, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Spojené státy přislibují Ukrajině další pomoc.", "cs", ("AGREE", "USA", "UKR"), "cs-prislibovat-033"),
    ("The United States is pledging more aid to Ukraine.", "en", ("AGREE", "USA", "UKR"), "en-p2-pledge-0333"),
    ("Rusko rozmísťuje u ukrajinských hranic další vojáky.", "cs", ("MOBILIZE", "RUS", "UKR"), "cs-rozmistovat-154"),
    ("Russia is deploying troops near the Ukrainian border.", "en", ("MOBILIZE", "RUS", "UKR"), "en-kr-deploy-154"),
    ("Ruská armáda obkličuje Mariupol.", "cs", ("COERCE", "RUS", "UKR"), "cs-obklicovat-191"),
    ("Venezuelská vláda znárodňuje americké firmy.", "cs", ("COERCE", "VEN", "USA"), "cs-znarodnovat-1711"),
    ("The Venezuelan government is nationalising American firms.", "en", ("COERCE", "VEN", "USA"),
     "en-p2-nationalise-171"),
    ("Ruské úřady zabavují majetek ukrajinských firem.", "cs", ("SANCTION", "RUS", "UKR"), "cs-zabavovat-163"),
    ("Ruští vojáci znásilňují ukrajinské ženy.", "cs", ("ASSAULT", "RUS", "UKR"), "cs-znasilnovat-182"),
    ("Russian soldiers are raping Ukrainian women.", "en", ("ASSAULT", "RUS", "UKR"), "en-p2-rape-1821"),
]


@pytest.mark.parametrize(("text", "lang", "triple", "rule"), FIRES, ids=[f[3] + "-" + f[0][:14] for f in FIRES])
def test_imperfective_twin_fires(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str],
                                 rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule, lang)
