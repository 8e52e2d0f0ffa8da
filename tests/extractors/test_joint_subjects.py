"""A coordinated subject the parser splits ('Rusko i syrská vláda uvítaly', the conjunction hung on a modifier: two
sibling subjects) or hangs as an adverbial after a joint-subject mark ('Rusko spolu s Íránem', 'Russia, along with
Iran,'; grammar key joint_subject_marks) is one coordination again (repair._joint_subjects): each member is a source
(GUIDELINES rule 5)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, language, (PLOVER type, source country, target country)) the whole pipeline must code
JOINT = [
    ("Rusko i syrská vláda odsoudily izraelský nálet na Damašek.", "cs", ("ACCUSE", "SYR", "ISR")),
    ("Rusko i syrská vláda odsoudily izraelský nálet na Damašek.", "cs", ("ACCUSE", "RUS", "ISR")),
    ("Francie spolu s Německem odsoudila Rusko za útok na Kyjev.", "cs", ("ACCUSE", "DEU", "RUS")),
    ("Francie, stejně jako Německo, odsoudila Rusko za útok na Kyjev.", "cs", ("ACCUSE", "DEU", "RUS")),
    ("Polsko společně s pobaltskými státy vyzvalo Bělorusko k propuštění vězňů.", "cs", ("REQUEST", "POL", "BLR")),
    ("Both Russia and the Syrian government condemned the Israeli strike on Damascus.", "en", ("ACCUSE", "SYR", "ISR")),
    ("France, along with Germany, accused Russia of war crimes.", "en", ("ACCUSE", "DEU", "RUS")),
    ("France together with Germany accused Russia of war crimes.", "en", ("ACCUSE", "DEU", "RUS")),
    ("France together with Germany accused Russia of war crimes.", "en", ("ACCUSE", "FRA", "RUS")),
]


@pytest.mark.parametrize(("text", "lang", "triple"), JOINT, ids=[f"{b[1]}-{i}" for i, b in enumerate(JOINT)])
def test_joint_subject_members(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


def test_joint_subject_not_across_clauses(pipeline: Pipeline) -> None:
    """'Francie odsoudila Rusko a Německo mlčelo': a nominal of another clause is no co-subject."""
    text = "Francie odsoudila Rusko, zatímco Německo s Maďarskem mlčely."
    assert not any(t[1] in ("DEU", "HUN") for t in country_triples(pipeline_events(pipeline, text, "cs")))
