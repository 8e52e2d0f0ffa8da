"""Session 28 sources: source actors the role engine reaches through the sentence's structure."""

from __future__ import annotations

from events_support import coded

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded in a hand-made text."""
    return coded(pipeline, text, lang, "2024-05-14")


def test_passive_subject_is_the_antecedent_of_a_pronoun_in_its_adverbial_clause(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "The Russian ambassador was expelled after he criticised the Polish government.", "en")
    assert ("ACCUSE", "RUSGOV", "POLGOV") in evs
    evs = _events(pipeline, "Five soldiers were killed in Mali when they attacked a rebel camp.", "en")
    assert any(t == "ASSAULT" and (s or "").startswith("MLI") for t, s, _ in evs)


def test_passive_subject_does_the_act_of_its_dropped_subject_clause_cs(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Demonstranti byli zadrženi poté, co napadli policisty v Paříži.", "cs")
    assert ("ASSAULT", "FRAOPP", "FRACOP") in evs


def test_a_disagreeing_passive_subject_is_no_antecedent(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "The Russian ambassador was expelled after they criticised the Polish government.", "en")
    assert not any(t == "ACCUSE" and s == "RUSGOV" for t, s, _ in evs)
    evs = _events(pipeline, "Ruský velvyslanec byl vyhoštěn poté, co kritizovali polskou vládu.", "cs")
    assert not any(t == "ACCUSE" and s == "RUSGOV" for t, s, _ in evs)


def test_a_disagreeing_accusative_subject_is_misread_and_the_reporter_acts(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Japonsko v úterý oznámilo, že v souladu se snahou Západu ukončit tamní boje zastavilo "
                            "hospodářskou pomoc Srbsku.", "cs")
    assert ("SANCTION", "JPN", "SRB") in evs


def test_an_agreeing_subject_keeps_the_reporter_out(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Polsko oznámilo, že ruské útoky zastavily dodávky pomoci Ukrajině.", "cs")
    assert not any(s == "POL" and t in {"SANCTION", "AID"} for t, s, _ in evs)


def test_a_postverbal_nom_acc_noun_of_an_objectless_verb_is_its_subject_cs(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Na Kyjev v pondělí zaútočily ruské drony a rakety.", "cs")
    assert ("ASSAULT", "RUSMIL", "UKR") in evs


def test_a_postverbal_object_of_a_transitive_verb_stays_its_object_cs(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Polský ministr řekl, že podpořili ukrajinské jednotky.", "cs")
    assert not any(t == "SUPPORT" and (s or "").startswith("UKR") for t, s, _ in evs)
