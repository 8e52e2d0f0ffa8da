"""Unnamed agents: the agent of a passive accusation, rejection, offer, aid, summons or dismissal, or of a charge
received, that the text does not name ('byl obviněn', 'faced criticism', 'was sacked'): the event keeps its target and
gets no source."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..cameo import CameoCode
from ..cameo import plover_type as lookup_type
from ..langpack import has_file, load_json
from ..model import Mention
from .dismissals import UNNAMED_EMPLOYER, office_release
from .lexicon import Entry
from .precision_frames import words as precision_words
from .roles import Roles
from .udview import Node

AGENTLESS = {"ACCUSE", "REJECT"}
GIVEN = {"AGREE", "AID"}  # 'The family has been offered compensation', 'Ukrajině byla poskytnuta pomoc'
RECEIVED = {"ACCUSE", "THREATEN"}  # a charge or a threat received from someone unnamed ('obdržela výhrůžky smrtí')
SUMMONS_CAMEO = "020"
SUMMONED = "REQUEST"  # 'Police were called to the scene', 'byli přivoláni hasiči': a summons entry (one whose object
# noun names the service or the scene), the caller unnamed (the wmt-dev6 gold: '-' -> the ones called)
UNNAMED = "unnamed-agent"
UNNAMED_RULES = frozenset({UNNAMED, UNNAMED_EMPLOYER})  # placeholders of an agent the event gets no source for
DISMISSAL_CAMEO = "172"  # administrative sanctions; with a dismissal verb, removal from a post
DISMISSED = {"PER", "GRP"}  # persons lose posts; 'the case was dismissed' or a state does not
MEETING_INTENT = "036"  # 'Asian ministers were invited': who invites is the context's, as who asks


def unnamed_agent(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]
                  ) -> list[Mention]:
    """The unnamed agent of a passive verb trigger of an AGENTLESS type, of an offer or aid given (GIVEN), or of a
    dismissal (unnamed_employer), with a target actor (a placeholder: the event gets no source); also of an
    accusation received (a swapped entry with an object noun: 'čelí obvinění z vraždy', 'faced criticism', 'received
    death threats') whose accuser the text does not name."""
    employer = unnamed_employer(roles, n, e, info, targets)
    if employer:
        return employer  # 'was sacked': a COERCE 172 dismissal, not of the AGENTLESS types
    received = received_charge(roles, n, e, info)
    types = AGENTLESS | GIVEN | (RECEIVED if received else set())  # a threat only as received ('obdržela výhrůžky')
    types |= {SUMMONED} if e.objects and e.cameo == SUMMONS_CAMEO else set()  # not 'Germany was asked to deliver
    # tanks' (who asked is context), nor a PETRARCH object code ('meetings were organised', 026)
    if e.noun or (e.swap and not received) or info is None or info.plover not in types or not targets \
            or not (received or roles.is_passive(n.i)):
        return []
    if info.plover in GIVEN and (e.future or e.cameo.startswith(MEETING_INTENT)
                                 or not any(_recipient(roles, m, n) for m in targets)):
        return []  # a promise's or an invitation's maker is the context's ('starostům je slibováno', 'were invited');
        # 'byl schválen odprodej amerických fregat': an owner of the thing given, no recipient
    if court_act(roles, e):
        return []  # 'byl odsouzen', 'byl mu udělen trest': a court's act, its agent is known, not unnamed
    if info.plover == "REJECT" and not received and roles.tree.children(n.i, "obj", "dobj"):
        return []  # 'Liu Xiaobo, who was denied cancer treatment': a thing withheld from the subject by the context's
        # authority (the wmt-dev2 gold: the state), not a claim or a request the subject saw rejected by someone unnamed
    if agent_phrase(roles, n):
        return []  # 'accused of misusing funds …, by government officials': named, the parser hung it elsewhere
    return [unnamed(n)]


def received_charge(roles: Roles, n: Node, e: Entry, info: CameoCode | None) -> bool:
    """A swapped accusation or threat entry whose trigger holds a noun of criticism, a charge, an inquiry or a threat
    received (grammar key received_charges: 'čelí obvinění', 'faced a backlash', 'received death threats'; not
    'faced a battle')."""
    words = roles.lex.words("received_charges")
    return e.swap and not e.noun and info is not None and info.plover in RECEIVED \
        and any(k.lemma.lower() in words for k in roles.tree.children(n.i))


def _recipient(roles: Roles, m: Mention, n: Node) -> bool:
    """Is a target the recipient of a passive offer or aid: its subject ('The family has been offered
    compensation') or a bare dative on the verb ('Rodině byla nabídnuta kompenzace')?"""
    k = roles.tree[m.head]
    return k.head == n.i and (k.deprel.startswith("nsubj") or k.deprel == "iobj" or (
        k.feat("Case") == "Dat" and not roles.tree.has_case(k.i)))


def court_act(roles: Roles, e: Entry) -> bool:
    """A court's act (grammar key institutional_passives: 'byl odsouzen', 'was sentenced') whose agent is known even
    unnamed; not a charge (charge_passives: 'byl obviněn', 'was charged'), which may stay with an unnamed accuser."""
    return e.lemma in roles.lex.words("institutional_passives") and e.lemma not in roles.lex.words("charge_passives")


def agent_phrase(roles: Roles, n: Node) -> bool:
    """Does the trigger's sentence name an agent anywhere: an actor in an obl:agent or in a phrase with one of the
    grammar's agent_preps, or a bare oblique in one of its agent_cases that is an actor or animate ('obtěžování
    dvěma ženami', 'vyšetřena lékaři'; not an instrument 'polenem')?"""
    tree, sent = roles.tree, roles.doc.sentences[n.tok.sent]
    preps, cases = roles.lex.words("agent_preps"), set(roles.lex.grammar.get("agent_cases", []))
    for k in tree.nodes[sent.start:sent.end]:
        base = k.deprel.split(":")[0]
        bare = base in {"obl", "nmod"} and not tree.has_case(k.i) and k.feat("Case") in cases
        if bare and k.feat("Animacy") == "Anim":
            return True
        if (bare or k.deprel == "obl:agent" or (base in {"obl", "nmod"} and tree.case_words(k.i) & preps)) \
                and roles.actors(k.i):
            return True
    return False


def target_holder(roles: Roles, n: Node) -> Node | None:
    """'Rusko se stalo terčem kritiky', 'Ministryně byla terčem kritiky', 'became the target of criticism': the
    predicate whose subject a noun trigger under a predicate noun of the grammar key target_nouns targets."""
    tree = roles.tree
    if n.head == n.i or n.deprel.split(":")[0] != "nmod" or tree[n.head].lemma not in roles.lex.words("target_nouns"):
        return None
    noun = tree[n.head]
    if tree.children(noun.i, "cop") or noun.head == noun.i:
        return noun  # 'byla terčem kritiky': the copula's subject hangs on the predicate noun
    if noun.deprel in {"obl:arg", "xcomp", "attr"}:
        return tree[noun.head]  # 'stalo se terčem', 'became the target', spaCy 'was the target'
    return None  # 'kritika mířila na terč', 'chose him as a target'


def unnamed(n: Node) -> Mention:
    """The placeholder of an agent the text does not name (the event gets no source)."""
    t = n.tok
    return Mention(n.i, n.i, "", (t.start, t.end), None, "", "GRP", n.i, rule=UNNAMED)


def unnamed_vandal(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]) -> list[Mention]:
    """'A bust of the reformer was vandalised', 'hřbitov byl poničen': a passive of vandalism (sources.json
    vandalism_verbs) with a target and no agent named in its sentence, nor a natural force, is an attack by someone
    the text does not name (source '-')."""
    verbs = _vandalism_verbs(roles.lex.lang)
    if e.noun or e.swap or not targets or info is None or info.plover != "ASSAULT" \
            or not {e.lemma, n.lemma} & verbs or not roles.is_passive(n.i) or agent_phrase(roles, n):
        return []
    tree, forces = roles.tree, precision_words(roles.lex, "natural_forces")
    if any(k.deprel == "obl:agent" or (k.feat("Animacy") == "Anim" and k.deprel == "obl" and not tree.has_case(k.i))
           for k in tree.children(n.i)):
        return []  # 'poničen vandaly', 'defaced by protesters': an agent the actors step did not code
    if any(_held_attack(roles, k, targets) for k in tree.children(n.i) if k.deprel.split(":")[0] == "obl"):
        return []  # 'poničena při ruském ostřelování': an actor's attack in the trigger's adjunct did the damage
    sent = roles.doc.sentences[n.tok.sent]
    if any(t.upos == "NOUN" and t.lemma.lower() in forces for t in tree.nodes[sent.start:sent.end]):
        return []  # 'poničen vichřicí': a storm's damage
    return [unnamed(n)]


