"""Repairs of implausible parses before the events engine reads roles (a fallback from morphology and word order).

The statistical parsers break on constructions common in news (cs_core_news_sm above all); where the tree is
implausible and the morphology says otherwise, the UD view is rewritten in place (the Doc's tokens stay as parsed):
- an additive conjunction (grammar key additive_conj: cs 'jakož (i)') taken as a clause head or adverbial with the
  coordinated nominals as its subjects ('Rusko a Čína, jakož i Írán, obvinily …'): the nominals before it go back to
  the verb, those after it become conjuncts of the nearest nominal before it that has the same case;
- a nominal conjunct hung on the verb instead of on its first member ('sešel se nejen s X, ale také s Y'): it becomes
  the conjunct of the verb's nearest earlier dependent with the same case and preposition;
- a finite verb tagged NOUN/ADJ ('pozůstalí popřeli obvinění', 'země zmírní pravidla'): a token whose lemma looks
  like an infinitive (grammar key infinitive_suffixes) or that the lemmatizer left as it is, whose form has a finite
  ending (grammar key finite_endings) and that only the verb lexicon knows, is a VERB; it takes its head's place in
  the tree and that head becomes its subject (before it, nominative) or object (after it);
- a 'subject' in the agent case (grammar key agent_cases) or under a preposition: a passive's agent ('Ruskou policií…');
- an actor in the agent case tagged as a modifier of a passive verb, or as its object in a plural form the agent
  case shares, is the agent ('Starosta byl opozicí kritizován', 'Muž byl policisty zbit');
- an infinitive taken as the clausal subject of an adjective predicate with its own subject ('FAO je připravená
  spolupracovat'): the adjective's complement (xcomp);
- a headline passive without its auxiliary read as a past verb ('Child rapist ordered to face victim', 'Police
  officer shot in Prague'): its subject is the passive subject, its by-phrase the agent (extractors/headlines.py);
- a noun of a charge received (grammar key received_charges) read as the subject of the verb that receives it ('Nyní
  čelí obvinění z vraždy', a Nom/Dat homograph): the verb's object, so the dropped subject receives the charge;
- an adjective used as a noun in the accusative made a secondary predicate of a verb with no object ('evakuovali
  raněné', 'propustili zadržené'): the verb's object;
- a reflexive passive (expl:pass 'se', nsubj:pass, no auxiliary) of a verb the lexicon knows with that particle
  ('Pět set rebelů se vzdalo'): the inherently reflexive verb in the active, its 'passive subject' the subject;
- an approximate count read as an oblique ('zadržela přes 30 Palestinců', 'deportovaly více než 16 000 Syřanů'):
  the counted noun of a verb with no other object is that verb's object; of a neuter singular passive with no
  subject ('bylo zadrženo přes 142 lidí') its passive subject (repair_counted);
- a subject after its verb read as an object ('V říjnu zabil atentátník 15 kadetů', 'zabili ozbrojenci 148 studentů'):
  an actor noun in a nominative form that agrees with a subjectless active verb is its subject;
- a root noun with a past verb that has an object hung on it as a participle ('The US-led coalition bombed Mosul.'):
  the verb is the root and the noun its subject;
- a coordinated subject split into sibling subjects ('Rusko i syrská vláda uvítaly', 'Ani Rusko, ani Čína …', the
  conjunction hung on a modifier) or hung as an adverbial after a joint-subject mark (grammar key joint_subject_marks:
  'Rusko spolu s Íránem odsoudilo', 'Russia, along with Iran, condemned'): the later nominal before the verb is the
  conjunct of the first subject, so each member gets the event (GUIDELINES rule 5);
- a future auxiliary hung as the copula of a fronted adverbial or subordinator of an infinitive ('V neděli bude paní
  Trussová diskutovat', 'až budou dráhy obhajovat'): the infinitive's auxiliary (repair_aux);
- a name before an act noun (grammar key act_anaphors) right before its verb, read as the noun's modifier or the
  verb's adverb ('Minsk rozhodnutí uvítal', 'Sýrie útok odsoudila'), or the act noun read as a second subject in the
  accusative ('Japonsko a Jižní Korea odpal odsoudily'): the name is the subject, the act noun the object.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Doc
from .headlines import headline_passive
from .lexicon import Lexicon
from .manner import lift_manner_phrases
from .pronouns import pronoun_homographs
from .reactions import reaction_subject
from .repair_aside import aside_object, stranded_dative
from .repair_aux import displaced_future, modal_argument
from .repair_comitative import comitative_se
from .repair_conj import (
    comitative_subject,
    correlative_conjunct,
    nominative_conjunct,
    passive_conjunct,
    short_passive_subject,
)
from .repair_counted import approximate_subject, counted_after_name
from .repair_dative import dative_after_genitive
from .repair_medium import medium_companion
from .repair_modifier import modifier_verb
from .repair_naming import called_object
from .repair_relative import relative_object
from .syncretism import feminine_nominative
from .udview import NOMINAL, Node, Tree

# Relations of the nominals a mis-parsed additive conjunction takes as its own dependents.
MEMBER_RELS = {"nsubj", "conj", "obj", "nmod", "obl", "appos", "dep", "iobj"}
PREDICATE_RELS = {"conj", "ccomp", "parataxis", "advcl", "xcomp", "acl", "dep", "root"}
CORE_OR_OBLIQUE = {"nsubj", "obj", "iobj", "obl", "nmod"}


def repair(doc: Doc, tree: Tree, lex: Lexicon) -> list[str]:
    """Apply every repair in place; returns a note per change (for doc.meta and debugging)."""
    names = {i for m in doc.mentions for i in range(m.start, m.end)}
    notes: list[str] = []
    for n in tree.nodes:
        if _verbal(lex, n, names):
            notes.append(_as_verb(tree, n))
    additive = lex.words("additive_conj")
    for n in tree.nodes:
        if n.lemma in additive and n.upos in {"SCONJ", "CCONJ", "ADV", "PART"} and n.deprel != "cc":
            note = _additive(tree, n)
            if note:
                notes.append(note)
    for n in tree.nodes:
        note = comitative_se(tree, lex, n) or correlative_conjunct(tree, lex, n) or _verb_conjunct(tree, n) \
            or comitative_subject(tree, lex, n) or approximate_subject(tree, lex, n) or counted_after_name(tree, n) \
            or _oblique_subject(tree, lex, n) or _passive_agent(tree, lex, n, names) \
            or headline_passive(doc, tree, lex, n, names) or _split_passive(tree, lex, n) or _adjective_csubj(tree, n) \
            or _received_subject(tree, lex, n) or _reflexive_subject(tree, lex, n) \
            or _place_object(tree, lex, n) or _adjective_object(tree, n, names) or _counted_object(tree, lex, n) \
            or _postverbal_subject(tree, n, names) or reaction_subject(doc, tree, lex, n) or _lost_verb(doc, tree, n) \
            or passive_conjunct(tree, lex, n) or short_passive_subject(tree, n) or relative_object(tree, lex, n) \
            or displaced_future(tree, n) or modal_argument(tree, lex.words("argumentless_modals"), n) \
            or aside_object(tree, lex, n) or stranded_dative(tree, n) or dative_after_genitive(tree, n, names) \
            or called_object(doc, tree, lex, n) or medium_companion(tree, lex, n) \
            or nominative_conjunct(tree, names, n) or modifier_verb(doc, tree, n)
        if note:
            notes.append(note)
    notes.extend(x for n in tree.nodes if (x := _lost_verb(doc, tree, n)))  # 'Trump called Xi': object repaired
    notes.extend(_glued_names(doc, tree))
    notes.extend(_joint_subjects(tree, lex))
    notes.extend(_nominal_marks(tree, lex))
    notes.extend(pronoun_homographs(tree, lex))
    notes.extend(lift_manner_phrases(tree, lex))  # 'the cause of the crash in cooperation with X'
    return notes


def _nominal_marks(tree: Tree, lex: Lexicon) -> list[str]:
    """A clause-opening condition word the parser took for a noun ('Kdyby Rusko zaútočilo': 'Kdyby' PROPN nsubj,
    lemma 'kdyba', 'Rusko' under it) marks its verb again, and what hung on it is the verb's subject."""
    marks = lex.words("conditional_marks") | lex.words("irrealis_marks")
    notes = []
    for n in tree.nodes:
        if n.tok.text.lower() not in marks or n.upos not in NOMINAL or n.head == n.i \
                or tree[n.head].upos not in {"VERB", "AUX"}:
            continue
        verb, kids = n.head, [k for k in tree.children(n.i) if k.upos in NOMINAL]
        n.pos = "SCONJ"
        tree.rehang(n.i, verb, "mark")
        for k in kids:
            tree.rehang(k.i, verb, "nsubj")
        notes.append(f"mark:{n.tok.text}")
    return notes


