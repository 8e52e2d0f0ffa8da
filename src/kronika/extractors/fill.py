"""Sources from the context (issue 4): who did it when the trigger's own subject or agent names no actor.

The strategies run in order and the first that finds an actor wins; each names itself in the event's rule:
light-verb ('přispěchali s kritikou'), partner-clause ('při jednáních s X uvízly', by-agents of passives),
possessor-pronoun ('defended its crackdown'), quote-speaker ('"we will support X," the ministry said'),
judging-speaker ('X said that Y lied'), antecedents and shared subjects (reported_or_inherited), the agent of an
operation or appeal passive, the reporting party of a passive agreement (party-reporter: "X said a deal with Y
had been signed"), a person in custody, and the implicit agent of an agentless passive ('was arrested').
"""

from __future__ import annotations

from ..cameo import CameoCode
from ..model import Mention, Quote
from .complements import (
    STRIKE_TYPES,
    appeal_agent,
    custody_charge,
    light_verb_source,
    operation_agent,
    partner_clause_source,
    possessor_source,
    protest_phrase_source,
    shared_passive_agent,
    strike_adjunct_source,
)
from .conduct import conduct_targets
from .custodians import custody_holder
from .dedup import one_actor
from .holders import convict_source, culprit_source
from .lexicon import Entry, fold
from .manner import manner_partner_source
from .measures import measure_clause, measure_reporter
from .parties import PARTY_REPORTER, deal_reporter, party_reporter
from .protest_scene import protest_scene_source
from .roles import Roles, country_of
from .sources import (
    crime_nouns,
    custody_of_unnamed,
    implicit_agent,
    judging_source,
    member_source,
    quote_speaker,
    reported_or_inherited,
    speaker_as_source,
)
from .udview import Node
from .unnamed import RECEIVED, UNNAMED, received_charge, target_holder, unnamed

# A noun of talks, cooperation or dispute with a named partner is held by its clause's subject (events.MUTUAL; 'is
# involved in a dispute with the Commission').
PARTNER_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "ACCUSE", "REJECT"})
# A noun of cooperation in a manner phrase ('in cooperation with X') is held by its clause's actor (manner.py).
MANNER_TYPES = frozenset({"COOPERATE"})
# A noun of criticism, threat or attack under 'terč' / 'target' targets the predicate's subject (targeted_subjects).
TARGETED = RECEIVED | {"ASSAULT"}


def context_sources(roles: Roles, e: Entry, n: Node, info: CameoCode | None, quote: Quote | None,
                    sources: list[Mention], targets: list[Mention]) -> tuple[list[Mention], list[Mention], str]:
    """Sources (and, for custody, targets) from the context when the trigger's own roles named none; the rule."""
    plover = info.plover if info is not None else None
    if e.noun and not targets and plover in TARGETED and (holder := target_holder(roles, n)) is not None:
        subj = roles.tree.children(holder.i, "nsubj")  # 'Rusko se stalo terčem kritiky / ruských útoků', 'Byla
        targets = [m for k in subj for m in roles.actors(k.i)] if subj else reported_or_inherited(roles, holder.i)[0]
        if targets and not sources and plover in RECEIVED:  # terčem kritiky' (she, of the sentence before)
            return [unnamed(n)], targets, UNNAMED  # 'se stal terčem kritiky': the critics unnamed
    if sources:
        return sources, targets, "subject"
    how = "subject"
    if e.noun and not targets:
        thanked, thanker = thanked_for(roles, n, quote)
        if thanked:
            return thanked, thanker, "thanked-for"
    if plover == "ASSAULT" and (kept := custody_holder(roles, n))[0]:  # 'mučení ve vazbě izraelské policie'
        return kept[0], targets or kept[1], "custody-holder"
    if e.noun and plover == "ACCUSE":  # 'arrested X on charges of espionage': the custodian accuses X
        held, charged = custody_charge(roles, n.i)
        if held:
            return held, targets or charged, "custody-charge"
    if e.noun:
        sources, how = _noun_sources(roles, n, e, plover, quote, bool(targets))
    else:
        sources, how = _verb_sources(roles, n, e, plover, quote)
    if not sources:  # 'X said a deal with Y had been signed / the deal with Y was final': X's agreement with Y
        sources, named = deal_reporter(roles, n, e.cameo, quote) if e.noun else \
            party_reporter(roles, n, e.cameo, info, quote)
        targets, how = (named, PARTY_REPORTER) if sources else (targets, how)
    if not sources and measure_clause(roles.tree, roles.lex, n) is not None:  # 'X said the sanctions on Y will
        speaker = quote_speaker(roles.doc, n, quote)[0]  # remain': the reporter imposes them
        sources, named = measure_reporter(roles, n, speaker, targets)
        targets, how = (named, "measure-reporter") if sources else (targets, how)
    if not sources and not targets:  # 'They were released', 'Všichni byli propuštěni': a home person in custody
        sources, targets, how = custody_of_unnamed(roles, n, e)
    if not targets and received_charge(roles, n, e, info):  # 'Nyní čelí obvinění z vraždy': the dropped subject
        targets = reported_or_inherited(roles, n.i)[0]
    if not sources and targets:  # 'jsou obviněni', 'was arrested': the text names no agent (gold source '-')
        sources, how = implicit_agent(roles, n, e, info, targets)
    return sources, targets, how


