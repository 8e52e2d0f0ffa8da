"""Precision rules from the audit of unseen real news (bench/audit/precision.py): candidate triggers that
code no event although their entry matches.

- Content of a demand, refusal, threat or accusation further down a chain of non-finite clauses: 'France is
  pressing the EU to agree to impose sanctions' (the sanctions are requested), 'accused X of circumventing
  Congress and raiding funds', 'charged them with plotting a rebellion for planning to return' (alleged).
  The events engine already drops a direct complement of such a verb; this follows the chain upwards.
- An obligation that no actor is reported to demand ('"The government must investigate X," a group said'
  with an unresolved group): what should happen has not happened.
- A request verb that is the speech tag of a quoted question ('"... no?" asked another user') asks a question.
- An object noun that is a name: 'held in March' is no march, 'Strike Group' no strike.
- A call/meeting verb with a nominal secondary predicate names its object ('called X "Lenin"'), it calls nobody.
- A bare verb entry used as a phrasal verb with another particle: 'struck off' a list, landmines 'left over'.
- A 'visit' by an army ('US troops arrived in Poland', 'vojáci přijeli do X') is a deployment (MOBILIZE 154),
  not a diplomatic visit (CONSULT 042); a defence minister (sector GOVMIL) still visits.
- An act a prevention verb governs (grammar key prevention_verbs: 'prevented X from completing the withdrawal')
  has not happened; under a negated one ('has not stopped X from filing') it has.
- A strike (data key strike_nouns) by workers, teachers, doctors, students or activists (strike_protest_sectors) or
  with a protest modifier ('general', 'school', 'hunger': strike_protest_modifiers) is a labour or protest strike
  (PROTEST 143; a hunger strike 142), not an attack: 'teachers' unions announced a strike against the
  government'. An armed modifier ('air', 'missile', 'drone': strike_armed_modifiers) or an armed or state source
  (strike_state_sectors, or a bare state) keeps it an assault, and makes a protest entry's strike one ('the army
  began strikes on Kyiv', 'Israel continued its strikes').
- A blockade (data key blockade_nouns) coded as a protest whose source is a state, an IGO or a state or armed sector
  (strike_state_sectors) is a military blockade (COERCE 191; threatened when future: THREATEN 1381): 'Izrael obnovil
  blokády', 'NATO zpřísní námořní blokádu Srbska'; farmers' or activists' road blockades stay protests.
- A proposal verb (data key nomination_verbs) whose direct object is a person ('Orban, who proposed Trocsanyi [for
  commissioner]', 'navrhl Trócsányiho') nominates the person: SUPPORT 051 (as an appointment), not a request.
- An investigation (CAMEO 09x) by medics named by a role noun (first sector in data key medical_sectors; not a
  named body: 'the NHS is investigating the surgeon', 'WHO investigates') is a medical examination or an
  epidemiological check of a person or civilians ('was examined by doctors', 'hygienici prověřují případ dítěte'; an
  institution is inspected: 'prověřuje případ v mateřské škole'); a person handed over (063)
  to them is a patient ('handed over to the ambulance crew', 'předán posádce záchranky'): no investigation of an
  actor, no custody transfer.
- Perfect auxiliaries spelled like future/conditional ones (grammar key perfect_aux_forms: English "'d" is
  'had' before a past participle: 'acknowledged he'd withheld aid' is a past act, not 'would').
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ..cameo import lookup, plover_type, threat_code
from ..model import ArgRef, Doc, Event, Mention
from .demands import obligation_head, past_duty
from .labels import label_apposition, naming_verb, quoted_label
from .lexicon import Entry, Lexicon
from .matching import plain_types
from .precision_frames import words
from .precision_senses import quote_after_actor, sense_drop
from .udview import Node, Tree

# PLOVER types whose clausal complement states what is demanded, refused, threatened or alleged.
CONTENT_GOVERNORS = {"REJECT", "THREATEN", "REQUEST", "ACCUSE"}
CHAIN_RELS = {"xcomp", "ccomp", "advcl", "conj"}
MAX_CHAIN = 4


def _titled(tree: Tree, e: Entry, a: int) -> bool:
    """A name the entry's object matched by a lower-case title before it ('chief constable Sean Price was sacked'):
    the person so titled, not an object word inside a name ('Strike Group')."""
    wanted = {o.lower() for o in e.objects}
    return any(k.i < a and k.tok.text[:1].islower() and k.lemma.lower() in wanted for k in tree.children(a))


def precision_drop(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry, anchors: list[int]) -> str | None:
    """Why the trigger n with its best entry e codes no event, or None if it may."""
    gov = content_governor(tree, lex, n)
    if gov is not None:
        return f"content of '{gov.tok.text}' (demanded, refused, threatened or alleged): not an act that happened"
    if prevented(tree, lex, n):
        return f"prevented by '{tree[n.head].tok.text}' (grammar key prevention_verbs): the act did not happen"
    if unreported_obligation(tree, lex, n):
        return "an obligation nobody is reported to demand ('the government must investigate'): not an act"
    if obliged_light_verb(tree, lex, n):
        return "the object of a light verb under an obligation ('must reach an agreement'): not an act"
    if plover_type(e.cameo) == "REQUEST" and question_tag(doc, n):
        return "speech tag of a quoted question, not a request"
    if anchors and all(tree[a].deprel == "obl:agent" for a in anchors):
        return "the object noun is the agent of the verb ('the case started by the police raid')"
    if anchors and all(tree[a].upos == "PROPN" and not _titled(tree, e, a) for a in anchors):
        return "the object noun is part of a name ('in March', 'Strike Group')"
    if plover_type(e.cameo) == "CONSULT" and not e.objects and (any(
            k.upos in {"NOUN", "PROPN", "ADJ"} for k in tree.children(n.i, "xcomp")) or (
            naming_verb(lex, n) and (quoted_label(tree, n) or label_apposition(tree, n)
                                      or quote_after_actor(doc, tree, n)))):
        return "a secondary predicate names the object ('called X \"Lenin\"', 'called the claims nonsense'): no call"
    if after_span(tree, lex, n):
        return "background: the acts of a time span the report starts after ('po týdnu nepokojů'), not its own act"
    if possessed_verb(doc, lex, n):
        return "a 'verb' after a possessive ('her 2008 hit \"Bad Romance\"'): a noun the parser misread"
    prt = foreign_particle(tree, lex, n, e)
    if prt is not None:
        return f"phrasal verb with '{prt.tok.text}' that the entry does not name ('struck off', 'left over')"
    return sense_drop(doc, tree, lex, n, e, anchors)


def after_span(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'zůstaly v pohotovosti po týdnu nepokojů', 'od let bojů': a noun trigger that fills a span of time (grammar key
    span_nouns) in a phrase of what came before (grammar key after_preps) is background."""
    if n.upos != "NOUN" or n.head == n.i or not n.deprel.startswith("nmod") or tree.has_case(n.i):
        return False
    h = tree[n.head]
    return h.lemma in lex.words("span_nouns") and bool(tree.case_words(h.i) & lex.words("after_preps"))


