"""Precision rules of precision_frames.py (unseen ordinary news, session 5): a warning against a thing or about what
a thing will do is no threat, a law allows nothing, a refusal verb with nothing refused is another sense, a journey
to a home or a field is no visit. Real lexicons and grammar, hand-made text."""

from __future__ import annotations

import pytest
from events_support import country_triples, dropped, events, pipeline_events, triples

from kronika import Pipeline, Settings

_FULL: list[Pipeline] = []


@pytest.mark.parametrize(("text", "lang", "why"), [
    ("Lékaři z Polska varovali občany před kouřením elektronických cigaret.", "cs", "warning against a thing"),
    ("Polish doctors warned people against vaping.", "en", "warning against a thing"),
    ("Odborníci z Polska varují, že nepříznivé počasí může vést k výpadkům proudu.", "cs", "forecast"),
    ("Experts in Poland warned that the bad weather could lead to power cuts.", "en", "forecast"),
])
def test_precision_frames_warning_without_threat(text: str, lang: str, why: str) -> None:
    """Advice against a thing and a forecast about a thing are no THREATEN."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "THREATEN"]
    assert any(why in r for r in dropped(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Rusko varovalo Ukrajinu před útokem na Krym.", "cs"),
    ("Russia warned Ukraine against any attack on Crimea.", "en"),
])
def test_precision_frames_warning_to_a_state_stays(text: str, lang: str) -> None:
    """A state warned against an act is threatened."""
    assert ("THREATEN", "RUS", "UKR") in triples(events(text, lang))


def test_precision_frames_warning_with_obligation_is_no_forecast() -> None:
    """'varovalo, že spolupráce nesmí pokračovat' says what must not happen: not dropped as a forecast."""
    assert not any("forecast" in r for r in dropped("Polsko varovalo, že spolupráce s Ruskem nesmí pokračovat.", "cs"))


def test_precision_frames_law_allows_nothing() -> None:
    """'The Income Tax Act allows companies to pay' grants nothing; a state allowing a state stays."""
    text = "Poland changed the rules. The Income Tax Act allows companies to pay half of the value."
    assert not [t for t in triples(events(text, "en")) if t[0] == "CONCEDE"]
    assert any("a thing, not an actor, allows" in r for r in dropped(text, "en"))
    assert ("CONCEDE", "RUS", "UKR") in triples(events("Russia allowed Ukraine to export its grain.", "en"))


def test_precision_frames_nothing_refused() -> None:
    """'It was then declining' (a figure) refuses nothing; 'refused to withdraw' stays a REJECT."""
    text = "Germany's birth rate rose in 1990. It was then declining, and in 2000 it dropped to 1.1."
    assert not [t for t in triples(events(text, "en")) if t[0] == "REJECT"]
    assert any("nothing refused" in r for r in dropped(text, "en"))
    assert ("REJECT", "RUS", "-") in triples(events("Russia refused to withdraw its troops.", "en"))


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("Polská vláda naléhala na ukrajinského ministra, aby dohodu podepsal, ale odmítl.", "cs", "UKR"),
    ("The Polish government urged the Ukrainian minister to sign the deal, but he refused.", "en", "UKR"),
    ("Polská vláda v pondělí požádala Německo o vydání podezřelého, ale Berlín odmítl.", "cs", "DEU"),
    ("Poland asked Germany to extradite the suspect, but Berlin refused.", "en", "DEU"),
])
def test_precision_frames_refused_request(pipeline: Pipeline, text: str, lang: str, source: str) -> None:
    """'asked X to sign, but (X) refused': the one asked rejects the request of the one asking, not a bare verb."""
    found = country_triples(pipeline_events(pipeline, text, lang))
    assert ("REJECT", source, "POL") in found
    assert not [t for t in found if t[0] == "REJECT" and t[1] == "POL"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Polish exports rose in March, but then declined.", "en"),
    ("Ukrajinská policie na ni vyvíjela nátlak, aby přijala prohlášení vlády, ale odmítla.", "cs"),
])
def test_precision_frames_refusal_of_no_named_request(pipeline: Pipeline, text: str, lang: str) -> None:
    """A bare refusal verb after no request, or after one that names nobody asked, still refuses nothing."""
    doc = pipeline({"id": "t", "text": text, "lang": lang})
    assert not [e for e in doc.events if e.type == "REJECT"]
    assert any("nothing refused" in str(r["reason"]) for r in doc.meta["events_dropped"])


@pytest.mark.parametrize(("text", "lang"), [
    ("A man from Poland went to the family home of his former wife.", "en"),
    ("Žena z Polska se vydala na cestu napříč polem.", "cs"),
])
def test_precision_frames_journey_is_no_visit(text: str, lang: str) -> None:
    """A motion verb to a home, a field or a road is a journey, not CONSULT/visit."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "CONSULT"]
    assert any("a journey to" in r for r in dropped(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin went to Poland on Monday.", "en"),
    ("Putin přijel v pondělí do Polska.", "cs"),
])
def test_precision_frames_visit_to_a_state_stays(text: str, lang: str) -> None:
    """A motion verb to a state is still a visit."""
    assert [t for t in triples(events(text, lang)) if t[0] == "CONSULT" and t[2] == "POL"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Lavina v lyžařském středisku v Polsku zabila jednoho muže.", "cs"),
    ("Ničivé požáry, s nimiž se Polsko potýká, zabily tři lidi.", "cs"),
    ("An avalanche at a ski resort in Poland killed one man.", "en"),
])
def test_precision_frames_natural_force_is_no_attack(text: str, lang: str) -> None:
    """An avalanche, a fire or a storm kills, no actor attacks: no ASSAULT (the place is not the attacker)."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "ASSAULT"]
    assert any("natural force" in r for r in dropped(text, lang))


def test_precision_frames_person_still_attacks() -> None:
    """A state's army that kills stays an attack."""
    assert ("ASSAULT", "RUS", "UKR") in triples(events("Russia killed ten civilians in Ukraine.", "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Muž z Polska může být odsouzen až na deset let.", "cs"),
    ("Two men from Poland could be sentenced to three years if found guilty.", "en"),
])
def test_precision_frames_possible_penalty_is_no_event(text: str, lang: str) -> None:
    """An agentless passive under 'could/may/moci' is a possible penalty: no event at all."""
    assert not events(text, lang)
    assert any("a possible act with no agent" in r for r in dropped(text, lang))


