"""Precision rules from unseen ordinary news (session 5): event verbs whose frame names no act between actors.

- A warning (grammar key warning_verbs) is a THREATEN only when it carries a repercussion; a warning against a
  thing ('varovali občany před kouřením', 'warned people against vaping', grammar key warning_topic_preps) is
  advice, and a warning that a thing will happen ('varuje, že nástup režimů nebude znamenat konec dějin', 'warned
  that the economy would shrink', a subjectless 'varoval, že dochází ke zhroucení', grammar key happening_verbs) is
  a forecast.
- A permission verb (grammar key permission_verbs) whose subject is a thing, not an actor ('The Income Tax Act
  allows companies to pay', 'this will allow ministers to shift the blame') grants nothing: no CONCEDE.
- A refusal verb with nothing refused, no object, clause or addressee ('It was then declining', a bare 'declined'
  of a figure): the other sense of the verb, no REJECT.
- An attack or coercion done by a natural force, a disease or an accident (grammar key natural_forces: 'lavina
  zabila muže', 'požáry zabily tři lidi', 'killed from the storm'): no actor acted.
- An attack a private person planned or wanted ('he was planning to drive to her home and kill them'): not done,
  and no threat was made to anyone (a state's plan stays: a threat by convention).
- An investigation verb whose subject is a study, report or film (data key work_nouns: 'Studie zkoumala 1 400
  mužů', 'the video explores the role of women'): research, no INVESTIGATE.
- Help, thanks, requests or talks within one's own family (data key family_nouns with a possessive: 'thank my
  brother', 'urged her parents to vote', 'spolupracoval se svým synem'): private life, no event.
- Agreeing that something is so (data key opinion_agree_verbs: 'agreed that some women change their minds'):
  an opinion, not an agreement to act.
- A talk with a journalist, the media or an audience (data key audience_nouns: 'mluví s redaktorkou', 'spoke to the
  nation'): an interview or an address, not a consultation.
- A sentence about a sports competition (data key sport_words: match, league, utkání, mistrovství) with no public
  body in it: results and invitations of athletes are no PLOVER events; disciplinary and legal acts (data key
  sport_discipline_cameos: bans, fines, charges, complaints, lawsuits; sport_discipline_lemmas: appeals) stay ('The
  league suspended the player', 'Olomouc appealed against the ban').
- An agentless passive under a possibility modal ('could be sentenced to three years if found guilty', 'může být
  odsouzen'): a possible penalty, no act.
- Insisting that something is so (data key insist_verbs with an indicative content clause that has no modal or
  demand conjunction, insist_modals, demand_marks: 'trvá na tom, že jeho postup je v souladu se zákonem', 'insisted
  that he was innocent'): an assertion, no demand. 'trval na tom, aby vláda odstoupila' stays.
- A persuasion verb in an agentless passive with no infinitive (data key persuade_verbs: 'Jsme přesvědčeni, že
  dalším krokem bude ...', 'we are convinced that'): a belief, nobody persuaded anyone.
- A regret verb with no actor in its complements (data key regret_verbs: 'lamented that rabies had become a global
  burden', 'women later regret their decision'): regret about a situation, no disapproval of an actor.
- A motion verb coded as a visit (grammar key motion_verbs: go, come, travel, vydat se) to a place that is no state
  or public body ('went to the family home', 'se vydala na cestu napříč polem'): a journey, not a visit.
"""

from __future__ import annotations

from functools import cache

from ..cameo import plover_type
from ..langpack import load_json
from ..model import Doc, Mention
from .lexicon import Entry, Lexicon
from .measures import measure_noun, reported_measure, response_means
from .udview import Node, Tree

CLAUSES = ("ccomp", "parataxis")
PASSIVE_RELS = ("aux:pass", "nsubj:pass", "expl:pass", "csubj:pass")
COMPLEMENTS = ("obj", "iobj", "xcomp", "ccomp", "obl", "nmod", "advcl", "expl", "dobj")
PUBLIC_KINDS = {"GPE", "IGO"}
FAMILY_KINDS = {"SUPPORT", "COOPERATE", "AID", "REQUEST", "CONSULT", "AGREE"}
PUBLIC_SECTORS = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "PTY", "ELI", "OPP"}


