"""Precision rules from unseen news (session 4): constructions where an event verb names no act between actors.

- A request verb whose complement is an embedded question ('asked how he viewed X', 'asked them why ...',
  'asking their leaders "how dare you?"'; grammar keys interrogatives, question_complementizers): it asks a
  question, it requests nothing. 'asked whether they could help' (a modal or conditional in the clause) stays a
  polite request.
- A struggle ('fight', 'wage war', 'bojovat', grammar key struggle_words) whose opponent is a thing, not an
  actor ('waged a war against women's oppression', 'bojuje proti nezaměstnanosti mladých lidí'): figurative; the
  people inside the phrase are not attacked.
- A commitment verb ('I promise you', grammar key commitment_verbs) with nothing promised after it: an
  intensifier in speech, no AGREE.
- A request verb whose only content is an 'about'-phrase or whose object is a question (data keys
  question_topic_preps, question_nouns: 'the reporter who asked him about climate change', 'you ask the best
  question'): a question, nothing requested.
- An entry's object noun that is part of a time expression ('gave an address at the UN this week' is no 'give a
  week' ultimatum; 'in two weeks' is no deadline).
- An attack or coercion verb whose object is a reflexive pronoun (grammar key reflexive_pronouns) the entry does
  not name: cs 'se zabil při nehodě' (died in a crash), 'policista se zranil' (got hurt), 'se zastřelil'; the
  subject acted on itself, nobody attacked anyone.
- An attack noun with a figurative modifier (data key figurative_modifiers: 'started a health and political
  offensive', 'diplomatická ofenziva', 'charm offensive'): a campaign, no force used.
- A targeting verb whose object is people described by age (data keys audience_verbs, audience_modifiers: 'we are
  targeting young people 18 to 24 years'): the audience of a campaign or a product, no attack.
- An act in the complement or means of a present-tense verb of an actor's line of activity (data key
  activity_profile_verbs: 'the hub focuses on skills development by assisting entrepreneurs', 'se zaměřuje na
  rozvoj, a to tak, že pomáhá podnikatelům', 'companies rely on selling to consumers'): a habitual description of
  what the actor does, no act that took place; not 'will focus on', 'se zaměří na'.
- A request or commitment verb that is a past participle modifying a noun with no agent phrase ('West Africans ordered
  out of Nigeria', 'the autonomy promised in 1997'): who ordered or promised is not said; the sentence's subject is
  no source of it.
- An act set in a work of fiction (data keys fiction_nouns, fiction_preps: 'Will Smith se ve filmu postaví své mladší
  verzi', 'in the series she asks him for help') or done by a character (fiction_roles: 'the main character asks
  for whisky'): the plot, no act between real actors; a documentary (nonfiction_modifiers) is real.
- A resolve word ('je odhodlána', 'is committed to'; entries marked no_counterpart) whose subject is a known private
  person and that names no public counterpart: a personal resolve ('determined to protect her family'), no AGREE.
- A support verb as a passive participle describing a business or media noun (data key backed_entity_nouns: 'a
  company backed by X', 'společnost podporovaná X'): its owners or funders as background, no act.
- A phone-call verb whose addressee is a private person after a preposition (data keys call_out_verbs,
  call_out_preps: cs 'zavolaly na ženu, která šla kolem'): a shout to a passer-by, no telephone talk.
- A help verb whose infinitive is a bodily act or handles a personal item (data keys help_verbs, bodily_acts,
  personal_items: 'is helping Camilla put on her face mask', 'pomáhá Camille nasadit roušku', 'pomohl matce vstát'):
  personal assistance, no aid between actors; 'helped police officers find his girlfriend' stays.
- (used by precision.py's call check) A naming verb whose named actor is followed by an opening quotation mark and a
  capitalised word ('Michelle Obama Calls Meghan Markle 'An Inspiration' In Adoring Instagram'): a label, no call.
"""

from __future__ import annotations

from ..cameo import plover_type
from ..model import Doc, Mention
from .labels import QUOTE_MARKS
from .lexicon import Entry, Lexicon
from .precision_frames import frame_drop, mention_at, public, words
from .precision_news import news_drop
from .udview import Node, Tree

