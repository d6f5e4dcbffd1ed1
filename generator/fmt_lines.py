"""Black's line splitting, for the one-line statements the emitters write too wide.

A port of the part of black's `linegen` that splits one logical line (`transform_line`:
`delimiter_split`, `right_hand_split_with_omits` and the optional-parentheses rules), for
statements without comments, lambdas, star-arguments, power operators, trailing commas of their
own, or conditional expressions black parenthesizes itself (one that fills a pair of
parentheses is modelled, as are comprehensions). It works on black's own model: leaves with the
whitespace black gives them, invisible parentheses where black puts them (after `=`, `return`,
`if`, ...), and the delimiter priorities of black's bracket tracker; leaves are shared and
changed in place as black changes them (`ensure_visible`, the prefixes of split lines), because
black's choices depend on it. Anything outside that subset raises `Unsupported`, and black
formats it.

Pinned to the black in pyproject.toml (26.10.1, stable style): `tests/test_fmt_splice.py`
holds the port to black's text shape by shape, and the format stage equals black on whole files
for every case spec and OpenAI cut.
"""

from __future__ import annotations

import itertools
import keyword
import re
from collections.abc import Callable, Iterable

WIDTH = 100
STEP = "    "

COMPREHENSION_PRIORITY = 20
COMMA_PRIORITY = 18
TERNARY_PRIORITY = 16
LOGIC_PRIORITY = 14
STRING_PRIORITY = 12
COMPARATOR_PRIORITY = 10
DOT_PRIORITY = 1
_MATH = {"|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5, "*": 4, "/": 4, "//": 4}
_MATH |= {"%": 4, "@": 4}
_COMPARATORS = frozenset(("<", ">", "==", "!=", "<=", ">="))
_OPENING, _CLOSING = frozenset("([{"), frozenset(")]}")
_PAIR = {"(": ")", "[": "]", "{": "}"}
_KEYWORDS = frozenset(keyword.kwlist) - {"None", "True", "False"}
"""The keywords that are no operand (a bracket after one opens an atom, not a call)."""
_IN_EXPRESSIONS = {"and", "or", "not", "in", "is", "if", "else", "for"}
_STATEMENTS = {"if", "elif", "while", "return"}
_UNSUPPORTED_NAMES = _KEYWORDS - _IN_EXPRESSIONS - _STATEMENTS
"""Keywords of what this port does not model (`lambda`, `yield`, `await`, other statements)."""
_TOKEN = re.compile(
    r"(?P<space> *)(?:"
    r'(?P<string>"(?:[^"\\]|\\[^"\'])*"|\'[^\'\\"]*"[^\'\\]*\')'
    r"|(?P<number>\d[\d_]*(?:\.\d[\d_]*)?(?:e[+-]?\d+)?j?(?![\w.]))"
    r"|(?P<name>[A-Za-z_]\w*)"
    r"|(?P<op>\*\*=?|//=?|>>=?|<<=?|->|:=|[-+*/%@&|^=<>!]=|[-+*/%@&|^~<>()\[\]{},:.;=]))"
)


_edits = [0]
"""Bumped whenever a leaf already in lines changes, so each line's cached text is redone."""


def _edited() -> None:
    _edits[0] += 1


class Unsupported(Exception):
    """A statement outside the subset this port models: black formats it."""


class CannotTransform(Exception):
    """black's signal that a transform does not apply (so the next one is tried)."""


class Leaf:
    """One token, as black's `Leaf`: `kind` is "name", "number", "string" or the operator
    itself (an invisible parenthesis is "(" or ")" with an empty `value`)."""

    __slots__ = ("atom", "before", "depth", "kind", "opening", "original_prefix", "prefix", "value")

    def __init__(self, kind: str, value: str, prefix: str) -> None:
        self.kind, self.value, self.prefix, self.original_prefix = kind, value, prefix, prefix
        self.before = 0
        """Its priority as a delimiter to split before (black's `is_split_before_delimiter`)."""
        self.opening: Leaf | None = None
        self.depth = 0
        self.atom = False
        """For a bracket: whether it belongs to an atom (a display, parentheses) rather than a
        trailer (a call or a subscript)."""

    def copy(self) -> Leaf:
        twin = Leaf(self.kind, self.value, self.original_prefix)
        twin.before, twin.atom = self.before, self.atom
        return twin

    def __str__(self) -> str:
        return self.prefix + self.value


class Line:
    """black's `Line`: leaves at a depth, with the delimiters its bracket tracker found."""

    def __init__(self, depth: int, inside_brackets: bool = False, *, part: bool = False) -> None:
        self.depth, self.inside_brackets = depth, inside_brackets
        self.part = part
        """A head or a tail of a split: black tracks only some of its brackets, which this port
        does not model, so one still too wide is kept only where it has no closing bracket
        (black finds nothing to split it at), else `Unsupported`."""
        self.leaves: list[Leaf] = []
        self.should_split_rhs = False
        self.delimiters: dict[int, int] = {}
        self.invisible: list[Leaf] = []
        self._depth = 0
        self._match: dict[tuple[int, str], Leaf] = {}
        self._for_depths: list[int] = []
        self._previous: Leaf | None = None
        self._text = ""
        self._text_key = (-1, 0)

    @classmethod
    def tracked(cls, leaves: Iterable[Leaf], depth: int, inside_brackets: bool = False) -> Line:
        """A line of `leaves`, each marked by the bracket tracker."""
        line = cls(depth, inside_brackets)
        mark, keep = line._mark, line.leaves.append
        for leaf in leaves:
            mark(leaf)
            keep(leaf)
        return line

    def append(self, leaf: Leaf, *, track: bool) -> None:
        if track:
            self._mark(leaf)
        self.leaves.append(leaf)

    def _mark(self, leaf: Leaf) -> None:
        """black's `BracketTracker.mark`: depths count brackets and `for` targets (whose commas
        are no delimiters); delimiters are kept at depth 0 only."""
        kind = leaf.kind
        depth = self._depth
        if kind in _CLOSING:
            if depth == 0 and (0, kind) not in self._match:
                return  # a closing bracket whose opening one is on an earlier line
            depth -= 1
            opening = self._match.pop((depth, kind), None)
            if opening is None:
                raise Unsupported("brackets black would not match")
            leaf.opening = opening
            if not leaf.value:
                self.invisible.append(leaf)
        elif kind == "name" and leaf.value == "in" and self._for_depths[-1:] == [depth]:
            depth -= 1
            self._for_depths.pop()
        leaf.depth = depth
        if depth == 0:
            if leaf.before and self._previous is not None:
                self.delimiters[id(self._previous)] = leaf.before
            elif kind == ",":
                self.delimiters[id(leaf)] = COMMA_PRIORITY
        if kind in _OPENING:
            self._match[depth, _PAIR[kind]] = leaf
            depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        elif kind == "name" and leaf.value == "for":
            depth += 1
            self._for_depths.append(depth)
        self._depth = depth
        self._previous = leaf

    def __str__(self) -> str:
        key = (_edits[0], len(self.leaves))  # a line only grows, by `append`
        if key != self._text_key:
            self._text_key, self._text = key, self._render()
        return self._text

    def _render(self) -> str:
        if not self.leaves:
            return ""
        first, *rest = self.leaves
        pieces = [first.prefix, STEP * self.depth, first.value]
        for leaf in rest:
            pieces += (leaf.prefix, leaf.value)
        return "".join(pieces)

    def max_priority(self, exclude: Iterable[int] = ()) -> int:
        excluded = set(exclude)
        priorities = [p for key, p in self.delimiters.items() if key not in excluded]
        if not priorities:
            raise CannotTransform("no delimiters")
        return max(priorities)

    def count(self, priority: int) -> int:
        return sum(1 for p in self.delimiters.values() if p == priority)

    def short(self, width: int = WIDTH) -> bool:
        return len(str(self)) <= width

    def equals(self) -> int:
        return sum(1 for leaf in self.leaves if leaf.kind == "=")


# -- reading a statement ------------------------------------------------------------------------


def statement_line(code: str, depth: int) -> Line:
    """The logical line black makes of the one-line statement `code` (no indentation)."""
    leaves = _leaves(code)
    _wrap_in_invisible_parens(leaves)
    _set_roles(leaves)
    return Line.tracked(leaves, depth)


def parameter_line(code: str, depth: int) -> Line:
    """The line black makes of one parameter of a `def` whose parameters go one a line
    (`name: annotation = default,`): inside the brackets, with the invisible parentheses black
    puts around an annotation that is a `|` union (`visit_tname`)."""
    leaves = _leaves(code)
    if len(leaves) < 4 or leaves[0].kind != "name" or leaves[1].kind != ":":
        raise Unsupported("not an annotated parameter")
    if leaves[-1].kind != ",":
        raise Unsupported("a parameter without its comma")
    depths = _depths(leaves)
    top = [i for i in range(2, len(leaves) - 1) if depths[i] == 0]
    end = next((i for i in top if leaves[i].kind == "="), len(leaves) - 1)
    if any(leaves[i].kind in (",", ":", "=") for i in top if i != end):
        raise Unsupported("not one parameter")
    if any(leaves[i].kind == "|" for i in top if i < end):
        _wrap(leaves, 2, end)
    _set_roles(leaves)
    return Line.tracked(leaves, depth, inside_brackets=True)


def _leaves(code: str) -> list[Leaf]:
    if not (code.isascii() and code.isprintable()) or '"""' in code or "'''" in code:
        raise Unsupported("text this reading does not model")
    leaves: list[Leaf] = []
    read = 0
    for space, string, number, name, operator in _TOKEN.findall(code):
        prefix = space if leaves else ""
        if string:
            leaves.append(Leaf("string", string, prefix))
        elif number:
            leaves.append(Leaf("number", number, prefix))
        elif name:
            if name in _UNSUPPORTED_NAMES:
                raise Unsupported(name)
            leaves.append(Leaf("name", name, prefix))
        else:
            leaves.append(Leaf(operator, operator, prefix))
        read += len(space) + len(leaves[-1].value)
    if read != len(code) or not leaves:
        raise Unsupported("text this reading does not model")  # `findall` skipped some
    for before, after in itertools.pairwise(leaves):
        if before.kind == "," and after.kind in _CLOSING:
            raise Unsupported("a magic trailing comma")
        if before.kind == "name" and after.kind == "string" and not after.prefix:
            raise Unsupported("a string's prefix (`f\"`)")
    return leaves


def _wrap_in_invisible_parens(leaves: list[Leaf]) -> None:
    """Invisible parentheses where black's `normalize_invisible_parens` puts them: around the
    value after `=` (and an augmented `+=`), an annotation after `:`, a `return` value, an
    `if`/`elif`/`while` condition."""
    depths = _depths(leaves)
    first = leaves[0]
    if first.kind == "name" and first.value in ("if", "elif", "while"):
        if leaves[-1].kind != ":" or depths[-1] != 0:
            raise Unsupported("a compound header")
        _wrap(leaves, 1, len(leaves) - 1)
        return
    if first.kind == "name" and first.value == "return":
        if len(leaves) > 1:
            _wrap(leaves, 1, len(leaves))
        return
    if first.kind in _OPENING or any(leaf.kind == ";" for leaf in leaves):
        raise Unsupported("a bracketed target or several statements")
    top = [i for i, leaf in enumerate(leaves) if depths[i] == 0]
    assigns = [i for i in top if leaves[i].kind == "=" or leaves[i].kind.endswith("=")]
    assigns = [i for i in assigns if leaves[i].kind not in _COMPARATORS]
    if len(assigns) > 1 or any(leaves[i].kind in (",", ":=") for i in top):
        raise Unsupported("a chained assignment, a tuple target or a walrus")
    colon = next((i for i in top if leaves[i].kind == ":"), None)
    if not assigns and colon is None:
        return  # an expression statement: black adds no parentheses
    ends = [*assigns, len(leaves)]
    if assigns:
        _wrap(leaves, assigns[0] + 1, len(leaves))
    if colon is not None:
        _wrap(leaves, colon + 1, ends[0])


def _wrap(leaves: list[Leaf], start: int, end: int) -> None:
    """`leaves[start:end]` (one child of the statement) in invisible parentheses, unless it is
    a parenthesized tuple (black keeps those parentheses, and adds none)."""
    if start >= end:
        raise Unsupported("an empty value")
    first = leaves[start]
    if first.kind == "(" and _matching(leaves, start) == end - 1:
        if not _has_top_level_comma(leaves[start + 1 : end - 1]):
            raise Unsupported("redundant parentheses")
        return
    if first.kind == "string" and end - start == 1 and first.value.endswith('"""'):
        raise Unsupported("a docstring")
    opening, closing = Leaf("(", "", first.prefix), Leaf(")", "", "")
    first.prefix = first.original_prefix = ""
    leaves.insert(end, closing)
    leaves.insert(start, opening)


def _matching(leaves: list[Leaf], start: int) -> int:
    depth = 0
    for index in range(start, len(leaves)):
        if leaves[index].kind in _OPENING:
            depth += 1
        elif leaves[index].kind in _CLOSING:
            depth -= 1
            if depth == 0:
                return index
    raise Unsupported("unpaired brackets")


def _has_top_level_comma(leaves: list[Leaf]) -> bool:
    depths = _depths(leaves)
    return any(leaf.kind == "," and depth == 0 for leaf, depth in zip(leaves, depths, strict=True))


def _depths(leaves: list[Leaf]) -> list[int]:
    """Each leaf's bracket depth; unpaired brackets are `Unsupported`."""
    depths: list[int] = []
    stack: list[str] = []
    for leaf in leaves:
        if leaf.kind in _CLOSING and (not stack or _PAIR[stack.pop()] != leaf.kind):
            raise Unsupported("unpaired brackets")
        depths.append(len(stack))
        if leaf.kind in _OPENING:
            stack.append(leaf.kind)
    if stack:
        raise Unsupported("unpaired brackets")
    return depths


def _set_roles(leaves: list[Leaf]) -> None:
    """What black reads from the syntax tree: each leaf's priority as a delimiter, and whether
    each bracket is an atom's or a trailer's."""
    previous: Leaf | None = None
    openings: list[Leaf] = []
    comprehension = [False]  # per bracket level: whether a `for` has been seen in it
    loop_target = [False]  # per bracket level: whether the next `in` ends a `for`'s target
    last = len(leaves) - 1
    ternaries = _parenthesized_ternaries(leaves) if _has_else(leaves) else set()
    for index, leaf in enumerate(leaves):
        if leaf.kind in _OPENING:
            leaf.atom = not leaf.value or not _ends_operand(previous)
            openings.append(leaf)
            comprehension.append(False)
            loop_target.append(False)
        elif leaf.kind in _CLOSING:
            leaf.atom = openings.pop().atom
            comprehension.pop()
            loop_target.pop()
        following = leaves[index + 1] if index < last else None
        if _ends_operand(previous) and _starts_operand(leaf, previous):
            raise Unsupported("two operands in a row: not Python, black is to report it")
        if leaf.kind == "name" and leaf.value == "for":
            if len(openings) == 0:
                raise Unsupported("a `for` statement")
            comprehension[-1] = loop_target[-1] = True
            leaf.before = COMPREHENSION_PRIORITY
        elif leaf.kind == "name" and leaf.value == "in" and loop_target[-1]:
            loop_target[-1] = False
            leaf.before = 0
        elif leaf.kind == "name" and leaf.value == "if" and comprehension[-1]:
            leaf.before = COMPREHENSION_PRIORITY
        elif leaf.kind == "name" and leaf.value in ("if", "else") and index > 0:
            if id(leaf) not in ternaries:
                raise Unsupported("a conditional expression black puts in parentheses")
            leaf.before = TERNARY_PRIORITY
        else:
            leaf.before = _priority_before(leaf, previous, following, index)
        previous = leaf


def _has_else(leaves: list[Leaf]) -> bool:
    return any(leaf.kind == "name" and leaf.value == "else" for leaf in leaves)


def _parenthesized_ternaries(leaves: list[Leaf]) -> set[int]:
    """The `if` and `else` (by `id`) of each conditional expression that is all there is
    between a pair of parentheses, visible or not; black puts invisible parentheses of its own
    around any other (`visit_test`), which this port does not model."""
    found: set[int] = set()
    levels: list[tuple[str, list[Leaf]]] = [("", [])]
    for leaf in leaves[1:]:  # the first is the statement's own keyword, if any
        if leaf.kind in _CLOSING:
            found.update(_ternary_of(*levels.pop()))
        levels[-1][1].append(leaf)
        if leaf.kind in _OPENING:
            levels.append((leaf.kind, []))
    found.update(_ternary_of(*levels.pop()))
    return found


def _ternary_of(opening: str, level: list[Leaf]) -> set[int]:
    """The `if` and `else` of the conditional expression that is the whole of `level` (the
    leaves inside one bracket pair, outside any nested one), if `level` is one; none if it has
    no conditional expression."""
    names = [leaf for leaf in level if leaf.kind == "name"]
    loops = [i for i, leaf in enumerate(names) if leaf.value == "for"]
    own = names[: loops[0]] if loops else names  # past a `for`, an `if` is the comprehension's
    marks = [leaf for leaf in own if leaf.value in ("if", "else")]
    if not marks and not any(leaf.value == "else" for leaf in names):
        return set()
    separators = any(leaf.kind in (",", "=", ":", ":=") for leaf in level)
    if loops or opening != "(" or separators or [m.value for m in marks] != ["if", "else"]:
        raise Unsupported("a conditional expression black puts in parentheses")
    return {id(mark) for mark in marks}


def _ends_operand(leaf: Leaf | None) -> bool:
    """Whether `leaf` ends an operand, so a bracket after it is a call or a subscript."""
    if leaf is None:
        return False
    if leaf.kind == "name":
        return leaf.value not in _KEYWORDS
    return leaf.kind in ("number", "string") or (leaf.kind in _CLOSING and bool(leaf.value))


def _starts_operand(leaf: Leaf, previous: Leaf | None) -> bool:
    if leaf.kind == "string":
        return previous is None or previous.kind != "string"  # strings in a row are one
    return leaf.kind == "number" or (leaf.kind == "name" and leaf.value not in _KEYWORDS)


def _priority_before(leaf: Leaf, previous: Leaf | None, following: Leaf | None, index: int) -> int:
    """black's `is_split_before_delimiter`, with the syntax read from the neighbours."""
    kind, value = leaf.kind, leaf.value
    if kind == ".":
        return DOT_PRIORITY if previous is None or previous.kind in _CLOSING else 0
    if kind in ("*", "**"):
        if not _ends_operand(previous) or kind == "**":
            raise Unsupported("a star argument or a power operator")
        return _MATH[kind]
    if kind in ("-", "+", "~"):
        return _MATH[kind] if kind != "~" and _ends_operand(previous) else 0
    if kind in _MATH:
        return _MATH[kind]
    if kind in _COMPARATORS:
        return COMPARATOR_PRIORITY
    if kind == "string" and previous is not None and previous.kind == "string":
        return STRING_PRIORITY
    if kind != "name" or index == 0:
        return 0  # the statement's own keyword (`if`, `return`) is no delimiter
    if value == "is":
        return COMPARATOR_PRIORITY
    if value == "in":
        return 0 if previous is not None and previous.value == "not" else COMPARATOR_PRIORITY
    if value == "not":
        comparison = following is not None and following.value == "in"
        after_is = previous is not None and previous.value == "is"
        return COMPARATOR_PRIORITY if comparison and not after_is else 0
    return LOGIC_PRIORITY if value in ("and", "or") else 0


# -- black's transforms -------------------------------------------------------------------------


def transform_line(line: Line, force_parens: bool = False) -> list[Line]:
    """black's `transform_line`: `line` as it is when it fits, else split by the first of its
    transforms that applies."""
    line_str = str(line)
    if not line.should_split_rhs and line.short():
        return [line]
    if line.part:
        # black's right-hand split of a head or tail finds no bracket pair to split at, unless
        # the line has a closing bracket, and keeps it as it is.
        if any(leaf.kind in _CLOSING for leaf in line.leaves):
            raise Unsupported("a head or tail still too wide")
        return [line]
    transforms: list[Callable[[Line, bool], list[Line]]] = [_rhs]
    if line.inside_brackets:
        transforms.insert(0, _delimiter_split)
    for transform in transforms:
        try:
            return _run_transformer(line, transform, force_parens, line_str)
        except CannotTransform:
            continue
    return [line]


def _run_transformer(
    line: Line, transform: Callable[[Line, bool], list[Line]], force_parens: bool, line_str: str
) -> list[Line]:
    optional_parens = [bracket for bracket in line.invisible if bracket.depth == 0]
    result: list[Line] = []
    for transformed in transform(line, force_parens):
        if str(transformed) == line_str:
            raise CannotTransform("unchanged")
        result.extend(transform_line(transformed, force_parens))
    if (
        force_parens
        or transform is not _rhs
        or not line.invisible
        or any(bracket.value for bracket in optional_parens)
        or result[0].short()
    ):
        return result
    twin = Line.tracked((leaf.copy() for leaf in line.leaves), line.depth, line.inside_brackets)
    twin.should_split_rhs = line.should_split_rhs
    twin.leaves[0].prefix = ""
    _edited()
    second_opinion = _run_transformer(twin, transform, True, line_str)
    return second_opinion if all(each.short() for each in second_opinion) else result


def _delimiter_split(line: Line, force_parens: bool) -> list[Line]:
    """black's `delimiter_split`: a line inside brackets cut at its strongest delimiters."""
    last = line.leaves[-1]
    priority = line.max_priority(exclude=(id(last),))
    if priority == DOT_PRIORITY and line.count(priority) == 1:
        raise CannotTransform("a single attribute")
    lines, current = [], Line(line.depth, line.inside_brackets)
    for leaf in line.leaves:
        current.append(leaf, track=True)
        if line.delimiters.get(id(leaf)) == priority:
            lines.append(current)
            current = Line(line.depth, line.inside_brackets)
    if current.leaves:
        if priority == COMMA_PRIORITY and current.leaves[-1].kind != ",":
            current.append(Leaf(",", ",", ""), track=True)
        lines.append(current)
    for each in lines:
        each.leaves[0].prefix = ""
    _edited()
    return lines


def _rhs(line: Line, force_parens: bool) -> list[Line]:
    """black's `right_hand_split_with_omits`: the split at the last bracket pair whose head
    fits, leaving ever more trailers on the head; failing all, the plain right-hand split."""
    prefix_lengths: dict[int, int] = {}
    running = len(STEP) * line.depth
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = running
        running += len(leaf.prefix) + len(leaf.value)
    first_lines: list[Line] | None = None
    for omit in _trailers_to_omit(line):
        if omit:
            target = next(
                (leaf.opening for leaf in reversed(line.leaves)
                 if leaf.kind in _CLOSING and id(leaf) not in omit),
                None,
            )  # fmt: skip
            if target is not None and target.value and prefix_lengths.get(id(target), 0) > WIDTH:
                continue
        lines = _right_hand_split(line, force_parens, omit)
        if first_lines is None and not omit:
            first_lines = lines
        if lines[0].short():
            return lines
    return first_lines if first_lines is not None else _right_hand_split(line, force_parens, ())


def _trailers_to_omit(line: Line) -> Iterable[set[int]]:
    """black's `generate_trailers_to_omit` (for a line without magic trailing commas)."""
    omit: set[int] = set()
    yield omit
    length = len(STEP) * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[int] = set()
    leaves = line.leaves
    for index in range(len(leaves) - 1, -1, -1):
        leaf = leaves[index]
        length += len(leaf.prefix) + len(leaf.value)
        if length > WIDTH:
            break
        previous = leaves[index - 1] if index > 0 else None
        if opening is not None:
            if leaf is opening:
                opening = None
            elif leaf.kind in _CLOSING:
                if previous is not None and previous.kind == ",":
                    raise Unsupported("a trailing comma")
                inner.add(id(leaf))
        elif leaf.kind in _CLOSING:
            if previous is not None and previous.kind in _OPENING:
                inner.add(id(leaf))
                continue
            if closing is not None:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield set(omit)
            if previous is not None and previous.kind == ",":
                raise Unsupported("a trailing comma")
            if leaf.value:
                opening, closing = leaf.opening, leaf


class _Split:
    """black's `RHSResult`: head, body and tail lines around a bracket pair."""

    def __init__(self, head: Line, body: Line, tail: Line, opening: Leaf, closing: Leaf) -> None:
        self.head, self.body, self.tail = head, body, tail
        self.opening, self.closing = opening, closing


def _right_hand_split(line: Line, force_parens: bool, omit: Iterable[int]) -> list[Line]:
    return _maybe_split_omitting_optional_parens(
        _first_right_hand_split(line, set(omit)), line, force_parens, set(omit)
    )


def _first_right_hand_split(line: Line, omit: set[int]) -> _Split:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and leaf.kind in _CLOSING and id(leaf) not in omit:
            opening, closing, current = leaf.opening, leaf, body
    if opening is None or closing is None or not head:
        raise CannotTransform("no brackets")
    tail.reverse()
    body.reverse()
    head.reverse()
    head_line = Line(line.depth, part=True)
    head_line.leaves = head
    body_line = Line.tracked(body, line.depth + 1, inside_brackets=True)
    body_line.should_split_rhs = _should_split(body_line, opening)
    tail_line = Line(line.depth, part=True)
    tail_line.leaves = tail
    if not body and len(str(tail_line).strip()) < 3:
        raise CannotTransform("an empty body")
    return _Split(head_line, body_line, tail_line, opening, closing)


def _should_split(body: Line, opening: Leaf) -> bool:
    """black's `should_split_line`: a collection's items go one a line."""
    trailing_comma = bool(body.leaves) and body.leaves[-1].kind == ","
    exclude = (id(body.leaves[-1]),) if trailing_comma else ()
    try:
        return body.max_priority(exclude) == COMMA_PRIORITY and (trailing_comma or opening.atom)
    except CannotTransform:
        return False


def _maybe_split_omitting_optional_parens(
    split: _Split, line: Line, force_parens: bool, omit: set[int]
) -> list[Line]:
    if (
        not force_parens
        and split.opening.kind == "("
        and not split.opening.value
        and split.closing.kind == ")"
        and not split.closing.value
        and _can_omit_invisible_parens(split)
    ):
        omit = {id(split.closing), *omit}
        try:
            without = _first_right_hand_split(line, omit)
            if _prefer_split_without_parens(without, split):
                return _maybe_split_omitting_optional_parens(without, line, force_parens, omit)
        except CannotTransform:
            # black keeps the optional parentheses then, unless nothing could split the body
            # (its chained-assignment check counts every `=`, keyword arguments' too).
            if line.equals() <= 1 and not _can_be_split(split.body) and not split.body.short():
                raise
    split.opening.value, split.closing.value = split.opening.kind, split.closing.kind
    _edited()
    return [each for each in (split.head, split.body, split.tail) if each.leaves]


def _can_omit_invisible_parens(split: _Split) -> bool:
    """black's `can_omit_invisible_parens`."""
    body = split.body
    if not body.delimiters:
        return True
    priority = body.max_priority()
    if body.count(priority) > 1:
        return False
    if priority == DOT_PRIORITY:
        return True
    if len(body.leaves) < 2:
        raise Unsupported("a stranded delimiter")
    first, second = body.leaves[0], body.leaves[1]
    if (
        first.kind in _OPENING
        and second.kind not in _CLOSING
        and _can_omit_opening_paren(body, first)
    ):
        return True
    penultimate, last = body.leaves[-2], body.leaves[-1]
    if last.kind in (")", "}") or (last.kind == "]" and last.atom):
        if penultimate.kind in _OPENING:
            return False
        if _can_omit_closing_paren(body, last):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf) -> bool:
    remainder = False
    length = len(STEP) * line.depth
    for leaf in line.leaves:
        if leaf.kind in _CLOSING and leaf.opening is first:
            remainder = True
        if remainder:
            length += len(leaf.prefix) + len(leaf.value)
            if length > WIDTH:
                return False
            if leaf.kind in _OPENING:
                remainder = False
    return True


