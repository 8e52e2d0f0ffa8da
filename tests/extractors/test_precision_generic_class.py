"""A cooperation or rejection verb done by a bare plural class of people with no country (present-tense subject,
passive agent, noun of a relative clause) is a generalisation, no event (precision_news.generic_class)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2019-10-04"})
    return {(e.type, e.trigger) for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "kind", "trigger"), [
    ("Incel se stal označením pro muže, kteří jsou roztrpčeni tím, že je ženy odmítají.", "cs", "REJECT", "odmítají"),
    ("O penězích podle průzkumu konzultují s rodiči především ženy.", "cs", "CONSULT", "konzultují"),
    ("„Je znepokojivé, že mladí lidé porušují zákon,“ řekl policejní mluvčí.", "cs", "REJECT", "porušují"),
    ("According to the survey, women consult their parents about money more often than men.", "en", "CONSULT",
     "consult"),
    ("Experts say young people reject the advice of their doctors.", "en", "REJECT", "reject"),
    ("Minassian said that he had contact with a killer in California who was angry at women who had rejected him.",
     "en", "REJECT", "rejected"),
    ("Útočník byl podle policie naštvaný na ženy, které ho odmítly.", "cs", "REJECT", "odmítly"),
])
def test_a_class_of_people_in_the_present_is_no_event(pipeline: Pipeline, text: str, lang: str, kind: str,
                                                      trigger: str) -> None:
    assert (kind, trigger) not in _types(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "kind", "trigger"), [
    ("Íránské ženy odmítají povinné zahalování.", "cs", "REJECT", "odmítají"),
    ("Ženy v Íránu odmítají povinné zahalování.", "cs", "REJECT", "odmítají"),
    ("Ženy odmítly nabídku vlády.", "cs", "REJECT", "odmítly"),
    ("Women in Iran reject the mandatory headscarf.", "en", "REJECT", "reject"),
    ("Czech women reject the government offer, the unions said.", "en", "REJECT", "reject"),
])
def test_a_named_country_or_a_past_act_stays(pipeline: Pipeline, text: str, lang: str, kind: str,
                                             trigger: str) -> None:
    assert (kind, trigger) in _types(pipeline, text, lang)
