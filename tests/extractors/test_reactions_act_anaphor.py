"""Reactions to an act named by an anaphoric noun ('Tehran condemned the move', 'Peking návštěvu odsoudil'): the
target is the actor of the last earlier act the noun fits (extractors/reactions.py), never the reacting side's own
country; a response's means ('odpověděla vyhoštěním francouzských diplomatů') is the responder's act on the
genitive's actor (complements.light_verb_agent); a name the parser hung on the act noun before the verb is the
subject (reactions.reaction_subject, applied in repair.py). Domestic criticism keeps its home counterpart."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

REACTIONS = [
    ("en", "The United States imposed new sanctions on Iran on Monday. Tehran condemned the move.",
     ("ACCUSE", "IRN", "USA"), ("ACCUSE", "IRN", "IRN")),
    ("en", "Russia expelled ten American diplomats on Friday. Washington called the decision unjustified.",
     ("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "USA")),
    ("en", "Britain expelled 23 Russian diplomats over the poisoning. Moscow rejected the move as provocative.",
     ("REJECT", "RUS", "GBR"), ("REJECT", "RUS", "RUS")),
    ("en", "U.S. Secretary of State Antony Blinken visited Taipei on Tuesday. Beijing condemned the visit.",
     ("ACCUSE", "CHN", "USA"), None),
    ("en", "The European Union lifted sanctions on Belarus. Minsk welcomed the decision.",
     ("SUPPORT", "BLR", "IGOEUR"), ("SUPPORT", "BLR", "BLR")),
    ("en", "Iran seized a British-flagged tanker in the Strait of Hormuz. London condemned the seizure.",
     ("ACCUSE", "GBR", "IRN"), ("ACCUSE", "GBR", "GBR")),
    ("en", "North Korea fired two ballistic missiles into the sea on Thursday. Japan and South Korea condemned "
     "the launch.", ("ACCUSE", "JPN", "PRK"), None),
    ("cs", "Spojené státy v pondělí uvalily nové sankce na Írán. Teherán krok odsoudil.",
     ("ACCUSE", "IRN", "USA"), ("ACCUSE", "IRN", "IRN")),
    ("cs", "Britská vláda vyhostila 23 ruských diplomatů. Moskva krok odmítla jako provokaci.",
     ("REJECT", "RUS", "GBR"), ("REJECT", "RUS", "RUS")),
    ("cs", "Americký ministr zahraničí Antony Blinken v úterý navštívil Tchaj-pej. Peking návštěvu odsoudil.",
     ("ACCUSE", "CHN", "USA"), None),
    ("cs", "Izraelské letectvo v noci zaútočilo na cíle nedaleko Damašku. Írán tento útok odsoudil.",
     ("ACCUSE", "IRN", "ISR"), None),
    ("cs", "Turecko ve středu zahájilo vojenskou ofenzivu proti kurdským milicím na severu Sýrie. Evropská unie krok "
     "ostře odsoudila.", ("ACCUSE", "IGOEUR", "TUR"), None),
    # the reacting side's own act in between is not the act reacted to
    ("cs", "Británie vyhostila 23 ruských diplomatů. Rusko ocenilo Čínu za podporu. Moskva krok odsoudila.",
     ("ACCUSE", "RUS", "GBR"), ("ACCUSE", "RUS", "RUS")),
    # a demonstrative with no coded act keeps the nearest state
    ("cs", "Německo pozastavilo vývoz zbraní do Saúdské Arábie. Rijád toto rozhodnutí kritizoval.",
     ("ACCUSE", "SAU", "DEU"), None),
    # responses by expelling
    ("cs", "Francie vyhostila dva ruské diplomaty. Moskva na to odpověděla vyhoštěním francouzských diplomatů.",
     ("SANCTION", "RUS", "FRA"), None),
    ("cs", "Spojené státy uvalily sankce na ruské banky. Moskva na to reagovala vyhoštěním amerických diplomatů.",
     ("SANCTION", "RUS", "USA"), None),
    # a name before the act noun before its verb, mis-parsed (reactions.reaction_subject, applied in repair.py)
    ("cs", "Evropská unie zrušila sankce vůči Bělorusku. Minsk rozhodnutí uvítal.", ("SUPPORT", "BLR", "IGOEUR"),
     None),
    ("cs", "Washington odvolal svého velvyslance z Caracasu. Venezuela krok kritizovala.", ("ACCUSE", "VEN", "USA"),
     None),
    ("cs", "Izraelské letectvo v noci zaútočilo na cíle nedaleko Damašku. Sýrie útok odsoudila.",
     ("ACCUSE", "SYR", "ISR"), ("ACCUSE", "ISR", "SYR")),
    ("cs", "KLDR ve čtvrtek vypálila dvě balistické rakety do moře. Japonsko a Jižní Korea odpal odsoudily.",
     ("ACCUSE", "KOR", "PRK"), None),
    ("cs", "Rusko vyhostilo dva estonské diplomaty. Tallinn rozhodnutí označil za nepřijatelné.",
     ("ACCUSE", "EST", "RUS"), ("ACCUSE", "EST", "EST")),
    # a meeting abroad is the visit reacted to
    ("en", "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. South Korea criticised the visit.",
     ("ACCUSE", "KOR", "RUS"), None),
    # of two acts before, the one that names the noun, else the first clause: not the air defence's shoot-down
    ("en", "Russia launched a massive missile attack on Kyiv overnight, and Ukrainian air defences shot down 20 "
     "drones. The European Union condemned the attack.", ("ACCUSE", "IGOEUR", "RUS"), ("ACCUSE", "IGOEUR", "UKR")),
    ("cs", "Rusko v noci zaútočilo raketami na Kyjev a ukrajinská protivzdušná obrana sestřelila 20 dronů. Evropská "
     "unie útok odsoudila.", ("ACCUSE", "IGOEUR", "RUS"), ("ACCUSE", "IGOEUR", "UKR")),
    ("cs", "Izraelští vojáci provedli razii v uprchlickém táboře Dženín. Palestinský prezident Mahmúd Abbás zásah "
     "odsoudil.", ("ACCUSE", "PSE", "ISR"), ("ACCUSE", "PSE", "PSE")),
    # a relative clause or a pronoun for the clause before
    ("en", "The United States imposed fresh sanctions on Iran on Monday, a move Tehran condemned as illegal.",
     ("ACCUSE", "IRN", "USA"), None),
    ("en", "The United States imposed fresh sanctions on Iran on Monday, which Tehran condemned.",
     ("ACCUSE", "IRN", "USA"), None),
    ("en", "Russia expelled ten U.S. diplomats in a move Washington called unjustified.", ("ACCUSE", "USA", "RUS"),
     None),
    ("cs", "Spojené státy v pondělí uvalily na Írán nové sankce, což Teherán odsoudil.", ("ACCUSE", "IRN", "USA"),
     None),
    ("cs", "Evropská unie zrušila sankce vůči Bělorusku, což Minsk uvítal.", ("SUPPORT", "BLR", "IGOEUR"), None),
    ("cs", "Spojené státy uvalily sankce na Írán. Teherán to odmítl.", ("REJECT", "IRN", "USA"),
     ("REJECT", "IRN", "IRN")),
    # a pronoun may stand for an accusation: its rejection or denial is aimed at the accuser
    ("cs", "Rusko obvinilo Ukrajinu z útoku na Krymský most. Kyjev to odmítl.", ("REJECT", "UKR", "RUS"),
     ("REJECT", "UKR", "UKR")),
    ("cs", "Rusko obvinilo Ukrajinu z útoku na Krymský most. Kyjev to popřel.", ("REJECT", "UKR", "RUS"), None),
    # a joint act: both parties; an arrest coded as repression
    ("en", "Iran's supreme leader met Russian President Vladimir Putin in Tehran. Israel condemned the meeting.",
     ("ACCUSE", "ISR", "RUS"), None),
    ("en", "Police arrested 20 protesters in Minsk on Sunday. Amnesty International condemned the arrests.",
     ("ACCUSE", "NGO", "BLR"), None),
    ("en", "Britain expelled 23 Russian diplomats. Moscow called the decision a provocation.",
     ("ACCUSE", "RUS", "GBR"), ("ACCUSE", "RUS", "RUS")),
    # a state adjective stays the attack's actor
    ("cs", "Izrael zaútočil na Gazu. Ruský útok odsoudila celá Evropa.", ("ACCUSE", "EUR", "RUS"), None),
    # naming the act so
    ("cs", "Rusko v pátek vyhostilo deset amerických diplomatů. Washington rozhodnutí označil za neopodstatněné.",
     ("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "USA")),
    ("cs", "Polsko v úterý uzavřelo hranici s Běloruskem. Minsk krok označil za nepřátelský.",
     ("ACCUSE", "BLR", "POL"), None),
    # domestic criticism: the home counterpart stays
    ("cs", "Vláda v pondělí schválila nový penzijní plán. Opozice plán kritizovala.", ("ACCUSE", "CZE", "CZE"), None),
    ("cs", "Opozice kritizovala plán.", ("ACCUSE", "CZE", "CZE"), None),
]


@pytest.mark.parametrize(("lang", "text", "want", "wrong"), REACTIONS)
def test_reaction_targets_the_acts_actor(pipeline: Pipeline, lang: str, text: str, want: tuple[str, str, str],
                                         wrong: tuple[str, str, str] | None) -> None:
    found = country_triples(events(pipeline, text, lang))
    assert want in found
    assert wrong is None or wrong not in found


def test_no_act_no_target(pipeline: Pipeline) -> None:
    """Without an earlier act nothing is inferred: no accusation of the reactor's own country."""
    assert not {t for t in country_triples(events(pipeline, "Tehran condemned the move.", "en")) if t[0] == "ACCUSE"}


