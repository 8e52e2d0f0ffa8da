"""Role finding: targets the parser puts outside the trigger's object slot (issue 4, target filling)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline
from kronika.extractors.dedup import one_actor
from kronika.model import ArgRef


def test_roles_targets_subject_of_an_infinitive_complement_is_the_object(pipeline: Pipeline) -> None:
    # spaCy parses 'allowed Sweden to join' as allow -ccomp-> join -nsubj-> Sweden: Sweden is who was allowed
    evs = triples(events(pipeline, "Hungary allowed Sweden to join NATO."))
    assert ("CONCEDE", "HUN", "SWE") in evs
    assert ("CONCEDE", "HUN", "IGONAT") not in evs


def test_roles_targets_helped_x_to_do_targets_x(pipeline: Pipeline) -> None:
    assert ("AID", "RUS", "SYR") in triples(events(pipeline, "Russia helped Syria to rebuild its army."))


def test_roles_targets_two_unnamed_private_persons_are_two_actors(pipeline: Pipeline) -> None:
    # 'bratr' and 'sestra' are both CZECVL: not one actor twice (dedup.one_actor), so the victim is the target
    assert ("ASSAULT", "CZE", "CZE") in triples(events(pipeline, "Bratr zavraždil svoji sestru.", "cs"))
    assert ("REQUEST", "CZE", "CZE") in triples(
        events(pipeline, "Rodiče trvali na tom, aby jejich syn nebyl omilostněn.", "cs"))


def test_roles_targets_one_unnamed_person_twice_stays_one_actor() -> None:
    a = ArgRef("CZECVL", "muž", "muž", (0, 3))
    assert one_actor(a, ArgRef("CZECVL", "muž", "muže", (10, 14)))
    assert not one_actor(a, ArgRef("CZECVL", "žena", "ženu", (10, 14)))
    assert one_actor(ArgRef("CZEGOV", "vláda", "vláda", (0, 5)), ArgRef("CZEGOV", "ministr", "ministr", (9, 16)))
    # outside the state's organs two common nouns are two actors ('policistka mluvila se svědky' is CVL-side)
    assert not one_actor(ArgRef("CZECVL", "svědek", "svědky", (0, 6)), ArgRef("CZECVL", "matka", "matka", (9, 14)))


def test_roles_targets_criticised_that_x_targets_the_clause_subject(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "DEU", "RUS") in triples(
        events(pipeline, "Germany criticised that Russia had moved troops to the border."))
    assert ("ACCUSE", "DEU", "RUS") in triples(
        events(pipeline, "Německo kritizovalo, že Rusko přesunulo vojáky k hranici.", "cs"))


def test_roles_targets_protested_that_x_targets_the_clause_subject(pipeline: Pipeline) -> None:
    assert ("PROTEST", "DEU", "RUS") in triples(
        events(pipeline, "Germany protested that Russia had expelled its diplomats."))
    assert ("PROTEST", "DEU", "RUS") in triples(
        events(pipeline, "Německo protestovalo, že Rusko vyhostilo jeho diplomaty.", "cs"))


def test_roles_targets_an_adverbial_clause_subject_is_no_criticism_target(pipeline: Pipeline) -> None:
    evs = triples(events(pipeline, "Germany criticised the plan, while France supported it."))
    assert not any(t[0] == "ACCUSE" and t[2] == "FRA" for t in evs)


def test_roles_targets_a_numeral_subject_keeps_its_role_under_a_neuter_verb(pipeline: Pipeline) -> None:
    # 'Pět poslanců podpořilo': the verb agrees in the neuter singular with the numeral, not with the noun; the
    # neuter object ('rozhodnutí') is not the subject of a verb-final OVS sentence
    assert ("SUPPORT", "CZE", "POL") in triples(
        events(pipeline, "Pět českých poslanců podpořilo rozhodnutí Polska.", "cs"))
    evs = triples(events(pipeline, "Několik amerických senátorů odsoudilo jednání Ruska.", "cs"))
    assert ("ACCUSE", "USA", "RUS") in evs
    assert ("ACCUSE", "RUS", "USA") not in evs


def test_roles_targets_a_prepositional_second_object_noun_gives_no_target(pipeline: Pipeline) -> None:
    # 'relations' (the object) and 'ties' (in the 'over' reason phrase) are both object nouns of 'break off':
    # the target is under the bare object, not deep in the phrase after the reason ('a visit by NATO officials')
    evs = triples(events(pipeline, "Turkey threatened to break off diplomatic relations with Sweden over its ties "
                                   "with Iran on the eve of a visit by NATO officials."))
    assert ("THREATEN", "TUR", "SWE") in evs
    assert ("THREATEN", "TUR", "IGONAT") not in evs


def test_roles_targets_a_place_phrase_parsed_as_apposition_is_the_aid_target(pipeline: Pipeline) -> None:
    # cs_core_news_sm labels 'například také v Etiopii' appos of the verb: it is still a place phrase (where aid goes)
    assert ("AID", "USA", "ETH") in triples(
        events(pipeline, "Američtí lékaři dnes pomáhají s očkováním, například také v chudé Etiopii.", "cs"))


def test_roles_targets_a_repeated_role_phrase_after_and_adds_a_target(pipeline: Pipeline) -> None:
    evs = triples(events(pipeline, "On Monday, Blinken met with Chinese officials in Beijing and later with Japanese "
                                   "diplomats in Tokyo."))
    assert {("CONSULT", "USA", "CHN"), ("CONSULT", "USA", "JPN")} <= evs


def test_roles_a_masculine_animate_accusative_is_never_a_swapped_subject(pipeline: Pipeline) -> None:
    # the tagger makes 'Pes' feminine; 'strážníka' (Acc) cannot be the nominative of an OVS sentence: a dog's attack
    assert not [e for e in events(pipeline, "Pes napadl strážníka.", "cs") if e.type == "ASSAULT"]
    # OVS with a neuter object: Polsko condemns; the attack's agent is the one condemned, not its victim Kyiv
    assert ("ACCUSE", "POL", "RUS") in triples(events(pipeline, "Ruský útok na Kyjev odsoudilo Polsko.", "cs"))


def test_roles_of_two_subjects_the_dative_is_none(pipeline: Pipeline) -> None:
    # the parser makes both the fronted dative 'Plánu' and 'obce' subjects of the plural verb: the one not tagged
    # with an oblique case, agreeing in number, is the subject (the other becomes the object)
    evs = events(pipeline, "Návrhu zákona od ministra Jana Nováka, který má spolek k dispozici, vytýkají obce "
                           "zejména: Navržená míra zapojení obcí je nedostatečná.", "cs")
    assert [(e.type, e.source.text) for e in evs if e.type == "ACCUSE" and e.source] == [("ACCUSE", "obce")]


def test_roles_the_subject_of_is_opposed_to_is_the_opponent(pipeline: Pipeline) -> None:
    # 'is opposed to' is adjectival: the subject opposes (it was an agentless passive: someone opposed Poland)
    evs = events(pipeline, "Poland is fiercely opposed to the Nord Stream 2 pipeline.")
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("ACCUSE", "POL", "RUSBUS")]
    assert ("REJECT", "DEU", "-") in triples(events(pipeline, "The plan was opposed by Germany."))


def test_roles_abuse_of_power_is_no_assault(pipeline: Pipeline) -> None:
    # 'zneužít/abuse' is an assault on a person only: abusing one's power, office or trust names no victim
    assert not [e for e in events(pipeline, "President Trump abused his power.") if e.type == "ASSAULT"]
    assert not [e for e in events(pipeline, "Prezident Trump zneužil svou moc.", "cs") if e.type == "ASSAULT"]
    assert ("ASSAULT", "CZE", "CZE") in triples(events(pipeline, "Učitel zneužíval studentky.", "cs"))


def test_roles_an_export_ban_on_a_firm_in_the_dative_targets_it(pipeline: Pipeline) -> None:
    # 'zakázat firmě vývoz': the embargo entry (object vývoz) takes its target in the dative too
    assert ("SANCTION", "CZE", "CZE") in triples(events(
        pipeline, "Ministerstvo zemědělství zakázalo firmě Agrofert vývoz obilí.", "cs"))


def test_roles_a_reported_clause_with_a_dropped_subject_is_the_speakers(pipeline: Pipeline) -> None:
    # 'řekl, že Putina pozve': the tagger reads 'Putina' as a feminine noun subject; a listed person's name in an
    # oblique form is the object, the verb's own argument is not its dropped subject, and the reporter is
    got = {(e.source.text, e.target.text) for e in events(pipeline, "Prezident Zeman řekl, že Putina pozve na "
                                                                    "návštěvu.", "cs") if e.source and e.target}
    assert ("Prezident Zeman", "Putina") in got
    assert ("AGREE", "CZE", "POL") in triples(events(pipeline, "Babiš prohlásil, že bude s Polskem spolupracovat.",
                                                     "cs"))  # the future auxiliary is the finite verb


def test_roles_an_active_clause_under_a_charge_names_no_agent(pipeline: Pipeline) -> None:
    # 'obviněn z toho, že najel dodávkou do davu': the operation-agent rule took the crowd behind the van (an active
    # past participle's instrumental) as the accuser; only a passive participle has an agent phrase
    evs = events(pipeline, "Kanadská policie zatkla muže v Torontu. Minassian je obviněn z toho, že najel pronajatou "
                           "dodávkou do davu chodců v rušné severní části Toronta.", "cs")
    assert not [e for e in evs if e.type == "ACCUSE" and e.source and e.source.text == "davu"]


def test_roles_a_verb_after_a_possessive_is_a_noun(pipeline: Pipeline) -> None:
    # 'her 2008 hit "Bad Romance"' parsed 'hit' as the root verb: Lady Gaga assaulted a song
    evs = events(pipeline, 'Many people praised the young German model. As Lady Gaga once sang in her 2008 hit "Bad '
                           'Romance": "Walk, walk, fashion, baby." The model lives in Germany.')
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_roles_a_named_journalist_is_an_antecedent(pipeline: Pipeline) -> None:
    # a news outlet reporting a story is no antecedent, but a named presenter who says he will sue acts himself
    evs = events(pipeline, "Moderátor Seth Dunlap ve středu prohlásil, že bude žalovat rozhlasovou stanici WWL. "
                           "Policie v New Orleans případ vyšetřuje.", "cs")
    assert any(e.type == "ACCUSE" and e.source and e.source.text.endswith("Dunlap") for e in evs)