def test_precision_frames_actual_sentence_stays() -> None:
    """A sentence that was passed is not touched by the possibility rule."""
    assert not any("a possible act" in r for r in dropped("Muž z Polska byl odsouzen na deset let.", "cs"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Polsko v kvalifikaci prohrálo s Ruskem, ale v odvetném utkání zaútočilo na Rusko.", "cs"),
    ("Poland lost to Russia in the qualifier, but attacked Russia in the return match.", "en"),
])
def test_precision_frames_sport_sentence_is_no_event(text: str, lang: str) -> None:
    """'attacked Russia in the return match': a game between national teams, no ASSAULT."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "ASSAULT"]
    assert any("sports competition" in r for r in dropped(text, lang))


def test_precision_frames_sport_sentence_with_police_stays() -> None:
    """Police acting around a match keep their events (hooligans arrested after the match)."""
    if not _FULL:
        _FULL.append(Pipeline(Settings.load()))
    doc = _FULL[0]({"id": "t", "text": "Polish police arrested fans from Russia after the match.", "lang": "en"})
    assert not any("sports competition" in str(r["reason"]) for r in doc.meta["events_dropped"])


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin mluví s redaktorkou ruské televize.", "cs"),
    ("Putin spoke to the nation on Monday.", "en"),
])
def test_precision_frames_interview_is_no_consultation(text: str, lang: str) -> None:
    """A talk with a journalist or to the nation is an interview or an address, not CONSULT."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "CONSULT"]
    assert any("media or an audience" in r for r in dropped(text, lang))


def test_precision_frames_talk_between_states_stays() -> None:
    """A talk between two leaders is still a consultation."""
    assert [t for t in triples(events("Putin spoke to Macron on Monday.", "en")) if t[0] == "CONSULT"]


def test_precision_frames_agreeing_that_is_an_opinion() -> None:
    """'agreed that the talks had been useful' is an opinion; agreeing to act or with a partner stays AGREE."""
    text = "Russia agreed that the talks had been useful."
    assert not [t for t in triples(events(text, "en")) if t[0] == "AGREE"]
    assert any("an opinion" in r for r in dropped(text, "en"))
    assert ("AGREE", "RUS", "-") in triples(events("Russia agreed that it would withdraw its troops.", "en"))
    with_partner = "Russia agreed with Ukraine that the talks should continue."
    assert ("AGREE", "RUS", "UKR") in triples(events(with_partner, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("A girl from Poland urged her parents to vote for the senator.", "en"),
    ("Muž z Polska spolupracoval na albu se svým synem.", "cs"),
    ("Muž z Polska vtipkoval, že ho přátelé a rodina prosili, aby zhubl.", "cs"),  # a relative asks one of theirs
    ("The family of a Polish man asked him to lose weight.", "en"),
    ("Její otec se o budoucnost trochu obával a doporučoval jí, aby šla do Prahy.", "cs"),  # a conjunct's subject
])
def test_precision_frames_own_family_is_private_life(text: str, lang: str) -> None:
    """Requests and cooperation within one's own family are private life: no event."""
    assert not events(text, lang)
    assert any("own family" in r for r in dropped(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin had dinner with his family on Sunday.", "en"),  # the meal's partner hangs on the light noun
    ("Putin met with his family on Sunday.", "en"),  # a public person's own relative ('his', not 'their')
    ("Premiér Babiš povečeřel se svou rodinou.", "cs"),
])
def test_precision_frames_public_person_with_own_family_is_private_life(text: str, lang: str) -> None:
    """A politician's meal or meeting with his own family is private life, not a consultation."""
    assert not events(text, lang)
    assert any("own family" in r for r in dropped(text, lang))


