"""A person's country from the body the person's title names (head, spokesman, representative of X), not from a
medium the person speaks to nor from the article's home (actors/compose.py, holders.py, coordinated.py)."""

from __future__ import annotations

import pytest
from actors_support import run

from kronika import Pipeline


def _party(code: str | None) -> str | None:
    """The part of a code the scorer compares: a state's three letters, an IGO's six."""
    return None if code is None else code[:6] if code.startswith("IGO") else code[:3]


def _code_of(pipeline: Pipeline, text: str, lang: str, name: str) -> str | None:
    """The compared code of the person mention that holds the name."""
    doc = run(pipeline, text, lang)
    return next(_party(m.code) for m in doc.mentions if m.kind == "PER" and name in m.text)


# A medium the speaker talks to, hung before the Czech title noun, is not the title's owner.
HEARER = [
    ("„Ocenění nebude odebráno,“ řekl kanadské CBS šéf Nobelovy nadace Lars Heikensten.", "cs", "Heikensten", "SWE"),
    ("„Je to chyba,“ řekl francouzské AFP šéf Mezinárodního měnového fondu Michel Camdessus.", "cs", "Camdessus",
     "IGOBUS"),
    ("\"The award will not be revoked,\" the head of the Nobel Foundation Lars Heikensten told Canada's CBS.", "en",
     "Heikensten", "SWE"),
    ("\"It is a mistake,\" Michel Camdessus, the head of the International Monetary Fund, told AFP.", "en",
     "Camdessus", "IGOBUS"),
]


# The representative of an international body takes the body's code, not the host country's nor the home's: also
# when the parser hangs the title on the body's name before it, or the body is named in the second of two titles.
REPRESENTATIVE = [
    ("Dr Maria Lopez, the World Health Organisation (WHO) Representative to Sudan observed that cholera was "
     "spreading.", "en", "Maria Lopez", "IGOUNO"),
    ("Na konferenci uvedl náměstek generálního ředitele a zástupce UNICEF v Súdánu pan John Smith, že sucho se "
     "zhoršuje.", "cs", "John Smith", "IGOUNO"),
    ("Při proslovu naznačil ředitel kanceláře a zástupce WHO v Nigérii pan Peter Okoro, že epidemie slábne.", "cs",
     "Peter Okoro", "IGOUNO"),
    ("Dr. Maria Lopezová, zástupkyně Světové zdravotnické organizace (WHO) v Súdánu, upozornila na choleru.", "cs",
     "Maria Lopezová", "IGOUNO"),
]


def _home_and_code(pipeline: Pipeline, text: str, lang: str, name: str) -> tuple[str | None, str | None]:
    """The article's clear home and the compared code of the person mention that holds the name."""
    doc = run(pipeline, text, lang)
    return doc.meta["home_country"]["clear"], _code_of(pipeline, text, lang, name)


# A Czech article about two foreign states that names Czechia once (a Czech ex-president in the background) is no
# domestic news: its unlisted persons are not Czech; one that names Czechia often enough still is.
FOREIGN_STORY = [
    ("Kanadský parlament odebral Su Ťij čestné občanství. Kanada tak reagovala na genocidu v Myanmaru. Myanmarská "
     "armáda podle OSN páchala zločiny na Rohingech. Kanadští senátoři hlasovali jednomyslně. Vláda Myanmaru "
     "rozhodnutí odmítla. Cenu jí kdysi navrhl Václav Havel. „Je to správné rozhodnutí,“ řekl novinářům Rorie McLeod.",
     "cs", "Rorie McLeod", (None, None)),
    ("The Canadian parliament stripped Suu Kyi of honorary citizenship. Canada thus responded to the genocide in "
     "Myanmar. The Myanmar army committed crimes against the Rohingya, according to the UN. Canadian senators voted "
     "unanimously. The government of Myanmar rejected the decision. She was once nominated for the prize by Václav "
     "Havel. \"It is the right decision,\" Rorie McLeod told reporters.", "en", "Rorie McLeod", (None, None)),
    ("Pražský dopravní podnik vybral novou architektku metra. Anna Horáková dříve pracovala na londýnském metru. "
     "V Londýně vedla tým tří lidí. Britské stanice prý zná dobře. Česká architektka vyhrála výběrové řízení. Podle "
     "Jana Nováka z Prahy je to dobrá volba.", "cs", "Anna Horáková", ("CZE", "CZE")),
]


@pytest.mark.parametrize(("text", "lang", "name", "expected"), FOREIGN_STORY)
def test_a_default_named_once_in_a_foreign_story_is_not_the_home(pipeline: Pipeline, text: str, lang: str, name: str,
                                                                 expected: tuple[str | None, str | None]) -> None:
    assert _home_and_code(pipeline, text, lang, name) == expected


# The head of an international sports federation named by its abbreviation belongs to the federation (NGO), not to
# the state the championship is held in (sport federation nouns of agents.json).
FEDERATION = [
    ("Sebastian Coe, prezident atletické federace IAAF, ocenil pořadatele v Kataru.", "cs", "Sebastian Coe", "NGO"),
    ("Sebastian Coe, the President of the IAAF athletics association, praised the organisers in Qatar.", "en",
     "Sebastian Coe", "NGO"),
]


# 'the spokesman of the European Commission Eric Mamer': the parser makes the holder the object of 'of' and the
# body a compound of his name; the body still owns the title (Czech puts the body in the genitive before the name).
OF_BODY_HOLDER = [
    ("The spokesman of the European Commission Eric Mamer rejected the claim.", "en", "Eric Mamer", "IGOEUR"),
    ("\"It is a mistake,\" the head of the International Monetary Fund Michel Camdessus told AFP.", "en", "Camdessus",
     "IGOBUS"),
    ("Mluvčí Evropské komise Eric Mamer tvrzení odmítl.", "cs", "Eric Mamer", "IGOEUR"),
]


@pytest.mark.parametrize(("text", "lang", "name", "code"), HEARER + REPRESENTATIVE + FEDERATION + OF_BODY_HOLDER)
def test_a_persons_code_is_the_body_their_title_names(pipeline: Pipeline, text: str, lang: str, name: str,
                                                      code: str) -> None:
    """Each table above: a medium spoken to, a representative's international body, a sports federation, the body
    before the holder's name."""
    assert _code_of(pipeline, text, lang, name) == code
