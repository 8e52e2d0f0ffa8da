"""Czech quotes: every quotation style and cue pattern on hand-made sentences, through the real pipeline."""

from __future__ import annotations

import pytest
from quotes_support import only_quote, run_lang, speaker_name

from kronika import Pipeline
from kronika.extractors.quotes_lex import cue_lexicon
from kronika.model import Doc, Quote


def run(pipeline: Pipeline, text: str) -> Doc:
    return run_lang(pipeline, text, "cs")


def only(pipeline: Pipeline, text: str) -> Quote:
    return only_quote(run(pipeline, text))


@pytest.mark.parametrize("text", [
    "„Situace na hranicích je velmi vážná,“ řekl ministr zahraničí Jan Lipavský.",
    "\"Situace na hranicích je velmi vážná,\" řekl ministr zahraničí Jan Lipavský.",
    "»Situace na hranicích je velmi vážná,« řekl ministr zahraničí Jan Lipavský.",
    "‚Situace na hranicích je velmi vážná,‘ řekl ministr zahraničí Jan Lipavský.",
    "Ministr zahraničí Jan Lipavský řekl: „Situace na hranicích je velmi vážná.“",
])
def test_quotes_direct_every_style_with_speaker(pipeline: Pipeline, text: str) -> None:
    q = only(pipeline, text)
    assert q.direct
    assert q.text.rstrip(",.") == "Situace na hranicích je velmi vážná"
    assert "Lipavský" in speaker_name(q)
    assert q.cue == "řekl"
    assert text[q.span[0]:q.span[1]].startswith("Situace")


def test_quotes_indirect_ze_clause_without_ze(pipeline: Pipeline) -> None:
    text = "Ministr financí Zbyněk Stanjura uvedl, že rozpočet na příští rok bude vyrovnaný."
    q = only(pipeline, text)
    assert not q.direct
    assert q.text == "rozpočet na příští rok bude vyrovnaný"
    assert speaker_name(q) == "Zbyněk Stanjura"
    assert q.cue == "uvedl" and q.cue_span is not None
    assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("cue", ["zdůraznil", "prohlásil", "dodal", "napsal", "varoval", "oznámil", "tvrdí",
                                 "sdělil", "potvrdil", "popřel", "poznamenal", "upozornil"])
def test_quotes_indirect_cue_verbs(pipeline: Pipeline, cue: str) -> None:
    q = only(pipeline, f"Starosta Brna {cue}, že nová tramvajová trať bude hotová do konce roku.")
    assert q.text == "nová tramvajová trať bude hotová do konce roku"
    assert "Brna" in speaker_name(q) or "Starosta" in speaker_name(q)


def test_quotes_dropped_subject_takes_previous_subject(pipeline: Pipeline) -> None:
    q = only(pipeline, "Premiér Petr Fiala ve středu navštívil Kyjev. Uvedl, že Česko bude Ukrajinu dál podporovat.")
    assert q.text == "Česko bude Ukrajinu dál podporovat"
    assert speaker_name(q) == "Petr Fiala"


def test_quotes_dropped_subject_takes_previous_speaker(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Ministr Jan Lipavský řekl, že jednání pokračují. Rusko čelí sankcím. "
                        "Dodal, že další kolo se uskuteční v Ženevě.")
    assert [speaker_name(q) for q in doc.quotes] == ["Jan Lipavský", "Jan Lipavský"]


def test_quotes_podle_pronoun_with_quotation(pipeline: Pipeline) -> None:
    q = only(pipeline, "Prezident Petr Pavel jednal s ukrajinským protějškem. "
                       "Podle něj \"je to jasný signál pro Moskvu a její spojence\".")
    assert q.direct and q.text == "je to jasný signál pro Moskvu a její spojence"
    assert speaker_name(q) == "Petr Pavel"
    assert q.speaker is not None and q.speaker.text == "něj"
    assert q.cue == "Podle"


def test_quotes_podle_genitive_speaker_in_nominative(pipeline: Pipeline) -> None:
    q = only(pipeline, "Podle mluvčího vlády Jana Novotného \"kabinet žádné nové daně nechystá\".")
    assert q.text == "kabinet žádné nové daně nechystá"
    assert "Novotn" in speaker_name(q) and "Jana Novotného" not in speaker_name(q)


def test_quotes_opening_before_speaker_is_one_statement_with_quoted_part(pipeline: Pipeline) -> None:
    # GUIDELINES: a partial quote inside a statement counts once, as the enclosing statement
    text = ("Znepokojeni jsme \"nejen kvůli dopadům na civilisty, ale také kvůli bezpečnosti celého regionu\", "
            "řekl mluvčí ministerstva Tomáš Pojar.")
    q = only(pipeline, text)
    assert not q.direct and q.rule.startswith("mixed-lead")
    assert q.text == "Znepokojeni jsme \"nejen kvůli dopadům na civilisty, ale také kvůli bezpečnosti celého regionu"
    assert "Pojar" in speaker_name(q)


def test_quotes_partial_quote_inside_indirect_counts_once(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Prezident Pavel uvedl, že vláda připraví nové systémy, "
                        "\"které nebudou pod kontrolou cizích mocností\", a zavede je do konce roku.")
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert not q.direct and q.text.startswith("vláda připraví nové systémy")
    assert "které nebudou pod kontrolou" in q.text
    assert any(d["reason"] == "partial quote inside indirect speech" for d in doc.meta["quotes_dropped"])


