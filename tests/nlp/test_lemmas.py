"""data/cs/lemmas.json: every listed slip is one the Czech model really makes, and the parse step repairs it."""

from __future__ import annotations

from typing import Any

import pytest

from kronika import Pipeline
from kronika.langpack import load_json
from kronika.model import Doc

TABLE = load_json("cs", "lemmas.json")

# One sentence per entry (a lemma of the table, or a word of an ending rule), with the form the model mis-lemmatises.
SLIPS = [
    ("chodce", "Řidič zabil deset chodců."),
    ("civilist", "Armáda zaútočila na civilisty a civilistům nepomohla."),
    ("debat", "Poslanci vedli debaty o rozpočtu."),
    ("demonstracích", "Při demonstracích proti vládě zemřelo pět lidí."),
    ("detektivový", "Detektivové zatkli podezřelého."),
    ("dárec", "Spojené státy jsou největším dárcem pomoci."),
    ("dělostřelectv", "Izraelská armáda ostřelovala pohraniční vesnice dělostřelectvem."),
    ("europoslance", "Policie vyslýchala europoslance za korupci."),
    ("fregat", "Francie nabídla Řecku prodej fregat."),
    ("imáma", "Policie zatkla imáma místní mešity."),
    ("jednotlivcí", "Sankce se týkají firem i jednotlivců a jednotlivcích."),
    ("kdyba", "Kdyby Rusko zaútočilo na Polsko, NATO by zasáhlo."),
    ("letadl", "Armáda přesunula k hranici desítky letadel, a to i s letadlům určenými pro výsadek."),
    ("lídř", "Lídři EU odsoudili Rusko."),
    ("nacionalist", "Vláda obvinila nacionalisty z násilí."),
    ("naleznout", "Policisté nalezli tělo v lese."),
    ("nehod", "Dva lidé nehodu nepřežili."),
    ("osady", "Izrael vyklidí osady v pásmu Gazy."),
    ("námořníek", "Íránská loď zadržela tanker s britským námořníkem."),
    ("návštěvníek", "Saúdská Arábie otevřela zemi zahraničním návštěvníkům."),
    ("ozbrojence", "Armáda se postavila ozbrojencům na severu země."),
    ("ozbrojencí", "Policie pátrá po ozbrojencích, kteří přepadli banku."),
    ("policist", "Demonstranti zaútočili na policisty a způsobili policistům zranění."),
    ("porotec", "Soudce poděkoval porotcům a porotci odešli."),
    ("použit", "Syrská vláda použila chemické zbraně."),
    ("povstalce", "Armáda bojovala s povstalcem v horách."),
    ("poznatk", "Policie disponuje poznatkem, že podezřelý uprchl."),
    ("pravidl", "Firmy se musí přizpůsobit novým celním pravidlům."),
    ("pravomoce", "Prezident zneužil své pravomoce."),
    ("provinci", "Boje pokračují v několika provinciích na severu země."),
    ("předsed", "Premiér poslal předsedovi parlamentu dopis."),
    ("předsedový", "Předsedové obou parlamentů se setkali v Praze."),
    ("rivat", "Ruský rivala poražen."),
    ("sankcí", "Evropská unie pohrozila Rusku dalšími sankcemi a sankcím se Moskva brání."),
    ("setkáne", "Při setkáních s prezidentem ministr kritizoval vládu."),
    ("sila", "Demonstranti se v Bagdádu střetli s bezpečnostními silami."),
    ("svědk", "Soud předvolal svědky a poděkoval svědkům za výpověď."),
    ("teenagera", "Soudce odsoudil teenagera za útok."),
    ("terorist", "Teroristu zastřelila policie."),
    ("turist", "Hotel vyhodil všechny turisty."),
    ("tweeto", "Prezident v tweetu pohrozil Íránu."),
    ("uprchlíek", "Vláda poskytla pomoc uprchlíkům."),
    ("útoek", "Za útokem podle ukrajinské vlády stojí Moskva."),
    ("vandalový", "Vandalové poničili hřbitov."),
    ("loutek", "Maduro označil opozičního lídra Juana Guaidóa za loutku Washingtonu."),
    ("lídro", "Maduro označil opozičního lídra Juana Guaidóa za loutku Washingtonu."),
    ("zrádc", "Severní Korea nazvala jihokorejského prezidenta zrádcem."),
    ("vozidl", "Útočník najel nákladním vozidlem do davu."),
    ("výzvat", "Vláda nevyhověla výzvám opozice."),
    ("vůdec", "Šéf diplomacie se setkal s palestinským vůdcem."),
    ("zabit", "Lavina zabila jednoho člověka."),
    ("zajatcí", "Podle zpráv o zajatcích je situace vážná."),
    ("zavednout", "Spojené státy zavedly sankce proti Rusku."),
    ("zbit", "Mladík zbil svého soka."),
    ("zneužit", "Prezident zneužil pravomocí."),
    ("uzavřet", "Smlouvu uzavřelo ministerstvo s firmou."),
    ("popřet", "Obvinění popřeli všichni obžalovaní."),
    ("popře", "Kreml to jistě popře."),
    ("útoc", "Při útocích zemřelo deset lidí."),
    ("ničili", "Vojáci ničili vesnice."),
    ("nahlásil", "Soused incident nahlásil policii."),
    ("demonstrací", "Po sérii demonstrací vláda odstoupila."),
    ("agentuře", "Agentuře to potvrdil mluvčí vlády."),
    ("obracíme", "Obracíme se na vládu s žádostí o pomoc."),
    ("zpřísní", "Vláda zpřísní sankce proti Rusku."),
    ("vyzve", "Prezident vyzve parlament k jednání."),
    ("person", "Ministerstvo prohlásilo diplomata za personu non grata."),
    ("zvěrstv", "Vyšetřovatelé OSN informovali o zvěrstvech, kterých se dopustila armáda."),
]


