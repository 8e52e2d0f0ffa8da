"""English lexicon breadth for ordinary domestic news (session 6, lex-en): approvals, annulments, acquittals,
labour strikes, dismissals, police searches and appeals for witnesses, crackdowns on gangs, dispersals, sentences
handed down, money allocated, condolences and praise, mirroring the Czech lexicon's entries (schválit, zrušit
rozhodnutí, odvolat z funkce, prohledat, rozehnat, udělit trest, vyčlenit peníze, vyslovit soustrast);
data/en/verbs_extra.json."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import dated_events as events
from events_support import fired

from kronika import Pipeline

# Two sentences that make the Czech Republic the article's clear home (a domestic report).
CZ = "The Czech government met in Prague on Monday. Czech ministers discussed the economy in Prague. "


def test_events_en_lexicon_domestic_approval_names_its_party(pipeline: Pipeline) -> None:
    """Session 27: a bare approval of a budget names no party (no implicit home counterpart); an owner named is one."""
    assert not fired(pipeline, CZ + "The Czech government approved the budget for next year.", "approved")
    (e,) = fired(pipeline, "The Polish government approved the Czech company's investment in Warsaw.", "approved")
    assert (e.type, e.cameo) == ("AGREE", "030") and e.rule.startswith("en-kr-approve-030")
    assert triples([e]) == {("AGREE", "POL", "CZE")}


def test_events_en_lexicon_domestic_court_annulment_is_reject_not_attack(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, CZ + "The Czech Constitutional Court struck down the law.", "struck")
    assert (e.type, e.cameo) == ("REJECT", "120")  # was ASSAULT 190 through PETRARCH's bare 'strike'
    (o,) = fired(pipeline, CZ + "The Czech Supreme Court overturned the verdict.", "overturned")
    assert triples([o]) == {("REJECT", "CZE", "CZE")}


def test_events_en_lexicon_domestic_dismissal_of_an_official_is_coerce(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "The Czech government dismissed the police chief.")
    assert (e.type, e.cameo) == ("COERCE", "172")  # was ACCUSE 110 (PETRARCH's bare 'dismiss')
    (f,) = events(pipeline, "The US president fired the FBI director.")
    assert (f.type, f.cameo) == ("COERCE", "172")
    assert triples(events(pipeline, "The Czech government dismissed the accusations of the opposition.")) != \
        {("COERCE", "CZE", "CZE")}


def test_events_en_lexicon_domestic_police_search_and_witness_appeal(pipeline: Pipeline) -> None:
    (s,) = events(pipeline, "British police searched the house of the suspect.")
    assert (s.type, s.cameo) == ("COERCE", "171")
    (w,) = events(pipeline, "The Czech police are looking for witnesses.")
    assert (w.type, w.cameo) == ("REQUEST", "020")
    assert triples([w]) == {("REQUEST", "CZE", "CZE")}


def test_events_en_lexicon_domestic_crackdown_on_gangs_and_dispersal(pipeline: Pipeline) -> None:
    (g,) = events(pipeline, "The Czech police dismantled a gang of car thieves.")
    assert (g.type, g.cameo) == ("COERCE", "170")
    (r,) = events(pipeline, "The Czech police broke up a drug ring.")
    assert r.type == "COERCE" and r.rule.startswith("en-kr-break-up-170")
    (d,) = events(pipeline, "British police dispersed the protesters.")
    assert (d.type, d.cameo) == ("ASSAULT", "175")
    assert events(pipeline, "The fog dispersed in the morning.") == []


def test_events_en_lexicon_domestic_sentence_handed_down_is_a_conviction(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, "The Czech court handed the man a three-year sentence.", "handed")
    assert (e.type, e.cameo) == ("SANCTION", "116")
    assert triples([e]) == {("SANCTION", "CZE", "CZE")}


def test_events_en_lexicon_domestic_money_condolences_praise_handover(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The Czech government earmarked money for Ukraine.")) == {("AID", "CZE", "UKR")}
    (c,) = events(pipeline, "The Czech government sent condolences to Slovakia.")
    assert (c.type, c.cameo) == ("SUPPORT", "018") and triples([c]) == {("SUPPORT", "CZE", "SVK")}
    (p,) = events(pipeline, "The Czech president heaped praise on the Slovak president.")
    assert (p.type, p.cameo) == ("SUPPORT", "051") and triples([p]) == {("SUPPORT", "CZE", "SVK")}
    (h,) = events(pipeline, "The Czech police turned the case over to prosecutors.")
    assert (h.type, h.cameo) == ("COOPERATE", "063")
    assert events(pipeline, "The Czech driver turned the car over on the motorway.") == []


def test_events_en_lexicon_domestic_labour_strike_is_protest_not_attack(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Czech doctors struck over pay on Monday.")
    assert (e.type, e.cameo) == ("PROTEST", "143")  # was ASSAULT 190 through PETRARCH's bare 'strike'
    (c,) = events(pipeline, "The Czech court cleared the former minister of all charges.")
    assert (c.type, c.cameo) == ("CONCEDE", "081")


def test_events_en_lexicon_domestic_rallying_resources_is_no_protest(pipeline: Pipeline) -> None:
    assert events(pipeline, "The Czech company is rallying company resources to fight the pandemic.") == []
    (r,) = events(pipeline, "Thousands of Czechs rallied against the Czech government in Prague.")
    assert r.type == "PROTEST"


def test_events_en_lexicon_domestic_issued_ban_is_coerce(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "The Czech Office for Competition Protection issued a ban on the contract.")
    assert (e.type, e.cameo) == ("COERCE", "172")


def test_events_en_lexicon_domestic_quizzing_suspects_and_scrapping_plans(pipeline: Pipeline) -> None:
    uk = "British police said on Monday. "
    (q,) = fired(pipeline, uk + "British detectives quizzed the suspect in London.", "quizzed")
    assert (q.type, q.cameo) == ("ACCUSE", "090") and triples([q]) == {("ACCUSE", "GBR", "GBR")}
    (s,) = fired(pipeline, uk + "The British government scrapped the plan.", "scrapped")
    assert (s.type, s.cameo) == ("REJECT", "120") and triples([s]) == {("REJECT", "GBR", "GBR")}