@cache
def _words(lang: str, key: str) -> frozenset[str]:
    """A word list of data/<lang>/precision.json (with the pack's fallback language; empty when there is none)."""
    try:
        data = load_json(lang, "precision.json")
    except FileNotFoundError:  # a pack without precision word classes drops nothing by them
        return frozenset()
    return frozenset(str(w).lower() for w in data.get(key, []))


def words(lex: Lexicon, key: str) -> frozenset[str]:
    """A word list of the precision grammar of the lexicon's language."""
    return _words(lex.lang, key)


def frame_drop(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry) -> str | None:
    """Why the trigger codes no event under one of this module's rules, or None."""
    discipline = e.cameo.startswith(tuple(words(lex, "sport_discipline_cameos"))) \
        or e.lemma in words(lex, "sport_discipline_lemmas")  # 'Olomouc appealed against the ban'
    sport = None if discipline else sport_word(doc, lex, n)
    if sport is not None:
        return f"a sports competition sentence ('{sport}') with no public body in it: a game, not a political act"
    if not e.noun and possible_passive(tree, lex, n) and not reported_measure(tree, lex, n):
        return "a possible act with no agent ('could be sentenced if found guilty', 'může být odsouzen'): not an act"
    if plover_type(e.cameo) == "PROTEST" and (rally := campaign_rally(doc, tree, lex, n)) is not None:
        return f"a politician's campaign '{rally.tok.text}' with nothing opposed: no protest"
    if e.objects or e.noun:
        return None if e.noun else family_partner(doc, tree, lex, n, e)  # 'had dinner with his family'
    return who_acts(doc, tree, lex, n, e) or what_sense(doc, tree, lex, n, e)


def who_acts(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry) -> str | None:
    """Rules on who acts or with whom: natural forces, private plans, studies, the media, one's own family."""
    kind = plover_type(e.cameo)
    if kind in {"ASSAULT", "COERCE"}:
        if any(measure_noun(lex, k) for k in tree.children(n.i, "nsubj")):  # 'EU sanctions hit the Russian economy':
            return "a measure (sanctions, tariffs) harms as its effect: the measure is the event, not an attack"
        means = response_means(tree, lex, n)
        if means is not None:
            return f"a response made with '{means.tok.text}': that means is the event, not an attack"
        force = natural_force(tree, lex, n)
        if force is not None:
            return f"a natural force or accident ('{force.tok.text}') did it, not an actor"
        plan = private_plan(doc, tree, lex, n)
        if plan is not None:
            return f"what a private person '{plan.tok.text}' planned or wanted to do: not done, and no threat made"
    if e.cameo.startswith("09"):
        work = work_subject(tree, lex, n)
        if work is not None:
            return f"a study or a work ('{work.tok.text}') examines it: research, no investigation of an actor"
    visit = e.cameo.startswith(("042", "043"))
    if kind == "CONSULT" and not visit:
        aud = audience(doc, tree, lex, n)
        if aud is not None:
            return f"talking to the media or an audience ('{aud.tok.text}'): an interview or address, no consultation"
    return family_partner(doc, tree, lex, n, e)


def family_partner(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry) -> str | None:
    """Help, thanks or talk within one's own family ('thank my brother', 'Putin had dinner with his family')."""
    if plover_type(e.cameo) not in FAMILY_KINDS or e.cameo.startswith(("042", "043")):
        return None
    subjects = [mention_at(doc, k.i) for k in tree.children(n.i, "nsubj")]
    public_subject = any(public(m) for m in subjects)
    kin = own_family(tree, lex, n)  # 'the government helped their families' stays,
    if kin is not None and (not public_subject or _own_kin(tree, kin, subjects)):  # 'Putin met his family' not
        return f"help, thanks or talk within one's own family ('{kin.tok.text}'): private life, no event"
    return None


