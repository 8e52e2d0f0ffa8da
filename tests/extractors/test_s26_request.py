"""Session 26 REQUEST recall (appeals, warnings, demands) in Czech and English news. Whole pipeline (real actor
resolution)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """One pipeline for the module."""
    return Pipeline()


def requests(pipe: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    """Country triples of the REQUEST events of a text."""
    return {t for t in country_triples(pipeline_events(pipe, text, lang)) if t[0] == "REQUEST"}


def test_warning_against_a_thing_is_advice_cs(pipe: Pipeline) -> None:
    """'varoval před rozdělováním společnosti': a warning to nobody named against a thing asks the public (REQUEST)."""
    got = requests(pipe, "Předseda Senátu Jaroslav Kubera v pondělí promluvil. Kubera ve své řeči varoval před "
                         "rozdělováním společnosti.", "cs")
    assert got and all(t[1] == "CZE" for t in got)


def test_warning_against_a_thing_is_advice_en(pipe: Pipeline) -> None:
    """'warned against divisions in society': advice to the public, a request."""
    got = requests(pipe, "Senate President Jaroslav Kubera spoke on Monday. In his speech, Kubera warned against "
                         "divisions in society.", "en")
    assert got and all(t[1] == "CZE" for t in got)


def test_warning_of_a_thing_stays_forecast_en(pipe: Pipeline) -> None:
    """'warned of a recession': a forecast, no request."""
    assert not requests(pipe, "The European Commission warned of a recession next year.", "en")


def test_plural_name_agrees_with_singular_verb_en(pipe: Pipeline) -> None:
    """'The Centres for Disease Control ... has ... and has warned citizens against smoking': the plural name is one
    body, the subject of the conjoined singular verb."""
    got = requests(pipe, "The Centres for Disease Control and Prevention (CDC) has more than 100 officials "
                         "investigating the illness, and has warned citizens against smoking e-cigarettes.", "en")
    assert ("REQUEST", "USA", "USA") in got


def test_said_to_addressee_with_demand_clause_cs(pipe: Pipeline) -> None:
    """'řekl vládě, aby odstoupila', 'vzkázal Západu, ať se nemíchá': a report verb with a demand clause asks the
    addressee."""
    assert ("REQUEST", "CZE", "CZE") in requests(pipe, "Prezident Zeman řekl vládě, aby okamžitě odstoupila.", "cs")
    assert ("REQUEST", "RUS", "WST") in requests(
        pipe, "Putin vzkázal Západu, ať se nemíchá do ruských záležitostí.", "cs")


def test_said_that_stays_statement_cs(pipe: Pipeline) -> None:
    """'řekl, že vláda zvýší platy': a plain statement, and a purpose clause in it ('aby zabránila') asks nothing."""
    assert not requests(pipe, "Ministr řekl, že vláda zvýší platy učitelům.", "cs")
    assert not requests(pipe, "Mluvčí řekla, že policie zasáhla, aby zabránila násilí.", "cs")


def test_nun_is_a_religious_actor_en(pipe: Pipeline) -> None:
    """'the other nun, who asked her for help': 'nun' is a religious role (REL), the relative clause's source."""
    got = pipeline_events(pipe, "She admitted that the car was crashed by a Polish nun, who asked her for help.", "en")
    assert any(e.type == "REQUEST" and e.source and (e.source.code or "").startswith("POLREL") for e in got)


def test_dative_left_as_dep_is_the_addressee_cs(pipe: Pipeline) -> None:
    """'Dáváme doporučení jak těm kurýrním týmům, tak organizátorům': the parser leaves the first dative conjunct as
    'dep'; it is still the bare dative the entry asks for, and its conjunct the addressee."""
    got = requests(pipe, "Skauti rozvážejí betlémské světlo. „Dáváme doporučení jak těm kurýrním týmům, tak "
                         "organizátorům místních akcí, aby nosili roušky,“ popsala mluvčí akce Zuzana Hrbková.", "cs")
    assert ("REQUEST", "CZE", "CZE") in got


def test_request_object_refines_an_unaddressed_appeal_cs(pipe: Pipeline) -> None:
    """'vyzval k okamžitému příměří', 'požádala o pomoc': the object only refines the code of a verb that asks anyway;
    like 'called for a ceasefire' the request stands without an addressee."""
    assert ("REQUEST", "IGOUNO", "-") in requests(
        pipe, "Generální tajemník OSN António Guterres vyzval k okamžitému příměří.", "cs")
    assert ("REQUEST", "UKR", "-") in requests(pipe, "Ukrajina požádala o další vojenskou pomoc.", "cs")
    assert ("REQUEST", "IGOUNO", "-") in requests(
        pipe, "UN Secretary-General Antonio Guterres called for an immediate ceasefire.", "en")