def test_quotes_split_quote_around_speech_tag_is_one(pipeline: Pipeline) -> None:
    q = only(pipeline, "„Ceny energií musí klesnout,“ říká ekonom Lukáš Kovanda, „jinak bude průmysl dál trpět.“")
    assert q.text == "Ceny energií musí klesnout, jinak bude průmysl dál trpět."
    assert speaker_name(q) == "Lukáš Kovanda"


def test_quotes_tag_ending_its_sentence_closes_the_quote(pipeline: Pipeline) -> None:
    doc = run(pipeline, "„Ceny energií musí klesnout,“ říká ekonom Lukáš Kovanda. „Jinak bude průmysl dál trpět.“")
    assert [q.text for q in doc.quotes] == ["Ceny energií musí klesnout,", "Jinak bude průmysl dál trpět."]
    assert all(speaker_name(q) == "Lukáš Kovanda" for q in doc.quotes)


def test_quotes_unbalanced_mark_stops_at_paragraph(pipeline: Pipeline) -> None:
    text = ("Mluvčí hasičů řekl: „Požár se podařilo lokalizovat až po půlnoci\n\n"
            "Další odstavec už citací není a pokračuje běžným textem o škodách na budovách.")
    q = only(pipeline, text)
    assert q.text == "Požár se podařilo lokalizovat až po půlnoci"
    assert q.rule.startswith("direct-cue-unclosed")


@pytest.mark.parametrize("text", [
    "Analytici se domnívají, že inflace v příštím roce výrazně klesne.",
    "Ruští činitelé nevylučují, že během návštěvy budou podepsány nové dohody.",
    "Podle ministerstva vnitra se počet žádostí o azyl zvýšil o třetinu.",
    "Takzvaná \"speciální vojenská operace\" trvá už třetím rokem.",
    "Vláda v úterý schválila rozpočet a poslala ho do sněmovny.",
])
def test_quotes_beliefs_attributions_and_scare_quotes_are_not_quotes(pipeline: Pipeline, text: str) -> None:
    doc = run(pipeline, text)
    assert doc.quotes == []
    if "\"" in text or "domnív" in text or "nevylučují" in text or "Podle" in text:
        assert doc.meta["quotes_dropped"] and all(d["reason"] for d in doc.meta["quotes_dropped"])


def test_quotes_postposed_unquoted_speech(pipeline: Pipeline) -> None:
    q = only(pipeline, "Doufáme, že se jednání brzy obnoví, řekl ministr zahraničí Jan Lipavský.")
    assert not q.direct
    assert "jednání brzy obnoví" in q.text
    assert "Lipavský" in speaker_name(q)


def test_quotes_relative_clause_speaker(pipeline: Pipeline) -> None:
    q = only(pipeline, "Jednání vedl velvyslanec Petr Kolář, který prohlásil, že dohoda je na dosah.")
    assert q.text == "dohoda je na dosah"
    assert "Kol" in speaker_name(q)  # the actor's canonical name, or the name as written


def test_quotes_cue_lexicon_loads_and_slovak_falls_back() -> None:
    for lang in ("cs", "en", "sk"):
        lex = cue_lexicon(lang)
        assert lex.verbs["speech"] and lex.subject_deps and lex.complement_deps
        assert "speech" in lex.quote_kinds
    assert "uvést" in cue_lexicon("sk").verbs["speech"]


def test_quotes_hearer_is_not_the_speaker(pipeline: Pipeline) -> None:
    q = only(pipeline, "„Do konce roku chceme mít hotovo,“ řekla ČTK mluvčí ministerstva Jana Malá.")
    assert speaker_name(q) == "Jana Malá"


def test_quotes_tag_in_next_sentence(pipeline: Pipeline) -> None:
    q = only(pipeline, "„Situace je stabilizovaná.“ Řekl to v neděli ministr zdravotnictví Vlastimil Válek.")
    assert q.text == "Situace je stabilizovaná." and q.cue == "Řekl"
    assert speaker_name(q) == "Vlastimil Válek"


def test_quotes_short_utterance_with_dropped_subject(pipeline: Pipeline) -> None:
    q = only(pipeline, "Premiérka Jana Černá navštívila nemocnici. „Nemůžeme čekat,“ prohlásila.")
    assert q.text == "Nemůžeme čekat,"
    assert speaker_name(q) == "Jana Černá"


def test_quotes_jak_tag_before_content(pipeline: Pipeline) -> None:
    q = only(pipeline, "Jak tento týden uvedl list Financial Times, rakouský podíl činí více než čtvrtinu.")
    assert q.text == "rakouský podíl činí více než čtvrtinu"
    assert "Financial Times" in speaker_name(q)


def test_quotes_nested_cue_without_own_subject_counts_once(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Ukrajinský prezident Volodymyr Zelenskyj řekl, že jeho země potřebuje více zbraní, "
                        "a vyzval Západ, aby urychlil dodávky.")
    assert len(doc.quotes) == 1
    assert doc.quotes[0].text.startswith("jeho země potřebuje více zbraní")
    assert "Zelensk" in speaker_name(doc.quotes[0])


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_quotes_cue_files_have_no_duplicates_or_overlaps(lang: str) -> None:
    lex = cue_lexicon(lang)
    assert not lex.verbs["speech"] & lex.verbs["belief"]
    assert lex.phrases and all(p for p in lex.phrases)
    assert lex.quote_kinds <= {"speech", "belief", "attribution"}
