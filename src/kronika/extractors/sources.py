"""Sources a trigger's clause does not name: the quote's speaker for a first-person verb, the reporter or a subject
from the context, and the agent an agentless passive implies (the home state's police or courts behind 'Several
people were arrested', 'byl odsouzen'; else the unnamed agent of a passive accusation)."""

from __future__ import annotations

from functools import cache

from ..cameo import CameoCode, lookup
from ..langpack import has_file, load_json
from ..model import Doc, Mention, Quote
from .agreement import agrees, finite
from .authorities import DESCRIPTIVE, DOMESTIC_AUTHORITY, NON_STATE, REPORTER, agent_named, domestic_authority
from .complements import cited_nodes, reported_source
from .conjuncts import own_subjects, pronoun_conjunct
from .custodians import IMPLICIT_AGENT, arrester
from .implicit_targets import IMPLICIT
from .lexicon import Entry, fold, load
from .precision_frames import words as precision_words
from .relatives import relative_subject
from .roles import Roles, country_of
from .subjects import inherited_source, is_pronoun
from .udview import Node, Tree
from .unnamed import AGENTLESS, UNNAMED, agent_phrase, court_act, unnamed_agent, unnamed_vandal

# CAMEO codes of acts only a state's police or courts do to a person: arrest, detain, charge, imprison (173), release
# from custody (0841). Passive and agentless ('Several people were arrested'), their agent is the home state's.
CUSTODY_SECTOR = {"173": "COP", "0841": "JUD"}
COURT_SECTOR = "JUD"  # the grammar's institutional_passives: a court's acts ('byl odsouzen', 'byl mu uložen trest')
PERSONS = {"PER", "GRP"}  # a state 'condemned' for a war ('Polsko bylo odsouzeno') is in no one's custody
HANDOVER = "06"  # 'handed over to the crime syndicate': a handover's target is its recipient, not one held


def implicit_agent(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]
                   ) -> tuple[list[Mention], str]:
    """The source of a trigger with a target and no actor as its agent: the home state's police or court for a
    custody passive done to persons, unidentified attackers for a killing by a bomb or by 'someone', the unnamed
    agent of a passive accusation or rejection (unnamed.unnamed_agent), else the targets' own state's court or
    government for a verdict or sanction (authorities.domestic_authority)."""
    state = custody_agent(roles, n, e, targets)
    if state:
        return state, "custody-passive"
    unknown = unidentified_attacker(roles, n, e, info, targets)
    if unknown:
        return unknown, "unidentified-attacker"
    assailant = unnamed_assailant(roles, n, e, info, targets) or unnamed_crime(roles, n, e, info, targets) \
        or unnamed_vandal(roles, n, e, info, targets)
    if assailant:
        return assailant, "unnamed-assailant"
    agentless = unnamed_agent(roles, n, e, info, targets)
    if agentless:
        return agentless, "agentless-passive"
    authority = domestic_authority(roles, n, e, targets)
    return (authority, DOMESTIC_AUTHORITY) if authority else ([], "agentless-passive")


def custody_of_unnamed(roles: Roles, n: Node, e: Entry) -> tuple[list[Mention], list[Mention], str]:
    """'They were released on Thursday', 'Všichni byli propuštěni', 'Mnoho z nich muselo být propuštěno', 'byl
    propuštěn z vazby': a custody passive whose patient is a pronoun, a quantifier or dropped (no noun the actors step
    could resolve) is the home police or court acting on a person of the home country (an implicit target); else a
    participle describing an accused actor (described_patient)."""
    described = described_patient(roles, n, e)
    if described[0]:
        return described
    tree = roles.tree
    subj = tree.children(n.i, "nsubj:pass", "nsubj")
    if any(k.upos in {"NOUN", "PROPN"} or (k.feat("Gender") == "Neut" and k.upos == "PRON") for k in subj) \
            or (not subj and n.feat("Gender") == "Neut" and n.feat("Number") == "Sing" and any(
                a.feat("VerbForm") in {"Fin", "Part"} for a in tree.children(n.i, "aux"))):
        return [], [], ""  # a named or nominal patient (the actors step decides), or 'it' (a report is released;
        # cs dropped: 'Bylo propuštěno v pondělí' after a video)
    home = (roles.doc.meta.get("home_country") or {}).get("clear")
    if not home:
        return [], [], ""
    t = n.tok
    person = Mention(n.i, n.i, "", (t.start, t.end), f"{home}CVL", f"population of {home}", "GRP", n.i,
                     rule=IMPLICIT)
    sources = custody_agent(roles, n, e, [person])
    return (sources, [person], "custody-passive") if sources else ([], [], "")


