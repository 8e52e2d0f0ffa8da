"""Modality of an event trigger: negation, future/intent, hypothetical, and who the event is attributed to."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from ..model import Mention
from .lexicon import Lexicon, fold
from .precision import perfect_aux
from .udview import Node, Tree, predicate_infinitive

AUX = ("aux", "aux:pass", "cop")


@dataclass
class Modality:
    """Flags of one trigger, with the words that set them (for provenance and debugging)."""

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    unreal: bool = False  # a purpose, a hoped-for act, a declined comment: no event of any type
    cues: list[str] = field(default_factory=list)


def _chain(tree: Tree, lex: Lexicon, trigger: int, conj: bool = False) -> list[Node]:
    """The trigger and the verbs it is an infinitive/xcomp of ('měly by spolupracovat' -> spolupracovat, měly);
    without conj also the light verb holding a noun trigger; with conj, also the first conjunct of a verb that shares
    its subject and auxiliaries ('will tighten sanctions and impose a blockade')."""
    out = [tree[trigger]]
    n = tree[trigger]
    if not conj and n.upos == "NOUN" and n.deprel.split(":")[0] in {"obj", "obl"} and n.head != n.i \
            and tree[n.head].lemma in lex.words("light_verbs"):  # 'se nepřipojili k sankcím', 'did not join the
        n = tree[n.head]  # sanctions': the light verb's negation is the noun's (not its intent: 'rozhodla o vyhoštění')
        out.append(n)
    while n.head != n.i and (n.deprel == "xcomp" or predicate_infinitive(tree, n, lex.words("intent_verbs")) or (
            n.deprel == "csubj" and tree[n.head].lemma in lex.words("success_verbs")) or (  # 'se nepodařilo dobýt'
            conj and n.deprel == "conj" and n.upos == "VERB"
            and n.feat("VerbForm") != "Fin"  # 'může ... a spolupracuje'
            and not tree.children(n.i, "nsubj", "aux", "mark"))):
        n = tree[n.head]
        out.append(n)
    return out


def negative(lex: Lexicon, w: Node) -> bool:
    """Polarity=Neg, believed only on a form with the language's negative prefix when it has one (grammar key
    negative_prefix: cs 'ne'; the parser also tags 'nabídlo' negative)."""
    prefix = lex.grammar.get("negative_prefix")
    if w.feat("Polarity") == "Neg":
        return not prefix or w.tok.text.lower().startswith(prefix)
    if not isinstance(prefix, str) or not prefix:
        return False
    return _prefixed_form(w.tok.text.lower(), w.tok.lemma.lower(), prefix) or _negated_lemma(lex, w, prefix)


def _negated_lemma(lex: Lexicon, w: Node, prefix: str) -> bool:
    """'nepodpořila' lemmatised 'nepodpořit': the lexicon knows the verb only without the prefix (lemma_candidates)."""
    lemma = w.tok.lemma.lower()
    if not lemma.startswith(prefix) or not w.tok.text.lower().startswith(prefix):
        return False
    found = lex.entries(w.tok.lemma, w.tok.text, w.upos == "NOUN")
    return bool(found) and all(fold(e.lemma) == fold(lemma[len(prefix):]) for e in found)


def _prefixed_form(form: str, lemma: str, prefix: str) -> bool:
    """Prefix + the lemma's stem though tagged Pos ('neschválil' of 'schválit'; not 'nechat', 'nenávidět')."""
    stem = lemma[:max(1, min(4, len(lemma) - 2))]
    return form.startswith(prefix) and not lemma.startswith(prefix) and form[len(prefix):].startswith(stem)


