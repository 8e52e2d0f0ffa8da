"""Unnamed persons named by a common noun (critics, witnesses, a sister) are private persons of the home country."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline

PAK_EN = ("Pakistani police arrested a man who killed his sister on Tuesday. Pakistan's government condemned the "
          "killing. Critics accused Pakistan's government of failing women. The police in Pakistan are looking for "
          "witnesses. Prime Minister Imran Khan criticized his supporters.")


def test_actors_persons_english_kin_critics_witnesses_supporters(pipeline: Pipeline) -> None:
    codes = coded(run(pipeline, PAK_EN, "en"))
    for noun in ("sister", "Critics", "witnesses", "supporters"):
        assert codes[noun] == "PAKCVL", noun


def test_actors_persons_czech_kin_witnesses_supporters(pipeline: Pipeline) -> None:
    text = ("Brněnská policie v úterý zadržela muže, který zavraždil svou manželku. Policie hledá svědky. "
            "Kritici říkají, že primátor Brna selhal. Vláda nechala zatknout jeho příznivce.")
    codes = coded(run(pipeline, text, "cs"))
    for noun in ("manželku", "svědky", "Kritici", "příznivce"):
        assert codes[noun] == "CZECVL", noun


def test_actors_persons_czech_criticism_is_no_critic(pipeline: Pipeline) -> None:
    text = ("Řada komentátorů přispěchala s kritikou, že Macron přepisuje historii. Kritici říkají, že francouzský "
            "prezident selhal.")
    codes = coded(run(pipeline, text, "cs"))
    assert "kritikou" not in codes  # kritika (criticism) shares the stem of kritik (critic)
    assert codes["Kritici"] == "FRACVL"
    assert codes["komentátorů"] == "FRAMED"


def test_actors_persons_no_home_leaves_them_out(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Critics say the plan failed. Witnesses saw the crash.", "en")
    assert all(m.code is None or not m.code.endswith("CVL") for m in doc.mentions)


def test_actors_persons_legal_person_is_no_person(pipeline: Pipeline) -> None:
    codes = coded(run(pipeline, "Ministerstvo financí pokutovalo právnickou osobu. Policie zadržela tři osoby.", "cs"))
    assert "právnickou osobu" not in codes and "osobu" not in codes
    assert codes["osoby"] == "CZECVL"


def test_actors_persons_czech_possessed_kin_noun_is_a_person_not_a_nurse(pipeline: Pipeline) -> None:
    text = ("Brněnská policie zadržela muže, který zavraždil svoji sestru. Zdravotní sestra ošetřila pacienta. "
            "Jeho oběť zemřela v nemocnici.")
    codes = coded(run(pipeline, text, "cs"))
    assert codes["sestru"] == "CZECVL"
    assert codes["oběť"] == "CZECVL"
    assert codes.get("sestra") != "CZECVL"  # a nurse (no possessive) is no private person


def test_actors_persons_english_possessed_victim(pipeline: Pipeline) -> None:
    text = "Pakistani police said the man strangled his victim in Multan. Pakistan's courts convicted him."
    assert coded(run(pipeline, text, "en"))["victim"] == "PAKCVL"


def test_actors_persons_couples_plural_only(pipeline: Pipeline) -> None:
    text = ("Řecká policie rozbila gang. Podle řeckých úřadů gang prodával novorozence bezdětným řeckým párům. "
            "Za pár dní ho řecký soud odsoudil.")
    codes = coded(run(pipeline, text, "cs"))
    assert codes["bezdětným řeckým párům"] == "GRCCVL" or codes.get("párům") == "GRCCVL"
    assert "pár" not in codes  # 'za pár dní' (a few days) is no couple


def test_actors_persons_lower_case_word_is_no_name(pipeline: Pipeline) -> None:
    """'dragged her into the bush': a lower-case word the tagger calls a proper noun is no person (George Bush), so
    it neither becomes an actor nor votes for the article's home (an Australian story was read as American)."""
    text = "The man dragged her into the bush. Police in Sydney arrested him."
    doc = pipeline({"id": "t", "text": text, "lang": "en"})
    assert not any(m.text == "bush" for m in doc.mentions)
    assert doc.meta["home_country"]["code"] == "AUS"
