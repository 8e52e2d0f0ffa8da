"""A meeting whose only named party is an international organisation (its members' envoys as the source, or the
organisation under the meeting noun) is held among its members: the organisation is its own counterpart
('EU leaders met in Brussels' CONSULT IGOEUREEC -> IGOEUREEC); not a single envoy ('the UN envoy met ...'), nor a
summit that is only the time frame or the setting of another act ('na summitu OSN přednesla projev'). The English
meeting nouns take their parties from 'of' and 'among' as the Czech ones from the genitive and 'mezi'."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, target", [
    ("en", "EU foreign ministers met in Brussels on Thursday to discuss the budget.", "IGOEUR"),
    ("cs", "Ministři zahraničí zemí EU se ve čtvrtek sešli v Bruselu, aby jednali o rozpočtu.", "IGOEUR"),
    ("en", "The G7 met in Cornwall last weekend.", "IGOGOS"),
    ("cs", "Rozhodnutí přišlo po sobotní schůzce ministrů financí zemí G7 v Londýně.", "IGOGOS"),
    # the English meeting nouns take their members from 'of' and 'among' (the Czech genitive and 'mezi')
    ("en", "The decision came after a meeting of G7 finance ministers in London on Saturday.", "IGOGOS"),
    ("en", "It follows discussions among G7 foreign ministers in Liverpool on Saturday.", "IGOGOS"),
    ("cs", "Následovala jednání mezi ministry zahraničí zemí G7 v Liverpoolu.", "IGOGOS"),
])
def test_members_of_an_organisation_meet_each_other(pipeline: Pipeline, lang: str, text: str, target: str) -> None:
    """The organisation is the target (the source is it or its members' envoys, whose country the gold accepts)."""
    assert any(t == "CONSULT" and g == target for t, _, g in country_triples(events(pipeline, text, lang)))


@pytest.mark.parametrize("lang, text", [
    ("en", "The UN envoy met in Kabul on Monday."),
    ("cs", "Vyslanec OSN se v pondělí sešel v Kábulu."),
    ("en", "She delivered a speech at the UN summit in Rio."),
    ("cs", "Dívka přednesla projev na summitu OSN v Riu."),
    ("cs", "Lidé se připojili k protestu na začátku summitu OSN o klimatu."),
])
def test_no_members_meeting_without_a_group_or_as_a_setting(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t == "CONSULT" for t, _, _ in country_triples(events(pipeline, text, lang)))
