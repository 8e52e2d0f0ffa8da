"""Places of war news: Czech '-sko' regions, towns the GeoNames list lacks, a listed place the tagger misreads."""

from __future__ import annotations

from actors_support import run

from kronika import Pipeline
from kronika.actors.lexicon import lexicon
from kronika.actors.runs import listed_place
from kronika.model import Token


def _targets(doc: object) -> set[str | None]:
    return {e.target.code if e.target else None for e in doc.events}  # type: ignore[attr-defined]


def test_war_places_index_holds_czech_regions_and_front_line_towns() -> None:
    places = lexicon("cs").places
    for word, code in [("chersonsko", "UKR"), ("doněcko", "UKR"), ("belgorodsko", "RUS"), ("záporoží", "UKR"),
                       ("avdijivka", "UKR"), ("pokrovsk", "UKR"), ("kurily", "RUS"), ("žytomyrsko", "UKR")]:
        assert {e.code for e in places[word] if len(e.words) == 1} == {code}, word


def test_war_places_listed_place_read_as_a_verb_is_still_a_name() -> None:
    lex = lexicon("cs")
    verb = Token(i=3, text="Záporoží", lemma="záporožit", upos="VERB", feats={}, head=2, deprel="obj",
                 start=0, end=8, sent=0)
    assert listed_place(lex, verb)
    assert not listed_place(lex, Token(i=3, text="záporoží", lemma="záporožit", upos="VERB", feats={},
                                       head=2, deprel="obj", start=0, end=8, sent=0))  # lowercase: no name


def test_war_places_czech_shelled_city_and_region_are_their_state(pipeline: Pipeline) -> None:
    assert _targets(run(pipeline, "Ruská armáda v noci ostřelovala Záporoží, uvedly úřady.", "cs")) == {"UKR"}
    assert _targets(run(pipeline, "Ruská armáda ostřelovala Chersonsko, oznámil gubernátor.", "cs")) == {"UKR"}
    assert _targets(run(pipeline, "Ukrajinské drony zaútočily na Belgorodsko, uvedl ruský gubernátor.", "cs")) \
        == {"RUS"}


def test_war_places_english_shelled_front_line_town_is_its_state(pipeline: Pipeline) -> None:
    assert _targets(run(pipeline, "Russian forces shelled Pokrovsk on Tuesday, officials said.", "en")) == {"UKR"}


def test_war_places_english_town_of_a_listed_name_is_its_state(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Russian forces shelled the town of Avdiivka on Tuesday, Ukrainian officials said.", "en")
    assert _targets(doc) == {"UKR"}