def test_precision_frames_meal_with_a_leader_stays(pipeline: Pipeline) -> None:
    """'had lunch with Merkel' is a meeting: CONSULT FRA -> DEU."""
    evs = pipeline_events(pipeline, "Macron had lunch with Merkel in Paris.", "en")
    assert ("CONSULT", "FRA", "DEU") in country_triples(evs)


@pytest.mark.parametrize(("text", "lang"), [
    ("At a memorial for her family in Boston, the mayor thanked the community for its support.", "en"),
    ("Při pietní vzpomínce na svoji rodinu starostka poděkovala komunitě za podporu.", "cs"),
])
def test_precision_frames_family_elsewhere_in_the_sentence_is_no_partner(text: str, lang: str) -> None:
    """Only a relative who is the act's partner makes it private: not one named in a place or time phrase."""
    assert not any("own family" in r for r in dropped(text, lang))


def test_precision_frames_family_asking_a_body_stays(pipeline: Pipeline) -> None:
    """A family that turns to a public body is no private life: 'Rodina oběti vyzvala policii' codes a REQUEST."""
    doc = pipeline({"id": "t", "text": "Rodina oběti vyzvala policii, aby případ vyšetřila.", "lang": "cs"})
    assert [(e.type, e.source.code if e.source else None) for e in doc.events] == [("REQUEST", "CZECVL")]


def test_precision_frames_state_helping_families_stays() -> None:
    """A state that helps someone's families is not private life."""
    assert not any("own family" in r for r in dropped("Poland helped their families with money.", "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Studie z Polska zkoumala celkem 1 400 mužů, kteří se léčili s rakovinou.", "cs"),
    ("A study from Poland examined 1,400 men treated for cancer.", "en"),
])
def test_precision_frames_study_is_no_investigation(text: str, lang: str) -> None:
    """A study that examines people is research, not INVESTIGATE (ACCUSE 09x)."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The man from Poland was planning to drive to her home and kill them.", "en"),
    ("Muž z Polska chtěl zabít svou ženu.", "cs"),
])
def test_precision_frames_private_plan_is_no_event(text: str, lang: str) -> None:
    """A private person's plan or wish to kill is not done and is no threat."""
    assert not [t for t in triples(events(text, lang)) if t[0] in {"ASSAULT", "THREATEN"}]
    assert any("planned or wanted" in r for r in dropped(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia is planning to attack Ukraine.", "en"),
    ("Rusko plánuje zaútočit na Ukrajinu.", "cs"),
])
def test_precision_frames_state_plan_stays_a_threat(text: str, lang: str) -> None:
    """A state's plan to attack stays THREATEN."""
    assert ("THREATEN", "RUS", "UKR") in triples(events(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("The Polish health minister lamented that rabies had become a global burden.", "en"),
    ("Some Polish women later regret their decision.", "en"),
])
def test_precision_frames_regret_about_a_situation_is_no_accusation(text: str, lang: str) -> None:
    """Regret that names no actor in its complements disapproves of nobody."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "ACCUSE"]
    assert any("regret about a situation" in r for r in dropped(text, lang))


def test_precision_frames_regret_about_an_actor_stays() -> None:
    """Regretting what a state did names the state: the rule does not apply."""
    text = "The Polish minister lamented that Russia had expelled the diplomats."
    assert not any("regret about a situation" in r for r in dropped(text, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Český ministr trvá na tom, že jeho postup je v souladu se zákonem.", "cs"),
    ("The Czech minister insisted that he was innocent.", "en"),
])
def test_precision_frames_insisting_that_something_is_so_is_no_demand(text: str, lang: str) -> None:
    """An indicative content clause with no modal after an insist verb is an assertion."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "REQUEST"]
    assert any("an assertion" in r for r in dropped(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Český ministr trval na tom, aby vláda odstoupila.", "cs"),
    ("Český ministr trval na tom, že vláda musí odstoupit.", "cs"),
    ("The Czech minister insisted that the Czech government be dissolved.", "en"),
    ("The Czech minister insisted that the government must resign.", "en"),
])
def test_precision_frames_insisting_on_an_act_stays_a_demand(text: str, lang: str) -> None:
    """A demand conjunction, a modal or a subjunctive keeps the demand reading."""
    assert not any("an assertion" in r for r in dropped(text, lang))


def test_precision_frames_being_convinced_is_no_persuasion() -> None:
    """'Jsme přesvědčeni, že ...' is a belief: an agentless passive of a persuasion verb with no infinitive."""
    text = "„Jsme pevně přesvědčeni, že dalším krokem bude zapojit policii,“ uvedla česká firma."
    assert not [t for t in triples(events(text, "cs")) if t[0] == "REQUEST"]
    assert any("being convinced" in r for r in dropped(text, "cs"))


def test_precision_frames_a_named_persuader_stays() -> None:
    """A passive that names the persuader is a persuasion: the rule does not apply."""
    text = "Česká vláda byla přesvědčena Polskem, aby podepsala smlouvu."
    assert not any("being convinced" in r for r in dropped(text, "cs"))
