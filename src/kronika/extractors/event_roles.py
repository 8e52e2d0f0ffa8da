"""An event's roles from the trigger's own dependents and, once its sources are known, its later targets."""

from __future__ import annotations

from ..cameo import CameoCode
from ..model import Mention
from .appeals import decision_maker
from .claims import claimants
from .complements import (
    causative,
    complement_targets,
    condition_targets,
    deadline_targets,
    light_verb_agent,
    participle_receiver,
    place_targets,
)
from .domestic import domestic_force, domestic_measure, foreign_in_sentence, measure_state, owned_object, protest_ended
from .fill import refilled_targets
from .implicit_targets import domestic_counterpart, home_government, home_population
from .lexicon import Entry, Lexicon
from .measures import harmed_party
from .origins import origin_targets
from .passive_pronouns import passive_patient
from .patients import PATIENT_TYPES, patient_roles
from .perpetrators import perpetrators
from .precision import negated_verb
from .purposes import purpose_targets
from .reactions import act_actors
from .refusal import answered_request, refused_request_owner, refused_targets
from .relatives import shared_targets
from .roles import Roles, country_of
from .targets import member_meeting, partner_phrase
from .udview import Node
from .visits import VISIT_CAMEOS, visit_roles

# Types whose target may sit in the complement clause ('threatened to shell X', 'promised aid to X') or in a
# from/to/with phrase of the retreat itself ('willing to withdraw its troops from X').
COMPLEMENT_TARGET = {"THREATEN", "REJECT", "REQUEST", "AGREE", "RETREAT", "CONCEDE"}
DEADLINE_CAMEO = "139"  # an ultimatum or deadline set for someone
# Types whose target may be the foreign country the act takes place in ('bombs in Kabul', 'assistance in Afghanistan').
PLACE_TARGET = {"ASSAULT", "AID"}
TRADE = "061"  # economic cooperation: sales, contracts, investment
MEETING_CAMEOS = ("040", "046")  # meetings and talks (not visits, mediation or telephone calls)


def direct_roles(roles: Roles, lex: Lexicon, e: Entry, n: Node, anchors: list[int], info: CameoCode | None
                 ) -> tuple[list[Mention], list[Mention]]:
    """Source and target from the trigger's own dependents (role specs), a light verb's agent, a causer
    ('nechala Sýrii bombardovat'), the target of a threatened or refused act and the purpose of a protest."""
    tree, plover = roles.tree, info.plover if info is not None else None
    if plover == "REJECT" and not e.noun and (asked := answered_request(tree, roles, lex, n))[0]:
        return asked  # 'asked X to resign, but X refused': X rejects the request
    sources, targets = roles.source_target(e, n.i, anchors)
    if e.cameo.startswith(VISIT_CAMEOS):  # 'návštěva Moskvy' is Russia's, 'návštěva Putina' Putin's
        sources, targets = visit_roles(roles, e, n, anchors, sources, targets)
    if e.noun and sources:  # 'přispěchali s kritikou vlády': the light verb's subject criticises the government
        sources, targets = light_verb_agent(roles, n.i, sources, targets)
    if e.noun and plover in PATIENT_TYPES:  # 'officers were under investigation': the subject suffers it
        sources, targets = patient_roles(roles, n.i, sources, targets)
    if not sources and not e.noun and plover in {"ASSAULT", "COERCE", "SANCTION"}:
        caused = causative(roles, n.i)  # 'nechala Sýrii bombardovat': the causer bombed Syria
        if caused[0]:
            sources, targets = caused
    if not targets and not (e.noun or e.swap):  # 'Police detained X. He was released': X
        targets = passive_patient(roles, n.i)
    elif not targets and e.swap and not e.noun:  # 'Russia annexed Crimea, drawing condemnation from the West'
        targets = participle_receiver(roles, n, sources)
    if plover == "AID":  # 'protect the border with Belarus': the other side, not the one helped
        targets = [m for m in targets if not partner_phrase(tree, lex.words("comitative_preps"), n.i, m)]
    if plover == "THREATEN":  # the threat's target is the threatened act's target
        targets = refused_targets(tree, roles, lex, n) or targets
    elif not targets and info is not None and e.cameo.startswith("12"):
        targets = refused_targets(tree, roles, lex, n) or refused_request_owner(tree, roles, lex, n)
    if not targets and plover == "PROTEST":
        targets = purpose_targets(tree, roles, lex, n, anchors)
    return sources, targets


