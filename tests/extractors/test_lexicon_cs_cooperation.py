"""Czech cooperation lexicon (session 14, gsr3: the Czech translations of the PLOVER gold-standard records;
tools/build_cs_verbs.py): accepting someone's proposal or mediation is AGREE with the proposer as target, named in
the phrase or by its adjective ('přistoupil na americké zprostředkování'), while acceding to demands stays CONCEDE;
joint exercises of two countries are COOPERATE 062 (compound_cameo), one country's stay MOBILIZE; diplomatic relations
established, restored or upgraded are SUPPORT (054/050) each way; sharing evidence or experience with someone
('podělit se s X o Y') is COOPERATE 064."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country)) the whole pipeline must code
BATTERY = [
    ("Slovenská vláda přistoupila na maďarský návrh na společnou hlídku.", ("AGREE", "SVK", "HUN")),
    ("Srbsko nakonec přistoupilo na ruský návrh.", ("AGREE", "SRB", "RUS")),
    ("Ukrajinský prezident přistoupil na zprostředkování Turecka.", ("AGREE", "UKR", "TUR")),
    ("Vláda přistoupila na požadavky odborů.", ("CONCEDE", "CZE", "CZE")),
    ("Polské a litevské jednotky zahájily společné vojenské cvičení.", ("COOPERATE", "POL", "LTU")),
    ("Polské a litevské jednotky zahájily společné vojenské cvičení.", ("COOPERATE", "LTU", "POL")),
    ("Japonsko a Austrálie uspořádaly námořní manévry v Tichém oceánu.", ("COOPERATE", "JPN", "AUS")),
    ("Indie obnovila diplomatické vztahy s Kanadou.", ("SUPPORT", "IND", "CAN")),
    ("Saúdská Arábie a Írán navázaly diplomatické vztahy.", ("SUPPORT", "SAU", "IRN")),
    ("Saúdská Arábie a Írán navázaly diplomatické vztahy.", ("SUPPORT", "IRN", "SAU")),
    ("Slovensko a Maďarsko zlepšily vzájemné diplomatické vztahy.", ("SUPPORT", "HUN", "SVK")),
    ("Rusko se s Čínou podělilo o vojenské zkušenosti.", ("COOPERATE", "RUS", "CHN")),
    ("Německá rozvědka se podělila s Francií o informace o teroristech.", ("COOPERATE", "DEU", "FRA")),
    # 'vyměňovat zkušenosti s X' without the particle 'si' (or with it hung elsewhere); the LTTE named in Czech
    ("Srílanská armáda podle zprávy vyměňuje zkušenosti s indickou armádou.", ("COOPERATE", "LKA", "IND")),
    ("Pákistán si podle zprávy tajné služby vyměňoval informace s Tygry osvobození tamilského Ílamu.",
     ("COOPERATE", "PAK", "LKA")),
    # an agentless passive signing of an agreement between two parties: both sign it (as 'X a Y podepsaly dohodu')
    ("Bezpečnostní dohoda mezi Ukrajinou a Británií byla podepsána v Kyjevě.", ("SUPPORT", "UKR", "GBR")),
    ("Mezi Ruskem a Čínou byla podepsána dohoda o dodávkách plynu.", ("SUPPORT", "CHN", "RUS")),
    # 'mezi X a Y bylo dohodnuto' (the passive of 'dohodnout' without 'se'): both parties agreed; so the active
    ("Mezi Ruskem a Čínou bylo dohodnuto prodloužení smlouvy o dodávkách plynu.", ("AGREE", "RUS", "CHN")),
    ("Polský premiér dohodl s Macronem další postup.", ("AGREE", "POL", "FRA")),
]


@pytest.mark.parametrize(("text", "triple"), BATTERY, ids=[f"{b[1][0]}-{i}" for i, b in enumerate(BATTERY)])
def test_lexicon_cs_cooperation_battery(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, "cs"))


def test_lexicon_cs_cooperation_one_country_exercises_stay_mobilization(pipeline: Pipeline) -> None:
    """A single country's exercise near a border is a show of force (MOBILIZE 150), no joint cooperation."""
    evs = pipeline_events(pipeline, "Polsko uspořádalo vojenské cvičení u hranic s Běloruskem.", "cs")
    assert {(e.type, e.cameo) for e in evs} == {("MOBILIZE", "150")}