# A name the parser hung inside the name before it ('podpořil Andrej Babiš Petra Fialu': Petra flat of Andrej), once
# the actors step split them into two people, takes the verb's other core role.
OTHER_CORE = {"nsubj": "obj", "obj": "nsubj"}
GLUED_KINDS = frozenset({"PER", "GPE"})


def _glued_names(doc: Doc, tree: Tree) -> list[str]:
    """Rehang the second of two adjacent person or state mentions glued by a name relation to the first one's verb
    ('obvinila Moskva Kyjev', 'pohrozila Čína Tchajwanu': no state's name modifies another's)."""
    notes = []
    people = {m.head: m for m in doc.mentions if m.kind in GLUED_KINDS}
    for m in doc.mentions:
        n = tree[m.head]
        first = people.get(n.head)
        if m.kind not in GLUED_KINDS or first is None or first is m or first.end != m.start \
                or n.deprel.split(":")[0] not in {"flat", "nmod", "appos"}:
            continue
        f = tree[first.head]
        rel = OTHER_CORE.get(f.deprel)
        if rel and f.head != f.i and tree[f.head].upos == "VERB" and tree.rehang(n.i, f.head, rel):
            if rel == "obj" and n.feat("Case") == "Nom" and n.tok.text.lower() != n.lemma:  # 'Tchajwanu' tagged
                n.tok = replace(n.tok, feats={k: v for k, v in n.tok.feats.items() if k != "Case"})  # Nom: unknown
            notes.append(f"glued-name:{n.tok.text}:{rel}")
    return notes


