"""'tamní' (of that place) points a role noun back to the place named before it: the police, officials or prime
minister of that state, not of the article's home (data key there_adjectives). Found by a battery of ordinary
foreign-affairs sentences: 'navštívil Polsko a jednal s tamním premiérem' coded the talks as Czech with Czech and
dropped them."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

# (text, mention, code)
CASES = [
    ("Česká turistka zemřela na Slovensku. Tamní policie případ vyšetřuje.", "Tamní policie", "SVKCOP"),
    ("Ministr přiletěl do Berlína, kde ho přijal tamní kancléř.", "tamní kancléř", "DEUGOV"),
    ("Ministr zahraničí Jan Lipavský navštívil Polsko a jednal s tamním premiérem.", "tamním premiérem", "POLGOV"),
    # no place named before: the home's, as any bare role noun
    ("Tamní úředníci případ vyšetřují.", "Tamní úředníci", "CZEGOV"),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES, ids=[c[1] for c in CASES])
def test_actors_there_role_takes_the_place_named_before(pipeline: Pipeline, text: str, mention: str,
                                                        code: str) -> None:
    assert coded(run(pipeline, text, "cs"))[mention] == code