def possessed_verb(doc: Doc, lex: Lexicon, n: Node) -> bool:
    """A verb trigger right after a possessive determiner (numbers and adjectives between: 'her 2008 hit'), in a
    language whose possessives only go with nouns (grammar key possessive_marks_noun)."""
    if n.upos != "VERB" or not lex.grammar.get("possessive_marks_noun"):
        return False
    j = n.i - 1
    while j >= 0 and doc.tokens[j].upos in {"NUM", "ADJ"} and doc.tokens[j].sent == n.tok.sent:
        j -= 1
    return j >= 0 and doc.tokens[j].feats.get("Poss") == "Yes" and doc.tokens[j].upos in {"PRON", "DET"}


def prevented(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'prevented Ukraine from completing the withdrawal', 'stopped the attack': the act a prevention verb governs
    (a clause with a preposition, its object noun or infinitive) has not happened; not when it is negated."""
    if n.head == n.i or tree[n.head].lemma not in lex.words("prevention_verbs") \
            or negated_verb(tree, lex, tree[n.head]):
        return False  # 'has not stopped thousands from filing lawsuits', 'nezabránilo lidem podat žaloby': they did
    return (n.deprel == "advcl" and tree.has_case(n.i)) or (n.upos == "NOUN" and n.deprel == "obj") or (
        n.deprel == "xcomp" and n.feat("VerbForm") == "Inf")  # 'zabránil Rusku zaútočit'


def negated_verb(tree: Tree, lex: Lexicon, v: Node) -> bool:
    """A verb negated by its form (cs 'nezabránilo') or by a negator word ('has not stopped')."""
    from .modality import negative  # modality -> precision: imported at call time
    return negative(lex, v) or any(k.lemma in lex.words("negators") or k.deprel in {"neg", "advmod:neg"}
                                   for k in tree.children(v.i))


def foreign_particle(tree: Tree, lex: Lexicon, n: Node, e: Entry) -> Node | None:
    """A verb particle that changes the sense of a bare entry's verb (grammar key neutral_particles lists those
    that keep it: 'shot down', 'fought back')."""
    if e.particle or e.prep or e.objects:
        return None
    keep = lex.words("neutral_particles")
    return next((k for k in tree.children(n.i, "compound:prt") if k.lemma not in keep), None)


def unreported_obligation(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'X must investigate' that no resolved actor is reported to demand (reported ones are REQUEST events,
    demands.py); a first-person 'we must help' stays (the speaker's own commitment)."""
    pred = obligation_head(tree, lex, n)
    if pred is None or past_duty(tree, lex, pred):
        return False  # 'Russia had to withdraw its troops', 'hasiči museli zasahovat': it was done
    subj = tree.children(pred.i, "nsubj") or tree.children(n.i, "nsubj")
    return not any(k.feat("Person") == "1" for k in subj)


