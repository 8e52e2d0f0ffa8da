"""International material events (ConfliBERT classes 2 and 4): aid in money, equipment, weapons and training given
to a named recipient, and the armed groups and missions of international news (Nato, Isis, AQAP, ELN, AMISOM)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2018-05-20"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Australian Government provided $400 million to Indonesia last year.", ("AID", "AUS", "IDN")),
    ("cs", "Australská vláda loni poskytla Indonésii 400 milionů dolarů.", ("AID", "AUS", "IDN")),
    ("en", "Germany gave 6.3 million euros to Jordan for the refugee camps.", ("AID", "DEU", "JOR")),
    ("cs", "Německo poskytlo Jordánsku 6,3 milionu eur na uprchlické tábory.", ("AID", "DEU", "JOR")),
    ("en", "The U.S. military gave 600 new rifles to the Philippine Marines.", ("AID", "USA", "PHL")),
    ("cs", "Americká armáda předala filipínské námořní pěchotě 600 nových pušek.", ("AID", "USA", "PHL")),
    ("en", "Japan donated 20 ambulances and medical equipment to Ukraine.", ("AID", "JPN", "UKR")),
    ("cs", "Japonsko darovalo Ukrajině 20 sanitek a zdravotnické vybavení.", ("AID", "JPN", "UKR")),
    ("en", "The United States has provided peacekeeping training to AMISOM.", ("AID", "USA", "IGO")),
    ("cs", "Spojené státy poskytly výcvik misi AMISOM.", ("AID", "USA", "IGO")),
])
def test_aid_given_to_recipient(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Nato troops killed three Taliban fighters in Helmand.", ("ASSAULT", "IGO", "AFG")),
    ("cs", "Vojáci NATO zabili v Helmandu tři bojovníky Talibanu.", ("ASSAULT", "IGO", "AFG")),
    ("en", "AQAP attacked a military base in Yemen.", ("ASSAULT", "IMG", "YEM")),
    ("cs", "AQAP zaútočila na vojenskou základnu v Jemenu.", ("ASSAULT", "IMG", "YEM")),
    ("en", "The Democratic Republic of Congo has freed a US diplomat.", ("RETREAT", "COD", "USA")),
    ("cs", "Demokratická republika Kongo propustila amerického diplomata.", ("RETREAT", "COD", "USA")),
])
def test_international_armed_groups(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Isis fighters attacked the town on Sunday.", "IMGMUSISI"),
    ("en", "The ELN released two soldiers on Sunday.", "COLREB"),
    ("cs", "Povstalci z ELN v neděli propustili dva vojáky.", "COLREB"),
])
def test_armed_group_names(pipeline: Pipeline, lang: str, text: str, code: str) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2018-05-20"})
    assert any(e.source is not None and e.source.code == code for e in doc.events)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Germany returned 20 looted antiquities to Iraq.", ("RETREAT", "DEU", "IRQ")),
    ("cs", "Německo vrátilo Iráku dvacet ukradených starožitností.", ("RETREAT", "DEU", "IRQ")),
    ("en", "An Egyptian sarcophagus was returned to Egypt by US officials on Monday.", ("RETREAT", "USA", "EGY")),
    ("cs", "Americké úřady vrátily do Peru pět předkolumbovských artefaktů.", ("RETREAT", "USA", "PER")),
])
def test_returned_property(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russia launched cyber warfare against the UK.", ("ASSAULT", "RUS", "GBR")),
    ("cs", "Rusko zahájilo proti Británii kybernetickou válku.", ("ASSAULT", "RUS", "GBR")),
    ("en", "The UAE lifted the trade restrictions between it and Israel.", ("CONCEDE", "ARE", "ISR")),
    ("cs", "Spojené arabské emiráty zrušily obchodní omezení vůči Izraeli.", ("CONCEDE", "ARE", "ISR")),
    ("en", "Japan eased restrictions against North Korea.", ("CONCEDE", "JPN", "PRK")),
    ("cs", "Japonsko zmírnilo omezení vůči Severní Koreji.", ("CONCEDE", "JPN", "PRK")),
])
def test_warfare_and_lifted_restrictions(pipeline: Pipeline, lang: str, text: str,
                                         expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Israeli jets struck an arms depot near Damascus.", ("ASSAULT", "ISR", "SYR")),
    ("cs", "Izraelská letadla zasáhla sklad zbraní nedaleko Damašku.", ("ASSAULT", "ISR", "SYR")),
    ("en", "Russian drones struck an energy facility in Lviv overnight.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Ruské drony v noci zasáhly energetické zařízení ve Lvově.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Isis fighters attacked a Kurdish checkpoint near Kirkuk.", ("ASSAULT", "IMG", "IRQ")),
    ("cs", "Bojovníci Islámského státu zaútočili na kurdské stanoviště u Kirkúku.", ("ASSAULT", "IMG", "IRQ")),
])
def test_attacked_place_in_a_city(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


def test_attack_in_a_home_city_takes_no_place_target(pipeline: Pipeline) -> None:
    text = "Czech police stormed a squat in Brno."
    doc = pipeline({"id": "t", "text": text, "lang": "en", "published": "2018-05-20"})
    assert all(e.target is None or e.target.text != "Brno" for e in doc.events)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Germany took in 500 refugees from Syria last year.", ("AID", "DEU", "SYR")),
    ("cs", "Německo loni přijalo 500 uprchlíků ze Sýrie.", ("AID", "DEU", "SYR")),
])
def test_refugees_taken_in(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The missiles fired by the Israeli military struck an arms depot of the Syrian army.",
     ("ASSAULT", "ISR", "SYR")),
    ("en", "A bomb planted by the Taliban killed three Afghan soldiers.", ("ASSAULT", "AFG", "AFG")),
    ("cs", "Rakety vypálené Hamásem zasáhly izraelské město Aškelon.", ("ASSAULT", "PSE", "ISR")),
])
def test_weapon_subject_names_its_user(pipeline: Pipeline, lang: str, text: str,
                                        expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Islamic State militants held around 20,000 civilians as human shields in Raqqa.", ("COERCE", "IMG", "SYR")),
    ("cs", "Bojovníci Islámského státu drželi v Rakce asi 20 000 syrských civilistů jako lidské štíty.",
     ("COERCE", "IMG", "SYR")),
])
def test_human_shields(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)
