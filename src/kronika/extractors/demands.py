"""Reported obligations as demands: 'X said that Y must ...' / 'X uvedl, že Y musí ...' -> REQUEST X -> Y."""

from __future__ import annotations

from ..cameo import plover_type
from ..model import Mention
from .lexicon import Lexicon
from .matching import best_entry
from .purposes import protest_purpose
from .roles import Roles
from .sources import quote_speaker
from .subjects import anaphoric, inherited_source
from .targets import self_reference
from .udview import Node, Tree, is_pronoun

DEMAND_CAMEO = "100"
# Types of a held-out act that puts pressure on someone until a condition is met (demands.condition).
LEVERAGE = frozenset({"PROTEST", "THREATEN", "REJECT", "COERCE", "SANCTION", "REQUEST", "ASSAULT", "MOBILIZE"})


def obligation_head(tree: Tree, lex: Lexicon, n: Node, conditional: bool = False) -> Node | None:
    """The predicate that carries an obligation modal for node n ('must hand over', 'musí stáhnout'); with
    conditional, also a modal that obliges only in the conditional (grammar key conditional_obligation_verbs: 'by
    měla uvolnit'), a demand when someone states it, left alone otherwise ('Rusko a Polsko by měly spolupracovat')."""
    must = lex.words("obligation_verbs")
    should = lex.words("conditional_obligation_verbs") if conditional else set()
    need = lex.words("obligation_predicates")  # 'needs to withdraw', 'has to stop': only as the verb of the clause
    if not must and not should and not need:
        return None
    for _ in range(3):  # 'must be ready to mediate': through the predicate chain of the obliged act
        if any(a.lemma in must for a in tree.children(n.i, "aux")):
            return n
        if n.deprel != "xcomp" or n.head == n.i:
            return None
        head = tree[n.head]
        if head.lemma in must or (head.lemma in should and _conditional(tree, head)) or (
                head.lemma in need and head.upos == "VERB" and not _foreseen_or_pending(tree, lex, head)):
            return head
        n = head
    return None


def _foreseen_or_pending(tree: Tree, lex: Lexicon, v: Node) -> bool:
    """'has yet to respond' (grammar key not_yet_adverbs): what has not happened, no duty; 'many people will have to
    share responsibility' (grammar keys future_aux, reported_future_aux): a necessity foreseen, not demanded."""
    later = lex.words("future_aux") | lex.words("reported_future_aux")
    return any(k.lemma.lower() in lex.words("not_yet_adverbs") for k in tree.children(v.i, "advmod")) or any(
        a.tok.text.lower() in later for a in tree.children(v.i, "aux"))


def _conditional(tree: Tree, n: Node) -> bool:
    """A conditional auxiliary on the predicate ('by', 'bychom')."""
    return any(a.feat("Mood") == "Cnd" for a in tree.children(n.i, "aux"))


def obliger(roles: Roles, lex: Lexicon, pred: Node, n: Node) -> list[Mention]:
    """Who states the obligation: the subject of the reporting verb ('X uvedl, že Y musí'), else the 'podle X' of the
    obliged predicate ('Podle hejtmana by vláda měla ...'), else the speaker of the direct quote it is in ('„Vláda by
    měla jednat," řekl X'; an indirect one names its speaker as the reporting verb's subject)."""
    tree = roles.tree
    verb = reported_by(tree, lex, pred)
    if verb is not None:
        return reporters(roles, verb)
    markers = lex.words("attribution_markers")
    by = [m for k in tree.children(pred.i, "obl", "nmod") if tree.case_words(k.i) & markers for m in roles.actors(k.i)]
    quote = roles.quotes.at((n.tok.start, n.tok.end))
    return by or (quote_speaker(roles.doc, n, quote)[0] if quote is not None and quote.direct else [])


def reporters(roles: Roles, verb: Node) -> list[Mention]:
    """Who a reporting verb says is speaking: its subject's actors, or for a pronoun or dropped subject ('Afterwards
    he said that ...', 'Poté řekl, že ...') the actor it stands for (subjects.inherited_source). Nobody when the
    words are what a protest says ('staged rallies against X, saying he must resign': PLOVER codes the protest)."""
    if protest_purpose(roles.tree, roles, roles.lex, verb):
        return []
    subj = _subjects(roles.tree, verb)
    found = [m for k in subj for m in roles.actors(k.i)]
    return found if found or not _anaphoric(roles, subj) or _quoted(roles, verb) else inherited_source(roles, verb.i)[0]


