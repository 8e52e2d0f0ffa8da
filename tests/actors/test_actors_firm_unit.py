"""A title over a unit noun of a firm ('prezident evropské pobočky amerického koncernu', the president of the
European branch of the company) takes the firm's country, not the home country of the article it is read in."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

CZECH_STORY = "Česká vláda chystá nový energetický plán. Čeští ekonomové ho kritizují. "

CASES = [
    ("cs", CZECH_STORY + "Plán kritizoval také Philippe Ducom, prezident evropské pobočky amerického koncernu "
           "ExxonMobil.", "Philippe Ducom, prezident evropské pobočky", "USA"),
    ("cs", CZECH_STORY + "Plán kritizoval i ředitel české divize francouzské firmy Renault Jean Martin.",
     "ředitel české divize", "FRA"),
    ("en", CZECH_STORY.replace("Česká vláda chystá nový energetický plán. Čeští ekonomové ho kritizují. ",
                               "The Czech government is preparing an energy plan. Czech economists criticise it. ")
     + "Philippe Ducom, the president of the European branch of the American company ExxonMobil, also criticised "
       "the plan.", "Philippe Ducom, the president of the European branch", "USA"),
    ("en", "The Czech government is preparing an energy plan. Czech economists criticise it. Philippe Ducom, the "
           "president of ExxonMobil's European branch, also criticised the plan.",
     "Philippe Ducom, the president of ExxonMobil's European branch", "USA"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "country"), CASES)
def test_title_of_a_firms_unit_takes_the_firms_country(pipeline: Pipeline, lang: str, text: str, mention: str,
                                                       country: str) -> None:
    codes = coded(run(pipeline, text, lang))
    assert (codes.get(mention) or "")[:3] == country, codes
