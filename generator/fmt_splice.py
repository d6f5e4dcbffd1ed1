"""Black on the statements that need it, not on whole files (stage 6's fast path).

The emitters write black's own text (double quotes, no redundant parentheses, black's blank
lines); what they cannot write as black would is a statement too wide for 100 columns, which
black splits by rules too intricate to copy. So a file is cut into statements, the statements
with a line over 100 columns are given to black, and black's text for each is spliced back.

Black sees each statement at its real depth: nested in `if <marker>:` wrappers (four spaces a
level, as the emitters indent), a compound header with a `pass` body, an `elif` after an `if`,
a decorator before a `def`; everything it writes for those wrappers is dropped again. Black
splits a line from the line's own text and its depth alone, so the spliced result is byte for
byte `black.format_str` of the whole file, provided the rest was black's text already: the
tests hold that on every case spec, the OpenAI cut and the project's own output.

Statement boundaries come from one regular-expression pass over strings, comments and brackets;
a file with anything that pass does not model (a backslash continuation, a tab, an unclosed
bracket or string) is reported as `None`, and then the caller gives black the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

WIDTH = 100
STEP = "    "

TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|#[^\n]*"
    r"|[()\[\]{}\n\t\"']"
    r"|\\\n",
    re.S,
)
"""Whole strings and comments (their brackets do not count), brackets, newlines, and what makes
a file too unusual to cut: a tab, a stray quote (an unterminated string), a backslash newline."""
_BRACKET_STEP = {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}
_CONTINUED = ("elif ",)
"""Clauses that need an `if` before them to parse; `else:`, `except` and `finally:` lines are
never over 100 columns as the emitters write them, and one that is makes its file black's."""


@dataclass(frozen=True)
class Unit:
    """A statement black is to format: its lines (a header without its body), the depth it
    sits at, and the wrapper it needs to parse alone."""

    lines: tuple[str, ...]
    depth: int
    kind: str  # "simple", "header", "elif" (both get a `pass` body), "decorator"


def _continuation_lines(text: str) -> list[bool] | None:
    """For each line of `text` (split on `\\n`), whether it begins inside brackets or a string."""
    continued = [False] * (text.count("\n") + 1)
    line = depth = 0
    step = _BRACKET_STEP.get
    for token in TOKEN.findall(text):  # strings, not matches: this loop is the stage's scan
        delta = step(token)
        if delta is not None:
            depth += delta
            if depth < 0:
                return None
        elif token == "\n":
            line += 1
            continued[line] = depth > 0
        elif token[0] == "#":
            continue
        elif token[0] in "\"'" and len(token) > 1:
            inside = token.count("\n")
            for offset in range(1, inside + 1):
                continued[line + offset] = True
            line += inside
        else:
            return None  # a tab, a stray quote or a backslash continuation
    return continued if depth == 0 else None


def units_of(text: str) -> list[tuple[int, int, Unit]] | None:
    """The statements of `text` black has to format, each with its line range; None when the
    file is to be formatted whole."""
    continued = _continuation_lines(text)
    if continued is None:
        return None
    lines = text.split("\n")
    found = []
    end = 0
    # Only the statements around the wide lines: a large file has a few hundred of them among
    # thousands of statements.
    for number in [number for number, line in enumerate(lines) if len(line) > WIDTH]:
        if number < end:
            continue  # a line of the statement just taken
        first, end = number, number + 1
        while continued[first]:
            first -= 1
        while end < len(lines) and continued[end]:
            end += 1
        unit = _unit(lines[first:end])
        if unit is None:
            return None
        if unit.kind:
            found.append((first, end, unit))
    return found


def _unit(statement: list[str]) -> Unit | None:
    """What black is to format of a too-wide statement; kind "" for one black leaves as it is
    (a lone string, as an attribute docstring is, or a comment: black splits neither); None when
    the file had better go to black whole."""
    head = statement[0]
    code = head.lstrip(" ")
    margin = len(head) - len(code)
    if margin % len(STEP):
        return None
    depth = margin // len(STEP)
    if _lone_string_or_comment("\n".join(statement)[margin:]):
        return Unit(tuple(statement), depth, "")
    if code.startswith(("else", "except", "finally", "try", "case ", "match ")):
        return None
    if code.startswith(_CONTINUED):
        return Unit(tuple(statement), depth, "elif")
    if code.startswith("@"):
        return Unit(tuple(statement), depth, "decorator")
    if statement[-1].rstrip().endswith(":"):
        return Unit(tuple(statement), depth, "header")
    return Unit(tuple(statement), depth, "simple")


