"""Line emitter: small pure helpers that build indented Python source as lists of lines."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from generator.naming import literal, source

INDENT = "    "


def indent(lines: Iterable[str], levels: int = 1) -> list[str]:
    """Indent every non-empty line by `levels` steps."""
    pad = INDENT * levels
    return [pad + line if line else line for line in lines]


def lit(value: str) -> str:
    """A string literal as black writes it (`naming.literal`), whole: the format stage cuts a
    long one where black's lines would run past 100 columns (`generator.fmt_strings`)."""
    return literal(value)


def display(brackets: str, items: list[str]) -> str:
    """A list or set display, `brackets` being "[]" or "{}": a sole item loses parentheses
    around the whole of it, as black writes it (`{(a or b)}` is `{a or b}`)."""
    inner = bare(items[0]) if len(items) == 1 else ", ".join(items)
    return brackets[0] + inner + brackets[1]


def pysource(value: Any) -> str:
    """Python source for a JSON-like value, as black writes it."""
    if isinstance(value, str):
        return lit(value)
    if isinstance(value, list | tuple):
        return display("[]", [pysource(item) for item in value])
    if isinstance(value, dict):
        pairs = (f"{pysource(k)}: {pysource(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    return source(value)


@cache
def enclosed(expr: str) -> bool:
    """Whether `expr` is one parenthesized group, like `(a or b)` (but not `(a) or (b)`)."""
    if not (expr.startswith("(") and expr.endswith(")")):
        return False
    try:
        ast.parse(expr[1:-1], mode="eval")
    except SyntaxError:
        return False
    return True


def bare(expr: str) -> str:
    """`expr` without parentheses around the whole of it, as black writes an `if`, `elif` or
    `return` (`if (a or b):` is `if a or b:`)."""
    while enclosed(expr):
        expr = expr[1:-1]
    return expr


def paren(expr: str) -> str:
    """Parenthesize an expression that would bind looser than `and`/`not`."""
    if (" or " in expr or " if " in expr or " and " in expr) and not enclosed(expr):
        return f"({expr})"
    return expr


_NEGATED_OPS: dict[type[ast.cmpop], str] = {
    ast.In: "not in",
    ast.NotIn: "in",
    ast.Is: "is not",
    ast.IsNot: "is",
    ast.Eq: "!=",
    ast.NotEq: "==",
}


@cache
def negate(expr: str) -> str:
    """`not expr`, written as ruff likes it: `x not in y`, `x is not y`, no `not not`."""
    try:
        tree = ast.parse(expr, mode="eval").body
    except SyntaxError:  # pragma: no cover - we only negate expressions we built
        return f"not ({expr})"
    if isinstance(tree, ast.UnaryOp) and isinstance(tree.op, ast.Not):
        return expr[len("not ") :].strip()
    if isinstance(tree, ast.Compare) and len(tree.ops) == 1 and "\n" not in expr:
        negated = _NEGATED_OPS.get(type(tree.ops[0]))
        left = ast.get_source_segment(expr, tree.left)
        right = ast.get_source_segment(expr, tree.comparators[0])
        # Operands as written (`ast.unparse` would requote strings); one in parentheses of its
        # own is not sliced from the source as is, and keeps the general form.
        if negated and left and right and expr.startswith(left) and expr.endswith(right):
            return f"{left} {negated} {right}"
    return f"not {expr}" if enclosed(expr) or _is_atom(tree) else f"not ({expr})"


_CALL = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*(?:\([A-Za-z0-9_]*\))?")


def is_call(expr: str) -> bool:
    """Whether `expr` is a name, or a call of one with at most one plain argument, like
    `_is_a(v1)`: an operand that needs no parentheses of its own."""
    return _CALL.fullmatch(expr) is not None


def _is_atom(tree: ast.expr) -> bool:
    return isinstance(tree, ast.Call | ast.Name | ast.Attribute | ast.Subscript | ast.Constant)


def _single_if(body: list[str]) -> tuple[str, list[str]] | None:
    """If `body` is exactly one `if` statement without `elif`/`else`, its condition and block."""
    head = body[0]
    if not head.startswith("if ") or not head.endswith(":"):
        return None
    rest = body[1:]
    if not rest or any(line and not line.startswith(INDENT) for line in rest):
        return None
    return head[3:-1], rest


def guard(cond: str, body: list[str]) -> list[str]:
    """`if cond:` around `body`; a lone nested `if` is merged into one condition (ruff SIM102)."""
    if not body:
        return []
    single = _single_if(body)
    if single is not None:
        inner, rest = single
        return [f"if {paren(cond)} and {paren(inner)}:", *rest]
    return [f"if {bare(cond)}:", *indent(body)]


def finish_predicate(body: list[str]) -> list[str]:
    """End a fast predicate with `return True`, folding a trailing check in (ruff SIM103/110)."""
    last = max((i for i, line in enumerate(body) if not line.startswith(" ")), default=-1)
    tail = body[last:] if last >= 0 else []
    if len(tail) == 2 and tail[0].startswith("if ") and tail[1] == INDENT + "return False":
        return [*body[:last], f"return {bare(negate(tail[0][3:-1]))}"]
    if (
        len(tail) == 3
        and tail[0].startswith("for ")
        and tail[1].startswith(INDENT + "if ")
        and tail[2] == INDENT * 2 + "return False"
    ):
        loop = tail[0][4:-1]
        cond = tail[1][len(INDENT) + 3 : -1]
        return [*body[:last], f"return all({negate(cond)} for {loop})"]
    return [*body, "return True"]
