"""Object pronouns whose antecedent the nearest-noun search missed: a person in a prepositional phrase ('telefonoval
s Vladimirem Putinem. Vyzval ho', 'spoke with Vladimir Putin. He urged him'), a person subject past a visited place
('Orbán navštívil Peking. Si Ťin-pching ho přijal'), a time adverbial in between ('byl minulý měsíc zadržen'), and
Czech 'je' (them) tagged as the verb 'is', a noun with a numeral ('dva Ukrajince') or a demonym ('Chinese
hackers'); neither the dropped subject nor the subject named again is the object pronoun's antecedent."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("cs", "Turecký prezident Recep Tayyip Erdogan ve středu telefonoval s Vladimirem Putinem. Vyzval ho k "
     "prodloužení obilné dohody.", ("REQUEST", "TURGOV", "RUSGOV")),
    ("en", "Turkish President Tayyip Erdogan spoke with Vladimir Putin by phone on Wednesday. He urged him to "
     "extend the grain deal.", ("REQUEST", "TURGOV", "RUSGOV")),
    ("cs", "Maďarský premiér Viktor Orbán navštívil Peking. Čínský prezident Si Ťin-pching ho přijal ve Velké síni "
     "lidu.", ("CONSULT", "CHNGOV", "HUNGOV")),
    ("cs", "Český občan byl minulý měsíc zadržen v Íránu. Íránské úřady ho obvinily ze špionáže pro Izrael.",
     ("ACCUSE", "IRNGOV", "CZECVL")),
    ("cs", "Izraelská armáda v noci zadržela dva palestinské mladíky. Obvinila je z házení kamenů na vojáky.",
     ("ACCUSE", "ISRMIL", "PSECVL")),
    ("cs", "Íránské revoluční gardy zadržely britský tanker. Londýn je vyzval k okamžitému propuštění lodi.",
     ("REQUEST", "GBRGOV", "IRNMIL")),
    ("cs", "Francouzský prezident v pátek telefonoval s ruským prezidentem. Vyzval ho k zastavení ofenzivy.",
     ("REQUEST", "FRAGOV", "RUSGOV")),  # a person by title in a phrase
    ("cs", "Čeští policisté zadrželi ve středu dva Ukrajince. Obvinili je z krádeže aut.",
     ("ACCUSE", "CZECOP", "UKR")),  # 'dva Ukrajince' tagged singular: the numeral makes it plural
    ("en", "Chinese hackers attacked the Czech foreign ministry last year. Prague accused them of espionage.",
     ("ACCUSE", "CZEGOV", "CHN")),  # the actor of the noun's adjective
    ("cs", "Čínští hackeři loni napadli české ministerstvo zahraničí. Praha je obvinila ze špionáže.",
     ("ACCUSE", "CZEGOV", "CHN")),
]

NOT_THERE = [  # (lang, text, a triple that must not come out)
    ("cs", "Turecký prezident Erdogan ve středu telefonoval s Vladimirem Putinem. Vyzval ho k prodloužení dohody.",
     ("REQUEST", "TURGOV", "TUR")),  # 'ho' is not the dropped subject's own country
    ("en", "Hungary blocked the EU aid package for Ukraine. The European Commission criticised it sharply.",
     ("ACCUSE", "IGOEUREEC", "IGOEUREEC")),  # 'it' is the package, not the EU its compound names
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_pronoun_antecedent(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    got = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)}
    assert expected in got


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_THERE)
def test_pronoun_not_misread(pipeline: Pipeline, lang: str, text: str, absent: tuple[str, str, str]) -> None:
    got = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)}
    assert absent not in got


def test_subject_named_again_is_not_the_pronoun(pipeline: Pipeline) -> None:
    text = ("Opposition leader Juan Guaido met U.S. Secretary of State Mike Pompeo in Bogota. Pompeo assured him of "
            "Washington's support.")
    got = {(e.type, e.target.code[:3] if e.target and e.target.code else None) for e in events(pipeline, text, "en")}
    assert ("AGREE", "VEN") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("British Prime Minister Boris Johnson met Irish leaders in Dublin. They warned him against breaking the Brexit "
     "treaty.", ("THREATEN", "IRLGOV", "GBRGOV")),
    ("The Chinese foreign minister received two U.S. senators in Beijing. They urged him to release detained "
     "Canadians.", ("REQUEST", "USALEG", "CHNGOV")),
])
def test_plural_subject_pronoun_is_the_previous_plural_object(pipeline: Pipeline, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    got = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "en")}
    assert expected in got


def test_plural_object_is_no_source_of_a_passive(pipeline: Pipeline) -> None:
    got = events(pipeline, "The Czech police arrested two Russian tourists. They were charged with vandalism.", "en")
    assert not any(e.source is not None and (e.source.code or "").startswith("RUS") for e in got)
