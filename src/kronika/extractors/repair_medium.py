"""A companion the parser hung on the medium of a talk: cs 'hovořil po telefonu s čínským prezidentem', 'jednal
prostřednictvím videokonference s Putinem' attaches 's X' to the medium noun ('telefonu'); a medium (grammar key
medium_nouns) has no companion of its own, so the comitative phrase (comitative_preps + comitative_case) is the verb's
oblique, where a meeting or call verb finds its partner."""

from __future__ import annotations

from .lexicon import Lexicon
from .udview import Node, Tree

NOMINALS = {"NOUN", "PROPN", "PRON"}


def medium_companion(tree: Tree, lex: Lexicon, n: Node) -> str:
    """Rehang a comitative nmod of a medium noun that is a verb's oblique onto that verb; a note, or ''."""
    case = lex.grammar.get("comitative_case")
    if not case or n.deprel != "nmod" or n.upos not in NOMINALS or n.head == n.i or n.feat("Case") != case \
            or not tree.case_words(n.i) & lex.words("comitative_preps"):
        return ""
    medium = tree[n.head]
    if medium.lemma.lower() not in lex.words("medium_nouns") or medium.deprel != "obl" or medium.head == medium.i:
        return ""
    verb = tree[medium.head]
    if verb.upos != "VERB" or not tree.rehang(n.i, verb.i, "obl"):
        return ""
    return f"medium-companion:{medium.tok.text}+{n.tok.text}"