def _adjective_object(tree: Tree, n: Node, names: set[int]) -> str:
    """'evakuovali raněné', 'propustili zadržené': an adjective used as a noun (an actor mention) in the accusative
    (or tagged Nom, agreeing with the subject: 'Vrtulníky evakuovaly raněné'), made a secondary predicate (advcl:pred)
    of an active verb that has no object, is that verb's object."""
    if n.deprel != "advcl:pred" or n.i not in names or n.upos != "ADJ" or n.feat("Case") not in {"Acc", "Nom"} \
            or n.head == n.i:
        return ""
    verb = tree[n.head]
    if verb.upos != "VERB" or verb.feat("Voice") == "Pass" or tree.children(verb.i, "obj", "aux:pass", "expl:pass"):
        return ""
    tree.rehang(n.i, verb.i, "obj")
    return f"adjective-object:{n.tok.text}"


def _passive_agent(tree: Tree, lex: Lexicon, n: Node, names: set[int]) -> str:
    """An actor noun in the agent case hung on a passive verb with a subject as a modifier ('Starosta byl opozicí
    kritizován': amod), or as an object whose plural form the agent case shares ('Muž byl policisty zbit': Acc = Ins
    plural; a passive with a subject takes no object) is the agent; so is a capitalised name the tagger made an
    adjective of the participle ('Německo bylo Ukrajinou požádáno': ADJ, as if 'ukrajinou')."""
    cases = set(lex.grammar.get("agent_cases", []))
    nominal = n.upos in NOMINAL or (n.upos == "ADJ" and n.tok.text[:1].isupper())
    if not cases or n.i not in names or not nominal or n.head == n.i or tree.has_case(n.i):
        return ""
    verb = tree[n.head]
    passive = verb.feat("Voice") == "Pass" and any(k.deprel == "aux:pass" for k in tree.children(verb.i))
    if not passive or not tree.children(verb.i, "nsubj:pass"):
        return ""
    modifier = n.deprel in {"amod", "nmod", "dep"} and n.feat("Case") in cases
    plural_object = n.deprel == "obj" and n.feat("Number") == "Plur" and n.feat("Animacy") == "Anim"
    if not (modifier or plural_object):
        return ""
    tree.rehang(n.i, verb.i, "obl:agent")
    return f"passive-agent:{n.tok.text}"


