"""A bare numeral subject ('All five', 'The two') stands for the nearest plural actor phrase before it counted by the
same numeral: 'Five Georgian citizens appeared in court. All five denied the charges'."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Five Georgian citizens have appeared in court in Athens. All five denied the charges before a magistrate.",
     ("REJECT", "GEO", "-")),
    ("The Russian police arrested two Ukrainian activists. The two denied the accusations.", ("REJECT", "UKR", "-")),
])
def test_numeral_subject_takes_the_counted_phrase(pipeline: Pipeline, text: str, expected: tuple[str, str, str]
                                                  ) -> None:
    """The denier is the counted phrase; the target (the accuser when named, GUIDELINES rule 4) is not tested."""
    assert any(t[:2] == expected[:2] for t in triples(events(pipeline, text)))


def test_numeral_subject_with_its_own_noun_is_no_anaphor(pipeline: Pipeline) -> None:
    """'The main line no. 400 goes to Nový Bor' after 'Lines no. 400 and 410 to the Liberec Region': no antecedent."""
    text = ("Lines no. 400 and 410 to the Czech Liberec Region will be integrated. The main line no. 400 goes "
            "through Mělník to Nový Bor.")
    assert not [e for e in events(pipeline, text) if "numeral" in e.rule]
