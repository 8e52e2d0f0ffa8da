"""Name phrases the parser glued together: a later name in another case hung by `flat` on the subject's name."""

from __future__ import annotations

from ..model import Doc

# Cases of an object's name the tagger gives after a subject's nominative name ('Vladimira Putina': Gen = Acc).
OBJECT_CASES = {"Gen", "Acc"}
NAME_UPOS = {"PROPN", "NOUN", "X"}


def split_glued_names(doc: Doc) -> list[str]:
    """'Ve čtvrtek kritizoval prezident Volodymyr Zelenskyj Vladimira Putina': after the verb, the parser hangs the
    object's name on the subject's by `flat`; a whole name in the genitive or accusative right after the subject's
    nominative (or caseless) name parts is the verb's object. Only where the verb has no object of its own and
    precedes its subject; a language without case is never touched."""
    toks, notes = doc.tokens, []
    for h in toks:
        verb = toks[h.head]
        if h.deprel != "nsubj" or h.feat("Case") != "Nom" or verb.upos != "VERB" or not verb.i < h.i:
            continue
        sentence = doc.sent_tokens(doc.sentences[h.sent])
        if any(t.head == verb.i and t.deprel == "obj" for t in sentence):
            continue
        parts = [t for t in sentence if t.head == h.i and t.deprel == "flat" and t.i > h.i]
        first = next((t for t in parts if t.feat("Case") in OBJECT_CASES and t.upos in NAME_UPOS), None)
        if first is None or (h.upos != "PROPN" and first is parts[0]) or toks[first.i - 1].feat("Case") not in {
                "Nom", None} or any(t not in parts for t in toks[h.i + 1:first.i]):
            continue  # right after the subject's own contiguous name ('Zelenskyj Vladimira', 'Morawiecki Olafa'),
            # not a role noun's first name part ('řekl ministr Partha Chatterjee': Partha read as Gen), nor after a
            # genitive noun ('manžel zavražděné poslankyně Jo Coxové')
        rest = [t for t in parts if t.i > first.i]
        if not rest or any(t.feat("Case") not in OBJECT_CASES for t in rest):
            continue  # a whole name (first name and surname) in that case: one name in two cases is the subject's
            # own ('mluvčí Martina Korandová': Martina read as Gen; 'ekonom Lukáš Kovanda': Kovanda read as Gen)
        first.head, first.deprel = verb.i, "obj"
        for t in rest:
            t.head = first.i
        notes.append(f"glued-object:{first.text}")
    return notes



def name_modifier_subjects(doc: Doc) -> list[str]:
    """'V pondělí vyhostilo Česko dva ruské diplomaty', 'Na summitu vyzval Zelenskyj spojence': a capitalised
    nominative name after a verb with no subject, tagged as an adjective of the noun after it (a name modifies no noun
    so), is the verb's subject, agreeing with it in number, and that noun is the verb's object."""
    toks, notes = doc.tokens, []
    for n in toks:
        noun = toks[n.head]
        verb = toks[noun.head]
        if n.deprel != "amod" or n.upos != "PROPN" or n.feat("Case") not in ("Nom", None) or not n.text[:1].isupper() \
                or not n.i < noun.i or noun.upos not in NAME_UPOS or noun.deprel not in ("obj", "nsubj") \
                or verb.upos != "VERB" or verb.i == noun.i or not verb.i < n.i \
                or verb.feat("Number") != n.feat("Number") or verb.feat("Number") is None:
            continue
        if any(t.head == verb.i and t.deprel in ("nsubj", "nsubj:pass") and t.i != noun.i
               for t in doc.sent_tokens(doc.sentences[n.sent])):
            continue
        n.head, n.deprel = verb.i, "nsubj"
        noun.deprel = "obj"
        notes.append(f"name-subject:{n.text}")
    return notes