def _wrong(lemma: str) -> bool:
    """Is a lemma one the table repairs (listed, or a noun ending of an ending rule)?"""
    return lemma in TABLE["lemmas"] or any(lemma.endswith(a) for a, _ in TABLE["endings"])


def _right(lemma: str) -> str:
    """The repaired lemma the table gives."""
    if lemma in TABLE["lemmas"]:
        return str(TABLE["lemmas"][lemma])
    return next(lemma[: len(lemma) - len(a)] + b for a, b in TABLE["endings"] if lemma.endswith(a))


@pytest.fixture(scope="module")
def spacy_cs() -> Any:
    """The raw Czech spaCy model the table is about."""
    spacy = pytest.importorskip("spacy")
    assert TABLE["model"] == "cs_core_news_sm"
    return spacy.load(TABLE["model"], exclude=["ner"])


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """A pipeline that only parses."""
    return Pipeline(components=["parse"])


def test_every_entry_has_a_sentence() -> None:
    """A table entry without a sentence could rot unnoticed: each lemma and each ending has one."""
    wrong = {w for w, _ in SLIPS}
    assert set(TABLE["lemmas"]) <= wrong
    assert all(any(w.endswith(a) for w in wrong) for a, _ in TABLE["endings"])
    assert all(_wrong(w) for w in wrong)


@pytest.mark.parametrize(("wrong", "sentence"), SLIPS)
def test_model_still_makes_the_slip(spacy_cs: Any, wrong: str, sentence: str) -> None:
    """The raw model gives the wrong lemma in the sentence (else the entry is stale: remove it)."""
    assert wrong in [t.lemma_.lower() for t in spacy_cs(sentence)]


@pytest.mark.parametrize(("wrong", "sentence"), SLIPS)
def test_parse_repairs_the_slip(spacy_cs: Any, pipe: Pipeline, wrong: str, sentence: str) -> None:
    """After the parse step the same token carries the true lemma."""
    raw = [t for t in spacy_cs(sentence) if t.lemma_.lower() == wrong]
    doc: Doc = pipe({"id": "t", "text": sentence, "lang": "cs"})
    got = {t.text: t.lemma for t in doc.tokens}
    assert [got[t.text] for t in raw] == [_right(wrong)] * len(raw)


def test_ending_rule_leaves_a_kept_form(pipe: Pipeline) -> None:
    """A mis-tagged past verb keeps its form as lemma ('pohrdl' NOUN): the -dl rule is for stems the model cut."""
    doc: Doc = pipe({"id": "t", "text": "Ministr vnitra pohrdl požadavky odborů.", "lang": "cs"})
    assert "pohrdlo" not in {t.lemma for t in doc.tokens}
