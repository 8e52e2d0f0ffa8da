"""The `parse` component: pick the language, then tokenise, tag and parse into UD."""

from __future__ import annotations

from ..model import Doc
from ..pipeline import component
from ..settings import Settings
from .conllu_backend import parse_conllu
from .detect import detect
from .lemmas import repair_lemmas
from .names import name_modifier_subjects, split_glued_names
from .spacy_backend import SpacyBackend
from .surnames import retag_listed_surnames


class Parse:
    """Language choice + NLP backend; writes doc.lang, doc.tokens, doc.sentences."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.spacy = SpacyBackend(settings.models, settings.max_sentence_tokens, settings.max_sentence_chars,
                                  settings.max_seconds)

    def __call__(self, doc: Doc) -> Doc:
        """Parse the doc's text with the configured backend."""
        s = self.settings
        if not doc.lang:
            lang, conf = detect(doc.text, s.languages, s.default_lang)
            doc.lang = lang
            doc.meta["lang_detected"] = {"lang": lang, "confidence": round(conf, 3)}
        conllu = doc.article.conllu
        if s.backend == "conllu" or conllu:
            if not conllu:
                doc.status, doc.reason = "rejected", "backend 'conllu' needs a 'conllu' field"
                return doc
            doc.meta["parser"] = "conllu"
            return parse_conllu(doc, conllu)
        model = doc.meta["parser"] = self.spacy.model_names.get(doc.lang, "")
        self.spacy.parse(doc)
        repair_lemmas(doc, model)  # the model's known lemma slips (data/<lang>/lemmas.json)
        if retagged := retag_listed_surnames(doc):  # 'Fiala se sešel': the surname read as the participle of 'fiat'
            doc.meta["surnames_retagged"] = retagged
        if glued := split_glued_names(doc):  # 'kritizoval prezident Zelenskyj Vladimira Putina'
            doc.meta["glued_names"] = glued
        if moved := name_modifier_subjects(doc):  # 'V pondělí vyhostilo Česko dva ruské diplomaty'
            doc.meta["name_subjects"] = moved
        return doc


@component("parse", requires=("article",), provides=("lang", "tokens", "sentences"))
def make_parse(settings: Settings) -> Parse:
    """Factory for the parse component."""
    return Parse(settings)