def _verb_sources(roles: Roles, n: Node, e: Entry, plover: str | None, quote: Quote | None
                  ) -> tuple[list[Mention], str]:
    """A verb trigger's source from its quote's speaker, a member, a judging reporter, an instrument or the context."""
    sources: list[Mention] = []
    how = "subject"
    if not e.swap:
        sources, how = speaker_as_source(roles.doc, roles.tree, n, quote)
        if not sources:  # '"Our agronomists will work with farmers," the company said'
            sources, how = member_source(roles, n, quote)
    if not sources and e.swap and not e.passive_source and plover == "ACCUSE":
        sources, how = judging_source(roles, n, quote)  # 'X said that Y lied': X accuses Y
    if sources or e.swap:
        return sources, how
    passive = roles.is_passive(n.i)
    if not passive and plover == "ASSAULT":
        sources, how = instrument_agent(roles, n.i), "instrument-agent"
    if not sources and not passive:
        return reported_or_inherited(roles, n.i)
    if not sources:
        sources, how = operation_agent(roles, n.i), "operation-agent"
        if not sources:  # 'byli zadrženi policií, biti a mučeni': the agent of the passive it is conjoined to
            sources, how = shared_passive_agent(roles, n.i), "shared-passive-agent"
        if not sources and plover == "REQUEST":  # 'is urged to call police'
            sources, how = appeal_agent(roles, n.i), "appeal-passive"
    return sources, how


