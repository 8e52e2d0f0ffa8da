"""A genitive compound names the act more precisely than its head noun (matching._refines, session 16): 'vyhlásila zákaz
vycházení' is a curfew (COERCE 1723 on the own population, as en 'imposed a curfew'), not any ban (SANCTION 163, which
needs a named target); a ban whose genitive no entry names stays a sanction."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CURFEWS = [
    ("cs", "Indická policie vyhlásila zákaz vycházení v částech Ahmadábádu.", ("COERCE", "IND", "IND")),
    ("en", "Indian police have imposed a curfew in parts of Ahmedabad.", ("COERCE", "IND", "IND")),
    ("cs", "Thajská vláda zavedla v Bangkoku zákaz vycházení.", ("COERCE", "THA", "THA")),
    ("en", "The Thai government imposed a curfew in Bangkok.", ("COERCE", "THA", "THA")),
    ("cs", "Evropská unie uvalila na Rusko zákaz dovozu ropy.", ("SANCTION", "IGOEUR", "RUS")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CURFEWS)
def test_compound_object_refines_the_act(pipeline: Pipeline, lang: str, text: str,
                                         triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))