def test_conjoined_verb_keeps_its_act(pipeline: Pipeline) -> None:
    """'condemned the visit and launched military drills': the conjoined verb is a clause of its own."""
    found = country_triples(events(pipeline, "Nancy Pelosi arrived in Taiwan on Tuesday. China condemned the visit "
                                             "and launched military drills.", "en"))
    assert {("ACCUSE", "CHN", "USA"), ("MOBILIZE", "CHN", "-")} <= found


def test_denial_answers_only_an_accusation(pipeline: Pipeline) -> None:
    """'X promised Y money, Z denied it': a denial is aimed at the accuser (GUIDELINES rule 4), never at the actor
    of the act denied."""
    found = country_triples(events(pipeline, "Německo slíbilo Polsku miliardu eur. Varšava to popřela.", "cs"))
    assert ("REJECT", "POL", "DEU") not in found


def test_described_decision_is_no_anaphor(pipeline: Pipeline) -> None:
    """'criticised the decision to send more weapons': the noun's own clause says what act it is; an earlier visit
    is not it."""
    found = country_triples(events(pipeline, "Ukrainian President Volodymyr Zelensky visited Washington on Thursday. "
                                             "Russia criticised the decision to send more weapons to Kyiv.", "en"))
    assert ("ACCUSE", "RUS", "UKR") not in found


PRONOUN_ACTS = [  # a pronoun for an act noun told before: the reaction aims at that act's actor
    ("cs", "Evropská unie v pátek uvalila nové sankce na Bělorusko. Moskva je odsoudila jako nepřátelský krok.",
     ("ACCUSE", "RUSGOV", "IGOEUREEC")),
    ("cs", "Rusko v noci zahájilo rozsáhlý útok na Kyjev. Evropská unie ho ostře odsoudila.",
     ("ACCUSE", "IGOEUREEC", "RUS")),
    ("cs", "Turecko v úterý zahájilo vojenskou operaci v severní Sýrii. Evropská unie ji odsoudila.",
     ("ACCUSE", "IGOEUREEC", "TUR")),
    ("en", "Russia launched a massive attack on Kyiv overnight. The European Union strongly condemned it.",
     ("ACCUSE", "IGOEUREEC", "RUS")),
    ("en", "Israel signed an agreement with the United Arab Emirates. Iran condemned it as a betrayal.",
     ("ACCUSE", "IRN", "ISR")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PRONOUN_ACTS)
def test_pronoun_for_an_act_noun(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    got = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)}
    assert expected in got