def what_sense(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry) -> str | None:
    """Rules on the verb's sense in its frame: opinions, warnings, permissions, bare refusals, journeys."""
    kind = plover_type(e.cameo)
    if kind == "AGREE" and n.lemma in words(lex, "opinion_agree_verbs") and agreed_opinion(doc, tree, lex, n):
        return "agreeing that something is so (an opinion), not agreeing to do something"
    if kind == "THREATEN" and n.lemma in words(lex, "warning_verbs"):
        return warning_without_threat(doc, tree, lex, n)
    if kind == "CONCEDE" and n.lemma in words(lex, "permission_verbs") and thing_subject(doc, tree, lex, n):
        return "a thing, not an actor, allows it ('the act allows companies to pay'): no concession"
    if kind == "ACCUSE" and n.lemma in words(lex, "regret_verbs") and not actor_complement(doc, tree, n):
        return "regret about a situation ('lamented that rabies had spread'), no actor disapproved of"
    if kind == "REQUEST" and n.lemma in words(lex, "persuade_verbs") and passive(tree, n) \
            and not persuader(doc, tree, n):
        return "being convinced that something is so (a belief): nobody persuaded anyone"
    if kind == "REQUEST" and n.lemma in words(lex, "insist_verbs") and asserted(tree, lex, n):
        return "insisting that something is so (an assertion), not a demand"
    if kind == "REJECT" and not e.prep and not e.particle and not passive(tree, n) \
            and nothing_refused(doc, tree, lex, n):
        return "a refusal verb with nothing refused ('it was declining'): another sense, no rejection"
    if e.cameo.startswith(("042", "043")) and n.lemma in words(lex, "motion_verbs"):
        place = private_destination(doc, tree, lex, n)
        if place is not None:
            return f"a journey to '{place.tok.text}', no state or public body: not a visit"
    return None


def passive(tree: Tree, n: Node) -> bool:
    """Passive voice on the verb or its auxiliary/subject."""
    return n.feat("Voice") == "Pass" or bool(tree.children(n.i, *PASSIVE_RELS))


def mention_at(doc: Doc, i: int) -> Mention | None:
    """The resolved actor mention covering token i."""
    return next((m for m in doc.mentions if m.start <= i < m.end and m.code), None)


def public(m: Mention | None) -> bool:
    """A state, an international body or a public institution (government, army, police, party, court)."""
    return m is not None and (m.kind in PUBLIC_KINDS or (m.code or "")[3:6] in PUBLIC_SECTORS)


def host(m: Mention | None) -> bool:
    """A public actor that can host a visit: not a region ('cesta do severní Afriky', 'po Blízkém východě')."""
    return public(m) and m is not None and not m.rule.startswith("name:region")


