"""English lexicon word senses and phrasal entries (data/en/verbs_extra.json) on hand-made sentences."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_lexicon_en_senses_moving_to_a_place_is_no_mobilisation(pipeline: Pipeline) -> None:
    assert events(pipeline, "Thousands of Syrian families moved to Turkey last year.") == []
    assert events(pipeline, "The Polish company moved to Berlin in 2010.") == []
    assert triples(events(pipeline, "Russia moved troops to the Ukrainian border.")) == {("MOBILIZE", "RUS", "UKR")}


def test_lexicon_en_senses_taking_measures_is_no_mobilisation(pipeline: Pipeline) -> None:
    assert events(pipeline, "The Spanish government took measures to curb inflation.") == []
    assert triples(events(pipeline, "Russia took up positions near the Ukrainian border.")) == {
        ("MOBILIZE", "RUS", "UKR")}


def test_lexicon_en_senses_combating_needs_an_actor_to_fight(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "lang": "en",
                    "text": "The Indian government has pledged to combat the impact of the floods."})
    assert [e for e in doc.events if e.type == "ASSAULT"] == []
    evs = events(pipeline, "Iraqi forces combat Islamic State militants near Mosul.")
    assert [(e.type, e.source and e.source.code) for e in evs] == [("ASSAULT", "IRQMIL")]


def test_lexicon_en_senses_killing_a_bill_is_a_veto_not_an_attack(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "The German president killed the Polish bill.")
    assert (e.type, e.cameo) == ("REJECT", "129")
    assert triples(events(pipeline, "The Russian mafia killed two Italian journalists.")) == {("ASSAULT", "RUS", "ITA")}


def test_lexicon_en_senses_calling_the_police_on_a_line_is_no_appeal(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Polish woman called the police on the emergency line.")
    assert "REQUEST" not in {e.type for e in evs}
    assert triples(events(pipeline, "Germany called on the Hungarian government to respect the rule of law.")) == {
        ("REQUEST", "DEU", "HUN")}


def test_lexicon_en_senses_going_to_court_against_x_is_a_lawsuit_not_a_visit(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Hungarian minister will go to court against the European Commission.")
    assert [(e.type, e.cameo, e.target and e.target.code) for e in evs] == [("ACCUSE", "115", "IGOEUREEC")]
    assert events(pipeline, "The German minister will go to court for tax fraud.") == []


def test_lexicon_en_senses_stripping_x_of_a_title_is_an_administrative_sanction(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Turkish government stripped the German journalist of his accreditation.")
    assert triples(evs) == {("COERCE", "TUR", "DEU")} and evs[0].cameo == "172"
    evs = events(pipeline, "The Polish judge was stripped of her immunity by the Polish parliament.")
    assert [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs] == [
        ("COERCE", "POLLEG", "POLJUD")]


def test_lexicon_en_senses_getting_in_touch_or_making_contact_is_consultation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The French police got in touch with the Spanish police.")
    assert ("CONSULT", "FRA", "ESP") in triples(evs)
    assert ("CONSULT", "CZE", "IRN") in triples(
        events(pipeline, "The Czech embassy made contact with the Iranian authorities."))


def test_lexicon_en_senses_stepping_up_an_event_noun_codes_that_event(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The German government stepped up arrests of Kurdish activists.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "173")]
    assert triples(events(pipeline, "The Turkish police intensified its crackdown on Kurdish journalists.")) == {
        ("COERCE", "TUR", "TUR")}
    assert triples(events(pipeline, "Russia increased pressure on Ukraine.")) == {("REQUEST", "RUS", "UKR")}
    assert triples(events(pipeline, "The Chinese authorities ramped up deportations of North Korean refugees.")) == {
        ("COERCE", "CHN", "PRK")}
    assert triples(events(pipeline, "Iranian students escalated their protests against the Iranian government.")) == {
        ("PROTEST", "IRN", "IRN")}


def test_lexicon_en_senses_stepping_up_without_an_actor_object_codes_nothing(pipeline: Pipeline) -> None:
    assert events(pipeline, "The Spanish government increased its budget.") == []
    assert events(pipeline, "The Polish police stepped up patrols.") == []


def test_lexicon_en_senses_seeking_asylum_in_x_asks_x(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Two Russian journalists applied for asylum in France.")) == {
        ("REQUEST", "RUS", "FRA")}
    assert triples(events(pipeline, "Some 800 Iraqi Kurds sought refuge in Germany last month.")) == {
        ("REQUEST", "IRQ", "DEU")}
    assert triples(events(pipeline, "A Chinese dissident claimed asylum in Britain.")) == {("REQUEST", "CHN", "GBR")}
    assert events(pipeline, "Syrian refugees sought shelter from the rain.") == []


def test_lexicon_en_senses_rounding_up_locking_up_interning_is_detention(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The Turkish police rounded up dozens of Kurdish protesters.")) == {
        ("COERCE", "TUR", "TUR")}
    evs = events(pipeline, "Dozens of Kurdish protesters were rounded up by the Turkish police.")
    assert [(e.cameo, e.source and e.source.code) for e in evs] == [("173", "TURCOP")]
    evs = events(pipeline, "The Chinese authorities locked up Uighur activists.")
    assert triples(evs) == {("COERCE", "CHN", "CHN")}
    assert triples(events(pipeline, "The Australian government interned Japanese civilians.")) == {
        ("COERCE", "AUS", "JPN")}
    assert events(pipeline, "The referee rounded up the players.") == []


def test_lexicon_en_senses_teaming_up_or_partnering_with_x_is_cooperation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Germany teamed up with France to build a new tank.")
    assert ("COOPERATE", "DEU", "FRA") in triples(evs)
    assert triples(events(pipeline, "Poland has partnered with the United States on missile defence.")) == {
        ("COOPERATE", "POL", "USA")}


def test_lexicon_en_senses_taking_aim_or_pointing_the_finger_at_x_accuses_x(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The German chancellor took aim at the Russian president.")) == {
        ("ACCUSE", "DEU", "RUS")}
    assert triples(events(pipeline, "The Ukrainian government pointed the finger at Russia.")) == {
        ("ACCUSE", "UKR", "RUS")}


def test_lexicon_en_senses_brushing_off_criticism_from_x_rejects_x(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Russian president brushed off criticism from the European Union.")
    assert [(e.type, e.target and e.target.code) for e in evs] == [("REJECT", "IGOEUREEC")]


def test_lexicon_en_senses_postponing_a_deadline_is_no_rejection(pipeline: Pipeline) -> None:
    assert events(pipeline, "The Czech government postponed the deadline for bids by three weeks.") == []
    assert triples(events(pipeline, "Iran postponed talks with the European Union.")) == {("SANCTION", "IRN", "IGOEUR")}


def test_lexicon_en_senses_firing_an_official_is_no_attack(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The American president fired the FBI director.")
    assert "ASSAULT" not in {e.type for e in evs}
    assert triples(events(pipeline, "Russian troops fired on Ukrainian positions.")) == {("ASSAULT", "RUS", "UKR")}
    evs = events(pipeline, "Israeli soldiers fired into the Palestinian crowd.")
    assert triples(evs) == {("ASSAULT", "ISR", "PSE")}


def test_lexicon_en_senses_court_verbs_remand_and_revoke(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The Czech court remanded the Slovak businessman in custody.")) == {
        ("COERCE", "CZE", "SVK")}
    assert triples(events(pipeline, "The Russian government revoked the licence of the German broadcaster.")) == {
        ("COERCE", "RUS", "DEU")}
    assert events(pipeline, "The Polish company cancelled its licence.") == []


def test_lexicon_en_senses_pushing_back_is_repelling_or_resisting_not_pressing(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Ukraine's forces pushed back Russian troops.")) == {("ASSAULT", "UKR", "RUS")}
    evs = events(pipeline, "The Polish government pushed back against the European Commission.")
    assert [(e.type, e.target and e.target.code) for e in evs] == [("REJECT", "IGOEUREEC")]
    assert events(pipeline, "The Polish government pushed back the deadline.") == []
    assert ("REQUEST", "DEU", "RUS") in triples(events(pipeline, "Germany pushed Russia to negotiate."))


def test_lexicon_en_senses_targeting_x_with_sanctions_is_a_sanction(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The United States targeted Iranian officials with sanctions.")
    assert triples(evs) == {("SANCTION", "USA", "IRN")}


def test_lexicon_en_senses_tariffs_are_a_sanction_not_coercion_or_a_slap(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The United States imposed tariffs on Chinese goods.")
    assert [(e.type, e.cameo) for e in evs] == [("SANCTION", "163")] and triples(evs) == {("SANCTION", "USA", "CHN")}
    assert triples(events(pipeline, "The EU slapped tariffs on American steel.")) == {("SANCTION", "IGOEUR", "USA")}


def test_lexicon_en_senses_dismissing_criticism_rejects_the_critic(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Czech prime minister dismissed criticism from the Slovak government.")
    assert [(e.type, e.target and e.target.code) for e in evs] == [("REJECT", "SVKGOV")]
    # dismissing an official is a dismissal (COERCE 172, as cs 'odvolat z funkce'), never criticism (PETRARCH 110)
    evs = events(pipeline, "The Czech prime minister dismissed the Czech health minister.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "172")]


def test_lexicon_en_senses_blocking_a_proposal_is_a_rejection_of_its_owner(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The Polish minister blocked the German proposal.")) == {("REJECT", "POL", "DEU")}
    assert triples(events(pipeline, "Russia blocked a UN Security Council resolution on Syria.")) == {
        ("REJECT", "RUS", "IGOUNO")}
    assert triples(events(pipeline, "Hungary blocked the EU sanctions against Russia.")) == {
        ("REJECT", "HUN", "IGOEUR")}
    assert triples(events(pipeline, "Russian troops blocked Ukrainian forces.")) == {("COERCE", "RUS", "UKR")}


def test_lexicon_en_senses_targeting_x_in_a_speech_is_criticism_not_an_attack(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Russian president targeted the Ukrainian government in his speech.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "111")] and triples(evs) == {("ACCUSE", "RUS", "UKR")}
    assert triples(events(pipeline, "Russian missiles targeted Ukrainian cities.")) == {("ASSAULT", "RUS", "UKR")}


def test_lexicon_en_senses_receiving_a_call_from_x_means_x_called(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Czech minister received a call from the German chancellor.")
    assert [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs] == [
        ("CONSULT", "DEUGOV", "CZEGOV")]


def test_lexicon_en_senses_a_police_raid_on_premises_is_a_search_not_military_force(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Turkish police raided the offices of a Kurdish newspaper.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "171")]
    evs = events(pipeline, "The FBI raided the offices of the Russian company.")
    assert triples(evs) == {("COERCE", "USA", "RUS")}
    assert triples(events(pipeline, "Israeli troops raided a Palestinian village.")) == {("ASSAULT", "ISR", "PSE")}


def test_lexicon_en_senses_attending_a_reception_or_church_visits_only_a_named_host(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Czech president attended a reception at the French embassy.")
    assert [(e.type, e.cameo, e.target and e.target.code) for e in evs] == [("CONSULT", "042", "FRAGOV")]
    assert events(pipeline, "The German chancellor attended a youth reception and a concert.") == []
    assert events(pipeline, "The Czech president attended a church service in Warsaw.") == []
    assert events(pipeline, "The son of the Polish minister attends a school in Berlin.") == []
    assert triples(events(pipeline, "The Polish minister attended the NATO summit in Brussels.")) == {
        ("CONSULT", "POL", "IGONAT")}


def test_lexicon_en_senses_quitting_is_a_resignation_only_from_an_office(pipeline: Pipeline) -> None:
    assert events(pipeline, "The British health minister quit smoking last year.") == []
    assert events(pipeline, "The British health minister quit drinking in 2010.") == []
    assert events(pipeline, "The British singer told the audience: \"I think I should quit while I'm ahead.\"") == []
    evs = events(pipeline, "The British health minister quit the government on Monday.")
    assert [(e.type, e.cameo, e.source and e.source.code) for e in evs] == [("CONCEDE", "0831", "GBRGOV")]
    evs = events(pipeline, "The Czech minister of health quit her job.")
    assert [(e.type, e.cameo, e.source and e.source.code) for e in evs] == [("CONCEDE", "0831", "CZEGOV")]


def test_lexicon_en_senses_attacking_someones_credibility_is_criticism(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Polish prime minister attacked the reputation of the German chancellor.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "111")] and triples(evs) == {("ACCUSE", "POL", "DEU")}
    assert events(pipeline, "The president and his supporters attacked the credibility of the whistle-blower.") == []


def test_lexicon_en_senses_ordering_goods_and_obeying_rules_are_no_events(pipeline: Pipeline) -> None:
    # unseen news: 'people have to order it in advance' was a REQUEST (bare 'order' 100), 'stop obeying those rules'
    # an AGREE; a purchase and a personal habit are not acts on an actor (session 6)
    assert events(pipeline, "Czech skiers have to order tickets in advance.") == []
    assert events(pipeline, "The Czech singer decided to stop obeying those rules.") == []
    (e,) = events(pipeline, "The Czech court ordered the Czech company to pay damages.")
    assert (e.type, e.cameo) == ("SANCTION", "116")  # ordered to pay: found liable (session 12)
    (e,) = events(pipeline, "The Czech court ordered the Czech company to stop the works.")
    assert (e.type, e.cameo) == ("REQUEST", "100")


def test_lexicon_en_senses_targeting_consumers_is_no_attack(pipeline: Pipeline) -> None:
    # polnear-dev: 'the Clinton campaign would do well to target ethnic voters' was ASSAULT through 'target'
    assert events(pipeline, "The US campaign targets American voters in Ohio.") == []
    assert events(pipeline, "The Czech bank targets young customers with the new loan.") == []


def test_lexicon_en_senses_demeaning_is_criticism(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The US president repeatedly demeaned Mexican migrants.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "111")] and triples(evs) == {("ACCUSE", "USA", "MEX")}


def test_lexicon_en_senses_verbal_attacks_in_politics_are_criticism(pipeline: Pipeline) -> None:
    # polnear-dev texts: 'pounding Trump as a con artist', 'attacked loopholes' were ASSAULT (bare 'pound', 'attack')
    evs = events(pipeline, "The US senator has been steadily pounding the US president as a con artist.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "111")]
    assert [e.type for e in events(pipeline, "The US president attacked loopholes in the tax law.")] != ["ASSAULT"]
    (m,) = events(pipeline, "The Russian army hit Ukrainian positions over the weekend.")
    assert m.type == "ASSAULT"  # military objects keep the attack


def test_lexicon_en_senses_embezzling_exploiting_and_spending_time_are_no_events(pipeline: Pipeline) -> None:
    assert events(pipeline, "The American developers looted investor funds.") == []
    assert events(pipeline, "American conservative groups had seized on cap-and-trade as a political issue.") == []
    assert events(pipeline, "The American supporter recently spent time in a hospital.") == []
    (s,) = events(pipeline, "Czech police seized drugs on Monday.")
    assert (s.type, s.cameo) == ("COERCE", "1711")


def test_lexicon_en_senses_figurative_force_verbs_are_no_attacks(pipeline: Pipeline) -> None:
    # polnear-dev texts: 'utilities turned to natural gas' (175), 'executed it (a game plan)' (180), 'battled through
    # pneumonia' (190), 'may hit TV ratings gold' (190), 'demonstrate to North Korea that ...' (141) were events
    assert events(pipeline, "American utilities increasingly turned to natural gas.") == []
    assert events(pipeline, "The US senator flawlessly executed the plan.") == []
    assert events(pipeline, "The US governor battled through three bouts of pneumonia.") == []
    assert events(pipeline, "The American doctor may hit TV ratings gold.") == []
    (w,) = events(pipeline, "Egyptian police turned water cannon on the protesters.")
    assert (w.type, w.cameo) == ("ASSAULT", "175")
    (d,) = events(pipeline, "Thousands of Czechs demonstrated against the Czech government in Prague.")
    assert d.type == "PROTEST"


def test_lexicon_en_senses_a_plea_in_court_is_no_request(pipeline: Pipeline) -> None:
    # 'pleaded (not) guilty' answers a charge, no request; not guilty denies it (GUIDELINES rule 4, judgements.py);
    # 'pleaded with X to' stays an appeal
    assert [(e.type, e.cameo) for e in events(pipeline, "The Russian ambassador pleaded not guilty to spying.")] == [
        ("REJECT", "016")]
    assert events(pipeline, "The Russian ambassador pleaded guilty to spying.") == []
    assert triples(events(pipeline, "The Russian ambassador pleaded with the Polish government to release him.")) == {
        ("REQUEST", "RUS", "POL")}
