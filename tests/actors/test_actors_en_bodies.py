"""English body and people nouns of domestic news (jury, council, family, 'the 34-year-old') and a spokesman for a
body that took the article's home country."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline

BRITAIN = "The case has shocked Britain. Britain has seen several such cases this year. "


def test_en_bodies_jury_council_and_union_take_the_home_country(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, BRITAIN + "The jury ordered the company to pay damages.", "en"))
    assert c["jury"] == "GBRJUD"
    c = coded(run(pipeline, BRITAIN + "The council accused the company of lying.", "en"))
    assert c["council"] == "GBRGOV"
    c = coded(run(pipeline, BRITAIN + "The union accused the company of lying.", "en"))
    assert c["union"] == "GBRLAB"


def test_en_bodies_spokesman_for_a_home_body_takes_its_code(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "A spokesman for the council accused the company of lying.", "en")
    assert coded(doc)["spokesman for the council"] == "GBRGOV"
    assert [(e.type, e.source.code if e.source else None) for e in doc.events] == [("ACCUSE", "GBRGOV")]


def test_en_bodies_singular_family_is_a_private_group(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "Her family have asked the police to release the video.", "en")
    assert coded(doc)["family"] == "GBRCVL"


def test_en_bodies_age_description_fills_the_subject(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "The 34-year-old accused the company of lying.", "en")
    assert [(e.type, e.source.code if e.source else None) for e in doc.events] == [("ACCUSE", "GBRCVL")]
    assert coded(run(pipeline, BRITAIN + "The old man accused the company of lying.", "en"))["old man"] == "GBRCVL"


def test_en_bodies_age_description_as_object_or_prepositional_object(pipeline: Pipeline) -> None:
    """The English parse labels objects dobj/pobj/dative: 'arrested the 18-year-old' names a person too."""
    doc = run(pipeline, BRITAIN + "Police arrested the 18-year-old in Leeds.", "en")
    assert ("COERCE", "GBRCOP", "GBRCVL") in {(e.type, e.source.code if e.source else None,
                                               e.target.code if e.target else None) for e in doc.events}
    assert coded(run(pipeline, BRITAIN + "The family paid tribute to the 34-year-old.", "en"))["old"] == "GBRCVL"


def test_actors_companies_are_coded_country_first(pipeline: Pipeline) -> None:
    """Phoenix's multinational codes (MNCUSA) are written as GUIDELINES code actors: the home state's business
    (Starbucks USABUS), so an event with a company compares by its country."""
    doc = pipeline({"id": "t", "text": "Starbucks sued Nestle in New York.", "lang": "en"})
    assert {m.text: m.code for m in doc.mentions}["Starbucks"] == "USABUS"


def test_en_bodies_coordinated_international_bodies_are_two_actors(pipeline: Pipeline) -> None:
    """'EU and NATO officials': officials of each body, as 'US and Russian negotiators' are of each state."""
    doc = run(pipeline, "Scholz met with French President Emmanuel Macron in Paris and later with EU and NATO "
                        "officials in Brussels.", "en")
    assert {(e.type, e.target.code if e.target else None) for e in doc.events} >= {
        ("CONSULT", "IGOEUREEC"), ("CONSULT", "IGONAT")}


def test_en_bodies_lowercase_ministry_after_a_demonym_is_the_government(pipeline: Pipeline) -> None:
    """'the Chinese foreign ministry' (spaCy tags the lowercase 'ministry' a proper noun) is CHNGOV, not China."""
    doc = run(pipeline, "The Chinese foreign ministry criticised Japan's decision.", "en")
    assert coded(doc)["Chinese foreign ministry"] == "CHNGOV"
    doc = run(pipeline, "A spokesman for the Chinese foreign ministry criticised Japan's decision.", "en")
    assert [(e.type, e.source.code if e.source else None) for e in doc.events] == [("ACCUSE", "CHNGOV")]


def test_en_bodies_air_defences_are_the_military(pipeline: Pipeline) -> None:
    doc = run(pipeline, "A Ukrainian drone was shot down by Russian air defences.", "en")
    assert coded(doc)["Russian air defences"] == "RUSMIL"