def asserted(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """A content clause after n (on n, or on its 'na tom' pronoun) that is indicative, with no modal (data key
    insist_modals), no demand conjunction (demand_marks: 'aby') and no infinitive or subjunctive ('that the
    government be dissolved'): what the speaker holds true."""
    heads = [n, *(k for k in tree.children(n.i, "obl", "obl:arg") if k.upos in {"PRON", "DET"})]
    clauses = [c for h in heads for c in tree.children(h.i, "ccomp", "acl") if c.i > n.i]
    modals, marks = words(lex, "insist_modals"), words(lex, "demand_marks")
    for c in clauses:
        kids = [k for k in (c, *tree.children(c.i, "aux", "cop", "mark")) if not plain_have(tree, c, k)]
        if any(k.lemma.lower() in modals or k.tok.text.lower() in modals or k.tok.text.lower() in marks
               or k.feat("Mood") in {"Cnd", "Imp"} or k.feat("VerbForm") == "Inf" for k in kids):  # 'be dissolved'
            return False
    return bool(clauses)


def plain_have(tree: Tree, verb: Node, k: Node) -> bool:
    """A 'have' that is no modal 'have to': a perfect auxiliary ('had won') or a possession verb with no
    infinitive ('he has different questions')."""
    if k.lemma.lower() != "have":
        return False
    if k is verb:
        return not tree.children(k.i, "xcomp")
    return verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Past"


def persuader(doc: Doc, tree: Tree, n: Node) -> bool:
    """Does the passive persuasion verb name its persuader (an actor as agent, 'přesvědčena Polskem', 'persuaded by
    Poland') or what one was persuaded to do (an infinitive)?"""
    if tree.children(n.i, "xcomp"):
        return True
    agents = tree.children(n.i, "obl:agent", "obl", "agent") + [
        d for k in tree.children(n.i, "prep") if k.tok.text.lower() == "by" for d in tree.children(k.i)]
    return any(mention_at(doc, k.i) is not None for k in agents)


def actor_complement(doc: Doc, tree: Tree, n: Node) -> bool:
    """Does a complement of n (object, clause, prepositional phrase) contain a resolved actor mention? A bare noun
    phrase modifier (obl:npmod) is none: 'Director of Veterinary Service, Dr X lamented that ...' (the parser hangs
    the subject's title there; precj)."""
    return any(mention_at(doc, d.i) is not None for k in tree.children(n.i, *COMPLEMENTS)
               if k.deprel != "obl:npmod" for d in tree.subtree(k.i))


def warning_without_threat(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> str | None:
    """A warning against a thing (advice) or that a thing will happen (a forecast), given to no state or public
    body: no repercussion named."""
    heads = [n, *tree.children(n.i, "obj", "iobj")]  # 'varovali občany před kouřením': often on the object
    if any(public(mention_at(doc, k.i)) for k in heads[1:]):
        return None  # 'Rusko varovalo Ukrajinu před útokem', 'varovala Rusko, že ... nesmí': a state is warned
    for c in tree.children(n.i, *CLAUSES):
        if c.i < n.i:
            continue
        subj = tree.children(c.i, "nsubj", "nsubj:pass")
        modals = lex.words("obligation_verbs") | words(lex, "warning_modals")
        if any(k.lemma in modals for k in (c, *tree.children(c.i, "aux"))):
            return None  # 'varovala, že spolupráce nesmí ...': what must (not) happen, a demand
        if subj and all(k.upos in {"NOUN", "PROPN"} and mention_at(doc, k.i) is None for k in subj):
            return f"a warning that '{subj[0].tok.text}' will happen (a forecast), no threat by the warner"
        if c.lemma in words(lex, "happening_verbs"):  # 'varoval, že dochází ke zhroucení ekonomiky'
            return f"a warning that something happens ('{c.tok.text}'): a forecast, no threat by the warner"
        return None
    preps = words(lex, "warning_topic_preps")
    topics = [k for h in heads for k in tree.children(h.i, "obl", "nmod") if tree.case_words(k.i) & preps]
    if topics and all(k.upos == "NOUN" and mention_at(doc, k.i) is None for k in topics):
        return f"a warning against a thing ('{topics[0].tok.text}'): advice, no threat"
    return None


def advice(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry) -> bool:
    """'varovali občany před kouřením', 'warned citizens against vaping': a warning verb's bare entry whose warned
    object is an actor but no state or public body, against a thing, not an actor: advice to that actor, a request
    (the wmt-dev3 gold), where the precision rule would drop it as a warning without a threat."""
    if e.objects or e.noun or plover_type(e.cameo) != "THREATEN" or n.lemma not in words(lex, "warning_verbs"):
        return False
    warned = [mention_at(doc, k.i) for k in tree.children(n.i, "obj", "dobj", "iobj")]
    if not warned:
        return unaddressed_advice(doc, tree, lex, n)
    if any(m is None or public(m) for m in warned):
        return False
    preps, heads = words(lex, "warning_topic_preps"), (n, *tree.children(n.i, "obj", "dobj", "iobj"))
    topics = [k for h in heads for k in tree.children(h.i, "obl", "nmod") if tree.case_words(k.i) & preps]
    topics += [k for k in tree.children(n.i, "advcl")  # en 'against smoking' (a gerund clause)
               if any(c.lemma in preps for c in tree.children(k.i, "mark", "case"))]
    return bool(topics) and all(k.upos not in {"PROPN", "PRON"} and mention_at(doc, k.i) is None for k in topics)


def unaddressed_advice(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'Kubera varoval před rozdělováním společnosti', 'warned against divisions in society': a warning to nobody
    named against a thing (grammar key advice_preps), no clause: advice to the public, a request (the wmt-dev4
    gold); a warning of a thing ('warned of a recession', en 'of', cs 'o') stays a forecast."""
    if tree.children(n.i, *CLAUSES):
        return False
    preps = words(lex, "advice_preps")
    topics = [k for k in tree.children(n.i, "obl", "nmod") if tree.case_words(k.i) & preps]
    topics += [k for k in tree.children(n.i, "advcl") if any(c.lemma in preps for c in tree.children(k.i, "mark"))]
    return bool(topics) and all(k.upos in {"NOUN", "VERB"} and mention_at(doc, k.i) is None for k in topics)


def sport_word(doc: Doc, lex: Lexicon, n: Node) -> str | None:
    """A sports word (data key sport_words) in the trigger's sentence when no mention there is a public body (data
    key public_sectors: police, court, government): 'Slovenia retaliated the defeat in the Olympics qualifier'. A
    police raid over match fixing keeps its events, and so does sport governance (data key sport_governance_words:
    'Disciplinárka Tettehovi zastavila činnost za faul', 'appealed against the two-match ban')."""
    span = next((s for s in doc.sentences if s.i == n.tok.sent), None)
    toks = doc.tokens[span.start:span.end] if span else [t for t in doc.tokens if t.sent == n.tok.sent]
    sport, governance = words(lex, "sport_words"), words(lex, "sport_governance_words")
    hit = next((t.text for t in toks if t.upos in {"NOUN", "PROPN", "ADJ"}
                and (t.lemma.lower() in sport or t.text.lower() in sport)), None)
    if hit is None or any(t.lemma.lower() in governance or t.text.lower() in governance for t in toks):
        return None
    sectors = words(lex, "public_sectors")
    lo, hi = toks[0].i, toks[-1].i
    if any(lo <= m.head <= hi and m.code and (m.code[3:6].lower() in sectors or m.kind == "IGO")
           for m in doc.mentions):
        return None
    return hit


def audience(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The partner of a talk that is a journalist, the media or an audience (data key audience_nouns, or a MED
    mention): 'mluví s redaktorkou X', 'speaking with a journalist', 'spoke to the nation'."""
    nouns = words(lex, "audience_nouns")
    for k in tree.children(n.i, "obl", "nmod", "obj", "iobj"):
        m = mention_at(doc, k.i)
        if k.lemma.lower() in nouns or (m is not None and (m.code or "")[3:6] == "MED"):
            return k
    return None


def agreed_opinion(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> bool:
    """'agreed that some women change their minds': a that-clause with no modal or future auxiliary (data key
    commitment_aux: 'agreed that it would withdraw' is a commitment), no infinitive and no actor as partner."""
    if tree.children(n.i, "xcomp"):
        return False
    clauses = [c for c in tree.children(n.i, "ccomp") if c.i > n.i and c.feat("VerbForm") != "Inf"]
    if not clauses and shared_view(doc, tree, lex, n):
        return True
    if any(mention_at(doc, k.i) for k in tree.children(n.i, "obl", "nmod", "obj")):
        return False
    aux = words(lex, "commitment_aux")
    return bool(clauses) and not any(k.lemma.lower() in aux or k.tok.text.lower() in aux
                                     for c in clauses for k in tree.children(c.i, "aux"))


def shared_view(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> bool:
    """A bare 'agreed', or 'agreed with X (about Y)' (data key opinion_agree_preps), of a subject that is no public
    body: a poll's respondents or a commentator sharing a view ('62 percent of Republicans agreed', 'Anderson
    agreed with McLenny'), no commitment. Agreeing to or on something, or a public body's 'agreed', stays."""
    preps = words(lex, "opinion_agree_preps")
    comps = tree.children(n.i, "obj", "iobj", "obl", "nmod", "dobj")
    if not preps or tree.children(n.i, "advcl", "acl") or any(
            k.deprel in ("obj", "iobj", "dobj") or not tree.case_words(k.i) & preps for k in comps):
        return False  # 'agree with them on taking the boxes': a clause says what they agreed to do
    return not any(public(mention_at(doc, k.i)) for k in tree.children(n.i, "nsubj"))


def private_plan(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The intent verb ('plan', 'want', 'plánovat', 'chtít'; grammar key intent_verbs) that governs the act through
    infinitives and conjuncts when its subject is no public body: 'he was planning to drive to her home and kill
    them'. A state's or army's plan stays (a threat by convention)."""
    intent = lex.words("intent_verbs") - lex.words("reportative_past_verbs")  # cs 'měl zabít': allegedly killed
    cur = n
    for _ in range(4):
        if cur.head == cur.i or cur.deprel not in {"xcomp", "conj", "ccomp"}:
            return None
        cur = tree[cur.head]
        if cur.lemma in intent and cur.upos == "VERB":
            subj = tree.children(cur.i, "nsubj")
            if subj and not any(public(mention_at(doc, k.i)) for k in subj):
                return cur
            return None
    return None


def campaign_rally(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The rally object (data key campaign_event_nouns) of a verb whose subject is a named person of a
    campaigning sector (campaign_sectors), with no 'against'-phrase (opposing_preps): a campaign event. A rally
    noun trigger is judged at the verb it is the object of ('held rallies')."""
    if n.lemma.lower() in words(lex, "campaign_event_nouns") and n.deprel.split(":")[0] in {"obj", "dobj"}:
        n = tree[n.head]
    subj = [mention_at(doc, k.i) for k in tree.children(n.i, "nsubj")]
    if not subj or not all(m is not None and m.kind == "PER" and (m.code or "")[3:6].lower()
                           in words(lex, "campaign_sectors") for m in subj):
        return None
    opposing = lex.words("opposing_preps")
    objs = tree.children(n.i, "obj", "dobj")
    phrases = [k for o in (n, *objs) for k in tree.children(o.i, "obl", "nmod", "prep")]
    if any(tree.case_words(k.i) & opposing for k in phrases):
        return None
    return next((k for k in objs if k.lemma.lower() in words(lex, "campaign_event_nouns")), None)


def work_subject(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The subject of an investigation verb that is a study, a report or a film (data key work_nouns): 'Studie
    zkoumala 1 400 mužů', 'the video explores the role of women'."""
    works = words(lex, "work_nouns")
    return next((k for k in tree.children(n.i, "nsubj") if k.upos == "NOUN" and k.lemma.lower() in works), None)


def own_family(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """A partner of a cooperative act that is the subject's own relative: a family noun (data key family_nouns) with
    a possessive ('thank my brother', 'urged her parents', 'spolupracoval se svým synem'), or a relative as the
    subject and only pronouns as partners ('her father advised her')."""
    family = words(lex, "family_nouns")
    com = lex.words("comitative_preps")
    partners = [k for k in tree.children(n.i, "obj", "iobj", "obl:arg", "dobj", "dative")  # not the light noun
                if not any(tree.case_words(d.i) & com for d in tree.children(k.i, "nmod"))]  # 'had dinner with ...'
    kin = next((k for k in _subjects(tree, n) if k.lemma.lower() in family), None)
    if kin is not None and partners and all(k.upos == "PRON" and "Rel" not in (k.feat("PronType") or "")
                                             for k in partners):
        return kin  # 'her dad kept recommending her', 'ho přátelé a rodina prosili': a relative asks one of theirs
    if any(k.lemma.lower() not in family for k in partners):
        return None  # 'at a memorial for her family, she thanked the community': the community is the partner
    near = tree.children(n.i, "obj", "iobj", "obl", "nmod")
    near += [d for k in near for d in tree.children(k.i, "nmod")  # 'na albu se svým synem': on the noun, with
             if tree.case_words(d.i) & lex.words("comitative_preps")]  # not 'při vzpomínce na svoji rodinu'
    for k in near:
        if k.lemma.lower() in family and any(
                d.feat("Poss") == "Yes" or d.deprel == "nmod:poss" for d in tree.children(k.i)):
            return k
    return None


def _own_kin(tree: Tree, kin: Node, subjects: list[Mention | None]) -> bool:
    """A public person's relative by a possessive that is not plural ('Putin had dinner with his family'; not 'the
    president met their families')."""
    return any(m is not None and m.kind == "PER" for m in subjects) and any(
        d.feat("Poss") == "Yes" and d.feat("Number") != "Plur" for d in tree.children(kin.i))


def _subjects(tree: Tree, n: Node) -> list[Node]:
    """The trigger's subject, or that of the verb an infinitive or a conjunct shares it with ('Její otec se obával a
    doporučoval jí')."""
    cur = n
    for _ in range(3):
        subj = tree.children(cur.i, "nsubj")
        if subj or cur.head == cur.i or cur.deprel not in {"xcomp", "conj"}:
            return subj
        cur = tree[cur.head]
    return []


def possible_passive(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """An agentless passive under a possibility modal: the penalty a law allows or what may be done to someone
    ('could be sentenced to three years if found guilty', 'může být odsouzen až na deset let')."""
    if not passive(tree, n) or tree.children(n.i, "obl:agent"):
        return False
    modals = lex.words("possibility_verbs")
    if any(k.lemma in modals for k in tree.children(n.i, "aux")):
        return True
    head = tree[n.head]
    return n.head != n.i and n.deprel in {"ccomp", "xcomp"} and head.lemma in modals


def natural_force(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The subject, or a passive verb's agent or cause, that is a natural force, a disease or an accident (grammar
    key natural_forces: 'lavina zabila muže', '100 people killed from the storm')."""
    forces = words(lex, "natural_forces")
    cands = tree.children(n.i, "nsubj")
    if passive(tree, n) or n.feat("VerbForm") == "Part":
        cands += tree.children(n.i, "obl", "obl:agent")
    return next((k for k in cands if k.upos == "NOUN" and k.lemma.lower() in forces), None)


def thing_subject(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> bool:
    """Is the subject of n a common noun or demonstrative that names no actor ('the act', 'this'), or a named law
    (grammar key law_nouns: 'the Income Tax Act')?"""
    subj = tree.children(n.i, "nsubj")
    if not subj:
        return False
    k = subj[0]
    if k.upos == "PRON":
        return k.feat("PronType") == "Dem"
    if k.upos == "PROPN" and k.lemma.lower() in words(lex, "law_nouns"):
        return True
    return k.upos == "NOUN" and mention_at(doc, k.i) is None


def nothing_refused(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> bool:
    """No object, clause, oblique or addressee after or before the verb, it is no quote's speech tag, and it does
    not answer the request it is conjoined to ('pressed her to accept it, but she refused': that request)."""
    if any(q.cue_span == (n.tok.start, n.tok.end) for q in doc.quotes):
        return False
    if n.deprel == "conj" and n.head != n.i and requests(lex, tree[n.head]) and any(
            mention_at(doc, k.i) is not None for k in tree.children(n.head, "obj", "iobj", "obl", "obl:arg")):
        return False  # the request names whom it asks: the refusal is theirs (refusal.answered_request)
    return not tree.children(n.i, *COMPLEMENTS) and n.feat("VerbForm") != "Inf"


def requests(lex: Lexicon, v: Node) -> bool:
    """Does the verb code a request or demand (PLOVER REQUEST) in the lexicon?"""
    return v.upos == "VERB" and any(plover_type(e.cameo) == "REQUEST" for e in lex.entries(v.lemma, v.tok.text, False))


def private_destination(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The destination phrase of a motion verb when it is a common noun or a private actor (a home, a field, a
    school), not a state, an international body or a public institution, nor a visit of one (data key visit_nouns:
    'přijel na návštěvu Ruska', 'came on a visit to Russia'; a tour of a region is no visit)."""
    dests = [k for k in tree.children(n.i, "obl", "nmod", "advmod") if k.upos in {"NOUN", "PROPN"}
             and tree.case_words(k.i)]
    if not dests:
        return None
    visits = words(lex, "visit_nouns")
    for k in dests:
        m = mention_at(doc, k.i)
        if public(m) or (k.lemma in visits and any(host(mention_at(doc, c.i)) for c in tree.children(k.i, "nmod"))):
            return None  # 'přijel na návštěvu Moskvy': the visit noun's state is the destination
        if m is None and k.upos == "PROPN":
            return None  # an unresolved name may still be a city or a state
    return dests[0]
