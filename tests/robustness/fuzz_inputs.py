"""Hostile text generators shared by the robustness tests: fragments real web text throws at us."""

from __future__ import annotations

from hypothesis import strategies as st

QUOTE_MARKS = ["\"", "„", "“", "”", "‚", "‘", "’", "«", "»", "'", "›", "‹"]
FRAGMENTS = [
    "Ministr zahraničí Jan Novák v úterý odletěl do Kyjeva.", "Rusko obvinilo Ukrajinu z útoku.",
    "The president met the NATO chief in Brussels on Monday.", "Police arrested protesters, officials said.",
    "uvedl mluvčí", "said the minister", "podle agentury Reuters", "according to the UN",
    "\u202eRTL override\u202c", "שלום עולם", "مرحبا بالعالم", "Привет, мир.", "金正恩", "🇺🇦🙂👨‍👩‍👧",
    "<script>alert('x')</script>", "<p>Tag <b>soup</i>", "'; DROP TABLE articles; --", "1' OR '1'='1",
    "\x00", "\x07\x1b[31m", "\r\n", "\u2028", "\ufeff", "\u200b\u200d", "\t", "   ", "\n\n",
    "…", "!!!", "???", "...", "—", "-", "(", ")", "[", "]", "Mr.", "U.S.", "1.", "2024-06-18",
]


def hostile_text(max_parts: int = 25) -> st.SearchStrategy[str]:
    """Text built from hostile fragments, quotation marks and arbitrary Unicode (surrogates included)."""
    part = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(QUOTE_MARKS),
        st.text(max_size=40),
        st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FF), max_size=40),
        st.builds(lambda c, n: c * n, st.sampled_from(["!", ".", "\"", "„", "a", " ", "\n", "-", ","]),
                  st.integers(1, 3000)),
    )
    return st.lists(part, max_size=max_parts).map(lambda ps: " ".join(ps))
