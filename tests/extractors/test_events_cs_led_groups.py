"""A group noun led by a named actor belongs to the leader's country (cs grammar key leader_participles): 'koalice
vedená Saúdskou Arábií', 'síly vedené Ruskem'; a led meeting or a government led by a person keeps its own code. English
(en leader_participles, lemma 'lead'): 'forces led by Russia', 'the US-led forces'."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Koalice vedená Saúdskou Arábií zaútočila na Jemen.", {("ASSAULT", "SAUGOV", "YEM")}),
    ("Síly vedené Ruskem zaútočily na Kyjev.", {("ASSAULT", "RUSMIL", "UKR")}),
    ("Jednotky vedené Spojenými státy bombardovaly Sýrii.", {("ASSAULT", "USAMIL", "SYR")}),
])
def test_events_cs_led_group_belongs_to_its_leader(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Forces led by Russia attacked Kyiv.", "en", ("ASSAULT", "RUSMIL", "UKR")),
    ("Troops led by France attacked jihadist bases in Mali.", "en", ("ASSAULT", "FRAMIL", "MLI")),
    ("The US-led forces bombed Islamic State positions in Raqqa.", "en", ("ASSAULT", "USAMIL", "IMGMUSISI")),
    ("Jednotky vedené Francií zaútočily na pozice malijské armády.", "cs", ("ASSAULT", "FRAMIL", "MLIMIL")),
])
def test_events_led_group_both_languages(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in full_triples(text, lang)


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("The Saudi-led coalition bombed a market in Yemen.", "en", ("ASSAULT", "SAUGOV", "YEM")),
    ("A coalition led by Saudi Arabia bombed a market in Yemen.", "en", ("ASSAULT", "SAUGOV", "YEM")),
    ("Koalice vedená Saúdskou Arábií bombardovala trh v Jemenu.", "cs", ("ASSAULT", "SAUGOV", "YEM")),
])
def test_led_coalition_is_its_leaders_side(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in full_triples(text, lang)


def test_bare_coalition_is_not_the_home_government() -> None:
    # en 'coalition' is an actor only when led (led_group_nouns): not Yemen's government
    assert not any(s.startswith("YEM") for _, s, _ in full_triples("The coalition bombed a market in Yemen.", "en"))