def modality(tree: Tree, lex: Lexicon, trigger: int, entry_future: bool = False) -> Modality:
    """Negation, future and hypothetical flags from morphology, auxiliaries, modals and governing verbs."""
    m = Modality(future=entry_future)
    chain = _chain(tree, lex, trigger)  # negation is not shared by a conjunct ('did not attack X but shelled Y')
    prevention = lex.words("prevention_verbs")  # 'nezabránilo lidem podat žaloby': not prevented, they did
    chain = [v for k, v in enumerate(chain) if k == 0 or v.lemma not in prevention]
    words = [n for v in chain for n in [v, *tree.children(v.i, *AUX)]]
    negators = lex.words("negators")
    if any(negative(lex, w) and w.upos in {"VERB", "AUX", "ADJ"} for w in words) or any(
            k.lemma in negators or k.deprel == "advmod:neg" for v in chain for k in tree.children(v.i, "advmod")):
        m.negated = True
        m.cues.append("negation")
    if any(is_word(lex, v, lex.words("failure_verbs")) for v in chain[1:]):  # 'failed to reach an agreement'
        m.negated = True
        m.cues.append(f"negation:{chain[1].tok.text}")
    chain = _chain(tree, lex, trigger, conj=True)
    words = [n for v in chain for n in [v, *tree.children(v.i, *AUX)]]
    words = [w for w in words if not perfect_aux(tree, lex, w)]  # "he'd withheld": had, not would
    reported = _reported_future(tree, lex, chain, words)
    if reported is not None:  # 'said they would boycott': future in the past, not a condition
        m.future = True
        m.cues.append(f"future:reported:{reported.tok.text}")
        words = [w for w in words if w is not reported]
    _future(tree, lex, chain, words, m)
    _manner_future(tree, lex, chain[0], m)
    _purpose_future(tree, lex, chain[-1], m)
    _hypothetical(tree, lex, chain, words, m)
    if m.future and not entry_future and "polite-conditional" in m.cues \
            and is_word(lex, chain[0], lex.words("performative_verbs")):
        m.future = False  # 'I would like to thank X', 'chtěl bych poděkovat': saying it thanks now, no intent
        m.cues.append("present:polite-performative")
    cue = _unreal(tree, lex, chain)
    if cue is not None:
        m.unreal, m.hypothetical, m.future = True, True, False
        m.cues.append(cue)
    _light_verb_modality(tree, lex, trigger, m)
    return m


def _light_verb_modality(tree: Tree, lex: Lexicon, trigger: int, m: Modality) -> None:
    """A noun held by a light verb shares the verb's hypothetical or unreal mood ('would hold talks with X',
    'by mohlo zahájit útok', 'if they launch an offensive'): the noun names the same act."""
    chain = _chain(tree, lex, trigger)
    if tree[trigger].upos != "NOUN" or m.unreal:
        return
    if len(chain) < 2:
        _conditional_governor(tree, lex, tree[trigger], m)
        return
    light = modality(tree, lex, chain[1].i)
    if light.unreal:
        m.unreal, m.hypothetical, m.future = True, True, False
    elif light.hypothetical:
        m.hypothetical, m.future = True, m.future or light.future
    else:
        return
    m.cues.extend(c for c in light.cues if c not in m.cues and c != "negation")


CORE_ARGS = {"obj", "iobj", "nsubj", "obl:arg"}


def _conditional_governor(tree: Tree, lex: Lexicon, n: Node, m: Modality) -> None:
    """A noun trigger that is a core argument of a verb in a hypothetical conditional ('Koaliční spolupráci by se
    nedivil', 'nepřekvapil by mě útok', 'talks would surprise no one') is only imagined, as the verb is."""
    if n.head == n.i or (n.deprel not in CORE_ARGS and not n.deprel.startswith("obl:arg")) \
            or tree[n.head].upos not in {"VERB", "ADJ"}:
        return
    gov = modality(tree, lex, n.head)
    if gov.hypothetical and not gov.future and ("conditional" in gov.cues or "possibility" in gov.cues):
        m.unreal, m.hypothetical, m.future = True, True, False  # imagined by the speaker: no threat of its actor
        m.cues.append(f"conditional-governor:{tree[n.head].tok.text}")