def _noun_sources(roles: Roles, n: Node, e: Entry, plover: str | None, quote: Quote | None, named: bool
                  ) -> tuple[list[Mention], str]:
    """The holder of a noun trigger: a light verb's subject, the subject (or by-agent) of the clause a noun of talks
    stands in, or the quote's speaker when that clause is in the first person ('„Budeme to zjišťovat ve spolupráci
    s hasiči,“ uvedla mluvčí policie'), the antecedent of a possessive pronoun."""
    preps = roles.tree.case_words(n.i) if plover in STRIKE_TYPES else set()
    adjunct = bool(preps & roles.lex.words("strike_adjunct_preps"))
    earlier = bool(preps & roles.lex.words("strike_time_preps"))  # 'after the attacks': an earlier act, not held
    found = convict_source(roles, n) if plover == "ASSAULT" else []
    if found:  # 'odsouzen za vraždu manželky', 'soud ho poslal na doživotí za vraždu': the one sentenced did it
        return found, "convict"
    found = culprit_source(roles, n) if plover == "ASSAULT" else []
    if found:  # 'was found guilty of the murder of his wife', 'responsible for the killings of activists'
        return found, "culprit"
    held = not (adjunct or earlier or _reported_crime(roles, n))
    found = light_verb_source(roles, n.i, "nsubj" in e.source) if held else []
    if found:  # an attack in a circumstance adjunct is the subject's only when its verb is violent (strike-adjunct)
        return found, "light-verb"
    found = protest_phrase_source(roles, n.i) if plover == "PROTEST" else []
    if found:
        return found, "protest-phrase"
    found = protest_scene_source(roles, n, []) if plover == "PROTEST" else []
    if found:  # 'A memorial march was held in Mexico City': the people of the place
        return found, "protest-scene"
    found = strike_adjunct_source(roles, n.i) if plover in STRIKE_TYPES else []
    if found:
        return found, "strike-adjunct"
    if plover == "ACCUSE" and _agent_noun(roles, n, named):
        return [roles.by_token[n.i]], "agent-noun"
    if plover in PARTNER_TYPES:
        found = partner_clause_source(roles, n.i)  # 'při jednáních s X uvízly'
        if found:
            return found, "partner-clause"
        if n.deprel.split(":")[0] == "obl" and n.head != n.i:
            found, how = speaker_as_source(roles.doc, roles.tree, roles.tree[n.head], quote)
            if found:
                return found, f"partner-clause+{how}"
    if plover in MANNER_TYPES:
        found, how = manner_partner_source(roles, n)  # 'pověřil podřízené, aby ve spolupráci s X pracovali'
        if found:
            return found, how
    tree = roles.tree
    if "nsubj" in e.source and tree.children(n.i, "cop") and not tree.children(n.i, "nsubj"):
        found, how = reported_or_inherited(roles, n.i)  # a predicate noun with a dropped subject: 'řekl, že byl
        if found:  # v kontaktu s vrahem' (the speaker was in contact)
            return found, f"predicate-noun+{how}"
    found, how = _first_person_holder(roles, n, quote)
    if found:  # '„Moje výzvy ... nepřestanou,“ napsal X': the speaker's own calls
        return found, f"first-person-possessor+{how}"
    return possessor_source(roles, n.i), "possessor-pronoun"  # 'defended its crackdown on X'


def _first_person_holder(roles: Roles, n: Node, quote: Quote | None) -> tuple[list[Mention], str]:
    """A noun trigger a first-person possessive holds inside a quote ('„Moje výzvy, aby lidé povstali, nepřestanou,“
    napsal Rainsy', '„Naše výzva vládě platí,“ uvedl předseda') is the act of the quote's speaker."""
    if quote is None or not any(k.feat("Poss") == "Yes" and k.feat("Person") == "1" and k.feat("PronType") == "Prs"
                                for k in roles.tree.children(n.i)):
        return [], ""
    return quote_speaker(roles.doc, n, quote)


def _reported_crime(roles: Roles, n: Node) -> bool:
    """'The army confirmed the killing of a teenager', 'policie potvrdila vraždu ženy': a noun of violent crime
    (sources.json violent_crime_nouns) held by a light verb of reporting (grammar key crime_report_verbs) is
    reported, not done, by that verb's subject."""
    if n.lemma.lower() not in crime_nouns(roles.lex.lang or "") or n.head == n.i:
        return False
    return roles.tree[n.head].lemma in roles.lex.words("crime_report_verbs")


def _agent_noun(roles: Roles, n: Node, named: bool) -> bool:
    """'Critics of the government say ...', 'Critics say he remains inseparable from the crimes': a noun of criticism
    that is itself a resolved actor is its own source when it names its target or reports (grammar key report_verbs)
    what it criticises; not 'the opposition' (a party, another type), not 'film critics praised the film'."""
    own = roles.mention_at(n.i)
    if own is None or own.head != n.i:
        return False
    head = roles.tree[n.head]
    return named or (n.deprel == "nsubj" and head.lemma in roles.lex.words("report_verbs"))


