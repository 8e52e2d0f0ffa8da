"""A sale, contract or investment (economic cooperation, CAMEO 061) that names no partner but the foreign state
where it is made goes to that state ('sold two machining centres in France', 'získala zakázku v Indii'); a city
is only the place ('signed the contract in Paris')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Last year the Czech company sold two machining centres in France.", ("COOPERATE", "CZE", "FRA")),
    ("cs", "Loni česká společnost prodala dvě obráběcí centra ve Francii.", ("COOPERATE", "CZE", "FRA")),
    ("en", "The Czech firm Kovosvit won a contract worth 100 million crowns in India.", ("COOPERATE", "CZE", "IND")),
    ("cs", "Česká firma Kovosvit získala v Indii zakázku za 100 milionů korun.", ("COOPERATE", "CZE", "IND")),
])
def test_a_sale_goes_to_the_state_where_it_is_made(pipeline: Pipeline, lang: str, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "The Czech company sold two machining centres in Paris."),
    ("cs", "Česká společnost prodala dvě obráběcí centra v Paříži."),
])
def test_a_city_is_only_the_place_of_a_sale(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t == "COOPERATE" and g == "FRA" for t, _, g in country_triples(events(pipeline, text, lang)))
