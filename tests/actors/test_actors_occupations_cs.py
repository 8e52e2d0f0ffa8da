"""Czech occupation and role nouns (surgeon, locksmith, owner, coach, prison) are actors of the article's home
(data/cs/agents.json sectors), so the acts done by or to them code."""

from __future__ import annotations

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(type, source code, target code) of a Czech text's events."""
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    return {(e.type, e.source.code or "" if e.source else "", e.target.code or "" if e.target else "")
            for e in doc.events}


def test_actors_occupations_cs_victim_surgeon(pipeline: Pipeline) -> None:
    """An abducted surgeon is the target of the abduction (it had no actor to attach to)."""
    assert ("ASSAULT", "CZECVL", "CZEHLH") in _events(pipeline, "Ozbrojený muž unesl chirurga.")


def test_actors_occupations_cs_prison_calls_police(pipeline: Pipeline) -> None:
    assert ("REQUEST", "CZEGOV", "CZECOP") in _events(pipeline, "Věznice zavolala policii.")


def test_actors_occupations_cs_owner_sues(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZECVL", "CZECVL") in _events(pipeline, "Majitel bytu podal žalobu na souseda.")


def test_actors_occupations_cs_coach_criticises(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZECVL", "CZEBUS") in _events(pipeline, "Trenér ostře kritizoval vedení klubu.")


def test_actors_occupations_cs_arrested_locksmith(pipeline: Pipeline) -> None:
    """An agentless arrest of a person is the home police's act; a locksmith is a person now."""
    assert ("COERCE", "CZECOP", "CZECVL") in _events(pipeline, "Vězeňský zámečník byl zatčen.")


def test_actors_occupations_cs_czech_bodies_and_clubs(pipeline: Pipeline) -> None:
    """Czech emergency services, inspections and the big football clubs are named bodies (data/cs/actors.json)."""
    assert ("AID", "CZEGOV", "CZECVL") in _events(pipeline, "Hasičský záchranný sbor evakuoval obyvatele.")
    doc = pipeline({"id": "t", "text": "Slavia Praha se odvolala proti trestu.", "lang": "cs"})
    assert any(m.code == "CZEBUS" and m.text.startswith("Slavia") for m in doc.mentions)


def test_actors_occupations_cs_common_words_are_no_foreign_home(pipeline: Pipeline) -> None:
    """The Czech first name Petra ('Petry', 'Petře') is not Colombia's president Petro, and a car type 'SUV' is not
    Fiji's capital Suva: both made foreign homes of Czech stories."""
    for text in ("Zmizení Petry se vůbec nepodobá jejímu chování.", "Po pohřešované Petře pátrá policie.",
                 "Kia XCeed spadá mezi kompaktní SUV."):
        doc = pipeline({"id": "t", "text": text, "lang": "cs"})
        assert not any(m.code and m.code[:3] in {"COL", "FJI"} for m in doc.mentions)
        assert (doc.meta.get("home_country") or {}).get("clear") == "CZE"
    doc = pipeline({"id": "t", "text": "Kolumbijský prezident Gustavo Petro kritizoval USA.", "lang": "cs"})
    assert any(m.code == "COLGOV" for m in doc.mentions)


def test_actors_occupations_cs_victims_and_councils(pipeline: Pipeline) -> None:
    """A robbed pensioner and a town council are actors (not 'kraj', mostly a place: 'osvobodili Doněcký kraj')."""
    assert ("COERCE", "CZECRM", "CZECVL") in _events(pipeline, "Zloděj okradl seniorku.")
    assert ("AID", "CZEGOV", "CZENGO") in _events(pipeline, "Městská rada schválila dotaci pro spolek.")
    assert _events(pipeline, "Ukrajinští vojáci osvobodili Doněcký kraj.") == set()


def test_actors_occupations_cs_member_takes_its_bodys_code(pipeline: Pipeline) -> None:
    """'člen' inherits the body it belongs to, as 'mluvčí' does ('člen Sněmovny' LEG, 'členové vlády' GOV)."""
    doc = pipeline({"id": "t", "text": "Člen Sněmovny kritizoval ministra.", "lang": "cs"})
    assert any(m.text.startswith("Člen") and m.code == "CZELEG" for m in doc.mentions)


def test_actors_occupations_cs_a_paradigm_role_nouns(pipeline: Pipeline) -> None:
    """Role nouns of the masculine -a paradigm in the dative and locative, which the tagger stems ('policistům' ->
    'policist', 'starostovi' -> 'starost'), are still their sector (morph key noun_endings)."""
    assert ("SUPPORT", "CZEGOV", "CZECOP") in _events(pipeline, "Ministr vnitra poděkoval policistům za zásah.")
    doc = pipeline({"id": "t", "text": "Hejtman poděkoval starostovi. Zloděj utekl policistovi a mluvil o policistech.",
                    "lang": "cs"})
    codes = {m.text: m.code for m in doc.mentions}
    assert (codes.get("starostovi"), codes.get("policistovi"), codes.get("policistech")) == ("CZEGOV", "CZECOP",
                                                                                              "CZECOP")
