"""Case syncretism (grammar key case_syncretism): a Czech form that is several cases of its paradigm fills a
role spec asking for any of them, whatever case the tagger guessed ('na policii': Acc, Dat and Loc alike)."""

from __future__ import annotations

import pytest
from events_support import parse, pipeline_events

from kronika import Pipeline
from kronika.extractors.lexicon import load
from kronika.extractors.syncretism import shared_cases, syncretic
from kronika.extractors.udview import Tree

RULES = load("cs").grammar["case_syncretism"]


def _node(text: str, form: str):  # type: ignore[no-untyped-def]
    tree = Tree(parse(text, "cs"))
    return next(n for n in tree.nodes if n.tok.text == form)


def test_syncretism_soft_feminine_i_form_is_dative_accusative_and_locative() -> None:
    n = _node("Svědek se přihlásil na policii.", "policii")
    assert shared_cases(n, RULES) == {"Dat", "Acc", "Loc"}
    assert syncretic(n, "Loc", "Acc", RULES) and syncretic(n, "Acc", "Loc", RULES)


def test_syncretism_hard_feminine_accusative_is_not_dative() -> None:
    n = _node("Vláda kritizovala Evropskou komisi a ministr ženu.", "ženu")
    assert not syncretic(n, "Acc", "Dat", RULES)


def test_syncretism_animate_masculine_a_form_is_genitive_and_accusative() -> None:
    n = _node("Policie zadržela ministra.", "ministra")
    assert {"Gen", "Acc"} <= shared_cases(n, RULES)


def test_syncretism_reporting_to_the_police_whatever_case_the_tagger_read(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Svědek nehody se sám přihlásil na policii.", "cs")
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("COOPERATE", "CZECVL", "CZECOP")]


def test_syncretism_relative_kterA_may_be_neuter_plural(pipeline: Pipeline) -> None:
    """'případech úmrtí, která byla přičítána kouření': 'která' (tagged Fem Sing) is the deaths (Neut Plur), not the
    government named earlier in the sentence (grammar key relative_forms); no accusation of the government."""
    text = "Ministr uvedl, že vláda sleduje případy úmrtí, která byla přičítána kouření."
    evs = pipeline_events(pipeline, text, "cs")
    assert not [e for e in evs if e.type == "ACCUSE"]
    evs = pipeline_events(pipeline, "Ministr uvedl, že vláda, která byla obviněna z korupce, odstoupí.", "cs")
    accused = [e.target.code if e.target else None for e in evs if e.type == "ACCUSE"]
    assert accused == ["CZEGOV"]


def _fake(form: str, lemma: str, **feats: str):  # type: ignore[no-untyped-def]
    """A node as the tagger left it: a form, a lemma and (possibly wrong) feats."""
    from types import SimpleNamespace
    return SimpleNamespace(tok=SimpleNamespace(text=form), lemma=lemma, feat=lambda f: feats.get(f))


@pytest.mark.parametrize(("form", "lemma", "feats", "want", "ok"), [
    ("Bosně", "Bosna", {"Case": "Nom", "Gender": "Masc", "Number": "Sing"}, "Dat", True),  # mistagged Nom
    ("Ostravě", "Ostrava", {"Case": "Nom", "Gender": "Fem", "Number": "Sing"}, "Loc", True),
    ("Bosně", "Bosna", {"Case": "Nom", "Gender": "Fem", "Number": "Sing"}, "Gen", False),  # never a genitive
    ("Bosna", "Bosna", {"Case": "Nom", "Gender": "Fem", "Number": "Sing"}, "Dat", False),  # the nominative itself
])
def test_syncretism_feminine_e_form_tagged_nominative_is_dative(form: str, lemma: str, feats: dict[str, str],
                                                               want: str, ok: bool) -> None:
    assert syncretic(_fake(form, lemma, **feats), feats["Case"], want, RULES) is ok


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin poděkoval Vietnamu za podporu.", ("SUPPORT", "RUS", "VNM")),
    ("Spojené státy poskytly Iráku vojenskou pomoc.", ("AID", "USA", "IRQ")),
    ("Izrael poděkoval Kazachstánu za pomoc.", ("SUPPORT", "ISR", "KAZ")),
    ("Rusko dodalo Íránu zbraně.", ("AID", "RUS", "IRN")),
])
def test_syncretism_consonant_stem_u_form_is_never_accusative(pipeline: Pipeline, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    """A noun whose lemma ends in a consonant has its -u form as Gen, Dat or Loc only (hrad, hradu; pán, pánu):
    the tagger's Acc (and a wrong gender: 'Vietnamu' Fem) on a state's dative left thanks and aid with no
    recipient."""
    evs = pipeline_events(pipeline, text, "cs")
    got = {(e.type, (e.source.code or "")[:3] if e.source else None, (e.target.code or "")[:3] if e.target else None)
           for e in evs}
    assert expected in got


def test_syncretism_consonant_stem_u_form_shares_genitive_dative_locative() -> None:
    n = _fake("Vietnamu", "Vietnam", Gender="Fem", Number="Sing", Case="Acc")
    assert shared_cases(n, RULES) == {"Gen", "Dat", "Loc"} and syncretic(n, "Acc", "Dat", RULES)
    assert not syncretic(_fake("ženu", "žena", Gender="Fem", Number="Sing", Case="Acc"), "Acc", "Dat", RULES)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Spojené státy poskytly Egyptu vojenskou pomoc.", "cs", ("AID", "USA", "EGY")),
    ("Francie poskytla Egyptu úvěr na nákup zbraní.", "cs", ("AID", "FRA", "EGY")),
    ("The United States gave Egypt military aid.", "en", ("AID", "USA", "EGY")),
    ("France provided Egypt with a loan to buy weapons.", "en", ("AID", "FRA", "EGY")),
])
def test_syncretism_lexicon_lemma_of_a_name_beats_the_taggers(pipeline: Pipeline, text: str, lang: str,
                                                             expected: tuple[str, str, str]) -> None:
    """The tagger lemmatises 'Egyptu' as a feminine 'Egypta' (whose -u form is Acc): the actor lexicon's nominative
    'Egypt' is the lemma the paradigm rules read, so the -u form is the dative recipient."""
    evs = pipeline_events(pipeline, text, lang)
    got = {(e.type, (e.source.code or "")[:3] if e.source else None, (e.target.code or "")[:3] if e.target else None)
           for e in evs}
    assert expected in got
