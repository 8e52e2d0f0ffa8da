"""Cooperative acts in ordinary news, both languages (session 13, coop8): contracts signed by firms and towns,
aid given, sent and received, help with an infinitive, hosting a visitor, thanks, offers and talks. Each row is a
sentence of its own kind the whole pipeline must code with the triple (PLOVER type, source, target country)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country))
BATTERY = [
    # AGREE / SUPPORT 057: contracts and agreements
    ("cs", "Česká vláda podepsala s Polskem smlouvu o výstavbě dálnice.", ("SUPPORT", "CZE", "POL")),
    ("en", "The Czech government signed a contract with Poland on building the motorway.", ("SUPPORT", "CZE", "POL")),
    ("en", "Prague City Hall concluded a contract with Siemens.", ("SUPPORT", "CZE", "DEU")),
    ("cs", "Pražský magistrát uzavřel smlouvu s firmou Siemens.", ("SUPPORT", "CZE", "DEU")),
    ("en", "Microsoft signed a deal with the Czech government.", ("SUPPORT", "USA", "CZE")),
    ("cs", "Firma Škoda Transportation podepsala kontrakt s polskými dráhami.", ("SUPPORT", "CZE", "POL")),
    ("en", "Germany and France reached an agreement on energy cooperation.", ("AGREE", "FRA", "DEU")),
    ("cs", "Rusko a Čína podepsaly memorandum o spolupráci.", ("SUPPORT", "CHN", "RUS")),
    ("en", "An Austrian firm offered the Czech government to run the toll system.", ("AGREE", "AUT", "CZE")),
    ("cs", "Rakouská firma nabídla české vládě provoz mýtného systému.", ("AGREE", "AUT", "CZE")),
    ("cs", "Česká nemocnice nabídla pomoc Ukrajině.", ("AGREE", "CZE", "UKR")),
    ("en", "A Czech hospital offered help to Ukraine.", ("AGREE", "CZE", "UKR")),
    # AID: given, sent, received
    ("en", "The United States will provide Ukraine with military assistance.", ("AGREE", "USA", "UKR")),
    ("en", "Germany supplied the Ukrainian army with weapons.", ("AID", "DEU", "UKR")),
    ("en", "The United States gave Israel military aid.", ("AID", "USA", "ISR")),
    ("en", "Poland received humanitarian aid from Germany.", ("AID", "DEU", "POL")),
    ("en", "Ukraine received weapons from the United States.", ("AID", "USA", "UKR")),
    ("cs", "Ukrajina obdržela zbraně od Spojených států.", ("AID", "USA", "UKR")),
    ("cs", "Slovensko přijalo pomoc od Česka.", ("AID", "CZE", "SVK")),
    ("cs", "Polsko dostalo od Německa humanitární pomoc.", ("AID", "DEU", "POL")),
    ("cs", "Evropská unie poskytla Ukrajině finanční pomoc.", ("AID", "IGOEUR", "UKR")),
    ("en", "Japan donated ten million dollars to Ukraine.", ("AID", "JPN", "UKR")),
    ("cs", "Německo poslalo Česku humanitární pomoc.", ("AID", "DEU", "CZE")),
    ("cs", "Německo pomohlo Itálii zvládnout pandemii.", ("AID", "DEU", "ITA")),
    ("cs", "Slovenská policie pomohla české policii s pátráním.", ("AID", "SVK", "CZE")),
    ("en", "The Slovak police helped the Czech police with the search.", ("AID", "SVK", "CZE")),
    # offers and aid in the passive: the recipient is the subject or the dative, the giver unnamed or 'by X'
    ("en", "The Chinese family has been offered compensation.", ("AGREE", "-", "CHN")),
    ("cs", "Čínské rodině byla nabídnuta kompenzace.", ("AGREE", "-", "CHN")),
    ("cs", "Ukrajině byla nakonec poskytnuta vojenská pomoc.", ("AID", "-", "UKR")),
    ("en", "Ukraine was ultimately granted military aid.", ("AID", "-", "UKR")),
    ("en", "Ukraine was granted military aid by the United States.", ("AID", "USA", "UKR")),
    ("en", "The Chinese family was offered compensation by the police.", ("AGREE", "CHN", "CHN")),
    # CONSULT: meetings, visits, hosting
    ("cs", "Český prezident přijal na Hradě slovenskou prezidentku.", ("CONSULT", "CZE", "SVK")),
    ("en", "President Zeman received the Slovak president at the Castle.", ("CONSULT", "CZE", "SVK")),
    ("cs", "Premiér Fiala se v pondělí setkal s německým kancléřem.", ("CONSULT", "CZE", "DEU")),
    ("en", "Truss had talks with the Japanese foreign minister on Sunday.", ("CONSULT", "GBR", "JPN")),
    ("en", "The Canadian man said that he had contact with a killer in California.", ("CONSULT", "CAN", "USA")),
    ("en", "The Czech police had regular contacts with their Slovak colleagues.", ("CONSULT", "CZE", "SVK")),
    ("cs", "Česká ministryně zahraničí uvedla, že byla v kontaktu s britskou vládou.", ("CONSULT", "CZE", "GBR")),
    ("cs", "Kanaďan řekl, že byl v kontaktu s vrahem z Kalifornie.", ("CONSULT", "CAN", "USA")),
    # business abroad
    ("en", "The Czech firm Skoda was awarded a contract in Poland.", ("COOPERATE", "CZE", "POL")),
    ("en", "The Polish government awarded the contract to the Czech firm Skoda.", ("COOPERATE", "POL", "CZE")),
    # COOPERATE / SUPPORT
    ("cs", "Česká policie spolupracovala s rakouskou policií na vyšetřování.", ("COOPERATE", "CZE", "AUT")),
    ("en", "Czech police cooperated with Austrian police on the investigation.", ("COOPERATE", "CZE", "AUT")),
    ("en", "The Slovak police shared information with their Czech colleagues.", ("COOPERATE", "SVK", "CZE")),
    ("cs", "České ministerstvo zahraničí poděkovalo Německu za podporu.", ("SUPPORT", "CZE", "DEU")),
    ("en", "The Czech Foreign Ministry thanked Germany for its support.", ("SUPPORT", "CZE", "DEU")),
    # the help or support thanked for is the thanked party's (grammar keys thanks_verbs, thanks_preps)
    ("en", "The Czech Foreign Ministry thanked Germany for its support.", ("SUPPORT", "DEU", "CZE")),
    ("en", "The Czech prime minister thanked Slovakia for the help.", ("AID", "SVK", "CZE")),
    ("cs", "České ministerstvo zahraničí poděkovalo Německu za podporu.", ("SUPPORT", "DEU", "CZE")),
    ("cs", "„Za podporu také děkujeme Svazu měst a obcí,“ řekl starosta obce Cejle.", ("SUPPORT", "CZE", "CZE")),
    ("cs", "Rakouský kancléř poděkoval české armádě za pomoc při povodních.", ("AID", "CZE", "AUT")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), BATTERY,
                         ids=[f"{b[0]}-{b[2][0]}-{i}" for i, b in enumerate(BATTERY)])
def test_cooperation_battery(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


def test_received_aid_is_the_givers_act(pipeline: Pipeline) -> None:
    """'received aid from X' is X's aid to the receiver, not the receiver's aid to the aid itself."""
    evs = pipeline_events(pipeline, "Poland received humanitarian aid from Germany.", "en")
    assert [(e.type, e.source.code if e.source else None) for e in evs] == [("AID", "DEU")]


def test_military_aid_is_aid_not_mobilisation(pipeline: Pipeline) -> None:
    """The adjective 'military' on the aid noun no longer picks the PETRARCH 'give military' troop reading (150)."""
    evs = pipeline_events(pipeline, "The United States gave Israel military aid.", "en")
    assert [(e.type, e.cameo) for e in evs] == [("AID", "072")]


def test_passive_promise_or_owner_is_no_unnamed_offer(pipeline: Pipeline) -> None:
    """A promise's maker is the context's ('Starostům bylo slibováno'), and the owner of the thing approved is no
    recipient ('byl schválen odprodej amerických fregat'): no event with an unnamed giver."""
    for text in ("Starostům bylo od roku 2011 slibováno posílení pravomocí.",
                 "Ministerstvo oznámilo, že byl schválen odprodej amerických fregat."):
        assert not [e for e in pipeline_events(pipeline, text, "cs") if e.source is None]


def test_pledge_aimed_at_no_one_keeps_no_target(pipeline: Pipeline) -> None:
    """'We are committed to implementing strategies' (a US police chief) is AGREE with no target, not the domestic
    counterpart (entry key no_counterpart); a crime committed is no pledge."""
    text = 'The US police chief said: "We are committed to implementing strategies that may prevent similar tragedies."'
    assert country_triples(pipeline_events(pipeline, text, "en")) == {("AGREE", "USA", "-")}
    assert pipeline_events(pipeline, "The American man committed a crime to fund his addiction.", "en") == []


def test_cooperation_as_the_manner_of_a_future_act_is_agreed(pipeline: Pipeline) -> None:
    """'bude vyšetřovat ve spolupráci s X': cooperation in the manner of a future act is AGREE (future, grammar key
    manner_preps); in a past one it stays COOPERATE."""
    future = "Česká policie bude případ vyšetřovat ve spolupráci s rakouskou policií."
    assert ("AGREE", "CZE", "AUT") in country_triples(pipeline_events(pipeline, future, "cs"))
    past = "„Případ jsme vyšetřovali ve spolupráci s rakouskými hasiči,“ uvedla mluvčí české policie."
    assert ("COOPERATE", "CZE", "AUT") in country_triples(pipeline_events(pipeline, past, "cs"))


def test_counterpart_is_the_foreign_government(pipeline: Pipeline) -> None:
    """en 'his Slovak counterpart' is SVKGOV as cs 'slovenským protějškem' (agents.json: counterpart GOV, a
    relational noun), not the bare state of its adjective."""
    evs = pipeline_events(pipeline, "Czech Foreign Minister Jan Lipavsky met his Slovak counterpart in Bratislava.")
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] \
        == [("CONSULT", "CZEGOV", "SVKGOV")]


def test_partner_of_a_manner_phrase_is_no_target(pipeline: Pipeline) -> None:
    """'vyšetřovala případ ve spolupráci s rakouskou policií': the Austrian police work with the Czech police, they
    are not investigated (roles.actor_of does not dig into a manner phrase, grammar key manner_preps)."""
    evs = pipeline_events(pipeline, "Česká policie vyšetřovala případ ve spolupráci s rakouskou policií.", "cs")
    assert ("ACCUSE", "CZE", "AUT") not in country_triples(evs)
