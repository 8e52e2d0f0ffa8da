"""The person a gendered pronoun subject stands for ('In 2020, he denied'), and how far back antecedents are sought."""

from __future__ import annotations

from ..model import Mention
from .pronouns import fits
from .roles import Roles

MAX_SENTENCES_BACK = 2  # a dropped or pronoun subject's antecedent: its sentence or the two before
PERSON_SENTENCES_BACK = 4  # 'he' outside quotes: the narrative's person, past the quotes in between


def person_antecedent(roles: Roles, trigger: int) -> list[Mention]:
    """'In the case of Dbeibah, he had pledged', '... tarnished De Klerk's image. In 2020, he denied': a personal
    pronoun subject of the third person singular with a gender (he, she) stands for a person: the nearest person
    actor before it in its sentence or the MAX_SENTENCES_BACK before, in any role, agreeing in gender where marked.
    Outside quotes, people named inside a direct quote are skipped and the window is PERSON_SENTENCES_BACK ('Mr
    Corbyn said: "This Prime Minister ... He wants division." He goes on to criticise Mr Johnson': Corbyn)."""
    tree, doc = roles.tree, roles.doc
    prons = [k for k in tree.children(trigger, "nsubj") if k.upos == "PRON" and k.feat("PronType") == "Prs"
             and k.feat("Person") == "3" and k.feat("Number") == "Sing" and k.feat("Gender") in {"Masc", "Fem"}]
    if not prons:
        return []
    p = prons[0]
    outside = roles.quotes.at((p.tok.start, p.tok.end)) is None
    back = PERSON_SENTENCES_BACK if outside else MAX_SENTENCES_BACK
    first = doc.sentences[max(0, tree[trigger].tok.sent - back)].start
    for m in sorted(doc.mentions, key=lambda x: -x.head):
        if first <= m.head < p.i and m.kind == "PER" and m.code and m.status == "resolved" \
                and not m.code.endswith("MED") and tree[m.head].feat("Gender") in {None, p.feat("Gender")} \
                and fits(roles, p, m) and not (outside and _quoted(roles, m)):  # gender.json: no "man" for "she"
            return [m]
    return []


def _quoted(roles: Roles, m: Mention) -> bool:
    """Is a mention inside a direct quote (a person the speaker talks about, not one the narrative follows)?"""
    q = roles.quotes.at(m.span)
    return q is not None and q.direct


def not_media(found: list[Mention]) -> list[Mention]:
    """A newspaper or agency that reports a story is not the antecedent of a dropped or pronoun subject."""
    return [m for m in found if not (m.code or "").endswith("MED") or m.kind == "PER"]  # a named journalist acts
