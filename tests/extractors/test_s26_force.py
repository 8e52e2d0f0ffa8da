"""Session 26 (force): recall of material and conflict events in real news, both languages.

A crowd protest no one is named holding ('A memorial march was held in Mexico City', 'V Bělehradě vypukly masové
protesty') is a protest by the people of the place where it happened (extractors/protest_scene.py)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import fired, pipeline_events

from kronika import Pipeline


def _protests(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    """Country triples of the PROTEST events of a text."""
    return triples([e for e in pipeline_events(pipeline, text, lang) if e.type == "PROTEST"])


def test_a_march_held_in_a_city_is_a_protest_of_its_people(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, "A memorial march was held in Mexico City on Thursday.", "march")
    assert e.type == "PROTEST" and e.source is not None and e.source.code == "MEXCVL"


def test_protests_that_erupted_in_a_capital(pipeline: Pipeline) -> None:
    assert ("PROTEST", "SRB", "SRB") in _protests(pipeline, "Mass protests erupted in Belgrade after the election.",
                                                  "en")
    assert ("PROTEST", "SRB", "SRB") in _protests(pipeline, "V Bělehradě po volbách vypukly masové protesty.", "cs")


def test_demonstrations_which_broke_out(pipeline: Pipeline) -> None:
    text = "Demonstrations which broke out after the death of George Floyd continued in Minneapolis."
    assert ("PROTEST", "USA", "USA") in _protests(pipeline, text, "en")
    text = "Demonstrace, které vypukly poté, co policista zabil George Floyda, pokračují v Minneapolisu."
    assert ("PROTEST", "USA", "USA") in _protests(pipeline, text, "cs")


def test_a_strike_that_would_be_good_is_no_protest(pipeline: Pipeline) -> None:
    text = "Určitě by bylo dobré, kdyby se v Praze znovu uskutečnila generální stávka."
    assert not _protests(pipeline, text, "cs")


def test_a_banned_demonstration_is_no_protest(pipeline: Pipeline) -> None:
    assert not _protests(pipeline, "Vláda zakázala demonstrace v Praze.", "cs")
    assert not _protests(pipeline, "The government banned demonstrations in Prague.", "en")


def test_there_was_a_protest(pipeline: Pipeline) -> None:
    text = "Czech police said there was a big protest in Prague on Sunday."
    assert ("PROTEST", "CZE", "CZE") in _protests(pipeline, text, "en")
    assert ("PROTEST", "CZE", "CZE") in _protests(pipeline, "V Praze se v neděli konala demonstrace.", "cs")


def test_no_protest_and_a_planned_protest_are_no_protest(pipeline: Pipeline) -> None:
    assert not _protests(pipeline, "There was no protest in Prague on Sunday.", "en")
    assert not _protests(pipeline, "There will be a protest in Prague on Sunday.", "en")
    assert not _protests(pipeline, "V Praze se v neděli bude konat demonstrace.", "cs")


def test_a_club_releasing_a_player_dismisses_him(pipeline: Pipeline) -> None:
    text = "Americký fotbalový klub Dallas Cowboys minulý týden propustil hráče Antonia Browna."
    (e,) = fired(pipeline, text, "propustil", lang="cs")
    assert (e.type, e.cameo) == ("COERCE", "172") and triples([e]) == {("COERCE", "USA", "USA")}


def test_an_army_releasing_a_journalist_frees_a_captive(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, "Ruská armáda propustila ukrajinského novináře Ivana Petrenka.", "propustila", lang="cs")
    assert (e.type, e.cameo) == ("RETREAT", "0841")
    (e,) = fired(pipeline, "The Russian army released the Ukrainian journalist Ivan Petrenko.", "released")
    assert (e.type, e.cameo) == ("RETREAT", "0841")


def test_a_government_lifting_its_own_curfew_eases_it_for_its_people(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, "Keňská vláda v pondělí zmírnila omezení pohybu.", "zmírnila", lang="cs")
    assert (e.type, e.cameo) == ("CONCEDE", "081") and triples([e]) == {("CONCEDE", "KEN", "KEN")}
    (e,) = fired(pipeline, "The Kenyan government lifted its curfew on Monday.", "lifted")
    assert triples([e]) == {("CONCEDE", "KEN", "KEN")}


def test_a_negated_verb_left_unlemmatised_is_the_verb_negated(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, "Vláda nepodpořila Ukrajinu.", "nepodpořila", lang="cs")
    assert e.type == "SUPPORT" and e.negated


def test_a_relative_pronoun_beside_a_noun_subject_is_the_object(pipeline: Pipeline) -> None:
    text = ("Jihoafrická policie v neděli zasahovala v Kapském Městě. Demonstranty, které následně odvedla policie, "
            "propustili.")
    (e,) = fired(pipeline, text, "odvedla", lang="cs")
    assert e.type == "COERCE" and e.source is not None and e.source.code == "ZAFCOP"
    assert e.target is not None and e.target.code == "ZAFOPP"



def test_a_gift_to_a_state_is_aid(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, "Německo darovalo Ukrajině padesát sanitek.", "darovalo", lang="cs")
    assert e.type == "AID" and triples([e]) == {("AID", "DEU", "UKR")}



def test_an_attack_phrase_hung_on_the_weapon_is_the_users_attack(pipeline: Pipeline) -> None:
    text = ("Americký ministr zahraničí Mike Pompeo ve čtvrtek uvedl, že syrská vláda použila chlor jako chemickou "
            "zbraň při květnovém útoku na povstalce v Idlibu.")
    assert ("ASSAULT", "SYR", "SYR") in triples(pipeline_events(pipeline, text, "cs"))


def test_a_participle_hung_on_its_duration_lets_the_verb_see_its_object(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, "Česká vláda v pondělí zrušila den trvající blokádu Ukrajiny.", "zrušila", lang="cs")
    assert e.cameo == "0872" and triples([e]) == {("RETREAT", "CZE", "UKR")}
    assert not [x for x in pipeline_events(pipeline, "Parlament zrušil zákon omezující demonstrace v Praze.", "cs")
                if x.cameo.startswith("08")]
