"""Black's splits for the wide statements the emitters write, without running black.

A function's header, an import and a method called with a call (`a.b(C(x, y))`, most of the
validators' wide statements) have a fixed layout, written here; every other one-line statement,
and one of those whose fixed layout does not fit, goes to the port of black's line splitting
(`generator.fmt_lines`). What neither models (a comment, a lambda, a decorator, ...) gets
`None`, and black formats it.
`tests/test_fmt_splice.py` holds each shape to black's text at every depth, and the format
stage equals black on whole files for every case and cut.
"""

from __future__ import annotations

import keyword
import re

from generator.fmt_lines import Unsupported, parameter_line, statement_line, transform_line
from generator.fmt_splice import STEP, WIDTH, Unit

_STRING = r'"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
"""A single-line string (its commas, brackets and `#` are text)."""
_ITEM_TOKEN = re.compile(_STRING + r"|[()\[\]{},\"'\\]")
"""Single-line strings (their commas and brackets do not count), brackets and commas."""
_DEF = re.compile(r"(?P<head>(?:async )?def \w+)\((?P<args>[ -~]*)\)(?P<tail> -> [ -~]+)?:")
"""A function's header."""
_DEF_HEAD = re.compile(r"(?:async )?def \w+\(")
"""The first line of a `def` whose parameters go one a line."""
_DEF_TAIL = re.compile(r"\)(?: -> [ -~]+)?:")
"""Its last line."""
_UNION_TOKEN = re.compile(_STRING + r"|[()\[\]{}\"'\\]| \| |[^\w.\[\]]")
"""Strings, brackets, the ` | ` of a union, and anything else a plain member does not hold."""
_NAME = re.compile(r"[A-Za-z_][\w.]*(?:\[.*\])?")
"""A union's member: a (dotted) name, with its subscript."""
_LIST_HEAD = re.compile(r"[A-Za-z_]\w* = \[")
_STRING_ITEM = re.compile(r'"[^"\\]*",')
_IMPORT = re.compile(r"(?P<head>from [\w.]+ import) (?P<names>[\w, ]+)")
"""`from module import names`, without parentheses."""
_CONDITIONS = ("if ", "elif ", "while ")
"""The compound statements whose header black splits as it splits a simple statement."""
_CALL_OF_CALL = re.compile(
    r"(?P<outer>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\((?P<inner>[A-Za-z_]\w*)\((?P<args>[ -~]+)\)\)"
)
"""A call of a method with a call as its only argument, on one line: `a.b(C(x, y))`."""
_CALL = re.compile(r"(?P<callee>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\((?P<args>[ -~]+)\)")
"""A call as a statement of its own: `check(data, "name", cls._required)`."""
_STRINGS = re.compile(_STRING)
_MAGIC_COMMA = re.compile(r",\s*[)\]}]")
"""A comma before a closing bracket (outside strings): black splits there, even a one-tuple's
(the port leaves those to black too)."""


def known_split(unit: Unit) -> tuple[str, ...] | None:
    """Black's lines for a wide one-line statement, or None where black is to format it.

    A function's header splits after its first bracket (`left_hand_split`) and an import puts
    one name a line; any other statement is split by the port of black's line splitting in
    `generator.fmt_lines`, which answers None (`Unsupported`) outside the subset it models."""
    if len(unit.lines) != 1:
        return _parameters_split(unit) if unit.kind == "header" else _exploded_strings(unit)
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
    if unit.kind == "simple" and (match := _CALL_OF_CALL.fullmatch(code)):
        lines = _call_of_call_split(pad, match)
        if lines is not None:
            return lines
    elif unit.kind == "simple" and (match := _CALL.fullmatch(code)) and not _keyword(match):
        lines = _call_split(pad, match["callee"], match["args"])
        if lines is not None:
            return lines
    try:
        lines = tuple(map(str, transform_line(statement_line(code, unit.depth))))
    except Unsupported:
        return None
    return lines


def _call_split(pad: str, callee: str, arguments: str) -> tuple[str, ...] | None:
    """`callee(arguments)` as black splits it when too wide: at its brackets, the arguments on
    a line of their own, else one a line with a comma after the last; None (the port then)
    where a line would still be too wide, or the arguments hold what this does not read (a
    comment, a lambda's commas, a star, a magic trailing comma, one argument to split)."""
    head, deep = f"{pad}{callee}(", pad + STEP
    code = _STRINGS.sub('""', arguments)
    if len(head) > WIDTH or _MAGIC_COMMA.search(code):
        return None  # black splits at a magic trailing comma, wherever it is
    if len(deep) + len(arguments) <= WIDTH:
        return (head, deep + arguments, f"{pad})")
    items = _top_level_items(arguments)
    if items is None or len(items) < 2 or "#" in code or "lambda" in code:
        return None
    if any(item.startswith("*") or len(deep) + len(item) + 1 > WIDTH for item in items):
        return None
    return (head, *(f"{deep}{item}," for item in items), f"{pad})")