def described_patient(roles: Roles, n: Node, e: Entry) -> tuple[list[Mention], list[Mention], str]:
    """'a man charged with murder', 'boys accused of attacking a girl', 'žena obviněná z krádeže': a past participle
    of an accusation (AGENTLESS types) that modifies an actor noun is that actor's accusation by an agent the text
    does not name (source '-', as for 'byl obviněn'), when it follows the noun and names the charge; not when an
    agent is named, nor a court's act."""
    tree, info = roles.tree, lookup(e.cameo)
    if e.noun or info is None or info.plover not in AGENTLESS or not n.i > n.head \
            or n.deprel not in {"acl", "amod"} or not _past_participle(n):
        return [], [], ""  # after its noun only: 'the alleged robber' is no accusation
    if tree.children(n.i, "nsubj", "nsubj:pass") or not [k for k in tree.children(n.i) if k.deprel.split(":")[0]
                                                           in {"obl", "xcomp", "advcl", "prep", "ccomp"}]:
        return [], [], ""  # a clause of its own ('Others castigated X'), or no charge named ('the men accused')
    if court_act(roles, e) or agent_phrase(roles, n):
        return [], [], ""
    patients = [m for m in roles.actors(n.head) if m.kind in PERSONS | {"ORG"} and m.code]
    if not patients:
        return [], [], ""
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), None, "", "GRP", n.i, rule=UNNAMED)], patients, UNNAMED


def _past_participle(n: Node) -> bool:
    """A passive (past) participle: Voice=Pass, or an English-style past participle without voice."""
    return n.feat("VerbForm") == "Part" and (n.feat("Voice") == "Pass" or (
        n.feat("Voice") is None and (n.feat("Tense") == "Past" or n.feat("Aspect") == "Perf")))


def _custody_context(roles: Roles, n: Node) -> bool:
    """Does the trigger's sentence or one of the two before speak of custody (sources.json custody_words, the trigger
    aside: 'released from custody', 'police detained X. They were released')? Else a release may be of shirts, a
    book or a name ('The identity of the man has not been released')."""
    words = _words(roles.lex.lang).get("custody_words", set())
    doc = roles.doc
    first = doc.sentences[max(0, n.tok.sent - 2)].start
    return any(t.i != n.i and (t.lemma.lower() in words or t.text.lower() in words)
               for t in doc.tokens[first:doc.sentences[n.tok.sent].end])


def custody_agent(roles: Roles, n: Node, e: Entry, targets: list[Mention]) -> list[Mention]:
    """'Several people were arrested during the raid', 'Saif Gaddafi byl odsouzen': a passive verb of a custody act
    (CUSTODY_SECTOR codes, or a court's act of the grammar key institutional_passives) done to persons, with no
    agent of any kind on the verb, is done by the police (court) of the article's clear home country (actors put it
    in doc.meta['home_country']); not when its sentence names a third state (whose police, then?)."""
    court = e.lemma in roles.lex.words("institutional_passives") and not e.cameo.startswith(HANDOVER)
    code = next((c for c in CUSTODY_SECTOR if e.cameo.startswith(c)), None)
    if e.noun or e.swap or not targets or not (court or code) or not roles.is_passive(n.i) \
            or n.deprel.split(":")[0] in DESCRIPTIVE:
        return []
    if not all(t.kind in PERSONS for t in targets) or agent_named(roles, n):
        return []
    held = arrester(roles, n, e.cameo, targets)  # 'Police arrested a man. He was released': the same police
    home = (roles.doc.meta.get("home_country") or {}).get("clear")
    if held or not home:
        return held
    if code == "0841" and not court and not _custody_context(roles, n):
        return []  # 'The identity of the man has not been released', 'the book will be released'
    if _disaster(roles, n):
        return []  # 'Lavina zabila muže, pět lidí bylo uvězněno': trapped, not imprisoned

    known = {home, *(country_of(t.code) for t in targets)}
    sent = roles.doc.sentences[n.tok.sent]
    if any(m.code and sent.start <= m.head < sent.end and country_of(m.code) not in known
           and not m.code.startswith(NON_STATE) and m.code[3:6] != REPORTER for m in roles.doc.mentions):
        return []  # also places: 'zatčen v Řecku'; not the agency reporting it ('doplňuje APTN')
    sector = COURT_SECTOR if court else CUSTODY_SECTOR[code or "0841"]
    home = _residents_state(targets) or home
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), home + sector, f"authorities of {home}", "GRP", n.i,
                    rule=IMPLICIT_AGENT)]


