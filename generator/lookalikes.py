"""Characters that pass for ASCII (Unicode TR39 confusables), written as escapes in generated code.

A spec's prose and values reach generated code in docstrings and string literals. Where a
character looks like an ASCII one (an en dash U+2013, a Cyrillic a U+0430 inside a Latin word,
a fullwidth A U+FF21, a modifier arrowhead U+02C2) a reader, and ruff (RUF001-RUF003), cannot
tell the code from what it seems to say; so such a character is written as its `\\uXXXX`
escape, which leaves the value unchanged. The rule is Unicode's own confusables data (TR39, as
the pinned confusable-homoglyphs package ships it): every non-ASCII character confusable with
printable ASCII. As in TR39's whole-script test (and ruff), a word in another script keeps its
letters: a Russian word has letters no Latin text could be mistaken for, so the Cyrillic er
and ie in it stay as they are. Invisible and unprintable characters (bidi controls included)
are escaped elsewhere, always (`errors.one_line`, `repr`).
"""

from __future__ import annotations

import io
import re
import tokenize
import unicodedata
from functools import cache

_WORD = re.compile(r"[^ \t\n\r\f\v]+")
"""A word ends at ASCII white space only: a no-break space is itself a look-alike."""


@cache
def confusable_with_ascii() -> frozenset[str]:
    """Every non-ASCII character TR39 lists as confusable with printable ASCII text (an entry
    written with bidi marks around it, as right-to-left ones are, counts for its character)."""
    # Loaded only for text that is not all ASCII (0.2 s of start-up the own spec never needs).
    # The package ships no type information; its data is a plain dict of lists of dicts.
    from confusable_homoglyphs.confusables import (  # type: ignore[import-untyped]
        confusables_data,
    )

    found = set()
    for entry, homoglyphs in confusables_data.items():
        char = "".join(c for c in entry if unicodedata.category(c) != "Cf")
        ascii_twin = any(h["c"].isascii() and h["c"].isprintable() for h in homoglyphs)
        if len(char) == 1 and not char.isascii() and ascii_twin:
            found.add(char)
    return frozenset(found)


def _has_confusable(text: str) -> bool:
    # Both tests run in C: 18 MB of generated code are looked through in a blink.
    return not text.isascii() and not confusable_with_ascii().isdisjoint(text)


def escape_in_text(text: str) -> str:
    """`text` with every look-alike written as a `\\u`/`\\U` escape, word by word."""
    if not _has_confusable(text):
        return text
    confusable = confusable_with_ascii()
    return _WORD.sub(lambda word: _escape_word(word.group(), confusable), text)


def _escape_word(word: str, confusable: frozenset[str]) -> str:
    if any(not char.isascii() and char not in confusable for char in word):
        return word  # a word of another script: its letters are not posing as ASCII
    return "".join(_escape(char) if char in confusable else char for char in word)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def escape_in_source(source: str) -> str:
    """Python source with look-alikes escaped in its string literals (not raw ones, where an
    escape would change the value) and in its comments."""
    if not _has_confusable(source):
        return source
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        literal = token.type == tokenize.STRING and not _is_raw(token.string)
        if literal or token.type == tokenize.COMMENT:
            begin = starts[token.start[0] - 1] + token.start[1]
            end = starts[token.end[0] - 1] + token.end[1]
            edits.append((begin, end, escape_in_text(token.string)))
    for begin, end, text in reversed(edits):
        source = source[:begin] + text + source[end:]
    return source


def _is_raw(literal: str) -> bool:
    prefix = literal[: len(literal) - len(literal.lstrip("rRbBuUfF"))]
    return "r" in prefix.lower()
