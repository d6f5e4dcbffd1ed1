"""Black's splits for the wide statements the emitters write, without running black.

A function's header and an import have a fixed layout, written here; every other one-line
statement goes to the port of black's line splitting (`generator.fmt_lines`). What neither
models (a comment, a lambda, a decorator, ...) gets `None`, and black formats it.
`tests/test_fmt_splice.py` holds each shape to black's text at every depth, and the format
stage equals black on whole files for every case and cut.
"""

from __future__ import annotations

import re

from generator.fmt_lines import Unsupported, parameter_line, statement_line, transform_line
from generator.fmt_splice import STEP, WIDTH, Unit

_ITEM_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'" r"|[()\[\]{},\"'\\]")
"""Single-line strings (their commas and brackets do not count), brackets and commas."""
_DEF = re.compile(r"(?P<head>(?:async )?def \w+)\((?P<args>[ -~]*)\)(?P<tail> -> [ -~]+)?:")
"""A function's header."""
_DEF_HEAD = re.compile(r"(?:async )?def \w+\(")
"""The first line of a `def` whose parameters go one a line."""
_DEF_TAIL = re.compile(r"\)(?: -> [ -~]+)?:")
"""Its last line."""
_IMPORT = re.compile(r"(?P<head>from [\w.]+ import) (?P<names>[\w, ]+)")
"""`from module import names`, without parentheses."""
_CONDITIONS = ("if ", "elif ", "while ")
"""The compound statements whose header black splits as it splits a simple statement."""


def known_split(unit: Unit) -> tuple[str, ...] | None:
    """Black's lines for a wide one-line statement, or None where black is to format it.

    A function's header splits after its first bracket (`left_hand_split`) and an import puts
    one name a line; any other statement is split by the port of black's line splitting in
    `generator.fmt_lines`, which answers None (`Unsupported`) outside the subset it models."""
    if len(unit.lines) != 1:
        return _parameters_split(unit) if unit.kind == "header" else None
    code = unit.lines[0].lstrip(" ")
    pad = STEP * unit.depth
    if unit.kind == "header" and (match := _DEF.fullmatch(code)):
        return _def_split(pad, match)
    if unit.kind == "simple" and (match := _IMPORT.fullmatch(code)):
        names = [name.strip() for name in match["names"].split(",")]
        if not all(names) or len(pad + match["head"] + " (") > WIDTH:
            return None
        return (f"{pad}{match['head']} (", *(f"{pad}{STEP}{name}," for name in names), f"{pad})")
    if unit.kind == "decorator" or (unit.kind != "simple" and not code.startswith(_CONDITIONS)):
        return None
    try:
        lines = tuple(map(str, transform_line(statement_line(code, unit.depth))))
    except Unsupported:
        return None
    return lines


def _parameters_split(unit: Unit) -> tuple[str, ...] | None:
    """A `def` whose parameters go one a line already (a magic trailing comma keeps them so),
    with a parameter line too wide: black splits that line as any line inside brackets, and
    leaves the others as they are."""
    pad, deep = STEP * unit.depth, STEP * (unit.depth + 1)
    head, *parameters, tail = unit.lines
    if not (_DEF_HEAD.fullmatch(head.removeprefix(pad)) and _DEF_TAIL.fullmatch(tail[len(pad) :])):
        return None
    if not tail.startswith(pad + ")") or not parameters[-1].endswith(","):
        return None
    lines: list[str] = [head]
    for line in parameters:
        code = line.removeprefix(deep)
        if len(line) <= WIDTH:
            if code.startswith(" ") or len(deep) + len(code) != len(line):
                return None  # not one parameter a line at one depth
            lines.append(line)
            continue
        try:
            split = tuple(map(str, transform_line(parameter_line(code, unit.depth + 1))))
        except Unsupported:
            return None
        if any(len(each) > WIDTH for each in split):
            return None
        lines.extend(split)
    return (*lines, tail) if len(head) <= WIDTH and len(tail) <= WIDTH else None


def _def_split(pad: str, match: re.Match[str]) -> tuple[str, ...] | None:
    """A header split after its first bracket, the parameters on one line where they fit, else
    one a line; every split parameter list ends in a comma (black adds one to a `def`'s only
    parameter too, and then keeps it on a line of its own)."""
    if "[" in match["head"] or "lambda" in match["args"]:
        return None
    head, tail = f"{pad}{match['head']}(", f"{pad}){match['tail'] or ''}:"
    items = _top_level_items(match["args"])
    if items is None or len(head) > WIDTH or len(tail) > WIDTH:
        return None
    deep = pad + STEP
    if len(items) == 1:
        body = items[0] + ","
        return (head, deep + body, tail) if len(deep) + len(body) <= WIDTH else None
    if len(deep) + len(", ".join(items)) <= WIDTH:
        return (head, deep + ", ".join(items), tail)
    if any(len(deep) + len(item) + 1 > WIDTH for item in items):
        return None
    return (head, *(f"{deep}{item}," for item in items), tail)


def _top_level_items(text: str) -> list[str] | None:
    """`text` cut at its commas outside brackets and strings; None if an item would be empty or
    the text holds what the scan does not model."""
    marks = _outside_brackets(text, _ITEM_TOKEN)
    if marks is None:
        return None
    items, start = [], 0
    for match in marks:
        if match.group() == ",":
            items.append(text[start : match.start()].strip())
            start = match.end()
    items.append(text[start:].strip())
    return items if all(items) else None


def _outside_brackets(text: str, tokens: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The matches of `tokens` in `text` outside every bracket (a string is one token, so its
    brackets do not count); None where the brackets do not pair up, or at a stray quote or a
    backslash, which this scan does not model."""
    found, depth = [], 0
    for match in tokens.finditer(text):
        token = match.group()
        if token in ("(", "[", "{"):
            depth += 1
        elif token in (")", "]", "}"):
            depth -= 1
            if depth < 0:
                return None
        elif token in ('"', "'", "\\"):
            return None
        elif depth == 0:
            found.append(match)
    return found if depth == 0 else None
