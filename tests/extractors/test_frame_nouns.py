"""An actor inside a time or setting frame ('na začátku summitu OSN') is no party to the act (roles.actor_of)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2019-09-27"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-",
             (e.target.code or "-")[:3] if e.target else "-") for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("Tisíce studentů se v Berlíně připojily k protestu proti uhelným elektrárnám na začátku summitu NATO.", "cs",
     "IGONAT"),
    ("Desítky aktivistů v Paříži se připojily k protestu proti jaderné energii v předvečer summitu EU.", "cs",
     "IGOEUR"),
])
def test_frame_noun_keeps_the_summit_out_of_the_protest(pipeline: Pipeline, text: str, lang: str,
                                                       absent: str) -> None:
    triples = _triples(pipeline, text, lang)
    assert any(t == "PROTEST" for t, _, _ in triples)
    assert not any(tgt == absent[:3] or tgt == absent for _, _, tgt in triples)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Biden and Xi met on the sidelines of the G20 summit in Bali.", ("CONSULT", "USA", "CHN"), "IGO"),
    ("Erdogan met Putin on the margins of the summit of the Shanghai Cooperation Organisation.",
     ("CONSULT", "TUR", "RUS"), "IGO"),
])
def test_frame_noun_as_the_role_phrase_itself(pipeline: Pipeline, text: str, expected: tuple[str, str, str],
                                              absent: str) -> None:
    """'met on the sidelines of the G20 summit': the frame phrase is the verb's own oblique, not only a modifier."""
    triples = _triples(pipeline, text, "en")
    assert expected in triples
    assert not any(tgt.startswith(absent) for _, _, tgt in triples)
