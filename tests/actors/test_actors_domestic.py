"""Czech domestic actors: common group and office nouns (lidé, primátor, záchranáři) and the roles of unlisted
persons and bodies (mluvčí firmy X Y) in an article whose home country is clear."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_domestic_people_and_local_offices_are_home_actors(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "V Brně lidé protestovali proti primátorovi. Záchranáři ošetřili zraněné.", "cs"))
    assert c["lidé"] == "CZECVL" and c["primátorovi"] == "CZEGOV" and c["Záchranáři"] == "CZEHLH"
    doc = run(pipeline, "V Brně lidé protestovali proti primátorovi.", "cs")
    assert [(e.type, e.source.code if e.source else None) for e in doc.events] == [("PROTEST", "CZECVL")]


def test_domestic_accusation_noun_is_not_an_accused_person(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Firma čelila hořkým obviněním. Soud obžalovaného osvobodil.", "cs"))
    assert "obviněním" not in c and c["obžalovaného"] == "CZECRM"


def test_domestic_spokesman_of_an_unlisted_body_is_home_private(pipeline: Pipeline) -> None:
    text = "V Praze to uvedl mluvčí Pražské plynárenské Matyáš Vitík."
    assert coded(run(pipeline, text, "cs"))["mluvčí Pražské plynárenské Matyáš Vitík"] == "CZECVL"
    text = "V Praze to uvedl mluvčí České pošty Matyáš Vitík."  # a listed firm (data/cs/actors.json) lends its code
    assert coded(run(pipeline, text, "cs"))["mluvčí České pošty Matyáš Vitík"] == "CZEBUS"
    text = "Ředitel Sportovního areálu Ještěd Jakub Hanuš si pochvaloval zájem."
    assert coded(run(pipeline, text, "cs"))["Ředitel Sportovního areálu Ještěd Jakub Hanuš"] == "CZECVL"


def test_domestic_unlisted_role_keeps_a_foreign_state_of_its_sentence(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Ruský mluvčí Dmitrij Peskov to odmítl.", "cs"))
    assert c["Ruský mluvčí Dmitrij Peskov"] == "RUSGOV"
    c = coded(run(pipeline, "V Praze to uvedl mluvčí. Ve Varšavě ředitel polské firmy Jan Kowalski mlčel.", "cs"))
    assert c["mluvčí"] == "CZECVL"  # a bare acting role in a sentence of the home: home->home, as the gold codes it
    c = coded(run(pipeline, "V Praze hořelo. Česká policie v Brně zasahovala. Ve Varšavě to uvedl mluvčí.", "cs"))
    assert c.get("mluvčí") is None  # its sentence names another state: the role may be that state's


def test_domestic_feminine_inhabitants_are_their_state(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Maďarky porazily Češky. Američanka kritizovala Kolumbijce.", "cs"))
    assert c["Maďarky"] == "HUN" and c["Češky"] == "CZE" and c["Američanka"] == "USA" and c["Kolumbijce"] == "COL"


def test_domestic_one_inhabitant_does_not_make_the_home(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Londýnská policie pátrá po mladé Češce. Policie zadržela muže.", "cs")
    assert doc.meta["home_country"]["clear"] == "GBR"  # a Czech woman missing in London: a British story
    assert [m.code for m in doc.mentions if m.text == "Policie"] == ["GBRCOP"]


def test_domestic_clergy_scholars_and_associations_are_actors(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Jeptiška požádala policii o pomoc. Volební komise a místní spolek to odmítli.", "cs"))
    assert c["Jeptiška"] == "CZEREL" and c["Volební komise"] == "CZEGOV" and c["místní spolek"] == "CZENGO"
    c = coded(run(pipeline, "Profesorka Jana Nováková kritizovala násilníka.", "cs"))
    assert c["Profesorka Jana Nováková"] == "CZEEDU"


def test_domestic_first_name_tagged_as_noun_starts_the_name(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Stephanie Layová uvedla, že našla dopisy. Layová řekla, že je to chyba.", "cs"))
    assert c["Stephanie Layová"] == "CZECVL" and c["Layová"] == "CZECVL"  # 'Stephanie' is tagged NOUN
    c = coded(run(pipeline, "Borise Johnsona kritizovali poslanci.", "cs"))
    assert c["Borise Johnsona"] == "GBRGOV"
    c = coded(run(pipeline, "Hurikán Lorenzo zesílil na stupeň 4.", "cs"))
    assert "Hurikán Lorenzo" not in c  # a common noun before a name is no first name


def test_domestic_bare_spokesman_acting_is_a_home_body(pipeline: Pipeline) -> None:
    text = "V Brně hořela hala. Policie v Česku případ vyšetřuje. Hasiči požár uhasili. Žádné zranění nehlásil mluvčí."
    assert coded(run(pipeline, text, "cs"))["mluvčí"] == "CZECVL"
    text = "Police in Ohio arrested two men in Cleveland. The United States reacted. The agency is investigating."
    assert coded(run(pipeline, text, "en"))["agency"] == "USACVL"
    c = coded(run(pipeline, "V Brně hořela hala. Policie v Česku to vyšetřuje. Ruský mluvčí nic nehlásil.", "cs"))
    assert c["Ruský mluvčí"] == "RUSGOV"  # its own demonym, not the home


def test_actors_domestic_a_foreign_diplomat_marks_the_host_story(pipeline: Pipeline) -> None:
    """'Ministerstvo zahraničí si předvolalo ruského velvyslance': a state whose ambassador the article names is the
    foreign state its host deals with, not the home (agents key host_envoys); an envoy *to* a state is no sign."""
    doc = pipeline({"id": "t", "text": "Ministerstvo zahraničí si předvolalo ruského velvyslance kvůli výrokům Moskvy. "
                                       "Rusko to odmítlo.", "lang": "cs"})
    assert {m.text: m.code for m in doc.mentions}["Ministerstvo zahraničí"] == "CZEGOV"
    doc = pipeline({"id": "t", "text": "Zvláštní vyslanec OSN pro Libyi jednal v Tripolisu. Libyjská vláda to "
                                       "odmítla. Libye je rozdělená.", "lang": "cs"})
    assert doc.meta["home_country"]["clear"] == "LBY"


def test_actors_domestic_a_territory_named_more_than_its_sovereign_is_home(pipeline: Pipeline) -> None:
    """A Hong Kong story names Beijing too: a territory (actors key home.territories) named in more sentences than
    its sovereign is the home its police and protesters take."""
    doc = pipeline({"id": "t", "text": "Hongkongská policie zadržela studenty. Čína to podpořila. Peking vyzval ke "
                                       "klidu. Hongkongská vláda jednala. Demonstranti v Hongkongu pochodovali.",
                    "lang": "cs"})
    assert (doc.meta["home_country"]["clear"], doc.meta["home_country"]["counts"]) == ("HKG", {"HKG": 3, "CHN": 2})
    assert {m.text: m.code for m in doc.mentions}["Demonstranti"] == "HKGOPP"


def test_actors_domestic_a_state_name_used_as_a_modifier_is_the_us_state(pipeline: Pipeline) -> None:
    """'A Georgia man' is from the US state (actors key attributive_homonyms); the country is 'Georgian'."""
    doc = pipeline({"id": "t", "text": "A Georgia man has been sentenced to 25 years in prison for shooting his "
                                       "girlfriend. Police said he fled.", "lang": "en"})
    assert {m.text: m.code for m in doc.mentions}["Georgia man"] == "USACVL"
    doc = pipeline({"id": "t", "text": "Georgia accused Russia of aggression.", "lang": "en"})
    assert {m.text: m.code for m in doc.mentions}["Georgia"] == "GEO"
