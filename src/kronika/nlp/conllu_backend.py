"""CoNLL-U backend: read a UD parse produced by any parser (UDPipe 2, Stanza, ...)."""

from __future__ import annotations

from ..model import Doc, Sentence, Token


def parse_conllu(doc: Doc, conllu: str) -> Doc:
    """Fill doc.tokens/sentences from CoNLL-U, aligning tokens to the article text."""
    text, pos = doc.text, 0
    for block in conllu.strip().split("\n\n"):
        rows = [r.split("\t") for r in block.splitlines() if r and not r.startswith("#")]
        words = [r for r in rows if len(r) >= 8 and r[0].isdigit()]
        if not words:
            continue
        base, s_idx = len(doc.tokens), len(doc.sentences)
        for r in words:
            form = r[1]
            start = text.find(form, pos)
            if start < 0:
                raise ValueError(f"CoNLL-U token {form!r} not found in the article text after offset {pos}")
            pos = start + len(form)
            head = int(r[6]) if r[6].isdigit() else 0
            doc.tokens.append(Token(
                i=len(doc.tokens), text=form, lemma=r[2] if r[2] != "_" else form, upos=r[3],
                feats=_feats(r[5]), head=base + head - 1 if head else len(doc.tokens),
                deprel=r[7].lower(), start=start, end=pos, sent=s_idx))
        doc.sentences.append(Sentence(s_idx, base, len(doc.tokens), doc.tokens[base].start, doc.tokens[-1].end))
    return doc


def _feats(value: str) -> dict[str, str]:
    if value in ("", "_"):
        return {}
    return dict(kv.split("=", 1) for kv in value.split("|") if "=" in kv)
