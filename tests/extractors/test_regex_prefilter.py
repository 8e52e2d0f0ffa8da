"""The first-character prefilter changes no match of a pattern, and bounds only what it can bound."""

from __future__ import annotations

import re

import pytest

from kronika.extractors.dates import load_pack
from kronika.extractors.regex_prefilter import first_class, with_prefilter

TEXTS = [
    "Summit začne 27. září 2024 v Praze, v pondělí 3. 10. a příští týden; loni v říjnu, před dvěma lety.",
    "On Monday, Sept. 3, the talks resume; last week and 12 March 2024 (or 3/12/2024) were quieter. "
    "Two years ago, in spring of 2019 — and Theresa May said so — the 2020-05-06 deadline passed.",
    "ÚTERÝ 5. KVĚTNA, Čtvrtek, STŘEDU: velká písmena, K (kelvin sign) and İstanbul in mixed case.",
]


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_regex_prefilter_date_patterns_find_the_same_matches(lang: str) -> None:
    for p in load_pack(lang).patterns:
        inner = p.regex.pattern
        plain = re.compile(inner[inner.index("(?:") + 3:-1] if inner.startswith("(?=") else inner, p.regex.flags)
        for text in TEXTS:
            got = [(m.span(), m.groupdict()) for m in p.regex.finditer(text)]
            want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert got == want, (p.name, text)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!\w)(?:leden|únor)\s+\d{4}", "[lú]"),
    (r"(?:the\s+)?(?P<day>\d{1,2})(?:st|nd)?", r"[\dt]"),
    (r"[A-C]x|y", "[A-Cy]"),
    (r"a*b", "[ab]"),
])
def test_regex_prefilter_first_class_of_a_pattern(pattern: str, expected: str) -> None:
    assert first_class(pattern) == expected


@pytest.mark.parametrize("pattern", [r"a*", r"[^a]b", r".b", r"(?i:a)b", r"(a)?\1b", r"\Wx"])
def test_regex_prefilter_leaves_unbounded_patterns_alone(pattern: str) -> None:
    assert first_class(pattern) is None
    assert with_prefilter(pattern).pattern == pattern


def test_regex_prefilter_keeps_alternatives_and_groups() -> None:
    rx = with_prefilter(r"(?P<a>x)y|z", re.IGNORECASE)
    assert [m.group(0) for m in rx.finditer("XY z xz")] == ["XY", "z", "z"]
    assert rx.groupindex == {"a": 1}