def _anaphoric(roles: Roles, subj: list[Node]) -> bool:
    """No subject (a dropped one) or only pronouns standing for an earlier actor ('he', 'they'; not 'everyone')."""
    return all(is_pronoun(k) and anaphoric(roles, k) for k in subj)


def reported_by(tree: Tree, lex: Lexicon, pred: Node) -> Node | None:
    """The reporting verb whose complement clause the predicate heads ('said that ...'), if any."""
    report = lex.words("report_verbs")
    if pred.deprel == "conj" and pred.head != pred.i and tree.children(pred.i, "mark"):
        return reported_by(tree, lex, tree[pred.head])  # 'said that the war was not over and that Russia must ...'
    if pred.deprel in {"ccomp", "parataxis"} and pred.head != pred.i and tree[pred.head].lemma in report:
        return tree[pred.head]
    if pred.deprel == "acl" and tree.children(pred.i, "mark"):  # cs 'řekl vůdcům na shromáždění OSN v úterý, že by
        up = tree[pred.head]  # měli tlačit': the parser hangs the clause on a noun of the addressee's phrase
        for _ in range(4):
            if up.upos not in {"NOUN", "PROPN"} or up.head == up.i:
                break
            up = tree[up.head]
        if up.upos == "VERB" and up.lemma in report:
            return up
    return None


def demand(roles: Roles, lex: Lexicon, n: Node) -> tuple[list[Mention], list[Mention]] | None:
    """Sources (the reporter) and targets (the obliged) when n is a reported obligation, else None."""
    tree = roles.tree
    pred = obligation_head(tree, lex, n, conditional=True)
    if pred is None:
        return desired(roles, lex, n) or necessary(roles, lex, n) or due(roles, lex, n) \
            or condition(roles, lex, n) or imperative(roles, lex, n)
    unreal = lex.words("irrealis_marks") | lex.words("conditional_marks")
    if any(k.lemma in unreal for k in tree.children(pred.i, "mark", "cc")) or _unstated(tree, lex, pred):
        return None  # 'aniž by to museli šťourat novináři' (a cc to the parser), 'pokud by vláda musela', 'nemusí'
    sources, targets = obliger(roles, lex, pred, n), _obliged(roles, lex, pred, n)
    if any(self_reference(t.code, s.code) for t in targets for s in sources):
        return None  # 'Putin zdůraznil, že Rusko a KLDR by měly spolupracovat': the speaker's side is among the
        # obliged, a joint intent (AGREE), not a demand on the partner
    return (sources, targets) if sources and targets else None


def _obliged(roles: Roles, lex: Lexicon, pred: Node, n: Node) -> list[Mention]:
    """Who is obliged: the subject's actors; for a pronoun one the addressee of the reporting verb ('told the company
    it must reverse the cuts'), a first-person one's quote speaker ('"She told us we should vote for her"'), or the
    actor a pronoun or dropped subject stands for ('the party says that he should resign', 'řekla, že by měl
    odstoupit'; with someone addressed, 'řekl novinářům, že musí', _addressed decides)."""
    tree = roles.tree
    subj = tree.children(pred.i, "nsubj") or tree.children(n.i, "nsubj")
    targets = [m for k in subj for m in roles.actors(k.i)]
    verb = reported_by(tree, lex, pred)
    if not targets and verb is not None and all(k.upos == "PRON" for k in subj):
        heard = [k for k in _addressees(tree, verb) if subj or _addressed(tree, lex, pred, k, verb)]
        targets = [m for k in heard for m in roles.actors(k.i)] or _first_person(roles, n, heard or subj)
    if not targets and _anaphoric(roles, subj) and not _quoted(roles, pred) and (
            verb is None or not _addressees(tree, verb)):
        targets = inherited_source(roles, pred.i)[0]
    return targets


def _quoted(roles: Roles, n: Node) -> bool:
    """Is n inside a direct quote (where a speaker's 'she' may be anyone he has in mind, not the last actor named)?"""
    quote = roles.quotes.at((n.tok.start, n.tok.end))
    return quote is not None and quote.direct


def _first_person(roles: Roles, n: Node, nodes: list[Node]) -> list[Mention]:
    """The speaker of the direct quote n is in, when the nodes are first-person pronouns ('told us', 'we should')."""
    if not _quoted(roles, n) or not nodes or any(k.feat("Person") != "1" for k in nodes):
        return []
    return quote_speaker(roles.doc, n, roles.quotes.at((n.tok.start, n.tok.end)))[0]


