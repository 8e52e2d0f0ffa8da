"""Czech lexicon breadth, round 8 (issue 4, session 6, tools/build_cs_verbs.py): domestic-news vocabulary by PLOVER type
(approvals and signed laws, votes for, elections, applause, condolences and congratulations sent, calls for an inquiry,
police looking for witnesses, investigations of a case, handcuffing and custody, appeals against a penalty, defending
oneself against a charge, ordered closures, strike alerts, fines received; 8b: a law returned (veto), an arrest
in police language, cancelled licences, entrusting, turning to a court, gathering at a demonstration, criticism met or
raised, charity collections, giving up an office) fires on hand-made sentences in the forms
cs_core_news_sm really parses; layoffs, everyday 'hledat', 'šetřit', 'zabývat se' and 'odvolat se na' stay quiet."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events
from events_support import country_triples as triples

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Polský parlament schválil privatizaci ukrajinské firmy.", ("AGREE", "POL", "UKR"), "cs-schvalit-030"),
    ("Sněmovna neschválila novelu zákona.", ("REJECT", "CZE", "CZE"), "cs-schvalit-030"),  # a refusal: the home's bill
    ("Polští poslanci hlasovali pro návrh ukrajinské vlády.", ("SUPPORT", "POL", "UKR"), "cs-hlasovat-051"),
    ("Polský parlament zvolil ukrajinského diplomata předsedou komise.", ("SUPPORT", "POL", "UKR"), "cs-zvolit-051"),
    ("Polští poslanci tleskali ukrajinskému prezidentovi.", ("SUPPORT", "POL", "UKR"), "cs-tleskat-051"),
    ("Polský prezident zaslal soustrast ukrajinskému prezidentovi.", ("SUPPORT", "POL", "UKR"), "cs-zaslat-018"),
    ("Polský prezident poslal blahopřání ukrajinskému prezidentovi.", ("SUPPORT", "POL", "UKR"), "cs-poslat-051"),
    ("Opozice požaduje vyšetření celé kauzy.", ("REQUEST", "CZE", "CZE"), "cs-pozadovat-101"),
    ("Polská vláda vyzvala Ukrajinu k prošetření incidentu.", ("REQUEST", "POL", "UKR"), "cs-vyzvat-101"),
    ("Policie hledá svědky nehody.", ("REQUEST", "CZE", "CZE"), "cs-hledat-101"),
    ("Případem se zabývá policie.", ("ACCUSE", "CZE", "CZE"), "cs-zabyvat-090"),
    ("Policie případ šetří.", ("ACCUSE", "CZE", "CZE"), "cs-setrit-090"),
    ("Ruský soud držel ukrajinského novináře ve vazbě.", ("COERCE", "RUS", "UKR"), "cs-drzet-173"),
    ("Klub se odvolal proti trestu pro útočníka.", ("REJECT", "CZE", "CZE"), "cs-odvolat-120"),  # round 16: REJECT
    ("Ministr se ohradil proti obvinění.", ("REJECT", "CZE", "CZE"), "cs-ohradit-120"),
    ("Ruský ministr se bránil obvinění ukrajinské vlády.", ("REJECT", "RUS", "UKR"), "cs-branit-120"),
    ("Ruský prezident bagatelizoval kritiku ukrajinské vlády.", ("REJECT", "RUS", "UKR"), "cs-bagatelizovat-120"),
    ("Odbory vyhlásily stávkovou pohotovost.", ("PROTEST", "CZE", "CZE"), "cs-vyhlasit-143"),
    ("Česká firma dostala pokutu od polského úřadu.", ("COERCE", "POL", "CZE"), "cs-dostat-172"),
    ("Ruský voják udeřil ukrajinského novináře.", ("ASSAULT", "RUS", "UKR"), "cs-uderit-182"),
    ("Rusko udeřilo na Kyjev.", ("ASSAULT", "RUS", "UKR"), "cs-uderit-190"),
    # round 8b idioms
    ("Prezident vrátil zákon sněmovně.", ("REJECT", "CZE", "CZE"), "cs-vratit-129"),
    ("Policisté muže omezili na osobní svobodě.", ("COERCE", "CZE", "CZE"), "cs-omezit-173"),
    ("Policisté muže zpacifikovali.", ("COERCE", "CZE", "CZE"), "cs-zpacifikovat-173"),
    ("Polský úřad zrušil ruské firmě licenci.", ("COERCE", "POL", "RUS"), "cs-zrusit-172"),
    ("Polský prezident pověřil ukrajinského diplomata jednáním.", ("SUPPORT", "POL", "UKR"), "cs-poverit-051"),
    ("Žena se obrátila na soud.", ("REQUEST", "CZE", "CZE"), "cs-obratit-020"),
    ("Lidé se sešli na demonstraci proti vládě.", ("PROTEST", "CZE", "CZE"), "cs-sejit-141"),
    ("Návrh ministra se setkal s kritikou opozice.", ("ACCUSE", "CZE", "CZE"), "cs-setkat-111"),
    ("Opozice vznesla kritiku na adresu vlády.", ("ACCUSE", "CZE", "CZE"), "cs-vznest-111"),
    ("Polská vláda podrobila ruskou vládu kritice.", ("ACCUSE", "POL", "RUS"), "cs-podrobit-111"),
    ("Polská vláda vyhlásila sbírku pro Ukrajinu.", ("AID", "POL", "UKR"), "cs-vyhlasit-070"),
    ("Ministr se vzdal funkce.", ("CONCEDE", "CZE", "-"), "cs-vzdat-0831"),
    # round 8c: disapproving labels
    ("Ministr označil návrh opozice za skandální.", ("ACCUSE", "CZE", "CZE"), "cs-oznacit-111"),
    ("Polská vláda považuje ruský krok za protiústavní.", ("ACCUSE", "POL", "RUS"), "cs-povazovat-111"),
    ("Ukrajina považuje Rusko za agresora.", ("ACCUSE", "UKR", "RUS"), "cs-povazovat-111"),
    ("Ministr označil návrh opozice za nepřijatelný.", ("ACCUSE", "CZE", "CZE"), "cs-oznacit-111"),
    ("Polská vláda považuje ruský krok za nezákonný.", ("ACCUSE", "POL", "RUS"), "cs-povazovat-111"),
    ("Ruští vojáci zajali ukrajinského novináře.", ("COERCE", "RUS", "UKR"), "cs-zajmout-173"),
    ("Polská vláda nabídla Ukrajině jednání.", ("AGREE", "POL", "UKR"), "cs-nabidnout-030"),
    ("Ruský novinář trvá na své nevině.", ("REJECT", "RUS", "-"), "cs-trvat-016"),
    # round 8g: what one receives is the giver's act
    ("Vláda získala podporu opozice.", ("SUPPORT", "CZE", "CZE"), "cs-ziskat-051"),
    ("Ukrajina získala podporu Spojených států.", ("SUPPORT", "USA", "UKR"), "cs-ziskat-051"),
    ("Ukrajina dostala pomoc od Polska.", ("AID", "POL", "UKR"), "cs-dostat-070"),
    ("Starosta obdržel ujištění od ministra.", ("AGREE", "CZE", "CZE"), "cs-obdrzet-030"),
    ("Ukrajinská armáda bojuje proti ruským vojákům.", ("ASSAULT", "UKR", "RUS"), "cs-bojovat-190"),
]

# everyday senses of the new entries: no event
QUIET = [
    # session 27: passing a measure names no party, so no implicit home counterpart (the dev gold codes such
    # approvals optional at most; 'Polský parlament schválil privatizaci ukrajinské firmy' still names one; a
    # refusal, 'Sněmovna neschválila novelu', still rejects the home's bill)
    "Zastupitelstvo města schválilo rozpočet na příští rok.",
    "Prezident podepsal zákon o státním rozpočtu.",
    "Firma propustí 200 zaměstnanců.",  # a layoff, no release of prisoners
    "Vědci hledají nové léky.",  # searching, no request
    "Mladí lidé musí šetřit peníze.",  # saving money, no investigation
    "Film se zabývá historií města.",  # a topic, no investigation
    "Ministr se odvolal na zprávu policie.",  # citing a source, no appeal
    "Český turista zvolil jinou cestu.",  # choosing a route, no election
    "Prezident vrátil knihu do knihovny.",  # returning a book, no veto
    "Lékaři považují kouření za škodlivé.",  # a state of things blames no one
    "Ministr označil návrh za přijatelný.",  # acceptable: the negative prefix is not there
    # round 8d: other senses that took the home country on unseen news
    "Borise Johnsona nezajímá násilí.",  # interest, no capture
    "V nemocnici bojují o život miminka.",  # fighting for a life, no enemy
    "Akcie Komerční banky si připsaly dvě procenta.",  # a gain, no blame
    "Muž dopadl hlavou na beton.",  # a fall, no capture
    "Projekt získal dotaci ve výši milionu korun.",  # no giver named: no event
    "Lyžařům přálo počasí, které dnes nabídlo slunce i výborné sněhové podmínky.",  # a view, no pledge (real, wmt-news)
    "Ve skutečnosti Shiba Inu nenabízí žádný hmotný užitek ani hodnotu.",  # a product, no refusal (real, wmt-news)
]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] + "-" + str(i) for i, f in enumerate(FIRES)])
def test_lexicon_cs_round8_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


@pytest.mark.parametrize("text", QUIET)
def test_lexicon_cs_round8_everyday_sense_codes_nothing(pipeline: Pipeline, text: str) -> None:
    assert pipeline_events(pipeline, text, "cs") == []


def test_lexicon_cs_round8_vote_for_is_no_disapproval(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Ukrajinští poslanci hlasovali pro návrh ruské vlády.", "cs")
    assert ("SUPPORT", "UKR", "RUS") in triples(evs)
    assert all(e.type != "ACCUSE" for e in evs)


# agentless passives of punishing, stripping of immunity or office and deportation of a person are the home state's
# acts (modality.json institutional_passives), as fines and convictions are (test_lexicon_cs_round7)
PASSIVES = [
    ("Soud v Brně jednal o případu. Muž byl potrestán.", ("COERCE", "CZE", "CZE")),
    ("Soud v Brně jednal o případu. Poslanec byl zbaven imunity.", ("COERCE", "CZE", "CZE")),
]


@pytest.mark.parametrize(("text", "triple"), PASSIVES)
def test_lexicon_cs_round8_agentless_punishment_is_the_home_states(pipeline: Pipeline, text: str,
                                                                   triple: tuple[str, str, str]) -> None:
    evs = pipeline_events(pipeline, text, "cs")
    assert triple in triples(evs)