def _held_attack(roles: Roles, k: Node, targets: list[Mention]) -> bool:
    """Is an adjunct an attack noun (an ASSAULT entry) whose phrase names an actor besides the targets?"""
    if not any(lookup_type(x.cameo) == "ASSAULT" for x in roles.lex.entries(k.lemma, k.tok.text, True)):
        return False
    named = {t.head for t in targets}
    return any(m.head not in named for x in roles.tree.subtree(k.i) for m in roles.actors(x.i))


def unnamed_employer(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]
                     ) -> list[Mention]:
    """'Former chief constable Sean Price was sacked for gross misconduct', 'The officer was dismissed': a passive
    dismissal (a COERCE 172 entry of sources.json dismissal_verbs) of persons, with no agent named in its sentence,
    is done by an employer the text does not name (source '-', the wmt-dev6 gold); not of a state or a firm. So is
    a bare release (office_release_verbs) of a state's office holder, no captivity near (dismissals.office_release)."""
    if e.noun or e.swap or not targets or info is None or not roles.is_passive(n.i) or agent_phrase(roles, n):
        return []
    lemmas, lang = {e.lemma, n.lemma}, roles.lex.lang
    if lemmas & _source_words(lang, "office_release_verbs") and office_release(roles, n, e.cameo, e.objects, targets):
        return [replace(unnamed(n), rule=UNNAMED_EMPLOYER)]  # 'byl propuštěn policejní prezident': events.py recodes
        # the release as a dismissal (dismissals.dismissal)
    if not lemmas & _source_words(lang, "dismissal_verbs") or not e.cameo.startswith(DISMISSAL_CAMEO) \
            or not all(t.kind in DISMISSED for t in targets):
        return []  # 'the case was dismissed', a state or a body: no post lost
    return [unnamed(n)]


@cache
def _vandalism_verbs(lang: str) -> frozenset[str]:
    """The vandalism_verbs of data/<lang>/sources.json (read once per language, not per trigger)."""
    return _source_words(lang, "vandalism_verbs")


@cache
def _source_words(lang: str, key: str) -> frozenset[str]:
    """A word list of data/<lang>/sources.json (read once per language and key, not per trigger)."""
    if not has_file(lang, "sources.json"):
        return frozenset()
    return frozenset(str(w).lower() for w in load_json(lang, "sources.json").get(key, []))