def _residents_state(targets: list[Mention]) -> str | None:
    """'A Pennsylvania woman was charged', 'Muž z Floridy byl odsouzen': persons of one other state by where they
    live, not by a demonym or citizenship ('Czech tourist arrested' abroad keeps the home police), are held or tried
    there."""
    states = {country_of(t.code) for t in targets}
    if len(states) != 1 or any(w in t.rule for t in targets for w in ("demonym", "inhabitant", "home country")):
        return None
    state = next(iter(states))
    return state if len(state) == 3 and not state.startswith(NON_STATE) else None


@cache
def _words(lang: str) -> dict[str, set[str]]:
    """The word lists of data/<lang>/sources.json (none for a language without the file)."""
    if not has_file(lang, "sources.json"):
        return {}
    raw = load_json(lang, "sources.json")
    return {k: {str(w).lower() for w in v} for k, v in raw.items() if isinstance(v, list)}


def crime_nouns(lang: str) -> set[str]:
    """The nouns of violent crime of data/<lang>/sources.json ('murder', 'vražda')."""
    return _words(lang).get("violent_crime_nouns", set())


def unidentified_attacker(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]
                          ) -> list[Mention]:
    """'A roadside bombing near Basra killed two soldiers', 'was killed in a car bomb explosion in Beirut', 'Pod
    mostem někdo zabil ženu': an assault whose agent is an explosion or bomb (sources.json blast_nouns), 'someone'
    (indefinite_agents) or an agent marked unknown (unknown_marks) is the act of unidentified attackers (UAF) of the
    country it happened in: a place named under the trigger, else the article's clear home country."""
    words = _words(roles.lex.lang)
    if e.noun or e.swap or not targets or info is None or info.plover != "ASSAULT" or not words:
        return []
    tree = roles.tree
    agents = [k for k in tree.children(n.i) if k.deprel.split(":")[0] in {"nsubj", "obl"}
              and k.deprel != "nsubj:pass"]
    if not any(_unknown_agent(roles, k, words) for k in agents):
        return []
    ctry = scene(roles, n, targets)
    if not ctry:
        return []
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), ctry + "UAF", f"unidentified attackers in {ctry}", "GRP", n.i,
                    rule=IMPLICIT_AGENT)]


def unnamed_assailant(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]
                      ) -> list[Mention]:
    """'A teenager who was stabbed in Birmingham', 'byl zastřelen v restauraci', 'was tortured for hours': a passive
    assault on persons that names no agent is an attack by someone the text does not name (source '-', as the gold
    codes it); only for verbs of violent crime (sources.json violent_crimes: not 'killed', 'injured', 'zraněn',
    which accidents and disasters also do), with a person actor as the passive subject, and not when an agent is
    named anywhere in the sentence."""
    words = _words(roles.lex.lang)
    if e.noun or e.swap or not targets or info is None or info.plover != "ASSAULT" or not words \
            or not roles.is_passive(n.i) or n.deprel.split(":")[0] in DESCRIPTIVE:
        return []
    if not {e.lemma, n.lemma} & words.get("violent_crimes", set()):
        return []
    if not all(t.kind in PERSONS for t in targets) or agent_named(roles, n) or agent_phrase(roles, n) \
            or _disaster(roles, n):
        return []
    tree = roles.tree
    patients = {roles.antecedent(k).i for k in tree.children(n.i, "nsubj:pass")}
    patients |= {c.i for p in patients for c in tree.children(p, "conj", "appos")}
    patients |= {c.i for p in patients for c in tree.children(p, "nmod") if tree[p].upos == "NUM"}  # 'four of them'
    if not any(m.head in patients for m in targets):
        return []  # the victim is the passive subject, not a name near it ('scenes with X were shot')
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), None, "", "GRP", n.i, rule=UNNAMED)]


