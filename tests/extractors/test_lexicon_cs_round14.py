"""Czech lexicon, round 14 (issue 4, session 9, audcs3: tools/build_cs_verbs.py and data/cs/agents.json): summoning
the police or a rescue service is a request for their help (REQUEST 020, as en 'called (in) police'), not a phone
call; a call to a person stays a phone call, and the imperfective 'volat po X' a demand. A campaign against someone
is criticism (111, a named target), a strike voted for is declared (143). Readers and listeners are members of the
public (CVL), a trade union ('odborová organizace') is labour, a school (škola, školka, gymnázium, fakulta)
education, so its head ('ředitel školy') is an actor."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events
from events_support import country_triples as triples

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Majitel bytu ráno zavolal policii.", ("REQUEST", "CZE", "CZE"), "cs-zavolat-020"),
    ("Kolemjdoucí přivolal záchranku.", ("REQUEST", "CZE", "CZE"), "cs-privolat-020"),
    ("Starosta zavolal strážníky.", ("REQUEST", "CZE", "CZE"), "cs-zavolat-020"),
    ("Ředitelka školy zavolala městskou policii.", ("REQUEST", "CZE", "CZE"), "cs-zavolat-020"),  # a school is EDU
    ("Soused přivolal hasiče.", ("REQUEST", "CZE", "CZE"), "cs-privolat-020"),
    ("Žena krádež nahlásila na policii.", ("COOPERATE", "CZE", "CZE"), "cs-nahlasit-063"),  # reporting to the police
    ("Mnoho čtenářů zkritizovalo rozhodnutí ministerstva.", ("ACCUSE", "CZE", "CZE"), "cs-zkritizovat-111"),
    ("Odborová organizace vyzvala k bojkotu firmy.", ("REQUEST", "CZE", "CZE"), "cs-vyzvat-020"),
    # a campaign against someone (criticism), a strike voted for (declared)
    ("Zaměstnanci zesilují kampaň proti zaměstnavateli.", ("ACCUSE", "CZE", "CZE"), "cs-zesilovat-111"),
    ("Opozice rozpoutala kampaň proti ministrovi.", ("ACCUSE", "CZE", "CZE"), "cs-rozpoutat-111"),
    ("Členové odborů odhlasovali stávku proti vedení firmy.", ("PROTEST", "CZE", "CZE"), "cs-odhlasovat-143"),
]

# a campaign against a thing names no one: no event
QUIET = ["Ministerstvo zahájilo kampaň proti kouření.", "Policie vede hon na vraha."]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] + "-" + f[0][:12] for f in FIRES])
def test_lexicon_cs_round14_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


@pytest.mark.parametrize("text", QUIET)
def test_lexicon_cs_round14_campaign_against_a_thing_codes_nothing(pipeline: Pipeline, text: str) -> None:
    assert pipeline_events(pipeline, text, "cs") == []


def test_lexicon_cs_round14_call_to_a_person_stays_a_phone_call(pipeline: Pipeline) -> None:
    """Only the police or a rescue service as the object makes 'zavolat' a request: a call to a minister is CONSULT."""
    d = pipeline({"id": "t", "lang": "cs", "text": "Český premiér zavolal německému kancléři."})
    assert triples(d.events) == {("CONSULT", "CZE", "DEU")}
    assert all(e.rule.startswith("cs-zavolat-041") for e in d.events)


def test_lexicon_cs_round14_readers_are_the_public(pipeline: Pipeline) -> None:
    """'čtenáři', 'posluchači' name private people of the article's country (CVL), like 'diváci'."""
    d = pipeline({"id": "t", "lang": "cs", "text": "Čtenáři i posluchači rozhlasu kritizovali ministerstvo."})
    codes = {m.text: m.code for m in d.mentions}
    assert codes.get("Čtenáři") == "CZECVL"
    assert codes.get("posluchači rozhlasu", codes.get("posluchači")) == "CZECVL"


def test_lexicon_cs_round14_prison_administration_is_a_state_body(pipeline: Pipeline) -> None:
    """'vězeňská správa' (the prison administration) is a state body like 'vězeňská služba', so its spokesperson is."""
    d = pipeline({"id": "t", "lang": "cs", "text": "Mluvčí vězeňské správy uvedla, že věznice zvýšila dohled."})
    codes = {m.text: m.code for m in d.mentions}
    assert codes.get("Mluvčí vězeňské správy") == "CZEGOV"
