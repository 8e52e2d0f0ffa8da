"""Listed surnames the tagger read as verbs: 'Fiala se sešel' (Fiala: the participle of 'fiat'), made names again."""

from __future__ import annotations

from ..model import Doc, Token

SUBJECT_RELS = {"nsubj", "nsubj:pass"}


def _listed_surname(t: Token) -> bool:
    """Whether the word is the last word of a name in the people lexicon (imported here: the parse step needs the
    index only when the tagger slipped)."""
    from ..actors.people import name_key, people

    key = name_key([t.text])
    return bool(key) and key[-1] in people().by_last


def retag_listed_surnames(doc: Doc) -> list[str]:
    """'Fiala se v pondělí sešel se Zelenským': a capitalised word the tagger read as a verb yet made the subject of
    another verb is a name when the people lexicon lists it as a surname; it becomes a nominative PROPN agreeing with
    its verb, so it can be a mention and the event's source. A verb is no verb's subject, so real verbs stay."""
    toks, notes = doc.tokens, []
    for t in toks:
        if t.upos != "VERB" or t.deprel not in SUBJECT_RELS or not t.text[:1].isupper() or t.text.isupper():
            continue
        head = toks[t.head]
        if head.i == t.i or head.upos not in ("VERB", "AUX", "ADJ") or not _listed_surname(t):
            continue
        feats = {"Case": "Nom", "NameType": "Sur"}
        for name in ("Gender", "Number", "Animacy"):
            if (value := head.feat(name)) and "," not in value:
                feats[name] = value
        feats.setdefault("Number", "Sing")
        t.upos, t.lemma, t.feats = "PROPN", t.text, feats
        notes.append(f"surname-not-verb:{t.text}")
    return notes
