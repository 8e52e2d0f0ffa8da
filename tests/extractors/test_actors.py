"""Actors on hand-made Czech sentences: inflection, transliteration, role combinations, capitals, dates."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc


def run(pipeline: Pipeline, text: str, published: str = "2024-06-18") -> Doc:
    """Parse a Czech text and return the doc."""
    return pipeline({"text": text, "lang": "cs", "published": published})


def coded(doc: Doc) -> dict[str, str | None]:
    """Mention text -> code."""
    return {m.text: m.code for m in doc.mentions}


def test_actors_inflected_state_names_resolve(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Severní Korea pomáhá Rusku. Spojené státy jednaly s Ruskem a se Severní Koreou. "
                        "KLDR poděkovala Spojeným státům i Ukrajině.")
    c = coded(doc)
    assert c["Severní Korea"] == "PRK" and c["Severní Koreou"] == "PRK" and c["KLDR"] == "PRK"
    assert c["Rusku"] == "RUS" and c["Ruskem"] == "RUS"
    assert c["Spojené státy"] == "USA" and c["Spojeným státům"] == "USA"
    assert c["Ukrajině"] == "UKR"


def test_actors_instrumental_plural_united_states(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Oba státy odmítají světový řád vedený Spojenými státy.")
    assert coded(doc)["Spojenými státy"] == "USA"


def test_actors_person_inflections_and_possessives(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Podle Putina je to chyba. Kreml potvrdil Putinův plán. Součástí Putinovy návštěvy je jednání.")
    putin = [m for m in doc.mentions if m.name == "Vladimir Putin"]
    assert {m.text for m in putin} == {"Putina", "Putinův", "Putinovy"}
    assert all(m.code == "RUSGOV" for m in putin)
    assert len({m.actor_id for m in putin}) == 1


def test_actors_czech_spellings_transliterate(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Sergej Lavrov jednal s Andrejem Bělousovem. Vladimir Zelenskyj to odmítl.")
    names = {m.text: (m.name, m.code) for m in doc.mentions}
    assert names["Sergej Lavrov"] == ("Sergey Lavrov", "RUSGOV")
    assert names["Andrejem Bělousovem"] == ("Andrei Belousov", "RUSGOV")
    assert names["Vladimir Zelenskyj"] == ("Volodymyr Zelensky", "UKRGOV")


def test_actors_president_with_demonym_and_name_is_one_mention(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Ruský prezident Vladimir Putin dnes odletěl.")
    m = doc.mentions[0]
    assert (m.text, m.code, m.kind) == ("Ruský prezident Vladimir Putin", "RUSGOV", "PER")
    assert doc.tokens[m.head].text == "prezident"
    assert len(doc.mentions) == 1


def test_actors_spokesperson_of_ministry_inherits_country(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Podle mluvčího jihokorejského ministerstva zahraničí je to nepřijatelné.")
    assert coded(doc)["mluvčího jihokorejského ministerstva zahraničí"] == "KORGOV"


def test_actors_spokesperson_of_white_house_with_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Řekl to bezpečnostní mluvčí Bílého domu John Kirby.")
    c = coded(doc)
    assert c["Bílého domu"] == "USAGOV"
    spoke = next(m for m in doc.mentions if "Kirby" in m.text)
    assert spoke.code == "USAGOV" and spoke.name == "John Kirby"


def test_actors_sector_groups(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Ruská armáda postupuje. Ruské úřady to popírají. Ruští činitelé nevylučují dohodu.")
    c = coded(doc)
    assert c["Ruská armáda"] == "RUSMIL"
    assert c["Ruské úřady"] == "RUSGOV"
    assert c["Ruští činitelé"] == "RUSGOV"


def test_actors_western_and_european_groups(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Západní země i evropské státy čelí tlaku ze strany Západu.")
    c = coded(doc)
    assert c["Západní země"] == "WST" and c["evropské státy"] == "EUR" and c["Západu"] == "WST"


def test_actors_unknown_person_with_role_and_country(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Dohodu kritizoval francouzský ministr zahraničí Jean Dupont.")
    m = next(m for m in doc.mentions if "Dupont" in m.text)
    assert m.code == "FRAGOV" and m.kind == "PER"


def test_actors_capital_acts_but_not_as_place(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Moskva to odmítá. Delegace přiletěla v pondělí do Pchjongjangu a pak jednala v Moskvě.")
    c = coded(doc)
    assert c["Moskva"] == "RUSGOV"  # the subject of a verb: the government
    assert c["Pchjongjangu"] == "PRK"  # the destination of a visit is the state visited
    assert "Moskvě" not in c
    assert {d["text"] for d in doc.meta["actors_dropped"]} == {"Moskvě"}


def test_actors_igos_and_security_council(pipeline: Pipeline) -> None:
    doc = run(pipeline, "OSN i Rada bezpečnosti OSN to odsoudily. Rezoluce RB OSN platí, řekl mluvčí NATO.")
    c = coded(doc)
    assert c["OSN"] == "IGOUNO" and c["Rada bezpečnosti OSN"] == "IGOUNO" and c["RB OSN"] == "IGOUNO"
    assert c["NATO"] == "IGONAT"


def test_actors_role_follows_publication_date(pipeline: Pipeline) -> None:
    text = "Donald Trump se sešel s Joem Bidenem."
    in_2024 = coded(run(pipeline, text, "2024-06-18"))
    in_2026 = coded(run(pipeline, text, "2026-01-10"))
    assert in_2024["Donald Trump"] == "USAELI" and in_2024["Joem Bidenem"] == "USAGOV"  # a former president, as Biden
    assert in_2026["Donald Trump"] == "USAGOV" and in_2026["Joem Bidenem"] == "USAELI"


def test_actors_unresolved_name_kept_with_reason(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Peter Hollins to v Sacramentu a v Torontu popřel.")  # two foreign states: no clear home
    m = next(m for m in doc.mentions if "Hollins" in m.text)
    assert m.code is None and m.status == "unresolved" and m.reason
    doc = run(pipeline, "Bohumil Vomáčka to v Sacramentu a v Torontu popřel.")  # a name in Czech spelling: Czech
    assert next(m for m in doc.mentions if "Vomáčka" in m.text).code == "CZECVL"


def test_actors_unlisted_person_without_role_is_private_person_of_the_home(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Bohumil Vomáčka to popřel. Vomáčka mluvil s novináři.")
    assert [m.code for m in doc.mentions if "Vomáč" in m.text] == ["CZECVL", "CZECVL"]
    doc = run(pipeline, "Ministr vnitra Bohumil Vomáčka to popřel. Vomáčka mluvil s novináři.")
    assert {m.code for m in doc.mentions if "Vomáč" in m.text} == {"CZEGOV"}  # a role wins


def test_actors_table_codes_a_person_of_no_known_role_by_country(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Bohumil Vomáčka to popřel. Vomáčka mluvil s novináři v Praze. Česko mlčí.")
    assert {m.code for m in doc.mentions if "Vomáč" in m.text} == {"CZECVL"}  # the engine's private person
    assert [a.code for a in doc.actors if "Vomáč" in a.name] == ["CZE"]  # the table claims no civilian
    doc = run(pipeline, "Ekologická aktivistka Jana Vomáčková v Praze kritizovala vládu. Česko mlčí.")
    assert [a.code for a in doc.actors if "Vomáč" in a.name] == ["CZE"]  # an activist: no CAMEO type
    doc = run(pipeline, "Obyvatelé Prahy protestovali. Ministr vnitra Bohumil Vomáčka to popřel.")
    assert [a.code for a in doc.actors if "Vomáč" in a.name] == ["CZEGOV"]  # a role stays


def test_actors_group_mentions_into_actors_with_nominative_names(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Rusko varovalo. S Ruskem nikdo nejedná. Moskva mlčí.")
    rus = [a for a in doc.actors if a.code == "RUS"]
    assert len(rus) == 1 and rus[0].name == "Rusko" and len(rus[0].mentions) == 3


def test_actors_inhabitant_nouns_are_state_groups(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Češi i Francouzi to odmítli. Rusové mlčí.")
    c = coded(doc)
    assert c["Češi"] == "CZE" and c["Francouzi"] == "FRA" and c["Rusové"] == "RUS"


def test_actors_foreign_names_tagged_x_and_leaders(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Čínský prezident Si Ťin-pching přijal vůdce. Generální tajemník OSN António Guterres vyzval "
                        "Izrael a Hamás k příměří.", "2024-10-20")
    names = {m.text: (m.name, m.code) for m in doc.mentions}
    assert names["Čínský prezident Si Ťin-pching"] == ("Xi Jinping", "CHNGOV")
    assert names["Generální tajemník OSN António Guterres"] == ("António Guterres", "IGOUNO")
    assert names["Hamás"][1] == "PSEREB"


def test_actors_region_adjective_with_singular_country_is_not_the_region(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Putin dnes míří do této asijské země. Západní země to odsoudily.")
    c = coded(doc)
    assert "asijské země" not in c and c["Západní země"] == "WST"


def test_actors_surname_alone_needs_a_safe_reference(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Premiér Petr Fiala přijel. Fiala pak jednal. Jill Bidenová vystoupila. Podle Haase ne.")
    c = {m.text: (m.name, m.code) for m in doc.mentions}
    assert c["Fiala"] == ("Petr Fiala", "CZEGOV")
    assert c["Jill Bidenová"][1] == "CZECVL"  # a feminine surname is not Joe Biden: an unlisted private person
    assert all(code is None for text, (_, code) in c.items() if "Haas" in text)  # no dictionary match by sound


def test_actors_state_body_without_country_takes_the_home_default(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Ministerstvo zahraničí to odmítlo. Lidé protestovali.")
    m = next(m for m in doc.mentions if m.text == "Ministerstvo zahraničí")
    assert m.code == "CZEGOV" and m.rule.startswith("role:home country, language default")
    assert [m.code for m in doc.mentions if m.text == "Lidé"] == ["CZECVL"]  # people of the home, as 'lidi' always were


def test_actors_seats_of_power_act_but_not_as_places(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Brusel varoval Budapešť. Summit se konal v Bruselu. Kreml to popřel. "
                        "Jednání v Bílém domě skončilo.")
    c = coded(doc)
    assert c["Brusel"] == "IGOEUREEC" and c["Kreml"] == "RUSGOV" and c["Budapešť"] == "HUN"
    assert "Bruselu" not in c and "Bílém domě" not in c


def test_actors_capitals_between_and_towards_are_actors(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Jednání mezi Moskvou a Kyjevem ztroskotalo. Delegace se vrátila z Moskvy.")
    c = coded(doc)
    assert c["Moskvou"] == "RUS" and c["Kyjevem"] == "UKR" and "Moskvy" not in c


def test_actors_cs_capital_and_seat_as_government(pipeline: Pipeline) -> None:
    doc = pipeline({"text": "Moskva odmítla obvinění. Hrad to nekomentoval.", "lang": "cs"})
    c = {m.text: m.code for m in doc.mentions}
    assert c["Moskva"] == "RUSGOV" and c["Hrad"] == "CZEGOV"


def test_actors_cs_visit_destination_is_the_state_visited(pipeline: Pipeline) -> None:
    doc = pipeline({"text": "Ministr přiletěl do Ammánu. Premiér se setkal s králem v Ammánu.", "lang": "cs"})
    assert [m.code for m in doc.mentions if m.text.startswith("Ammán")] == ["JOR"]


def test_actors_cs_adjectival_surname_and_territory(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Trump se setkal se Zelenským v Polsku. Moskva anektovala ukrajinský Krym.")
    c = coded(doc)
    assert c["Zelenským"] == "UKRGOV" and c["Krym"] == "UKR"


def test_actors_cs_workforce_is_no_army(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Stavební firmy bojují s nedostatkem pracovních sil. Ozbrojené síly zasáhly.")
    c = coded(doc)
    assert "pracovních sil" not in c and c["Ozbrojené síly"] == "CZEMIL"


def test_actors_cs_role_stops_before_another_actors_phrase(pipeline: Pipeline) -> None:
    # 'proti Ukrajině' names a target, not the drones' owner (events read the first mention of a token)
    doc = run(pipeline, "Rusko použilo íránské drony proti Ukrajině. Jednání ministra s Ukrajinou skončilo.")
    c = coded(doc)
    assert c["íránské drony"] == "IRNMIL" and c["Ukrajině"] == "UKR"
    assert all(m.code != "UKRGOV" or "Ukrajin" not in m.text for m in doc.mentions)
