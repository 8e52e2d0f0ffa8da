"""Target filling beyond the role specs (issue 4): where the parser puts an entry's target outside its own slot.

- 'allowed Sweden to join NATO': spaCy makes the verb's object the subject of its infinitive complement;
- 'threatened to break off relations with X over their ties with Y': of several object nouns of one entry, roles
  are read under the nearest bare one, not under a noun in a prepositional phrase;
- 'met with Macron in Paris and later with EU officials in Brussels': a role phrase repeated after 'and';
- 'britští policisté zadrželi podezřelého' in a Czech article: an unnamed person another state's police or court
  holds, charges or tries is in that state, not in the article's home.

Implicit targets with no text span (a domestic counterpart, the home government or population): implicit_targets.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from .dedup import STATE_SECTORS, one_actor
from .udview import Node, Tree
from .venues import named_venue

if TYPE_CHECKING:
    from .roles import Roles

ARMED = frozenset({"MIL", "COP", "SPY"})  # the sectors a MOBILIZE verb moves ('mobilized the troops, the police')
# Responses to someone's proposal, demand or offer, whose owner may be of the source's own country.
RESPONSE_TYPES = frozenset({"REJECT", "AGREE"})
# Relations by which an object noun names its owner ('North Korea's demand', 'a U.S. request', 'appeal lodged by X').
OWNER = frozenset({"nmod:poss", "det:poss", "compound", "amod", "nmod:agent"})


def prep_spec(spec: str) -> bool:
    """'obl:na+Acc' or 'nmod:proti' (a prepositional role spec), not 'nmod:Gen' or 'obl:agent'."""
    rel, _, arg = spec.partition(":")
    return rel in {"obl", "nmod"} and bool(arg) and not arg[0].isupper() and arg not in {"arg", "agent", "poss"}


def self_reference(a: str | None, b: str | None) -> bool:
    """RUSGOV and RUS (or RUSGOV twice) are one actor; EGYCOP and EGYREB are two actors of one country."""
    if not a or not b or country_of(a) != country_of(b):
        return False
    sa, sb = a[len(country_of(a)):], b[len(country_of(b)):]
    return not sa or not sb or sa == sb


def nearest(tree: Tree, anchors: list[int]) -> list[int]:
    """The object nouns closest to the trigger (bare ones before prepositional ones) and their conjuncts:
    'threatened to break off relations with X over their ties with Y on the eve of ...': 'ties' (a reason phrase)
    is no second object whose modifiers hold the target."""
    if len(anchors) < 2:
        return anchors
    depth = {a: (tree.has_case(a), len(tree.ancestors(a))) for a in anchors}  # bare nouns first
    keep = [a for a in anchors if depth[a] == min(depth.values())]
    return keep + [a for a in anchors if a not in keep and any(a in tree[k].kids for k in keep)
                   and tree[a].deprel == "conj"]


def repeated(roles: Roles, n: Node, spec: str, candidates: list[Node]) -> list[Node]:
    """'met with Macron in Paris and later with EU officials in Brussels': later phrases of the same role on the
    same head, joined to the first by a coordinating conjunction between them."""
    tree = roles.tree
    if not prep_spec(spec):
        return []
    end = max(x.i for x in tree.subtree(n.i))
    out = []
    for k in candidates:
        if k.i > end and k.head == n.head and roles.spec_matches(spec, k) and any(
                tree[j].deprel == "cc" for j in range(end + 1, min(x.i for x in tree.subtree(k.i)))):
            out.append(k)
    return out


def participle_phrases(tree: Tree, anchor: int, trigger: int) -> list[Node]:
    """'lifted sanctions imposed on China', 'rejected an appeal lodged by the Witnesses', 'zrušila sankce uvalené na
    Čínu': the prepositional phrases of a passive participle after the entry's object noun modify that noun; its
    agent (relabelled nmod:agent) is the noun's owner, never the event's source."""
    out = []
    for p in tree.children(anchor, "acl", "amod"):
        if p.i == trigger or tree.reduced_relative(p.i) is None:
            continue
        for k in tree.children(p.i, "obl", "nmod"):
            agent = k.deprel == "obl:agent"
            if agent or tree.has_case(k.i):
                out.append(Node(k.tok, anchor, "nmod:agent" if agent else "nmod", k.kids))
    return out


def relative_phrases(roles: Roles, anchor: int, trigger: int, response: bool = False) -> list[Node]:
    """'lifted the sanctions that were imposed on India', 'zrušilo sankce, které EU uvalila na Indii', 'rejected the
    proposals that Russia submitted': a relative clause whose pronoun is its object or passive subject says what
    was done to the noun; its prepositional phrases modify the noun, its agent or subject (a response's misread 2nd
    object; the bare genitive of one that is no actor: 'léčbu, kterou nařizují pravidla IAAF') is the noun's owner.
    Only on a bare object: on a prepositional noun it is background ('blamed X for the attack, linked to Y')."""
    tree, out = roles.tree, list[Node]()
    if tree.has_case(anchor):
        return out
    for p in tree.children(anchor, "acl:relcl"):
        rels = [k for k in tree.children(p.i, "obj", "nsubj:pass") if k.i < p.i and (  # spaCy: 'that' SCONJ
            "Rel" in (k.feat("PronType") or "") or k.lemma in roles.lex.words("relative_pronouns"))]
        if p.i == trigger or not rels:
            continue
        misread = response and not tree.children(p.i, "nsubj") and any(r.deprel == "obj" for r in rels)
        for k in tree.children(p.i, "obl", "nmod", "nsubj", "obj"):  # 'kterou nařizují pravidla IAAF': 2nd object
            agent = k.deprel in {"obl:agent", "nsubj"} or (misread and k.deprel == "obj")  # or its owner
            if agent and k.i not in {r.i for r in rels}:
                out.extend(Node(g.tok, anchor, "nmod:agent", g.kids) for g in [k, *tree.children(k.i, "nmod")]
                           if g is k or (roles.actor_of(k.i) is None and not tree.has_case(g.i)))
            elif tree.has_case(k.i) and k.deprel != "obl:agent":
                out.append(Node(k.tok, anchor, "nmod", k.kids))
    return out


def owner(roles: Roles, anchors: list[int], exclude: set[int], avoid: set[str], kind: str | None) -> list[Mention]:
    """Whose object it is: 'rejected a U.S. request', 'North Korea's demand', 'an appeal lodged by X' -> the requester;
    of the source's own country only for a response to it (RESPONSE_TYPES) by another named organ ('the
    Taliban rejected the Afghan government's offer'), not 'approved the deployment of its forces'."""
    tree, own = roles.tree, roles.source_refs
    imposed = roles.lex.words("imposer_owned") if kind == "SANCTION" else set()
    for a in anchors:
        if tree[a].lemma.lower() in imposed:  # 'nepřijme sankce EU', 'EU sanctions': their owner imposes them
            continue
        for k in tree.children(a) + participle_phrases(tree, a, -1) + relative_phrases(roles, a, -1):
            if named_venue(roles, tree[a], k):
                continue  # 'rejected the Minsk agreements': where they were signed, not whose they are
            if k.deprel in OWNER or (k.deprel == "nmod" and not tree.has_case(k.i) and roles.case_ok(k, "Gen")):
                found = [m for m in roles.actors(k.i, avoid) if m.head not in exclude and not _bare_self(m, a)
                         and not roles.maker_of_instrument(m) and not any(one_actor(m, s) for s in own) and (
                             country_of(m.code) not in avoid or (kind in RESPONSE_TYPES and _organ(m.code)))]
                if found:
                    return found
    return []


# The rules of a role noun that took a country from its article or sentence, not from a word of its own phrase.
FALLBACK_ROLES = ("role:home country", "role:the only state", "role:language default", "role:the one state named")


def _bare_self(m: Mention, anchor: int) -> bool:
    """Is the mention the object noun itself with no owner word of its own ('rushed to the nearest animal hospital':
    a hospital of the home country; not 'the US embassy', 'americké velvyslanectví', whose modifier names the owner)?"""
    return m.head == anchor and m.rule.startswith(FALLBACK_ROLES)


def holder(roles: Roles, trigger: int, exclude: set[int], avoid: set[str], kind: str | None = None) -> list[Mention]:
    """Whose the thing attacked is: 'bombed positions held by the RSF', 'hit bases used by Kataib Hezbollah', 'struck
    targets linked to Hezbollah', 'attacked positions belonging to militant groups': the agent of a participle (or
    the object of an owner participle, grammar key owner_participles) on an object that names no actor itself; so is
    the author of a thing supported or rejected ('podpořila rezoluci, kterou navrhly USA')."""
    tree, owners = roles.tree, roles.lex.words("owner_participles")
    for o in tree.children(trigger, "obj", "nsubj:pass"):
        if roles.actor_of(o.i) is not None or o.upos == "PROPN":  # 'zatkla Kowalského, kterého X označil': a person
            continue
        relative = relative_phrases(roles, o.i, trigger, kind in RESPONSE_TYPES)
        phrases = participle_phrases(tree, o.i, trigger) + relative + [
            Node(k.tok, o.i, "nmod:agent", k.kids) for p in tree.children(o.i, "acl") if p.i > o.i
            and p.lemma in owners for k in tree.children(p.i, "obl", "nmod") if tree.has_case(k.i)]
        found = [m for k in phrases if k.deprel == "nmod:agent" for m in roles.actors(k.i, avoid)
                 if m.head not in exclude and m.head not in roles.backers  # 'fighters backed by the US': no holder
                 and not any(one_actor(m, s) for s in roles.source_refs)]
        if found:
            return found
    return []


def _sector(code: str | None) -> str:
    """The first sector after the country or IGO part of a code ('USAGOVLEG' -> 'GOV', 'RUS' -> '')."""
    return (code or "")[len(country_of(code)):][:3] if code else ""


def _organ(code: str | None) -> bool:
    """A coded sector other than the civilian population (a body, not 'voters' or 'citizens')."""
    return _sector(code) not in {"", "CVL"}


def mobilised_forces(roles: Roles, trigger: int, kind: str | None, sources: list[Mention]) -> set[int]:
    """'mobilized troops for the war against Iraq', 'mobilizoval vojáky': the forces a MOBILIZE verb moves (its
    object, an armed sector named by a role noun or of the source's own country) are not its target."""
    if kind != "MOBILIZE":
        return set()
    own = {country_of(m.code) for m in sources}
    return {m.head for k in roles.tree.children(trigger, "obj") for m in roles.actors(k.i)
            if _sector(m.code) in ARMED and (
                m.rule.startswith("role:") or country_of(m.code) in own)}


def raised_object(roles: Roles, trigger: int, exclude: set[int], avoid: set[str]) -> list[Mention]:
    """'allowed Ouattara to run', 'forced the rebels to retreat', 'hold Russia accountable': the parser makes the
    verb's object the subject of its infinitive or adjective complement (spaCy: ccomp + nsubj; UD: obj + xcomp);
    that subject is the verb's object."""
    tree = roles.tree
    for c in tree.children(trigger, "ccomp", "xcomp"):
        if c.i < trigger or (c.feat("VerbForm") != "Inf" and c.upos != "ADJ"):
            continue
        for k in tree.children(c.i, "nsubj"):
            found = [m for m in roles.actors(k.i, avoid) if m.head not in exclude
                     and not any(one_actor(m, a) for a in roles.source_refs)]
            if found:
                return found
    return []


# STATE_SECTORS (dedup): the state's own organs; their protests are diplomatic and name their target ('Russia
# protested to Japan').


def country_of(code: str | None) -> str:
    """The country/IGO part of an actor code."""
    if not code:
        return "-"
    return code[:6] if code.upper().startswith("IGO") else code[:3]


def reciprocal(roles: Roles, n: Node) -> bool:
    """'accused each other', 'se navzájem obviňují': a reciprocal pronoun or adverb on the trigger (grammar key
    reciprocal_words) makes its subjects each other's targets."""
    words, tree = roles.lex.words("reciprocal_words"), roles.tree
    def text(j: int) -> str:
        return tree[j].tok.text.lower() if 0 <= j < len(tree.nodes) else ""
    for k in tree.children(n.i):  # the word alone or with its neighbour ('each other': 'other' or 'one' heads it)
        word = text(k.i)
        if word in words or f"{text(k.i - 1)} {word}" in words or f"{word} {text(k.i + 1)}" in words:
            return True
    return False


# Acts of a police force or court on a person: done where that force or court has power.
LAW_TYPES = frozenset({"COERCE", "SANCTION", "ACCUSE", "ASSAULT"})
LAW_SECTORS = ("COP", "JUD")
HOME_ROLE = "role:home country"  # the rule prefix of a role noun coded with the article's home (actors/compose)
NON_STATES = ("IGO", "NGO", "MNC", "---")


Pairs = list[tuple[Mention, Mention | None]]


def local_detainees(pairs: Pairs, plover: str | None) -> Pairs:
    """'Policie v Londýně zadržela muže' in a Czech article: a target whose country is only the article's home,
    held, charged, tried or attacked by another state's police or court, is of that state (the gold codes the
    police's country or '-'); a named Czech ('zadržela Čecha') keeps the code his own words give."""
    if plover not in LAW_TYPES:
        return pairs
    out: Pairs = []
    for s, t in pairs:
        src, tgt = s.code or "", (t.code or "") if t is not None else ""
        if t is not None and src[3:6] in LAW_SECTORS and not src.startswith(NON_STATES) and tgt[:3] != src[:3] \
                and len(tgt) >= 3 and t.rule.startswith(HOME_ROLE) and tgt[3:6] not in STATE_SECTORS:
            t = replace(t, code=src[:3] + tgt[3:], rule=f"{t.rule}; held by another state's police or court")
        out.append((s, t))
    return out


def conjunct_targets(roles: Roles, n: Node, specs: tuple[str, ...], anchors: list[int],
                     sources: list[Mention]) -> list[Mention]:
    """'darovali a osobně doručili fakultě zboží', 'podepsaly a ratifikovaly smlouvu s Kyjevem': two verbs joined
    right after each other share their dependents, which the parser hangs on the later one; a trigger with no target
    of its own reads its target specs there (not when the later verb has its own subject)."""
    tree = roles.tree
    taken, avoid = {m.head for m in sources}, {(m.code or "")[:3] for m in sources}
    for k in tree.children(n.i, "conj"):
        between = [tree[i] for i in range(n.i + 1, k.i)]
        if k.upos != "VERB" or k.i < n.i or tree.children(k.i, "nsubj", "nsubj:pass") \
                or not any(b.deprel == "cc" for b in between) \
                or any(b.deprel not in {"cc", "advmod"} or b.head != k.i for b in between):
            continue
        return [m for m in roles.fill(specs, k.i, anchors, exclude=taken, avoid=avoid)
                if not any(one_actor(m, s) for s in sources)]
    return []


# How a meeting noun names the organisation whose members meet ('schůzka ministrů zemí G7', 'a NATO summit').
MEETING_PARTY = frozenset({"nmod", "compound", "nmod:poss"})
MEMBERS = "its members meet each other"  # the rule tag of such a target (events.py marks the event reciprocal)


def member_meeting(roles: Roles, n: Node, sources: list[Mention]) -> list[Mention]:
    """'EU leaders met in Brussels', 'schůzka ministrů zemí G7', 'summit NATO': a meeting whose only named party is
    an international organisation (the organisation or its members' envoys, plural, as the source, or the
    organisation under the meeting noun) is held among its members: the organisation is its own counterpart (not
    'the UN envoy met in Kabul', nor a summit as a time frame or the setting of another act: 'na začátku summitu
    OSN', 'na summitu OSN přednesla projev')."""
    tree = roles.tree
    if (n.head != n.i and tree.word_lemma(n.head) in roles.frames) or tree.case_words(n.i) & roles.lex.words(
            "location_preps"):  # 'at the start of the UN summit', 'spoke at the UN summit': a frame or a setting
        return []
    under = [m for k in tree.children(n.i) if k.deprel in MEETING_PARTY and not tree.has_case(k.i)
             for m in roles.actors(k.i)]
    igos = [m for m in (*sources, *under) if country_of(m.code).startswith("IGO")]
    groups = all(m.kind == "IGO" or tree[m.head].feat("Number") == "Plur" for m in sources)
    if not igos or not groups or len({country_of(m.code) for m in igos}) > 1:
        return []
    m = igos[0]
    if tree.children(m.head, "conj"):  # 'talks between the EU and Mercosur': with a party unknown, not among members
        return []
    return [replace(m, rule=f"{m.rule}; {MEMBERS}")]


def fronted_clause_subject(roles: Roles, trigger: int, exclude: set[int], avoid: set[str]) -> list[Mention]:
    """'Chorvatské úřady nedokážou ochránit uprchlíky, protestovala organizace', 'Vláda zanedbává zdravotnictví,
    kritizovala opozice': a verb after a comma that closes a clause, with no conjunction and no subject before it (the
    reporting order the parser reads as a coordination), says what that clause states: its subject is the one
    criticised or asked."""
    tree = roles.tree
    n = tree[trigger]
    if n.deprel not in {"conj", "parataxis"} or n.head >= n.i or trigger == 0 or roles.doc.tokens[trigger - 1].text \
            != "," or tree.children(n.i, "cc", "mark") or any(k.i < n.i for k in tree.children(n.i, "nsubj")):
        return []
    return [m for k in tree.children(n.head, "nsubj") for m in roles.actors(k.i, avoid) if m.head not in exclude]


def partner_phrase(tree: Tree, preps: set[str], trigger: int, m: Mention) -> bool:
    """'protect the border with Belarus': an actor reached through a comitative phrase on a noun (grammar key
    comitative_preps) is the other side or a partner of the thing, not the one an act of aid is for."""
    k = tree[m.head]
    while k.head != k.i and k.i != trigger:
        if tree.case_words(k.i) & preps and tree[k.head].upos == "NOUN":
            return True
        k = tree[k.head]
    return False


def passengers(roles: Roles, heads: list[int], avoid: set[str]) -> list[Mention]:
    """'shot down a helicopter carrying EC truce monitors', 'attacked a convoy carrying UN aid workers': the people a
    vehicle the act hits carries (a participle of grammar key carrying_verbs on its object) are the act's victims."""
    tree, verbs = roles.tree, roles.lex.words("carrying_verbs")
    for h in heads:
        for obj in tree.children(h, "obj"):
            found = [m for c in tree.children(obj.i, "acl") if c.lemma in verbs for k in tree.children(c.i, "obj")
                     for m in roles.actors(k.i) if country_of(m.code) not in avoid]
            if found:
                return found
    return []


def shared_object(roles: Roles, n: Node, specs: tuple[str, ...], sources: list[Mention]) -> list[Mention]:
    """'Policie muže zadržela a obvinila z vraždy', 'útočník, kterého policie zadržela a obvinila': a verb joined by
    a conjunction to the verb before it, with no object and no subject of its own, shares that verb's object (its
    object specs read there) when it shares its subject too (the source is that verb's subject: not 'děti tvoří 40
    procent ... a vyzval k ...')."""
    tree = roles.tree
    if n.deprel != "conj" or n.head >= n.i or tree[n.head].upos != "VERB" or not any(
            k.deprel == "cc" for k in tree.children(n.i)) or tree.children(n.i, "obj", "iobj", "nsubj", "nsubj:pass"):
        return []
    if not {m.head for k in tree.children(n.head, "nsubj") for m in roles.actors(k.i)} & {m.head for m in sources}:
        return []
    if _own_addressee(roles, n):  # 'nazvala Rusko agresorem a varovala před válkou': warned of the war, not Russia
        return []
    core = tuple(s for s in specs if s == "obj" or s.startswith("case:"))
    taken, avoid = {m.head for m in sources}, {(m.code or "")[:3] for m in sources}
    return [m for m in roles.fill(core, n.head, [], exclude=taken, avoid=avoid)
            if not any(one_actor(m, s) for s in sources)] if core else []


def _own_addressee(roles: Roles, n: Node) -> bool:
    """Does the verb carry a phrase under a preposition that one of its lemma's lexicon entries reads as the target
    ('varovala před válkou', 'warned of war')? Its addressee slot is its own then, whether the phrase names an actor."""
    tree = roles.tree
    preps = {s.split(":", 1)[1].split("+")[0].lower() for e in roles.lex.entries(n.tok.lemma, n.tok.text, False)
             for s in e.target if s.split(":")[0] in PHRASE_RELS and ":" in s and not s.split(":", 1)[1][0].isupper()}
    return any(tree.case_words(k.i) & preps for k in tree.children(n.i) if k.deprel.split(":")[0] in PHRASE_RELS)


def infinitive_dative(roles: Roles, trigger: int, taken: set[int]) -> list[Mention]:
    """'nedovolí zákazníkům nosit kostýmy': a dative the parser hung on the infinitive, between the two verbs, is the
    governing verb's target ('zaplatit manželům' after the infinitive is the payee)."""
    return [m for x in roles.tree.children(trigger, "xcomp") for k in roles.tree.children(x.i, "obl:arg", "iobj")
            if k.feat("Case") == "Dat" and trigger < k.i < x.i and k.i not in taken for m in roles.actors(k.i)]


PHRASE_RELS = frozenset({"obl", "nmod"})
OWNER_RELS = frozenset({"amod", "nmod:poss", "det", "conj", "flat", "appos"})


def own_phrase(tree: Tree, trigger: int, targets: list[Mention]) -> list[Mention]:
    """'varoval před Ruskem', 'před ruskou agresí': the targets a phrase on the trigger names itself (its noun, or the
    noun's adjective, possessor or conjunct), not an actor deeper in it ('před rozdělováním společnosti': a patient)."""
    def own(i: int) -> bool:
        for _ in range(3):
            n = tree[i]
            if n.head == n.i:
                return False
            if n.head == trigger:
                return n.deprel.split(":")[0] in PHRASE_RELS
            if n.deprel not in OWNER_RELS:
                return False
            i = n.head
        return False
    return [m for m in targets if own(m.head)]
