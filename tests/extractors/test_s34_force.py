"""Session 34 (force): shows of force and mobilisation (CAMEO 15x, PLOVER MOBILIZE) in both languages.

Warships surrounding or aircraft flying near a state, ships sent to a sea, reservists mobilised or called up and
exercises around a state are MOBILIZE aimed at the state named ('near/around X', cs 'u/kolem X')."""

from __future__ import annotations

from events_support import pipeline_events

from kronika import Pipeline


def _coded(pipeline: Pipeline, text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    """(CAMEO, source country, target country) of the MOBILIZE events of a text."""
    def c(code: str | None) -> str:
        return "-" if not code else code[:6] if code.startswith("IGO") else code[:3]
    return {(e.cameo, c(e.source.code if e.source else None), c(e.target.code if e.target else None))
            for e in pipeline_events(pipeline, text, lang) if e.type == "MOBILIZE"}


def test_warships_surrounding_a_state_show_force(pipeline: Pipeline) -> None:
    assert ("150", "CHN", "TWN") in _coded(pipeline, "Chinese warships surrounded Taiwan on Saturday.")


def test_people_surrounding_someone_show_no_force(pipeline: Pipeline) -> None:
    assert not _coded(pipeline, "Hundreds of fans surrounded the French president in Marseille.")


def test_bombers_flown_near_a_state(pipeline: Pipeline) -> None:
    assert ("150", "RUS", "JPN") in _coded(pipeline, "Russia flew two nuclear-capable bombers near Japan.")
    assert ("150", "CHN", "TWN") in _coded(pipeline, "Chinese fighter jets flew near Taiwan on Tuesday.")


def test_a_minister_flying_near_a_state_shows_no_force(pipeline: Pipeline) -> None:
    assert not _coded(pipeline, "The Japanese foreign minister flew over Ukraine on his way to Kazakhstan.")


def test_warships_sent_to_a_sea_are_deployed(pipeline: Pipeline) -> None:
    assert ("154", "USA", "-") in _coded(pipeline, "The United States sent two warships to the eastern Mediterranean.")


def test_reservists_mobilised_or_called_up_raise_armed_forces(pipeline: Pipeline) -> None:
    assert ("154", "RUS", "-") in _coded(pipeline, "Russia mobilised 300,000 reservists.")
    assert ("154", "ISR", "-") in _coded(pipeline, "Israel called up 300,000 reservists.")
    assert ("154", "BLR", "-") in _coded(pipeline, "Bělorusko povolalo záložníky.", "cs")


def test_drills_around_a_state_target_it(pipeline: Pipeline) -> None:
    assert ("150", "CHN", "TWN") in _coded(pipeline, "China held military drills around Taiwan on Monday.")
    assert ("150", "CHN", "TWN") in _coded(pipeline, "Čína zahájila rozsáhlé vojenské manévry kolem Tchaj-wanu.", "cs")


def test_cs_armed_forces_flying_or_sailing_near_a_state(pipeline: Pipeline) -> None:
    assert ("150", "RUS", "JPN") in _coded(pipeline, "Ruské bombardéry létaly poblíž Japonska.", "cs")
    assert ("150", "RUS", "JPN") in _coded(pipeline, "Ruské válečné lodě proplouvaly kolem Japonska.", "cs")
    assert not _coded(pipeline, "Ruský ministr letěl kolem Ukrajiny do Kazachstánu.", "cs")


def test_cs_military_presence_strengthened_near_a_state_is_a_deployment(pipeline: Pipeline) -> None:
    got = _coded(pipeline, "Rusko posílilo vojenskou přítomnost u hranic s Finskem.", "cs")
    assert ("154", "RUS", "FIN") in got
    assert not [e for e in pipeline_events(pipeline, "Rusko posílilo vojenskou přítomnost u hranic s Finskem.", "cs")
                if e.type == "COOPERATE"]