def _adjective_csubj(tree: Tree, n: Node) -> str:
    """'FAO je připravená spolupracovat s X': an infinitive the parser made the clausal subject of an adjective
    predicate that has a subject of its own is the adjective's complement (xcomp: its subject acts, and the
    adjective's readiness or obligation is the infinitive's modality)."""
    if n.deprel != "csubj" or n.feat("VerbForm") != "Inf" or n.head == n.i or tree[n.head].upos != "ADJ" \
            or not tree.children(n.head, "nsubj"):
        return ""
    tree.rehang(n.i, n.head, "xcomp")
    return f"adjective-complement:{n.tok.text}"


def _split_passive(tree: Tree, lex: Lexicon, n: Node) -> str:
    """'The brother was on Friday convicted of her murder': a phrase between the passive auxiliary and its
    participle makes the parser hang the participle on the auxiliary (advcl) and the subject with it; the
    participle, with no subject of its own, is the verb: it takes the auxiliary, the subject (as nsubj:pass) and the
    auxiliary's other dependents (grammar key passive_auxiliaries)."""
    if n.upos != "AUX" or n.lemma not in lex.words("passive_auxiliaries") or n.deprel.startswith("aux"):
        return ""
    subj = tree.children(n.i, "nsubj")
    parts = [k for k in tree.children(n.i, "advcl", "xcomp", "conj", "ccomp", "dep") if k.i > n.i
             and k.upos == "VERB" and k.feat("VerbForm") == "Part" and k.feat("Tense") == "Past"
             and not tree.children(k.i, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass")]
    if len(subj) != 1 or not parts:
        return ""
    p = parts[0]
    tree.rehang(p.i, p.i if n.head == n.i else n.head, n.deprel)
    for k in tree.children(n.i):
        tree.rehang(k.i, p.i, "nsubj:pass" if k.i == subj[0].i else k.deprel)
    tree.rehang(n.i, p.i, "aux:pass")
    return f"split-passive:{p.tok.text}"


def _oblique_subject(tree: Tree, lex: Lexicon, n: Node) -> str:
    """A 'subject' under a preposition or in the agent case ('Ruskou policií bylo zahájeno stíhání', Ins) is an
    oblique: the agent of a passive verb, else a plain oblique."""
    cases = set(lex.grammar.get("agent_cases", []))
    if not cases or not n.deprel.startswith("nsubj") or n.head == n.i or n.upos not in NOMINAL:
        return ""  # (a language without an agent case keeps its parser's subjects)
    prep = tree.has_case(n.i)
    if not prep and n.feat("Case") not in cases:
        return ""
    verb = tree[n.head]
    passive = verb.feat("Voice") == "Pass" or any(k.deprel in {"aux:pass", "expl:pass"} for k in tree.children(verb.i))
    rel = "obl:agent" if passive and not prep else "obl"
    tree.rehang(n.i, verb.i, rel)
    return f"oblique:{n.tok.text}:{rel}"


def _received_subject(tree: Tree, lex: Lexicon, n: Node) -> str:
    """'Nyní v Kanadě čelí obvinění z vraždy': a noun of a charge received (grammar key received_charges) read as the
    only subject of the verb before it, which a swapped entry gives that noun as its object (a Nom/Dat homograph),
    is that verb's object: the dropped subject receives the charge."""
    lemma = n.lemma.lower()
    if n.deprel != "nsubj" or n.head == n.i or n.i < n.head or lemma not in lex.words("received_charges"):
        return ""
    verb = tree[n.head]
    if verb.upos != "VERB" or len(tree.children(verb.i, "nsubj")) != 1 \
            or not any(e.swap and lemma in e.objects for e in lex.entries(verb.lemma, verb.tok.text, False)):
        return ""
    tree.rehang(n.i, verb.i, "obl:arg")
    return f"received-object:{n.tok.text}"


def _verbal(lex: Lexicon, n: Node, names: set[int]) -> bool:
    """A finite verb the tagger took for a noun or adjective (its form, lemma and the lexicon say so)."""
    if n.upos not in {"NOUN", "ADJ"} or n.feat("VerbForm") or n.i in names:
        return False
    text, lemma = n.tok.text.lower(), n.lemma
    inf, ends = tuple(lex.words("infinitive_suffixes")), tuple(lex.words("finite_endings"))
    if not inf or not ends or not text.endswith(ends) or not text.isalpha():
        return False
    if lemma == text:  # the lemmatizer did not know the form ('zmírní'): only its verb readings count
        return bool(lex.entries(text, text, False)) and not lex.entries(text, text, True)
    return lemma.endswith(inf) and bool(lex.entries(n.tok.lemma, n.tok.text, False)) \
        and not lex.entries(n.tok.lemma, n.tok.text, True)


def _as_verb(tree: Tree, v: Node) -> str:
    """Make v a VERB; if it hung under a nominal, it takes that nominal's place and the nominal becomes its
    subject (a nominative before it) or object (after it)."""
    v.pos = "VERB"
    if v.head == v.i:
        return f"verb:{v.tok.text}"
    h = tree[v.head]
    if h.upos not in NOMINAL | {"ADJ"}:
        return f"verb:{v.tok.text}"
    if h.head == h.i:
        tree.rehang(v.i, v.i, "root")
    else:
        tree.rehang(v.i, h.head, h.deprel)
    role = "obj" if h.i > v.i else "nsubj" if h.feat("Case") in {"Nom", None} else "dep"
    tree.rehang(h.i, v.i, role)
    return f"verb:{v.tok.text}>{h.tok.text}:{role}"


def _predicate(tree: Tree, j: Node) -> Node | None:
    """The verb a misplaced additive conjunction belongs to: its verbal dependent when it is the root, else the
    nearest verbal ancestor."""
    if j.head == j.i:
        return next((k for k in tree.children(j.i) if k.upos in {"VERB", "AUX"}
                     and k.deprel.split(":")[0] in PREDICATE_RELS), None)
    return next((a for a in tree.ancestors(j.i) if a.upos in {"VERB", "AUX"}), None)


def _additive(tree: Tree, j: Node) -> str:
    """'X a Y, jakož i Z, obvinily …': move the nominals under the conjunction back into one coordination."""
    noms = [k for k in tree.children(j.i) if k.upos in NOMINAL and k.deprel.split(":")[0] in MEMBER_RELS]
    after = [k for k in noms if k.i > j.i]
    verb = _predicate(tree, j)
    if not after or verb is None:
        return ""
    before = [k for k in noms if k.i < j.i]
    if j.head == j.i:
        tree.rehang(verb.i, verb.i, "root")
    for b in before:
        tree.rehang(b.i, verb.i, b.deprel)
    anchor = before[0] if before else _earlier_same_case(tree, verb, after[0], j.i)
    if anchor is None:
        return ""
    for a in after:
        tree.rehang(a.i, anchor.i, "conj")
    tree.rehang(j.i, after[0].i, "cc")
    return f"additive:{j.tok.text}:{anchor.tok.text}+{'+'.join(a.tok.text for a in after)}"


def _earlier_same_case(tree: Tree, verb: Node, n: Node, before: int) -> Node | None:
    """The verb's nearest nominal dependent before position `before`, if n can be coordinated with it (same case)."""
    for k in sorted(tree.children(verb.i), key=lambda x: -x.i):
        if k.i < before and k.upos in NOMINAL and k.deprel.split(":")[0] in CORE_OR_OBLIQUE:
            return k if _same_case(tree, k, n) else None
    return None


def _case(tree: Tree, n: Node) -> str | None:
    """The case of a nominal phrase: a governing numeral's ('jedenáct republikánů' is Nom/Acc, not Gen)."""
    gov = next((k for k in tree.children(n.i, "nummod:gov")), None)
    return gov.feat("Case") if gov is not None else n.feat("Case")


def _same_case(tree: Tree, a: Node, b: Node) -> bool:
    """Same preposition and case (a missing Case fits any; a nominative may be an accusative of the same form)."""
    if tree.case_words(a.i) != tree.case_words(b.i):
        return False
    ca, cb = _case(tree, a), _case(tree, b)
    return not ca or not cb or ca == cb or {ca, cb} == {"Nom", "Acc"}


def _verb_conjunct(tree: Tree, n: Node) -> str:
    """'sešel se nejen s X, ale také s Y': a nominal 'conj' of a verb is the conjunct of the verb's nearest earlier
    dependent of the same case and preposition."""
    if n.deprel != "conj" or n.head == n.i or n.upos not in {"NOUN", "PROPN"}:
        return ""
    verb = tree[n.head]
    if verb.upos not in {"VERB", "AUX"} or tree.children(n.i, "nsubj", "cop", "aux", "mark"):
        return ""
    anchor = _earlier_same_case(tree, verb, n, n.i)
    if anchor is None or not n.feat("Case") or not anchor.feat("Case"):
        return ""
    return f"conjunct:{anchor.tok.text}+{n.tok.text}" if tree.rehang(n.i, anchor.i, "conj") else ""


def _reflexive_subject(tree: Tree, lex: Lexicon, n: Node) -> str:
    """'Pět set rebelů se vzdalo': a passive subject of a verb whose 'se' is a particle of a lexicon entry (vzdát se)
    and that has no passive auxiliary is the active subject; the pronoun is the verb's particle (expl:pv)."""
    if n.deprel != "nsubj:pass" or n.head == n.i or n.upos not in NOMINAL:
        return ""
    verb = tree[n.head]
    expl = [k for k in tree.children(verb.i, "expl:pass") if k.lemma.lower() in lex.words("reflexive_pronouns")]
    if not expl or tree.children(verb.i, "aux:pass") or verb.feat("Voice") == "Pass" or not any(
            e.particle == expl[0].lemma.lower() for e in lex.entries(verb.lemma, verb.tok.text, False)):
        return ""
    tree.rehang(n.i, verb.i, "nsubj")
    tree.rehang(expl[0].i, verb.i, "expl:pv")
    return f"reflexive-subject:{n.tok.text}"


def _place_object(tree: Tree, lex: Lexicon, n: Node) -> str:
    """'hostil v tomto městě japonského premiéra', 'hostil v Kantonu francouzského prezidenta': an animate masculine
    genitive (the accusative's form) after a settlement noun (grammar key settlement_nouns), a place name or a named
    building ('přivítal v Bílém domě japonského premiéra') in a place phrase of a verb with no object is that
    object."""
    if n.deprel != "nmod" or n.head == n.i or n.upos != "NOUN" or n.feat("Case") != "Gen" \
            or n.feat("Animacy") != "Anim" or tree.case_words(n.i):
        return ""
    place = tree[n.head]
    settlement = place.lemma.lower() in lex.words("settlement_nouns") or place.feat("NameType") == "Geo" or any(
        a.upos == "ADJ" and a.tok.text[:1].isupper() and a.i < place.i for a in tree.children(place.i, "amod"))
    if place.deprel != "obl" or place.i > n.i or not settlement or not tree.case_words(place.i) & {"v", "ve", "na"}:
        return ""
    verb = tree[place.head]
    if verb.upos != "VERB" or tree.children(verb.i, "obj", "ccomp", "xcomp"):
        return ""
    return f"place-object:{n.tok.text}" if tree.rehang(n.i, verb.i, "obj") else ""


def _counted_object(tree: Tree, lex: Lexicon, n: Node) -> str:
    """'zadržela přes 30 Palestinců', 'deportovaly více než 16 000 Syřanů': a counted noun (a numeral on it, or a
    number noun, grammar key number_nouns: 'kolem stovky vojáků') under an
    approximating preposition (grammar key approximate_preps) on a verb, or marked by a comparison (comparison_marks)
    under a comparative quantity (comparative_quantities) on a verb, is that verb's object when it has no other; a
    preposition that also marks arguments (adverbial_approximate_preps: 'zadržela na 300 lidí') only on a plain obl."""
    counted = any(k.deprel.startswith("nummod") for k in tree.children(n.i)) \
        or n.lemma.lower() in lex.words("number_nouns")  # 'kolem stovky vojáků': the count is a noun
    if n.deprel.split(":")[0] not in {"obl", "nmod"} or n.upos not in NOMINAL or n.head == n.i or not counted:
        return ""
    head = tree[n.head]
    loose = lex.words("adverbial_approximate_preps") if n.deprel == "obl" else set()
    approximate = lex.words("approximate_preps") | loose
    if tree.case_words(n.i) & approximate and head.upos == "VERB":
        verb, quantity = head, None
    elif head.lemma.lower() in lex.words("comparative_quantities") and head.head != head.i \
            and tree[head.head].upos == "VERB" and any(k.lemma.lower() in lex.words("comparison_marks")
                                                      for k in tree.children(n.i, "mark")):
        verb, quantity = tree[head.head], head
    else:
        return ""
    if any(k.i != (quantity.i if quantity else -1) for k in tree.children(verb.i, "obj")):
        return ""
    if not tree.rehang(n.i, verb.i, "obj"):
        return ""
    if quantity is not None:
        tree.rehang(quantity.i, n.i, "advmod")
    return f"counted-object:{n.tok.text}"


def _postverbal_subject(tree: Tree, n: Node, names: set[int]) -> str:
    """'V říjnu zabil sebevražedný atentátník 15 kadetů', 'V roce 2015 zabili ozbrojenci 148 studentů': an actor noun
    (or a nationality, which UD tags a name: 'Chiraca si připomněli Japonci') the parser made the object of an active
    verb with no subject is that subject when its form is nominative and agrees with the verb: tagged Nom in the
    verb's number and gender, or a masculine singular spelled as its lemma (an animate accusative adds '-a') beside
    another object of a masculine singular verb."""
    nationality = n.upos == "PROPN" and ("Nat" in (n.feat("NameType") or "") or (  # 'připomněli Japonci', 'Rusové'
        n.feat("Animacy") == "Anim" and n.feat("Number") == "Plur"))
    if n.deprel != "obj" or n.i not in names or not (n.upos == "NOUN" or nationality) or n.head == n.i or n.i < n.head:
        return ""
    verb = tree[n.head]
    if verb.upos != "VERB" or verb.feat("Voice") != "Act" or tree.children(verb.i, "nsubj", "nsubj:pass", "csubj",
                                                                           "expl:pass", "aux:pass"):
        return ""
    genders = set((verb.feat("Gender") or "").split(",")) - {""}
    agrees = verb.feat("Number") == n.feat("Number") and (not genders or n.feat("Gender") in genders)
    tagged = n.feat("Case") == "Nom" and (agrees or feminine_nominative(verb, n))
    others = [k for k in tree.children(verb.i, "obj") if k.i != n.i and k.i > n.i]
    spelled = bool(others) and agrees and genders == {"Masc"} and n.feat("Number") == "Sing" \
        and n.tok.text.lower() == n.lemma.lower()
    if not (tagged or spelled):
        return ""
    tree.rehang(n.i, verb.i, "nsubj")
    return f"postverbal-subject:{n.tok.text}"


def _lost_verb(doc: Doc, tree: Tree, n: Node) -> str:
    """'The US-led coalition bombed Mosul.': a sentence (with its full stop: a headline's participle is a passive)
    whose root is a noun and whose past verb the parser hung on it as a participle modifier (acl) with an object of
    its own, and no subject, auxiliary or mark: the verb is the root and the noun its subject."""
    if n.upos != "VERB" or n.deprel != "acl" or n.head == n.i or n.head > n.i or n.feat("Tense") != "Past":
        return ""
    noun = tree[n.head]
    if noun.head != noun.i or noun.upos not in NOMINAL or tree.children(n.i, "nsubj", "aux", "aux:pass", "cop", "mark"):
        return ""
    last = doc.tokens[doc.sentences[n.tok.sent].end - 1]
    objects = [k for k in tree.children(n.i, "obj", "obl:npmod") if k.upos in NOMINAL and (
        k.deprel == "obj" or k.upos == "PROPN")]  # 'bombed Mosul' read as an adverbial noun phrase
    if last.text != "." or not objects:
        return ""
    for k in objects:
        tree.rehang(k.i, n.i, "obj")
    root = noun.deprel
    tree.rehang(n.i, n.i, root)
    tree.rehang(noun.i, n.i, "nsubj")
    return f"lost-verb:{n.tok.text}"


def _joint_subjects(tree: Tree, lex: Lexicon) -> list[str]:
    """Nominals before a verb that coordinate with its first subject ('X i Y', 'X spolu s Y') become its conjuncts."""
    marks = [m.split() for m in lex.words("joint_subject_marks")]
    notes = []
    for v in tree.nodes:
        first = next((k for k in tree.children(v.i, "nsubj", "nsubj:pass") if k.upos in NOMINAL and k.i < v.i), None)
        if v.upos not in {"VERB", "AUX"} or first is None:
            continue
        for n in tree.nodes[first.i + 1:v.i]:
            if n.upos not in {"NOUN", "PROPN"} or n.deprel == "conj" or max(x.i for x in tree.subtree(n.i)) >= v.i:
                continue
            if any(tree[j].upos in {"VERB", "AUX"} for j in range(first.i + 1, n.i)):
                break  # another clause between them
            if _joined(tree, first, n, marks) and tree.rehang(n.i, first.i, "conj"):
                notes.append(f"joint-subject:{first.tok.text}+{n.tok.text}")
    return notes


def _joined(tree: Tree, first: Node, n: Node, marks: list[list[str]]) -> bool:
    """A sibling subject after a coordinating conjunction, or a nominal right after a joint-subject mark that follows
    the first subject's own phrase."""
    if n.deprel in {"nsubj", "nsubj:pass"} and n.head == first.head:
        return any(tree[j].deprel == "cc" and tree[j].upos == "CCONJ" for j in range(first.i + 1, n.i))
    own = {x.i for x in tree.subtree(n.i)}
    seq = [tree[j] for j in range(first.i + 1, n.i) if tree[j].upos != "PUNCT"]
    while seq and seq[-1].i in own and seq[-1].deprel.split(":")[0] not in {"case", "mark", "fixed"}:
        seq.pop()  # the nominal's own modifiers ('spolu s íránskou vládou')
    words = [t.tok.text.lower() for t in seq]
    subject = {x.i for x in tree.subtree(first.i)}
    return any(words[len(words) - len(m):] == m and all(t.i in subject for t in seq[:len(seq) - len(m)])
               for m in marks if len(words) >= len(m))