def _addressees(tree: Tree, verb: Node) -> list[Node]:
    """Whom a reporting verb addresses: its object, or a bare dative ('řekl světovým vůdcům, že by měli ...')."""
    return [k for k in tree.children(verb.i, "obj", "iobj", "obl")
            if k.deprel.split(":")[0] != "obl" or (k.feat("Case") == "Dat" and not tree.has_case(k.i))]


def _subjects(tree: Tree, verb: Node) -> list[Node]:
    """The reporting verb's subject, shared from the verb it is conjoined to ('X zkritizoval Írán a řekl, že ...')."""
    own = tree.children(verb.i, "nsubj")
    if own or verb.deprel != "conj" or verb.head == verb.i:
        return own
    return tree.children(verb.head, "nsubj")


def _addressed(tree: Tree, lex: Lexicon, pred: Node, addressee: Node, verb: Node) -> bool:
    """A dropped subject (cs) is the addressee when the obliged predicate agrees with it in number and not with the
    reporter ('Trump řekl vůdcům, že by měli'; not 'Ministr řekl novinářům, že musí odstoupit': he must), or agrees
    with it after a verb that reminds the addressee of its own duty (grammar key reminder_verbs: 'připomněla Íránu,
    že musí dodržovat dohodu')."""
    number = pred.feat("Number")
    reporters = _subjects(tree, verb)
    return bool(number) and addressee.feat("Number") == number and (
        verb.lemma in lex.words("reminder_verbs") or all(r.feat("Number") != number for r in reporters))


def _unstated(tree: Tree, lex: Lexicon, pred: Node) -> bool:
    """No obligation stated now: the modal denied ('nebudou se muset zahalovat', 'nikdy nemuseli'; not 'must not
    attack', a demand) or past and not conditional ('hasiči museli vozidla zajistit' tells what was done)."""
    from .modality import negative  # modality -> precision -> demands: imported at call time

    negators = lex.words("negators")
    if any(negative(lex, m) or any(k.lemma in negators for k in tree.children(m.i, "advmod"))
           for m in _modals(tree, lex, pred)):
        return True
    return past_duty(tree, lex, pred)


def _modals(tree: Tree, lex: Lexicon, pred: Node) -> list[Node]:
    """The obligation modal of the predicate: itself ('musí', 'needs') or its auxiliary ('must')."""
    words = lex.words("obligation_verbs") | lex.words("conditional_obligation_verbs") | lex.words(
        "obligation_predicates")
    return [pred] if pred.lemma in words else [a for a in tree.children(pred.i, "aux") if a.lemma in words]


def past_duty(tree: Tree, lex: Lexicon, pred: Node) -> bool:
    """A past obligation, not conditional ('Russia had to withdraw', 'hasiči museli vozidla zajistit'): it tells
    what was done, no duty stated now."""
    return any(m.feat("Tense") == "Past" for m in _modals(tree, lex, pred)) and not _conditional(tree, pred)


def desired(roles: Roles, lex: Lexicon, n: Node) -> tuple[list[Mention], list[Mention]] | None:
    """'Iran wants the US to lift sanctions' (grammar key desire_verbs): an act wished of another actor has not
    happened; the wish is a demand of the wanter on that actor (its own wishes stay intents: 'wants to talk'), or
    on the one a wished passive is about ('demokraté chtějí, aby byl Trump obviněn')."""
    tree = roles.tree
    if n.deprel not in {"ccomp", "xcomp"} or n.head == n.i or tree[n.head].lemma not in lex.words("desire_verbs"):
        return None
    if best_entry(tree, roles, lex.entries(n.tok.lemma, n.tok.text, False), n) is None:
        return None  # the wished act is an event ('lift sanctions'), not 'have the right to'
    head = tree[n.head]
    doers = tree.children(n.i, "nsubj", "nsubj:pass") if n.deprel == "ccomp" else tree.children(head.i, "obj")
    sources = [m for k in tree.children(head.i, "nsubj") for m in roles.actors(k.i)]
    if not sources and any(k.feat("Person") == "1" for k in [head, *tree.children(head.i, "nsubj", "aux")]):
        sources = quote_speaker(roles.doc, head, roles.quotes.at((head.tok.start, head.tok.end)))[0]  # '"We want X
    targets = [m for k in doers for m in roles.actors(k.i)]  # to withdraw," the government said': the speaker wants
    targets = [t for t in targets if not any(self_reference(t.code, s.code) for s in sources)]
    return (sources, targets) if sources and targets else None


