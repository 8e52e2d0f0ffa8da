"""Quotes on real-news patterns: scare quotes, lists of reported clauses, writer's asides, nested 'že' clauses."""

from __future__ import annotations

import pytest

from kronika import Pipeline
from kronika.model import Doc


def quotes(pipeline: Pipeline, text: str, lang: str) -> Doc:
    return pipeline(text, lang=lang)


def test_quotes_scare_quotes_in_belief_clause_are_dropped_cs(pipeline: Pipeline) -> None:
    doc = quotes(pipeline, "Očekává se, že nové zákony budou \"v krátké době\" schváleny senátem.", "cs")
    assert doc.quotes == []
    assert any("scare quotes" in str(d["reason"]) for d in doc.meta["quotes_dropped"])


def test_quotes_scare_quotes_in_belief_clause_are_dropped_en(pipeline: Pipeline) -> None:
    doc = quotes(pipeline, "Analysts expect that the new rules will be passed \"fairly soon\" by the senate.", "en")
    assert doc.quotes == []


def test_quotes_quoted_verb_is_no_tag_en(pipeline: Pipeline) -> None:
    text = ("The ministry confirmed that the contract was final and that it had been \"personally announced\" "
            "by the prime minister at the \"highest level possible\" last week.")
    doc = quotes(pipeline, text, "en")
    assert [q.text for q in doc.quotes if "highest level" in q.text and "contract" not in q.text] == []


def test_quotes_quoted_verb_is_no_tag_cs(pipeline: Pipeline) -> None:
    text = ("Armáda tvrdí, že spojenci \"dopředu varovali, že to oznámí\" a že Američané "
            "neměli \"žádnou chuť jít dál\" s prodejem lodí.")
    doc = quotes(pipeline, text, "cs")
    assert not any(q.text == "žádnou chuť jít dál" for q in doc.quotes), [q.text for q in doc.quotes]


@pytest.mark.parametrize(("text", "content"), [
    ("Ředitel včera prohlásil, že se cítí zcela nevinný, nepochybil, všechno může vysvětlit a plně spolupracuje "
     "s inspekcí.", "se cítí zcela nevinný, nepochybil, všechno může vysvětlit a plně spolupracuje s inspekcí"),
    ("Mluvčí uvedla, že firma nic neskrývá, nepodvedla, vše zveřejní a bude spolupracovat s úřady.",
     "firma nic neskrývá, nepodvedla, vše zveřejní a bude spolupracovat s úřady"),
])
def test_quotes_list_of_reported_clauses_cs(pipeline: Pipeline, text: str, content: str) -> None:
    q = quotes(pipeline, text, "cs").quotes
    assert [x.text for x in q] == [content]


def test_quotes_clause_after_content_with_conjunction_is_not_content_cs(pipeline: Pipeline) -> None:
    q = quotes(pipeline, "Ministr řekl, že rozpočet bude vyrovnaný, a odešel z jednání.", "cs").quotes
    assert [x.text for x in q] == ["rozpočet bude vyrovnaný"]


def test_quotes_contrast_clause_ends_content_cs(pipeline: Pipeline) -> None:
    q = quotes(pipeline, "Ministr řekl, že rozpočet bude vyrovnaný, zatímco opozice varuje před schodkem.", "cs").quotes
    assert [x.text for x in q] == ["rozpočet bude vyrovnaný"]


def test_quotes_while_clause_ends_content_en(pipeline: Pipeline) -> None:
    text = ("The president praised the agreement, saying it was time to \"stop waiting\" while presenting the deal "
            "as a sign of \"our strategic independence and strength.\"")
    doc = quotes(pipeline, text, "en")
    assert [q.text for q in doc.quotes] == ["it was time to \"stop waiting\""]
    assert any("writer's own clause" in str(d["reason"]) for d in doc.meta["quotes_dropped"])


def test_quotes_ze_clause_under_hearer_cs(pipeline: Pipeline) -> None:
    text = ("Premiér ostře zkritizoval opozici a řekl poslancům na schůzi sněmovny v úterý, "
            "že by měli podpořit nový rozpočet.")
    q = quotes(pipeline, text, "cs").quotes
    assert len(q) == 1 and q[0].text == "by měli podpořit nový rozpočet"
    assert q[0].speaker is not None and q[0].speaker.name.lower().startswith("premiér")


def test_quotes_generic_plural_speaker_keeps_its_form_cs(pipeline: Pipeline) -> None:
    q = quotes(pipeline, "Děti řekly učitelům, že je do školy přivezli rodiče.", "cs").quotes
    assert len(q) == 1 and q[0].speaker is not None
    assert q[0].speaker.name == "Děti"


def test_quotes_clause_under_feeling_noun_is_no_speech_cs(pipeline: Pipeline) -> None:
    text = "Ve čtvrtek se konal pochod, rodiče chtěli vyjádřit zklamání nad tím, že se stále nedaří najít viníky."
    assert quotes(pipeline, text, "cs").quotes == []


def test_quotes_clause_under_speech_noun_en(pipeline: Pipeline) -> None:
    text = "The governor repeated his message that what the state needs most is a dose of fiscal discipline."
    q = quotes(pipeline, text, "en").quotes
    assert [x.text for x in q] == ["what the state needs most is a dose of fiscal discipline"]