def _keyword(call: re.Match[str]) -> bool:
    """Whether the callee is a keyword (`not(x)`): no call at all."""
    return keyword.iskeyword(call["callee"].split(".")[0])


def _call_of_call_split(pad: str, match: re.Match[str]) -> tuple[str, ...] | None:
    """`outer(inner(arguments))`, the validators' `issues.append(ValidationIssue(...))`: black
    splits at the outer call's brackets, then, if still too wide, the inner call as any call."""
    head, deep = f"{pad}{match['outer']}(", pad + STEP
    inner = f"{match['inner']}({match['args']})"
    if len(head) > WIDTH or _MAGIC_COMMA.search(_STRINGS.sub('""', match["args"])):
        return None
    if len(deep) + len(inner) <= WIDTH:
        return (head, deep + inner, f"{pad})")
    split = _call_split(deep, match["inner"], match["args"])
    return None if split is None else (head, *split, f"{pad})")


def _exploded_strings(unit: Unit) -> tuple[str, ...] | None:
    """A list of strings assigned to a name, its items one a line already with a comma each
    (`__all__ = [` / `"name",` / `]`), a string too wide among them: black leaves it as it is
    (its magic trailing comma keeps the items apart, and it splits no string)."""
    pad, deep = STEP * unit.depth, STEP * (unit.depth + 1)
    head, *items, tail = unit.lines
    if not (head.startswith(pad) and _LIST_HEAD.fullmatch(head[len(pad) :])) or tail != pad + "]":
        return None
    if not items or not all(_STRING_ITEM.fullmatch(item.removeprefix(deep)) for item in items):
        return None
    return unit.lines if all(item.startswith(deep) for item in items) else None


def _parameters_split(unit: Unit) -> tuple[str, ...] | None:
    """A `def` whose parameters go one a line already (a magic trailing comma keeps them so),
    with a parameter line too wide: black splits that line as any line inside brackets, and
    leaves the others as they are."""
    pad, deep = STEP * unit.depth, STEP * (unit.depth + 1)
    head, *parameters, tail = unit.lines
    if not (_DEF_HEAD.fullmatch(head.removeprefix(pad)) and _DEF_TAIL.fullmatch(tail[len(pad) :])):
        return None
    if not tail.startswith(pad + ")") or not parameters or not parameters[-1].endswith(","):
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
    head, last = f"{pad}{match['head']}(", f"{pad}){match['tail'] or ''}:"
    tail = (last,) if len(last) <= WIDTH else _return_split(pad, match["tail"])
    items = _top_level_items(match["args"])
    if items is None or tail is None or len(head) > WIDTH:
        return None
    deep = pad + STEP
    if len(items) == 1:
        body = items[0] + ","
        return (head, deep + body, *tail) if len(deep) + len(body) <= WIDTH else None
    if len(deep) + len(", ".join(items)) <= WIDTH:
        return (head, deep + ", ".join(items), *tail)
    if any(len(deep) + len(item) + 1 > WIDTH for item in items):
        return None
    return (head, *(f"{deep}{item}," for item in items), *tail)


def _return_split(pad: str, tail: str | None) -> tuple[str, ...] | None:
    """The last lines of a split header whose `) -> annotation:` is too wide, for a union of
    three or more members: black puts it in parentheses (on a line of its own if it fits, else
    one member a line, each after the first led by its `|`); other annotations are black's."""
    if not tail or not tail.startswith(" -> "):
        return None
    members = _top_level_union(tail.removeprefix(" -> "))
    if members is None or len(members) < 3:
        return None
    deep = pad + STEP
    if len(deep) + len(" | ".join(members)) <= WIDTH:
        return (f"{pad}) -> (", deep + " | ".join(members), f"{pad}):")
    lines = (deep + members[0], *(f"{deep}| {member}" for member in members[1:]))
    return (
        None if any(len(line) > WIDTH for line in lines) else (f"{pad}) -> (", *lines, f"{pad}):")
    )


def _top_level_union(text: str) -> list[str] | None:
    """`text` cut at its ` | ` outside brackets and strings, if that is all it holds besides
    names, dots and brackets' contents; else None."""
    marks = _outside_brackets(text, _UNION_TOKEN)
    if marks is None:
        return None
    members, start = [], 0
    for match in marks:
        if match.group() != " | ":
            return None
        members.append(text[start : match.start()])
        start = match.end()
    members.append(text[start:])
    return members if all(_NAME.fullmatch(m) for m in members) else None


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