def necessary(roles: Roles, lex: Lexicon, n: Node) -> tuple[list[Mention], list[Mention]] | None:
    """'„Je nutné, aby se klienti obrátili na linku," dodal mluvčí', '"It is essential that the government stops the
    cuts," the union said' (grammar keys necessity_words, necessity_marks): an act said to be necessary for another
    actor to do is the speaker's demand on it, like 'must'. The adjective heads the clause (cs) or is the copula's
    complement (en)."""
    tree = roles.tree
    if n.deprel not in {"csubj", "ccomp", "advcl"} or n.head == n.i:
        return None
    head, words = tree[n.head], lex.words("necessity_words")
    preds = tree.children(head.i, "acomp", "xcomp", *(("obj",) if head.upos == "AUX" else ()))  # cs 'je třeba' may
    needed = [x for x in (head, *preds) if {x.lemma, x.tok.text.lower()} & words]  # parse 'třeba' the copula's object
    if not needed or not _marked(tree, lex, n):
        return None
    return _stated_need(roles, lex, n, head)


def _marked(tree: Tree, lex: Lexicon, n: Node) -> bool:
    """Is the clause opened by a purpose or necessity marker ('aby', 'that', 'for')? ('nezbytné' is lemmatised
    'zbytný': the necessity words list the form.)"""
    marks = lex.words("purpose_marks") | lex.words("necessity_marks")
    return any(k.lemma in marks for k in tree.children(n.i, "mark"))


def due(roles: Roles, lex: Lexicon, n: Node) -> tuple[list[Mention], list[Mention]] | None:
    """'President Biden said it was time for Russia to withdraw', 'Je čas, aby Rusko stáhlo vojska' (grammar key
    time_nouns): an act said to be due from another actor is the speaker's demand on it, like 'must'. Only the bare
    noun as what a 'be' states ('It is high time'), not 'the first time for X to host'."""
    tree = roles.tree
    noun = _time_noun(tree, lex, n)
    if noun is None or not _marked(tree, lex, n) or not _bare(tree, lex, noun):
        return None
    be = tree[noun.head] if noun.head != noun.i and noun.deprel.split(":")[0] in {"attr", "xcomp", "nsubj"} else noun
    cops = [be] if be.lemma in lex.words("existential_verbs") else [
        c for c in tree.children(be.i, "cop") if c.lemma in lex.words("existential_verbs")]
    if not cops or any(_denied(tree, lex, v) for v in (be, *cops)):
        return None  # 'it is not yet time for X to leave'
    return _stated_need(roles, lex, n, be)


def _bare(tree: Tree, lex: Lexicon, noun: Node) -> bool:
    """No modifier on the noun but an article or an urgency word (grammar key urgency_modifiers: 'high time')."""
    urgent = lex.words("urgency_modifiers")
    return not any(k.deprel.split(":")[0] in {"amod", "nummod", "det", "nmod", "poss"} and k.feat("PronType") != "Art"
                   and not {k.lemma.lower(), k.tok.text.lower()} & urgent for k in tree.children(noun.i))


def _time_noun(tree: Tree, lex: Lexicon, n: Node) -> Node | None:
    """The time noun the clause n is due by: its head ('time for X to go', 'čas, aby'), or the predicate of the 'be'
    the clause hangs on ('It is high time for X to go' parsed with the clause on 'is')."""
    if n.head == n.i:
        return None
    head, times = tree[n.head], lex.words("time_nouns")
    if n.deprel.split(":")[0] in {"acl", "relcl"}:
        return head if head.lemma.lower() in times else None
    if n.deprel in {"advcl", "ccomp"}:
        return next((k for k in tree.children(head.i, "attr", "xcomp", "nsubj") if k.lemma.lower() in times), None)
    return None


def _denied(tree: Tree, lex: Lexicon, v: Node) -> bool:
    """A verb negated by its form ('není') or a negator word ('is not')."""
    from .modality import negative  # modality -> precision -> demands: imported at call time

    return negative(lex, v) or any(k.lemma in lex.words("negators") or k.deprel in {"neg", "advmod:neg"}
                                   for k in tree.children(v.i))