def scene(roles: Roles, n: Node, targets: list[Mention]) -> str | None:
    """The country an act happened in: a state or place (also one the actors step dropped as a mere place: 'v
    Kábulu') in the trigger's phrase outside its targets; else the article's clear home country; else the
    country of civilian victims (soldiers die abroad)."""
    tree, doc = roles.tree, roles.doc
    inside = {x.i for t in targets for x in tree.subtree(t.head)}
    scope = {x.i for x in tree.subtree(n.i)} - inside
    places = [(m.head, m.code) for m in doc.mentions if m.kind == "GPE" and m.status == "resolved"] + [
        (int(d["head"]), str(d["code"])) for d in doc.meta.get("actors_dropped", []) if d.get("code")]
    found = sorted((h, c) for h, c in places if h in scope and c and not c.startswith(NON_STATE))
    if found:
        return country_of(found[0][1])
    home = (doc.meta.get("home_country") or {}).get("clear")
    if home:
        return str(home)
    civilians = {country_of(t.code) for t in targets if (t.code or "")[3:6] in {"", "CVL"}}
    return civilians.pop() if len(civilians) == 1 and len(targets) == len(
        [t for t in targets if (t.code or "")[3:6] in {"", "CVL"}]) else None


def _unknown_agent(roles: Roles, k: Node, words: dict[str, set[str]]) -> bool:
    """Is a subject or oblique of an assault an explosion, 'someone' or an unknown attacker, and no actor?"""
    tree = roles.tree
    if k.lemma in words.get("blast_nouns", ()) and roles.mention_at(k.i) is None:
        return True  # 'zařízení nedaleko iráckého města Basra': a place in the device's phrase is no agent
    if roles.actors(k.i) and not any(w.lemma in words.get("unknown_marks", ()) for w in tree.children(k.i, "amod")):
        return False
    nouns = [k, *(c for c in tree.children(k.i) if c.deprel.split(":")[0] in {"compound", "nmod"})]
    if any(x.lemma in words.get("blast_nouns", ()) for x in nouns):
        return True
    if k.deprel.startswith("nsubj") and k.lemma.lower() in words.get("indefinite_agents", ()):
        return True
    return k.deprel.startswith("nsubj") and any(w.lemma in words.get("unknown_marks", ())
                                                 for w in tree.children(k.i, "amod"))


def unnamed_crime(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]) -> list[Mention]:
    """'nevyřešená vražda jeho syna', 'the murder of a journalist': a noun of violent crime (sources.json
    violent_crime_nouns) whose victim, a person actor, hangs on it and whose agent the text does not give (no
    possessive, no agent phrase) is an assault by someone unnamed (source '-'); not the content of an accusation
    ('obviněn z vraždy X': the accusation codes the alleged act with the accused as its agent)."""
    words, tree = _words(roles.lex.lang), roles.tree
    if not e.noun or not targets or info is None or info.plover != "ASSAULT" \
            or n.lemma not in words.get("violent_crime_nouns", set()):
        return []
    if any(k.deprel.endswith("poss") or (k.deprel == "det" and k.feat("Poss") == "Yes") for k in tree.children(n.i)):
        return []  # 'jeho útok', 'his attack': the possessor did it
    victims = {k.i for k in tree.children(n.i, "nmod")}
    victims |= {c.i for v in victims for c in tree.children(v, "conj", "appos")}
    if not all(t.kind in PERSONS and t.head in victims for t in targets) or agent_phrase(roles, n) \
            or _disaster(roles, n) or _under_accusation(roles, n):
        return []
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), None, "", "GRP", n.i, rule=UNNAMED)]


def _under_accusation(roles: Roles, n: Node) -> bool:
    """Does the noun (or the phrase it heads) hang on an accusation or a verdict ('obviněn z vraždy', 'vinen
    zabitím', 'charged with murder')? By the lexicon, or by the word's beginning (sources.json charge_stems: the
    parser's lemma of 'obžalovanou' may be anything)."""
    tree, lex = roles.tree, roles.lex
    stems = tuple(_words(lex.lang).get("charge_stems", ()))
    for a in tree.ancestors(n.i)[:2]:
        if stems and (a.tok.text.lower().startswith(stems) or a.lemma.lower().startswith(stems)):
            return True
        kids = {w for k in tree.children(a.i) for w in (k.lemma.lower(), k.tok.text.lower())}  # an entry without
        if any((c := lookup(x.cameo)) is not None and c.plover in {"ACCUSE", "COERCE", "SANCTION"}  # its particle
               and (not x.particle or x.particle.lower() in kids)  # or object ('kriticky', 'volat k odpovědnosti')
               and (not x.objects or kids & {o.lower() for o in x.objects})  # accuses no one
               for noun in (True, False) for x in lex.entries(a.tok.lemma, a.tok.text, noun)):
            return True
    return False