def late_targets(roles: Roles, n: Node, e: Entry, anchors: list[int], plover: str, sources: list[Mention],
                 targets: list[Mention]) -> list[Mention]:
    """Targets found once the sources are known: in the complement clause, the attacked place, the protesters'
    own government, the subject of a threat's condition, a state's own population; no reporters as partners of
    a consultation. A target read before its source was found (a quote's speaker, an antecedent) is no target when
    it is that source again ('„Vyzývám vládu …,“ řekl hejtman': two organs of one state, as the direct roles
    exclude them), and the home counterpart may stand for it."""
    targets = refilled_targets(roles, e, n, anchors, sources, targets)
    if not targets and not (e.noun or e.swap):  # 'darovali a doručili fakultě zboží': shared by the later verb
        targets = shared_targets(roles, n, e.target, anchors, sources)  # 'nezískal od X peníze, které chtěl'
    partners = e.reciprocal and len({country_of(m.code) for m in sources}) > 1  # 'X a Y se dohodly, že ...'
    if not targets and plover in COMPLEMENT_TARGET and not partners:  # partners agree with each other
        targets = complement_targets(roles, n.i, sources)  # 'threatened to shell X', 'promised aid to X'
    if plover == "CONSULT":  # talking to reporters is a statement, not a consultation
        targets = [t for t in targets if not (t.code or "").endswith("MED")]
        if not targets and e.cameo.startswith(MEETING_CAMEOS) and (e.reciprocal or e.noun):
            targets = member_meeting(roles, n, sources)  # 'EU leaders met in Brussels': among the members
    if not targets and plover in PLACE_TARGET and not (plover == "AID" and owned_object(roles, n)):
        targets = place_targets(roles, n.i, anchors, sources)  # 'exploded bombs in Kabul', 'provides aid in X'
    if not targets and e.cameo.startswith(TRADE):  # 'sold two machines in France': the buyer's state (not a city)
        targets = place_targets(roles, n.i, anchors, sources, cities=False)
    if not targets and (plover == "PROTEST" or protest_ended(roles, e, anchors)) \
            and not foreign_in_sentence(roles, n, sources):
        home = (roles.doc.meta.get("home_country") or {}).get("clear")
        targets = home_government(sources, home)  # a domestic protest or its end: the protesters' own government
    if not targets and plover == "REQUEST":
        targets = roles.office_targets(n.i, anchors, sources)  # 'sought help at the Czech consulate'
    if not targets and plover == "THREATEN":
        targets = condition_targets(roles, n, sources)  # 'threatened to strike unless Israel rescinded ...'
    if not targets and plover == "SANCTION":
        targets = origin_targets(roles, n, anchors, sources)  # 'duties on brandy imported from the EU'
    if not targets and e.noun:
        targets = harmed_party(roles, n, sources)  # 'Iran's economy has been crippled by American sanctions'
    if not targets and e.objects and e.cameo == DEADLINE_CAMEO:
        targets = deadline_targets(roles, n, e.objects, sources)  # 'poslední termín, do kterého má Londýn ...'
    if not targets and plover == "ACCUSE":
        targets = perpetrators(roles, n, anchors, sources)  # 'vyšetřuje podvody, kterých se dopustil ministr'
    if not targets and plover in {"REJECT", "ACCUSE"}:
        targets = decision_maker(roles, n, sources)  # 'se proti rozsudku odvolal': the court that gave the verdict
    if not targets and plover in {"REJECT", "ACCUSE"}:
        targets = claimants(roles, n, sources)  # 'He claimed ... . The PM called the claims nonsense': the claimant
    if not targets:
        targets = act_actors(roles, n, plover, sources, e.cameo)  # 'Tehran condemned the move': the act's actor
    measure = domestic_measure(roles, e, n)
    targets = targets or measure_state(roles, e, n, anchors, sources, measure)  # 'vyhlásila na Haiti stav obležení'
    if not targets and (measure or domestic_force(plover, sources)) and not partners \
            and not foreign_in_sentence(roles, n, sources, causes=measure):  # 'clashes between X and Y': each other
        targets = home_population(sources)  # 'imposed a curfew', 'police opened fire on demonstrators'
    named = e.named_target and not negated_verb(roles.tree, roles.lex, n)  # 'nepodepsal zákon': a veto of the home
    if not targets and not (named or e.no_counterpart):  # 'banks refuse to raise loans': domestic
        targets = domestic_counterpart(roles, n.i, e.cameo, sources)
    return targets
