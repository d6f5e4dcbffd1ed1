"""Long string literals, cut where black would leave a line over 100 columns, and only there.

Black splits no string. The emitters write every literal whole, so a message that fits reads as
one string (`" is not one of ['low', 'medium', 'high', 'auto']"`); a statement that black's
split still leaves too wide is written again with each long literal an implicit concatenation
of pieces of at most `CHUNK` columns, which black then wraps (`fmt._format_group`). With the
emitters' checks nested at most 36 columns deep and black's wrapping of a call, such pieces fit.
"""

from __future__ import annotations

import ast
import re
from functools import cache

from generator.fmt_splice import TOKEN
from generator.naming import literal

CHUNK = 48
"""The widest piece of a cut literal (quotes and escapes included): with black wrapping a call
over several lines inside deeply nested checks, a line still fits in 100 columns."""
_BREAK_AFTER = " /-_.,:;|)]}"
"""A long string is cut after one of these where it can, so each piece reads as a word or more."""


def cut_long_literals(text: str) -> str:
    """`text` (a statement) with each literal wider than `CHUNK` as `("piece" "piece")`; a
    literal `naming.literal` does not write so (a prefix, another quote) stays whole."""
    if '"' not in text:
        return text
    return TOKEN.sub(lambda match: _cut_token(text, match), text)


def _cut_token(text: str, match: re.Match[str]) -> str:
    token = match.group()
    start = match.start()
    if len(token) <= CHUNK or not token.startswith('"') or token.startswith('"""'):
        return token
    if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return token  # a prefixed literal (f"...", b"...")
    try:
        value = ast.literal_eval(token)
    except (SyntaxError, ValueError):
        return token
    if not isinstance(value, str) or literal(value) != token:
        return token
    return cut(value)


@cache  # the same messages recur thousands of times in a big spec
def cut(value: str) -> str:
    """`value` as an implicit concatenation of literals of at most `CHUNK` columns, in
    parentheses (an escape such as `\\x1b` is never cut)."""
    return "(" + " ".join(literal(piece) for piece in _pieces(value)) + ")"


def _width(value: str) -> int:
    return len(literal(value))


def _pieces(value: str) -> list[str]:
    pieces: list[str] = []
    while _width(value) > CHUNK:
        end = 1
        while _width(value[: end + 1]) <= CHUNK:
            end += 1
        cut = max((i + 1 for i in range(end // 2, end) if value[i] in _BREAK_AFTER), default=end)
        pieces.append(value[:cut])
        value = value[cut:]
    return [*pieces, value]