def _disaster(roles: Roles, n: Node) -> bool:
    """Does the trigger's sentence name a natural force or an accident (the precision grammar's natural_forces:
    'lavina', 'storm', 'crash')? Then an agentless passive is its harm, not a person's act."""
    forces = precision_words(roles.lex, "natural_forces")
    sent = roles.doc.sentences[n.tok.sent]
    return any(t.upos == "NOUN" and t.lemma.lower() in forces for t in roles.tree.nodes[sent.start:sent.end])


def speaker_as_source(doc: Doc, tree: Tree, n: Node, quote: Quote | None) -> tuple[list[Mention], str]:
    """A first-person verb inside a quote ("we value ...", 'chtěli bychom pobídnout', 'we have contacted X and
    will meet Y') has the quote's speaker as its source: the coded actor mention at the speaker, else the code the
    quote step gave the speaker ('the insurer said', 'the hospital group said') when it names a country."""
    if _person(tree, n) != "1":
        return [], ""
    return _speaker(doc, n, quote)


def member_source(roles: Roles, n: Node, quote: Quote | None) -> tuple[list[Mention], str]:
    """'"Our agronomists will continue to work with farmers," the company said', '„Naši lidé pomohli," uvedla
    firma': an active verb whose subject (or that of the verb it hangs on) is possessed by a plural 'our' ('náš')
    and is no actor is the act of the speaking body's own people: the quote's speaker. Not 'our partners/allies'
    (grammar key counterpart_nouns) nor 'our children' (data key family_nouns): others than the speaker."""
    tree, c = roles.tree, n
    if quote is None or roles.is_passive(n.i):
        return [], ""
    for _ in range(3):
        if tree.children(c.i, "nsubj", "nsubj:pass", "csubj") or c.head == c.i or not (
                c.deprel in {"xcomp", "conj"} or (c.deprel == "advcl" and c.feat("VerbForm") == "Inf")):
            break
        c = tree[c.head]
    others = roles.lex.words("counterpart_nouns") | precision_words(roles.lex, "family_nouns")
    subj = tree.children(c.i, "nsubj")
    if len(subj) != 1 or roles.actors(subj[0].i) or fold(subj[0].lemma) in others or roles.is_passive(c.i):
        return [], ""
    if not any(p.feat("Poss") == "Yes" and p.feat("Person") == "1" and (p.feat("Number[psor]") or p.feat("Number"))
               == "Plur" for p in tree.children(subj[0].i, "poss", "nmod:poss", "det")):
        return [], ""
    found, how = _speaker(roles.doc, n, quote)
    return found, how and f"our-members+{how}"


def judging_source(roles: Roles, n: Node, quote: Quote | None) -> tuple[list[Mention], str]:
    """'X said that Y lied', 'jsem přesvědčen, že se ÚOHS mýlí', 'podle X Y lže': an accusation whose entry makes its
    subject the one accused (swap) and names no accuser is the judgement of whoever reports it: the governing report
    verb's subject, else the one it is attributed to ('podle X', 'according to X'), else the quote's speaker."""
    tree, c = roles.tree, n
    if _person(tree, n) == "1":
        return [], ""  # 'jsme vás zklamali': owning one's failure is an apology, not an accusation
    while c.deprel == "xcomp" and c.head != c.i:
        c = tree[c.head]
    reporters = tree.children(c.head, "nsubj") if c.deprel in {"ccomp", "parataxis"} and c.head != c.i \
        and tree[c.head].lemma in roles.lex.words("report_verbs") else []
    for judges, how in ((reporters, "judging-reporter"),
                        (cited_nodes(tree, roles.lex.words("attribution_markers"), n), "judging-attribution")):
        found = [m for k in judges for m in roles.actors(k.i) if not (m.code or "").endswith("MED")]  # not 'the Post'
        if found:
            return found, how
    found, how = _speaker(roles.doc, n, quote)
    return found, how and "judging-speaker"


