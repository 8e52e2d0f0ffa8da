"""Bytes to text for plain-text and JSONL input: UTF-8, or UTF-16/32 told by a byte-order mark or by the NUL
pattern of UTF-16 without one; anything else is refused with the reason (a guessed 8-bit code page garbles)."""

from __future__ import annotations

import codecs

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def unicode_encoding(raw: bytes) -> str:
    """The Unicode encoding the bytes show ('utf-8' when nothing says otherwise)."""
    for bom, name in BOMS:  # UTF-32 LE first: its mark starts with the UTF-16 LE one
        if raw.startswith(bom):
            return name
    head = raw[:4096]
    even, odd = head[0::2], head[1::2]
    if len(head) >= 8 and head.count(0) >= len(head) // 3:  # Latin or Cyrillic text in UTF-16: one byte in two is 0
        if odd.count(0) > len(odd) // 2 and even.count(0) == 0:
            return "utf-16-le"
        if even.count(0) > len(even) // 2 and odd.count(0) == 0:
            return "utf-16-be"
    return "utf-8"


def decode_text(raw: bytes, name: str) -> tuple[str | None, str]:
    """(text, "") or (None, reason) for bytes read as a text or JSONL file."""
    enc = unicode_encoding(raw)
    try:
        text = raw.decode("utf-8-sig" if enc == "utf-8" else enc)
    except UnicodeDecodeError as exc:
        what = "UTF-8" if enc == "utf-8" else enc.upper()
        return None, (f"{name}: not {what} text ({exc.reason} at byte {exc.start}); kronika reads UTF-8 or "
                      "UTF-16/32: re-encode the file as UTF-8")
    return text, ""
