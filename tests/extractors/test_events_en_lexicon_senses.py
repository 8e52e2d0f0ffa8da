"""English lexicon senses and recall found on unseen ordinary news (session 7, lexen): figurative, sport and
business senses that fired as events (struck the post, trade places, set up limits, monitored elections, slams the
brakes, contested for seats, gave an opinion in the family), and dismissals, legal challenges and demands news gold
codes (downplayed, rubbished, disputed the figures, contested the verdict, sought the death penalty, sought an
explanation from X, cleared of charges, penalised, lobbied, freed); data/en/verbs_extra.json."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import dated_events as events
from events_support import fired

from kronika import Pipeline

# Two sentences that make Britain the article's clear home (a domestic report).
GB = "The British government met in London on Monday. British ministers discussed the economy in London. "


def test_events_en_lexicon_senses_sport_and_business_objects_code_nothing(pipeline: Pipeline) -> None:
    assert fired(pipeline, GB + "The British striker struck the post twice.", "struck") == []
    assert fired(pipeline, GB + "The British bank hit its profit target.", "hit") == []
    assert fired(pipeline, GB + "The US firm attacked the market with a cheaper phone.", "attacked") == []
    assert fired(pipeline, GB + "British parents can set up weekly limits for their children.", "set") == []
    (a,) = fired(pipeline, "The Chinese army attacked the Indian positions.", "attacked")
    assert a.type == "ASSAULT"


def test_events_en_lexicon_senses_figurative_verbs_code_nothing(pipeline: Pipeline) -> None:
    assert fired(pipeline, GB + "The British Chamber monitored elections carefully.", "monitored") == []
    assert fired(pipeline, GB + "The British market slams brakes on unprofitable companies.", "slams") == []
    assert fired(pipeline, GB + "British men contested for 28 municipal positions.", "contested") == []
    assert fired(pipeline, GB + "We'll push our abilities right to the edge, the British team said.", "push") == []
    (g,) = fired(pipeline, GB + "The British government gave in to the demands of the unions.", "gave")
    assert (g.type, g.cameo) == ("CONCEDE", "080")


def test_events_en_lexicon_senses_downplaying_and_rubbishing_are_reject(pipeline: Pipeline) -> None:
    (d,) = fired(pipeline, "The British minister downplayed the threat from Russia.", "downplayed")
    assert (d.type, d.cameo) == ("REJECT", "016") and triples([d]) == {("REJECT", "GBR", "RUS")}
    (r,) = fired(pipeline, GB + "The British government rubbished the claims.", "rubbished")
    assert r.type == "REJECT"
    (f,) = fired(pipeline, GB + "The British minister disputed the figures.", "disputed")
    assert f.type == "REJECT"


def test_events_en_lexicon_senses_legal_challenge_is_reject(pipeline: Pipeline) -> None:
    (c,) = fired(pipeline, GB + "The British company is contesting the verdict.", "contesting")
    assert (c.type, c.cameo) == ("REJECT", "120")
    (h,) = fired(pipeline, GB + "The British opposition challenged the decision in court.", "challenged")
    assert h.type == "REJECT"


def test_events_en_lexicon_senses_sought_penalty_and_explanation_are_requests(pipeline: Pipeline) -> None:
    (p,) = fired(pipeline, "US prosecutors are seeking the death penalty.", "seeking")
    assert (p.type, p.cameo) == ("REQUEST", "100")  # was COERCE 173 for 'seek a sentence'
    (x,) = fired(pipeline, "The British minister sought an explanation from the police.", "sought")
    assert triples([x]) == {("REQUEST", "GBR", "GBR")}


def test_events_en_lexicon_senses_court_and_regulator_acts(pipeline: Pipeline) -> None:
    (c,) = fired(pipeline, "The British court cleared the opposition of all charges.", "cleared")
    assert (c.type, c.cameo) == ("CONCEDE", "081")
    (p,) = fired(pipeline, "The British regulator penalised the bank.", "penalised")
    assert p.type == "COERCE"
    (lo,) = fired(pipeline, "British farmers lobbied the government.", "lobbied")
    assert triples([lo]) == {("REQUEST", "GBR", "GBR")}


def test_events_en_lexicon_senses_agentless_charges_and_bans_are_the_home_court(pipeline: Pipeline) -> None:
    text = ("A third man has been arrested and charged with drug offences in Los Angeles. US police said the man was "
            "a dealer. He lives in Los Angeles.")
    got = {(e.trigger, e.type, e.source.code if e.source else None) for e in events(pipeline, text)}
    assert ("charged", "ACCUSE", "USAJUD") in got  # was source None ('unnamed agent')
    ban = ("A British woman was banned for life from keeping animals. She lives in Wales, Britain. The British woman "
           "was ordered to pay costs.")
    got = {(e.trigger, e.type, e.source.code if e.source else None) for e in events(pipeline, ban)}
    assert ("banned", "COERCE", "GBRJUD") in got and ("ordered", "SANCTION", "GBRJUD") in got  # to pay: liable


def test_events_en_lexicon_senses_broken_law_and_accepted_decisions(pipeline: Pipeline) -> None:
    (b,) = fired(pipeline, GB + "The British minister violated the lockdown.", "violated")
    assert (b.type, b.cameo) == ("REJECT", "128")
    (n,) = fired(pipeline, GB + "The British opposition will not accept the decision.", "accept")
    assert n.type == "REJECT"  # a negated agreement is a refusal
    (a,) = fired(pipeline, GB + "The British union accepted the pay offer.", "accepted")
    assert a.type == "AGREE"
    (p,) = fired(pipeline, GB + "The British police issued an appeal for information.", "issued")
    assert (p.type, p.cameo) == ("REQUEST", "020")
    # a ceasefire agreement violated stays PETRARCH's ceasefire reading, not a broken law
    assert all(e.cameo != "128" for e in fired(
        pipeline, "The Philippine military is guilty of violating the ceasefire agreement.", "violating"))


def test_events_en_lexicon_senses_concern_over_an_actor_is_disapproval(pipeline: Pipeline) -> None:
    (c,) = fired(pipeline, "The British government expressed concern over the Chinese decision.", "expressed")
    assert (c.type, c.cameo) == ("ACCUSE", "110") and triples([c]) == {("ACCUSE", "GBR", "CHN")}
    (v,) = fired(pipeline, "The British union voiced concerns over the plan of the government.", "voiced")
    assert triples([v]) == {("ACCUSE", "GBR", "GBR")}  # was a statement (PETRARCH 012)


def test_events_en_lexicon_senses_rebuttals_and_talks(pipeline: Pipeline) -> None:
    (r,) = fired(pipeline, "The British minister rebutted the claims of the opposition.", "rebutted")
    assert r.type == "REJECT"
    (s,) = fired(pipeline, "The British government sat down with the unions.", "sat")
    assert triples([s]) == {("CONSULT", "GBR", "GBR")}


def test_events_en_lexicon_senses_upheld_convictions_and_caving_in(pipeline: Pipeline) -> None:
    (u,) = fired(pipeline, "The British court upheld the conviction of the minister.", "upheld")
    assert (u.type, u.cameo) == ("SANCTION", "116") and triples([u]) == {("SANCTION", "GBR", "GBR")}
    (c,) = fired(pipeline, "The British government caved in to pressure from the unions.", "caved")
    assert triples([c]) == {("CONCEDE", "GBR", "GBR")}
    # 'rule' keeps no object-less refusal reading: 'Taliban ruled Afghanistan has been sharing expertise' is an act
    assert fired(pipeline, "Taliban ruled Afghanistan has been sharing expertise with the Tamil Tigers.", "sharing")


def test_events_en_lexicon_senses_keeping_an_eye_and_offering_products(pipeline: Pipeline) -> None:
    text = "By keeping the inquiry focused, US leaders hope to keep the caucus unified -- with an eye to the moderates."
    assert fired(pipeline, text, "keep") == []  # PETRARCH's 'keep ... eye' matched any eye under keep
    (k,) = fired(pipeline, "The British police are keeping an eye on the Russian spies.", "keeping")
    assert triples([k]) == {("ACCUSE", "GBR", "RUS")}
    assert fired(pipeline, GB + "In reality, the British coin offers no tangible utility or value.", "offers") == []


def test_events_en_lexicon_senses_halting_a_procedure_is_reject(pipeline: Pipeline) -> None:
    (h,) = fired(pipeline, GB + "The British council halted the construction of the bridge.", "halted")
    assert (h.type, h.cameo) == ("REJECT", "120")
    # 'stopped work ... over a bill' is a strike, not a halted bill (plover-gsr)
    text = "Some 500,000 Serbian workers stopped work on Monday over a controversial employment bill."
    assert all(e.type != "REJECT" for e in fired(pipeline, text, "stopped"))
