"""Object pronouns whose antecedent the nearest-noun search missed: a person in a prepositional phrase ('telefonoval
s Vladimirem Putinem. Vyzval ho', 'spoke with Vladimir Putin. He urged him'), a person subject past a visited place
('Orbán navštívil Peking. Si Ťin-pching ho přijal'), a time adverbial in between ('byl minulý měsíc zadržen'), and
Czech 'je' (them) tagged as the verb 'is'; the dropped subject is not the object pronoun's antecedent."""

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
]

NOT_THERE = [  # (lang, text, a triple that must not come out)
    ("cs", "Turecký prezident Erdogan ve středu telefonoval s Vladimirem Putinem. Vyzval ho k prodloužení dohody.",
     ("REQUEST", "TURGOV", "TUR")),  # 'ho' is not the dropped subject's own country
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