def _lone_string_or_comment(code: str) -> bool:
    if code.startswith("#"):
        return True
    match = TOKEN.match(code)
    return match is not None and len(match.group()) > 1 and code[match.end() :].strip() == ""


def batch_source(units: Sequence[Unit], marker: str) -> str:
    """One module holding every unit in its wrapper, each after a separator line
    `if <marker>_<n>:` that black leaves as it is."""
    out: list[str] = []
    for number, unit in enumerate(units):
        pad = STEP * unit.depth
        out.append(f"if {marker}_{number}:")
        out.extend(_lead(unit, marker))
        if unit.kind == "elif":
            out += [f"{pad}if {marker}:", f"{pad}{STEP}pass"]
        out.extend(unit.lines)
        out.extend(_trail(unit, marker))
    return "\n".join(out) + "\n"


def _lead(unit: Unit, marker: str) -> list[str]:
    """The wrapper lines between a unit's separator and the unit: its depth's `if`s."""
    if unit.depth == 0:
        return [f"{STEP}pass"]
    return [f"{STEP * level}if {marker}:" for level in range(1, unit.depth)]


def _trail(unit: Unit, marker: str) -> list[str]:
    pad = STEP * unit.depth
    if unit.kind in ("header", "elif"):
        return [f"{pad}{STEP}pass"]
    if unit.kind == "decorator":
        return [f"{pad}def {marker}():", f"{pad}{STEP}pass"]
    return []


def split_batch(formatted: str, units: Sequence[Unit], marker: str) -> list[tuple[str, ...]] | None:
    """Black's lines for each unit out of black's text for `batch_source`; None when that text
    is not shaped as expected."""
    lines = formatted.split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith(f"if {marker}_")]
    if [lines[i] for i in starts] != [f"if {marker}_{n}:" for n in range(len(units))]:
        return None
    starts.append(len(lines))
    result = []
    for number, unit in enumerate(units):
        chunk = lines[starts[number] + 1 : starts[number + 1]]
        lead, trail = _lead(unit, marker), _trail(unit, marker)
        if chunk[: len(lead)] != lead:
            return None
        rest = _without_blank_ends(chunk[len(lead) :])
        if unit.kind == "elif":
            pad = STEP * unit.depth
            if rest[:2] != [f"{pad}if {marker}:", f"{pad}{STEP}pass"]:
                return None
            rest = rest[2:]
        if len(rest) <= len(trail) or rest[len(rest) - len(trail) :] != trail:
            return None
        result.append(tuple(rest[: len(rest) - len(trail)]))
    return result


def _without_blank_ends(lines: list[str]) -> list[str]:
    """`lines` without the blank lines black put before or after a unit."""
    first, end = 0, len(lines)
    while first < end and not lines[first]:
        first += 1
    while end > first and not lines[end - 1]:
        end -= 1
    return lines[first:end]


def splice(text: str, placed: Iterable[tuple[int, int, tuple[str, ...]]]) -> str:
    """`text` with each `(first, end)` line range replaced by the given lines."""
    lines = text.split("\n")
    out: list[str] = []
    done = 0
    for first, end, new in placed:
        out.extend(lines[done:first])
        out.extend(new)
        done = end
    out.extend(lines[done:])
    return "\n".join(out)


def free_marker(texts: Iterable[str]) -> str:
    """A name for the separators that no statement of the batch contains."""
    joined = "\n".join(texts)
    marker = "_fmt"
    while marker in joined:
        marker += "_"
    return marker


def format_units(
    units: Sequence[Unit], black: Callable[[str], str]
) -> list[tuple[str, ...]] | None:
    """Black's lines for each unit, from one call of `black` on all of them."""
    if not units:
        return []
    marker = free_marker(line for unit in units for line in unit.lines)
    return split_batch(black(batch_source(units, marker)), units, marker)
