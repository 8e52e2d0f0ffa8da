"""English national agencies of ordinary news (Home Office, CDC, FAA, NHS), the UK's nations as demonyms and the
private-life and money nouns of police and business stories (girlfriend, creditors) resolve to actors."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline
from kronika.model import Doc

BRITAIN = "The case has shocked Britain. Britain has seen several such cases this year. "
AMERICA = "The case has shocked the United States. The United States has seen several such cases this year. "


def events(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    """(type, source code, target code) of a doc's events."""
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events]


def test_en_agencies_uk_bodies_are_british_in_any_article(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The Home Office ordered the force to respond. The NHS and the Crown Prosecution Service "
                        "criticised the Metropolitan Police.", "en")
    c = coded(doc)
    assert c["Home Office"] == "GBRGOV"
    assert c["NHS"] == "GBRHLH"
    assert c["Crown Prosecution Service"] == "GBRJUD"
    assert c["Metropolitan Police"] == "GBRCOP"


def test_en_agencies_us_bodies_give_events_a_source(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The Centers for Disease Control and Prevention (CDC) urged hospitals to report new cases.",
              "en")
    c = coded(doc)
    assert c["Centers for Disease Control and Prevention"] == "USAHLH"
    assert c["CDC"] == "USAHLH"
    assert next(t for t in events(doc) if t[0] == "REQUEST")[1] == "USAHLH"
    c = coded(run(pipeline, "The Federal Aviation Administration grounded the plane. ICE agents arrested him.", "en"))
    assert c["Federal Aviation Administration"] == "USAGOV"
    assert c["ICE"] == "USACOP"


def test_en_agencies_acronym_is_matched_only_in_capitals(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, AMERICA + "Ice on the road caused the crash.", "en"))
    assert "Ice" not in c


def test_en_agencies_guard_takes_the_home_country(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, AMERICA + "The National Guard was sent to the city.", "en"))
    assert c["National Guard"] == "USAMIL"


def test_en_agencies_scottish_and_welsh_are_british(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "The Scottish Government criticised the Welsh students.", "en"))
    assert c["Scottish Government"] == "GBRGOV"
    assert (c["Welsh students"] or "").startswith("GBR")


def test_en_agencies_girlfriend_is_a_private_person_and_target(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "A man shot his girlfriend in the street.", "en")
    assert coded(doc)["girlfriend"] == "GBRCVL"
    assert ("ASSAULT", "GBRCVL", "GBRCVL") in events(doc)


def test_en_agencies_creditors_are_business(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "The creditors asked the company to raise more money.", "en")
    assert coded(doc)["creditors"] == "GBRBUS"
    assert ("REQUEST", "GBRBUS", "GBRBUS") in events(doc)


def test_en_agencies_house_is_the_home_legislature(pipeline: Pipeline) -> None:
    doc = run(pipeline, AMERICA + "The House voted on Friday to block the declaration.", "en")
    assert coded(doc)["House"] == "USALEG"
    assert ("COERCE", "USALEG", "USA") in events(doc)
    c = coded(run(pipeline, BRITAIN + "The White House condemned the attack.", "en"))
    assert c["White House"] == "USAGOV"


def test_en_agencies_czech_news_agency(pipeline: Pipeline) -> None:
    assert coded(run(pipeline, "He told ČTK that the Czech police had questioned him.", "en"))["ČTK"] == "CZEMED"


def test_en_agencies_singular_couple_and_superintendent_of_police(pipeline: Pipeline) -> None:
    text = (BRITAIN + "The superintendent of the county police charged the couple with cruelty to animals.")
    doc = run(pipeline, text, "en")
    c = coded(doc)
    assert c["couple"] == "GBRCVL"
    assert ("ACCUSE", "GBRCOP", "GBRCVL") in events(doc)


