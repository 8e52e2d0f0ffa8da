"""The `events` component: trigger + roles from the UD tree -> CAMEO -> PLOVER events with provenance.

Reads the lexicon data/<lang>/verbs.json (contract: docs/lexicon-format.md) and the event grammar
data/<lang>/modality.json. Optional lexicon keys beyond the contract, supported here:
- `reciprocal: true`: with a compound source and no target ("Rusko a KLDR budou spolupracovat"),
  each member is the other's target (also the default for AGREE, CONSULT except visits, COOPERATE, 057).
- `needs_target: true`: without a target actor the trigger codes nothing (meetings, praise, aid, demands).
- `passive_source` is also read for ordinary passives (besides `obl:agent` and the grammar's agent cases).
- `compound_cameo`: the code when several countries are the source and no target is named (joint exercises).
Event grammar keys (all optional): negators, future_aux, intent_verbs, possibility_verbs,
hypothetical_governors, negated_hypothetical_governors, conditional_marks, irrealis_marks,
obligation_verbs, attribution_markers, report_verbs, pair_words, opposing_preps,
case_aliases ({"Dat": ["Loc"]}), agent_cases (["Ins"]), lemma_rewrites ([["ne", "nout"], ...]),
perfective_present_is_future, ultimatum_marks, relative_pronouns, light_verbs, quantity_nouns, quantity_preps,
causative_verbs, reportative_past_verbs (cs "měl zaútočit": allegedly attacked, not an intent),
infinitive_acl_is_intent (cs "s cílem zaútočit": only aimed at), failure_verbs (en fail), reported_future_aux
(en would), plan_copulas (en "are to discuss"), location_preps (attacked place), instrument_nouns (a weapon's
maker is no target), reflexive_possessives (cs svůj: only they give an event noun's pronoun
possessor, complements.possessor_source), struggle_preps (cs s: a struggle's opponent); parse repairs before
roles: repair.py. Roles across clause boundaries (pronoun subjects of reported clauses, complement targets, light
verbs, causatives, agents of operations, ultimatums) live in complements.py; sources the clause does not name (a
quote's speaker, the reporter of a judgement, the home police behind an agentless custody passive) in sources.py.
PLOVER rules applied after coding: future cooperation -> AGREE (03x), offered concessions -> AGREE (035x),
announced retreats -> CONCEDE, future or hypothetical material conflict -> THREATEN (13x); acts that are
only refused, threatened or demanded are the governing event's content, not events; a negated agreement is
REJECT (120), an announced non-retreat REJECT (124); merely possible non-conflict acts are dropped.
Implicit targets (no text span): a non-state group's protest targets its own government, a state's measure (curfew,
ban, easing; 172x/081x) or its police/army's force its own population, when the sentence names no foreign actor. A
threat targets the threatened act's target, else the subject of its if/unless condition.
Dropped candidates are logged at debug level and listed in doc.meta["events_dropped"] with a reason.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from itertools import product
from typing import Any

from ..cameo import intent_code, lookup, threat_code, yield_intent_code
from ..cameo import plover_type as lookup_type
from ..model import ArgRef, Doc, Event, Mention, TimeExpr
from ..pipeline import component
from ..settings import Settings
from .complements import (
    clause_targets,
    condition_targets,
    ultimatum,
)
from .custodians import IMPLICIT_AGENT
from .dedup import RECIPROCAL, dedup, target_required
from .demands import DEMAND_CAMEO, demand
from .dismissals import DISMISSAL, dismissal
from .event_roles import direct_roles, late_targets
from .fill import context_sources
from .implicit_targets import IMPLICIT, open_inquiry
from .joint import joint_pair
from .judgements import innocence, judgements, violations
from .lexicon import Entry, Lexicon, load
from .matching import best_entry
from .modality import Modality, attributed, attribution_nodes, country, modality
from .namings import namings
from .negated_acts import affirmed, negated_act
from .owners import own_role_nouns, relative_role_nouns
from .pledges import FUTURE_TO_AGREE, targetless
from .precision import (
    CARE,
    medical_care,
    medical_pairs,
    military_arrivals,
    precision_drop,
    protest_strikes,
    sector_pairs,
    verbal_attacks,
)
from .precision_frames import advice
from .purposes import PURPOSE_TYPES, protest_purpose, protest_stance
from .reactions import ANAPHOR_TAG
from .refusal import (
    GOVERNING,
    earlier_talks,
    head_types,
    refusal_head,
    summons_purpose,
)
from .repair import repair
from .roles import Roles, country_of
from .stances import stances
from .targets import MEMBERS, fronted_clause_subject, local_detainees, reciprocal
from .timing import event_date
from .udview import Node, Tree
from .unnamed import UNNAMED_RULES
from .verbal_nouns import VERBAL_NOUN, displaced, foreign_pairs, verbal_noun_entries
from .verbal_protest import verbal_protest
from .visits import hosting_sense

log = logging.getLogger(__name__)

LEADERSHIP_YIELD = "083"  # 'will resign', 'will step down': announced departures stay concessions (PLOVER-GSR RETREAT)
# PLOVER manual: announced future retreats are CONCEDE (one's own, active: AGREE 035x as PLOVER-GSR); future or
# hypothetical material conflict is THREATEN.
THREAT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# A negated agreement or promise ('will not accept', 'failed to reach an agreement') is a refusal (PLOVER REJECT).
REFUSAL_CAMEO = "120"
YIELD_REFUSAL_CAMEO = "124"  # 'will not meet the demands', 'will not withdraw': refuse to yield
ADVICE_CAMEO = "020"  # a warning to a private actor against a thing is advice (precision_frames.advice)
# Acts whose allegation ('concluded that X had used chlorine') accuses X.
ALLEGED = {"ASSAULT", "COERCE"}
ALLEGATION_CAMEO = "112"
# With a compound source and no target these types are mutual ("X and Y met / agreed / will cooperate").
MUTUAL = {"AGREE", "CONSULT", "COOPERATE"}


def _drop(dropped: list[dict[str, Any]], n: Node, rule: str, reason: str) -> None:
    """Record (and log) a trigger that codes no event, with the reason."""
    log.debug("no event at «%s» (sentence %d, %s): %s", n.tok.text, n.tok.sent, rule or "-", reason)
    dropped.append({"trigger": n.tok.text, "sentence": n.tok.sent, "rule": rule, "status": "dropped",
                    "reason": reason})


def arg(doc: Doc, m: Mention) -> ArgRef:
    """A role filler from an actor mention (an implied one, the home police behind 'was arrested', has no text)."""
    if m.rule == IMPLICIT_AGENT:
        return ArgRef(code=m.code, name=m.name, text="", span=None)
    return ArgRef(code=m.code, name=m.name, text=m.text, span=m.span)


class Events:
    """Finds lexicon triggers, fills their roles from the tree and codes them as PLOVER events."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        """Add doc.events (deduplicated) and doc.meta['events_dropped']."""
        lex = load(doc.lang or self.settings.default_lang)
        dropped: list[dict[str, Any]] = []
        if not (lex.verbs or lex.nouns) or not doc.tokens:
            doc.meta["events_dropped"] = dropped
            return doc
        tree = Tree(doc)
        repairs = repair(doc, tree, lex)  # implausible parses: mis-tagged verbs, broken coordinations
        repairs += own_role_nouns(doc, tree, lex)  # 'vyzvaly své občany': the subject's citizens
        repairs += relative_role_nouns(doc, tree, lex)  # 'Hamás, jehož bojovníci': Hamas's fighters
        if repairs:
            doc.meta["events_repairs"] = repairs
        roles = Roles(doc, tree, lex)
        found: list[Event] = []
        used: set[int] = set()
        # sentence by sentence, verbs first: their object nouns are used; earlier acts are known to later reactions
        for n in sorted(tree.nodes, key=lambda x: (x.tok.sent, x.upos == "NOUN")):
            if n.i not in used:
                roles.acts.extend((n.i, ev) for ev in self._at(doc, tree, roles, lex, n, dropped, used))
        found.extend(ev for _, ev in sorted(roles.acts, key=lambda a: tree[a[0]].upos == "NOUN"))  # dedup's order
        found.extend(judgements(roles, found, lambda e, n, s, t: self._event(doc, e, n, s, t, Modality(), "speaker")))
        found.extend(violations(roles, found, lambda e, n, s, t: self._event(doc, e, n, s, t, Modality(), "speaker")))
        found.extend(innocence(roles, found, lambda e, n, s, t: self._event(doc, e, n, s, t, Modality(), "denier")))
        found.extend(namings(roles, found, lambda e, n, s, t: self._event(doc, e, n, s, t, Modality(), "subject")))
        found.extend(stances(roles, found, lambda e, n, s, t, m: self._event(doc, e, n, s, t, m, "subject")))
        found = verbal_attacks(doc, tree, lex, military_arrivals(found))
        doc.events = dedup(protest_strikes(tree, lex, found), dropped)
        doc.meta["events_dropped"] = dropped
        return doc

    def _at(self, doc: Doc, tree: Tree, roles: Roles, lex: Lexicon, n: Node,
            dropped: list[dict[str, Any]], used: set[int]) -> list[Event]:
        """Events triggered at one token (the first matching entry wins)."""
        noun = n.upos == "NOUN"
        if not (noun or n.upos == "VERB" or (n.upos == "ADJ" and n.feat("VerbForm") == "Part") or (
                n.upos == "AUX" and n.deprel.split(":")[0] not in {"aux", "auxpass", "cop"})):
            return []  # a main 'be' ('Russia is behind the attack', 'is on alert'), not an auxiliary or copula
        if noun and n.head != n.i and GOVERNING & head_types(lex, tree, tree[n.head], n) \
                and not earlier_talks(tree, lex, n):  # 'After talks with Duda, Zelensky urged NATO to act'
            return []  # blocked, refused, demanded or threatened ('zablokovalo pomoc EU'): not an act that happened
        summons = summons_purpose(tree, lex, n)  # 'summoned the ambassador to protest': the summons is the protest
        if summons or refusal_head(tree, lex, n) is not None:  # recorded only where an entry fits, not every word
            held = best_entry(tree, roles, lex.entries(n.tok.lemma, n.tok.text, noun), n)
            if held is not None:
                _drop(dropped, n, held[0].id, "purpose of a summons: the summons codes it" if summons else
                      "complement of a refusal/threat/demand/invitation: not an act that happened")
            return []
        dem = demand(roles, lex, n) if n.upos == "VERB" or n.feat("VerbForm") == "Part" else None
        if dem is not None:  # 'X said that Y must ...': a demand, and the obliged act has not happened
            return self._demands(doc, tree, lex, n, dem)
        entries = lex.entries(n.tok.lemma, n.tok.text, noun) or (  # an actor noun ('the department') names no act
            verbal_noun_entries(tree, lex, n) if noun and roles.mention_at(n.i) is None else [])
        best = best_entry(tree, roles, entries, n)
        if best is None or (not noun and displaced(tree, roles, n, best[1])):
            return []  # 'announced the suspension of aid to X': the held verbal noun codes the act
        e, anchors = best
        if e.own_target and not roles.source_target(e, n.i, anchors)[1]:  # 'varoval před rozdělováním společnosti'
            e, anchors = best_entry(tree, roles, [x for x in entries if x is not e], n) or (e, anchors)  # plain sense
        e = hosting_sense(roles, n, e)  # 'přivítal Putina na letišti': a host's welcome, not praise
        if lookup_type(e.cameo) in PURPOSE_TYPES and protest_purpose(tree, roles, lex, n):
            _drop(dropped, n, e.id, "the demand states the purpose of a protest: part of that protest event")
            return []
        if lookup_type(e.cameo) == "REJECT" and protest_stance(tree, roles, lex, n):  # 'čímž se vzepřeli úřadům'
            _drop(dropped, n, e.id, "the defiance is the stance of a protest: part of that protest event")
            return []
        if advice(doc, tree, lex, n, e):  # 'varovali občany před kouřením': advice, a request of the warned
            e = replace(e, cameo=ADVICE_CAMEO)
        why = precision_drop(doc, tree, lex, n, e, anchors)
        if why:  # audit of unseen news: content of demands/accusations, quoted questions, names as objects
            _drop(dropped, n, e.id, why)
            return []
        out = self._code(doc, tree, roles, lex, e, n, anchors, dropped)
        if any(ev.source is not None for ev in out):  # a verb that codes nothing, or only with an unnamed agent,
            used.update(a for a in anchors if n.i not in roles.reactions or tree[a].upos != "VERB")  # leaves its
            # object noun free ('voiced Germany's support for X'); a reaction's conjoined verb keeps its own act
        return out

    def _code(self, doc: Doc, tree: Tree, roles: Roles, lex: Lexicon, e: Entry, n: Node,
              anchors: list[int], dropped: list[dict[str, Any]]) -> list[Event]:
        """Roles, modality, attribution and date for one matched entry; one event per source x target."""
        e, flipped, why = negated_act(tree, lex, e, n)  # 'will not tolerate X' threatens X
        if why:
            _drop(dropped, n, e.id, why)
            return []
        info = lookup(e.cameo)
        quote = roles.quotes.at((n.tok.start, n.tok.end))
        sources, targets = direct_roles(roles, lex, e, n, anchors, info)
        sources, targets, how = context_sources(roles, e, n, info, quote, sources, targets)
        if sources and info is not None and info.plover:
            targets = late_targets(roles, n, e, anchors, info.plover, sources, targets)
        if n.i in roles.reactions:
            how = ANAPHOR_TAG if how == "subject" else f"{how}+{ANAPHOR_TAG}"
        if info is None or info.plover is None or not sources:
            why = "no source actor" if info and info.plover else "statement code (not a PLOVER event)"
            _drop(dropped, n, e.id, why)
            return []
        if e.compound_cameo and not targets and len({country_of(m.code) for m in sources}) > 1:
            e = replace(e, cameo=e.compound_cameo, reciprocal=True)  # 'French and Egyptian warships held war games'
            info = lookup(e.cameo) or info
        if (vp := verbal_protest(lex, e, sources)) is not e:  # 'Kapsch protestoval proti tendru': a complaint
            e, info = vp, lookup(vp.cameo) or info
            targets = targets or fronted_clause_subject(roles, n.i, {m.head for m in sources}, set())
        mod = modality(tree, lex, n.i, e.future)
        mod = affirmed(mod) if flipped else mod
        if mod.unreal or (mod.hypothetical and not mod.future and info.plover not in THREAT_TYPES | {"THREATEN"}) \
                or any(c == "condition" or c.startswith("fear:") for c in mod.cues) \
                or (how.startswith("judging") and mod.negated):  # 'se nemýlí': a judgement denied, no accusation
            why = "a denied judgement" if how.startswith("judging") and mod.negated else "hypothetical"
            _drop(dropped, n, e.id, f"{why} ({', '.join(mod.cues)}): not said to happen")
            return []
        if mod.future and not mod.negated and info.plover != "THREATEN" and ultimatum(roles, n.i):
            e = replace(e, cameo=threat_code(e.cameo) if lookup_type(threat_code(e.cameo)) == "THREATEN" else "130")
            targets = targets or clause_targets(roles, n, sources, {country_of(m.code) for m in sources}) \
                or condition_targets(roles, n, sources)  # 'stáhne velvyslance, pokud Moskva nepropustí ...'
        each = all(t.rule == IMPLICIT for t in targets) and (reciprocal(roles, n) or (  # 'accused each other',
            info.plover in MUTUAL and joint_pair(roles, sources, e.cameo)))  # 'both authorities had a discussion'
        targets, e = ([], replace(e, id=f"{e.id}+{RECIPROCAL}")) if each else (targets, e)  # not the home counterpart
        if any(t.rule.endswith(MEMBERS) for t in targets):  # 'EU leaders met': the members, each other's partners
            e = replace(e, id=f"{e.id}+{RECIPROCAL}")
        mutual = each or (not e.one_way and (e.reciprocal or e.cameo.startswith("057") or (
            info.plover in MUTUAL and not e.cameo.startswith(("042", "043")))))  # a visit is not mutual
        pairs = [(s, s) for s in sources] if each and len(sources) == 1 else local_detainees(
            _pairs(e, sources, targets, mutual), info.plover)
        if e.mutual:  # 'X telephoned Y': Y talked with X too
            pairs += [(t, s) for s, t in pairs if t is not None and (t, s) not in pairs]
        if VERBAL_NOUN in e.id and not (pairs := foreign_pairs(tree, lex, n, pairs)):
            _drop(dropped, n, e.id, "a verbal noun codes only an act on another country's actor its phrase names")
            return []
        if medical_care(lex, tree, n, e.cameo, pairs):  # 'was examined by doctors': care given, not an investigation
            e, info = replace(e, cameo=CARE), lookup(CARE) or info
        if dismissal(roles, n, e.cameo, e.objects, pairs):  # 'was released by the Patriots': let go from a post
            e, info = replace(e, cameo=DISMISSAL), lookup(DISMISSAL) or info
        if not (pairs := medical_pairs(lex, e.cameo, pairs)):
            _drop(dropped, n, e.id, "medics examine a patient or take one over: no investigation or custody")
            return []
        if not (pairs := sector_pairs(e, pairs)):
            _drop(dropped, n, e.id, f"the entry's act is one only a {'/'.join(sorted(e.source_sectors))} source does")
            return []
        if target_required(e, info.plover, e.cameo) and not any(t for _, t in pairs) \
                and not targetless(roles, lex, e, info.plover, n, mod) \
                and not open_inquiry(roles, e, anchors, sources):
            _drop(dropped, n, e.id, "entry needs a target actor and none was found")
            return []
        subj_heads = [m.head for m in sources]
        att_nodes = attribution_nodes(tree, lex, n.i, subj_heads)
        att_actors = [m for a in att_nodes for m in roles.actors(a.i)]
        tx = event_date(tree, doc.timexes, n.i)
        out = []
        for src, tgt in pairs:
            ev = self._event(doc, e, n, src, tgt, mod, how, active=not roles.is_passive(n.i))
            att = attributed(att_actors, src.code)
            if att is not None:
                ev.attributed_to = arg(doc, att)
            elif quote is not None and quote.speaker and country(quote.speaker.code) != country(src.code):
                ev.attributed_to = quote.speaker
            if tx is not None:
                ev.date, ev.date_granularity = tx.value, tx.granularity
            out.append(ev)
        if info.plover in ALLEGED and not (mod.future or mod.hypothetical or mod.negated):
            out.extend(self._allegations(doc, roles, n, sources, tx))
        return out

    def _allegations(self, doc: Doc, roles: Roles, n: Node, sources: list[Mention], tx: TimeExpr | None
                     ) -> list[Event]:
        """'The US concluded that the Syrian government had used chlorine': whoever alleges or concludes an act
        of conflict accuses its perpetrator (ACCUSE 112; grammar key allegation_verbs)."""
        tree, verbs = roles.tree, roles.lex.words("allegation_verbs")
        clause = _chain_top(tree, n)
        if not verbs or clause.head == clause.i:
            return []
        verb = tree[clause.head]
        if clause.deprel == "acl" and verb.upos == "NOUN" and verb.head != verb.i and tree.children(clause.i, "mark"):
            verb = tree[verb.head]  # cs 'dospěly k závěru, že X použila chlor': the clause hangs on the noun
        elif clause.deprel != "ccomp":
            return []
        if verb.lemma not in verbs:
            return []
        accusers = [m for k in tree.children(verb.i, "nsubj") for m in roles.actors(k.i)
                    if not (m.code or "").endswith("MED")]
        e = Entry(lemma=verb.lemma, cameo=ALLEGATION_CAMEO, id=f"{roles.lex.lang}-allegation")
        out = []
        for a, s in product(accusers, sources):
            if country_of(a.code) != country_of(s.code):
                ev = self._event(doc, e, verb, a, s, Modality(), "subject")
                if tx is not None:
                    ev.date, ev.date_granularity = tx.value, tx.granularity
                out.append(ev)
        return out

    def _demands(self, doc: Doc, tree: Tree, lex: Lexicon, n: Node,
                 dem: tuple[list[Mention], list[Mention]]) -> list[Event]:
        """REQUEST events for a reported obligation, one per reporter x obliged actor."""
        e = Entry(lemma=n.lemma, cameo=DEMAND_CAMEO, id=f"{lex.lang}-reported-obligation")
        tx = event_date(tree, doc.timexes, n.i)
        out = []
        for src, tgt in product(*dem):
            ev = self._event(doc, e, n, src, tgt, Modality(), "subject")
            if tx is not None:
                ev.date, ev.date_granularity = tx.value, tx.granularity
            out.append(ev)
        return out

    def _event(self, doc: Doc, e: Entry, n: Node, src: Mention, tgt: Mention | None, mod: Modality,
               how: str, active: bool = False) -> Event:
        """Build one Event (future cooperation becomes AGREE, PLOVER rule 2; so does a concession or retreat the source
        announces in the active voice, 'Turkey will allow refugees to return', not 'he will be acquitted')."""
        code = e.cameo
        info = lookup(code)
        assert info is not None and info.plover is not None
        intended = any(c.startswith(("future:intent", "future:governor")) for c in mod.cues)
        if mod.future and info.plover in FUTURE_TO_AGREE:
            code = intent_code(code)
        elif (intended or (mod.future and active and not mod.negated and not code.startswith(LEADERSHIP_YIELD))) \
                and info.plover in {"RETREAT", "CONCEDE"}:  # 'offered to lift sanctions', 'X will release them'
            code = yield_intent_code(code)  # (PLOVER-GSR gold: 'will release', 'will evacuate' are AGREE)
        elif mod.future and info.plover == "RETREAT":  # 'they will be freed': an announced retreat
            code = "080"
        elif (mod.future or mod.hypothetical) and not mod.negated and info.plover in THREAT_TYPES:
            code = threat_code(code)
        if mod.negated and lookup_type(code) == "AGREE":  # 'will not accept refugees', 'failed to agree'
            code, mod = REFUSAL_CAMEO, replace(mod, negated=False, cues=[*mod.cues, "refusal"])
        elif mod.negated and mod.future and lookup_type(code) in {"CONCEDE", "RETREAT"}:  # 'will not withdraw'
            code, mod = YIELD_REFUSAL_CAMEO, replace(mod, negated=False, cues=[*mod.cues, "refusal"])
        info = lookup(code) or info
        implicit = tgt is not None and tgt.rule == IMPLICIT
        toks = [n.tok.start, n.tok.end, *src.span, *(tgt.span if tgt and not implicit else ())]
        sent = doc.sentences[n.tok.sent]
        lo, hi = max(min(toks), sent.char_start), min(max(toks), sent.char_end)
        return Event(
            type=str(info.plover), mode=info.mode, cameo=code, goldstein=info.goldstein, quad_class=info.quad_class,
            source=None if src.rule in UNNAMED_RULES else arg(doc, src),
            target=(ArgRef(tgt.code, tgt.name, "", None) if implicit else arg(doc, tgt))
            if tgt else None,
            trigger=doc.text[n.tok.start:n.tok.end], span=(lo, hi), sentence=n.tok.sent,
            negated=mod.negated, future=mod.future, hypothetical=mod.hypothetical,
            rule=e.id if how == "subject" else f"{e.id}+{how}")


def _chain_top(tree: Tree, n: Node) -> Node:
    """The clause head above a trigger's xcomp/conj chain ('had used' -> itself; 'to attack' -> its governor)."""
    while n.deprel in {"xcomp", "conj"} and n.head != n.i:
        n = tree[n.head]
    return n


def _pairs(e: Entry, sources: list[Mention], targets: list[Mention], mutual: bool
           ) -> list[tuple[Mention, Mention | None]]:
    """Source x target pairs; a mutual (reciprocal) trigger pairs compound sources with each other."""
    if not targets and mutual and len(sources) > 1:
        return [(a, b) for a, b in product(sources, sources) if a is not b]
    if not targets:
        return [(s, None) for s in sources]
    return [(s, t) for s, t in product(sources, targets) if s is not t]


@component("events", requires=("tokens", "mentions", "timexes", "quotes"), provides=("events",))
def make_events(settings: Settings) -> Events:
    """Factory for the events component."""
    return Events(settings)
