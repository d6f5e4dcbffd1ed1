"""Black's own splits for the wide statements the emitters write most, without running black.

Black splits a too-wide line by rules that depend on the whole expression; for a few shapes
those rules come down to a simple layout, written here: a call of a name (`check_object(...)`,
`issues.append(ValidationIssue(...))`), a function's header, an import, an `if`/`elif`/`while`
condition of three or more `and`/`or` operands or of `not (...)`. Anything else (a magic
trailing comma, an assignment, a comment, non-ASCII text, a line still too wide) gets `None`,
and black formats it. `tests/test_fmt_splice.py` holds each shape to black's text at every
depth, and the format stage equals black on whole files for every case and cut.
"""

from __future__ import annotations

import re

from generator.fmt_splice import STEP, WIDTH, Unit

_ITEM_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'" r"|[()\[\]{},\"'\\]")
"""Single-line strings (their commas and brackets do not count), brackets and commas."""
_CALL = re.compile(r"(?P<callee>[A-Za-z_][\w.]*)\((?P<args>[ -~]*)\)")
"""A call of a (dotted) name as a statement: `check_object(data, ...)`."""
_DEF = re.compile(r"(?P<head>(?:async )?def \w+)\((?P<args>[ -~]*)\)(?P<tail> -> [ -~]+)?:")
"""A function's header."""
_CONDITION = re.compile(r"(?P<keyword>if|elif|while) (?P<condition>[ -~]+):")
"""A compound statement's condition."""
_LOGIC_TOKEN = re.compile(
    r'"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|[()\[\]{}]| (?:and|or) |[,\\]|\b(?:if|else|for|lambda)\b"
)
"""Strings (skipped), brackets, the logical operators, and what this module does not split."""
_IMPORT = re.compile(r"(?P<head>from [\w.]+ import) (?P<names>[\w, ]+)")
"""`from module import names`, without parentheses."""


def known_split(unit: Unit) -> tuple[str, ...] | None:
    """Black's lines for the few shapes of wide statement the emitters write most (a call, a
    function's header, an import), or None for any other: black formats those.

    The rules are black's, for statements without comments, magic trailing commas or optional
    parentheses: a call splits after its opening bracket (`right_hand_split`), a `def` after the
    first one (`left_hand_split`), and what is between goes on one line where it fits, else one
    item a line with a comma added; an import always puts one name a line."""
    if len(unit.lines) != 1:
        return None
    code = unit.lines[0].lstrip(" ")
    pad = STEP * unit.depth
    if unit.kind in ("header", "elif") and (match := _CONDITION.fullmatch(code)):
        return _condition_split(pad, match["keyword"], match["condition"])
    if unit.kind == "header":
        match = _DEF.fullmatch(code)
        return _def_split(pad, match) if match else None
    if unit.kind != "simple":
        return None
    if match := _IMPORT.fullmatch(code):
        names = [name.strip() for name in match["names"].split(",")]
        if not all(names) or len(pad + match["head"] + " (") > WIDTH:
            return None
        return (f"{pad}{match['head']} (", *(f"{pad}{STEP}{name}," for name in names), f"{pad})")
    if match := _CALL.fullmatch(code):
        return _call_split(pad, match)
    return None


def _call_split(pad: str, match: re.Match[str]) -> tuple[str, ...] | None:
    """A call split after its opening bracket (`check_object(` / the arguments / `)`)."""
    return _bracket_split(f"{pad}{match['callee']}(", match["args"], f"{pad})", pad)


def _def_split(pad: str, match: re.Match[str]) -> tuple[str, ...] | None:
    """A header split after its first bracket; a sole parameter gets a comma (black adds it to
    a `def`'s only parameter, and then keeps it on a line of its own)."""
    if "[" in match["head"]:
        return None
    tail = f"{pad}){match['tail'] or ''}:"
    return _bracket_split(f"{pad}{match['head']}(", match["args"], tail, pad, sole_comma=True)


def _bracket_split(
    head: str, args: str, tail: str, pad: str, *, sole_comma: bool = False
) -> tuple[str, ...] | None:
    """`head`, the bracket's contents one level deeper (on one line, or one item a line with a
    trailing comma), `tail`; None where a line would still be too wide, or where black would
    split differently (a trailing comma already there, a lone item that is not a call).
    Brackets that do not pair up make the items None: `f(a)(b)` read as `f` of `a)(b`."""
    items = _top_level_items(args)
    if items is None or len(head) > WIDTH or len(tail) > WIDTH or "lambda" in args:
        return None
    deep = pad + STEP
    body = ", ".join(items) + ("," if sole_comma and len(items) == 1 else "")
    if len(deep) + len(body) <= WIDTH:
        return (head, deep + body, tail)
    if len(items) == 1 and not sole_comma and (call := _CALL.fullmatch(items[0])):
        # A lone argument that is itself a call is split in its turn, one level deeper
        # (`issues.append(` / `ValidationIssue(` / its arguments / `)` / `)`).
        nested = _call_split(deep, call)
        return None if nested is None else (head, *nested, tail)
    if len(items) < 2 or any(len(deep) + len(item) + 1 > WIDTH for item in items):
        return None
    return (head, *(f"{deep}{item}," for item in items), tail)


def _condition_split(pad: str, keyword: str, condition: str) -> tuple[str, ...] | None:
    """`if`/`elif`/`while` with a condition too wide. With two or more `and`/`or` outside
    brackets black keeps the condition in (invisible, now shown) parentheses; `not (...)` it
    splits inside those brackets; each then goes on one line where it fits, else one operand a
    line, each after the first led by its operator. Other conditions are black's."""
    operands = _operands(condition)
    if operands is None:
        return None
    if len(operands) > 2:
        head, inner, tail = f"{pad}{keyword} (", condition, f"{pad}):"
    elif len(operands) == 1 and condition.startswith("not (") and condition.endswith(")"):
        head, inner, tail = f"{pad}{keyword} not (", condition[5:-1], f"{pad}):"
        if (operands := _operands(inner)) is None:
            return None
    else:
        return None
    deep = pad + STEP
    if len(head) > WIDTH:
        return None
    if len(deep) + len(inner) <= WIDTH:
        return (head, deep + inner, tail)
    if len(operands) < 2 or any(len(deep) + len(operand) > WIDTH for operand in operands):
        return None
    return (head, *(deep + operand for operand in operands), tail)


def _operands(condition: str) -> list[str] | None:
    """`condition` cut before each `and`/`or` outside brackets and strings (each piece after the
    first keeps its operator); None where it holds what black splits by another rule (a comma,
    a conditional expression, a comprehension, a lambda) or what the scan does not model."""
    marks = _outside_brackets(condition, _LOGIC_TOKEN)
    if marks is None:
        return None
    pieces, start = [], 0
    for match in marks:
        if match.group() in (" and ", " or "):
            pieces.append(condition[start : match.start()])
            start = match.start() + 1
        elif match.group()[0] not in "\"'":  # a string is no delimiter
            return None
    pieces.append(condition[start:])
    return pieces if all(p.strip() == p and p for p in pieces) else None


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
