"""Actor codes of events of the right type (session 28): the state a people lives in, a company named again."""

from __future__ import annotations

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of the events coded in a text."""
    doc = pipeline({"text": text, "lang": lang, "published": "2021-12-01"})
    return {(e.type, e.source.code[:3] if e.source and e.source.code else None,
             e.target.code[:3] if e.target and e.target.code else None) for e in doc.events}


def test_bosnian_serbs_are_bosnias_people(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.", "en")
    assert ("REQUEST", "BIH", "BIH") in evs
    evs = _events(pipeline, "Bosenští Srbové požadovali příměří s muslimskými silami ve východní Bosně.", "cs")
    assert ("REQUEST", "BIH", "BIH") in evs


def test_their_forces_of_bosnian_serbs(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the town.",
                  "en")
    assert ("RETREAT", "BIH", None) in evs


def test_people_without_another_demonym_stay_their_states(pipeline: Pipeline) -> None:
    assert ("REQUEST", "SRB", None) in _events(pipeline, "Serbs demanded a truce.", "en")
    assert ("REQUEST", "SRB", "BIH") in _events(pipeline, "Srbové požadovali příměří s bosenskou vládou.", "cs")


def test_demonym_still_completes_a_relative_code(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "SYR", "TUR") in _events(pipeline, "Syrští Kurdové obvinili Turecko.", "cs")


TEXT_KONCERN = ("Francouzští rybáři pohrozili ukončením dovozu do Británie. "
                "\"Můžeme očekávat protestní akce,\" uvedl v prohlášení místní rybářský výrobní koncern CRPMEM pro "
                "region Hauts-de-France. Francie požaduje další licence. Koncern prohlásil, že jeho členové byli "
                "\"rozladěni\" zprávou a cítili se \"zrazeni\" Evropskou komisí, která by měla proti Británii "
                "zahájit právní kroky.")


def test_company_named_again_is_that_company_not_the_sentences_state(pipeline: Pipeline) -> None:
    doc = pipeline({"text": TEXT_KONCERN, "lang": "cs", "published": "2021-12-01"})
    speakers = [q.speaker for q in doc.quotes if q.speaker is not None and q.speaker.text == "Koncern"]
    assert speakers
    assert all(s.name == "CRPMEM" and not str(s.code or "").startswith("GBR") for s in speakers)


def test_bare_company_noun_without_a_named_one_keeps_its_sentences_state(pipeline: Pipeline) -> None:
    doc = pipeline({"text": "Britský koncern oznámil propouštění. Koncern prohlásil, že Británie mu nepomohla.",
                    "lang": "cs", "published": "2021-12-01"})
    assert all(m.code is None or m.code.startswith("GBR") for m in doc.mentions if m.text == "Koncern")


TEXT_PREMIER = ("Nicola Sturgeonová řekla, že její vláda nebude váhat. V USA onemocnělo více než 500 lidí. "
                "Úřady uvedly, že případů přibývá. První úmrtí bylo oznámeno v úterý. Pacient zemřel ve středu. "
                "Centrum pro kontrolu nemocí varovalo občany před kouřením. "
                "Premiérka uvedla, že skotská vláda začala sledovat vývoj v USA. \"Budeme jednat o zákazu reklamy,\" "
                "řekla premiérka.")


def _codes_of(pipeline: Pipeline, text: str, word: str) -> list[str | None]:
    doc = pipeline({"text": text, "lang": "cs", "published": "2019-10-01"})
    return [m.code for m in doc.mentions if m.text == word]


def test_bare_title_far_after_the_one_such_person_is_that_person(pipeline: Pipeline) -> None:
    codes = _codes_of(pipeline, TEXT_PREMIER, "Premiérka")
    assert codes and all(str(c).startswith("GBR") for c in codes)


def test_bare_title_far_after_two_such_persons_stays_open(pipeline: Pipeline) -> None:
    text = TEXT_PREMIER.replace("Nicola Sturgeonová řekla", "Nicola Sturgeonová a Boris Johnson řekli")
    doc = pipeline({"text": text, "lang": "cs", "published": "2019-10-01"})
    assert not any(m.rule.startswith("role:title of the one") for m in doc.mentions if m.text == "Premiérka")


def test_demonym_on_a_currency_is_no_target(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Prezident Aristide byl haitskou vládou obviněn ze zneužití 50 milionů amerických dolarů.",
                  "cs")
    assert not any(t == "USA" for _, _, t in evs)
    evs = _events(pipeline, "The Haitian government accused Aristide of stealing 50 million US dollars.", "en")
    assert not any(t == "USA" for _, _, t in evs)


def test_demonym_on_goods_stays_a_target(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "RUS", "UKR") in _events(pipeline, "Rusko obvinilo Ukrajinu z krádeže ruského plynu.", "cs")
    assert ("ACCUSE", "HTI", "USA") in _events(pipeline, "Haiti accused the United States of stealing dollars.", "en")
