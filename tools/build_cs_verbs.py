#!/usr/bin/env python3
# ruff: noqa: E501  (data tables: one pattern per line reads better than wrapped lists)
"""Build src/kronika/data/cs/verbs.json (the Czech event lexicon) from the compact tables below.

Each `v(lemmas, cameo, target, **keys)` line gives one pattern for several lemmas (both aspects,
synonyms); keys follow docs/lexicon-format.md (object, particle, prep, swap, passive_source,
future, reciprocal, needs_target, named_target). Edit here and rerun; verbs.json is generated.
"""

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "kronika" / "data" / "cs" / "verbs.json"


def slug(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.replace(" ", "-").lower()
DAT = ["case:Dat", "nmod:Dat"]  # nmod: the recipient hung under the object noun ("pošle zbraně Ukrajině")
ACC = ["obj", "case:Acc"]
INS_S = ["obl:s+Ins", "nmod:s+Ins"]
DO = ["obl:do+Gen", "obl:na+Acc", "obl:k+Dat", "advmod"]
PROTI = ["obl:proti", "nmod:proti", "obl:vůči", "nmod:vůči"]  # no case: both take only the dative, which the parser often mis-tags
NA = ["obl:na+Acc", "nmod:na+Acc"]
OHLEDNE = ["obl:ohledně+Gen", "nmod:ohledně+Gen", "obl:nad+Ins", "nmod:nad+Ins", "obl:kvůli+Dat", "nmod:kvůli+Dat",
           "obl:vůči+Dat", "nmod:vůči+Dat", "obl:z+Gen", "obl:o+Acc", "nmod:Gen"]
# not bare 'systém', 'vybavení', 'technika': 'předat provoz mýtného systému' is no arms delivery; the adjective
# 'vojenský' (direct object) keeps 'vojenské vybavení', 'vojenskou techniku'
WEAPONS = ["zbraň", "munice", "raketa", "střela", "tank", "dělostřelectvo", "dron", "letoun", "stíhačka", "náboj",
           "granát", "protiletadlový", "protiraketový", "vojenský", "výzbroj", "obrněnec", "houfnice", "mina"]
V = []  # (lemmas, cameo, target, extra)
def v(lemmas, cameo, target=None, **kw):
    for lemma in lemmas.split(","):
        V.append((lemma.strip(), cameo, target, kw))
# --- SUPPORT 05
v("poděkovat,děkovat", "051", DAT)
v("ocenit,oceňovat,pochválit,chválit,vychválit,vyzdvihnout,vyzdvihovat", "051", ACC)
v("podpořit,podporovat", "051", ACC)
v("uvítat,vítat,přivítat", "051", ACC)
# commemorating a named actor ('Ukrajinci si připomínají oběti hladomoru', 'Chiraca si připomněli Japonci') is a
# tribute, as en 'was remembered by'; a date or an event remembered ('si připomněla výročí okupace') names no actor
v("připomenout,připomínat", "051", ACC, particle="si", needs_target=True)
v("blahopřát,pogratulovat,gratulovat", "051", DAT)
v("vyjádřit,vyjadřovat,vyslovit,vyslovovat,deklarovat,potvrdit,potvrzovat", "051",
  [*DAT, "obl:pro+Acc", "nmod:pro+Acc", "nmod:Gen"], object=["podpora", "uznání", "důvěra", "vděčnost", "dík", "díky"])
# solidarity is WITH its party ('vyjádřila solidaritu s Ukrajinou'): the phrase on the noun, not 'spolu s' on the verb
v("vyjádřit,vyjadřovat,vyslovit,vyslovovat,deklarovat,potvrdit,potvrzovat,projevit,projevovat", "051", ["nmod:s+Ins", *DAT, "nmod:Gen"],
  object=["solidarita"])
v("vyjádřit,vyjadřovat,vyslovit,projevit,projevovat", "018", [*DAT, "nmod:Gen"], object=["soustrast", "soucit", "kondolence", "účast"])
v("kondolovat", "018", DAT)
v("hájit,obhajovat,obhájit", "052", ACC, object=[])
v("zastat,zastávat", "052", ["obl:Gen", "nmod:Gen", "obj"], particle="se")
# a rival's victory or one's own defeat recognised is a concession (PLOVER-GSR CONCEDE: 'zákon, který uznává vítězství
# opoziční koalice'), as en 'conceded defeat'; before 054, whose 'volba' the election phrase would match
v("uznat,uznávat", "080", ["nmod:Gen", "poss"], object=["vítězství", "porážka", "prohra"])
v("uznat,uznávat", "054", ["nmod:Gen", "obj"], object=["nezávislost", "suverenita", "stát", "státnost", "vláda", "anexe", "volba", "výsledek", "referendum", "režim", "prezident", "legitimita", "zvolení"])
v("omluvit,omlouvat", "055", DAT, particle="se")
v("odpustit,odpouštět", "056", DAT)
v("podepsat,podepisovat,uzavřít,uzavírat,ratifikovat,schválit,stvrdit,parafovat,sjednat,dojednat", "057", INS_S,
  object=["dohoda", "smlouva", "memorandum", "úmluva", "pakt", "deklarace", "dokument", "ujednání", "partnerství"], reciprocal=True,
  passive_source=["nmod:mezi+Ins", "obl:mezi+Ins"])  # 'dohoda mezi X a Y byla podepsána': the parties signed it
v("sblížit,sbližovat", "050", INS_S, particle="se", reciprocal=True)
v("podniknout,podnikat,usilovat,pokračovat,zahájit", "050", INS_S, object=["sbližování", "sblížení", "usmíření"])
v("zastat,postavit", "052", ["obl:za+Acc", "nmod:za+Acc"], particle="se", prep="za")  # without "za" it shadowed "postavit se proti X" (REJECT)
# --- CONSULT 04
v("jednat,vyjednávat,vyjednat,rokovat,diskutovat,debatovat,hovořit,mluvit,radit,komunikovat", "040", INS_S, prep="s", reciprocal=True)  # not "poradit": 'poradit si s X' is beating X (sports), and the particle "se" also matches "si"
v("konzultovat", "040", INS_S + ACC, reciprocal=True)
v("setkat,setkávat,sejít,scházet", "040", INS_S, particle="se", reciprocal=True)  # not "střetnout se s": a clash (190)
# a working meal with a partner is a meeting ('poobědval s francouzským prezidentem'), as en 'had lunch with'
v("obědvat,poobědvat,večeřet,povečeřet,snídat,posnídat", "040", INS_S, reciprocal=True, needs_target=True)
v("telefonovat,zatelefonovat", "041", INS_S + DAT, reciprocal=True, mutual=True)  # talked both ways, as en "telephoned"
v("navštívit,navštěvovat", "042", [*ACC, "obl:v+Loc"])
v("zavítat,přijet,přijíždět,přiletět,přilétat,dorazit,odcestovat,cestovat,odletět,zamířit,mířit,přicestovat,zajet,zajíždět", "042", DO)
v("vydat,vypravit,přesunout,vypravovat", "042", ["obl:do+Gen", "obl:na+Acc"], particle="se")
v("zahájit,zahajovat,vykonat,vykonávat,podniknout,uskutečnit,absolvovat,začít,začínat,pokračovat,ukončit", "042",
  ["nmod:Gen", "nmod:do+Gen", "nmod:v+Loc", "nmod:na+Loc", "obl:do+Gen", "obl:v+Loc"], object=["návštěva", "cesta", "turné", "pobyt"])
GUESTS = ["delegace", "prezident", "premiér", "ministr", "kancléř", "velvyslanec", "hlava", "host", "šéf", "předseda", "vůdce", "král", "papež",
          "prezidentka", "premiérka", "ministryně", "kancléřka", "velvyslankyně", "předsedkyně", "královna", "protějšek", "delegát"]  # women in office, the counterpart
GUEST_PRONOUNS = ["on", "ona", "oni"]  # a guest named before: the pronoun resolves to that person or nothing
# receiving or welcoming a guest is hosting (043) with the host as the source, as en 'received', 'welcomed' and the
# gold ('vřele přijal jihoafrického vůdce' FRA -> ZAF, 'byl přivítán Morawieckim' POL -> DEU); the visit itself is
# the guest's arrival (042)
# a call received from someone is that caller's call (041), not a guest received ('přijal telefonát od protějšku')
v("přijmout,přijímat,obdržet,dostat", "041", [], object=["telefonát", "hovor", "telefon", "telefonický"], swap=True,
  passive_source=["obl:od+Gen", "nmod:od+Gen"], prep="od")
v("přijmout,přijímat", "043", ["obj"], object=GUESTS + GUEST_PRONOUNS)  # 'Lavrov ho přijal v sídle ministerstva'
# a named official received is a guest too ('Si Ťin-pching přijal Orbána'); extractors/visits.py keeps only a public
# person that is the verb's own object ('přijal Ukrajinu do NATO', 'přijala Nováka za člena' host nobody)
v("přijmout,přijímat", "043", ["obj"], needs_target=True)
# welcoming a guest only as its own object: 'uvítal navržení Voláka na funkci ministra' welcomes a nomination, no visit
v("uvítat,přivítat,vítat", "043", ["obj"], object=GUESTS + GUEST_PRONOUNS, direct_object=True)
v("hostit", "043", ACC)  # the host hosts its guest (source the host), as en "host" 043 and the PLOVER gold
v("zprostředkovat,zprostředkovávat", "045", ["obl:mezi+Ins", "nmod:mezi+Ins", *ACC])
v("vést,povést,zahájit,zahajovat,obnovit,obnovovat,pokračovat,uspořádat,pořádat", "046", INS_S,
  object=["jednání", "rozhovor", "vyjednávání", "konzultace", "dialog", "summit", "schůzka", "setkání"], reciprocal=True, mutual=True)
v("uspořádat,pořádat,svolat", "044", INS_S, object=["summit", "konference", "schůzka", "setkání"])
v("nabídnout,nabízet", "039", ["nmod:mezi+Ins", "obl:mezi+Ins", *DAT], object=["zprostředkování", "mediace", "prostřednictví"])
# mediation between two parties ('zahájil zprostředkovatelské úsilí mezi X a Y', 'hraje roli prostředníka mezi X a Y'):
# CONSULT 045 with both parties as targets, as the verb 'zprostředkovat' above
v("zahájit,zahajovat,vyvinout,vyvíjet,podniknout,podnikat,pokračovat,obnovit,obnovovat,zintenzivnit", "045",
  ["obl:mezi+Ins", "nmod:mezi+Ins"], object=["zprostředkovatelský", "mediační", "zprostředkování", "mediace"])
v("hrát,sehrát", "045", ["obl:mezi+Ins", "nmod:mezi+Ins"], object=["prostředník", "zprostředkovatel", "mediátor"])
# ending or suspending that mediation is SANCTION 165 with the same targets (en 'ended mediation efforts between X and Y')
v("ukončit,ukončovat,přerušit,přerušovat,pozastavit,pozastavovat,zastavit,zastavovat", "165",
  ["obl:mezi+Ins", "nmod:mezi+Ins"], object=["zprostředkovatelský", "mediační", "zprostředkování", "mediace"])
# --- AGREE 03
v("slíbit,slibovat,přislíbit,přislibovat", "030", DAT, future=True)
v("zavázat,zavazovat", "030", [*DAT, "obl:vůči+Dat"], particle="se", future=True)
v("dohodnout,dohodovat,domluvit,shodnout,shodovat", "030", INS_S, particle="se", reciprocal=True, mutual=True)
v("dohodnout,domluvit", "030", INS_S, reciprocal=True, mutual=True, passive_source=["obl:mezi+Ins", "nmod:mezi+Ins"])  # 'mezi X a Y bylo dohodnuto': both agreed
v("souhlasit", "030", INS_S)
v("nabídnout,nabízet", "030", DAT)
v("nabídnout,nabízet,přislíbit,přislibovat,slíbit,slibovat", "033", DAT, object=["pomoc", "podpora", "půjčka", "úvěr", "dotace", "zbraň", "munice"], future=True)
# aid being prepared is aid announced ('humanitární pomoc chystá také česká vláda', en 'is preparing aid for Greece')
v("chystat,připravovat,připravit", "033", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["pomoc", "dodávka"], future=True)
v("vyjádřit,vyjadřovat,projevit,projevovat,deklarovat", "030", DAT + INS_S, object=["ochota", "zájem", "připravenost", "odhodlání"], future=True)
# accepting a proposal, an offer or someone's mediation is agreeing (en 'agreed to US mediation' 030); the proposer is
# the target, named in the phrase or as its adjective ('přistoupil na americké zprostředkování', 'na návrh Ruska');
# acceding to demands stays CONCEDE (083)
v("přistoupit,přistupovat,kývnout", "030", [*NA, *DAT, "nmod:Gen"], prep="na",
  object=["návrh", "nabídka", "zprostředkování", "mediace", "plán", "kompromis", "řešení", "formule", "dohoda", "rozhovor", "jednání", "vyjednávání", "dialog"])
v("přistoupit,přistupovat,kývnout", "083", [*NA, *DAT, "nmod:Gen"], prep="na")
# --- COOPERATE 06
v("spolupracovat,kooperovat,koordinovat", "060", INS_S, reciprocal=True)
v("obchodovat", "061", INS_S, reciprocal=True)
# diplomatic relations established (054) or restored and upgraded (050), as PETRARCH ESTABLISH / RESTORE / UPGRADE
# {DIPLOMATIC TIES}: 'Česko a Albánie povýšily diplomatické vztahy' (SUPPORT each way); other ties stay COOPERATE below
v("navázat,navazovat", "054", [*INS_S, "nmod:Gen"], object=["diplomatický"], reciprocal=True)
v("obnovit,obnovovat,povýšit,povyšovat,zlepšit,zlepšovat,normalizovat,posílit,posilovat,prohloubit,prohlubovat", "050", [*INS_S, "nmod:Gen"], object=["diplomatický"], reciprocal=True)
v("rozšířit,rozšiřovat,prohloubit,prohlubovat,posílit,posilovat,rozvíjet,rozvinout,navázat,navazovat,zintenzivnit,upevnit,upevňovat,zlepšit,zlepšovat,obnovit,obnovovat", "060",
  [*INS_S, "nmod:Gen"], object=["spolupráce", "vztah", "partnerství", "vazba", "spojenectví", "styk", "kontakt", "obchod", "dialog"], reciprocal=True)
v("rozšířit,rozšiřovat,prohloubit,prohlubovat,posílit,posilovat,rozvíjet,navázat,zintenzivnit", "062",
  INS_S, object=["vojenský", "obranný"], reciprocal=True)
# evidence too ('Turečtí představitelé předali Saúdské Arábii důkazy', en 'shared evidence with' 064)
v("sdílet,předat,předávat,poskytnout,poskytovat", "064", DAT + INS_S, object=["informace", "zpravodajství", "data", "údaj", "poznatek", "důkaz"])
# sharing evidence, intelligence or experience with someone ('podělili se s USA o důkazy', en 'shared evidence with' 064)
# ('podělit' needs no particle: it is always reflexive, and without one the object is found deeper, where the parser hangs
# it under the partner: 'podělili se s Američany o důkazy')
SHARED = ["informace", "zpravodajství", "data", "údaj", "poznatek", "důkaz", "zkušenost", "know-how", "zjištění"]
v("podělit", "064", INS_S, object=SHARED)
v("dělit", "064", INS_S, particle="se", object=SHARED)
v("vydat,vydávat,extradovat", "063", [*DAT, "obl:do+Gen"], object=["podezřelý", "zločinec", "uprchlík", "občan", "obviněný", "terorista", "terorist", "vrah", "pachatel"])  # not muž/osoba: "vydala varování ohledně mužů"
v("extradovat", "063", [*DAT, "obl:do+Gen"])
# --- AID 07
# "obj" last in the money and supplies entries: the parser tags a dative recipient with an Acc-homograph form as obj
# ("poskytlo nemocnici dotaci", "darovala nemocnici respirátory"); the object list keeps the gift itself no actor
v("poskytnout,poskytovat,dodat,dodávat,poslat,posílat,zaslat,zasílat,darovat,předat,předávat,věnovat,slíbit,dopravit,přepravit,přepravovat,vyvézt,vyvážet,prodat,prodávat,odeslat,doručit,doručovat", "072",
  [*DAT, "obl:do+Gen", "obl:na+Acc", "obl:pro+Acc"], object=WEAPONS)
v("poskytnout,poskytovat,poslat,posílat,zaslat,dodat,dodávat,darovat,věnovat,uvolnit,schválit,vyčlenit,přidělit", "071",
  [*DAT, "obl:pro+Acc", "obl:do+Gen", "obj"], object=["půjčka", "úvěr", "dotace", "peníze", "prostředek", "finance", "dar", "příspěvek", "grant"])
v("poskytnout,poskytovat,poslat,posílat,zaslat,dodat,dodávat,darovat,dopravit,vyslat,vysílat,rozdat,rozdávat,doručit,doručovat", "073",
  [*DAT, "obl:do+Gen", "obl:na+Acc", "obl:pro+Acc", "obj"], object=["humanitární", "potravina", "lék", "jídlo", "voda", "zásoba", "stan", "deka", "generátor", "palivo",
          "vakcína", "respirátor", "rouška", "pomůcka", "ventilátor", "dezinfekce", "oblečení", "ošacení", "hračka", "sanitka", "vybavení"])  # medical supplies, clothes, toys given
v("poskytnout,poskytovat,nabídnout,nabízet", "074", DAT, object=["ochrana", "záruka", "garance"])
v("udělit,udělovat,poskytnout,poskytovat,nabídnout", "075", DAT, object=["azyl", "útočiště"])
v("poskytnout,poskytovat,nabídnout,zaslat,poslat,posílat,dodat,dodávat,přislíbit,přislibovat,doručit,doručovat", "070", [*DAT, "obl:pro+Acc"], object=["pomoc", "podpora", "asistence"])
v("poskytnout,poskytovat,darovat", "070", DAT)  # a gift of any thing to an actor is aid (en donate X to Y)
v("pomoci,pomáhat,pomoct,vypomoci,podpořit", "072", DAT, object=WEAPONS)
v("poskytnout,poskytovat,předat,předávat,darovat,věnovat,poslat,posílat,dodat,dodávat", "072", DAT, object=["puška"])  # not sold: a trade
v("pomoci,pomáhat,pomoct,vypomoci", "070", [*DAT, "obj"])  # obj: a dative the tagger read as Acc before an infinitive ("pomohlo Itálii zvládnout pandemii")
v("financovat,dotovat,sponzorovat", "071", ACC)
v("vyzbrojit,vyzbrojovat", "072", ACC)
# s30: training another state's troops is military cooperation with it (062, as en 'train troops'): 'britští instruktoři
# vycvičili ukrajinské vojáky'; the trained troops' state is the target (one's own troops: no event)
v("vycvičit,cvičit,vyškolit,školit,trénovat,vytrénovat", "062", ["obj", "nmod:Gen"],
  object=["voják", "vojsko", "jednotka", "armáda", "policista", "policie", "důstojník", "pilot", "výsadkář", "odstřelovač", "branec", "rekrut"],
  needs_target=True, one_way=True)
# buying arms from a seller is military trade with it, the buyer as the source (as en PETRARCH 'buy' + weapons 062 and
# the gold's purchases: 'deal to purchase French frigates' GRC -> FRA): 'Ukrajina koupila zbraně od Polska'
v("koupit,kupovat,nakoupit,nakupovat,zakoupit,odkoupit,objednat,objednávat", "062", ["obl:od+Gen", "nmod:od+Gen", "obl:z+Gen"],
  object=WEAPONS, named_target=True, one_way=True)
# --- RETREAT / CONCEDE 08
v("stáhnout,stahovat,odvolat,odvelet", "0872", ["obl:z+Gen", "nmod:z+Gen", "obl:od+Gen"], object=["vojsko", "voják", "jednotka", "síla", "armáda", "kontingent", "tank", "technika"])
# the released themselves are the target when no recipient is named ('propustila 280 dětských vojáků', en 'release' obj)
v("propustit,propouštět,osvobodit,vydat,vrátit,vracet,předat,předávat", "0841", [*DAT, "obl:do+Gen", "obj"] ,
  object=["vězeň", "vězně", "zajatec", "zajatce", "zajatka", "rukojmí", "zadržený", "občan", "novinář", "voják", "dítě", "unesený", "aktivista"])
v("propustit,propouštět,osvobodit", "0841", ACC, needs_target=True)  # 'propustil ho klub' (fired) names no released actor
v("vrátit,vracet,navrátit,postoupit,postupovat,přenechat,přenechávat,předat", "0842", DAT, object=["území", "majetek", "ostrov", "region", "oblast", "aktivum"])  # ceding land (en cede): přenechat, postupovat
# returned looted art and heritage ('vrátil Itálii ukradený rukopis', 'vrátil čínské vládě zkameněliny', en 'returned ... to');
# obl:arg last: a recipient the tagger gave a wrong case ('vrátily alžírskému velvyslanci sochu': 'velvyslanci' Nom)
v("vrátit,vracet,navrátit,navracet,předat,předávat,odevzdat,odevzdávat,repatriovat", "0842", [*DAT, "obl:do+Gen", "obl:arg"], object=["artefakt", "starožitnost", "obraz", "socha",
  "rukopis", "relikvie", "fosilie", "zkamenělina", "poklad", "památka", "lebka", "sarkofág", "mumie", "ostatky", "olejomalba", "malba", "kresba",
  "přívěsek", "šperk", "bible", "exponát", "sbírka", "předmět", "dílo", "ukradený", "uloupený", "odcizený", "pašovaný"], needs_target=True)
v("zrušit,rušit,zmírnit,zmírňovat,uvolnit,uvolňovat,odvolat,odvolávat,ukončit,pozastavit,zmírňovat", "085",
  ["obl:proti+Dat", "nmod:proti+Dat", "nmod:vůči+Dat", "obl:vůči+Dat", "nmod:na+Acc", "obl:pro+Acc", "nmod:Gen", "obl:Dat"] ,
  object=["sankce", "embargo", "cla", "clo", "restrikce"])  # a ban or restriction: 080 below (en 'lift a ban' 081); a blockade: 0872 (s25)
# lowering tariffs or sanctions on a country's goods eases them; raising tariffs imposes them (en 'reduced / raised tariffs
# on Chinese goods'); with no named country it is trade policy
v("snížit,snižovat", "085", ["obl:proti+Dat", "nmod:proti+Dat", "nmod:vůči+Dat", "obl:vůči+Dat", "nmod:na+Acc", "obl:na+Acc"],
  object=["sankce", "embargo", "cla", "clo"], needs_target=True)
v("dohodnout,shodnout", "163", ["obl:proti+Dat", "nmod:proti+Dat", "nmod:vůči+Dat", "obl:vůči+Dat", "nmod:na+Acc", "obl:na+Acc"],
  particle="se", object=["sankce", "embargo", "cla", "clo"], needs_target=True)  # 'EU se dohodla na sankcích proti X'
v("zvýšit,zvyšovat", "163", ["obl:proti+Dat", "nmod:proti+Dat", "nmod:vůči+Dat", "obl:vůči+Dat", "nmod:na+Acc", "obl:na+Acc"],
  object=["cla", "clo"], needs_target=True)
v("vyhlásit,vyhlašovat,uzavřít,uzavírat,dodržovat,dodržet,zprostředkovat", "0871", [*INS_S, "obl:mezi+Ins"],
  object=["příměří", "klid", "mír", "pauza", "přestávka"], reciprocal=True)
# agreeing on or accepting a truce is an agreement to de-escalate (AGREE 0356, as en 'agreed to a ceasefire' and the
# PLOVER gold 'Bosna a Slovinsko se dohodly na příměří'); declaring or keeping one stays 0871 above
v("dohodnout,dohadovat,sjednat,sjednávat,přijmout,přijímat,akceptovat,odsouhlasit,souhlasit", "0356", [*INS_S, "obl:mezi+Ins"],
  object=["příměří", "klid", "pauza", "přestávka"], reciprocal=True)
v("kapitulovat", "0874", DAT)
v("vzdát", "0874", DAT, particle="se")
v("ustoupit,ustupovat,vyhovět,vyhovovat", "080", DAT)
v("povolit,umožnit,umožňovat,pustit,vpustit", "086", [*DAT, "obl:do+Gen"], object=["inspektor", "pozorovatel", "vstup", "přístup", "inspekce", "mise", "dodávka", "pomoc", "humanitární", "konvoj", "evakuace",
  "návrat"])  # s31 návrat: "umožní návrat uprchlíkům", as en "allow the return of" (086)
v("odzbrojit,demobilizovat", "0873", ACC)
# --- ACCUSE 09 / 11
v("vyšetřovat,prošetřit,prošetřovat,prověřit,prověřovat", "090", ACC)  # not bare "vyšetřit": a doctor's examination ('byla vyšetřena lékaři'); 'zkoumat' only with a case (round 9)
v("kritizovat,zkritizovat,odsoudit,odsuzovat,pranýřovat,tepat,kárat,pokárat,napomenout,zesměšnit,zesměšňovat", "111", ACC)
v("vyčítat,vytknout,vytýkat", "111", DAT)
v("obvinit,obviňovat,nařknout,osočit,osočovat,vinit,podezírat,podezřívat", "112", ACC)
v("obžalovat", "1121", ACC)
v("vyjádřit,vyjadřovat,vyslovit,projevit,projevovat,dát,dávat,tlumočit", "110", OHLEDNE + INS_S + DAT,
  object=["nesouhlas", "nespokojenost", "rozhořčení", "pobouření", "nevole", "výhrada", "kritika", "odpor", "protest", "nelibost"])
# concern, fear, regret or disappointment is disapproval only of an actor the text names ('znepokojení nad krokem
# Ruska'); about a situation ('obavy, že snímku může uškodit', 'politování, že se nedaří zastavit oteplování') it is
# a pessimistic comment (en 'expressed concern' 012): no implicit domestic counterpart (unseen news: 3 of 3 wrong)
v("vyjádřit,vyjadřovat,vyslovit,projevit,projevovat,dát,dávat,tlumočit", "110", OHLEDNE + INS_S + DAT,
  object=["znepokojení", "obava", "zklamání", "politování", "rozčarování", "znechucení"], named_target=True)
v("protestovat,zaprotestovat", "114", ["obl:u+Gen", "nmod:u+Gen", *PROTI], prep="u")  # protesting *to* someone is diplomatic; plain protestovat is a demonstration (141 below)
v("stěžovat,postěžovat", "114", [*NA, "obl:u+Gen"], particle="si")
v("předvolat,předvolávat,povolat", "114", ["nmod:Gen", "obj"], object=["velvyslanec", "vyslanec", "chargé", "diplomat", "zástupce"])
v("ohradit,ohrazovat", "110", PROTI, particle="se")
v("žalovat,zažalovat,obžalovat", "115", ACC)
# 'soudit' is mostly 'think' ('analytik soudí, že ...': an opinion, not a trial): only a named defendant codes
v("soudit", "115", ACC, named_target=True)
v("podat,podávat", "115", NA + PROTI, object=["žaloba", "stížnost", "obvinění"])
v("odsoudit,odsuzovat", "173", ACC, object=["trest", "vězení", "odnětí", "doživotí", "žalář", "podmínka", "práce", "prospěšný"])
# a term counted in years or months is a prison sentence ('odsoudil ho k devíti letům', 'na šest let'): 'k'/'na' required,
# 'za rok' is when, not how long
v("odsoudit,odsuzovat", "173", ACC, object=["léta", "rok", "měsíc"], prep="k", object_prep=True)
v("odsoudit,odsuzovat", "173", ACC, object=["léta", "rok", "měsíc"], prep="na", object_prep=True)  # sentencing is COERCE (gold: "odsoudil ho k doživotnímu vězení" 173), also to a suspended sentence or community work ("k podmínce", "k veřejně prospěšným pracím"); a plain conviction stays ACCUSE
v("obvinit,obviňovat,vinit,nařknout,osočit,osočovat", "1123", ACC, object=["agrese", "útok", "invaze", "ostřelování", "ostřel", "bombardování", "nálet", "úder", "napadení"])  # the attacker as the genitive of the act when no object is named
v("obvinit,obviňovat,vinit,nařknout,osočit,osočovat", "1124", ACC, object=["válečný", "genocida", "zločin"])
v("obvinit,obviňovat,vinit,nařknout,osočit,osočovat", "1125", ACC, object=["špionáž", "zrada", "vlastizrada", "velezrada", "vyzvědačství"])
v("varovat,vystříhat,varovávat", "130", ACC + DAT)  # "varovat před X": X is the danger warned of, not a threatened actor
# warning against an actor nobody is warned of ("varovala před komunisty v USA", "varoval před Ruskem") disapproves
# of that actor, as en "warned against"; with an addressee ("varovala Rusko před útokem") it stays the warning above
v("varovat,varovávat", "111", ["obl:před+Ins", "nmod:před+Ins"], prep="před", named_target=True, own_target=True,
  unless=["obj", "case:Acc", "case:Dat", "nmod:Dat"])
# --- REJECT 12
v("odmítnout,odmítat,zamítnout,zamítat,neuznat,neuznávat,zavrhnout,zavrhovat", "120", [*ACC, "obl:Gen", "nmod:Gen"])
v("odmítnout,odmítat,zamítnout,zamítat", "125", ["nmod:Gen", "obj"], object=["jednání", "rozhovor", "schůzka", "setkání", "dialog", "vyjednávání"])
v("odmítnout,odmítat,zamítnout,zamítat", "1232", ["nmod:Gen", "obj"], object=["požadavek", "žádost", "výzva", "ultimátum", "návrh", "nabídka"])
v("smést,smetnout,smetat", "1232", ["nmod:Gen", "obj"], object=["požadavek", "žádost", "výzva", "ultimátum", "návrh", "nabídka"])  # 'smetli ze stolu výzvu prezidenta': sweeping a proposal off the table rejects it
v("couvnout,couvat", "120", ["nmod:vůči+Dat", "obl:vůči+Dat", "nmod:Dat", "nmod:Gen"], object=["závazek", "slib", "příslib", "dohoda"], prep="od")  # 'couvl od svého závazku vůči lidu': reneging, as en 'renege on' (120)
v("popřít,popírat,dementovat,vyvrátit,vyvracet", "016", ["nmod:Gen", "obl:Gen", "obj"])
v("vetovat,zablokovat,blokovat", "129", ["nmod:Gen", "obj"], object=["rezoluce", "návrh", "zákon", "usnesení", "rozhodnutí", "přijetí", "legislativa", "novela", "rozpočet"])
v("vetovat", "129", ACC)
v("postavit,stavět,vzepřít,vzpírat,ohradit", "120", PROTI + DAT, particle="se")
v("vzdorovat,odporovat,oponovat", "120", DAT, object=[], named_target=True)  # precj s9: resisting a chokehold (a thing) is no refusal of anyone
v("ignorovat,porušit,porušovat,nerespektovat,nedodržet,nedodržovat,obcházet,obejít", "128", ["nmod:Gen", "obj"],
  object=["rezoluce", "sankce", "dohoda", "smlouva", "právo", "zákon", "norma", "embargo", "suverenita", "závazek", "úmluva", "pravidlo"])
v("porušit,porušovat,narušit,narušovat", "196", ["nmod:Gen", "obj"], object=["příměří", "klid"])
# a ceasefire agreement broken ('porušil dohodu o příměří s Arménií') is the ceasefire violated (196), not a broken
# agreement (128): the noun under 'o' names what the agreement is, so this entry outranks the one listing 'dohoda'
v("porušit,porušovat,narušit,narušovat", "196", ["nmod:Gen", *INS_S, "obj"], object=["příměří"], prep="o", object_prep=True)
v("porušit,porušovat,narušit,narušovat,narušit", "192", ["nmod:Gen", "obj"], object=["prostor", "hranice"])
# --- THREATEN 13
v("pohrozit,hrozit,vyhrožovat,zastrašovat,zastrašit", "130", DAT + ACC)
# the threatened act's own phrase names its target too ('pohrozila sankcemi vůči Rusku', 'pohrozil útokem na Izrael',
# 'jaderným úderem proti USA'): the parser hangs it on the act noun or on the verb
v("pohrozit,hrozit,vyhrožovat", "1312", [*DAT, *PROTI, *NA], object=["sankce", "embargo", "clo", "cla"])
v("pohrozit,hrozit,vyhrožovat", "1313", [*DAT, "obl:do+Gen", "nmod:do+Gen", *NA, *PROTI], object=["přerušení", "ukončení"])
v("pohrozit,hrozit,vyhrožovat", "138", [*DAT, *NA, *PROTI], object=["síla", "válka", "útok", "odveta", "úder", "invaze", "zbraň", "konflikt", "odplata"])
v("dát,dávat,postavit,adresovat", "139", DAT, object=["ultimátum"])
# negated acts (CAMEO 1.1b3 manual examples, PLOVER-GSR THREATEN-0010/-0020: 'will no longer tolerate rallies by X',
# 'will not allow candidates from Hamas' are threats): 'nebudeme tolerovat útoky na naše občany' threatens the
# attacker, 'nevyloučil vojenský zásah proti Íránu' threatens Iran; the affirmative use is no act (negated_only)
v("tolerovat,strpět,trpět", "130", [*ACC, "nmod:Gen"], negated_cameo="130", negated_only=True)  # 'nebude trpět shromáždění X'; 'trpět hladem' (Ins) takes no actor
v("vyloučit,vylučovat", "138", [*PROTI, *NA, "nmod:Gen"], object=["zásah", "útok", "úder", "intervence", "invaze", "síla", "akce", "operace", "odveta"],
  negated_cameo="138", negated_only=True)
v("vyloučit,vylučovat", "1312", [*PROTI, *NA, "nmod:Gen"], object=["sankce", "embargo", "clo"], negated_cameo="1312", negated_only=True)
# a warning handed to someone ('dal Putinovi důrazné varování', 'poslal Íránu výstrahu'): the light verb's dative is
# the one warned, as en 'gave X a warning' (the noun entry alone finds no holder under dát/poslat)
v("dát,dávat,poslat,posílat,vyslat,vysílat,adresovat,zaslat", "130", DAT, object=["varování", "výstraha"], needs_target=True)
# --- PROTEST 14
v("demonstrovat,manifestovat,pochodovat", "141", PROTI)
v("stávkovat", "143", PROTI)
# s30: protesters carrying, holding or waving banners, placards or signs demonstrate (141, as en 'held signs'), against
# what the banners oppose ('mávali transparenty proti vládě'); the object must be the verb's own ('nesl transparent')
v("nést,nosit,držet,mávat,zamávat,třímat,vztyčit,rozvinout,rozvinovat,zvednout,zvedat", "141", [*PROTI, "nmod:Gen"],
  object=["transparent", "plakát", "cedule", "banner", "transparentek"], direct_object=True)
v("bojkotovat", "143", ACC)
v("držet,zahájit,vyhlásit", "142", PROTI, object=["hladovka"])
# --- MOBILIZE 15
v("mobilizovat", "154", ACC + PROTI)
v("rozmístit,rozmisťovat,rozmísťovat,soustředit,soustřeďovat,shromáždit,shromažďovat,přesunout,přesouvat,nasadit,nasazovat,posílit,posilovat,rozmístit,vyslat,vysílat,poslat,posílat", "154",
  ["obl:u+Gen", "obl:na+Loc", "obl:v+Loc", "obl:k+Dat", "obl:do+Gen", "obl:na+Acc", "obl:poblíž+Gen", "nmod:u+Gen", "obl:podél+Gen"],
  object=["vojsko", "voják", "jednotka", "armáda", "síla", "tank", "technika", "kontingent", "prapor", "brigáda", "divize", "žoldák",
          "zbraň", "raketa", "střela", "systém", "letoun", "stíhačka", "bombardér", "loď", "ponorka", "protiraketový"],
  unless=["case:Dat"])  # troops or arms sent to a state named in the dative are given to it, no deployment of one's own:
# 'Německo poslalo Ukrajině systémy Patriot' (en AID 072; the 072 entries above know the weapons), 'USA pošlou Polsku
# další vojáky' (military cooperation, en 'will send troops to Poland' 062; it was a threat, future 154 -> 138)
v("vyslat,vysílat,poslat,posílat", "062", ["case:Dat"], object=["voják", "vojsko", "jednotka", "kontingent", "instruktor", "poradce", "výsadkář"],
  needs_target=True)
# s22: people sent 'na pomoc' a state ('vyšle sto vojáků na pomoc Polsku', 'vyslalo hasiče na pomoc Řecku') help it:
# AID to the dative of the help (en 'send troops to help Poland'), not a deployment (154) or its threat (future 138)
v("vyslat,vysílat,poslat,posílat,schválit,schvalovat,odsouhlasit,rozhodnout", "070", ["nmod:Dat", *DAT], object=["pomoc"],
  prep="na", needs_target=True)
v("zvýšit,zvyšovat,vyhlásit,uvést", "152", PROTI, object=["pohotovost", "bdělost"])
# forces kept or remaining on alert ('jednotky zůstávají v pohotovosti', 'armáda drží jednotky v pohotovosti'), as en
# 'remained on alert'; 'v' required: 'na pohotovosti' is the emergency ward ('zůstal na pohotovosti')
v("zůstat,zůstávat,setrvat,setrvávat,držet,udržovat,udržet", "152", PROTI, object=["pohotovost", "bdělost"], prep="v",
  object_prep=True)
v("uspořádat,pořádat,zahájit,zahajovat,provést,provádět,konat,uskutečnit", "150", ["nmod:u+Gen", "obl:u+Gen", "nmod:poblíž+Gen", "obl:poblíž+Gen", *PROTI,
  "nmod:kolem+Gen", "obl:kolem+Gen", "nmod:okolo+Gen", "obl:okolo+Gen"],  # s34 'manévry kolem Tchaj-wanu' (en 'around')
  object=["cvičení", "manévr"], compound_cameo="062")  # 'Francouzské a egyptské lodě zahájily manévry': joint exercises (en 062)  # not "přehlídka": mostly a film or fashion show
# --- SANCTION 16
v("přerušit,přerušovat,zmrazit,zmrazovat,ukončit,ukončovat,omezit,omezovat,snížit,snižovat,zrušit,rušit,pozastavit,pozastavovat", "161", [*INS_S, "nmod:Gen"],
  object=["vztah", "styk", "kontakt", "spojení"])
v("pozastavit,pozastavovat,zastavit,zastavovat,zmrazit,zmrazovat,omezit,omezovat,snížit,snižovat,ukončit,ukončovat,přerušit,zrušit,zkrátit", "162",
  [*DAT, "obl:pro+Acc", "nmod:pro+Acc", "nmod:do+Gen", "obl:do+Gen", *NA, "nmod:Gen"], object=["pomoc", "dodávka", "financování", "podpora", "příspěvek", "dotace"])
v("pozastavit,pozastavovat,přerušit,přerušovat,ukončit,ukončovat,zastavit,zastavovat,zrušit,rušit,odložit,odkládat", "164", INS_S,
  object=["jednání", "rozhovor", "vyjednávání", "dialog", "summit", "schůzka"])
v("pozastavit,přerušit,ukončit,zastavit,zmrazit,omezit,zrušit", "160", [*INS_S, "nmod:Gen"], object=["spolupráce", "partnerství", "členství", "obchod"])
v("odvolat,odvolávat,stáhnout,stahovat", "161", ["obl:z+Gen", "nmod:z+Gen", "nmod:v+Loc", "obl:Gen"], object=["velvyslanec", "vyslanec", "diplomat", "velvyslanectví", "ambasáda"])
# withdrawing peacekeepers, observers or inspectors from a state ends their presence there (1661/1662 SANCTION, as
# PLOVER: 'withdraw peacekeepers'), not a retreat of hostile forces (0872): 'stáhne své mírové jednotky z Čadu'
v("stáhnout,stahovat,odvolat,odvolávat", "1661", ["obl:z+Gen", "nmod:z+Gen"], object=["mírový", "modrá helma", "peacekeeper"])
v("stáhnout,stahovat,odvolat,odvolávat", "1662", ["obl:z+Gen", "nmod:z+Gen"], object=["pozorovatel", "inspektor", "monitor"])
v("uzavřít,uzavírat,zavřít,zavírat", "161", ["nmod:Gen", "nmod:v+Loc", "obl:v+Loc"], object=["velvyslanectví", "ambasáda", "konzulát", "zastupitelský", "úřad"])
# expelling people is deportation (174 COERCE, as en 'expel' and the PLOVER gold 'deported 168 Liberians'); expelling
# a state's diplomats, observers, inspectors, peacekeepers or aid missions reduces relations (166 SANCTION)
v("vyhostit,vyhošťovat", "174", [*ACC, "nmod:Gen"])
v("vyhostit,vyhošťovat,vypovědět,vypovídat", "166", [*ACC, "nmod:Gen"], object=["diplomat", "diplomatka", "velvyslanec", "velvyslankyně", "vyslanec", "konzul",
  "atašé", "chargé", "velvyslanectví", "ambasáda", "pozorovatel", "inspektor", "mise", "mírový", "delegace"])
v("vypovědět,vypovídat", "166", [*ACC, "nmod:Gen"])
# s30: declaring a diplomat persona non grata expels them (166, as 'vyhostit diplomata'): 'prohlásilo ruského velvyslance
# za personu non grata'; the model lemmatises 'personu' as 'person' (lemmas.json)
v("prohlásit,prohlašovat,vyhlásit,vyhlašovat,označit", "166", ["obj", "case:Acc", "nmod:Gen"], object=["grata", "persona"], needs_target=True)
v("vypovědět,vypovídat,vystoupit,vystupovat,odstoupit", "161", [*INS_S, "nmod:Gen"], object=["smlouva", "dohoda", "úmluva", "pakt"])
# --- COERCE 17 (+163)
v("uvalit,uvalovat,zavést,zavádět,vyhlásit,vyhlašovat,schválit,schvalovat,rozšířit,rozšiřovat,zpřísnit,zpřísňovat,prodloužit,prodlužovat", "163",
  NA + PROTI + ["nmod:Gen", "case:Dat"], object=["sankce", "embargo", "clo", "cla", "restrikce", "omezení", "sankční", "bojkot", "zákaz", "blokáda"])
# s32: 'přijmout' is both 'adopt' and 'accept': a genitive owner ('nepřijme sankce EU') is the imposer, whose sanctions
# the subject accepts or refuses, so no genitive target here; 'přijala sankce proti Rusku' keeps its target
v("přijmout", "163", NA + PROTI + ["case:Dat"], object=["sankce", "embargo", "clo", "cla", "restrikce", "omezení", "sankční", "bojkot", "zákaz", "blokáda"])
v("udělit", "163", NA + PROTI + ["nmod:Gen", "case:Dat"], object=["sankce", "embargo", "clo", "cla", "restrikce", "omezení", "sankční", "bojkot", "blokáda"])  # 'udělil hráči zákaz' is 172 (round 18)
v("uplatnit,uplatňovat,zavést", "163",
  NA + PROTI + ["nmod:Gen", "case:Dat"], object=["sankce", "embargo", "clo", "cla", "restrikce", "omezení", "sankční", "bojkot", "zákaz", "blokáda"])
v("sankcionovat,embargovat", "163", ACC)
v("zmrazit,zmrazovat,zablokovat,zabavit,zabavovat,obstavit,obstavovat", "163", ["nmod:Gen", "obl:Gen"], object=["aktivum", "majetek", "účet", "rezerva", "prostředek"])
v("čelit,podléhat", "163", [], object=["sankce", "embargo", "clo", "cla", "restrikce", "omezení"],
  passive_source=["nmod:strana+Gen", "obl:strana+Gen", "nmod:od+Gen", "nmod:Gen", "amod"], swap=True)  # 'sankcím USA', 'americkým'
v("dostat,obdržet", "163", [], object=["sankce", "embargo"], passive_source=["obl:od+Gen", "nmod:od+Gen", "nmod:strana+Gen",
  "obl:strana+Gen"], swap=True)  # 'Rusko dostalo od EU sankce' (en 'received sanctions from')
v("čelit,vystavit,vystavovat", "170", [], object=["vydírání", "hrozba", "výhrůžka"],
  passive_source=["nmod:strana+Gen", "obl:strana+Gen"], swap=True)
# pressure on someone is a demand (100, as en 'step up pressure on', PETRARCH 'face pressure' [:100]; the wmt-dev gold
# codes 'tlačit Teherán do rozhovorů' and 'pressure Tehran' REQUEST): 'vyvíjí tlak na vládu', 'čelí tlaku opozice'
v("čelit,vystavit,vystavovat", "100", [], object=["nátlak", "tlak"],
  passive_source=["nmod:strana+Gen", "obl:strana+Gen", "nmod:Gen", "nmod:od+Gen"], swap=True)
v("vyvíjet,vyvinout,stupňovat,zvýšit,zvyšovat,vystupňovat,přitvrdit", "100", NA, object=["nátlak", "tlak"], needs_target=True)
v("vydírat,nutit,donutit,přinutit,tlačit", "170", ACC)
v("zatknout,zatýkat,zadržet,zadržovat,uvěznit,věznit,internovat,zajmout,obvinit", "173", ACC,
  object=[])
v("deportovat,vyhostit,vykázat,vyhánět,vyhnat", "174", [*ACC, "obl:z+Gen"], object=["občan", "uprchlík", "novinář", "migrant", "osoba", "cizinec"])
v("deportovat,vykázat", "174", ACC)
v("zabavit,zabavovat,zkonfiskovat,konfiskovat,zabrat,zabírat,znárodnit,znárodňovat,zestátnit,zestátňovat", "1711", ["nmod:Gen", "obl:Dat", "obj"])
v("zakázat,zakazovat", "172", DAT + ACC)
v("obsadit,obsazovat,okupovat,anektovat,zabrat,zabírat,dobýt,dobývat", "192", ACC)
# s26 precision: filling a post, a place in a ranking or a role is no occupation ('funkce je obsazována na základě
# výběrového řízení', 'obsadila třetí místo', 'obsadil roli'); the bare 192 entry read them as seized land
v("obsadit,obsazovat", "010", [], object=["místo", "příčka", "pozice", "post", "funkce", "role", "křeslo", "pořadí",
  "stupeň", "kategorie", "žebříček", "lůžko", "kapacita", "pracoviště", "míst"])
v("připojit", "192", ACC, named_target=True)  # annexing names the land ("připojilo Krym"); a reflexive 'se' the parser hangs elsewhere ("se k výzvám ... připojili": joined calls) left it with the domestic counterpart (precj s9)
v("blokovat,zablokovat,obklíčit,obkličovat,obléhat,oblehnout", "191", ACC, object=["přístav", "hranice", "průliv", "město", "pobřeží", "přístup", "koridor"])
v("obléhat,oblehnout,obklíčit,obkličovat", "191", ACC)
# --- ASSAULT 18-20
v("zaútočit,útočit", "190", [*NA, *PROTI, "obl:na+Loc", "nmod:na+Loc"])
v("udeřit", "190", [*NA, *PROTI, "obl:na+Loc", "nmod:na+Loc"], prep="na")  # bare 'udeřil ženu' is a blow (182, round 8)  # Loc last: "na Británii" is Acc/Loc-ambiguous and often tagged Loc
v("napadnout,napadat,přepadnout", "190", ACC)
v("vpadnout,vtrhnout,invadovat", "190", ["obl:do+Gen", "obl:na+Acc", "obj"])
v("bojovat,válčit,střetnout,střetávat", "190", PROTI + INS_S, needs_target=True)  # "bojuje o titul", "bojují s nedostatkem": no enemy, no event
v("podniknout,podnikat,zahájit,zahajovat,provést,provádět,vést,spustit,vyslat,stupňovat,vystupňovat,obnovit,zesílit,zesilovat,zintenzivnit,zintenzivňovat", "190",
  NA + PROTI + ["nmod:do+Gen", "obl:do+Gen", "nmod:Gen"],
  object=["útok", "úder", "nálet", "ofenziva", "invaze", "agrese", "operace", "válka", "protiútok", "bombardování", "ostřelování", "výpad", "palba", "tažení"])
v("ostřelovat,ostřelit,odstřelovat", "194", ACC + NA)
v("bombardovat,bombardovat,vybombardovat", "195", ACC + NA)
v("použít,používat,nasadit,nasazovat,vyslat,vysílat,užít,užívat", "195",
  PROTI + NA + ["obl:v+Loc"], object=["raketa", "střela", "dron", "bomba", "letoun", "letadlo", "bezpilotní", "letectvo", "stíhačka", "bombardér", "kamikadze"])
v("použít,používat,nasadit,nasazovat,užít,užívat", "194", PROTI + NA, object=["tank", "dělostřelectvo", "houfnice", "minomet", "granát", "obrněnec"])
v("použít,používat,nasadit,nasazovat", "2041", PROTI + NA, object=["chemický", "plyn", "sarin", "chlór", "biologický"])
v("použít,používat,nasadit,nasazovat,odpálit", "2042", PROTI + NA, object=["jaderný", "atomový", "nukleární"])
v("odpálit,odpalovat,vypálit,vypalovat,vystřelit,shodit,shazovat", "195", NA + PROTI, prep="na",
  object=["raketa", "střela", "dron", "bomba", "granát", "projektil"])
v("odpálit,odpalovat,vypálit,vypalovat,vystřelit", "195", NA + PROTI, prep="na")
# fired at a country's direction ('vypálila rakety směrem k Japonsku', en 'fired missiles toward Japan': 195 too)
v("odpálit,odpalovat,vypálit,vypalovat,vystřelit", "195", ["obl:směrem k", "nmod:směrem k", *NA, *PROTI], prep="směrem k",
  object=["raketa", "střela", "dron", "projektil"])
# stones thrown at someone (en 'threw stones at', 182); during a demonstration the throwing is the protest turned violent
# (145, PROTEST/riot, as en 'threw stones during demonstrations'), not an assault with a named victim
v("házet,hodit,vrhat,vrhnout,metat", "182", [*NA, *PROTI, "obl:po+Loc"], object=["kámen", "dlažební", "dlažba"], needs_target=True)
v("házet,hodit,vrhat,vrhnout,metat", "145", [*PROTI, *NA], prep="během", object=["demonstrace", "protest", "pochod", "shromáždění", "nepokoj", "protestní"])
v("házet,hodit,vrhat,vrhnout,metat", "145", [*PROTI, *NA], prep="při", object=["demonstrace", "protest", "pochod", "shromáždění", "nepokoj", "protestní"])
v("odpálit,odpalovat,vypálit,vypalovat,otestovat,testovat,vyzkoušet,zkoušet", "150", [], object=["raketa", "střela", "nosič", "zbraň"])
v("střílet,vystřelit,pálit", "193", NA + PROTI)
v("sestřelit,sestřelovat", "190", [*ACC, "nmod:Gen"])
v("zabít,zabíjet,zavraždit,vraždit,zastřelit,postřílet,popravit,popravovat", "1823", ACC)
# pounding or hitting positions with air strikes, fire or missiles (en 'pounded IS positions with airstrikes', 'hit
# positions with a ballistic missile'); bare 'zasáhnout' stays out (sports, 'zasáhnout do zápasu')
v("zasypat,zasypávat,zasáhnout", "190", ACC, object=["nálet", "palba", "raketa", "střela", "bomba", "granát", "dělostřelectvo", "dron"])
v("zavraždit,zlikvidovat", "186", ACC)
v("unést,unášet,zajmout", "181", ACC)
v("mučit,týrat", "1822", ACC)
v("zranit,zraňovat,postřelit", "182", ACC)
v("zničit,ničit,zdevastovat,rozbombardovat,poničit,zdemolovat", "1712", ["nmod:Gen", "obj"])  # poničit: vandals, s25
v("vyhodit,vyhazovat", "1712", ["nmod:Gen", "obj"], object=["vzduch", "povětří"])  # bare: throwing out ('vyhodili hosty z hotelu')
v("vyhladit,masakrovat,povraždit", "202", ACC)
v("vyhnat,vyhánět,vysídlit,vystěhovat", "201", ACC, object=["obyvatel", "obyvatelstvo", "civilista", "menšina", "lid"])
# --- REQUEST 02 / 10
v("vyzvat,vyzývat,apelovat,naléhat,urgovat,nabádat", "020", ACC + NA)
v("povzbudit,povzbuzovat", "051", ACC)  # encouraging (en 'encourage' 051), cheering a team asks nothing
v("vyzvat,vyzývat,apelovat,naléhat,žádat,požádat,požadovat", "0256", ACC + NA + ["obl:od+Gen"], object=["příměří", "deeskalace", "zdrženlivost", "klid"])
v("vyzvat,vyzývat,požádat,žádat,požadovat", "106", ACC + NA + ["obl:od+Gen"], object=["stažení", "odchod", "ústup"])
v("vyzvat,vyzývat,požádat,žádat", "026", ACC + NA, object=["jednání", "rozhovor", "dialog", "vyjednávání"])
# calling for sanctions against X threatens X with them, as en 'called for sanctions against' (1312); a call to lift
# them ('vyzvalo ke zrušení sankcí proti Íránu') is an appeal to yield addressed to its object, not a threat to Iran
CALLS = "vyzvat,vyzývat,volat,požadovat,žádat,požádat,apelovat,naléhat"
v(CALLS, "1312", [*PROTI, *NA], object=["sankce", "embargo"], unless=ACC)  # 'vyzvalo EU k sankcím': asks the EU
v(CALLS, "025", ACC + NA, object=["zrušení", "zmírnění", "uvolnění", "zrušit", "zmírnit", "uvolnit"])
v("požádat,žádat,prosit,poprosit,obrátit", "020", ["obl:od+Gen", "nmod:od+Gen", *ACC])  # od: this entry shadows the 100 one below ("žádá od Ruska"); first: with both, the od-phrase is the one asked and the object the thing ("žádá od Německa tanky")
v("požádat,žádat,prosit,poprosit", "023", ["obl:od+Gen", "nmod:od+Gen", *ACC, "nmod:Acc"], object=["pomoc", "podpora", "zbraň", "munice", "půjčka", "asistence"])  # nmod:Acc: "požádalo o pomoc státy NATO"
v("požadovat,vyžadovat,žádat,dožadovat", "100", ["obl:od+Gen", "nmod:od+Gen", "obl:po+Loc", "obl:na+Loc"])
v("trvat", "100", ["obl:na+Loc", "nmod:na+Loc", "obl:od+Gen", "obl:po+Loc"], prep="na")  # 'trvat' alone is 'last' ('návštěva trvala dva dny')
v("nařídit,nařizovat,přikázat,přikazovat", "100", DAT)
v("vyzvat,vyzývat,požádat,žádat", "1053", [*ACC, "obl:od+Gen"], object=["propuštění", "vydání", "osvobození"])
# --- additions: general political vocabulary
# an invitation is an offer to meet (PLOVER manual, AGREE: 'invitations for state visits should be coded as AGREE';
# the dev gold: AGREE|CONSULT 036)
v("pozvat,zvát,pozývat", "036", [*ACC, "obl:do+Gen"], named_target=True)  # the invitee named: no home counterpart
v("stát,stavět", "051", ["obl:za+Ins", "nmod:za+Ins"], prep="za")
# session 20: 'za útokem stojí Rusko' (en 'Russia is behind the attack') blames the subject for the act; the accuser is
# whoever reports it ('Kyjev tvrdí, že ...', 'podle Kyjeva ...'), as for 'lže'; not 'za úspěchem stojí tvrdá práce'
BLAMED_ACTS = ["útok", "atentát", "výbuch", "exploze", "vražda", "únos", "sabotáž", "kyberútok", "ostřelování", "nálet",
               "masakr", "zabití", "otrava", "otrávení", "zločin", "dezinformace", "provokace", "násilí", "nepokoj",
               "převrat", "puč", "incident", "kampaň", "vměšování", "podvod"]
v("stát", "112", [], prep="za", object=BLAMED_ACTS, swap=True)
# holding someone responsible (en 'hold X accountable', 'X bears the blame'): 'chce pohnat Rusko k odpovědnosti',
# 'Rusko nese vinu za útok' (not 'nese odpovědnost za zdravotnictví': a duty)
v("pohnat,hnát,volat,povolat", "112", ACC, object=["odpovědnost", "zodpovědnost"], prep="k", needs_target=True)
v("nést", "112", [], object=["vina"], swap=True)
# not bare "zasáhnout": 'do Velké ceny nezasáhne' (will not race), 'zasáhnout do zápasu'; with riot-control means: 175 above
v("distancovat,distancovávat", "120", ["obl:od+Gen", "nmod:od+Gen"], particle="se", needs_target=True)  # "sociálně se distancovat"
v("zpochybnit,zpochybňovat", "110", ["nmod:Gen", "obj"])
v("zakázat,zakazovat", "163", ["nmod:z+Gen", "obl:z+Gen", "nmod:Gen", *DAT],
  object=["dovoz", "import", "obchod", "let", "přelet"])
v("zastavit,zastavovat,omezit,omezovat,zablokovat,blokovat", "163", ["nmod:z+Gen", "obl:z+Gen", "nmod:Gen"],
  object=["dovoz", "import", "obchod", "let", "přelet"])
# exports stopped TO a state hit that state ('Čína zakázala vývoz galia do Spojených států', 'omezila vývoz čipů na
# Tchaj-wan'), as en 'banned exports to X'; imports only from one ('dovoz do EU' is the banning side's own market)
v("zakázat,zakazovat,zastavit,zastavovat,omezit,omezovat,zablokovat,blokovat", "163",
  ["nmod:do+Gen", "obl:do+Gen", *NA, "nmod:z+Gen", "obl:z+Gen", "nmod:Gen", *DAT], object=["vývoz", "export"])
v("zastavit,zastavovat,přerušit,přerušovat,omezit,omezovat,snížit,snižovat", "162", ["nmod:do+Gen", "obl:do+Gen", *NA, "obl:Dat", "nmod:pro+Acc"],
  object=["dodávka", "tranzit", "plyn", "ropa", "elektřina"])  # 'zastavilo dodávky nafty na Ukrajinu'
v("vydat,vydávat", "173", ["nmod:na+Acc", "obl:na+Acc"], object=["zatykač", "příkaz"])
# criticism, charges, suits and inquiries received: the critic named ('ze strany opozice', 'kritice opozice') or, unnamed,
# no source ('čelí obvinění z vraždy': gold '-', as for 'byl obviněn')
FACED = ["nmod:strana+Gen", "obl:strana+Gen", "nmod:od+Gen", "nmod:Gen"]
v("čelit,podléhat", "111", [], object=["kritika", "odsouzení", "výtka"], passive_source=FACED, swap=True)
v("čelit", "112", [], object=["obvinění", "nařčení"], passive_source=FACED, swap=True)
v("čelit", "1121", [], object=["obžaloba", "stíhání"], passive_source=FACED, swap=True)
v("čelit", "115", [], object=["žaloba"], passive_source=FACED, swap=True)
v("čelit", "090", [], object=["vyšetřování", "šetření", "prověrka", "kontrola"], passive_source=FACED, swap=True)
v("čelit", "190", [], object=["útok", "ostřelování", "nálet", "úder", "agrese", "invaze", "ofenziva"],
  passive_source=["nmod:strana+Gen", "obl:strana+Gen"], swap=True)

# --- more general political vocabulary
v("poblahopřát,ujistit,ujišťovat", "051", ACC + DAT, needs_target=True)
v("stát,postavit,přidat,přidávat", "051", ["nmod:Gen", "obl:Gen"], object=["strana"], prep="na")
v("odjet,odjíždět,pobývat,pobýt", "042", ["obl:do+Gen", "obl:v+Loc", "obl:na+Acc", "obl:na+Loc"])
v("přijmout,přijímat,akceptovat,uvítat", "030", ["nmod:Gen", "obj"], object=["nabídka", "návrh", "pozvání", "pozvánka", "výzva", "podmínka", "plán", "mírový"])  # výzva: accepting a challenge or invitation, the counterpart of "odmítnout výzvu" (1232)
v("využít,využívat", "030", ["nmod:Gen", "obj"], object=["nabídka"])  # taking up an offer accepts it (as 'přijmout nabídku'); 'stát nevyužije nabídku' refuses it (negated AGREE: REJECT)
v("přijmout,přijímat,ubytovat", "075", ["nmod:z+Gen", "obl:z+Gen"], object=["uprchlík", "běženec", "migrant", "žadatel"])
v("vyměnit,vyměňovat,předat", "064", INS_S, object=["informace", "zpravodajství", "poznatek", "zkušenost", "data"], particle="si", reciprocal=True, mutual=True)
v("vyměnit,vyměňovat", "064", INS_S, object=["informace", "zpravodajství", "poznatek", "zkušenost", "data"], reciprocal=True, mutual=True)  # the particle 'si' left out or hung elsewhere by the parser
v("vyměnit,vyměňovat", "0841", INS_S, object=["zajatec", "zajatce", "zajatka", "vězeň", "rukojmí", "zadržený"], reciprocal=True)
v("vyslat,vysílat", "073", [*DAT, "obl:do+Gen", "obl:na+Acc"], object=["humanitární", "potravina", "lék", "zásoba", "konvoj"])
v("vyslat,vysílat", "070", [*DAT, "obl:do+Gen", "obl:na+Acc"], object=["pomoc", "záchranář", "hasič", "lékař", "tým"])
v("stáhnout,stahovat", "087", ["obl:z+Gen", "nmod:z+Gen"], particle="se")
v("omilostnit,amnestovat", "0841", ACC)
v("otevřít,otevírat,zpřístupnit", "086", [*DAT, "nmod:s+Ins", "obl:pro+Acc"], object=["hranice", "koridor", "přechod", "přístav", "letiště"])
# s22 'nmod:s+Ins': the state a border is opened with ('otevřelo hranice s Řeckem pro migranty': Greece, not the migrants)
v("přičítat,připsat,připisovat", "112", DAT)
v("cenzurovat,umlčet,umlčovat", "1721", ACC)
v("zakázat,zakazovat,rozpustit,zrušit", "1722", ["nmod:Gen", "obj"], object=["strana", "hnutí", "organizace", "činnost", "médium", "televize", "noviny"])
v("zakázat,zakazovat,omezit,omezovat,pozastavit,zastavit", "163", [*DAT, "nmod:pro+Acc", "nmod:Gen"], object=["vstup", "vízum", "víza", "přelet"])
v("vyhlásit,vyhlašovat,zahájit,zahajovat,nařídit", "154", PROTI, object=["mobilizace"])
v("posílit,posilovat,zvýšit,zvyšovat,rozšířit", "154", ["obl:na+Loc", "obl:v+Loc", "nmod:na+Loc", "nmod:v+Loc", "obl:u+Gen"], object=["přítomnost"])
# s34: with the place named the presence outranks the 062 entry that its adjective 'vojenský' matched ('Rusko posílilo
# vojenskou přítomnost u hranic s Finskem' was cooperation with Finland; en 'boosted its military presence near' 154)
for _p in ("u", "v", "na"):
    v("posílit,posilovat,zvýšit,zvyšovat,rozšířit", "154", ["obl:na+Loc", "obl:v+Loc", "nmod:na+Loc", "nmod:v+Loc", "obl:u+Gen", "nmod:u+Gen"],
      object=["přítomnost"], prep=_p)
v("volat,apelovat", "020", ACC, prep="po", needs_target=True)
v("zahájit,zahajovat,spustit,otevřít", "190", NA + PROTI, object=["palba", "oheň"])

# --- round 2 (issue 4): breadth for real news, every PLOVER type in both aspects
v("vést,mít,rozpoutat,rozpoutávat,vyvolat,vyvolávat", "110", [*INS_S, "obl:mezi+Ins", "nmod:mezi+Ins"], object=["spor", "roztržka", "rozepře", "hádka", "konflikt"])
v("zadržet,zadržovat,zmrazit,zmrazovat,zablokovat,blokovat,odepřít,odpírat,krátit,pozastavit,pozastavovat", "162",
  [*DAT, "obl:do+Gen", "nmod:do+Gen", "obl:pro+Acc", "nmod:pro+Acc", "nmod:Gen"],
  object=["dotace", "prostředek", "peníze", "fond", "platba", "financování", "pomoc", "příspěvek", "miliarda", "eurofond"])  # not the
# adjective 'evropský': by it the 'Evropský most' the protesters blocked was funds withheld (s25)
v("jednat,vyjednávat,rokovat,diskutovat,debatovat,prodiskutovat,projednat,projednávat,radit,jednávat", "040", [*INS_S, "obl:mezi+Ins"], reciprocal=True)
v("pohrozit,hrozit,vyhrožovat", "130", [*DAT, "obl:do+Gen", "nmod:do+Gen", *NA, *PROTI],
  object=["ukončení", "zastavení", "zablokování", "blokáda", "protest", "stávka", "omezení", "přerušení", "narušení"])
v("přimět,přemluvit,přemlouvat,přesvědčit,přesvědčovat,dotlačit,vybídnout,vybízet", "020", ACC)
v("tlačit,naléhat,apelovat", "020", [*NA, "obl:na+Loc", "nmod:na+Loc"], prep="na")
v("tlačit,dotlačit,dostat,přimět,donutit", "026", ACC, object=["rozhovor", "jednání", "vyjednávání", "dialog", "stůl"])
v("odsouhlasit,schválit,schvalovat,povolit,udělit,udělovat,vydat,vydávat,přidělit", "030", [*DAT, "obl:pro+Acc", "nmod:pro+Acc", "nmod:Dat"],
  object=["licence", "povolení", "výjimka", "vízum", "víza", "prodej", "odprodej", "vývoz", "export", "dodávka"],
  named_target=True)  # audcs: a grantee the text names; 'stavební úřady vydaly 7 675 povolení' is a statistic
v("jmenovat,nominovat,dosadit,dosazovat", "051", ACC, object=[], needs_target=True)
v("stanovit,stanovovat,určit,určovat,dát,dávat,vyměřit", "139", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["ultimátum", "lhůta", "termín", "deadline"])
v("provést,provádět,uskutečnit,podniknout,zahájit,vést", "170", ["obl:v+Loc", "nmod:v+Loc", "obl:na+Acc", "nmod:na+Acc", *PROTI, "nmod:Gen", "obl:u+Gen", "nmod:u+Gen"],
  object=["razie", "zátah", "prohlídka", "šťára", "zásah"])
v("prohledat,prohledávat,vtrhnout", "170", [*ACC, "obl:do+Gen"])
v("rozehnat,rozhánět,potlačit,potlačovat,rozprášit", "175", ACC)
# s28: stopping or banning a demonstration restricts a political freedom (COERCE 1721) of its organisers ('policie
# zabránila demonstraci, kterou studenti uspořádali', en 'prevented the demonstration staged by students'): the owner
v("zabránit,zabraňovat,znemožnit,znemožňovat,překazit,zmařit,zakázat,zakazovat", "1721", ["nmod:Gen", "poss"],
  object=["demonstrace", "protest", "pochod", "manifestace", "shromáždění", "protestní", "blokáda"], needs_target=True)
# s28: terrorising people is coercion of them (en 'terrorise'), as 'zastrašovat' threatens
v("terorizovat", "170", ACC, needs_target=True)
# s28: breaking into someone's computers or network is a cyber attack on their owner (176, as en 'hack into computers')
v("nabourat,nabourávat,hacknout,hackovat,proniknout,pronikat", "176", ["nmod:Gen", "poss", "amod"],
  object=["počítač", "síť", "server", "systém", "web", "účet"], prep="do", needs_target=True)
# s28: hearing out someone's views or concerns is consulting them (CONSULT 040, en 'listened to the views of X'):
# only with a noun of opinion whose owner is named ('vyslechla připomínky odborů', 'naslouchá obavám občanů')
v("vyslechnout,naslouchat,poslouchat,poslechnout", "040", ["nmod:Gen", "poss"],
  object=["názor", "obava", "připomínka", "stížnost", "argument", "postoj", "námitka", "stanovisko"], needs_target=True)
v("zbít,zmlátit,bít,mlátit,umlátit,ubít,týrat,pobodat,bodat,znásilnit,znásilňovat", "182", ACC, needs_target=True)
v("zapálit,zapalovat,podpálit,podpalovat,vypálit,vypalovat,vyplenit,plenit,vandalizovat,poškodit,poškozovat", "1712", ["nmod:Gen", "obj"], object=["dům", "obchod", "budova", "úřad", "sídlo", "auto", "vůz", "kostel", "mešita", "škola", "ambasáda", "velvyslanectví",
  "socha", "busta", "pomník", "památník", "hrob", "synagoga"])  # s28: vandalised monuments, as en "vandalise"
v("střílet,pálit,vystřelit", "193", ["obl:do+Gen", "nmod:do+Gen", "obl:po+Loc"])
v("zablokovat,blokovat,obsadit,obsazovat,ochromit", "144", ["nmod:Gen", "obl:Gen"],
  object=["silnice", "dálnice", "trajekt", "most", "křižovatka", "doprava", "tunel", "železnice", "kolej", "vjezd", "vchod", "terminál", "přístav",
          "ulice", "náměstí", "přechod", "letiště", "nádraží"])
v("vyjít,vycházet,vyrazit,vyrážet", "141", PROTI, object=["ulice", "náměstí"])
v("uspořádat,pořádat,zorganizovat,organizovat,svolat,vyhlásit,vyhlašovat,zahájit,zahajovat", "141", PROTI,
  object=["demonstrace", "protest", "pochod", "manifestace", "shromáždění", "protestní", "blokáda"])
v("vstoupit,vstupovat,zahájit,vyhlásit,vyhlašovat", "143", PROTI, object=["stávka"])
v("protestovat,demonstrovat,stávkovat,manifestovat", "141", ["obl:před+Ins", "nmod:před+Ins", *PROTI], needs_target=False)
v("zkritizovat,kritizovat,odsoudit,odsuzovat,napadnout,napadat", "111", ACC, object=["rozhodnutí", "zákon", "krok", "politika", "postup", "plán", "návrh", "vláda"])
v("obžalovat,stíhat,obvinit,obviňovat", "1121", ACC, object=["trestný", "podvod", "korupce", "úplatkářství", "zpronevěra", "vražda", "zabití", "terorismus", "žhářství", "vydírání",
          "krádež", "zneužití", "spoluúčast", "vzpoura", "pomluva", "násilí", "znásilnění", "napadení", "úplatek"])
v("vyšetřovat,vyšetřit,prošetřovat,prošetřit,prověřovat,prověřit,vyslýchat,vyslechnout", "090", ["nmod:Gen", "obj"], object=["činnost", "hospodaření", "smlouva", "zakázka", "dotace"])
v("zajmout,chytit,chytat,dopadnout,polapit", "173", ACC, needs_target=True)  # not 'zajímat' ('Johnsona nezajímá násilí' is
# interest, unseen corpus 2 of 2); a named captive: 'dopadnout hlavou na beton', 'chytit míč' took the home country
v("osvobodit,osvobozovat", "0841", ACC, object=[])  # not bare "pustit" ('pustila se do práce', 'pustil hudbu')
v("propustit,propouštět,pustit,osvobodit,osvobozovat", "0841", ACC, object=["vazba", "vězení", "zajetí", "věznice", "žalář", "internace", "tábor", "svoboda"], needs_target=True)
v("vyšetřit", "090", ["nmod:Gen", "obj"], object=["případ", "vražda", "útok", "čin", "zločin", "smrt", "úmrtí", "korupce", "podvod", "únos", "zmizení", "okolnost", "incident"])
v("udělit,udělovat,vyhlásit", "0841", DAT, object=["milost", "amnestie"])
v("evakuovat", "073", [*ACC, "obl:z+Gen"])
# settlements, bases or positions cleared by their own side are a retreat (0874, as en 'evacuate a settlement'): 'Izrael
# vyklidí osady v pásmu Gazy', 'armáda vyklidila základnu'; people evacuated are aid (073 above)
v("vyklidit,vyklízet,evakuovat", "0874", ["obl:z+Gen", "nmod:z+Gen", "obl:v+Loc", "nmod:v+Loc", "nmod:Gen"],
  object=["osada", "základna", "pozice", "stanoviště", "území", "enkláva", "předmostí"])
v("dodat,dodávat,poslat,posílat,poskytnout,poskytovat,prodat,prodávat", "072", [*DAT, "obl:do+Gen", "obl:na+Acc", "obl:pro+Acc"],
  object=["baterie", "komplet", "fregata", "loď", "vrtulník", "letadlo", "obrněný", "vozidlo", "protivzdušný", "protiraketový"])
v("podepsat,podepisovat,uzavřít,uzavírat,parafovat,sjednat,dojednat", "057", [*INS_S, "obl:mezi+Ins"],
  object=["kontrakt", "obchod", "zakázka", "kontrakt", "úmluva"], reciprocal=True)
v("vzdát,vzdávat", "0874", DAT, particle="se", object=["boj", "odpor", "zbraň"])
# giving up a thing one has (a genitive: 'vzdát se dětí, nároku, práva') is no surrender to anyone; without this the bare
# entry read the genitive as the dative ('ženy byly ochotné vzdát se novorozených dětí' coded AGREE to the children)
v("vzdát,vzdávat", "010", [], particle="se", object=["dítě", "novorozenec", "nárok", "právo", "majetek", "plat", "odměna", "honorář",
  "občanství", "titul", "podíl", "dědictví", "šance", "naděje", "myšlenka", "sen", "ambice",
  # s26 precision: a judge giving up a case, a player a match, anyone a plan or a chance ('soudce se případu vzdal')
  "případ", "kauza", "řízení", "zápas", "utkání", "účast", "možnost", "příležitost", "cíl", "plán", "záměr", "kariéra",
  "role"])
v("stáhnout,stahovat", "087", ["obl:z+Gen", "nmod:z+Gen"], object=["vojsko", "voják", "jednotka", "síla"])
v("ustoupit,ustupovat,couvnout,podvolit", "080", [*DAT, "obl:od+Gen"], particle="se")
# calling off or ending a strike, a hunger strike or a protest is easing dissent (082 CONCEDE, as the PLOVER gold
# 'called off a four-day strike'), not a protest: the counterpart is the protest's target, else the home government;
# only its direct object; s28: the counterpart of the talks after which it was called off ('odvolaly stávku po jednání
# s vládou', en 'called off the strike after deliberations with the government')
v("odvolat,odvolávat,ukončit,ukončovat,přerušit,přerušovat,zrušit,rušit,pozastavit,pozastavovat,odpískat", "082",
  [*PROTI, "nmod:Gen", *INS_S], object=["stávka", "hladovka", "protest", "demonstrace", "okupace", "bojkot"], direct_object=True)  # not 'zastavit': 'zastavili práci v den stávky' is the strike
v("vyhovět,vyhovovat,přijmout,akceptovat,splnit,plnit", "083", ["nmod:Gen", "obj", *DAT], object=["požadavek", "žádost", "podmínka", "ultimátum"])
# heeding or obeying a call or demand is acceding to it, the counterpart of "ignorovat/neuposlechnout výzvu" (1232)
v("vyslyšet,uposlechnout,poslechnout", "083", ["nmod:Gen", "obj", *DAT], object=["požadavek", "žádost", "výzva", "prosba", "apel", "volání", "příkaz", "nařízení", "ultimátum"])
# easing a ban, curfew or emergency is easing an administrative restriction (081, as en lift/ease: with no target named,
# the own population, extractors/domestic.DOMESTIC_MEASURES); where the ban is lifted and between whom, as en 'lift/ease
# X in Y / between Y and Z' ('zrušil výjimečný stav v provincii X', 'zrušily omezení mezi sebou a Izraelem'); shortening or ending a curfew or emergency eases it too ('zkrátit zákaz vycházení')
v("zrušit,rušit,odvolat,odvolávat,zmírnit,zmírňovat,uvolnit,uvolňovat,zkrátit,zkracovat,ukončit,ukončovat", "081",
  ["nmod:Gen", "obl:pro+Acc", "nmod:pro+Acc", "obl:proti+Dat", "nmod:proti+Dat", "nmod:vůči+Dat", "obl:vůči+Dat", "nmod:na+Acc",
   "obl:mezi+Ins", "nmod:mezi+Ins", "obl:v+Loc", "nmod:v+Loc", "obl:na+Loc", "nmod:na+Loc"],
  object=["zákaz", "omezení", "výjimečný", "zákaz vycházení", "stanné", "karanténa", "lockdown"])
v("podpořit,podporovat,hájit,obhájit,obhajovat,bránit", "051", ACC, object=["kandidát", "kandidatura", "nominace"])
v("pozastavit,pozastavovat,zastavit,zastavovat,zmrazit,zablokovat,blokovat,odložit,odkládat", "120", ["nmod:Gen", "nmod:pro+Acc"],
  object=["schvalování", "schvalovací", "proces", "certifikace", "povolení", "ratifikace", "schválení"])  # a licence: 172 (round 18)

# --- round 3 (issue 4): gaps found by bench/crosslingual.py (cs/en pairs of the same article)
v("vznést,vznášet", "112", [*PROTI, *DAT, "nmod:Gen"], object=["obvinění", "obžaloba", "nařčení"],
  passive_source=["nmod:strana+Gen", "obl:strana+Gen"])
v("vznést,vznášet", "114", [*PROTI, *DAT, "obl:u+Gen", "nmod:u+Gen"], object=["protest", "stížnost"])
v("vznést,vznášet", "110", [*PROTI, *OHLEDNE, "nmod:k+Dat", "obl:k+Dat"], object=["námitka", "výhrada"])  # 'vznesla výhrady k britskému postupu', en 'raised objections to'
v("vznést,vznášet", "110", [*PROTI, *OHLEDNE], object=["pochybnost", "otázka"])  # 'otázky k rozpočtu': questions, no objection
v("vznést,vznášet,předložit,předkládat,adresovat", "100", [*DAT, "obl:na+Acc", "nmod:na+Acc", "nmod:vůči+Dat"], object=["požadavek", "nárok", "ultimátum"])
v("zúčastnit,účastnit", "040", ["nmod:Gen", "obl:Gen", *INS_S], particle="se",
  object=["summit", "jednání", "konference", "setkání", "schůzka", "zasedání", "rozhovor", "vyjednávání", "konzultace"])
v("uzavřít,uzavírat,zavřít,zavírat,zablokovat", "160", [*INS_S, "nmod:pro+Acc", "obl:pro+Acc", "nmod:Gen"], object=["hranice", "přechod", "hraniční"])
v("vyslat,vysílat,poslat,posílat", "042", ["obl:do+Gen", "obl:na+Acc", "nmod:do+Gen", "obl:k+Dat", *DAT],
  object=["delegace", "vyslanec", "zmocněnec", "emisar", "vyjednavač"])
v("použít,používat,nasadit,nasazovat", "190", [*PROTI, *NA, "obl:v+Loc"], object=["zbraň", "munice"])  # after the specific weapons above; not "síla" (forces, "s cílem použít sílu")
v("zmobilizovat,mobilizovat", "154", [*PROTI, "obl:na+Acc", "obl:k+Dat"], object=[])
# mobilising voters, supporters, lobby groups, the public or money is a campaign, no show of force (statement code:
# 'zmobilizovala nátlakové skupiny', 'strana zmobilizovala voliče')
v("zmobilizovat,mobilizovat", "010", [], object=["volič", "voličstvo", "elektorát", "příznivec", "stoupenec", "skupina", "veřejnost", "člen", "členka", "fanoušek",
  "lobby", "lobbista", "občan", "komunita", "dobrovolník", "aktivista", "student", "mládež", "prostředek", "zdroj", "peníze", "kapitál", "investor", "podpora", "hlas"])
v("schválit,schvalovat,odsouhlasit,povolit,nařídit,nařizovat,rozhodnout", "154",
  ["nmod:do+Gen", "obl:do+Gen", "nmod:na+Acc", "nmod:Dat", "nmod:k+Dat", "nmod:u+Gen"], object=["vyslání", "nasazení", "rozmístění", "přesun", "mobilizace"])
v("zúčastnit,účastnit,připojit,připojovat,přidat,přidávat", "141", PROTI, particle="se",
  object=["protest", "demonstrace", "pochod", "manifestace", "blokáda", "protestní"])  # not "shromáždění": the UN General Assembly
v("zúčastnit,účastnit,připojit,připojovat,přidat,přidávat", "143", PROTI, particle="se", object=["stávka", "bojkot"])
v("nabídnout,nabízet,slíbit,slibovat,přislíbit,přislibovat", "0354", [*PROTI, *DAT, "nmod:pro+Acc"], object=["zrušení", "zmírnění", "uvolnění"])  # an offer to ease sanctions is AGREE
v("špehovat,vyzvídat,odposlouchávat,odposlechnout", "090", ACC)
# an agentless passive opened 'v Itálii' is that state's inquiry, as en 'was put under investigation in Italy'
v("zahájit,zahajovat,provést,provádět,podniknout", "090", ["nmod:proti+Dat", "obl:proti+Dat", "nmod:vůči+Dat", "nmod:Gen", "nmod:s+Ins"],
  object=["vyšetřování", "šetření", "prověrka", "prošetřování"], passive_source=["obl:v+Loc"])
# 'vést' conducts an inquiry only as its direct object: 'prohlášení vedlo demokraty k zahájení vyšetřování' is a
# cause leading others to open one (their act, not the statement's author's)
v("vést", "090", ["nmod:proti+Dat", "obl:proti+Dat", "nmod:vůči+Dat", "nmod:Gen", "nmod:s+Ins"],
  object=["vyšetřování", "šetření", "prověrka", "prošetřování", "řízení", "kontrola", "audit"], direct_object=True)
v("podat,podávat", "110", [*PROTI, "obl:na+Acc", "nmod:na+Acc"], object=["námitka"])
v("zaslat,poslat,posílat,předat,předávat,doručit", "114", [*DAT, "obl:do+Gen"], object=["protestní", "nóta", "protest"])
v("vyhrožovat,pohrozit,hrozit", "130", [*DAT, *PROTI], object=["žaloba", "soud", "krok", "opatření", "odveta"])


# --- round 4 (issue 4): legal process, fines, exposure, interception, petitions (blind-test pattern list)
LEGAL_TARGET = ["nmod:Gen", "nmod:proti+Dat", "obl:proti+Dat", "nmod:vůči+Dat", "obl:vůči+Dat"]
v("stíhat", "173", ACC, needs_target=True)  # 'nestíhá' (has no time) takes no actor object
v("obnovit,obnovovat,zahájit,zahajovat,vést,rozjet,spustit", "173", LEGAL_TARGET, object=["stíhání"], needs_target=True)
v("obnovit,obnovovat,spustit,rozjet", "090", LEGAL_TARGET, object=["vyšetřování", "šetření", "prošetřování"])
v("podat,podávat,sepsat,zaslat,poslat", "115", [*NA, *PROTI], object=["oznámení", "žaloba", "dovolání", "obžaloba"])
v("uložit,ukládat,udělit,udělovat,vyměřit,vyměřovat,napařit", "172", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["pokuta", "penále"])
v("pokutovat,zpokutovat", "172", ACC)
# military posture: building a base, holding troops somewhere ('zajatka': cs_core_news_sm's lemma of 'zajatce')
v("budovat,vybudovat,zřídit,zřizovat,otevřít,otevírat,rozšířit,rozšiřovat", "154",
  ["obl:u+Gen", "nmod:u+Gen", "obl:na+Loc", "nmod:na+Loc", "obl:v+Loc", "nmod:v+Loc", "obl:poblíž+Gen", "nmod:poblíž+Gen", "obl:k+Dat"],
  object=["základna", "opěrný"])
v("držet,udržovat,ponechat,ponechávat", "154", ["obl:u+Gen", "nmod:u+Gen", "obl:na+Loc", "obl:v+Loc", "obl:poblíž+Gen", "obl:podél+Gen"],
  object=["vojsko", "voják", "jednotka", "armáda", "tank", "kontingent", "síla"])
v("oznámit,oznamovat,ohlásit,ohlašovat,představit,představovat,odsouhlasit", "163", [*NA, *PROTI, "nmod:Gen"],
  object=["sankce", "embargo", "clo", "cla", "sankční", "restrikce"])  # announcing sanctions is imposing them (not 'podpořit': backing others')
v("odhalit,odhalovat,rozkrýt,rozkrývat,objevit", "090", ["nmod:Gen", "nmod:Ins"],
  object=["síť", "špion", "špeh", "agent", "spiknutí", "komplot", "buňka", "skupina", "operace", "kampaň", "vliv", "sabotáž",
          "podvod", "korupce", "machinace", "kartel", "gang", "pašování", "úplatkářství", "špionáž"])
v("zachytit,zachycovat", "1711", ["nmod:Gen"], object=["letoun", "letadlo", "bombardér", "stíhačka", "dron", "loď", "plavidlo", "tanker", "zásilka", "náklad"])
v("vyslýchat", "090", ACC)  # not vyslechnout: mostly "hear" (vyslechl důkazy, projev)
v("podat,podávat,sepsat,sepisovat,podepsat,podepisovat,spustit,šířit,rozšiřovat,organizovat,zorganizovat,iniciovat", "140", PROTI, object=["petice"])  # circulating or organising a petition is taking part in it as signing it
v("vyčíst", "111", DAT)  # perfective of vyčítat
v("snížit,snižovat,zmírnit,zmírňovat,zkrátit", "081", [*DAT, "nmod:Gen"], object=["trest", "pokuta", "odsouzení"])
v("zprostit,zprošťovat,osvobodit", "081", ACC, object=["obžaloba", "obvinění", "vina"])
v("zakročit,zakročovat", "170", PROTI, needs_target=True)
# Nom: an indeclinable name the tagger read as a nominative ('zrušil návštěvu Haiti')
v("zrušit,rušit,odvolat,odložit,odkládat,odříct,odřeknout", "160", ["nmod:Gen", "nmod:do+Gen", "nmod:v+Loc", "nmod:na+Acc", "nmod:Nom"],
  object=["návštěva", "cesta", "turné", "summit"], needs_target=True)
v("podat,podávat,předat,předávat,adresovat,zaslat,poslat,odeslat,vyslat,vysílat", "020", [*DAT, "obl:k+Dat", "nmod:k+Dat"], object=["petice", "výzva", "apel"])  # 'vyslalo Bruselu výzvu'
# s22: recommendations given or issued to someone ('dáváme organizátorům doporučení, aby nosili roušky', 'vydalo školám
# doporučení') ask them to act (as 'doporučit X'); only with the addressee named
v("dát,dávat,vydat,vydávat,adresovat,zaslat,poslat", "020", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["doporučení"],
  needs_target=True, named_target=True)
# --- round 5 (issue 4, session 3): the blind pattern list (accuse, condemn, demand, agree, deny, fine, extradition,
# legal process) in both aspects with light verbs; general vocabulary only, each pattern checked on the parser's lemmas
v("vymezit,vymezovat", "110", [*PROTI, "obl:k+Dat"], particle="se", needs_target=True)  # 'ostře se vymezil vůči X'
v("dosáhnout,dosahovat,najít,nalézt", "030", [*INS_S, "obl:mezi+Ins", "nmod:mezi+Ins"],
  object=["dohoda", "shoda", "kompromis", "porozumění", "ujednání", "konsenzus"], reciprocal=True)
# 'dospěli k dohodě' is reaching one (as 'dosáhnout dohody'); negated ('ani po jednáních nedospěli k dohodě', en 'failed to
# reach agreement') a refusal of each other (REJECT, the PLOVER gold). 'dospět k závěru' stays an allegation (modality.json)
v("dospět,dospívat", "030", [*INS_S, "obl:mezi+Ins", "nmod:mezi+Ins"],
  object=["dohoda", "shoda", "kompromis", "porozumění", "ujednání", "konsenzus"], reciprocal=True, prep="k")
v("zaslat,poslat,posílat,podat,podávat,předložit,předkládat,adresovat,doručit,vznést,vznášet", "020",
  [*DAT, "obl:k+Dat", "nmod:k+Dat", "nmod:vůči+Dat", "obl:na+Acc", "nmod:na+Acc"], object=["žádost", "prosba", "apel"])
v("zaslat,poslat,posílat,podat,podávat,předložit,předkládat,adresovat,doručit,vznést,vznášet", "1053",
  [*DAT, "obl:k+Dat", "nmod:k+Dat", "nmod:Gen"], object=["vydání", "extradice"])
v("chtít,žádat,požadovat,vymáhat,vymoci,vymáhat", "100", ["obl:po+Loc", "nmod:po+Loc", "obl:od+Gen", "nmod:od+Gen"], prep="po", needs_target=True)  # 'chce po státu odškodnění'
v("vymáhat,vymoci,vysoudit", "100", ["obl:od+Gen", "nmod:od+Gen", "obl:po+Loc"], needs_target=True)
v("požádat,žádat,požadovat,vyžádat,vyžadovat", "1053", ["obj", "case:Acc", "obl:od+Gen", "nmod:od+Gen", "nmod:Gen"], object=["extradice", "vydání"])
v("odmítnout,odmítat,popřít,popírat,vyvrátit,vyvracet,dementovat", "016", ["nmod:Gen", "nmod:strana+Gen", "obl:Gen"],
  object=["obvinění", "nařčení", "tvrzení", "obžaloba", "vina", "spekulace", "podezření", "zpráva", "odpovědnost"])
v("uložit,ukládat,vyměřit,vyměřovat,udělit,udělovat", "116", [*DAT, "obl:pro+Acc"], object=["trest", "vězení", "odnětí", "doživotí", "podmínka"])
v("uznat,uznávat,shledat", "116", ACC, object=["vinný", "vina"])
v("vzít,brát,poslat,posílat,umístit,umisťovat,umísťovat,uvrhnout,uvalit", "173", [*ACC, "obl:na+Acc"], object=["vazba", "vězení", "domácí", "cela", "vazební"])
v("zahájit,zahajovat,rozjet,spustit,otevřít", "090", ["nmod:proti+Dat", "obl:proti+Dat", "nmod:vůči+Dat", "nmod:Gen"],
  object=["řízení", "prověrka", "kontrola", "audit"])
v("vydat,vydávat", "173", ["nmod:na+Acc", "obl:na+Acc", "nmod:pro+Acc", "nmod:Gen"], object=["zatykač", "příkaz"])
v("ohradit,ohrazovat,distancovat", "110", [*PROTI, "obl:od+Gen", "nmod:od+Gen"], particle="se", needs_target=True)
v("protestovat,zaprotestovat", "114", ["obl:u+Gen", "nmod:u+Gen", *PROTI], object=["nóta"])
v("anektovat,okupovat,obsadit,obsazovat,zabrat,zabírat,dobýt,dobývat", "192", ["nmod:Gen", "obj"],
  object=["území", "poloostrov", "region", "oblast", "město", "ostrov", "provincie", "část"])
# round 5b: general news vocabulary missing by PLOVER type (blame, consent, meeting, legal steps, violence, honours)
v("svalit,svalovat,přisoudit,přisuzovat,připsat,připisovat,přičíst,přičítat,dát,dávat,klást", "112", ["obl:na+Acc", "nmod:na+Acc", *DAT],
  object=["vina", "odpovědnost"])  # 'svalil vinu na X'; not 'přiznat vinu'
v("dát,dávat,udělit,udělovat,vyslovit,vyjádřit", "030", [*DAT, "obl:k+Dat", "nmod:k+Dat"], object=["souhlas", "svolení", "požehnání"])
v("svolit,svolovat,přivolit", "030", [*DAT, "obl:k+Dat"], needs_target=True)
v("potkat,potkávat", "040", INS_S, particle="se", reciprocal=True)
v("vycestovat,přicestovat,přiletět,přijet", "042", ["obl:do+Gen", "obl:na+Acc", "obl:k+Dat"])
v("pobízet,pobídnout,vybídnout", "020", [*ACC, "obl:k+Dat"])
v("zmasakrovat", "202", ACC)
v("ubodat,uškrtit,utlouct,utlouci,otrávit,ubít", "1823", ACC, needs_target=True)
v("zneužít,zneužívat", "1821", ACC, needs_target=True, named_target=True)  # 'zneužil pravomoc': no person, no event
v("spáchat,páchat", "190", [*NA, *PROTI, "nmod:Gen"], object=["útok", "atentát", "teroristický", "nálet"])
v("spáchat,páchat", "180", [*NA, *PROTI, "nmod:Gen", "obl:na+Loc", "nmod:na+Loc"], object=["vražda", "masakr", "zvěrstvo", "násilí", "genocida", "masová"])
v("zbavit,zbavovat", "172", ACC, object=["imunita", "mandát", "občanství", "funkce", "licence", "akreditace", "vízum", "autonomie", "státnost", "samospráva", "pravomoc", "suverenita"])
v("zastavit,zastavovat,ukončit,odložit,odkládat", "081", ["nmod:Gen", "nmod:proti+Dat", "nmod:vůči+Dat", "obl:proti+Dat"],
  object=["stíhání", "řízení", "vyšetřování"])
v("vyznamenat,dekorovat", "051", ACC)
v("omluvit,omlouvat", "055", [*DAT, "obl:u+Gen"], particle="se", object=[])
v("přerušit,přerušovat", "120", ["nmod:Gen", "nmod:pro+Acc"], object=["projednávání", "schvalování", "ratifikace", "projednání"], needs_target=True)
v("podat,podávat", "110", [*PROTI, "obl:k+Dat", "nmod:k+Dat"], object=["rozklad", "odvolání", "dovolání", "stížnost", "námitka"])  # appeals: the decision's owner
v("soudit,soudívat", "115", [*INS_S], particle="se", needs_target=True)  # 'soudí se s X'
v("vzdát,vzdávat,složit", "051", DAT, object=["pocta", "hold", "poklona"])
v("pět", "051", [*NA, "nmod:na+Acc"], object=["chvála", "óda", "chvalozpěv"], needs_target=True)  # 'pějí chválu na vraha': the idiom of praise
v("odrazit,odrážet", "016", ["nmod:Gen", "nmod:strana+Gen"], object=["kritika", "obvinění", "nařčení", "výtka", "tvrzení"])  # fending off criticism denies it, as 'odmítnout obvinění' (016): the accuser or nobody, no domestic counterpart
v("zneplatnit,anulovat,zrušit,rušit,zvrátit,zvracet", "120", ["nmod:Gen", "obj"],
  object=["rozhodnutí", "verdikt", "rozsudek", "výsledek", "volba", "nařízení", "usnesení"], needs_target=True)  # a court voiding X's decision
v("nařídit,nařizovat,vyhlásit,vyhlašovat", "166", ["nmod:Gen", "nmod:z+Gen", "obl:z+Gen", *DAT], object=["evakuace"])  # PETRARCH ORDER EVACUATION [166], as data/en
# round 5c: missing aspect partners and synonyms of the most frequent CAMEO codes (016, 020, 030, 040, 111)
v("zapřít,zapírat", "016", ["nmod:Gen", "obl:Gen", "obj"])
v("zopakovat,opakovat,obnovit,obnovovat,zdůraznit,zdůrazňovat", "020", [*DAT, "nmod:Dat", "nmod:na+Acc", "obl:na+Acc"], object=["výzva", "apel"], unaddressed=True)  # 'zopakoval svou výzvu k bezletové zóně': a renewed appeal, en 'repeated his call for' (020, addressee optional)
v("říct,říci,říkat,napsat,psát,vzkázat,vzkazovat,sdělit,sdělovat", "020", DAT, demand_clause=True)  # 'řekla nám, abychom pro ni hlasovali', 'vzkázal jim, ať odejdou': a report verb with a demand clause asks the addressee (else the clause's subject)
v("doporučit,doporučovat", "020", DAT, needs_target=True)  # 'doporučil vládě, aby ...'; readers are no actor
v("zaručit,zaručovat,garantovat", "030", DAT, needs_target=True)
v("promluvit,pohovořit,besedovat,rozmlouvat,hovořívat", "040", INS_S, prep="s", reciprocal=True)
v("očernit,očerňovat,pomlouvat,pošpinit,špinit,hanět,zostudit,zesměšnit,peskovat", "111", ACC, needs_target=True)
# --- round 6 (issue 4, session 4): PLOVER types whose common Czech verbs were still missing (compared with data/en by
# CAMEO code): killing in police/court language, punishing, leading away, harming, looting, contacting,
# calling, permitting, rescuing, revoking a licence, persecuting, scolding and mocking
# (not 'navrhnout': on unseen news 'navrhla, že X by mohl' proposes a plan, it asks nobody; not 'chránit': on unseen
# news it was a duty someone failed in or a dog guarding children, 2 of 2 not events)
v("usmrtit,usmrcovat,zardousit,udusit,upálit", "1823", ACC, needs_target=True)  # 'nehoda usmrtila' has no actor doer
v("připravit,připravovat", "1823", ACC, object=["život"])  # 'připravil o život tři lidi'
v("potrestat,trestat,ztrestat", "170", ACC, needs_target=True)
v("odvést,odvádět,eskortovat", "173", ACC, needs_target=True)  # 'policie odvedla demonstranty'; 'odvedl výkon' has no actor
v("ublížit,ubližovat", "180", DAT, needs_target=True)
v("rabovat,vyrabovat,drancovat,vydrancovat", "145", ACC)
v("perzekvovat,utlačovat,utiskovat,pronásledovat", "175", ACC, needs_target=True)
v("kontaktovat,zkontaktovat,oslovit", "040", ACC)
# summoning the police or a rescue service is asking it to act (REQUEST 020, as en 'called (in) police'), not a phone
# call: 'majitel zavolal policii', 'kolemjdoucí přivolal záchranku', 'věznice zavolala policii'; tried before 041;
# not imperfective 'volat': 'volá kromě policie i zaměstnavatel' (calling for information) matched the obl 'policie'
# a campaign against someone is public criticism of them (111, a named target: 'kampaň proti kouření' names no one):
# 'vede kampaň proti zaměstnavateli', 'rozpoutali kampaň proti ministrovi'; a vote for a strike declares it, as
# 'vyhlásit stávku' (143): 'odboráři schválili stávku'
v("vést,zahájit,zahajovat,rozpoutat,spustit,spouštět,zesílit,zesilovat,stupňovat,vystupňovat", "111", PROTI,
  object=["kampaň", "tažení"], named_target=True)
v("schválit,schvalovat,odhlasovat,odsouhlasit,povolit", "143", PROTI, object=["stávka"])
v("povolat,povolávat,přivolat,přivolávat,zavolat", "020", [*ACC, "nsubj:pass"], object=["místo"], prep="na")  # 'na místo byli povoláni hasiči', 'police were called to the scene' (en call + scene): summoned to the scene
v("povolat,povolávat,přivolat,přivolávat,zavolat", "020", [*ACC, "nsubj:pass"], object=["nehoda", "požár", "událost", "incident", "zásah", "havárie"], prep="k")  # 'K nehodě byli povoláni pracovníci odboru' (wmt-dev6 gold: '-' -> the ones called)
v("zavolat,přivolat,přivolávat", "020", ACC, object=["policie", "policista", "policistka", "strážník", "strážnice",
  "záchranka", "záchranář", "záchranářka", "hasič", "hasička", "sanitka", "pomoc", "posila", "kriminalista"])
# reporting a crime or an incident to the police is involving them, as calling them ('věc nahlásila na policii',
# 'krádež nahlásil policii'; en 'called the police and reported it'); not 'oznámit/ohlásit': the object list also
# matches a subject, and 'Policie oznámila, že ...' coded REQUEST COP -> home
v("nahlásit,nahlašovat", "063", [*DAT, *NA, "nmod:Gen"],
  object=["policie", "policista", "policistka", "strážník", "strážnice", "kriminalista", "linka"])
v("zavolat,volávat", "041", [*DAT, "obj", "obl:na+Acc"])  # not 'volat': 'volat po X' is a demand (020 above); colloquial 'zavolat na pojišťovnu' is phoning it
v("povolit,povolovat,dovolit,dovolovat", "080", DAT, needs_target=True)
v("schválit,schvalovat,povolit,povolovat", "080", ["nmod:Gen", "obj", *DAT], object=["shromáždění", "demonstrace", "pochod", "protest", "manifestace"])
v("zachránit,zachraňovat,vyprostit,vyprošťovat", "073", ACC, needs_target=True)
v("odebrat,odebírat,odejmout,odnímat", "172", DAT,
  object=["licence", "akreditace", "mandát", "občanství", "povolení", "vízum", "víza", "pas", "imunita", "oprávnění", "titul"])
v("suspendovat", "172", ACC, needs_target=True)
v("vysmívat,vysmát,posmívat", "111", DAT, particle="se", needs_target=True)
v("obořit,osopit", "111", NA, particle="se", needs_target=True)
v("vyhubovat,vynadat,spílat,plísnit,vyplísnit", "111", [*DAT, "obj"], needs_target=True)
v("namítat,namítnout", "110", [*PROTI, *DAT], needs_target=True)
# session 20: colloquial verbs of criticism (en 'lash out at', 'tear into', 'scold', 'rebuke'): 'premiér se opřel do
# Bruselu', 'ministr si vyjel na opozici', 'zpražil novináře', 'vyčinil vládě'; only a named actor counts ('opřel se do
# dveří', 'pustil se do práce', 'pustil se do roztržky s X' name none as the object itself)
v("opřít,opírat,pustit,pouštět", "111", ["obl:do+Gen"], particle="se", prep="do", named_target=True)
v("vyjet,vyjíždět", "111", NA, particle="si", named_target=True)
v("zpražit,sepsout,setřít,ztrhat", "111", ACC, named_target=True)
v("vyčinit,vyčiňovat", "111", DAT, named_target=True)
# speaking critically of someone (en 'spoke critically of'): 'kriticky se vyjádřil o Číně / k postupu Číny / na adresu
# Číny', 'kriticky hodnotil kroky vlády' (the adverb is the entry's particle; without it 'komentoval napadení novináře'
# is no accusation, sources._under_accusation)
v("vyjádřit,vyjadřovat,vyslovit,vyslovovat,hodnotit,zhodnotit,komentovat,okomentovat",
  "111", ["obl:o+Loc", "nmod:o+Loc", "obl:k+Dat", "nmod:k+Dat", "obl:na+Acc", "nmod:na+Acc", *PROTI, *ACC],
  particle="kriticky", named_target=True)
# the same sharply ('se ostře vyjádřil na adresu Moskvy'), and the idioms of going after someone ('Orbán se opřel do
# Bruselu', 'pustil se do vlády'): a named actor only, not a door leant on or work begun
v("vyjádřit,vyjadřovat,vyslovit,vyslovovat", "111",
  ["obl:o+Loc", "nmod:o+Loc", "obl:k+Dat", "nmod:k+Dat", "obl:na+Acc", "nmod:na+Acc", *PROTI], particle="ostře", named_target=True)
v("opřít,opírat,pustit,pouštět", "111", ["obl:do+Gen", "nmod:do+Gen"], particle="se", prep="do", named_target=True)
v("solidarizovat", "051", INS_S, particle="se")
v("přihlásit,hlásit", "060", ["obl:na+Acc", "nmod:na+Acc", "obl:u+Gen", *DAT], particle="se", object=["policie", "policista", "kriminalista"])
# labelling someone with a pejorative noun is disapproval ('označil Rusko za agresora', 'nazval ho vrahem'); labelling a
# claim a lie is a denial. Nouns only: the adjective of 'za teroristický stát' sits under a preposition
PEJORATIVE = ["terorista", "zločinec", "vrah", "agresor", "diktátor", "lhář", "fašista", "nacista", "zrádce", "okupant",
              "tyran", "řezník", "barbar", "loutka", "sponzor", "hrozba", "nepřítel", "zločin", "genocida", "terorismus",
              # round 7: insults and verdicts on someone's acts ('označil rozhodnutí vlády za chybu / skandál')
              "podvodník", "zloděj", "mafián", "gangster", "extremista", "rasista", "antisemita", "xenofob", "populista",
              "kolaborant", "šašek", "klaun", "diletant", "hlupák", "idiot", "blázen", "nacionalista", "imperialista",
              "chyba", "omyl", "skandál", "ostuda", "hanba", "selhání", "fiasko", "debakl", "zrada", "podvod", "krádež",
              "vydírání", "porušení", "útok", "agrese", "výsměch", "urážka", "diskriminace", "cenzura", "šikana",
              # session 13: verdicts of horror and ruin ('označil školu za dům hrůzy', 'nazval plán katastrofou')
              "hrůza", "peklo", "katastrofa", "fraška", "parodie", "spolupachatel", "mafie",
              # session 21: a provocation is blamed on its author, as en 'called the drills a provocation' (ACCUSE)
              "provokace"]
v("označit,označovat,nazvat,nazývat,ocejchovat,cejchovat", "111", ACC, object=PEJORATIVE)
v("označit,označovat,nazvat,nazývat", "016", ["nmod:Gen", "obj"],
  object=["nesmysl", "lež", "nepravda", "výmysl", "fáma", "dezinformace", "hoax", "absurdita", "propaganda", "pomluva", "spekulace"], needs_target=True)  # whose claim: gold names the claimant
v("dopustit,dopouštět", "180", [*NA, *PROTI, "nmod:Gen", "obl:na+Loc", "nmod:na+Loc"], particle="se", object=["zločin", "zvěrstvo", "násilí", "genocida", "masakr", "vražda", "válečný"])
TERRITORY = ["území", "poloostrov", "region", "oblast", "město", "ostrov", "provincie", "část", "letiště", "přístav", "základna", "elektrárna"]
v("ovládnout", "192", ["nmod:Gen", "obj", "obl:Gen"], object=TERRITORY)
v("zmocnit", "192", ["nmod:Gen", "obl:Gen", "obj"], particle="se", object=TERRITORY)  # 'se' is the verb's own, not a reflexive object
v("převzít,přebrat,získat,ovládnout", "192", ["nmod:nad+Ins", "obl:nad+Ins", "nmod:Gen"], object=["kontrola"])
v("poskytnout,poskytovat,poslat,posílat,věnovat,darovat,uvolnit,vyčlenit,přidělit,schválit,odsouhlasit", "071",
  [*DAT, "obl:pro+Acc", "nmod:pro+Acc", "obj"], object=["miliarda", "milion", "euro", "eur", "dolar", "koruna", "libra"])  # 'eur': the parser's lemma of 'eur'
v("schválit,schvalovat,odsouhlasit,uvolnit,vyčlenit,přidělit", "070", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["pomoc", "podpora", "asistence"])
# round 6b: light-verb idioms and aspect partners of the same types ('spojit síly', 'uzavřít spojenectví', 'povolat
# záložníky', 'požadovat rezignaci'), the missing perfectives of killing and raiding; not 'vydat varování': a warning
# about someone ('ohledně mužů z Polska') found its target through the object's owner, and most are advice
v("požadovat,žádat,vyzvat,vyzývat,volat,vyžadovat,dožadovat", "1041", [*ACC, "nmod:Gen", "obl:od+Gen"], object=["rezignace", "demise", "odstoupení"])
v("spojit,spojovat", "060", INS_S, object=["síla"], reciprocal=True)  # 'spojit síly s X': joining forces
v("uzavřít,uzavírat,vytvořit,vytvářet,založit,zformovat,obnovit,obnovovat", "060", INS_S, object=["spojenectví", "aliance", "koalice"], reciprocal=True)
v("povolat,povolávat", "154", ["obl:k+Dat", "obl:do+Gen", *PROTI], object=["záložník", "rezervista", "branec", "záloha", "voják", "vojsko", "armáda", "jednotka"])
# s34: armed forces flying or sailing near a state show force ('Ruské bombardéry létaly poblíž Japonska', en 'flew near
# Taiwan'); only a MIL source, a minister's flight is no show of force
v("létat,létávat,přeletět,přelétat,proletět,prolétat,plout,plavit,proplout,proplouvat,křižovat", "150",
  ["obl:u+Gen", "obl:poblíž+Gen", "obl:kolem+Gen", "obl:okolo+Gen", "nmod:u+Gen", "nmod:poblíž+Gen", "nmod:kolem+Gen"],
  needs_target=True, source_sectors=["MIL"])
v("hlídkovat,patrolovat", "150", ["obl:u+Gen", "nmod:u+Gen", "obl:v+Loc", "obl:na+Loc", "obl:podél+Gen", "obl:poblíž+Gen"])
v("vyvraždit,vyvražďovat", "202", ACC, needs_target=True)
v("lynčovat,zlynčovat,umučit", "1823", ACC, needs_target=True)
v("přepadat,přepadávat", "190", ACC, needs_target=True)
v("probodnout", "182", ACC, needs_target=True)
# riot-control means make a police response violent repression ('použila slzný plyn', 'odpověděla vodními děly'); an
# adjective names the means (the entry beats 'plyn' as a chemical weapon); 'děl' is the parser's lemma of 'děly'
v("použít,používat,nasadit,nasazovat,odpovědět,reagovat,zasáhnout,zasahovat,rozehnat,rozhánět,pálit,střílet", "175",
  [*PROTI, "obl:na+Acc", "nmod:na+Acc", "obj"], object=["slzný", "vodní", "obušek", "pepřový", "gumový", "dělo", "děl"], needs_target=True)
# parliamentary disapproval: a no-confidence vote, voting against someone's bill (en 'vote' 110 is this sense)
v("vyslovit,vyslovovat,vyjádřit,vyjadřovat", "110", [*DAT, "nmod:Gen"], object=["nedůvěra"])
v("hlasovat,zahlasovat", "110", [*PROTI, "nmod:Gen"], prep="proti",
  object=["návrh", "zákon", "novela", "rezoluce", "usnesení", "rozpočet", "vláda", "kandidát", "nominace", "jmenování"])
# --- round 7 (issue 4, session 5): ordinary-news breadth by PLOVER type, aspect pairs and light verbs a Czech speaker
# lists first: resignations (CONCEDE 0831, targetless by the engine's SELF_DIRECTED rule), removal from office and
# disqualification, theft and robbery, blows, jailing, economic cooperation, contributions, campaigning against
# someone, ignoring a call, gatherings in front of an institution, honours
OFFICE = ["funkce", "post", "úřad", "křeslo", "mandát", "čelo", "vedení", "pozice"]  # not "místo": "odešel na místo"
v("rezignovat,abdikovat", "0831", ["obl:z+Gen", "nmod:z+Gen"])  # 'rezignoval na funkci': the office is no actor
v("odstoupit,odstupovat", "0831", ["nmod:Gen", "obl:z+Gen", "nmod:z+Gen"], object=OFFICE)  # not 'odejít': 'odešel na post ředitele' is a new post
v("podat,podávat", "0831", ["nmod:Gen", "nmod:z+Gen"], object=["demise", "rezignace", "abdikace"])  # not 'oznámit': 'oznámil ministr v demisi' (a caretaker)
v("složit,skládat,opustit,opouštět", "0831", ["nmod:Gen"], object=["funkce", "mandát", "úřad", "post", "křeslo"])
v("odvolat,odvolávat,sesadit,sesazovat,uvolnit,vyhodit,propustit", "172", ACC, object=OFFICE, needs_target=True)  # 'odvolal ho z funkce'
v("sesadit,sesazovat,odvolat,odvolávat", "172", ACC, needs_target=True)  # a person removed from office; its own objects (velvyslanec, sankce, vojsko) above
v("odvolat,odvolávat", "010", [], object=["tvrzení", "výrok", "prohlášení", "slovo", "svědectví", "výpověď", "koncert", "představení", "akce", "zápas", "utkání", "let"])  # retracting a statement, calling off a show: statement code, no event
v("diskvalifikovat,vyloučit,vylučovat,suspendovat", "172", ACC, object=["strana", "hnutí", "klub", "soutěž", "organizace", "členství", "svaz", "závod", "turnaj",
  "liga", "řada", "reprezentace", "mistrovství", "olympiáda", "frakce", "poslanecký", "spolek", "sdružení", "asociace", "federace", "komora"], needs_target=True)  # liga ... komora: round 18
v("diskvalifikovat", "172", ACC, needs_target=True)
v("ukrást,krást,odcizit,odcizovat,uloupit,ukradnout", "1711", [*DAT, "obl:z+Gen", "nmod:Gen"], needs_target=True)  # 'ukradl ženě kabelku'
v("okrást,okrádat,oloupit,vyloupit,vykrást,vykrádat,vyrabovat,okradnout,vykradnout", "1711", ACC, needs_target=True)  # -nout: the parser's lemmas of 'ukradl', 'okradli'
v("vyvlastnit,vyvlastňovat", "1711", ACC, needs_target=True)
v("uhodit,praštit,zfackovat,nakopat,zkopat,pořezat,bodnout", "182", ACC, needs_target=True)
v("střelit", "193", [*ACC, "obl:do+Gen"], needs_target=True)
v("zavřít,zavírat,strčit", "173", ACC, object=["vězení", "vazba", "cela", "kriminál", "basa", "žalář", "věznice"], needs_target=True)
v("investovat,zainvestovat", "061", ["obl:do+Gen", "nmod:do+Gen"], needs_target=True)
v("kolaborovat", "060", INS_S, needs_target=True)
v("přispět,přispívat", "071", [*DAT, "obl:na+Acc", "nmod:na+Acc"], needs_target=True)
v("brojit,horlit,agitovat", "111", [*PROTI], needs_target=True)
v("ignorovat,přehlížet,přehlédnout,nerespektovat,neuposlechnout", "1232", ["nmod:Gen"],
  object=["výzva", "požadavek", "žádost", "varování", "apel", "rozhodnutí", "příkaz", "nařízení", "ultimátum", "doporučení"])
v("shromáždit,shromažďovat", "141", ["obl:před+Ins", "nmod:před+Ins"], particle="se", prep="před", needs_target=True)  # before an institution
v("udělit,udělovat,předat,předávat,propůjčit,rozdat,rozdávat", "051", DAT, object=["vyznamenání", "řád", "medaile", "ocenění", "čestný", "cena"])
v("urazit,urážet,ponížit,ponižovat,znevážit,zneuctít", "111", ACC, needs_target=True)
v("odstoupit,odstupovat", "0831", ["obl:z+Gen", "nmod:z+Gen"])  # 'premiér odstoupil'; its sports and contract senses below
v("odstoupit,odstupovat", "010", [], object=["turnaj", "závod", "soutěž", "zápas", "utkání", "mistrovství", "olympiáda", "hra",
  "start", "kvalifikace", "semifinále", "finále", "sezona", "kolo", "etapa", "trať"])  # statement code: no event
v("odstoupit,odstupovat", "010", [], prep="od")  # 'odstoupilo od této praxe', 'od záměru': giving up a plan, no resignation
v("usvědčit,usvědčovat", "116", ACC, needs_target=True)
v("napomínat", "111", ACC, needs_target=True)
v("nadávat,nadát", "111", DAT, needs_target=True)
v("pohoršovat,pohoršit", "110", ["obl:nad+Ins", "nmod:nad+Ins"], particle="se", needs_target=True)
v("zlobit,rozzlobit,rozčilovat,rozčílit", "110", [*NA, "obl:kvůli+Dat"], particle="se", named_target=True)  # as zuřit: anger at no one named is no accusation
v("šikanovat", "175", ACC, needs_target=True)
v("spoutat,sebrat,vypátrat,vystopovat", "173", ACC, needs_target=True)  # 'policie ho sebrala'; 'sebral mu telefon' names no actor object
v("ohrozit,ohrožovat", "130", ACC, needs_target=True)
v("sloučit,slučovat,fúzovat", "061", INS_S, particle="se", reciprocal=True)
v("fúzovat", "061", INS_S, reciprocal=True)
v("zásobovat", "072", ACC, object=WEAPONS)
v("zásobovat", "070", ACC, needs_target=True)
v("vyslovit,vyjádřit,vyjadřovat,vyslovovat", "030", [*INS_S, "nmod:Gen"], object=["souhlas"])  # 'vyjádřil souhlas s návrhem vlády'
v("poslat,posílat,dostat,zavřít,strčit", "173", ACC, object=["mříž"])  # 'poslal ho za mříže'
v("odsoudit,odsuzovat", "172", ACC, object=["pokuta", "peněžitý", "zákaz", "propadnutí"])
v("uložit,ukládat,udělit,udělovat,vyslovit", "172", DAT, object=["zákaz", "distanc"])
v("vypsat,vypisovat,vyhlásit,vyhlašovat", "173", ["nmod:na+Acc", "obl:na+Acc", "nmod:Gen"], object=["zatykač"])
v("sdělit,sdělovat", "1121", DAT, object=["obvinění"])  # police charging someone ('sdělila mu obvinění z podvodu')
v("vyslovit,vyslovovat", "051", ["obl:pro+Acc", "nmod:pro+Acc"], particle="se", prep="pro")  # 'vyslovil se pro X'
v("přimluvit,přimlouvat", "051", ["obl:za+Acc", "nmod:za+Acc"], particle="se")
# round 7c: approving someone's proposal (AGREE, negated: REJECT), giving a green light, criticism received (swap),
# speaking out against someone, disparaging, verdicts, chanting against, leaving a coalition
v("schválit,schvalovat,odsouhlasit,odsouhlasovat,posvětit", "030", ["nmod:Gen"], object=["návrh", "plán", "novela", "předloha", "žádost", "rozhodnutí", "záměr"], named_target=True)  # 'schválila vládní návrh': the owner
v("dát,dávat", "030", [*DAT, "nmod:Gen"], object=["zelená", "zelený"])  # 'dal zelenou plánu X' (the parser: 'zelenou' an adjective of 'plánu')
v("sklidit,sklízet,schytat,schytávat,vysloužit", "111", [], object=["kritika", "výtka", "odsouzení", "posměch"],
  passive_source=[*FACED, "obl:od+Gen"], swap=True)  # "sklidil kritiku od opozice", "vysloužil si kritiku Evropské komise"
v("vyvolat,vyvolávat,vzbudit,vzbuzovat", "111", [], object=["kritika", "výtka", "odsouzení", "posměch", "pobouření", "rozhořčení", "nevole", "stížnost"],
  passive_source=FACED, swap=True)  # 'rozhodnutí Polska vyvolalo kritiku ze strany Německa': Germany criticises Poland
v("vystoupit,vystupovat", "111", PROTI, prep="proti", needs_target=True)  # 'ostře vystoupil proti ministrovi'
v("pustit,opřít,obout", "111", ["obl:do+Gen", "nmod:do+Gen"], particle="se", named_target=True)  # 'pustil se do Washingtonu', 'opřel se do vlády': en 'lashed out at', 'laid into'
v("znevažovat,dehonestovat,diskreditovat,démonizovat,hanobit,pohanit", "111", ACC, needs_target=True)
v("vynést,vynášet,potvrdit,potvrzovat", "116", ["obl:nad+Ins", "nmod:nad+Ins", *DAT, "nmod:Gen"], object=["rozsudek", "verdikt"])
v("odolat,odolávat,vzdorovat,čelit", "124", ["nmod:Gen", "nmod:Dat"], object=["výzva", "požadavek", "tlak", "nátlak", "apel"])  # 'odolával výzvám k X': refusing to yield
v("udělat,učinit,dělat,činit,nabídnout", "080", [*DAT, "obl:vůči+Dat", "nmod:vůči+Dat"], object=["ústupek"])  # 'udělala ústupky odborům'
v("prodloužit,prodlužovat,obnovit,obnovovat", "057", INS_S, object=["smlouva", "kontrakt", "dohoda", "partnerství"], reciprocal=True)
v("uzavřít,uzavírat,dosáhnout,dosahovat", "030", [*INS_S, "obl:mezi+Ins"], object=["smír", "vyrovnání", "narovnání", "mimosoudní", "kompromis"], reciprocal=True)
v("urovnat,urovnávat", "030", [*INS_S, "obl:mezi+Ins", "nmod:s+Ins"], object=["spor", "konflikt", "vztah", "roztržka"], reciprocal=True)
v("vyplatit,vyplácet,zaplatit,platit", "071", [*DAT, "obl:pro+Acc"], object=["odškodné", "odškodnění", "kompenzace"])
v("zasáhnout,zasahovat", "170", PROTI, prep="proti", needs_target=True)
v("držet,zadržovat", "170", ["obj"], object=["štít"], needs_target=True)  # civilians as human shields (advcl:pred)
# a missile or an air force hitting an installation: the place named with it gives the target (place_targets,
# 'zasáhly energetické zařízení ve Lvově'); not 'cíl'/'terč' (biathlon), not a person ('zasáhla ho kulka')
v("zasáhnout", "190", ["nmod:Gen", "obj"], object=["sklad", "zařízení", "budova", "nemocnice", "základna", "letiště",
  "elektrárna", "rafinerie", "přístav", "most", "konvoj", "pozice", "stanoviště", "infrastruktura", "muniční", "město"])  # 'policie zasáhla proti demonstrantům'; bare: sports ('nezasáhne do závodu')
v("skandovat", "141", PROTI, prep="proti", object=["heslo", "slogan", "hesla"])  # 'skandovali hesla proti vládě'
v("skandovat", "141", PROTI, prep="proti")  # a chant is a protest only against someone (audcs2: fans are people now, and a bare chant took the home government as the protest's target); not 'pískat': an audience at a show
v("vystoupit,vystupovat", "160", ["obl:z+Gen", "nmod:z+Gen", "nmod:Gen"], object=["koalice", "aliance", "unie", "organizace", "federace", "uskupení"])
# --- round 8 (issue 4, session 6): domestic-news breadth by PLOVER type a Czech speaker lists for local government,
# police and courts, elections, authorities and strikes; the gold codes such acts home -> home (the engine's domestic
# counterpart fills a missing target of AGREE, REQUEST, ACCUSE, REJECT, COERCE)
APPROVED = ["rozpočet", "zákon", "vyhláška", "nařízení", "prodej", "nákup", "koupě", "investice", "výstavba",
            "stavba", "projekt", "program", "strategie", "koncepce", "reforma", "změna", "zvýšení", "snížení", "navýšení",
            "převod", "pronájem", "privatizace", "zřízení", "přestavba", "rekonstrukce", "úprava"]
v("schválit,schvalovat,odsouhlasit,odsouhlasovat,posvětit,podepsat,podepisovat", "030", ["nmod:Gen", *DAT, "obl:pro+Acc", "nmod:pro+Acc"],
  object=APPROVED, named_target=True)  # 'schválilo rozpočet městu'; a bare 'sněmovna schválila zákon', 'prezident podepsal
# zákon' passes a measure with no party named: no implicit home counterpart (gold: optional at most); negated: REJECT
v("hlasovat,zahlasovat", "051", ["nmod:Gen", "obl:pro+Acc", "nmod:pro+Acc"], prep="pro",
  object=["návrh", "zákon", "novela", "rezoluce", "usnesení", "rozpočet", "vláda", "kandidát", "nominace", "jmenování"])  # mirror of 'hlasovat proti' (110)
v("zvolit", "051", ACC, needs_target=True)  # 'delegáti zvolili Kellera předsedou'; 'zvolil jinou cestu' names no actor
v("tleskat,zatleskat", "051", DAT, needs_target=True)
v("podržet", "051", ACC, needs_target=True)  # 'poslanci ministra podrželi'
v("pochvalovat", "051", ACC, particle="si", needs_target=True)
v("zaslat,poslat,posílat,předat,předávat,tlumočit", "018", [*DAT, "obl:k+Dat"], object=["soustrast", "kondolence"])
v("zaslat,poslat,posílat,předat,předávat,tlumočit", "051", [*DAT, "obl:k+Dat"], object=["blahopřání", "gratulace", "poděkování", "pozdrav"])
# requests for information or an inquiry (CAMEO 101): police looking for witnesses, calls for an investigation
INQUIRY = ["vyšetření", "prošetření", "objasnění", "vysvětlení", "informace", "svědectví", "přezkoumání", "přezkum", "audit", "kontrola", "vyšetřování"]
v("požádat,žádat,požadovat,vyžadovat,vyzvat,vyzývat,volat,apelovat,naléhat", "101", [*ACC, *NA, "obl:od+Gen", "nmod:od+Gen", "obl:po+Loc"], object=INQUIRY)
v("hledat,shánět", "101", ACC, object=["svědek", "svědectví"])  # 'policie hledá svědky'
# investigations: the police or an authority dealing with a case ('případem se zabývá policie', 'incident šetří inspekce')
CASES = ["případ", "incident", "nehoda", "událost", "okolnost", "příčina", "smrt", "úmrtí", "podezření", "stížnost", "oznámení",
         "podnět", "čin", "kauza", "skutek", "vražda", "napadení", "požár", "havárie", "zmizení", "krádež", "podvod", "únos"]
v("šetřit,došetřit,prošetřit", "090", ["nmod:Gen", "obj"], object=CASES)  # not bare 'šetřit': saving money
# police checking someone's identity or papers investigate them ('strážníci zkontrolovali totožnost muže')
v("kontrolovat,zkontrolovat,ověřit,ověřovat,prověřit,prověřovat,lustrovat", "090", ["nmod:Gen", "nmod:poss", "amod"],
  object=["totožnost", "doklad", "průkaz", "pas"], needs_target=True)
# evidence gathered by the police is their inquiry ('Vyšetřovatelé shromažďují důkazy', gold ACCUSE GBRCOP -> -); a target
# only from 'proti X' (an archaeologist's 'hledá stopy osídlení' names no one and is dropped: ACCUSE needs a target)
v("shromažďovat,shromáždit,sbírat,nashromáždit,zajistit,zajišťovat,hledat,vyhodnocovat,vyhodnotit,analyzovat", "090",
  ["nmod:proti", "obl:proti", "nmod:vůči", "obl:vůči"], object=["důkaz", "stopa"])
v("zabývat,zaobírat", "090", ["nmod:Gen", "obj"], particle="se", object=CASES)
# custody in police language ('nasadili mu pouta', 'držen ve vazbě'); not 'zajistit': the domestic counterpart makes
# 'firma, která zajišťuje provoz' an arrest (unseen corpus: 1 of 6 right)
v("nasadit,nasazovat,nasadit", "173", DAT, object=["pouto", "pouta"])
v("držet,věznit,zadržovat", "173", ACC, object=["vazba", "vězení", "zajetí", "cela", "izolace", "věznice"], needs_target=True)
# s35: a court extending someone's custody keeps them detained (173, en 'extended the detention of'): the genitive
v("prodloužit,prodlužovat", "173", ["nmod:Gen", *ACC], object=["vazba", "zadržení", "věznění", "internace"], needs_target=True)
# legal steps against someone's decision ('odvolal se proti rozsudku'); not bare 'odvolat se': 'odvolal se na zdroje' cites
# round 16 (xgcs): an appeal against a ruling, penalty or decision is refusing it (REJECT, one of the types the gold lists for
# appeals: 'ACCUSE|REJECT|REQUEST'); its owner is the target when named, else the home counterpart or '-' ('Bayer se proti
# rozsudku odvolal', en 'Bayer is contesting the verdict' REJECT). An appeal against a person stays 114 below.
v("odvolat,odvolávat", "120", ["nmod:Gen", "nmod:strana+Gen"], particle="se", prep="proti",
  object=["rozsudek", "verdikt", "rozhodnutí", "trest", "pokuta", "zákaz", "usnesení", "výrok", "distanc", "vyloučení", "sankce"])
v("odvolat,odvolávat", "114", [*PROTI, "obl:k+Dat", "nmod:k+Dat"], particle="se", prep="proti")
v("bránit,hájit,ohradit", "120", ["nmod:Gen", "nmod:strana+Gen", *PROTI], particle="se", object=["obvinění", "nařčení", "kritika", "výtka", "tvrzení"])
v("bagatelizovat,zlehčovat,zlehčit", "120", ["nmod:Gen", "obj"], needs_target=True)
# authorities ordering closures and quarantines (COERCE 172: administrative sanctions); strikes called by unions
v("nařídit,nařizovat", "172", [*DAT, "nmod:Gen"], object=["karanténa", "uzavření", "izolace", "odstávka", "demolice", "zbourání",
  "vyklizení", "omezení", "zákaz", "utracení", "stažení", "zastavení"])
v("vyhlásit,vyhlašovat,zahájit,zahajovat,držet", "143", PROTI, object=["stávkový"])  # 'vyhlásili stávkovou pohotovost'
v("dostat,obdržet,vyfasovat,schytat", "172", [], object=["pokuta", "penále", "distanc"],
  passive_source=["obl:od+Gen", "nmod:od+Gen", "nmod:strana+Gen", "obl:strana+Gen"], swap=True)  # 'firma dostala pokutu od inspekce'
# layoffs are no PLOVER event: without this, 'firma propustí 200 zaměstnanců' was a release of prisoners (0841)
v("propustit,propouštět,vyhodit,vyhazovat,zredukovat", "010", [], object=["zaměstnanec", "zaměstnankyně", "pracovník", "dělník", "personál", "místo"])
v("udeřit,kopnout,škrtit,přiškrtit,rdousit,uhodit", "182", ACC, needs_target=True)  # 'udeřil ženu'; 'udeřit na X' stays 190
# round 8b: idioms of the same domestic news ('prezident vrátil zákon sněmovně' is a veto, 'omezili ho na osobní
# svobodě' an arrest, 'lidé se sešli na demonstraci' a protest, not a meeting; 'návrh se setkal s kritikou' is criticism
# received, not a meeting), appointments and entrusting, cancelled licences, charity collections, giving up an office
v("vrátit,vracet", "129", [*DAT, "nmod:Gen"], object=["zákon", "novela", "předloha"])
v("omezit,omezovat", "173", ACC, object=["svoboda"], needs_target=True)  # police language: 'omezit na osobní svobodě'
v("zpacifikovat,spacifikovat", "173", ACC, needs_target=True)
v("zrušit,rušit,odebrat", "172", [*DAT, "nmod:Gen"], object=["licence", "registrace", "akreditace", "oprávnění", "koncese"])
v("povýšit,povyšovat,ustanovit,pověřit,pověřovat", "051", ACC, needs_target=True)  # 'prezident pověřil X sestavením vlády'
v("obrátit,obracet", "020", [*NA, "nmod:na+Acc"], particle="se", prep="na")  # 'obrátila se na soud / na policii'
v("sejít,scházet,shromáždit,shromažďovat,sjet,sjíždět", "141", [*PROTI, "obl:před+Ins", "nmod:před+Ins"], particle="se",
  object=["demonstrace", "protest", "manifestace", "pochod", "protestní", "blokáda"])
v("setkat,setkávat", "111", [], particle="se", object=["kritika", "posměch", "odsouzení", "nevole", "výsměch"],
  passive_source=["obl:od+Gen", "nmod:od+Gen", "nmod:strana+Gen", "obl:strana+Gen", "nmod:Gen"], swap=True)
# s22: a move that meets resistance or disagreement ('krok se setkal s odporem odborů', 'návrh narazil na odpor
# Polska') is opposed by them: REJECT (en 'was met with resistance from'), not a criticism
v("setkat,setkávat", "120", [], particle="se", object=["odpor", "nesouhlas"],
  passive_source=["obl:od+Gen", "nmod:od+Gen", "nmod:strana+Gen", "obl:strana+Gen", "nmod:Gen"], swap=True)
v("narazit,narážet", "120", [], object=["odpor", "nesouhlas"],
  passive_source=["obl:od+Gen", "nmod:od+Gen", "nmod:strana+Gen", "obl:strana+Gen", "nmod:Gen"], swap=True)
v("vznést,vznášet,adresovat,směřovat", "111", [*DAT, *NA, "obl:vůči+Dat", "nmod:vůči+Dat"], object=["kritika", "výtka", "výčitka"])
v("podrobit,podrobovat", "111", ACC, object=["kritika"])
v("podrobit,podrobovat", "090", ACC, object=["vyšetřování", "šetření", "prověrka", "kontrola", "výslech", "audit"], needs_target=True)  # 'jsou podrobeni vyšetřování': investigated (passive: the agent or '-')
v("uspořádat,pořádat,vyhlásit,vyhlašovat,zorganizovat,organizovat", "070", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["sbírka"])
v("vzdát,vzdávat", "0831", ["nmod:Gen"], particle="se", object=[*OFFICE, "kandidatura", "nominace"])
# round 8c: labelling someone's act with a disapproving adjective ('označil návrh vlády za skandální / nepřijatelný',
# 'považuje krok za protiústavní') is disapproval as with the pejorative nouns above; a claim labelled false is a
# denial. The adjective is the object the parser hangs under the verb ('za skandální': obl:arg). The 'ne-' adjectives
# match since matching keeps the negative prefix the tagger moves into Polarity=Neg (f958bbe). Not words for a state
# of things ('tragický', 'nebezpečný', 'škodlivý': 'považují kouření za škodlivé' blames no one)
PEJORATIVE_ADJ = ["protiústavní", "protiprávní", "skandální", "ostudný", "hanebný", "chybný", "alibistický", "populistický",
                  "účelový", "cynický", "trestuhodný", "diskriminační", "provokativní", "agresivní", "arogantní", "pokrytecký",
                  "zbabělý", "autoritářský", "korupční", "hloupý", "absurdní", "amatérský", "diletantský",
                  "nepřijatelný", "nezákonný", "nepřípustný", "nedostatečný", "nedostačující", "neúspěšný", "nezodpovědný",
                  "neodpovědný", "nespravedlivý", "nekompetentní", "nemorální", "neomluvitelný", "nedemokratický", "neetický",
                   "nekorektní", "neprofesionální", "nehorázný", "neopodstatněný", "nepřátelský", "nelegální",
                   "nelegitimní", "neoprávněný",
                   # session 21: verdicts of terror and crime on a state or its acts ('označil Rusko za teroristický stát')
                   "teroristický", "zločinný", "barbarský", "genocidní", "fašistický", "nacistický", "totalitní"]
v("označit,označovat,nazvat,nazývat,ocejchovat", "111", ACC, object=PEJORATIVE_ADJ)
v("považovat,pokládat", "111", ACC, object=[*PEJORATIVE_ADJ, *PEJORATIVE])
v("označit,označovat,nazvat,nazývat,považovat,pokládat", "016", ["nmod:Gen", "obj"],
  object=["lživý", "zavádějící", "smyšlený", "vymyšlený", "falešný", "vylhaný", "nepravdivý", "nepodložený", "nesmyslný"],
  needs_target=True)
# round 8d: senses that took the domestic counterpart on unseen news: 'bojovat o život / o titul' (fighting for
# something, no enemy), 'akcie si připsaly 2 %' (a gain, no blame)
v("bojovat,zabojovat", "010", [], prep="o")
v("připsat,připisovat", "010", [], particle="si")
# goods, services and views on offer are commerce or description, not a pledge ('počasí nabídlo slunce', 'token
# nenabízí žádný užitek', 'hotel nabízí výhled'): without this the bare AGREE entry took the home country
v("nabídnout,nabízet", "010", [], object=["slunce", "užitek", "hodnota", "služba", "produkt", "zboží", "sleva", "zážitek",
  "výhled", "pohled", "podívaná", "menu", "jídlo", "nápoj", "ubytování", "vstupenka", "zájezd", "atmosféra", "sníh", "výkon"])
# round 8f: insisting on one's innocence is a denial, not a demand ('trvá na své nevině' was REQUEST 100 through the
# bare 'trvat na'). Not 'upozornit na pochybení' (ACCUSE): sources._under_accusation reads any ACCUSE entry of a verb
# as a charge, and 'upozornit na nevyřešenou vraždu' then lost its murder (test_sources_crime_nouns)
v("trvat", "016", ["nmod:Gen"], object=["nevina"], prep="na")
# round 8g: what someone receives from another is the giver's act (swap; the giver: 'od X', 'ze strany X' or the
# noun's genitive): 'vláda získala podporu opozice' (SUPPORT opozice -> vláda), 'obdržel ujištění od ministra' (AGREE),
# 'obec dostala dotaci od kraje' (AID), 'obdržel výzvu od úřadu' (REQUEST), 'dostal pozvání od prezidenta' (CONSULT)
GIVER = ["obl:od+Gen", "nmod:od+Gen", "nmod:strana+Gen", "obl:strana+Gen", "nmod:Gen"]
RECEIVE = "získat,získávat,dostat,dostávat,obdržet,obdržovat"
v(RECEIVE, "051", [], object=["podpora"], passive_source=GIVER, swap=True)
v(RECEIVE, "030", [], object=["ujištění", "slib", "příslib", "záruka", "garance"], passive_source=GIVER, swap=True)
v(RECEIVE, "070", [], object=["pomoc"], passive_source=GIVER, swap=True)
v(RECEIVE + ",přijmout,přijímat", "070", [], object=["pomoc", "asistence"], passive_source=GIVER[:4], swap=True, prep="od")  # 'přijalo pomoc od Česka'
v(RECEIVE, "072", [], object=WEAPONS, passive_source=GIVER[:4], swap=True)  # 'Ukrajina obdržela zbraně od USA': the giver's arms supply
v(RECEIVE, "071", [], object=["dotace", "grant", "půjčka", "úvěr", "příspěvek"], passive_source=GIVER, swap=True)
v(RECEIVE, "020", [], object=["výzva", "žádost"], passive_source=GIVER, swap=True)
v(RECEIVE, "040", [], object=["pozvání", "pozvánka"], passive_source=GIVER, swap=True)
# --- round 9 (issue 4, session 7): found with bench/lexicon_gaps.py (verbs with an actor argument on unseen news that
# fired nothing) and a by-type check of the words a Czech speaker lists first ('nesouhlasit' needs no entry: the
# negative prefix makes it a negated 'souhlasit', REJECT). Disputing a claim (en 'dispute' 110), testifying against
# someone (en 'testify against' 112), police bringing someone in, voting a measure through, plus sense fixes from the events unseen news fired: research
# 'zkoumat' ('videoklip zkoumá roli žen') is no investigation unless it is a case; trips on offer are commerce
v("rozporovat,zpochybnit,zpochybňovat,napadnout,napadat", "110", ["nmod:Gen", "obj"], object=["tvrzení", "závěr", "výsledek", "zjištění", "verze", "výpověď", "údaj", "vyjádření"])
v("rozporovat", "110", ["nmod:Gen", "obj"])
v("svědčit,vypovídat,vypovědět", "112", [*PROTI], prep="proti", needs_target=True)  # 'svědčil proti bývalému šéfovi'
v("předvést,předvádět", "173", ACC, needs_target=True)  # police language: 'policisté muže předvedli na služebnu'
v("odhlasovat,odhlasovávat,přijmout,přijímat", "030", ["nmod:Gen", *DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=APPROVED, named_target=True)  # 'zastupitelé odhlasovali prodej'
v("zkoumat", "090", ["nmod:Gen", "obj"], object=CASES)
v("nabídnout,nabízet", "010", [], object=["výlet", "zájezd", "kurz", "prohlídka", "aplikace", "funkce", "tarif"])
# round 9b: Czech words for the concepts data/en's hand-written entries code and Czech lacked (en 'topple' 180,
# 'compensate' 071, 'obstruct'/'torpedo'/'scupper' 120, 'lobby' 020, 'round up' 173, 'demote' 172; not 'pustit se do X': unseen news 'pustil se do
# roztržky s X' took the home country as target),
# and domestic-news acts of courts, police and ministries: a court granting a suit (CONCEDE, its mirror 'zamítl
# žalobu' is REJECT), the police hunting a suspect (an investigation), a ministry awarding a contract to a firm
PLANS = ["návrh", "zákon", "novela", "plán", "dohoda", "smlouva", "jednání", "reforma", "projekt", "záměr", "rozpočet",
         "jmenování", "volba", "ratifikace", "summit", "schůzka", "iniciativa", "opatření"]
v("svrhnout,svrhávat,svrhovat", "180", ["obj", "nmod:Gen"], object=["vláda", "režim", "prezident", "diktátor", "panovník", "král",
  "monarchie", "premiér", "kabinet", "junta", "vůdce", "šéf"], needs_target=True)  # 'svrhli vládu'; not 'svrhli sochu' (a statue)
v("odškodnit,odškodňovat", "071", ACC, needs_target=True)
v("obstruovat", "120", ["nmod:Gen", "obj"])  # 'opozice obstruuje'
v("torpédovat,zhatit,zmařit,překazit,sabotovat", "120", ["nmod:Gen", "obj"], object=PLANS)  # 'zhatil plán vlády': the owner
v("lobbovat", "020", ["obl:u+Gen", "nmod:u+Gen", *ACC])  # 'lobbuje u vlády za X'
v("pozatýkat,pozavírat", "173", ACC, needs_target=True)
v("degradovat", "172", ACC, needs_target=True)
v("vyhovět,vyhovovat", "083", ["nmod:Gen", *DAT], object=["žaloba", "stížnost", "odvolání", "dovolání", "rozklad", "námitka", "návrh", "žádost"])
SUSPECTS = ["pachatel", "podezřelý", "lupič", "útočník", "vrah", "zloděj", "střelec", "násilník", "únosce", "podvodník", "řidič", "uprchlík", "vězeň"]
v("pátrat,hledat,stíhat", "090", ["obl:po+Loc", "nmod:po+Loc", *ACC], object=SUSPECTS, needs_target=True)  # 'policie pátrá po pachateli'; not a missing person
# police posture (en 'increase security' 152, 'boost security' 150): 'policie posílila hlídky', 'zpřísnila bezpečnostní
# opatření'; not bare 'opatření' ('zvýšil hygienická opatření')
v("zvýšit,zvyšovat,posílit,posilovat,zpřísnit,zpřísňovat,rozšířit", "151", [*PROTI, "obl:u+Gen", "obl:v+Loc", "obl:na+Loc"],
  object=["ostraha", "hlídka", "bezpečnostní", "bezpečnost", "policejní"])
v("zadat,zadávat,přidělit,přidělovat,svěřit,svěřovat", "061", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["zakázka", "kontrakt", "tendr"])
# round 10 (lead): a speaker's judgement of an actor ('jsem přesvědčen, že se ÚOHS mýlí', 'uvedl, že vláda lže',
# 'ministerstvo pochybilo'): the subject is the one accused (swap) and, with no passive_source, the accuser is
# whoever reports the judgement (events: sources.judging_source), not the subject
v("mýlit,zmýlit", "111", [], particle="se", swap=True)
v("lhát,zalhat,obelhávat,klamat", "111", [], swap=True)
v("pochybit,chybovat,selhat,selhávat,zklamat,zpackat", "111", [], swap=True)
# --- round 11 (issue 4, session 8, audcs): police and court idioms of ordinary news that the recall audit of 14 unseen
# Czech articles found uncoded (notes/s8/audit-cs.md): a licence taken away ('odebrali jí řidičský průkaz'), a trial
# ('půjdou před soud', 'stanul před soudem', 'bude se zpovídat u soudu': the court's accusation of the subject, swap,
# the court the source), suspending a player or a firm ('zastavila mu činnost'), a punishment
# received from a body ('dostal trest od komise'; not the genitive: 'trest odnětí svobody'), police questioning
# ('policie vyslechla řidiče'; a person questioned, not 'vyslechl si rozsudek'), denouncing someone ('udal souseda'),
# summoning the police or an ambulance ('přivolal policii'), detaining a person ('strážníci muže zajistili')
COURT = ["obl:před+Ins", "nmod:před+Ins", "obl:před+Acc", "nmod:před+Acc", "obl:u+Gen", "nmod:u+Gen"]
v("odebrat,odebírat,odejmout,odnímat,zabavit", "172", DAT, object=["průkaz", "řidičák"])
v("odebrat,odebírat", "172", DAT, object=["dítě", "syn", "dcera", "chlapec", "dívka", "holčička", "novorozenec", "miminko", "vnouče"])  # taking a child from its parents into care
v("stanout,stát,jít,předstoupit", "1121", [], object=["soud"], prep="před", passive_source=COURT, swap=True)
v("zpovídat,zodpovídat", "1121", [], particle="se", object=["soud"], passive_source=COURT, swap=True)
v("zastavit,zastavovat,pozastavit,pozastavovat", "172", DAT, object=["činnost"], needs_target=True)
v("dostat,obdržet,vyfasovat,schytat", "116", [], object=["trest"], passive_source=GIVER[:4], swap=True)
v("dostat,obdržet,vyfasovat,schytat", "172", [], object=["zákaz", "stopka"], passive_source=GIVER[:4], swap=True)
v("dostat,dostávat,obdržet,obdržovat", "130", [], object=["výhrůžka", "pohrůžka"], passive_source=GIVER[:4], swap=True)  # 'obdržela výhrůžky smrtí': threatened by the giver, or by someone unnamed (unnamed.received_charge), as en receive + threat
v("vyslechnout,vyslýchat", "090", ACC, object=[*SUSPECTS, "svědek", "svědkyně", "obviněný", "viník", "muž", "žena", "řidička", "podezřelá"],
  needs_target=True)  # a person questioned; not 'výbor vyslechl důkazy', 'soud vyslechl, že'
v("udat", "112", ACC, named_target=True)
v("přivolat,přivolávat", "020", [*DAT, "obj"])  # a person summoned to come is asked to: 'sám je k ní přivolal' (the police
# as a pronoun; gold REQUEST), as en 'called the police'; never a phone talk (041)
v("zajistit,zajišťovat", "173", ACC, object=[*SUSPECTS, "muž", "žena", "mladík", "mladistvý", "osoba", "podezřelá", "pachatelka",
  "řidička", "dvojice", "cizinec", "migrant"], needs_target=True)  # police language: 'strážníci muže zajistili'; not 'zajistit bezpečnost'
# --- round 13 (issue 4, session 9, audcs2): ordinary-news senses the second recall audit of 12 unseen Czech articles
# found uncoded (notes/s9/audit-cs.md): defending oneself against an accusation ('ministr se hájil, že ...', 'hájil se
# proti obvinění': a denial, 016 as 'popřel'), medical rescue of a person (073 as 'zachránit': 'lékař muže ošetřil',
# 'záchranáři ho převezli do nemocnice'; a transport only to a hospital or care, not 'převezli ho do vazby'), anger at
# someone ('zuří na vládu', as 'zlobit se na'), removing someone from office ('odstranit ho z funkce', as 'odvolat')
v("hájit,obhajovat,obhájit", "016", [*PROTI, "obl:před+Ins", "nmod:před+Ins"], particle="se")
v("ošetřit,ošetřovat,resuscitovat,reanimovat,oživit,oživovat", "073", ACC, needs_target=True)
# medics attending to a person give medical aid ('muž, u něhož zasahovali záchranáři', wmt-dev5 gold); the police or
# firefighters 'zasahovali u domu' act at a place, and other sources' intervention is another sense
v("zasáhnout,zasahovat", "073", ["obl:u+Gen", "nmod:u+Gen"], prep="u", needs_target=True, source_sectors=["HLH"])  # oživit: resuscitate a person; "oživit ekonomiku" names no actor
v("převézt,převážet,přepravit,přepravovat,dopravit,dopravovat,transportovat", "073", ACC,
  object=["nemocnice", "špitál", "porodnice", "klinika", "traumacentrum", "péče", "ošetření"], needs_target=True)
v("zuřit", "110", [*NA, "obl:kvůli+Dat"], named_target=True)  # not the domestic counterpart: "řidiči zuří kvůli počasí"
v("vztekat", "110", [*NA, "obl:kvůli+Dat"], particle="se", named_target=True)
v("odstranit,odstraňovat", "172", ACC, object=OFFICE, needs_target=True)
# precj's s9 precision audit (unseen corpus): joining others ('se k výzvám připojili') is no annexation; a reward offered
# for information is an appeal (020), a product on offer is commerce; stealing a funeral or a victory is figurative; a
# resolution adopted is judged by its content ('přijala usnesení, kterým ukončila ...'), not as AGREE (APPROVED above)
v("připojit,připojovat", "010", [], particle="se")  # the protest and strike senses (object + particle) come first
v("nabídnout,nabízet,vypsat,vypisovat", "020", [], object=["odměna"])  # 'nabízí odměnu za informace'
v("nabídnout,nabízet", "010", [], object=["nástroj", "výrobek", "model", "výbava", "recept", "vybavení"])
v("ukrást,ukradnout,uloupit,krást", "010", [], object=["pohřeb", "obřad", "slavnost", "show", "vítězství", "bod", "zápas", "titul"])
v("zachránit,zachraňovat", "073", DAT, object=["život"], needs_target=True)  # 'zachránil život svému sousedovi': the one saved is the dative
v("zůstat,zůstávat,udržovat,udržet", "040", INS_S, object=["kontakt", "spojení"], prep="s", reciprocal=True)  # 'zůstává v kontaktu s britskou policií'
# round 16 (xgcs, the cross-lingual gap). Tried and left out: 'schválit/odsouhlasit opatření, legislativu' as AGREE 030
# (en 'The Senate approved the measure'): the wmt-dev2 gold does not code 'parlament schválil novou legislativu' (+1 fp,
# 0 tp) and its one unseen event took a wrong target (MEX from the measure's context).
# easing rules or restrictions ('zmírní přísná pravidla oblékání pro cizinky', 'uvolnila opatření pro podniky') is easing
# a ban (080) as 'zmírnit omezení'; CONCEDE keeps its target requirement (the ones the rule binds)
v("zrušit,rušit,zmírnit,zmírňovat,uvolnit,uvolňovat,rozvolnit,rozvolňovat", "080", ["nmod:Gen", "obl:pro+Acc", "nmod:pro+Acc"],
  object=["pravidlo", "opatření", "regulace"], needs_target=True)  # "restrikce" is easing sanctions (085) above
# round 17 (xgcs5): overriding a veto or outvoting someone is refusing their position (REJECT 120, as en 'overrule'):
# 'Sněmovna přehlasovala prezidentovo veto' (the veto's owner is the target), 'Sněmovna přehlasovala Senát'
v("přehlasovat,přehlasovávat", "120", ["nmod:Gen"], object=["veto", "zamítnutí"])
v("přehlasovat,přehlasovávat", "120", ACC, needs_target=True)
# round 18 (lead, wmt-dev3): a court ordering someone to pay is finding them liable (116, as en 'ordered to pay
# damages'; the object is the infinitive: 'nařídil soud firmě zaplatit'); declaring a state of emergency or martial
# law is 1724 (the target is the own population when none is named: DOMESTIC_MEASURES)
v("nařídit,nařizovat,přikázat,přikazovat,uložit,ukládat", "116", DAT, needs_target=True,
  complement=["zaplatit", "uhradit", "vyplatit", "splatit", "odškodnit", "nahradit", "vrátit"])  # xgcs6's list too
v("nařídit,nařizovat,uložit,ukládat", "116", DAT, needs_target=True, object=["zaplacení", "úhrada", "vyplacení", "odškodné", "odškodnění"])
# reporting a crime or a missing person to the police is judicial cooperation (063, as wmt-dev2 and wmt-dev3 gold;
# 'nahlásit' above too, was REQUEST 020): 'oznámila na linku tísňového volání policie'; the police noun is the object
# that licenses it and the target (a police subject, 'Policie oznámila, že ...', leaves no target: dropped)
v("oznámit,oznamovat,ohlásit,ohlašovat", "063", [*DAT, "obl:na+Acc", "nmod:na+Acc"],
  object=["policie", "policista", "linka"], needs_target=True)
# confirming or reporting something to a (foreign) embassy or consul informs that state's mission: consultation (040,
# as wmt-dev2 gold 'Britská policie ... našemu zastupitelskému úřadu v Londýně potvrdila, že nalezla tělo'); the
# mission noun licenses it and is the target (an embassy subject, 'velvyslanectví potvrdilo', leaves none: dropped)
v("potvrdit,potvrzovat,oznámit,oznamovat,sdělit,sdělovat,nahlásit,informovat,uvědomit", "040", [*DAT, *ACC],
  object=["velvyslanectví", "ambasáda", "konzulát", "zastupitelský", "velvyslanec", "velvyslankyně", "konzul"],
  named_target=True)
# confirming a ban or sentence on appeal ('komise potvrdila trest pro záložníka') rejects the appeal (120, wmt-dev3;
# club7 added it to verbs.json by hand: moved here)
v("potvrdit", "120", ["obl:pro+Acc", "nmod:pro+Acc", *DAT], object=["trest", "tresta", "distanc", "zákaz", "pokuta", "suspendace"],
  needs_target=True)
# s28: extending one is imposing it again (prodloužit, as en 'extend the curfew / state of emergency')
v("vyhlásit,vyhlašovat,zavést,zavádět,prodloužit,prodlužovat", "1724", ["obl:v+Loc", "nmod:v+Loc", "obl:na+Loc", "nmod:na+Loc"],
  object=["nouzový", "výjimečný", "stanný", "nouze", "obležení"])  # 'stav obležení' (a state of siege)
# a curfew (1723: 'vyhlásila v Bangkoku zákaz vycházení', 'nařídila zákaz nočního vycházení'); outlawing a party or
# an organisation ('postavila mimo zákon extremistickou organizaci', 1722 as 'zakázat stranu')
v("vyhlásit,vyhlašovat,zavést,zavádět,nařídit,nařizovat,uvalit,uvalovat,prodloužit,prodlužovat", "1723", ["obl:v+Loc", "nmod:v+Loc", "obl:na+Loc", "nmod:na+Loc", "obl:pro+Acc", "nmod:pro+Acc"],
  object=["vycházení"])
v("postavit,stavět", "1722", ACC, object=["zákon"], prep="mimo")
# round 18 (xgcs6, a battery of regulator, sport-governance and court sentences): suspending someone's licence is an
# administrative sanction on its holder (172, as 'odebrat licenci'; the dative holder or the licence's owner), not the
# refusal of an approval process (120 keeps 'pozastavit schvalování, certifikaci, povolení')
v("pozastavit,pozastavovat", "172", [*DAT, "nmod:Gen"], object=["licence", "akreditace", "oprávnění", "koncese", "registrace"])
# demanding something of someone ('domáhá se po státu náhrady', 'od ministerstva'), invoking someone's help ('dovolávají
# se pomoci státu'), imploring ('zapřísahal poslance, aby ...'), blacklisting ('zařadilo firmy na černou listinu',
# 163 as en 'blacklisted'), challenging a permit or a ruling ('napadli povolení stavby u soudu' was
# an ASSAULT on the court through the bare 190 entry)
v("domáhat,domoci", "100", ["obl:po+Loc", "nmod:po+Loc", "obl:od+Gen", "nmod:od+Gen", "obl:na+Loc", "nmod:na+Loc"], particle="se", needs_target=True)
v("dovolávat", "020", ["nmod:Gen", "obl:Gen"], particle="se", object=["pomoc", "ochrana", "zásah", "podpora"])
v("dovolávat", "020", ["obl:Gen", "obj"], particle="se", named_target=True)
v("zapřísahat", "020", ACC, needs_target=True)
v("zařadit,zařazovat,umístit,umísťovat,přidat,přidávat", "163", ACC, object=["listina"], needs_target=True)
v("napadnout,napadat", "115", ["nmod:Gen", "obj"], object=["povolení", "rozsudek", "verdikt", "usnesení", "vyhláška", "nařízení", "stanovisko",
  "tendr", "zakázka", "platnost", "volba", "výběrové", "pokuta", "sankce", "trest", "zákaz", "stavební"])
# round 19 (xreq8, a battery of ordinary-news demands): pushing for something another actor is to do ('Piráti
# usilovali o to, aby doporučení bylo závazné', 'zasadil se o to, aby vláda ...') is advocacy, a request (020, the
# wmt-dev gold) of the 'aby' clause's actor, '-' when it names none; only 'o to' with the clause ('usiluje o vítězství'
# is a goal of its own); laying a duty on someone ('uložil majiteli povinnost dům zbourat') is a demand (100)
v("usilovat", "020", [], object=["ten"], prep="o", named_target=True)
v("zasadit,zasazovat", "020", [], object=["ten"], prep="o", particle="se", named_target=True)
v("uložit,ukládat", "100", DAT, object=["povinnost"], needs_target=True)
# wanting something from someone ('Podnikatelé chtějí od vlády kompenzace'; 'po' above), seeking help,
# protection or asylum from a named actor ('hledá pomoc u soudu', 'hledali azyl v Německu': 0233 as en 'seek asylum')
v("chtít", "100", ["obl:od+Gen", "nmod:od+Gen"], prep="od", named_target=True, object=[  # not 'Chceme od lidí zjistit'
  "peníze", "kompenzace", "odškodnění", "odškodné", "náhrada", "omluva", "vysvětlení", "záruka", "garance", "odpověď",
  "příspěvek", "dotace", "milion", "miliarda", "koruna", "euro", "dolar", "zaplacení", "úhrada", "splnění", "řešení"])
v("hledat,vyhledat,vyhledávat", "0233", ["obl:v+Loc", "nmod:v+Loc", "obl:u+Gen", "nmod:u+Gen"], object=["azyl", "útočiště"], named_target=True)
v("hledat,vyhledat,vyhledávat", "020", ["obl:u+Gen", "nmod:u+Gen", "obl:od+Gen", "nmod:od+Gen"], object=["pomoc", "podpora", "ochrana", "zastání"], named_target=True)
# setting someone conditions ('EU klade Británii podmínky', 'stanovila podmínky pro Řecko') is a demand (100; en
# 'impose a condition'); not 'uložit podmínku' (a suspended sentence, 116 above)
v("klást,stanovit,stanovovat,postavit,vznést,vznášet,diktovat,nadiktovat", "100", [*DAT, "obl:pro+Acc", "nmod:pro+Acc"], object=["podmínka"], needs_target=True)
# round 19 (biz6, wmt-dev3 business news): a firm's sale or export to a named destination country is economic
# cooperation (061, en 'export to', 'sell to'), the seller the source: 'firma vyvezla dva stroje do Číny', 'prodala
# centra do Francie'; only a named target ('prodala akcie', 'vyvezla odpad na
# skládku' code nothing), and one way: a seller's conjunct or apposition is no buyer ('prodal jiný muž, Cameron
# Pettit'); the weapons entries (072) keep arms sales. Only the destination 'do X': a dative buyer was
# a person as often as a firm on unseen news ('Millerovi prodal jiný muž' is a street sale, no business act), and
# bare 'dodat' is a speech verb ('Dodala, že ...')
v("prodat,prodávat,vyvézt,vyvážet,dodávat", "061", ["obl:do+Gen", "nmod:do+Gen"], named_target=True, one_way=True)
# winning a contract or a tender abroad or from a buyer is economic cooperation with the buyer (061, as the wmt-dev3 gold
# 'získal Kovosvit zakázku v Indii'); the country where the contract is, or the awarding 'od X'
v("získat,získávat,vyhrát,vyhrávat,obdržet,dostat", "061", ["obl:v+Loc", "nmod:v+Loc", "obl:od+Gen", "nmod:od+Gen"],
  object=["zakázka", "kontrakt", "tendr", "objednávka"], named_target=True, one_way=True)
# a takeover of a named firm is economic cooperation with it (en 'buy' 061): 'polská společnost koupila českou firmu',
# 'japonská firma převzala českého výrobce'; only with a firm noun ('převzal odpovědnost, vedení, pacienta'; 'koupil
# zámek ve Francii' is no business act with France)
v("převzít,přebírat,ovládnout,koupit,kupovat,odkoupit,skoupit", "061", ["obj"], object=["firma", "společnost", "podnik", "výrobce", "skupina", "konkurent", "automobilka",
  "banka", "řetězec", "pivovar", "dodavatel", "provozovatel", "operátor", "holding", "koncern", "konkurence", "značka", "továrna", "rival"],
  named_target=True, one_way=True)
# --- session 17 (lexcs): light-verb families of ČTK conflict and dispute news that fired nothing
# unleashing a war or an offensive against someone (en 'unleashed a war against', 'launched cyber warfare against')
v("rozpoutat,rozpoutávat", "190", PROTI + NA, object=["útok", "ofenziva", "invaze", "agrese", "operace", "válka", "tažení", "palba"],
  needs_target=True)
# legal steps against someone (en 'took/launched legal action against' 115): 'Komise podnikla proti Polsku právní kroky'
v("podniknout,podnikat,zahájit,zahajovat,učinit,činit,přijmout,přijímat", "115", PROTI,
  object=["právní", "soudní"], needs_target=True)
# promising or announcing retaliation is a threat (en 'vowed retaliation'), not a promise of cooperation: 'slíbila odvetu',
# 'Moskva podnikne odvetu', 'přijme odvetná opatření proti Británii'; retaliation for an act ('na sankce ze strany EU
# podnikne odvetu', 'slíbila odvetu za americká cla') is aimed at whoever did it (en 'retaliate for the US tariffs')
v("slíbit,slibovat,přislíbit,přísahat,avizovat,ohlásit,ohlašovat,podniknout,podnikat,přijmout,přijímat,chystat,zvážit,zvažovat",
  "130", [*DAT, *PROTI, "obl:vůči+Dat", *NA, "obl:za+Acc", "nmod:za+Acc"], object=["odveta", "odvetný", "odplata", "pomsta"])
# frustration, anger or bitterness voiced at an actor's act (as 'nespokojenost', 'rozhořčení' above)
v("vyjádřit,vyjadřovat,vyslovit,projevit,projevovat,dát,dávat,tlumočit", "110", OHLEDNE + INS_S + DAT,
  object=["frustrace", "hněv", "rozčarování", "zlost", "rozhořčenost", "roztrpčení", "opovržení"])
# brushing off or scorning a demand or a person (REJECT 120, as 'odmítnout'): 'ministr pohrdl požadavky odborů',
# 'arogantně je odbyl'
v("pohrdnout,pohrdat", "120", ["obl:Ins", "case:Ins", "nmod:Gen", *ACC])
v("odbýt,odbývat", "120", ACC, needs_target=True)
# blocking a decision, sanctions or an accession is a veto (en 'blocked EU sanctions' REJECT 120): the author or the
# applicant in the genitive ('zablokovalo sankce EU', 'blokuje vstup Švédska do NATO')
v("zablokovat,blokovat,vetovat", "120", ["nmod:Gen", "obl:Gen", "poss"], object=["sankce", "návrh", "rozhodnutí", "dohoda", "vstup",
  "přistoupení", "rozšíření", "balík", "usnesení", "rezoluce", "zákon", "nominace", "jmenování", "nařízení", "dekret",
  "výnos"], needs_target=True)  # s35 'soudce zablokoval Trumpovo nařízení': the order's owner (poss) is the one rebuffed
# --- s25 (notrigcs): political idioms the Czech gold (plover-gsr-cs, wmt-dev) missed for want of a trigger
# lifting a blockade or siege eases it (RETREAT 0872, CAMEO 'ease military blockade'): 'zrušila blokádu Gazy'
v("zrušit,rušit,ukončit,ukončovat,uvolnit,uvolňovat,zmírnit,zmírňovat,odvolat,odvolávat", "0872",
  ["nmod:Gen", "obl:Dat", "nmod:proti+Dat", "nmod:vůči+Dat", "obl:vůči+Dat", "nmod:na+Acc", "obl:pro+Acc", "nmod:pro+Acc"],
  object=["blokáda", "obležení", "obklíčení"])
# completing, starting or speeding up a withdrawal from a named state retreats from it, as en 'completed / sped the
# withdrawal from' (0874); a named place only: 'stažení výrobku z trhu' is no retreat
v("dokončit,dokončovat,zahájit,zahajovat,urychlit,urychlovat,začít,začínat,pokračovat,uskutečnit,provést", "0874",
  ["obl:z+Gen", "nmod:z+Gen"], object=["stažení", "stahování", "ústup", "odsun"], needs_target=True)
# a mutiny or prison riot against a named or the home authority (en 'riot' 145): 'vězni se vzbouřili', 'vojáci se vzbouřili proti velení'
v("vzbouřit,bouřit", "145", [*PROTI, "obl:Dat", *DAT], particle="se", needs_target=True)  # against someone, or the home government
# denying someone entry, a visa or landing (REJECT 120, as en 'deny / refuse entry'): the one turned away in the dative
v("odepřít,odpírat", "120", DAT, object=["vstup", "přístup", "vízum", "víza", "přistání", "průjezd", "přelet", "azyl"], needs_target=True)
# putting someone on trial is the accusation by the state that tries them (as 'stanout před soud' 1121 above)
v("postavit,stavět,pohnat,hnát,předvést,předvádět", "1121", ACC, object=["soud", "tribunál"], prep="před", needs_target=True)
# ethnic cleansing (203): 'dopouštěly se etnických čistek proti albánskému obyvatelstvu'
v("provést,provádět,dopustit,dopouštět,páchat,spáchat,vést,zahájit", "203",
  [*PROTI, "nmod:Gen", "obl:na+Loc", "nmod:na+Loc"], object=["čistka"], needs_target=True)
# seizing a ship (1711, as en 'seize'): the flag state or owner in the genitive or the ship's adjective ('íránský tanker')
v("zadržet,zadržovat,zabavit,zabavovat,zabrat,zmocnit,zmocňovat,obsadit,zkonfiskovat", "1711", ["nmod:Gen", "obl:Gen"],
  object=["loď", "plavidlo", "tanker", "tankér", "člun", "trajekt", "jachta"], needs_target=True)
# reimposing or tightening a blockade of a place is a blockade (COERCE 191): 'obnovil blokády na Západním břehu'
v("obnovit,obnovovat,zpřísnit,zpřísňovat,zahájit,zahajovat,držet,udržovat", "191",
  ["nmod:Gen", "obl:na+Loc", "nmod:na+Loc", "obl:v+Loc", "nmod:v+Loc", *PROTI], object=["blokáda", "obležení", "obklíčení"], needs_target=True)
# defying a named authority's ban or order (REJECT 128, as 'porušit rezoluci' above): 'porušily zákaz generála'; a
# ban of no named author ('porušil zákaz vjezdu') is no political act
v("ignorovat,porušit,porušovat,nerespektovat,nedodržet,nedodržovat,obejít,obcházet,vzepřít", "128", ["nmod:Gen", "amod"],
  object=["zákaz", "nařízení", "příkaz", "rozkaz", "ultimátum", "moratorium"], named_target=True)
# sending inspectors or investigators to a state investigates it (ACCUSE 090, as the PLOVER gold 'IAEA sent inspectors')
v("vyslat,vysílat,poslat,posílat", "090", ["obl:do+Gen", "nmod:do+Gen", "obl:na+Acc", *DAT], object=["inspektor", "vyšetřovatel", "inspekce"],
  needs_target=True)
# workers stopping work strike (143, en 'stopped work'): 'pracovníci zastavili práci'; a site's works stopped are no strike
v("zastavit,zastavovat,přerušit,přerušovat", "143", PROTI, object=["práce"], direct_object=True, source_sectors=["LAB"])
# troops sent into a peacekeeping force are a contribution to it (072, as en 'contribute troops' 0332 when pledged), not
# a deployment of one's own nor its threat: 'je připravena vyslat do mírových sil v Libérii 4000 vojáků'
v("vyslat,vysílat,poslat,posílat,poskytnout,poskytovat,přispět,přispívat", "072", ["nmod:v+Loc", "obl:v+Loc", "nmod:do+Gen", *DAT],
  object=["mírový"], prep="do")
# lending money or arms to a state (071 / 072, as 'poskytnout půjčku'): 'Čína Japonsku půjčila dvě miliardy dolarů'; a
# borrower ('půjčila si od MMF') names no recipient in the dative
v("půjčit,půjčovat,zapůjčit,zapůjčovat", "072", [*DAT, "obl:pro+Acc"], object=WEAPONS, needs_target=True)
v("půjčit,půjčovat,zapůjčit,zapůjčovat", "071", [*DAT, "obl:pro+Acc"],
  object=["peníze", "miliarda", "milion", "prostředek", "dolar", "euro", "koruna", "finance"], needs_target=True)
# s31 (no_trigger misses, en counterparts already coded):
# accepting observers or a mission lets an outside body in (0862, as en 'accepted an OSCE observer mission'); the body
# is the mission's owner ('přijal misi pozorovatelů OBSE')
v("přijmout,přijímat", "0862", ["nmod:Gen", *DAT], object=["inspektor", "pozorovatel", "mise", "inspekce"])
# being determined to do something is a pledge (030, as en 'Vietnam is committed to opening its economy', 'we are
# committed to implementing strategies'): only with an infinitive after it, aimed at no one unless the dative names
# a party, never the home counterpart
v("odhodlat,odhodlaný", "030", [*DAT, "obl:vůči+Dat"], passive_source=["nsubj:pass", "nsubj"], future=True, no_counterpart=True,
  infinitive=True, unaddressed=True)
# a complaint passed on to the body responsible asks it to act (020, as en 'forwarded the complaint to the ŘSD'); not
# 'podat stížnost' nor 'předat stížnost': a complainant handing in its own complaint files it (114, the noun entry)
v("postoupit,postupovat,přeposlat,odkázat,odkazovat", "020", [*DAT, "obl:na+Acc"], object=["stížnost"], needs_target=True)
# --- s35 (econ): trade news of the construction audit
# a takeover stopped is a rejection of the buyer named by its agent ("zablokovala převzetí továrny čínským investorem"),
# as en "blocked the takeover by a Chinese investor"; with no buyer named, the firm taken over (object owner)
v("zablokovat,blokovat,zakázat,zakazovat,zastavit,zastavovat,pozastavit,pozastavovat,zamítnout", "120", ["case:Ins", "nmod:Ins", "obl:Ins"],
  object=["převzetí", "akvizice", "fúze"], needs_target=True)

N = []
def n(lemmas, cameo, source=None, target=None, **kw):
    for lemma in lemmas.split(","):
        N.append((lemma.strip(), cameo, source, target, kw))
n("návštěva,cesta", "042", ["poss"], ["nmod:do+Gen", "nmod:v+Loc", "nmod:na+Acc", "nmod:u+Gen"])
n("útok,úder,nálet,invaze,agrese,ofenziva", "190", ["poss", "nmod:Gen", "nmod:strana+Gen", "amod"],
  ["nmod:na+Acc", "nmod:proti+Dat", "nmod:do+Gen", "nmod:vůči+Dat"])
# a verbal noun's genitive is its object, the one shelled ('ostřelování ukrajinských měst', en 'shelling of'): target
n("ostřelování,bombardování", "190", ["poss", "nmod:strana+Gen", "amod"],
  ["nmod:Gen", "nmod:na+Acc", "nmod:proti+Dat", "nmod:do+Gen", "nmod:vůči+Dat"])
n("sankce,embargo", "163", ["poss", "nmod:Gen", "nmod:strana+Gen", "amod"], ["nmod:proti+Dat", "nmod:vůči+Dat", "nmod:na+Acc"])
n("clo", "163", ["poss", "nmod:Gen", "nmod:strana+Gen", "amod"], ["nmod:na+Acc", "nmod:proti+Dat", "nmod:vůči+Dat"],
  needs_target=True)  # 'americká cla na čínské zboží' (en 'US tariffs on Chinese goods')
n("jednání,rozhovory,schůzka,setkání,summit", "040", ["poss", "nmod:Gen", "nmod:mezi+Ins"], ["nmod:s+Ins"])
n("vyjednávání,rozhovor,konzultace,dialog,debata,diskuse", "040", ["poss", "nmod:Gen", "nmod:mezi+Ins"], ["nmod:s+Ins"])
n("razie,zátah,šťára", "170", ["poss", "nmod:Gen", "amod"], ["nmod:v+Loc", "nmod:na+Acc", "nmod:proti+Dat"])
n("demonstrace,protest,pochod,manifestace,stávka,protesty", "141", ["poss", "nmod:Gen", "amod"], ["nmod:proti+Dat", "nmod:před+Ins"])
# a blockade's genitive is the one blockaded ("blokáda Srbska", "blokáda palestinských měst"; en 'blockade of'), not its doer
n("blokáda", "141", ["poss", "amod", "nmod:strana+Gen"], ["nmod:Gen", "nmod:proti+Dat", "nmod:před+Ins"])
n("spor,roztržka", "110", ["poss", "nmod:Gen", "nmod:mezi+Ins"], ["nmod:s+Ins"])
n("pomoc", "070", ["poss", "nmod:Gen", "nmod:od+Gen", "amod"], ["nmod:Dat", "nmod:pro+Acc"])  # amod: 'americká pomoc Ukrajině' (en 'US aid')
n("podpora", "051", ["poss", "nmod:Gen", "nmod:od+Gen", "amod"], ["nmod:Dat", "nmod:pro+Acc"])  # backing, as en 'support' (051)
n("dodávka", "070", ["poss", "nmod:Gen", "nmod:od+Gen"], ["nmod:Dat", "nmod:pro+Acc"])  # not 'ruské dodávky plynu': trade
n("kritika,odsouzení,výtka", "111", ["poss", "nmod:Gen", "amod", "nmod:strana+Gen"], ["nmod:na+Acc", "nmod:vůči+Dat", "nmod:proti+Dat", "nmod:Gen"])
# a critic of X is an actor criticising X (en 'critic'): 'Kritici vlády tvrdí', 'je ostrým kritikem Kremlu'
n("kritik,kritička", "111", ["nsubj"], ["nmod:Gen"])
n("výzva", "020", ["poss", "nmod:Gen"], ["nmod:Dat", "nmod:na+Acc"])
n("vyhoštění", "166", ["poss", "nmod:Gen"], ["nmod:Gen"])
n("zatčení,zadržení,zatýkání,zadržování", "173", ["poss", "nmod:Gen", "nmod:Ins"], ["nmod:Gen"])
# the instrumental is the doer of a deverbal noun ('zahájení vyšetřování agenturou', 'zatčení policií'): a grammar rule
# of Czech nominalisations, given to the -ní/-tí nouns of legal acts below (not 'útok raketou': an instrument)
# round 4: event nouns; the bare genitive of these is ambiguous (doer or undergoer), so the doer is a possessive, an
# adjective or 'ze strany X' and the target a 'proti/vůči' phrase (the prosecuted: also the genitive)
n("vyšetřování,šetření,prošetřování", "090", ["poss", "amod", "nmod:strana+Gen", "nmod:Ins"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
n("výslech", "090", ["amod", "nmod:Ins", "nmod:strana+Gen"], ["poss", "nmod:Gen"])  # an interrogation: the questioner by instrument or adjective ('výslech policií', 'policejní výslech'), the questioned as owner
n("obvinění,nařčení", "112", ["poss", "amod", "nmod:strana+Gen", "nmod:Ins"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
n("petice", "140", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
n("stíhání", "173", ["poss", "amod", "nmod:strana+Gen", "nmod:Ins"], ["nmod:Gen", "nmod:proti+Dat", "nmod:vůči+Dat"])
# round 5: event nouns of the blind pattern list; Gen is the undergoer for acts done to someone (a fine, an arrest,
# a murder), the owner for requests and agreements ('žádost Ukrajiny' is Ukraine's request)
n("žádost,prosba", "020", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:vůči+Dat", "nmod:na+Acc", "nmod:Dat", "nmod:k+Dat"])
n("požadavek,ultimátum", "100", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:vůči+Dat", "nmod:na+Acc", "nmod:Dat", "nmod:k+Dat"])
n("dohoda,ujednání,smlouva,pakt", "057", ["poss", "amod", "nmod:Gen"], ["nmod:s+Ins"])  # as signing (gold: AGREE|SUPPORT 057); not "mezi X a Y": background
n("pokuta,penále", "172", ["poss", "amod", "nmod:od+Gen", "nmod:strana+Gen"], ["nmod:pro+Acc", "nmod:Dat", "nmod:Gen"])
n("žaloba,stížnost", "115", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:na+Acc", "nmod:proti+Dat", "nmod:vůči+Dat"])
# a bare 'oznámení' is an announcement ('Oznámení Newsoma reagovalo na ...'); a complaint names whom it is against
# ('trestní oznámení na ministra'), so no implicit home counterpart
n("oznámení", "115", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:na+Acc", "nmod:proti+Dat", "nmod:vůči+Dat"], named_target=True)
n("obžaloba", "1121", ["poss", "amod", "nmod:strana+Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat", "nmod:Gen"])
n("vražda,zabití,zabíjení,vraždění,mučení,týrání,únos,napadení,masakr,poprava", "180", ["poss", "amod", "nmod:strana+Gen"], ["nmod:Gen", "nmod:na+Loc"])
n("anexe,okupace", "192", ["poss", "amod", "nmod:strana+Gen"], ["nmod:Gen"])
n("extradice", "063", ["poss", "amod", "nmod:strana+Gen"], ["nmod:do+Gen", "nmod:Dat"])
n("spolupráce,partnerství", "060", ["poss", "amod", "nmod:Gen"], ["nmod:s+Ins"])
n("nepokoj,výtržnost", "145", ["poss", "amod", "nmod:Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
n("hladovka", "142", ["poss", "amod", "nmod:Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
n("atentát", "186", ["poss", "amod", "nmod:strana+Gen"], ["nmod:na+Acc"])
n("deportace,uvěznění,věznění", "173", ["poss", "amod", "nmod:strana+Gen", "nmod:Ins"], ["nmod:Gen"])
n("výhrůžka,pohrůžka", "130", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:vůči+Dat", "nmod:proti+Dat", "nmod:Dat"])
n("omluva", "055", ["poss", "amod", "nmod:Gen"], ["nmod:Dat", "nmod:vůči+Dat"])
n("kontakt", "040", ["nsubj"], ["nmod:s+Ins", "obl:s+Ins"])  # round 13: 'ministr je v kontaktu s vládou' (a predicate noun with a subject); not 'kontakt s X' in a noun phrase
n("telefonát", "041", ["poss", "amod", "nmod:Gen"], ["nmod:s+Ins"], mutual=True)
# s30: a conversation with someone ("telefonický hovor s X", "Putinův hovor s Macronem") consults them, as en "conversation"
n("hovor,konverzace", "040", ["poss", "amod", "nmod:Gen"], ["nmod:s+Ins"], mutual=True, needs_target=True)  # a call is talked both ways, as en "telephoned"
n("nesouhlas", "110", ["poss", "amod", "nmod:Gen"], ["nmod:s+Ins", "nmod:vůči+Dat", "nmod:proti+Dat"])
n("apel", "020", ["poss", "amod", "nmod:Gen"], ["nmod:Dat", "nmod:na+Acc", "nmod:vůči+Dat"])
n("blahopřání,gratulace,poděkování", "051", ["poss", "amod", "nmod:Gen"], ["nmod:Dat", "nmod:k+Dat"])
n("mobilizace", "154", ["poss", "amod", "nmod:strana+Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
n("cvičení,manévr", "150", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:u+Gen", "nmod:poblíž+Gen", "nmod:proti+Dat", "nmod:kolem+Gen",
  "nmod:okolo+Gen"])
n("rozsudek,verdikt", "116", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:nad+Ins", "nmod:proti+Dat", "nmod:pro+Acc"])
n("zásah", "170", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
n("represe,perzekuce", "175", ["poss", "amod", "nmod:strana+Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat", "nmod:Gen"])
n("varování", "130", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:vůči+Dat", "nmod:Dat", "nmod:pro+Acc"])
n("prověrka", "090", ["poss", "amod", "nmod:strana+Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat", "nmod:Gen"])
n("palba", "193", ["poss", "amod", "nmod:strana+Gen"], ["nmod:na+Acc", "nmod:do+Gen", "nmod:proti+Dat"])
# s22: shooting at someone ('odsouzen za střelbu na svou přítelkyni': the one sentenced, extractors/holders.py
# convict_source; 'zahájili střelbu na demonstranty': the light verb's subject); only at a named target, not a
# shooter's game ('přesnou střelbou z dálky'). Not the verbal nouns of single crimes ('zastřelení', 'pobodání'): a
# light verb's subject only confirms them ('armáda potvrdila zastřelení vojáka')
n("střelba", "190", ["poss", "amod", "nmod:strana+Gen"], ["nmod:na+Acc"], needs_target=True)
# crimes: the verbal nouns of single violent crimes, back now that a light verb of reporting gives no source
# (modality crime_report_verbs: 'armáda potvrdila zastřelení vojáka' is an unnamed killer's act, not the army's): the
# one sentenced ('odsoudil Čecha na osm let za pobodání policisty'), a possessor, else unnamed; only with a victim
n("pobodání,ubodání,postřelení,zastřelení,zbití,ubití,uškrcení,znásilnění", "180", ["poss", "amod", "nmod:strana+Gen"],
  ["nmod:Gen"], needs_target=True)
# round 6b: an incursion, a gunfight or scuffle (the two sides: a genitive and 's X'); not 'střet' nor 'střelba': in
# sports news a match and a shot at goal (unseen corpus: 'přesnou střelbou z dálky' coded ASSAULT)
n("vpád", "190", ["poss", "nmod:Gen", "nmod:strana+Gen", "amod"], ["nmod:na+Acc", "nmod:proti+Dat", "nmod:do+Gen", "nmod:vůči+Dat"])
n("přestřelka,potyčka", "190", ["poss", "amod", "nmod:Gen"], ["nmod:s+Ins"])
# round 9: a veto is the vetoer's refusal ('prezidentovo veto', 'veto Senátu'); the vetoed act is no actor
n("veto", "129", ["poss", "amod", "nmod:Gen", "nmod:strana+Gen"], ["nmod:proti+Dat", "nmod:vůči+Dat"])
# Lemma slips of cs_core_news_sm (checked by parsing case forms in carrier sentences): the wrong lemma the parser
# gives some inflected forms ('při náletu' -> 'náleta', 'ofenzivy' -> 'ofenziev'). Each noun trigger and object
# list that has the lemma also gets the slip, so the entry fires on the form the parser really lemmatises.
SLIPS = {
    "nálet": ["náleta"], "ofenziva": ["ofenziev"], "manévr": ["manévra"], "rozsudek": ["rozsudk", "rozsudka"],
    "summit": ["summita"], "výhrůžka": ["výhrůžek"], "zásah": ["zásaha"], "úder": ["údera"], "únos": ["únosa"],
    "kontingent": ["kontingenta"], "velvyslanec": ["velvyslance"], "óda": ["ódy"],
    "výzva": ["výzvě", "výzev", "výzvat"], "požadavek": ["požadavka", "požadavcí"], "pokuta": ["pokuť", "pokut", "pokutat"],
    "mříž": ["mříže"], "medaile": ["medailí"], "novela": ["novelou"], "letoun": ["letouna"], "majetek": ["majetka"], "minomet": ["minometa"],
    "tank": ["tanka"], "trest": ["tresta"], "úřad": ["úřada"], "přístav": ["přístava"], "přechod": ["přechoda"],
    "průliv": ["průliva"], "vrah": ["vraha"], "úvěr": ["úvěra"], "odveta": ["odvet"], "odplata": ["odplat"],
    "fregata": ["fregat"], "štít": ["štíta"], "genocida": ["genocid"], "karanténa": ["karantén"], "bombardér": ["bombardéra"],
    "invaze": ["invazí"],
}
N = [(slip, cameo, source, target, kw) for lemma, cameo, source, target, kw in N for slip in [lemma, *SLIPS.get(lemma, [])]]
# verbs: participles and future forms the parser lemmatises to a word no rewrite reaches ('byla obsazena' ->
# 'obsazený', 'vzneseno' -> 'vznesený', 'byl vzat do vazby' -> 'vzatý', 'popře' -> 'popře')
VSLIPS = {
    "obsadit": ["obsazený"], "pět": ["pěl"], "stáhnout": ["stažený"], "unést": ["unesený", "unese"], "vypovědět": ["vypovězený"],
    "vznést": ["vznesený"], "vzít": ["vzat", "vzatý"], "vést": ["vedený"], "zajmout": ["zajme"], "popřít": ["popře"],
    "přijmout": ["přijmou"], "odvést": ["odvedlo"], "převzít": ["převzat"],
}
V = [(slip, cameo, target, kw) for lemma, cameo, target, kw in V for slip in [lemma, *VSLIPS.get(lemma, [])]]
V = [(lemma, cameo, target, {**kw, "object": [x for o in kw["object"] for x in [o, *SLIPS.get(o, [])]]} if kw.get("object") else kw)
     for lemma, cameo, target, kw in V]
# not 09: an inquiry by state organs stands without a suspect (dedup.open_inquiry); other ACCUSE events still need one
NEEDS_TARGET = {"02", "03", "04", "05", "06", "07", "10", "11"}
# bare violence verbs (no object noun) code nothing without a victim: on the unseen corpus their targetless events were
# sports, films and accidents ('zranil se na tréninku', 'útočit pomocí páky', 'Zabíjí efektivně'), and a real assault
# whose victim is not found never matches a gold event (gold names the victim)
VIOLENT_BARE = {"18", "19", "20"}
verbs = []
seen = set()
for lemma, cameo, target, kw in V:
    d = {"lemma": lemma}
    if kw.get("particle"):
        d["particle"] = kw["particle"]
    if kw.get("object"):
        d["object"] = kw["object"]
    if kw.get("prep"):
        d["prep"] = kw["prep"]
    if kw.get("complement"):
        d["complement"] = kw["complement"]
    d["cameo"] = cameo
    if target is not None and not kw.get("swap"):
        d["target"] = target
    if kw.get("swap"):
        d["swap"] = True
    if kw.get("passive_source"):  # swap entries' source; for the others the agent of a passive ('ze strany X')
        d["passive_source"] = kw["passive_source"]
    if (cameo[:2] in NEEDS_TARGET or kw.get("needs_target") or (cameo[:2] in VIOLENT_BARE and not kw.get("object"))) \
            and not kw.get("swap") and not kw.get("unaddressed"):  # unaddressed: a request standing alone (target '-')
        d["needs_target"] = True
    if kw.get("compound_cameo"):
        d["compound_cameo"] = kw["compound_cameo"]
    if kw.get("unless"):
        d["unless"] = kw["unless"]
    if kw.get("source_sectors"):
        d["source_sectors"] = kw["source_sectors"]
    if kw.get("negated_cameo"):  # the code of its negated use ('nebudeme tolerovat X' threatens X)
        d["negated_cameo"] = kw["negated_cameo"]
    for k in ("negated_only", "future", "reciprocal", "named_target", "mutual", "one_way", "direct_object", "demand_clause",
              "own_target", "object_prep", "no_counterpart", "infinitive"):
        if kw.get(k):
            d[k] = True
    ident = f"cs-{slug(lemma)}-{cameo}" + (f"-{slug(kw['particle'])}" if kw.get("particle") else "")
    base, i = ident, 2
    while ident in seen:
        ident, i = f"{base}-{i}", i + 1
    seen.add(ident)
    d["id"] = ident
    verbs.append(d)
nouns = []
for lemma, cameo, source, target, _kw in N:
    ident = base = f"cs-n-{slug(lemma)}-{cameo}"
    i = 2
    while ident in seen:  # slips that differ only in diacritics ('pokuť', 'pokut')
        ident, i = f"{base}-{i}", i + 1
    seen.add(ident)
    d = {"lemma": lemma, "cameo": cameo, "source": source, "target": target, "id": ident}
    if cameo[:2] in NEEDS_TARGET or _kw.get("needs_target"):
        d["needs_target"] = True
    if _kw.get("mutual"):
        d["mutual"] = True
    if _kw.get("named_target"):
        d["named_target"] = True
    if _kw.get("source_sectors"):
        d["source_sectors"] = _kw["source_sectors"]
    nouns.append(d)
about = ("Czech event lexicon for political news, hand-written for kronika (MIT), generated by tools/build_cs_verbs.py: "
         "trigger verbs in both aspects, "
         "light-verb + noun patterns and noun triggers, coded to CAMEO (PLOVER via data/cameo.json). "
         "Format: docs/lexicon-format.md and the events module docstring.")
lines = ['{', f' "_about": {json.dumps(about, ensure_ascii=False)},', ' "verbs": [']
lines += ["  " + json.dumps(d, ensure_ascii=False) + ("," if i < len(verbs) - 1 else "") for i, d in enumerate(verbs)]
lines += [' ],', ' "nouns": [']
lines += ["  " + json.dumps(d, ensure_ascii=False) + ("," if i < len(nouns) - 1 else "") for i, d in enumerate(nouns)]
lines += [' ]', '}']
OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(verbs), "verbs", len(nouns), "nouns")