def _can_omit_closing_paren(line: Line, last: Leaf) -> bool:
    length = len(STEP) * line.depth
    seen_other_brackets = False
    for leaf in line.leaves:
        length += len(leaf.prefix) + len(leaf.value)
        if leaf is last.opening:
            if seen_other_brackets or length <= WIDTH:
                return True
        elif leaf.kind in _OPENING:
            seen_other_brackets = True
    return False


def _prefer_split_without_parens(without: _Split, split: _Split) -> bool:
    """black's `_prefer_split_rhs_oop_over_rhs`."""
    head = split.head.leaves
    if not (len(head) >= 2 and head[-2].kind == "="):
        return True
    if not any(leaf.kind in _OPENING or leaf.kind in _CLOSING for leaf in head[:-1]):
        return True
    if not split.head.short(WIDTH - 1):
        return True
    if split.head.equals() > 1 and split.head.equals() > without.head.equals():
        return False
    for leaf in reversed(without.head.leaves):
        if leaf.kind == "=":
            break
        if leaf.kind in _CLOSING:
            return True
    return without.head.equals() > 0 and without.head.short()


def _can_be_split(line: Line) -> bool:
    """black's `can_be_split`, for lines that do not start with a string's method."""
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].kind == "string" and leaves[1].kind == ".":
        raise Unsupported("a method of a string literal")
    return True