def thanked_for(roles: Roles, n: Node, quote: Quote | None) -> tuple[list[Mention], list[Mention]]:
    """'Ministerstvo poděkovalo Německu za podporu', 'thanked Germany for its help': the help or support one is
    thanked for (grammar keys thanks_verbs, thanks_preps) is the thanked party's, given to the one who thanks."""
    tree = roles.tree
    if n.deprel.split(":")[0] not in {"obl", "nmod"} or n.head == n.i \
            or not tree.case_words(n.i) & roles.lex.words("thanks_preps"):
        return [], []
    verb, under = tree[n.head], None
    if n.deprel.split(":")[0] == "nmod" and verb.head != verb.i and not tree.has_case(verb.i):
        verb, under = tree[verb.head], verb  # 'poděkoval armádě za pomoc': the phrase hung on the thanked party
    if verb.lemma not in roles.lex.words("thanks_verbs") or (under is None) != (n.deprel.split(":")[0] == "obl"):
        return [], []
    thanked = [m for k in ([under] if under else tree.children(verb.i, "obj", "iobj", "obl"))
               if k.i != n.i and not tree.has_case(k.i) for m in roles.actors(k.i)]
    thanker = [m for k in tree.children(verb.i, "nsubj") for m in roles.actors(k.i)]
    if not thanker:
        thanker = speaker_as_source(roles.doc, tree, verb, quote)[0]  # 'Za podporu děkujeme X,' řekl starosta
    return (thanked, thanker) if thanked and thanker else ([], [])


def instrument_agent(roles: Roles, trigger: int) -> list[Mention]:
    """'The missiles fired by the Israeli military struck a depot', 'A car bomb planted by the Taliban killed ...':
    a weapon subject (grammar key instrument_nouns) names its user as the agent of the participle that modifies
    it (a by-phrase, grammar key agent_preps, or an agent case: 'střely vypálené izraelskou armádou')."""
    tree, by = roles.tree, roles.lex.words("agent_preps")
    cases = set(roles.lex.grammar.get("agent_cases", []))
    for s in tree.children(trigger, "nsubj"):
        if fold(s.lemma) not in roles.instruments:
            continue
        for a in tree.children(s.i, "acl", "amod"):
            agents = [k for k in tree.children(a.i, "obl:agent", "obl", "obl:arg") if k.deprel == "obl:agent"
                      or tree.case_words(k.i) & by or (not tree.has_case(k.i) and k.feat("Case") in cases)]
            found = [m for k in agents for m in roles.actors(k.i)]
            if found:
                return found
    return []


def refilled_targets(roles: Roles, e: Entry, n: Node, anchors: list[int], sources: list[Mention],
                     targets: list[Mention]) -> list[Mention]:
    """The targets that are not the sources again; when a source found only from the context ('Russia said it had
    expelled diplomats from Poland': 'it') was the one target read ('diplomats', Russia's own), the entry's target
    slots are read again with the source's state to avoid, as they are when the subject is named."""
    targets = conduct_targets(roles, e, n, targets)  # 'condemned the aggression of Russia against Ukraine': Russia
    kept = [t for t in targets if not any(one_actor(t, s) for s in sources)]
    if kept or not targets or e.swap or e.noun or roles.is_passive(n.i):
        return kept
    taken = {m.head for m in sources} | {t.head for t in targets}
    avoid = {country_of(m.code) for m in sources}
    return [m for m in roles.fill(e.target, n.i, anchors, exclude=taken, avoid=avoid) if _own_argument(roles, m, n)]


def _own_argument(roles: Roles, m: Mention, n: Node) -> bool:
    """Is the mention an argument of the trigger itself (or a conjunct of one), not a phrase deeper in the clause?"""
    top = roles.tree[m.head]
    while top.deprel == "conj" and top.head != top.i:
        top = roles.tree[top.head]
    return top.head == n.i and top.i != n.i