CLAUSE_RELS = ("ccomp", "xcomp", "parataxis")
# Acts done to an object: with a reflexive object they are self-directed. Speech and meeting acts have inherently
# reflexive verbs ('obrátit se na OSN' asks the UN, 'dohodnout se', 'setkat se') and are left alone.
OBJECT_ACTS = {"ASSAULT", "COERCE", "RETREAT", "SANCTION", "SUPPORT", "MOBILIZE"}
OBJECT_RELS = ("obj", "iobj", "dobj")


def sense_drop(doc: Doc, tree: Tree, lex: Lexicon, n: Node, e: Entry, anchors: list[int]) -> str | None:
    """Why the trigger codes no event under one of this module's rules, or None."""
    kind = plover_type(e.cameo)
    if anchors and all(any(t.start <= a < t.end for t in doc.timexes) for a in anchors):
        return "the object noun is part of a time expression ('this week'), not the entry's object"
    if kind == "REQUEST" and not e.objects and embedded_question(tree, lex, n) is not None:
        return "the complement is an embedded question ('asked how/why ...'): a question, not a request"
    if kind == "REQUEST" and not e.objects and not e.prep and topic_question(tree, lex, n):
        return "a question ('asked him about climate change', 'ask the best question'), not a request"
    if kind == "ASSAULT" and e.noun and (ill := next((k for k in tree.children(n.i, "compound", "amod")
                                                      if k.lemma.lower() in words(lex, "illness_modifiers")), None)):
        return f"an illness ('{ill.tok.text} {n.tok.text}'), not an attack"
    if kind == "ASSAULT" and (who := audience(tree, lex, n)) is not None:
        return f"an audience by age ('{who.tok.text}'): a campaign or market targets it, no attack"
    if kind == "ASSAULT" and (fig := figurative_attack(tree, lex, [n] if e.noun else [tree[a] for a in anchors])):
        return f"a figurative attack ('{fig.tok.text}' offensive, campaign): no force used"
    if kind == "ASSAULT":
        thing = figurative_opponent(doc, tree, lex, n, anchors)
        if thing is not None:
            return f"struggle against a thing ('{thing.tok.text}'), not an actor: figurative, no attack"
    if kind == "AGREE" and empty_commitment(tree, lex, n) and not quote_cue(doc, n):
        return "a commitment verb with nothing committed to after it ('I promise you'): no agreement"
    if kind == "CONSULT" and (who := shouted_to(doc, tree, lex, n)) is not None:
        return f"a call to a person ('{n.tok.text} na {who.tok.text}'): a shout, not a telephone talk"
    if (profile := activity_profile(tree, lex, n)) is not None:
        return f"a line of activity ('{profile.tok.text}' on doing it): a habitual description, no act"
    if kind in {"REQUEST", "AGREE"} and reduced_passive(tree, n):
        return "a past participle modifying a noun with no agent ('Africans ordered out', 'autonomy promised'): no doer"
    if kind == "AGREE" and e.no_counterpart and (who := private_resolve(doc, tree, n)) is not None:
        return f"a private person's resolve ('{who.tok.text}'): no public actor and no counterpart, no agreement"
    if kind == "SUPPORT" and (firm := backed_entity(tree, lex, n)) is not None:
        return f"a participle describing a business ('{firm.tok.text} {n.tok.text}'): its backing as background, no act"
    if (work := fiction(tree, lex, n)) is not None:
        return f"a work of fiction or its character ('{work.tok.text}'): the plot, no act between real actors"
    if kind == "AID" and (act := personal_help(tree, lex, n)) is not None:
        return f"personal assistance ('{n.tok.text} ... {act.tok.text}'): a bodily or everyday act, no aid"
    if kind in OBJECT_ACTS and reflexive_object(tree, lex, n, e):
        return "the object is reflexive ('se zabil při nehodě', 'se zranil'): the subject acted on itself"
    return news_drop(doc, tree, lex, n, e) or frame_drop(doc, tree, lex, n, e)