def test_en_agencies_crown_court_makes_a_british_story(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Oxford Crown Court heard the man had been drinking. A judge sentenced the man to a year in "
                        "prison.", "en")
    assert coded(doc)["Crown Court"] == "GBRJUD"
    assert (doc.meta.get("home_country") or {}).get("code") == "GBR"
    c = coded(run(pipeline, "The U.S. District Court blocked the rule on Monday.", "en"))
    assert c["U.S. District Court"] == "USAJUD"


def test_en_agencies_czech_institutions_in_translation(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The Office for the Protection of Competition fined Czech Railways. The BIS warned against "
                        "Russian spies.", "en")
    c = coded(doc)
    assert c["Office for the Protection of Competition"] == "CZEGOV"
    assert c["Czech Railways"] == "CZEBUS"
    assert c["BIS"] == "CZESPY"
    assert ("COERCE", "CZEGOV", "CZEBUS") in events(doc)


def test_en_agencies_town_bodies_take_the_home_country(pipeline: Pipeline) -> None:
    text = "Czech police said on Monday. The Town Hall criticised the company. The fire brigade rescued the driver."
    doc = run(pipeline, text, "en")
    c = coded(doc)
    assert c["Town Hall"] == "CZEGOV"
    assert c["fire brigade"] == "CZEGOV"
    assert ("ACCUSE", "CZEGOV", "CZEBUS") in events(doc)


def test_en_agencies_funds_service_members_and_chairs(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "The pension funds have kicked off talks with specialist insurers about a deal. "
                                  "The chair of the trustees criticised the regulator.", "en")
    c = coded(doc)
    assert c["pension funds"] == "GBRBUS"
    assert c["chair of the trustees"] == "GBRBUS"
    assert ("CONSULT", "GBRBUS", "GBRBUS") in events(doc)
    c = coded(run(pipeline, AMERICA + "The US Army advised service members to watch out.", "en"))
    assert c["service members"] == "USAMIL"


def test_en_agencies_member_compounds_take_their_body_sector(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "Board members criticised the regulator. Gang members attacked the police.", "en")
    c = coded(doc)
    assert c["Board members"] == "GBRBUS"
    assert c["Gang members"] == "GBRCRM"
    assert ("ASSAULT", "GBRCRM", "GBRCOP") in events(doc)


def test_en_agencies_uk_police_forces_by_name(pipeline: Pipeline) -> None:
    text = "West Midlands Police said a man was stabbed. Greater Manchester Police arrested two men."
    doc = run(pipeline, text, "en")
    c = coded(doc)
    assert c["West Midlands Police"] == "GBRCOP"
    assert c["Greater Manchester Police"] == "GBRCOP"
    assert (doc.meta.get("home_country") or {}).get("code") == "GBR"
    c = coded(run(pipeline, "Officers from New South Wales Police arrested a man in Sydney.", "en"))
    assert not any((code or "").startswith("GBR") for code in c.values())  # no 'South Wales Police' inside it


def test_en_agencies_local_officials_of_police_court_and_school(pipeline: Pipeline) -> None:
    doc = run(pipeline, AMERICA + "The district attorney charged the man. A prison officer attacked an inmate. "
                                  "The headteacher praised the pupils. An assemblyman criticised the governor.", "en")
    c = coded(doc)
    assert c["district attorney"] == "USAJUD"
    assert c["prison officer"] == "USACOP"
    assert c["headteacher"] == "USAEDU"
    assert c["assemblyman"] == "USALEG"
    assert ("ASSAULT", "USACOP", "USACVL") in events(doc)


def test_en_agencies_us_state_adjectives_are_american(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Californian officials criticised the company. A Texan man attacked the police.", "en")
    c = coded(doc)
    assert c["Californian officials"] == "USAGOV"
    assert c["Texan man"] == "USACVL"
    assert (doc.meta.get("home_country") or {}).get("code") == "USA"


def test_en_agencies_a_named_house_is_not_the_legislature(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Chatham House said the sanctions were working, Russian media said.", "en"))
    assert c["Chatham House"] == "GBRNGO"
    assert "House" not in c
