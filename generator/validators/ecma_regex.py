"""ECMA-262 regular expressions (`pattern`, `patternProperties`) translated to Python patterns.

JSON Schema says a pattern is ECMA-262 with the `u` flag's semantics. The grammar is judged first
by corvus-regex-ecma262 (a complete ECMA-262 implementation), so a pattern JavaScript refuses is
refused here too. A valid pattern is then read by the recursive-descent reader below, which
writes a Python pattern matching exactly the same strings:

* `^`/`$` anchor at the ends of the string only (`\\A`/`\\Z`: Python's `$` also matches before a
  final newline); `.` is any code point but `\\n \\r \\u2028 \\u2029`;
* `\\d \\w \\s \\b` are ECMA's ASCII digits, ASCII word characters, ECMA whitespace and ASCII
  word boundaries, written as explicit sets (Python's are Unicode-aware);
* `\\p{...}`/`\\P{...}` and variable-width lookbehind need the `regex` package
  (`Translation.engine`).

Backreferences and modifier groups (`(?i:...)`) are refused: ECMA and Python disagree on what a
reference to a group that did not take part matches, and on case folding.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Literal

import corvus_regex_ecma262 as ecma
import regex

from generator.validators import ecma_classes as sets
from generator.validators.emit import lit

Engine = Literal["re", "regex"]
# What a generated package that uses the `regex` engine must install: the release whose Unicode
# tables the translations were checked with (pinned for the generator in pyproject.toml).
REGEX_REQUIREMENT = f"regex>={regex.__version__}"

_WORD_SET = sets.character_set(sets.WORD, negated=False)
_AFTER_WORD, _BEFORE_WORD = f"(?<={_WORD_SET})", f"(?={_WORD_SET})"
_NOT_AFTER_WORD, _NOT_BEFORE_WORD = f"(?<!{_WORD_SET})", f"(?!{_WORD_SET})"
_BOUNDARY = f"(?:{_AFTER_WORD}{_NOT_BEFORE_WORD}|{_NOT_AFTER_WORD}{_BEFORE_WORD})"
_NOT_BOUNDARY = f"(?:{_AFTER_WORD}{_BEFORE_WORD}|{_NOT_AFTER_WORD}{_NOT_BEFORE_WORD})"
_ANY_BUT_LINE_TERMINATOR = sets.character_set(sets.LINE_TERMINATORS, negated=True)
_CLASS_ESCAPES = {
    "d": (sets.DIGIT, False),
    "D": (sets.DIGIT, True),
    "w": (sets.WORD, False),
    "W": (sets.WORD, True),
    "s": (sets.SPACE, False),
    "S": (sets.SPACE, True),
}
_CONTROL_ESCAPES = {"t": 0x09, "n": 0x0A, "v": 0x0B, "f": 0x0C, "r": 0x0D}
_QUANTIFIER = re.compile(r"[*+?]|\{(\d+)(,(\d*))?\}")


@dataclass(frozen=True)
class Translation:
    """A Python pattern that matches what the ECMA-262 pattern matches, and the engine to run it."""

    source: str
    engine: Engine


@dataclass(frozen=True)
class Refusal:
    """Why a pattern is not translated: not ECMA-262, or no faithful Python equivalent."""

    message: str


class _Refused(Exception):
    pass


def pattern_literal(source: str) -> str:
    """Python source for a translation: a raw string, so backslashes are not doubled.

    Translations are printable ASCII without spaces and with every quote escaped, so a raw
    literal holds them (and ruff lets a long one-word line be); it is checked to read back as
    written, else `repr()` is used.
    """
    literal = f'r"{source}"'
    return literal if _reads_as(literal) == source else lit(source)


def _reads_as(literal: str) -> object:
    try:
        return ast.literal_eval(literal)
    except (SyntaxError, ValueError):
        return None


def translate(pattern: str) -> Translation | Refusal:
    """The Python equivalent of the ECMA-262 `pattern` (read with the `u` flag)."""
    if not ecma.Regex.is_valid(pattern, "u"):
        detail = _grammar_error(pattern)
        return Refusal(f"invalid ECMA-262 regular expression {pattern!r}: {detail}")
    reader = _Reader(pattern)
    try:
        translation = _compiled(reader.disjunction(), "regex" if reader.needs_regex else "re")
    except _Refused as refused:
        return Refusal(f"{pattern!r} has no faithful translation to a Python pattern: {refused}")
    return translation


def _grammar_error(pattern: str) -> str:
    try:
        ecma.compile(pattern, "u")
    except ecma.error as exc:
        # "ecmaregex: invalid property name at offset 10 in "\\p{letter}"": the pattern is
        # already in the caller's message.
        return str(exc).removeprefix("ecmaregex: ").split(' in "', 1)[0]
    return "rejected"


def _compiled(source: str, engine: Engine) -> Translation:
    """Check that the chosen engine compiles the translation (re: fixed-width lookbehind only)."""
    if engine == "re":
        try:
            re.compile(source)
        except (re.error, OverflowError) as exc:
            if "look-behind" in str(exc):  # only fixed-width lookbehind in re
                engine = "regex"
    try:
        regex.compile(source) if engine == "regex" else re.compile(source)
    except (re.error, regex.error, OverflowError) as exc:
        raise _Refused(f"Python's {engine} rejects {source!r} ({exc})") from None
    return Translation(source, engine)


class _Reader:
    """Reads a pattern already known to be valid ECMA-262 (`u` flag) and writes Python syntax."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0
        self.needs_regex = False
        self.group_names: set[str] = set()

    # -- input -------------------------------------------------------------------------------

    def peek(self, offset: int = 0) -> str:
        index = self.at + offset
        return self.text[index] if index < len(self.text) else ""

    def take(self) -> str:
        self.at += 1
        return self.text[self.at - 1]

    def eat(self, prefix: str) -> bool:
        if self.text.startswith(prefix, self.at):
            self.at += len(prefix)
            return True
        return False

    def until(self, end: str) -> str:
        stop = self.text.index(end, self.at)
        found, self.at = self.text[self.at : stop], stop + len(end)
        return found

    # -- structure ---------------------------------------------------------------------------

    def disjunction(self) -> str:
        alternatives = [self.alternative()]
        while self.eat("|"):
            alternatives.append(self.alternative())
        return "|".join(alternatives)

    def alternative(self) -> str:
        terms = []
        while self.peek() not in ("", "|", ")"):
            terms.append(self.atom() + self.quantifier())
        return "".join(terms)

    def quantifier(self) -> str:
        found = _QUANTIFIER.match(self.text, self.at)
        if found is None:
            return ""
        self.at = found.end()
        lazy = "?" if self.eat("?") else ""
        return found.group() + lazy

    def atom(self) -> str:
        head = self.take()
        if head == "^":
            return "\\A"
        if head == "$":
            return "\\Z"
        if head == ".":
            return _ANY_BUT_LINE_TERMINATOR
        if head == "(":
            return self.group()
        if head == "[":
            return self.character_class()
        if head == "\\":
            return self.atom_escape()
        return sets.char(ord(head))

    def group(self) -> str:
        if self.eat("?:"):
            opening = "(?:"
        elif self.eat("?=") or self.eat("?!"):
            opening = "(" + self.text[self.at - 2 : self.at]
        elif self.eat("?<=") or self.eat("?<!"):
            opening = "(" + self.text[self.at - 3 : self.at]
        elif self.eat("?<"):
            self.named(self.until(">"))
            opening = "(?:"  # captures are not used: there are no backreferences
        elif self.peek() == "?":
            raise _Refused(
                "modifier groups such as (?i:...) (ECMAScript 2025) change case folding, which"
                " Python does differently"
            )
        else:
            opening = "(?:"
        body = self.disjunction()
        self.take()  # ")"
        return f"{opening}{body})"

    def named(self, name: str) -> None:
        if name in self.group_names:
            raise _Refused(
                f"the group name {name!r} is used twice: ECMAScript 2025 allows it in different"
                " alternatives, JavaScript engines before it (Node 20) reject it"
            )
        self.group_names.add(name)

    # -- escapes -----------------------------------------------------------------------------

    def atom_escape(self) -> str:
        head = self.peek()
        if head == "b":
            self.take()
            return _BOUNDARY
        if head == "B":
            self.take()
            return _NOT_BOUNDARY
        if head == "k" or head in "123456789":
            raise _Refused(
                "backreferences: a reference to a group that did not take part matches the"
                " empty string in ECMA-262 and fails in Python"
            )
        ranges, negated, properties = self.set_escape()
        if ranges is None:
            return sets.char(self.character_escape())
        return sets.character_set(ranges, negated, properties)

    def set_escape(self) -> tuple[sets.Ranges | None, bool, tuple[str, ...]]:
        """`\\d`-like and `\\p{...}` escapes (after the backslash); `(None, ...)` for others."""
        head = self.peek()
        if head in _CLASS_ESCAPES:
            self.take()
            ranges, negated = _CLASS_ESCAPES[head]
            return ranges, negated, ()
        if head in "pP" and self.peek(1) == "{":
            self.at += 2
            body = self.until("}")
            spelled = sets.property_escape(body, negated=head == "P")
            if spelled is None:
                raise _Refused(f"the Unicode property \\{head}{{{body}}} is not supported")
            if isinstance(spelled, tuple):
                return spelled, False, ()
            self.needs_regex = True
            return (), False, (spelled,)
        return None, False, ()

    def character_escape(self) -> int:
        """The code point of a character escape (after the backslash)."""
        head = self.take()
        if head in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[head]
        if head == "c":
            return ord(self.take()) % 32
        if head == "0":
            return 0
        if head == "x":
            return self.hex_digits(2)
        if head == "u":
            return self.unicode_escape()
        return ord(head)  # an identity escape: `\.`, `\/`, `\-`, ...

    def hex_digits(self, count: int) -> int:
        digits = self.text[self.at : self.at + count]
        self.at += count
        return int(digits, 16)

    def unicode_escape(self) -> int:
        if self.eat("{"):
            return int(self.until("}"), 16)
        unit = self.hex_digits(4)
        if 0xD800 <= unit <= 0xDBFF and self.text.startswith("\\u", self.at):
            trail = self.text[self.at + 2 : self.at + 6]
            if len(trail) == 4 and 0xDC00 <= int(trail, 16) <= 0xDFFF:
                self.at += 6  # a surrogate pair written as two escapes is one code point
                return 0x10000 + ((unit - 0xD800) << 10) + (int(trail, 16) - 0xDC00)
        return unit

    # -- character classes -------------------------------------------------------------------

    def character_class(self) -> str:
        negated = self.eat("^")
        ranges: list[tuple[int, int]] = []
        properties: list[str] = []
        while not self.eat("]"):
            low = self.class_atom(ranges, properties)
            if low is None or self.peek() != "-" or self.peek(1) in ("]", ""):
                if low is not None:
                    ranges.append((low, low))
                continue
            self.take()  # "-": a range (the grammar allows no set escape on either side)
            high = self.class_atom(ranges, properties)
            assert high is not None
            ranges.append((low, high))
        return sets.character_set(sets.normalize(ranges), negated, tuple(properties))

    def class_atom(self, ranges: list[tuple[int, int]], properties: list[str]) -> int | None:
        """One code point, or None after adding a set escape's ranges/properties."""
        head = self.take()
        if head != "\\":
            return ord(head)
        if self.peek() == "b":
            self.take()
            return 0x08  # `[\b]` is backspace
        found, negated, spelled = self.set_escape()
        if found is None:
            return self.character_escape()
        ranges.extend(sets.complement(found) if negated else found)
        properties.extend(spelled)
        return None