def activity_profile(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The present-tense verb of an actor's line of activity (data key activity_profile_verbs) whose complement or
    means holds n, up to three steps above it and below any other clause with a subject."""
    verbs, k = words(lex, "activity_profile_verbs"), n
    for _ in range(3):
        if k.head == k.i:
            return None
        k = tree[k.head]
        if k.lemma.lower() in verbs:
            present = k.feat("Tense") == "Pres" or (k.feat("VerbForm") == "Inf" and k.deprel == "conj")  # 'have
            # reported losses and rely on selling': the parser reads the finite conjunct as an infinitive
            habitual = present and k.feat("Aspect") != "Perf" and not tree.children(k.i, "aux", "mark")
            return k if habitual else None
        if k.upos in {"VERB", "AUX"} and tree.children(k.i, "nsubj", "nsubj:pass"):
            return None
    return None


def embedded_question(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The clausal complement of n that opens with a question word, or with 'whether/if' and no modal."""
    wh, yesno = lex.words("interrogatives"), lex.words("question_complementizers")
    modals = lex.words("possibility_verbs")
    for c in tree.children(n.i, *CLAUSE_RELS):
        words = [k for k in tree.subtree(c.i) if k.upos != "PUNCT"]
        if not words or words[0].i < n.i:
            continue
        first = words[0]
        form = first.tok.text.lower()
        if first.lemma in wh or form in wh:
            return c
        if (first.lemma in yesno or form in yesno) and not any(
                k.lemma in modals or k.feat("Mood") == "Cnd" for k in tree.children(c.i, "aux")):
            return c
    return None


def topic_question(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """A question as object (data key question_nouns), or a phrase of a question topic (question_topic_preps:
    'about') after n with no clause, infinitive or other prepositional phrase ('for help') saying what is requested."""
    preps = words(lex, "question_topic_preps")
    if not preps or tree.children(n.i, *CLAUSE_RELS, "advcl"):
        return False
    if any(k.lemma.lower() in words(lex, "question_nouns") for k in tree.children(n.i, *OBJECT_RELS)):
        return True  # 'you always ask the best question'
    kids = [k for k in tree.children(n.i) if k.i > n.i and k.upos != "PUNCT"]
    topics = [k for k in kids if k.tok.text.lower() in preps or tree.case_words(k.i) & preps]
    others = [k for k in kids if k not in topics and k.deprel.split(":")[0] in {"prep", "obl", "nmod"}]
    return bool(topics) and not others


def _is_actor(doc: Doc, i: int) -> bool:
    """Is token i inside a resolved actor mention?"""
    return any(m.start <= i < m.end and m.code for m in doc.mentions)


def figurative_opponent(doc: Doc, tree: Tree, lex: Lexicon, n: Node, anchors: list[int]) -> Node | None:
    """The common noun a struggle word is directed against when no opponent is an actor ('against oppression')."""
    struggle = lex.words("struggle_words")
    heads = [n, *(tree[a] for a in anchors)]
    if not any(h.lemma in struggle for h in heads):
        return None
    preps = lex.words("opposing_preps") | lex.words("struggle_preps")  # cs 'bojují s koronavirem'
    opp = [k for h in heads for k in tree.children(h.i, "obl", "nmod") if tree.case_words(k.i) & preps]
    opp += [k for k in tree.children(n.i, *OBJECT_RELS) if k.i not in anchors]
    if not opp or any(_is_actor(doc, k.i) or k.upos != "NOUN" for k in opp):
        return None
    return opp[0]


def quote_cue(doc: Doc, n: Node) -> bool:
    """Is the trigger the speech verb of a quote ('"We will send troops," the minister promised': the quote is
    what is promised)?"""
    return any(q.cue_span == (n.tok.start, n.tok.end) for q in doc.quotes)


def empty_commitment(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """A commitment verb (grammar key commitment_verbs) with no clause, no noun object and no 'to'-phrase after it."""
    if n.lemma not in lex.words("commitment_verbs"):
        return False
    after = [k for k in tree.children(n.i) if k.i > n.i and k.upos != "PUNCT"]
    content = [k for k in after if k.deprel.split(":")[0] in {*CLAUSE_RELS, "obl", "nmod", "advcl"}
               or (k.deprel.split(":")[0] in OBJECT_RELS and k.upos != "PRON")
               or (k.deprel == "nsubj" and k.feat("Case") == "Acc" and k.upos != "PRON")]  # 'přislíbil balík
    return not content  # pomoci': an accusative the parser made a second subject is the thing promised


def reflexive_object(tree: Tree, lex: Lexicon, n: Node, e: Entry) -> bool:
    """An accusative reflexive pronoun in the object slot of a verb whose entry takes a direct object and names
    no particle ('zabil se', not 'pustil se do X'), with no other object."""
    refl = lex.words("reflexive_pronouns")
    if not refl or e.particle or e.noun or not any(t in {"obj", "case:Acc"} for t in e.target):
        return False
    kids = tree.children(n.i, "expl", "obj")
    return any(k.lemma in refl and k.feat("Case") == "Acc" for k in kids) and not any(
        k.lemma not in refl for k in tree.children(n.i, "obj"))


def shouted_to(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The private person a call verb (data key call_out_verbs) is addressed to with a preposition (call_out_preps):
    a civilian mention or a family noun; a body ('na pojišťovnu', 'na úřad') is phoned."""
    if n.lemma not in words(lex, "call_out_verbs"):
        return None
    preps, family = words(lex, "call_out_preps"), words(lex, "family_nouns")
    for k in tree.children(n.i, "obl", "obl:arg"):
        if not tree.case_words(k.i) & preps:
            continue
        codes = [m.code or "" for m in doc.mentions if m.start <= k.i < m.end]
        if k.lemma in family or any(len(c) == 6 and c.endswith("CVL") for c in codes):
            return k
    return None


def personal_help(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The infinitive of a help verb (data key help_verbs) that is a bodily act (bodily_acts) or has a personal item
    (personal_items) as a noun of its phrase ('put on her face mask')."""
    if n.lemma.lower() not in words(lex, "help_verbs"):
        return None
    acts, items = words(lex, "bodily_acts"), words(lex, "personal_items")
    for c in tree.children(n.i, "xcomp", "ccomp"):
        if c.upos != "VERB":
            continue
        objs = [k for k in tree.subtree(c.i) if k.i > c.i and k.upos == "NOUN"] + _next_noun(tree, c)
        if c.lemma.lower() in acts or any(o.lemma.lower() in items for o in objs):
            return c
    return None


def quote_after_actor(doc: Doc, tree: Tree, n: Node) -> bool:
    """An opening quotation mark right after the actor named next after the verb, before a capitalised word ('Michelle
    Obama Calls Meghan Markle 'An Inspiration' In Adoring Instagram', the parser taking the mark for a possessive): the
    quoted words name the actor; not a quoted purpose ('called Putin "to discuss the crisis"')."""
    m = min((m for m in doc.mentions if m.code and m.start > n.i), key=lambda m: m.start, default=None)
    if m is None or any(tree[k].upos not in {"DET", "PROPN", "NOUN", "ADJ"} for k in range(n.i + 1, m.start)):
        return False
    return m.end + 1 < len(tree.nodes) and tree[m.end].tok.text in QUOTE_MARKS \
        and tree[m.end + 1].tok.text[:1].isupper()


def _next_noun(tree: Tree, c: Node) -> list[Node]:
    """The first noun within three words after c, before any punctuation ('nasadit její roušku barevně sladěnou':
    the parser may hang the object elsewhere)."""
    for k in range(c.i + 1, min(c.i + 4, len(tree.nodes))):
        if tree[k].upos == "PUNCT":
            return []
        if tree[k].upos == "NOUN":
            return [tree[k]]
    return []


def figurative_attack(tree: Tree, lex: Lexicon, nouns: list[Node]) -> Node | None:
    """A modifier of an attack noun (and the modifiers coordinated with it) from the data key figurative_modifiers."""
    fig, said = words(lex, "figurative_modifiers"), words(lex, "figurative_genitives")
    for h in nouns:
        mods = [k for k in tree.children(h.i, "compound", "amod", "nmod") if k.i < h.i and not tree.has_case(k.i)]
        mods += [c for k in mods for c in tree.children(k.i, "conj")]
        hit = next((k for k in mods if k.lemma.lower() in fig or k.tok.text.lower() in fig), None)
        hit = hit or next((k for k in tree.children(h.i, "nmod") if k.i > h.i and k.lemma.lower() in said), None)
        if hit is not None:  # or fire made of words after it ('pod palbou kritiky', 'palba otázek')
            return hit
    return None


def audience(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The object of an aiming verb (data key audience_verbs) described by age (audience_modifiers: 'young
    people', 'adults aged 18 to 24')."""
    if n.lemma not in words(lex, "audience_verbs"):
        return None
    mods = words(lex, "audience_modifiers")
    for k in tree.children(n.i, "obj", "dobj"):
        if any(c.lemma.lower() in mods for c in tree.children(k.i, "amod", "compound", "acl")):
            return k
    return None


def fiction(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The film, series or novel the trigger's clause is set in ('ve filmu', 'in the movie'; not a documentary), or
    the fictional character that is its subject ('the main character asks')."""
    nouns, roles, preps = words(lex, "fiction_nouns"), words(lex, "fiction_roles"), words(lex, "fiction_preps")
    real = words(lex, "nonfiction_modifiers")
    for k in tree.children(n.i, "obl", "nmod", "obl:arg"):
        if k.lemma.lower() in nouns and tree.case_words(k.i) & preps \
                and not any(m.lemma.lower() in real for m in tree.children(k.i, "amod", "compound")):
            return k
    return next((k for k in tree.children(n.i, "nsubj", "nsubj:pass") if k.lemma.lower() in roles), None)


def reduced_passive(tree: Tree, n: Node) -> bool:
    """A verb that modifies a noun as a past or passive participle (deprel acl, not a relative clause) right after it
    (no comma: 'revealing the logo, called on X' is a conjunct the parser attached to the noun) with no agent phrase
    and no subject of its own."""
    if n.deprel != "acl" or n.upos != "VERB" or not (n.feat("Tense") == "Past" or n.feat("Voice") == "Pass") \
            or n.i == 0 or tree[n.i - 1].upos == "PUNCT" or n.head > n.i:
        return False
    return not tree.children(n.i, "agent", "obl:agent", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")


def backed_entity(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The business or media noun (data key backed_entity_nouns) a passive participle of support modifies ('a company
    backed by X', 'společnost podporovaná X'): a description of its owners or funders."""
    passive = n.feat("VerbForm") == "Part" and (n.feat("Voice") == "Pass" or n.feat("Tense") == "Past")
    if n.deprel not in {"acl", "amod"} or not passive or n.head == n.i:
        return None
    head = tree[n.head]
    return head if head.lemma.lower() in words(lex, "backed_entity_nouns") else None


def _out_of_office(m: Mention | None) -> bool:
    """A listed person of the elite sector, holding no office (a royal, a former leader): a person's own resolve."""
    return m is not None and m.kind == "PER" and (m.code or "")[3:6] == "ELI"


def private_resolve(doc: Doc, tree: Tree, n: Node) -> Node | None:
    """The subject of a resolve word ('je odhodlána', 'is committed to') that is a known private actor (a coded
    mention of no public sector) when no public actor hangs on the word as its counterpart."""
    subj = [k for k in tree.children(n.i, "nsubj", "nsubj:pass")
            if (ms := [m for g in (k, *tree.children(k.i)) if (m := mention_at(doc, g.i)) is not None])
            and not any(public(m) and not _out_of_office(m) for m in ms)]  # 'Zpěvačka Lucie Bílá': name on noun
    if not subj or any(public(mention_at(doc, k.i)) for k in tree.children(n.i, "obl", "iobj", "nmod", "obl:arg")):
        return None
    return subj[0]
