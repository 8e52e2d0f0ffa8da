"""Names several states share (House of Commons, The Times), groups of one state (Rohingya), document names."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline


@pytest.mark.parametrize(("text", "name", "code"), [
    # a foreign story that names Canada, not Britain: Canada's lower house
    ("Myanmar's army burned villages. Myanmar denied it. Myanmar's leader stayed silent. Canada condemned the "
     "killings. The House of Commons voted to strip her of honorary Canadian citizenship.", "House of Commons",
     "CANLEG"),
    # a British story: Westminster's lower house
    ("Britain's prime minister lost the vote. The House of Commons rejected the Brexit deal again.",
     "House of Commons", "GBRLEG"),
])
def test_shared_name_is_the_alternative_the_article_names(pipeline: Pipeline, text: str, name: str,
                                                          code: str) -> None:
    assert coded(run(pipeline, text, "en"))[name] == code


@pytest.mark.parametrize(("text", "code"), [
    # no state dominates (Myanmar and Canada): the country-less Senate is the state's whose lower house was named
    ("Myanmar's army burned villages in Myanmar's north. Myanmar denied it. Canada condemned the killings. The "
     "House of Commons voted to strip her of honorary Canadian citizenship, and the Senate has now supported the "
     "decision.", "CANLEG"),
    # a clear home country keeps its own Senate
    ("Ukrajinský parlament schválil zákon. Babiš řekl, že vláda zákon podpoří. Senát o něm bude jednat příští "
     "týden.", "CZELEG"),
])
def test_relative_organ_takes_the_state_of_the_organ_named_before(pipeline: Pipeline, text: str, code: str) -> None:
    found = coded(run(pipeline, text, "cs" if "Senát" in text else "en"))
    assert found["Senát" if "Senát" in text else "Senate"] == code


@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("Canadian senators condemned the atrocities against the Rohingya.", "en", "Rohingya", "MMR"),
    ("Kanadští senátoři odsoudili genocidu menšinového národa Rohingů.", "cs", "Rohingů", "MMR"),
])
def test_ethnic_group_of_one_state_keeps_its_state(pipeline: Pipeline, text: str, lang: str, name: str,
                                                   code: str) -> None:
    assert (coded(run(pipeline, text, lang))[name] or "")[:3] == code


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("President Trump attacked the press in Washington. The White House said The Times had lied about the "
     "whistle-blower.", "en", "USAMED"),
    ("Britain's prime minister Boris Johnson told The Times that London would leave the EU.", "en", "GBRMED"),
    ("Americký prezident v Bílém domě kritizoval tisk. Deník The Times podle Washingtonu lhal.", "cs", "USAMED"),
])
def test_the_times_is_the_paper_of_the_article_s_state(pipeline: Pipeline, text: str, lang: str, code: str) -> None:
    assert {c for n, c in coded(run(pipeline, text, lang)).items() if "Times" in n} == {code}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The US Senate met on Monday. American voters care. US senators in Washington discussed the Voting Rights "
     "Act.", "en", "Voting Rights Act"),
    ("The US president spoke in Washington. American farmers listened. The US Congress amended the Clean Water "
     "Act.", "en", "Clean Water Act"),
    ("British universities are proud. The Scottish students in Edinburgh entered the Global Student Awards.", "en",
     "Global Student Awards"),
])
def test_unlisted_document_name_is_no_private_person(pipeline: Pipeline, text: str, lang: str, name: str) -> None:
    assert coded(run(pipeline, text, lang)).get(name) is None


@pytest.mark.parametrize(("text", "name", "code"), [
    # the state Mali is indeclinable; the Maldives' capital Malé reads 'Mali' through an ending: the state wins
    ("Mali a Niger podepsaly dohodu o spolupráci.", "Mali", "MLI"),
    ("Francie stáhla vojáky z Mali.", "vojáky z Mali", "MLIMIL"),
    ("Rebelové v Mali zaútočili na armádní základnu.", "Rebelové v Mali", "MLIREB"),
])
def test_a_state_name_beats_a_capital_read_through_an_ending(pipeline: Pipeline, text: str, name: str,
                                                             code: str) -> None:
    assert coded(run(pipeline, text, "cs"))[name] == code


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Emiráty podepsaly dohodu s Izraelem.", "Emiráty", "ARE"),
    ("Izrael navázal diplomatické vztahy s Emiráty.", "Emiráty", "ARE"),
])
def test_the_emirates_short_name_cs(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    assert coded(run(pipeline, text, "cs"))[name] == code
