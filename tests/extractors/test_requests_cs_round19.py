"""Czech requests, round 19 (session 13, xreq8: a battery of ordinary-news demands, appeals and pressure): pressure on
someone is a demand (100, as en 'step up pressure on'), pushing 'o to, aby' another actor does something is advocacy
(020), laying a duty on someone is a demand; a goal of one's own ('usiluje o vítězství') is no request."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country)) the whole pipeline must code
BATTERY = [
    ("Opozice usiluje o to, aby vláda zveřejnila smlouvy na nákup testů.", ("REQUEST", "CZE", "CZE")),
    ("Poslanci usilovali o to, aby rozhodnutí komise bylo pro ministra závazné.", ("REQUEST", "CZE", "CZE")),
    ("Starostka se zasadila o to, aby ministerstvo opravilo silnici.", ("REQUEST", "CZE", "CZE")),
    ("Primátor vyvíjí tlak na vládu, aby změnila zákon.", ("REQUEST", "CZE", "CZE")),
    ("Hejtmani zvyšují tlak na vládu kvůli penězům pro nemocnice.", ("REQUEST", "CZE", "CZE")),
    ("Spojené státy stupňují tlak na Čínu.", ("REQUEST", "USA", "CHN")),
    ("Čína čelí tlaku ze strany Spojených států.", ("REQUEST", "USA", "CHN")),
    ("Stavební úřad uložil majiteli povinnost dům zbourat.", ("REQUEST", "CZE", "CZE")),
    ("Podnikatelé chtějí od vlády kompenzace za uzavřené provozy.", ("REQUEST", "CZE", "CZE")),
    ("Obyvatelé hledají pomoc u soudu.", ("REQUEST", "CZE", "CZE")),
    ("Tisíce Syřanů hledaly azyl v Německu.", ("REQUEST", "SYR", "DEU")),
    ("Evropská komise stanovila podmínky pro Řecko.", ("REQUEST", "IGOEUR", "GRC")),
    ("Ministerstvo stanovilo nemocnicím podmínky pro čerpání dotací.", ("REQUEST", "CZE", "CZE")),
    # already coded before this round: kept as a guard of the wider request vocabulary
    ("Obyvatelé zatopených obcí chtějí po státu odškodnění za zničené domy.", ("REQUEST", "CZE", "CZE")),
    ("Podnikatel chce po ministerstvu financí 30 milionů korun za ušlý zisk.", ("REQUEST", "CZE", "CZE")),
    ("Starosta naléhá na kraj, aby opravil most přes řeku.", ("REQUEST", "CZE", "CZE")),
    ("Spojené státy tlačí Čínu k jednání o clech.", ("REQUEST", "USA", "CHN")),
    ("Pilot žádal o povolení přistát na letišti v Ostravě.", ("REQUEST", "CZE", "CZE")),
    ("Hejtman trvá na tom, aby ministerstvo peníze uvolnilo ještě letos.", ("REQUEST", "CZE", "CZE")),
    ("Nájemníci se domáhají po městě snížení nájemného.", ("REQUEST", "CZE", "CZE")),
    ("Česká národní banka nařídila bance navýšit kapitál.", ("REQUEST", "CZE", "CZE")),
    ("Zemědělci tlačí na ministerstvo, aby zvýšilo dotace.", ("REQUEST", "CZE", "CZE")),
    ("Učitelé se obrátili na ministra s požadavkem na vyšší platy.", ("REQUEST", "CZE", "CZE")),
    ("Obyvatelé sídliště prosí radnici o nové parkoviště.", ("REQUEST", "CZE", "CZE")),
    ("Ombudsman doporučil ministerstvu změnit vyhlášku.", ("REQUEST", "CZE", "CZE")),
    ("Hygienici přikázali restauraci zavřít kuchyň.", ("REQUEST", "CZE", "CZE")),
    ("Spojené státy naléhají na Írán, aby se vrátil k jaderné dohodě.", ("REQUEST", "USA", "IRN")),
    ("Aktivisté požadují po vládě rychlejší odchod od uhlí.", ("REQUEST", "CZE", "CZE")),
]


@pytest.mark.parametrize(("text", "triple"), BATTERY, ids=[f"{b[1][0]}-{i}" for i, b in enumerate(BATTERY)])
def test_requests_cs_round19_battery(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, "cs"))


@pytest.mark.parametrize("text", [
    "Tým usiluje o vítězství v lize.",  # a goal of its own
    "Firma usiluje o to, aby se vrátila do zisku.",  # the clause names no other actor: no one is asked
    "Zákon ukládá firmám povinnost třídit odpad.",  # a law is no actor
    "Chceme od lidí zjistit, zda jsou se službou spokojeni, řekla mluvčí firmy.",  # own aim, nothing wanted of them
    "Rodina hledá pomoc pro nemocného syna.",  # no one named to help
    "Soud mu uložil podmínku na tři roky.",  # a suspended sentence
])
def test_requests_cs_round19_no_request(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline_events(pipeline, text, "cs") if e.type == "REQUEST"]


def test_requests_cs_round19_foreign_help_has_no_home_counterpart(pipeline: Pipeline) -> None:
    """'žádal o zahraniční pomoc': help sought abroad is not asked of the home country (grammar key foreign_marks);
    the bare 'požádal o pomoc' of a domestic body keeps its home counterpart."""
    foreign = pipeline_events(pipeline, "Ministr vnitra požádal o zahraniční pomoc.", "cs")
    assert ("REQUEST", "CZE", "CZE") not in country_triples(foreign)
    home = pipeline_events(pipeline, "Ministr vnitra požádal o pomoc.", "cs")
    assert ("REQUEST", "CZE", "CZE") in country_triples(home)


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Hygienici varují obyvatele před koupáním v přehradě.", "cs", ("REQUEST", "CZE", "CZE")),
    ("Policie varovala řidiče před náledím.", "cs", ("REQUEST", "CZE", "CZE")),
    ("Lékaři varovali rodiče před podáváním antibiotik dětem bez předpisu.", "cs", ("REQUEST", "CZE", "CZE")),
    ("The CDC has warned citizens against smoking e-cigarette products until more is known.", "en",
     ("REQUEST", "USA", "USA")),
    ("Rusko varovalo Ukrajinu před útokem.", "cs", ("THREATEN", "RUS", "UKR")),  # a state warned: a threat
])
def test_requests_cs_round19_warning_against_a_thing_is_advice(
        pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str]) -> None:
    """A warning to people (no state or public body) against a thing, not an actor, is advice: a request of the warned
    (precision_frames.advice; it was dropped as a warning without a threat, or a threat in en)."""
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


def test_requests_cs_round19_warning_to_no_one_stays_quiet(pipeline: Pipeline) -> None:
    """'Meteorologové varují před bouřkami' names no one warned: no request, no threat (as before)."""
    assert pipeline_events(pipeline, "Meteorologové varují před silnými bouřkami.", "cs") == []


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Odbory budou stávkovat, dokud vláda nezvýší platy učitelů.", "cs", ("REQUEST", "CZE", "CZE")),
    ("„Nepřestaneme protestovat, dokud ministr zdravotnictví neodstoupí,“ řekl předseda lékařské komory.", "cs",
     ("REQUEST", "CZE", "CZE")),
    ("Izrael nezastaví útoky, dokud Hamás nepropustí všechna rukojmí.", "cs", ("REQUEST", "ISR", "PSE")),
    ("„Naše výzvy nepřestanou, dokud vláda nezmění zákon,“ napsal předseda odborů.", "cs", ("REQUEST", "CZE", "CZE")),
    ("The unions will strike until the Czech government raises teachers' pay.", "en", ("REQUEST", "CZE", "CZE")),
])
def test_requests_cs_round19_condition_is_a_demand(
        pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str]) -> None:
    """An act another actor is to do before the source stops or gives in ('dokud vláda nezvýší', 'until the
    government raises') is the source's demand on it (demands.condition; grammar keys condition_marks/_negated)."""
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Pacienti čekali na chodbě, dokud lékař nepřišel.", "cs"),  # a narrative of the past
    ("Hasiči zůstali na místě, dokud policie neuzavřela silnici.", "cs"),
    ("Firma se nebude k případu vyjadřovat, dokud soud nerozhodne.", "cs"),  # a wait, no pressure held out
    ("The company will not comment until the court decides.", "en"),
    ("The patients waited until the doctor arrived.", "en"),
])
def test_requests_cs_round19_wait_or_past_until_is_no_condition(pipeline: Pipeline, text: str, lang: str) -> None:
    assert not [e for e in pipeline_events(pipeline, text, lang) if e.type == "REQUEST"]


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Evropská komise stanovila konec června jako poslední termín, do kterého musí Polsko změnit zákon o soudech.",
     "cs", ("THREATEN", "IGOEUR", "POL")),
    ("Ministerstvo dalo firmě lhůtu do konce měsíce, aby odstranila nedostatky.", "cs", ("THREATEN", "CZE", "CZE")),
    ("The European Commission set a June 30 deadline for Poland to change its judicial law.", "en",
     ("THREATEN", "IGOEUR", "POL")),
])
def test_requests_cs_round19_deadline_is_set_for_the_clause_subject(
        pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str]) -> None:
    """A deadline (ultimatum 139, the gold's REQUEST|THREATEN) is set for the subject of the clause on the deadline
    noun ('termín, do kterého musí Polsko', 'a deadline for Poland to'), also when the noun is a predicative ('jako
    poslední termín'; complements.deadline_targets, matching PREDICATIVE_OBJECT_TYPES)."""
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "triple"), [
    ("Americký prezident kritizoval Rusko a řekl spojencům v NATO, že by měli zvýšit výdaje na obranu.",
     ("REQUEST", "USA", "IGONAT")),
    ("Francouzský prezident řekl Němcům, že by měli víc investovat.", ("REQUEST", "FRA", "DEU")),
])
def test_requests_cs_round19_obligation_told_to_the_addressee(
        pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """'řekl X, že by měli ...': the dropped subject of a reported obligation is the dative addressee when the
    predicate agrees with it in number and not with the reporter; the clause the parser hangs on a noun of the
    addressee's phrase and a reporting verb conjoined to another verb keep their reporter (demands.reported_by)."""
    assert triple in country_triples(pipeline_events(pipeline, text, "cs"))


@pytest.mark.parametrize("text", [
    "Ministr řekl novinářům, že musí odstoupit.",  # he must: the reporter, not the addressee
    "Starosta řekl novinářům, že by měl odstoupit.",
])
def test_requests_cs_round19_own_obligation_is_no_demand_on_the_addressee(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline_events(pipeline, text, "cs") if e.type == "REQUEST"]


@pytest.mark.parametrize(("text", "triple"), [
    ("The United States pressured China into opening its markets.", ("REQUEST", "USA", "CHN")),
    ("Washington is pressuring Tehran to return to the nuclear deal.", ("REQUEST", "USA", "IRN")),
])
def test_requests_cs_round19_en_pressuring_is_a_demand(
        pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """en 'pressure X (into/to ...)' is a demand (100, as cs 'vyvíjet tlak na X'), not PETRARCH's bare COERCE 170."""
    assert triple in country_triples(pipeline_events(pipeline, text, "en"))
