"""Home from spelling (actors.spelled_home): an English article full of Czech-spelled names is a Czech story."""

from __future__ import annotations

import pytest

from kronika import Pipeline

LOCAL = ("Young woman dies in car crash near Hořice\n\n"
         "A young woman was seriously wounded and died on the spot, said Zuzana Fajtlová, the spokeswoman of the "
         "regional rescue service. The driver of the other car, Tomáš Dvořák, was taken to hospital. "
         "The police questioned the driver on Thursday.")


def _home(pipeline: Pipeline, text: str) -> dict[str, object]:
    doc = pipeline({"id": "t", "text": text, "lang": "en"})
    return dict(doc.meta["home_country"])


def test_spelled_home_czech_names_make_a_czech_story(pipeline: Pipeline) -> None:
    home = _home(pipeline, LOCAL)
    assert home["clear"] == "CZE"
    assert "spelling of CZE" in str(home["clear_rule"])


def test_spelled_home_gives_the_police_their_country(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "text": LOCAL, "lang": "en"})
    assert any(m.text.lower() == "police" and (m.code or "").startswith("CZE") for m in doc.mentions)


def test_spelled_home_a_named_state_outweighs_two_spellings(pipeline: Pipeline) -> None:
    text = ("French police arrested two men in Paris. France's interior minister said the men, Tomáš Dvořák and "
            "Jiří Novák, were held in Lyon. French prosecutors in France will decide on Friday.")
    assert _home(pipeline, text)["clear"] != "CZE"


def test_spelled_home_no_spelling_no_home(pipeline: Pipeline) -> None:
    text = "The police questioned the driver on Thursday. He was released. The council will meet again."
    assert _home(pipeline, text)["clear"] is None


def test_spelled_home_czech_given_names_without_diacritics_count(pipeline: Pipeline) -> None:
    """'Karel Gott', 'Jaromír Soukup': given names only Czech spells so (listed plain) mark a Czech story."""
    text = "TV presenter Jaromir Soukup talked about Karel Gott. Soukup wished him peace. The police said he was ill."
    assert _home(pipeline, text)["clear"] == "CZE"
    other = "Presenter Jan Novak talked about Martin Gott. The police said the singer was ill."
    assert _home(pipeline, other)["clear"] is None


FOREIGN_CS = ("Bývalý osobní strážce zpěváka popřel obvinění. Matt Fiddes řekl, že Wade Robson lže. "
              "Policie případ vyšetřuje a soud rozhodne v pondělí.")
DOMESTIC_CS = ("Bývalý osobní strážce zpěváka popřel obvinění. Matěj Fišer řekl, že Jiří Novák lže. "
               "Policie případ vyšetřuje a soud rozhodne v pondělí.")


def test_spelled_home_foreign_names_only_are_no_domestic_story(pipeline: Pipeline) -> None:
    """A Czech article naming no state and only people not spelled as Czech names (Matt Fiddes, Wade Robson) is a
    translated foreign story: its police are not CZECOP (the language default would make them so)."""
    doc = pipeline({"id": "t", "text": FOREIGN_CS, "lang": "cs"})
    assert doc.meta["home_country"]["clear"] is None
    assert "foreign story" in str(doc.meta["home_country"]["clear_rule"])
    assert not any((m.code or "").startswith("CZE") for m in doc.mentions)


def test_spelled_home_inflected_foreign_given_name_is_no_czech_name(pipeline: Pipeline) -> None:
    """'Michaela Jacksona' is the genitive of Michael Jackson, named so in the same article, not the Czech given name
    Michaela: the story stays foreign (it was CZE, and Jackson's denial a Czech one)."""
    text = ("Bývalý osobní strážce Michaela Jacksona popřel obvinění. Michael Jackson je odmítal až do smrti. "
            "Matt Fiddes řekl, že Wade Robson lže. Policie případ vyšetřuje a soud rozhodne v pondělí.")
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    assert doc.meta["home_country"]["clear"] is None


def test_spelled_home_own_given_name_alone_keeps_the_default(pipeline: Pipeline) -> None:
    """'Michaela Nováková' with no base form of it elsewhere is a Czech woman: the default stays."""
    text = ("Michaela Nováková popřela obvinění. Matt Fiddes řekl, že Wade Robson lže. "
            "Policie případ vyšetřuje a soud rozhodne v pondělí.")
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    assert doc.meta["home_country"]["clear"] == "CZE"


def test_spelled_home_czech_names_keep_the_default(pipeline: Pipeline) -> None:
    """The same story with Czech names (Matěj Fišer, Jiří Novák) keeps the default: its police are CZECOP."""
    doc = pipeline({"id": "t", "text": DOMESTIC_CS, "lang": "cs"})
    assert doc.meta["home_country"]["clear"] == "CZE"
    assert any(m.code == "CZECOP" for m in doc.mentions)


def test_spelled_home_added_surname_endings_are_no_evidence(pipeline: Pipeline) -> None:
    """'Meryl Streepová', 'Viola Davisová' (unlisted): the ending Czech adds to any woman's surname says nothing."""
    text = ("Herečka Viola Davisová řekla, že ztvárnění Meryl Streepové bylo těžké. "
            "Policie a soud se případem nezabývají.")
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    assert doc.meta["home_country"]["clear"] is None


UNMARKED_CS = ("Muž v kukle přepadl v noci benzinovou pumpu. Prodavačce vyhrožoval nožem a odnesl tržbu. "
               "Pak utekl k lesu za městem. Svědci popsali jeho auto. Policie ho druhý den zadržela na dálnici. "
               "Soud ho poslal do vazby. Hrozí mu až deset let vězení.")


@pytest.mark.parametrize(("text", "clear"), [
    (UNMARKED_CS, None),  # a translated foreign story: no state, no name spelled the Czech way
    (UNMARKED_CS.replace("Svědci popsali", "Svědek Jiří Dvořák popsal"), "CZE"),  # a Czech name inside a sentence
    (UNMARKED_CS.replace("Svědci popsali", "Svědkyně Marta Veselá popsala"), "CZE"),  # an own given name
    (UNMARKED_CS.replace("pumpu.", "pumpu v Brně."), "CZE"),  # a Czech city: the default is named
    ("Muž v kukle přepadl benzinovou pumpu. Policie ho zadržela.", "CZE"),  # a snippet: too little text to tell
])
def test_spelled_home_unmarked_story(pipeline: Pipeline, text: str, clear: str | None) -> None:
    """A Czech article of six sentences or more that names no state and no proper noun in Czech spelling (Chinese
    names tagged as bodies, an unnamed offender) is a translated foreign story: no clear home, not the default."""
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    assert doc.meta["home_country"]["clear"] == clear