def test_object_that_makes_the_sense_still_needs_addressee_cs(pipe: Pipeline) -> None:
    """'podalo žádost o vstup': 'podat' asks only through its object noun; with nobody addressed nothing is coded."""
    assert not requests(pipe, "Česko podalo žádost o vstup do programu.", "cs")


def test_seeking_weapons_or_funds_from_x(pipe: Pipeline) -> None:
    """'is seeking more weapons from the West', 'žádá od Západu další zbraně': an appeal for aid to the od/from
    phrase."""
    assert ("REQUEST", "UKR", "WST") in requests(pipe, "Kyiv is seeking more weapons from the West.", "en")
    assert ("REQUEST", "UKR", "IGOEUR") in requests(pipe, "Ukraine sought funding from the European Union.", "en")
    assert ("REQUEST", "UKR", "WST") in requests(pipe, "Kyjev žádá od Západu další zbraně.", "cs")


def test_noun_call_for_is_a_request_en(pipe: Pipeline) -> None:
    """'renewed his call for Russia to withdraw': the noun 'call for' is a request of its possessor to the for-clause
    subject; a phone call stays a consultation."""
    assert ("REQUEST", "CZE", "RUS") in requests(
        pipe, "Foreign Minister Jan Lipavsky renewed his call for Russia to withdraw.", "en")
    got = country_triples(pipeline_events(pipe, "Putin held a phone call with Macron.", "en"))
    assert not any(t[0] == "REQUEST" for t in got)


def test_agentless_summons_has_no_source(pipe: Pipeline) -> None:
    """'Na místo byli přivoláni hasiči', 'K nehodě byli povoláni pracovníci odboru': a summons passive names no caller;
    the request keeps the ones called as target and gets no source."""
    got = requests(pipe, "Na místo byli přivoláni hasiči a záchranáři.", "cs")
    assert got and all(t[1] == "-" and t[2] == "CZE" for t in got)
    assert ("REQUEST", "-", "CZE") in requests(
        pipe, "K nehodě byli povoláni pracovníci odboru životního prostředí berounské radnice.", "cs")


def test_agentless_request_without_service_noun_stays_dropped(pipe: Pipeline) -> None:
    """'Německo bylo vyzváno, aby dodalo tanky', 'byl povolán do NHL': who asked is context, not an unnamed caller."""
    assert not requests(pipe, "Německo bylo vyzváno, aby dodalo tanky.", "cs")
    assert not requests(pipe, "Pavel Francouz byl povolán do NHL.", "cs")


def test_quoted_imperative_to_an_addressee(pipe: Pipeline) -> None:
    """'„Pomozte nám," řekl Zelenskyj Evropskému parlamentu', '"Stop the war," Zelensky told Putin': a quoted
    imperative act is the speaker's demand on the one addressed; with nobody addressed nothing is coded."""
    assert ("REQUEST", "UKR", "IGOEUR") in requests(
        pipe, "„Pomozte nám,“ řekl ukrajinský prezident Volodymyr Zelenskyj Evropskému parlamentu.", "cs")
    assert ("REQUEST", "UKR", "RUS") in requests(pipe, "\"Stop the war,\" Zelensky told Putin.", "en")
    assert not requests(pipe, "\"Look at this,\" Zelensky told reporters.", "en")
    assert not requests(pipe, "\"We will help Ukraine,\" Biden told Zelensky.", "en")


def test_renewed_appeal_stands_without_addressee_cs(pipe: Pipeline) -> None:
    """'zopakoval svou výzvu k zavedení bezletové zóny' (en 'repeated his call for'): a renewed appeal, addressee
    optional; 'Výzvou pro vládu zůstává inflace' (a challenge) codes nothing."""
    assert ("REQUEST", "UKR", "-") in requests(pipe, "Zelenskyj zopakoval svou výzvu k zavedení bezletové zóny.", "cs")
    assert ("REQUEST", "UKR", "WST") in requests(
        pipe, "Zelenskyj zopakoval svou výzvu Západu k dodávkám zbraní.", "cs")
    assert not requests(pipe, "Výzvou pro vládu zůstává inflace.", "cs")


def test_seeking_an_extension(pipe: Pipeline) -> None:
    """'Britain sought a further delay to Brexit': asking for an extension or delay is a request."""
    assert ("REQUEST", "GBR", "-") in requests(pipe, "Britain sought a further delay to Brexit.", "en")