def _question(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """Does the trigger's sentence end as a question (grammar key question_marks: 'Should X have refused?')?"""
    sent = tree.doc.sentences[n.tok.sent]
    text = tree.doc.text[sent.char_start:sent.char_end].rstrip().rstrip("\"'“”„»«)")
    return bool(text) and text[-1] in lex.words("question_marks")


def _unreal(tree: Tree, lex: Lexicon, chain: list[Node]) -> str | None:
    """Why the trigger names an act that did not happen, if it does: a purpose or request clause (grammar key
    purpose_marks: cs 'aby vyvrátil'), another actor's act only hoped for or expected ('očekával, že mu X pomůže',
    'expects X to help', 'naděje, že střelec bude dopaden'), a declined comment ('odmítl věc komentovat',
    'declined to comment'), or a question."""
    head, top = chain[0], chain[-1]
    if _question(tree, lex, head):
        return "unreal:question"
    muted = lex.words("declined_complements")
    if any(is_word(lex, k, muted) and k.feat("VerbForm") == "Inf"  # not 'požadoval, aby mu prozradili'
           for k in tree.children(head.i, "xcomp", "ccomp")):
        return "unreal:declined-comment"
    marks = lex.words("purpose_marks")
    if any(k.lemma in marks or k.tok.text.lower() in marks for v in chain for k in tree.children(v.i, "mark")):
        return "unreal:purpose-clause"
    if top.head == top.i:
        return None
    gov = tree[top.head]
    if top.deprel in {"ccomp", "xcomp", "acl"} and is_word(lex, gov, lex.words("expectation_governors")) and any(
            k.upos != "PRON" for k in tree.children(top.i, "nsubj")):
        return f"unreal:expected:{gov.tok.text}"
    return None


def _conjunct_heads(tree: Tree, n: Node) -> list[Node]:
    """The earlier conjuncts a clause without its own subject or mark shares them with."""
    out: list[Node] = []
    while n.deprel == "conj" and n.head != n.i and not tree.children(n.i, "nsubj", "mark"):
        n = tree[n.head]
        out.append(n)
    return out


def _reported_future(tree: Tree, lex: Lexicon, chain: list[Node], words: list[Node]) -> Node | None:
    """The 'would' of a clause that a reporting verb governs (grammar key reported_future_aux), if any."""
    top = chain[-1]
    if top.deprel not in {"ccomp", "parataxis"} or top.head == top.i or tree[top.head].lemma not in \
            lex.words("report_verbs"):
        return None
    aux = lex.words("reported_future_aux")
    return next((w for w in words if w.upos == "AUX" and w.lemma in aux), None)


def _future(tree: Tree, lex: Lexicon, chain: list[Node], words: list[Node], m: Modality) -> None:
    future_aux, intent = lex.words("future_aux"), lex.words("intent_verbs")
    for w in words:
        if w.feat("Tense") == "Fut" or (w.upos == "AUX" and w.lemma in future_aux):
            m.future = True
            m.cues.append(f"future:{w.tok.text}")
    head = chain[0]
    if lex.grammar.get("perfective_present_is_future") and head.feat("Aspect") == "Perf" \
            and head.feat("Tense") == "Pres" and head.feat("VerbForm") == "Fin" \
            and head.lemma not in lex.words("imperfective_verbs"):  # cs 'bijí' tagged Perf: a present act
        m.future = True
        m.cues.append("future:perfective-present")
    if any(v.lemma in intent and not _reportative(tree, lex, v) for v in chain[1:]) \
            or any(w.lemma in intent for w in words if w.upos == "AUX"):
        m.future = True
        m.cues.append("future:intent")
    top = chain[-1]
    if lex.grammar.get("infinitive_acl_is_intent") and top.deprel == "acl" and top.feat("VerbForm") == "Inf":
        m.future = True  # cs 's cílem zaútočit', 've snaze přimět': an infinitive modifying a noun is only aimed at
        m.cues.append("future:intent-noun")
    elif top.deprel == "acl" and top.feat("VerbForm") == "Inf" and top.head != top.i \
            and tree[top.head].lemma in lex.words("intent_nouns"):  # en 'Germany's plan to send tanks'
        m.future = True
        m.cues.append(f"future:intent-noun:{tree[top.head].tok.text}")
    if top.deprel in {"ccomp", "xcomp"} and top.head != top.i and is_word(lex, tree[top.head], intent):
        m.future = True
        m.cues.append(f"future:governor:{tree[top.head].tok.text}")
    pairs = list(pairwise(chain))
    if top.deprel == "advcl" and top.head != top.i:
        pairs.append((top, tree[top.head]))
    plan = lex.words("plan_copulas")
    if any(v.feat("VerbForm") == "Inf" and h.lemma in plan and h.upos == "AUX" and not any(  # a phrase between is
            h.i < k.i < v.i for k in tree.children(h.i, "prep", "obl")) for v, h in pairs):  # the predicate: 'was
        m.future = True  # among the first to organise', 'is in Kyiv to meet'; 'X and Y are to discuss ...': a plan
        m.cues.append("future:plan")


def weak_intent(tree: Tree, lex: Lexicon, trigger: int) -> bool:
    """'frakce, které má jednat', 'Evropa nemá na výběr, vyjednávat', 'should cooperate': an intent verb of duty or
    effort (grammar key weak_intent_verbs) governs the trigger; it pledges nothing unless a partner is named."""
    weak = lex.words("weak_intent_verbs")
    return any(v.lemma in weak for v in _chain(tree, lex, trigger)[1:])


def _manner_future(tree: Tree, lex: Lexicon, n: Node, m: Modality) -> None:
    """A noun trigger in a manner phrase on a verb (grammar key manner_preps: 'budeme zjišťovat ve spolupráci s X',
    'will look into it in cooperation with X') is future when the verb is."""
    if m.future or n.upos != "NOUN" or n.head == n.i or n.deprel.split(":")[0] != "obl" \
            or not tree.case_words(n.i) & lex.words("manner_preps"):
        return
    if modality(tree, lex, n.head).future:
        m.future = True
        m.cues.append(f"future:manner:{tree[n.head].tok.text}")


def _purpose_future(tree: Tree, lex: Lexicon, top: Node, m: Modality) -> None:
    """A subjectless purpose infinitive ('will travel to Beijing to meet Xi', 'will visit Senegal to mediate') is as
    future as the act it is the purpose of; of a past act ('travelled to Beijing to meet Xi') it happened with it."""
    if m.future or top.deprel != "advcl" or top.head == top.i or top.feat("VerbForm") != "Inf" \
            or tree.children(top.i, "nsubj", "nsubj:pass", "mark"):
        return
    gov = modality(tree, lex, top.head)
    if gov.future and not gov.hypothetical:
        m.future = True
        m.cues.append(f"future:purpose:{tree[top.head].tok.text}")


def _reportative(tree: Tree, lex: Lexicon, v: Node) -> bool:
    """cs 'měli podezřelé mučit' (past, no conditional 'by'): they allegedly tortured; no intent (grammar key
    reportative_past_verbs). 'by měly spolupracovat' (should cooperate) keeps its intent."""
    return v.lemma in lex.words("reportative_past_verbs") and v.feat("Tense") == "Past" and not any(
        k.feat("Mood") == "Cnd" for k in tree.children(v.i, "aux"))


def _hypothetical(tree: Tree, lex: Lexicon, chain: list[Node], words: list[Node], m: Modality) -> None:
    possible, intent = lex.words("possibility_verbs"), lex.words("intent_verbs")
    governors, neg_governors = lex.words("hypothetical_governors"), lex.words("negated_hypothetical_governors")
    has_intent = any(v.lemma in intent for v in chain[1:]) or any(w.lemma in intent for w in words if w.upos == "AUX")
    polite = not m.negated and _polite(tree, lex, chain)  # 'we wouldn't ask anyone' stays unreal
    if polite:
        m.cues.append("polite-conditional")
    if any(w.feat("Mood") == "Cnd" for w in words) and not has_intent and not polite:
        m.hypothetical = True
        m.cues.append("conditional")
    if not polite and any(w.lemma in possible for w in words[1:] if w.i != chain[0].i):
        m.hypothetical = True
        m.cues.append("possibility")
    conditional = lex.words("conditional_marks")
    clauses = [*chain, *_conjunct_heads(tree, chain[-1])]  # 'unless X arranged a ceasefire and held elections'
    if conditional and any(k.lemma in conditional or k.tok.text.lower() in conditional  # 'Kdyby' lemmatised 'kdyba'
                           for v in clauses for k in tree.children(v.i, "mark")):
        m.hypothetical = True
        m.cues.append("condition")
    gov_in_chain = next((v for v in chain[1:] if is_word(lex, v, governors)), None)
    if gov_in_chain is not None:  # 'discussed lifting sanctions', 'is considering imposing': only weighed
        m.hypothetical = True
        m.cues.append(f"governor:{gov_in_chain.tok.text}")
    top = chain[-1]
    fear = _fear_governor(tree, lex, top)
    if fear is not None:  # 'obávají se, že je policie zatkne', 'strach z toho, že mě lidi odsoudí': only feared
        m.hypothetical = True
        m.cues.append(f"fear:{fear.tok.text}")
    if top.deprel in {"ccomp", "xcomp", "csubj"} and top.head != top.i:
        gov = tree[top.head]
        neg = negative(lex, gov) or any(k.lemma in lex.words("negators") for k in tree.children(gov.i))
        if is_word(lex, gov, governors) or (neg and is_word(lex, gov, neg_governors)):
            m.hypothetical = True
            m.cues.append(f"governor:{gov.tok.text}")


def _fear_governor(tree: Tree, lex: Lexicon, top: Node) -> Node | None:
    """The fear word (grammar key fear_governors) whose complement clause the event is: a verb's clause ('bojí se,
    že X zaútočí') or a noun's, also through a demonstrative ('strach z toho, že ...')."""
    fears = lex.words("fear_governors")
    if not fears or top.head == top.i or top.deprel.split(":")[0] not in {"ccomp", "acl", "csubj"}:
        return None
    gov = tree[top.head]
    if gov.upos in {"DET", "PRON"} and gov.head != gov.i:  # 'z toho, že': the demonstrative stands for the clause
        gov = tree[gov.head]
    return gov if gov.lemma in fears else None


def _polite(tree: Tree, lex: Lexicon, chain: list[Node]) -> bool:
    """A polite conditional that performs the act: 'by rád poděkoval', 'I would like to offer' (grammar key
    polite_words), or a first-person 'I'd appeal', 'požádal bych vás' of a speech act (performative_verbs)."""
    polite = lex.words("polite_words")
    if any(v.lemma in polite for v in chain[1:]) or any(
            k.lemma in polite for v in chain for k in tree.children(v.i, "advcl", "xcomp", "amod", "advmod")):
        return True
    head, top = chain[0], chain[-1]
    first = any(k.feat("Person") == "1" for k in tree.children(top.i, "nsubj", "aux"))
    return first and is_word(lex, head, lex.words("performative_verbs"))


def is_word(lex: Lexicon, n: Node, words: set[str]) -> bool:
    """Is the node's lemma (or its repair, for lemmatizer slips like 'nabídlo') one of the words?"""
    return any(c in words for c in lex.lemma_candidates(n.lemma, n.tok.text))


def attribution_nodes(tree: Tree, lex: Lexicon, trigger: int, subjects: list[int]) -> list[Node]:
    """Nominals of 'podle X' / 'according to X' and subjects of reporting verbs that govern the trigger."""
    markers, report = lex.words("attribution_markers"), lex.words("report_verbs")
    chain = [tree[trigger], *tree.ancestors(trigger)]
    anchors = {n.i for n in chain} | set(subjects)
    out: list[Node] = []
    for n in chain + [tree[s] for s in subjects]:
        for k in tree.children(n.i):
            if k.i in anchors:
                continue
            if tree.case_words(k.i) & markers:
                out.append(k)
            elif k.lemma in markers and k.upos in {"VERB", "ADP", "SCONJ", "ADV"}:
                out.extend(tree.children(k.i, "obl", "nmod", "obj"))
            elif k.deprel.split(":")[0] in {"advcl", "parataxis"} and k.lemma in report:
                out.extend(tree.children(k.i, "nsubj"))  # 'Jak uvedlo Německo, Rusko ...', 'as X said, ...'
    prev = tree[trigger]
    for a in tree.ancestors(trigger):
        if prev.deprel in {"ccomp", "parataxis"} and a.lemma in report:
            out.extend(tree.children(a.i, "nsubj"))
        prev = a
    return out


def attributed(roles_actor: list[Mention], source_code: str | None) -> Mention | None:
    """The first attribution actor that is not the event's own source country."""
    for a in roles_actor:
        if country(a.code) != country(source_code):
            return a
    return None


def country(code: str | None) -> str:
    """The country/IGO part of an actor code, as the scorer compares them."""
    if not code:
        return "-"
    code = code.upper()
    return code[:6] if code.startswith("IGO") else code[:3]
