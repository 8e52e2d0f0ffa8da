"""Session 26 (stance): SUPPORT, AGREE, REJECT and CONSULT recall in real news, both languages. Each row is a
sentence the whole pipeline must code with the triple (PLOVER type, source country, target country), or must not."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# announced talks and cooperation stand without a named partner (PLOVER rule 2: AGREE X -> '-')
CODED = [
    ("en", "The Czech government said it will consult on introducing a complete ban next year.", ("AGREE", "CZE", "-")),
    ("cs", "Česká vláda uvedla, že bude příští rok jednat o zavedení úplného zákazu.", ("AGREE", "CZE", "-")),
    ("cs", "Německá vláda je připravená spolupracovat s dalšími zúčastněnými stranami.", ("AGREE", "DEU", "-")),
    ("en", "The German government will cooperate with other stakeholders.", ("AGREE", "DEU", "-")),
    # remembering or commemorating a named actor is a tribute (SUPPORT 051)
    ("en", "Chirac was also remembered by the Japanese.", ("SUPPORT", "JPN", "FRA")),
    ("en", "The Czech spy chief remembers the German chancellor as a good chap.", ("SUPPORT", "CZE", "DEU")),
    ("cs", "Ukrajinci si připomínají oběti hladomoru.", ("SUPPORT", "UKR", "UKR")),
    # a relative pronoun subject controls the infinitive of its verb; 'is due to' is a plan (future -> AGREE)
    ("en", "Russian President Vladimir Putin, who wants to meet Chinese President Xi Jinping, arrived in Beijing.",
     ("AGREE", "RUS", "CHN")),
    ("en", "Russian President Vladimir Putin, who is due to meet Chinese President Xi Jinping, arrived in Beijing.",
     ("AGREE", "RUS", "CHN")),
    ("en", "Russian President Vladimir Putin is due to meet Chinese President Xi Jinping.", ("AGREE", "RUS", "CHN")),
    ("cs", "Ruský prezident Vladimir Putin, který chce jednat s čínským prezidentem, přiletěl do Pekingu.",
     ("AGREE", "RUS", "CHN")),
    # aid being prepared for a named recipient is aid announced (AGREE 033)
    ("cs", "Česká vláda připravuje pomoc pro Řecko.", ("AGREE", "CZE", "GRC")),
    ("en", "The Czech government is preparing humanitarian aid for Greece.", ("AGREE", "CZE", "GRC")),
    # a genitive subject under a governing numeral beside an object misparsed as a second subject
    ("cs", "Všech pět ruských vojáků v pátek obvinění popřelo před soudem v Kyjevě.", ("REJECT", "RUS", "-")),
    # a phrase between the copula and the infinitive is the predicate: no plan, the protest happened
    ("en", "The Indian farmers union was among the first groups to organise protests against the Indian government.",
     ("PROTEST", "IND", "IND")),
]
NOT_CODED = [
    # a passive discussion names no party that pledged anything
    ("en", "On Monday, the election results will be discussed by the Czech electoral commission.", "AGREE"),
    # travel without a destination actor is no pledged visit
    ("cs", "Německý prezident příští týden přijede.", "AGREE"),
    # duty or effort with no partner named pledges nothing
    ("cs", "Izrael odmítl setkání s delegací palestinských frakcí, které má jednat o příměří.", "AGREE"),
    ("en", "The European Union should negotiate.", "AGREE"),
    # remembering a date or an event names no actor to praise
    ("en", "The Germans remember the fall of the Berlin Wall.", "SUPPORT"),
    ("cs", "Česká vláda si připomněla výročí okupace.", "SUPPORT"),
    ("en", "The Indian farmers union was among the first groups to organise protests against the Indian government.",
     "THREATEN"),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CODED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CODED)])
def test_coded(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "kind"), NOT_CODED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_CODED)])
def test_not_coded(pipeline: Pipeline, lang: str, text: str, kind: str) -> None:
    assert kind not in {t[0] for t in country_triples(pipeline_events(pipeline, text, lang))}