def _stated_need(roles: Roles, lex: Lexicon, n: Node, head: Node) -> tuple[list[Mention], list[Mention]] | None:
    """The speaker (the reporting verb's subject or the quote's speaker) and the other actors that are to do n."""
    tree = roles.tree
    verb = reported_by(tree, lex, head)
    sources = reporters(roles, verb) if verb is not None else []
    if not sources:
        sources = quote_speaker(roles.doc, n, roles.quotes.at((n.tok.start, n.tok.end)))[0]
    targets = [m for k in tree.children(n.i, "nsubj") for m in roles.actors(k.i)]
    targets = [t for t in targets if not any(self_reference(t.code, s.code) for s in sources)]
    return (sources, targets) if sources and targets else None


def condition(roles: Roles, lex: Lexicon, n: Node) -> tuple[list[Mention], list[Mention]] | None:
    """'Odbory budou stávkovat, dokud vláda nezvýší platy', '„Nepřestaneme, dokud režim nevrátí opozici její
    práva," napsal X' (grammar keys condition_marks, condition_negated): an act another actor is to do before the
    source stops or gives in is the source's demand on it (the wmt-dev2 gold). Not a narrative of the past ('čekali,
    dokud lékař nepřišel')."""
    from .modality import negative  # modality -> precision -> demands: imported at call time

    tree = roles.tree
    if n.deprel not in {"advcl", "ccomp"} or n.head == n.i or not any(
            k.lemma in lex.words("condition_marks") for k in tree.children(n.i, "mark")):
        return None
    head = tree[n.head]
    if (lex.grammar.get("condition_negated") and not negative(lex, n)) or _past(tree, head) or _past(tree, n) \
            or not _leverage(lex, head):
        return None
    targets = [m for k in tree.children(n.i, "nsubj") for m in roles.actors(k.i)]
    sources = [m for k in tree.children(head.i, "nsubj") for m in roles.actors(k.i)] or obliger(roles, lex, head, n)
    targets = [t for t in targets if all(t.code != s.code for s in sources)]  # 'tento režim' may read as the state
    return (sources, targets) if sources and targets else None  # of the opposition leader who demands of it


def _leverage(lex: Lexicon, head: Node) -> bool:
    """The held-out act is pressure (a protest, threat, refusal, sanction or demand entry: 'budou stávkovat') or the
    pressure goes on ('nepřestanou', grammar key continue_verbs), not a wait ('nebudeme komentovat, dokud soud
    nerozhodne')."""
    if head.lemma in lex.words("continue_verbs"):
        return True
    return any(plover_type(e.cameo) in LEVERAGE for e in lex.entries(head.tok.lemma, head.tok.text, False))


def _past(tree: Tree, n: Node) -> bool:
    """A past form without a perfect or future auxiliary ('nepřišel', 'waited'; not 'has restored')."""
    return n.feat("Tense") == "Past" and not tree.children(n.i, "aux")


def imperative(roles: Roles, lex: Lexicon, n: Node) -> tuple[list[Mention], list[Mention]] | None:
    """'„Pomozte nám," řekl Zelenskyj Evropskému parlamentu', '"Stop the war," Zelensky told Putin': an act in the
    imperative heading the words a reporting verb quotes is the speaker's demand on the one addressed (the verb's
    object or bare dative); with nobody addressed nothing is coded ('"Look at this," he said')."""
    tree = roles.tree
    if n.deprel not in {"ccomp", "parataxis"} or n.head == n.i or not _imperative(tree, n):
        return None
    verb = tree[n.head]
    if verb.lemma not in lex.words("report_verbs") or verb.i < n.i:
        return None
    sources = [m for k in _subjects(tree, verb) for m in roles.actors(k.i)]
    targets = [m for k in _addressees(tree, verb) for m in roles.actors(k.i)]
    targets = [t for t in targets if not any(self_reference(t.code, s.code) for s in sources)]
    return (sources, targets) if sources and targets else None


def _imperative(tree: Tree, n: Node) -> bool:
    """An imperative: tagged so (cs 'Pomozte'), or a bare base form with no subject, auxiliary or marker that opens
    its clause after at most an interjection (en 'Please help us', 'Stop the war')."""
    if n.feat("Mood") == "Imp":
        return True
    if n.feat("VerbForm") != "Inf" or tree.children(n.i, "nsubj", "aux", "mark", "nsubj:pass", "auxpass"):
        return False
    before = [k for k in tree.subtree(n.i) if k.i < n.i]
    return all(k.upos in {"PUNCT", "INTJ"} for k in before)