def test_quotes_second_phrase_of_one_attributed_statement_en(pipeline: Pipeline) -> None:
    text = ("According to the navy, the Americans \"had told us that the offer would be withdrawn\" and that "
            "Washington had \"no wish to go further\" with a sale of the ships.")
    doc = quotes(pipeline, text, "en")
    assert [q.text for q in doc.quotes] == ["had told us that the offer would be withdrawn"]
    assert any("already quoted" in str(d["reason"]) for d in doc.meta["quotes_dropped"])


@pytest.mark.parametrize(("lang", "text", "content"), [
    ("en", "The minister said that the budget would be balanced, because taxes would rise next year.",
     "the budget would be balanced, because taxes would rise next year"),
    ("cs", "Ministr uvedl, že rozpočet bude vyrovnaný, protože daně příští rok porostou.",
     "rozpočet bude vyrovnaný, protože daně příští rok porostou"),
])
def test_quotes_reason_clause_goes_on_with_content(pipeline: Pipeline, lang: str, text: str, content: str) -> None:
    assert [q.text for q in quotes(pipeline, text, lang).quotes] == [content]


def test_quotes_pronoun_takes_leading_clause_subject_en(pipeline: Pipeline) -> None:
    text = ("The president blamed Russia for the cyber attacks. "
            "While Beijing has been widely criticised for the leaks, it maintains that it was not involved.")
    q = quotes(pipeline, text, "en").quotes
    assert len(q) == 1 and q[0].speaker is not None
    assert q[0].speaker.code is not None and q[0].speaker.code.startswith("CHN")


def test_quotes_relative_clause_of_tag_noun_is_no_content_cs(pipeline: Pipeline) -> None:
    text = "Ministryně jednala v Berlíně. Dále vyzvala k rychlé pomoci uprchlíkům, kteří na hranicích uvízli."
    assert quotes(pipeline, text, "cs").quotes == []


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("cs", "Ministr odmítl návrh s tím, že rozpočet na to nemá peníze.", "rozpočet na to nemá peníze", "ministr"),
    ("en", "The court rejected the appeal on the grounds that the evidence had been collected illegally.",
     "the evidence had been collected illegally", "court"),
])
def test_quotes_speech_phrase_reports_verb_subject(pipeline: Pipeline, lang: str, text: str, content: str,
                                                   speaker: str) -> None:
    q = quotes(pipeline, text, lang).quotes
    assert [x.text for x in q] == [content]
    assert q[0].speaker is not None and speaker in q[0].speaker.name.lower()


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("cs", "Podle prohlášení ministerstva zahraničí je situace na hranicích velmi vážná.",
     "je situace na hranicích velmi vážná", "ministerstvo"),
    ("en", "According to a statement from the Foreign Ministry, the situation at the border is very serious.",
     "the situation at the border is very serious", "Foreign Ministry"),
])
def test_quotes_statement_noun_attribution_is_a_quote(pipeline: Pipeline, lang: str, text: str, content: str,
                                                      speaker: str) -> None:
    q = quotes(pipeline, text, lang).quotes
    assert [x.text for x in q] == [content]
    assert q[0].speaker is not None and speaker in q[0].speaker.name
    assert q[0].rule.startswith("attribution-speech-noun")


def test_quotes_news_reports_without_author_are_no_quote_cs(pipeline: Pipeline) -> None:
    doc = quotes(pipeline, "Podle dosavadních zpráv z tréninkových táborů si mladí hráči vedou dobře.", "cs")
    assert doc.quotes == []


def test_quotes_postposed_speaker_the_parser_missed_cs(pipeline: Pipeline) -> None:
    q = quotes(pipeline, "„Je to pro nás velký úspěch,“ uvedl pro Deník N starosta Tomáš Novák.", "cs").quotes
    assert len(q) == 1 and q[0].speaker is not None
    assert q[0].speaker.name == "Tomáš Novák"


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Vláda oznámila prodej lodí a premiér označil dohodu za důkaz \"evropské strategické nezávislosti\" "
           "celého kontinentu."),
    ("en", "The government announced the sale, and the premier presented the deal as proof of \"Europe's strategic "
           "independence\" for the whole continent."),
])
def test_quotes_scare_phrase_outside_cue_clause_is_dropped(pipeline: Pipeline, lang: str, text: str) -> None:
    doc = quotes(pipeline, text, lang)
    assert doc.quotes == [], [q.text for q in doc.quotes]


def test_quotes_scare_phrase_with_cue_only_in_next_sentence_is_dropped_cs(pipeline: Pipeline) -> None:
    text = ("Macron označil dohodu jako známku \"evropské strategické autonomie a suverenity.\" Podle francouzského "
            "ministerstva obrany Spojené státy \"upozornily předem, že toto oznámení bude zveřejněno\" a nic víc.")
    doc = quotes(pipeline, text, "cs")
    assert [q.text for q in doc.quotes] == ["upozornily předem, že toto oznámení bude zveřejněno"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("„Omlouváme se pacientům,“ napsala v prohlášení nemocnice.", "nemocnice"),
    ("„Pátráme po svědcích,“ uvedla v tiskové zprávě policie.", "policie"),
])
def test_quotes_speaker_hung_on_the_document_noun_cs(pipeline: Pipeline, text: str, speaker: str) -> None:
    """'napsala v prohlášení nemocnice': Nom = Gen for 'nemocnice', the parser makes it the statement's genitive;
    agreeing with the subjectless cue (napsala), it is the speaker."""
    doc = quotes(pipeline, text, "cs")
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == [speaker]