def obliged_light_verb(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'X and Y must reach an agreement', 'talks should be held': a noun trigger whose light verb carries an
    obligation names what should happen (a reported one is the reporter's REQUEST, demands.py), not an act."""
    if n.upos != "NOUN" or n.deprel not in {"obj", "nsubj:pass"} or n.head == n.i or tree[n.head].upos != "VERB":
        return False
    return unreported_obligation(tree, lex, tree[n.head])


def nonfinite(n: Node) -> bool:
    """An infinitive, gerund or present participle: a clause without its own tense (not a past participle,
    which may be a finite-like passive or perfect: 'has accused X and attacked Y')."""
    form = n.feat("VerbForm")
    return form in {"Inf", "Ger"} or (form == "Part" and n.feat("Tense") == "Pres")


def content_governor(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The demanding/refusing/threatening/accusing verb above n through a chain of non-finite clauses."""
    cur = n
    for _ in range(MAX_CHAIN):
        if cur.head == cur.i or cur.deprel not in CHAIN_RELS or not nonfinite(cur):
            return None
        if cur.deprel == "conj" and tree.children(cur.i, "nsubj", "nsubj:pass"):
            return None  # '... and the minister has been urging X': a coordinated clause of its own, no content
        head = tree[cur.head]
        if head.upos == "VERB" and (governing(lex, head, tree) or governing_object(lex, head, tree)) \
                and not own_intent(lex, cur, head) and not criticised_for(tree, lex, cur, head):
            return head
        cur = head
    return None


def criticised_for(tree: Tree, lex: Lexicon, n: Node, head: Node) -> bool:
    """'was criticised for meeting Putin', 'condemned X for sending troops': the reason (grammar key reason_preps) a
    criticism (CAMEO 111) gives is a reported fact, not its content (cs 'kritizován za to, že se setkal' codes it)."""
    return n.deprel == "advcl" and bool(tree.case_words(n.i) & lex.words("reason_preps")) and any(
        e.cameo == "111" for e in lex.entries(head.tok.lemma, head.tok.text, False) if not e.objects)


def own_intent(lex: Lexicon, n: Node, head: Node) -> bool:
    """'chceme jednat s X', 'chce zaútočit': an infinitive controlled by the subject of an intent verb (grammar key
    intent_verbs) is the subject's own intended act, not a demand on anyone (though 'chtít' also demands)."""
    return n.deprel == "xcomp" and head.lemma in lex.words("intent_verbs")


def governing(lex: Lexicon, n: Node, tree: Tree) -> bool:
    """Does the verb have a plain (object-less) entry of a content-governing type whose particle it carries ('voted
    down the bill' refuses, 'voted to revoke' does not)?"""
    return bool(CONTENT_GOVERNORS & plain_types(lex, n, tree))


def governing_object(lex: Lexicon, n: Node, tree: Tree) -> bool:
    """A light verb whose object noun demands, refuses, threatens or accuses ('issued a warning to NATO against
    sending troops', 'made an appeal to X to ...'): its clause is that noun's content."""
    return any(CONTENT_GOVERNORS & {plover_type(e.cameo) for e in lex.entries(k.tok.lemma, k.tok.text, True)
                                    if not e.objects} for k in tree.children(n.i, "obj") if k.upos == "NOUN")


def question_tag(doc: Doc, n: Node) -> bool:
    """Is the trigger the speech verb of a quote that ends with a question mark?"""
    span = (n.tok.start, n.tok.end)
    return any(q.cue_span == span and q.text.rstrip(" \"'“”„‘’»«").endswith("?") for q in doc.quotes)


def perfect_aux(tree: Tree, lex: Lexicon, w: Node) -> bool:
    """An auxiliary form that is a perfect 'had' here (grammar key perfect_aux_forms) before a past participle."""
    forms = lex.words("perfect_aux_forms")
    if not forms or w.tok.text.lower() not in forms or w.head == w.i:
        return False
    verb = tree[w.head]
    return verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Past"


INVESTIGATION, HANDOVER = "09", "063"
Pair = TypeVar("Pair", tuple[Mention, Mention], tuple[Mention, Mention | None])
CARE = "073"  # medical care is humanitarian aid (gold: 'was examined by doctors', 'paramedics treated him')


def _medical(lex: Lexicon, m: Mention | None) -> bool:
    """Medics named by a role noun, not a named body ('the NHS', 'WHO')."""
    return m is not None and m.kind == "GRP" and _sectors(m.code)[:1] != [] \
        and _sectors(m.code)[0].lower() in words(lex, "medical_sectors")


def medical_pairs(lex: Lexicon, cameo: str, pairs: Sequence[Pair]) -> list[Pair]:
    """Source-target pairs left when an investigation by medics or a handover to them is dropped."""
    def patient(m: Mention | None) -> bool:  # a person or civilians, or nobody named; not an institution
        return m is None or m.kind == "PER" or _sectors(m.code)[:1] in ([], ["CVL"])
    if cameo.startswith(INVESTIGATION):  # 'Hygiena prověřuje případ v mateřské škole' inspects the school
        return [p for p in pairs if not (_medical(lex, p[0]) and patient(p[1]))]
    if cameo.startswith(HANDOVER):
        return [p for p in pairs if not _medical(lex, p[1])]
    return list(pairs)


def medical_care(lex: Lexicon, tree: Tree, n: Node, cameo: str, pairs: Sequence[Pair]) -> bool:
    """Do medics examine people who are the trigger's own object ('was examined by doctors who found a bullet',
    'raněného vojáka vyšetřili lékaři'): care (CARE), not an investigation; not a case checked ('Hygiena prověřuje
    případ dítěte': the child is no object of the check)."""
    examined = {k.i for k in tree.children(n.i, "obj", "nsubj:pass")}
    return cameo.startswith(INVESTIGATION) and bool(pairs) and all(
        _medical(lex, s) and t is not None and t.head in examined
        and (t.kind == "PER" or _sectors(t.code)[:1] in ([], ["CVL"], ["MIL"])) for s, t in pairs)


def sector_pairs(e: Entry, pairs: Sequence[Pair]) -> list[Pair]:
    """Source-target pairs whose source is of one of the entry's source_sectors, or a state as a whole ('rescuers took
    him to hospital' is medical aid, cs 'po zásahu Nejvyššího soudu' no coercion); not an unnamed agent ('was taken
    to hospital'). Every pair for an entry without that key."""
    if not e.source_sectors:
        return list(pairs)
    return [p for p in pairs if p[0] is not None and p[0].code
            and (len(p[0].code) == 3 or e.source_sectors.intersection(_sectors(p[0].code)))]


VISITS = ("042", "043")
DEPLOYMENT = "154"


def military_arrivals(events: list[Event]) -> list[Event]:
    """Visits whose source is an armed force (sector MIL right after the country) recoded as a deployment."""
    info = lookup(DEPLOYMENT)
    if info is None or info.plover is None:
        return events
    for ev in events:
        code = ev.source.code if ev.source else None
        if ev.cameo.startswith(VISITS) and code and code[3:] == "MIL":
            ev.type, ev.mode, ev.cameo = info.plover, info.mode, DEPLOYMENT
            ev.goldstein, ev.quad_class = info.goldstein, info.quad_class
            ev.rule = f"{ev.rule}+military-arrival"
    return events


VERBAL_ATTACKS = ("190",)
CRITICISM, NOMINATION = "111", "051"
LABOUR_STRIKE, HUNGER_STRIKE, MILITARY_STRIKE = "143", "142", "190"
SYMPATHY, DISAPPROVAL = "018", "110"
BLOCKADE, PROTEST_THREAT = "191", "133"
_RECODED = {"PROTEST": "protest-strike", "ACCUSE": "regret-over-act", "SUPPORT": "regret-over-loss",
            "COERCE": "state-blockade", "THREATEN": "state-blockade"}
OBJECT_RELS = ("obj", "dobj")


def _mention(doc: Doc, arg: ArgRef | None) -> Mention | None:
    """The actor mention a role filler was taken from (by its character span)."""
    if arg is None or arg.span is None:
        return None
    a, b = arg.span
    return next((m for m in doc.mentions if m.span[0] <= a < m.span[1] or a <= m.span[0] < b), None)


def _sectors(code: str | None) -> list[str]:
    """The three-letter sectors after the country code ('USAGOVLEG' -> GOV, LEG)."""
    return [code[i:i + 3] for i in range(3, len(code or ""), 3)] if code else []


def verbal_attack(doc: Doc, tree: Tree, lex: Lexicon, ev: Event) -> bool:
    """An attack (data key verbal_attack_words) by a named person of a political sector (verbal_attack_sectors)
    on a person or a public body, with no weapon phrase: a verbal attack ('Trump attacked his wife, Heidi')."""
    src, tgt = _mention(doc, ev.source), _mention(doc, ev.target)
    if not ev.cameo.startswith(VERBAL_ATTACKS) or src is None or tgt is None or src.kind != "PER":
        return False
    armed = words(lex, "armed_sectors")
    s_sec, t_sec = _sectors(ev.source.code if ev.source else None), _sectors(ev.target.code if ev.target else None)
    if not s_sec or not t_sec or armed & {x.lower() for x in s_sec + t_sec}:
        return False
    if s_sec[0].lower() not in words(lex, "verbal_attack_sectors"):
        return False
    if t_sec[0].lower() not in words(lex, "verbal_attack_target_sectors") or (t_sec[0] == "CVL" and tgt.kind != "PER"):
        return False
    n = next((x for x in tree.nodes if ev.span[0] <= x.tok.start < ev.span[1] and x.tok.text == ev.trigger), None)
    if n is None or n.lemma.lower() not in words(lex, "verbal_attack_words"):
        return False
    return not any(tree.case_words(k.i) & words(lex, "weapon_preps") for k in tree.children(n.i, "obl", "nmod"))


def nomination(doc: Doc, tree: Tree, lex: Lexicon, ev: Event) -> bool:
    """A request by a proposal verb (data key nomination_verbs) whose target is a person that is the verb's direct
    object: the person is nominated."""
    tgt = _mention(doc, ev.target)
    if plover_type(ev.cameo) != "REQUEST" or tgt is None or tgt.kind != "PER":
        return False
    n = next((x for x in tree.nodes if ev.span[0] <= x.tok.start < ev.span[1] and x.tok.text == ev.trigger), None)
    return n is not None and n.lemma.lower() in words(lex, "nomination_verbs") and any(
        tgt.start <= k.i < tgt.end for k in tree.children(n.i, *OBJECT_RELS))


def verbal_attacks(doc: Doc, tree: Tree, lex: Lexicon, events: list[Event]) -> list[Event]:
    """Verbal attacks (verbal_attack) recoded as criticism (ACCUSE 111), nominations (nomination) as praise (SUPPORT
    051)."""
    for ev in events:
        code, how = (CRITICISM, "verbal-attack") if verbal_attack(doc, tree, lex, ev) else (
            (NOMINATION, "nomination") if nomination(doc, tree, lex, ev) else ("", ""))
        info = lookup(code) if code else None
        if code and info is not None and info.plover is not None:
            ev.type, ev.mode, ev.cameo = info.plover, info.mode, code
            ev.goldstein, ev.quad_class = info.goldstein, info.quad_class
            ev.rule = f"{ev.rule}+{how}"
    return events


def _strike_noun(tree: Tree, lex: Lexicon, ev: Event, key: str = "strike_nouns") -> Node | None:
    """The strike (or other noun of data key `key`) of an event: its trigger noun or object-less verb, or its light
    verb's object noun."""
    n = next((x for x in tree.nodes if ev.span[0] <= x.tok.start < ev.span[1] and x.tok.text == ev.trigger), None)
    if n is None:
        return None
    nouns = words(lex, key)
    if n.upos == "NOUN":
        return n if n.lemma.lower() in nouns else None
    if n.lemma.lower() in nouns:  # the verb: 'teachers struck against the government'; 'struck a policeman' hits
        return None if tree.children(n.i, *OBJECT_RELS) else n
    return next((k for k in tree.children(n.i, *OBJECT_RELS) if k.lemma.lower() in nouns), None)


def _armed_source(lex: Lexicon, ev: Event, mods: set[str]) -> bool:
    """A strike's source is armed or a state: an armed or state sector, or a bare state with no protest modifier."""
    sectors = {x.lower() for x in _sectors(ev.source.code if ev.source else None)}
    if sectors & words(lex, "strike_state_sectors"):
        return True
    bare = ev.source is not None and bool(ev.source.code) and not sectors
    return bare and not mods & (words(lex, "strike_protest_modifiers") | words(lex, "strike_hunger_modifiers"))


def strike_sense(tree: Tree, lex: Lexicon, ev: Event) -> str | None:
    """The code a strike event takes by its modifiers and source, or None to keep it: a labour or protest strike
    coded as an assault is a protest (143, hunger strike 142), an armed one coded as a protest ('the army began
    strikes on Kyiv') an assault (190)."""
    kind = plover_type(ev.cameo)
    if kind not in ("ASSAULT", "PROTEST") or (n := _strike_noun(tree, lex, ev)) is None:
        return None
    mods = {k.lemma.lower() for k in tree.children(n.i, "compound", "amod", "nmod:npmod")}
    armed = bool(mods & words(lex, "strike_armed_modifiers")) or _armed_source(lex, ev, mods)
    if kind == "PROTEST":  # 'Israel ended its strikes on Lebanon' states strikes that happened, as cs 'ukončil údery'
        return MILITARY_STRIKE if armed else None
    if armed:
        return None
    if mods & words(lex, "strike_hunger_modifiers"):
        return HUNGER_STRIKE
    sectors = _sectors(ev.source.code if ev.source else None)
    if (sectors and sectors[0].lower() in words(lex, "strike_protest_sectors")) \
            or mods & words(lex, "strike_protest_modifiers"):
        return LABOUR_STRIKE
    return None


def blockade_sense(tree: Tree, lex: Lexicon, ev: Event) -> str | None:
    """The code of a blockade (data key blockade_nouns) coded as a protest or a threatened protest when its source is
    a state or an IGO (a bare code) or has a state or armed first sector (strike_state_sectors): a military blockade
    (191), threatened (1381) when future or hypothetical; None to keep it."""
    from .modality import modality  # modality -> precision: imported at call time
    kind = plover_type(ev.cameo)
    code = ev.source.code if ev.source else None
    if not code or (kind != "PROTEST" and ev.cameo != PROTEST_THREAT) or \
            (n := _strike_noun(tree, lex, ev, "blockade_nouns")) is None:
        return None
    sectors = [x.lower() for x in _sectors(code)]
    if not (code.startswith("IGO") or not sectors or sectors[0] in words(lex, "strike_state_sectors")):
        return None
    head = tree[n.head] if n.upos == "NOUN" and n.head != n.i and tree[n.head].upos == "VERB" else None
    future = ev.future or ev.hypothetical or (head is not None and modality(tree, lex, head.i).future)
    return threat_code(BLOCKADE) if future or kind == "THREATEN" else BLOCKADE  # 'zpřísní blokádu': the verb's future


def fire_sense(tree: Tree, lex: Lexicon, ev: Event) -> str | None:
    """An ACCUSE event whose trigger has a gunfire noun (data key gunfire_nouns: 'came under fire from') and an armed
    source (armed_sectors: 'from Russian troops', not 'from critics'): shooting, an assault (190)."""
    if plover_type(ev.cameo) != "ACCUSE" or not {x.lower() for x in _sectors(ev.source.code if ev.source else None)} \
            & words(lex, "armed_sectors"):
        return None
    n = next((x for x in tree.nodes if ev.span[0] <= x.tok.start < ev.span[1] and x.tok.text == ev.trigger), None)
    fire = words(lex, "gunfire_nouns")
    if n is None or not any(k.lemma.lower() in fire or any(g.lemma.lower() in fire for g in tree.children(k.i))
                            for k in tree.children(n.i)):
        return None
    return MILITARY_STRIKE


def regret_sense(tree: Tree, lex: Lexicon, ev: Event) -> str | None:
    """The sense of regret (data key regret_nouns) by what it is over: an act another actor did
    (disapproved_act_nouns: 'expressed regret over the Russian decision', cs 'politování nad rozhodnutím') is
    disapproval (110), a death or loss (loss_nouns: 'politování nad smrtí novináře', 'regret over the death of') is
    sympathy (018), whichever of the two the trigger's entry gave."""
    if ev.cameo not in (SYMPATHY, DISAPPROVAL):
        return None
    n = next((x for x in tree.nodes if ev.span[0] <= x.tok.start < ev.span[1] and x.tok.text == ev.trigger), None)
    regrets = [k for k in tree.children(n.i) if k.lemma.lower() in words(lex, "regret_nouns")] if n else []
    for r in regrets:
        phrases = [g for k in tree.children(r.i, "prep") for g in tree.children(k.i, "pobj")]
        phrases += [k for k in tree.children(r.i, "nmod") if tree.case_words(k.i)]
        if ev.cameo == SYMPATHY and any(g.lemma.lower() in words(lex, "disapproved_act_nouns") for g in phrases):
            return DISAPPROVAL
        if ev.cameo == DISAPPROVAL and any(g.lemma.lower() in words(lex, "loss_nouns") for g in phrases):
            return SYMPATHY
    return None


def protest_strikes(tree: Tree, lex: Lexicon, events: list[Event]) -> list[Event]:
    """Strike events recoded by their sense (strike_sense), a state's blockade as coercion (blockade_sense), gunfire
    ones by their source (fire_sense), regret over an act as disapproval (regret_sense)."""
    for ev in events:
        code = strike_sense(tree, lex, ev) or blockade_sense(tree, lex, ev) or fire_sense(tree, lex, ev) \
            or regret_sense(tree, lex, ev)
        info = lookup(code) if code else None
        if code and info is not None and info.plover is not None:
            ev.type, ev.mode, ev.cameo = info.plover, info.mode, code
            ev.goldstein, ev.quad_class = info.goldstein, info.quad_class
            ev.rule = f"{ev.rule}+{_RECODED.get(info.plover, 'armed-strike')}"
    return events