def quote_speaker(doc: Doc, n: Node, quote: Quote | None) -> tuple[list[Mention], str]:
    """The quote's speaker as an actor mention, for an act found at node n inside it."""
    return _speaker(doc, n, quote)


def _speaker(doc: Doc, n: Node, quote: Quote | None) -> tuple[list[Mention], str]:
    """The quote's speaker as an actor mention (see speaker_as_source), or nothing."""
    if quote is None or quote.speaker is None:
        return [], ""
    sp = quote.speaker.span
    found = [m for m in doc.mentions if m.code and m.code[:3].isalpha() and sp and m.span[0] <= sp[0] < m.span[1]]
    if found:
        return found[:1] + _coordinated(doc, found[0]), "quote-speaker"
    code, how = quote.speaker.code or "", "quote-speaker-code"
    toks = [t for t in doc.tokens if sp and sp[0] <= t.start < sp[1]]
    if toks and (len(code) < 3 or not code[:3].isalpha()):
        code, how = _home_speaker(doc, n, code), "quote-speaker-home"
    if not toks or not code:
        return [], ""  # no speaker, or one of no country the article's home cannot stand for
    text = doc.text[sp[0]:sp[1]] if sp else ""
    return [Mention(toks[0].i, toks[-1].i + 1, text, (toks[0].start, toks[-1].end), code, quote.speaker.name or text,
                    "PER", toks[-1].i, rule="quote-speaker")], how


def _coordinated(doc: Doc, first: Mention) -> list[Mention]:
    """The other members of a coordinated speaker ('Polsko a EU tvrdí', 'Poland and the EU say'): coded mentions
    whose head is a conjunct of the first speaker's head; each member is a source (one event per member)."""
    head = first.head
    return [m for m in doc.mentions if m is not first and m.code and m.code[:3].isalpha() and m.head != head
            and doc.tokens[m.head].deprel == "conj" and doc.tokens[m.head].head == head]


def _home_speaker(doc: Doc, n: Node, code: str) -> str:
    """'"We will resume the protests," said the union's adviser', '„Omlouváme se," napsala nemocnice': a speaker
    who says 'we' (a body or a group speaking) and whom the actors step gave no country ('', or a sector alone such
    as '---GOV') is of the article's clear home, keeping the sector; not when the verb's sentence names a foreign
    state (the 'we' may be its people), nor for 'I' (a private person's own life)."""
    home = (doc.meta.get("home_country") or {}).get("clear")
    plural = n.feat("Number") == "Plur" or any(doc.tokens[k].feats.get("Number") == "Plur" and doc.tokens[k].head == n.i
                                                and doc.tokens[k].deprel in {"aux", "nsubj"} for k in range(
                                                    doc.sentences[n.tok.sent].start, doc.sentences[n.tok.sent].end))
    if not home or not plural or _force_only(doc, n):
        return ""
    sent = doc.sentences[n.tok.sent]
    if any(m.code and m.code[:3].isalpha() and country_of(m.code) != home and not m.code.startswith(NON_STATE)
           and sent.start <= m.head < sent.end for m in doc.mentions):
        return ""
    return str(home) + (code[3:6] if code.startswith("---") and len(code) > 3 else "CVL")


def _force_only(doc: Doc, n: Node) -> bool:
    """Is every reading of the trigger an attack or coercion? People saying 'we' do not fight or shoot as a state
    would ('we were shooting a lot' is a film, 'we've been fighting this' a match), so no home source for them."""
    if not doc.lang:
        return False  # no language, no lexicon to read the trigger's senses from
    entries = load(doc.lang).entries(n.tok.lemma, n.tok.text, n.upos == "NOUN")
    return bool(entries) and all((c := lookup(x.cameo)) is not None and c.plover in {"ASSAULT", "COERCE"}
                                 for x in entries)


def _person(tree: Tree, n: Node) -> str | None:
    """The grammatical person of a verb: its own, its auxiliary's or subject's; for a subjectless infinitive or
    conjunct, that of the verb it hangs on ('chtěli bychom pobídnout', 'we contacted X and asked Y'), also for an
    infinitive of purpose ('we will send doctors to help Italy')."""
    for _ in range(3):
        person = n.feat("Person") or next((a.feat("Person") for a in tree.children(n.i, "aux", "nsubj")
                                           if a.feat("Person")), None)
        shared = n.deprel in {"xcomp", "conj"} or (n.deprel == "advcl" and n.feat("VerbForm") == "Inf")
        if person or not shared or n.head == n.i or tree.children(n.i, "nsubj", "nsubj:pass"):
            return person
        n = tree[n.head]
    return None


