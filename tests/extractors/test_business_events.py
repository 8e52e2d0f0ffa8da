"""Business acts (session 12, biz6, after the wmt-dev3 business news): a firm's sale or export to a named destination,
a contract or tender won abroad or from a buyer, a takeover of a named firm and an investment in a country are
economic cooperation (COOPERATE 061; a future one AGREE under the PLOVER rule), the seller, winner or buyer the source;
a signed deal stays AGREE/SUPPORT 057. A sale with no named buyer or destination ('prodala akcie', 'sold out', 'sells
well') and the other senses of the verbs ('převzala odpovědnost', 'took over the council', 'obtained an order from the
court') are no events."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country)) the whole pipeline must code
BATTERY = [
    ("cs", "Česká firma získala zakázku v Indii.", ("COOPERATE", "CZE", "IND")),
    ("cs", "Strojírenská společnost vyvezla dva stroje do Číny.", ("COOPERATE", "CZE", "CHN")),
    ("cs", "Firma loni prodala dvě obráběcí centra do Francie.", ("COOPERATE", "CZE", "FRA")),
    ("cs", "Automobilka Škoda prodala loni tisíc vozů do Indie.", ("COOPERATE", "CZE", "IND")),
    ("cs", "Firma vyváží stroje do Ruska a Číny.", ("COOPERATE", "CZE", "RUS")),
    ("cs", "Firma vyváží stroje do Ruska a Číny.", ("COOPERATE", "CZE", "CHN")),
    ("cs", "Čínská firma dodává součástky do Německa.", ("COOPERATE", "CHN", "DEU")),
    ("cs", "Polská společnost koupila českou firmu.", ("COOPERATE", "POL", "CZE")),
    ("cs", "Japonská firma převzala českého výrobce pneumatik.", ("COOPERATE", "JPN", "CZE")),
    ("cs", "Německá firma investuje do Česka miliardu korun.", ("COOPERATE", "DEU", "CZE")),
    ("cs", "Pivovar vyvezl loni do Spojených států rekordní množství piva.", ("COOPERATE", "CZE", "USA")),
    ("cs", "Český výrobce autobusů získal kontrakt od polského dopravce.", ("COOPERATE", "CZE", "POL")),
    ("cs", "Skupina ČEZ podepsala kontrakt s polskou firmou.", ("SUPPORT", "CZE", "POL")),
    ("cs", "Americký koncern koupil slovenskou banku.", ("COOPERATE", "USA", "SVK")),
    ("cs", "Česká zbrojovka prodává pušky do Egypta.", ("COOPERATE", "CZE", "EGY")),
    ("cs", "Rakouská banka převzala českou konkurenci.", ("COOPERATE", "AUT", "CZE")),
    ("en", "The Czech firm won a contract in India.", ("COOPERATE", "CZE", "IND")),
    ("en", "The German carmaker sold 500 cars to China last year.", ("COOPERATE", "DEU", "CHN")),
    ("en", "Siemens sold two turbines to a French company.", ("COOPERATE", "DEU", "FRA")),
    ("en", "A Japanese company bought the British chipmaker.", ("COOPERATE", "JPN", "GBR")),
    ("en", "The French group acquired an Italian rival.", ("COOPERATE", "FRA", "ITA")),
    ("en", "The Chinese firm will invest $2 billion in Hungary.", ("AGREE", "CHN", "HUN")),
    ("en", "The German firm merged with a French rival.", ("COOPERATE", "DEU", "FRA")),
    ("en", "A Swedish company has taken over the Polish retailer.", ("COOPERATE", "SWE", "POL")),
    ("en", "A South Korean firm secured a contract from the Polish army.", ("COOPERATE", "KOR", "POL")),
    ("en", "The Spanish builder landed a deal with a Saudi company.", ("COOPERATE", "ESP", "SAU")),
    ("en", "The Czech company exported a record volume of beer to the United States.", ("COOPERATE", "CZE", "USA")),
    ("en", "Nestle signed a deal with Starbucks.", ("SUPPORT", "CHE", "USA")),
]

# sentences with a business verb and no business act between actors
QUIET = [
    ("cs", "Firma prodala akcie."),
    ("cs", "Firma vyvezla odpad na skládku."),
    ("cs", "Výrobek se dobře prodává."),
    ("cs", "Firma převzala odpovědnost za škody."),
    ("cs", "Firma loni prodala budovu."),
    ("cs", "Mluvčí firmy dodal, že jednání pokračují."),
    ("cs", "Výsledek dodal týmu sebevědomí."),
    ("en", "The company sold its shares."),
    ("en", "The tickets sold out."),
    ("en", "The product sells well."),
    ("en", "The ruling party took over the city council."),
    ("en", "The police obtained an order from the court."),
    ("en", "The company invested heavily in new technology."),
]


@pytest.mark.parametrize(("lang", "text", "triple"), BATTERY, ids=[f"{b[0]}-{i}" for i, b in enumerate(BATTERY)])
def test_business_battery(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), QUIET, ids=[f"{q[0]}-quiet-{i}" for i, q in enumerate(QUIET)])
def test_business_verbs_without_a_buyer_stay_quiet(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [e for e in pipeline_events(pipeline, text, lang) if e.cameo.startswith("06")]


def test_business_sale_is_one_way(pipeline: Pipeline) -> None:
    """A seller's apposition is no buyer: 'prodal jiný muž, Cameron Pettit' codes no sale between the two."""
    evs = pipeline_events(pipeline, "Tablety, které prodal jiný muž, Cameron Pettit, byly padělané.", "cs")
    assert not [e for e in evs if e.cameo == "061"]


def test_business_a_foreign_market_is_no_home_country(pipeline: Pipeline) -> None:
    """'na ruském trhu' names a market, not an actor: Russia named in two sentences does not make a Czech firm Russian
    (actors key market_nouns), so its export to China stays CZE -> CHN."""
    text = ("Firma vyváží polovinu produkce, jejími trhy jsou EU a Rusko. Na ruském trhu se firma potýká s omezeními "
            "kvůli sankcím. Letos firma vyvezla dva stroje do Číny.")
    assert ("COOPERATE", "CZE", "CHN") in country_triples(pipeline_events(pipeline, text, "cs"))
