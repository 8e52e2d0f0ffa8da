"""Organisations named by their type noun, two-word sector nouns, named institutions and bracketed abbreviations."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_bodies_name_after_a_type_noun_takes_its_sector(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Proti rozhodnutí protestoval současný provozovatel Logistar, který neuspěl.", "cs"))
    assert c["současný provozovatel Logistar"] == "CZEBUS"  # was an unresolved name
    c = coded(run(pipeline, "Fotbalový klub Bohemians podal stížnost na rozhodčího.", "cs"))
    assert c["Fotbalový klub Bohemians"] == "CZEBUS"
    text = "The Czech government lost the tender. Prague said so. The current operator, Logistar, contested it."
    c = coded(run(pipeline, text, "en"))
    assert c["current operator, Logistar"] == "CZEBUS"


def test_bodies_two_word_sector_nouns(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Krajské státní zastupitelství obžalovalo starostu. Státní zástupce to potvrdil.", "cs"))
    assert c["Krajské státní zastupitelství"] == "CZEJUD" and c["Státní zástupce"] == "CZEJUD"
    c = coded(run(pipeline, "Cestovní kancelář Sunways zrušila zájezdy do Egypta.", "cs"))
    assert c["Cestovní kancelář Sunways"] == "CZEBUS"
    c = coded(run(pipeline, "The Polish News Agency reported that the police arrested him.", "en"))
    assert c["Polish News Agency"] == "POLMED"  # was the unknown name 'News Agency'


def test_bodies_two_word_sector_needs_the_modifier(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Kancelář byla zavřená a starosta odešel.", "cs"))
    assert c.get("Kancelář") is None  # a bare office has no code (as a bare 'mluvčí')


def test_bodies_capitalised_office_names_an_institution(pipeline: Pipeline) -> None:
    text = "The Czech government lost. Prague said so. Later the Office for Competition Protection fined it."
    c = coded(run(pipeline, text, "en"))
    assert c["Office for Competition Protection"] == "CZEGOV"  # was 'Office' unresolved + a person
    c = coded(run(pipeline, "Starostové kritizovali, že Správa silnic opravu odložila.", "cs"))
    assert c["Správa"] == "CZEGOV"
    c = coded(run(pipeline, "Oprava silnic a jejich správa stojí miliardy.", "cs"))
    assert "správa" not in c  # lowercase: administration, no body


def test_bodies_bracketed_abbreviation_is_the_same_actor(pipeline: Pipeline) -> None:
    text = "Úřad pro ochranu hospodářské soutěže (ÚOHS) zakázal fúzi. ÚOHS pokutoval ministerstvo."
    doc = run(pipeline, text, "cs")
    uses = [m for m in doc.mentions if m.text == "ÚOHS"]
    assert len(uses) == 2 and {m.code for m in uses} == {"CZEGOV"}
    text = "The Czech government lost. Prague said so. The Office for Competition Protection (OCP) fined it. OCP won."
    assert [m.code for m in run(pipeline, text, "en").mentions if m.text == "OCP"] == ["CZEGOV", "CZEGOV"]


def test_bodies_abbreviation_of_nothing_stays_unresolved(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Firma vyrábí díly (ABS) pro auta. ABS je dnes běžné.", "cs")
    assert all(m.code is None for m in doc.mentions if m.text == "ABS")


def test_bodies_bare_type_noun_is_the_organisation_named_before(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Stávku vyhlásil dopravce Arriva Trains. Dopravce uvedl, že jednání selhala.", "cs")
    later = next(m for m in doc.mentions if m.text == "Dopravce")
    first = next(m for m in doc.mentions if "Arriva" in m.text)
    assert later.code == first.code == "CZEBUS" and later.actor_id == first.actor_id


def test_bodies_abbreviation_after_a_company_noun_is_its_name(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Protest ohlásila strojírenská firma ZKL. Firma prohlásila, že odchází.", "cs"))
    assert c["strojírenská firma ZKL"] == "CZEBUS" and c["Firma"] == "CZEBUS"  # the tagger's NOUN 'ZKL' was no name


def test_bodies_named_association_and_its_vice_chairman(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Podle místopředsedy Asociace pekařů ČR Karla Nováka ceny porostou.", "cs"))
    assert c["místopředsedy Asociace pekařů ČR Karla Nováka"] == "CZENGO"
    c = coded(run(pipeline, "The Association of Bakers in the Czech Republic criticised the Czech government.", "en"))
    assert c["Association of Bakers in the Czech Republic"] == "CZENGO"  # was the unknown name 'Association'


def test_bodies_radio_free_asia_is_american_media_not_asia(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Podle rádia Svobodná Asie policie zatkla dva aktivisty.", "cs"))
    assert c["Svobodná Asie"] == "USAMED" and "Asie" not in c


def test_bodies_party_named_by_its_ideology_is_a_party(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Kubánská komunistická strana odsoudila protesty. Mise OSN kritizovala vládu.", "cs"))
    assert c["Kubánská komunistická strana"] == "CUBPTY" and c["Mise OSN"] == "IGOUNO"
    c = coded(run(pipeline, "The Cuban Communist Party condemned the protests. The UN mission criticised Cuba.", "en"))
    assert c["Cuban Communist Party"] == "CUBPTY" and c["UN mission"] == "IGOUNO"


def test_bodies_office_of_an_official_takes_the_official_code(pipeline: Pipeline) -> None:
    text = "Kancelář prezidenta odmítla obvinění. Kancelář státního zástupce obžalovala starostu."
    c = coded(run(pipeline, text, "cs"))
    assert c["Kancelář prezidenta"] == "CZEGOV" and c["Kancelář státního zástupce"] == "CZEJUD"
    assert coded(run(pipeline, "Kancelář byla v pondělí zavřená.", "cs")).get("Kancelář") is None