def reported_or_inherited(roles: Roles, trigger: int) -> tuple[list[Mention], str]:
    """'Syria says it will withdraw': the reporter for a pronoun subject; else a subject from the context; else the
    source of the clause that controls or coordinates the trigger (governing_source)."""
    found = reported_source(roles, trigger)
    if found:
        return found, "reported-pronoun"
    if pronoun_conjunct(roles, trigger) and (shared := governing_source(roles, trigger))[0]:
        return shared  # 'He met Putin and signed a deal': whom 'he' stands for, not the nearest actor ('Putin')
    found, how = inherited_source(roles, trigger)
    if found or relative_subject(roles, trigger) is not None:
        return found, how
    return governing_source(roles, trigger)


# Relations by which a subjectless verb shares the subject of the verb it hangs on ('plans to visit', 'met X and
# thanked him', 'rozhodla se zatknout', 'hodlá navštívit'); a non-finite adverbial too ('goes on to criticise X',
# 'shared a post, urging X').
SHARING = {"xcomp", "conj"}


def governing_source(roles: Roles, trigger: int) -> tuple[list[Mention], str]:
    """'He said he would continue to monitor X', 'Prezident řekl, že hodlá navštívit X', 'She met X and thanked
    him': a subjectless controlled or coordinated verb shares the subject of the verb it hangs on; when that subject
    is itself a personal pronoun or dropped, it is resolved as the governing verb's own would be (reporter,
    antecedent). Not through object control ('asked him to go': he goes), a passive governor ('was arrested and
    charged': the patient), a copula ('he's not yet there on impeaching X'), a reporting verb (a parse error: 'she
    said: "Agree"'), a first/second person governor (the quote's speaker, speaker_as_source), a governor without a
    subject in a language that drops none, or a demonstrative ('To nezabránilo lidem podat žaloby': a fact); 'it'
    only as what its reporter says ('X said it plans to visit Y'); a finite coordinated verb must agree."""
    tree = roles.tree
    n = tree[trigger]
    while _shares_subject(roles, n):
        head = tree[n.head]
        if head.upos != "VERB" or roles.is_passive(head.i) or head.lemma in roles.lex.words(
                "report_verbs") or (n.deprel == "xcomp" and tree.children(head.i, "obj", "iobj")):
            return [], ""
        n = head
    subj = [*own_subjects(roles, n.i), *tree.children(n.i, "nsubj:pass")]  # not an object labelled nsubj
    if n.i == trigger or any(not is_pronoun(k) or (k.feat("PronType") or "Prs") != "Prs" for k in subj):
        return [], ""  # nothing governs it, or the governor's subject is a noun that is no actor, or 'to', 'this'
    if any(w.feat("Person") in {"1", "2"} for w in [n, *subj, *tree.children(n.i, "aux")]) or not (
            subj or roles.lex.grammar.get("pro_drop")):
        return [], ""  # the speaker's; or no subject where the language drops none (a parse error)
    neuter = any(k.feat("Gender") == "Neut" and k.feat("Number") != "Plur" for k in subj)  # 'it': a fact, unless
    found = reported_source(roles, n.i) or ([] if neuter else inherited_source(roles, n.i)[0])  # 'X said it will'
    if found and finite(tree[trigger]) and not agrees(roles, trigger, found):
        return [], ""
    return (found, f"governing-clause:{n.tok.text}") if found else ([], "")


def _shares_subject(roles: Roles, n: Node) -> bool:
    """Does a verb without a subject of its own hang on another by a subject-sharing relation?"""
    tree = roles.tree
    if n.head == n.i or tree.children(n.i, "nsubj", "nsubj:pass", "csubj"):
        return False
    return n.deprel in SHARING or (n.deprel == "advcl" and _non_finite_active(n))


def _non_finite_active(n: Node) -> bool:
    """An infinitive, a present participle or a converb ('to criticise', 'urging', 'kritizujíc'): its subject is
    the governing clause's; not a past participle ('Supported by fans, they won': its subject is the patient)."""
    form = n.feat("VerbForm")
    return form in {"Inf", "Conv", "Ger"} or (form == "Part" and (n.feat("Tense") == "Pres"
                                                                    or n.feat("Aspect") == "Prog"))
