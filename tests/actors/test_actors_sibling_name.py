"""A firm's name right after its noun names that noun's body, though the English parser hangs it on the verb
('accused the carmaker Tesla': two objects); Czech attaches it to the noun ('obvinila automobilku Tesla')."""

from __future__ import annotations

import pytest
from actors_support import run

from kronika import Pipeline
from kronika.model import ArgRef


def _country(ref: ArgRef | None) -> str:
    """The scorer's country of an event argument ('-' for none)."""
    return (ref.code or "-")[:3] if ref is not None else "-"


@pytest.mark.parametrize(("lang", "text", "triple"), [
    ("en", "Britain's competition watchdog on Tuesday accused the carmaker Tesla of misleading customers.",
     ("ACCUSE", "GBR", "USA")),
    ("cs", "Britský úřad pro hospodářskou soutěž v úterý obvinil automobilku Tesla z klamání zákazníků.",
     ("ACCUSE", "GBR", "USA")),
    ("en", "The French government criticised the company Nestle for its water plants.", ("ACCUSE", "FRA", "CHE")),
    ("cs", "Francouzská vláda kritizovala firmu Nestlé kvůli jejím stáčírnám vody.", ("ACCUSE", "FRA", "CHE")),
])
def test_sibling_name_names_the_firm_noun(pipeline: Pipeline, lang: str, text: str,
                                          triple: tuple[str, str, str]) -> None:
    doc = run(pipeline, text, lang)
    assert triple in {(e.type, _country(e.source), _country(e.target)) for e in doc.events}


def test_sibling_name_not_a_person_noun(pipeline: Pipeline) -> None:
    # a state role noun is no firm's noun: the name after it stays its own mention
    doc = run(pipeline, "The Czech police accused the minister Novak of fraud.", "en")
    assert not any(m.text == "minister Novak" and (m.code or "").endswith("BUS") for m in doc.mentions)
