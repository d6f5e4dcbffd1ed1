"""The format stage's statement splicing on shapes the emitters may write: each module below is
black's text but for its statements over 100 columns, and formatting only those gives what
black gives for the whole module."""

from __future__ import annotations

import black
import pytest

from generator import fmt
from generator.errors import GenerationFailed
from generator.fmt_shapes import known_split
from generator.fmt_splice import STEP, Unit, units_of

LONG = "a_rather_long_name_for_an_argument"

NESTED = f'''"""A module docstring with a line that is far too long for black to leave it, were it code: {LONG}."""

import os


@decorator({LONG}, {LONG}, {LONG})
def function(argument_one: int, argument_two: str, argument_three: list[str], four: int) -> dict[str, object]:
    """A docstring line over one hundred columns, which black does not split: {LONG} {LONG}."""
    if argument_one:
        if argument_two == "if _fmt_0:" or argument_three == ["if _fmt_1:", {LONG!r}, {LONG!r}]:
            return {{}}
        elif argument_two.startswith("x") and argument_three and {LONG} and {LONG} and os.sep:
            value = call_with_many_arguments({LONG}, {LONG}, "if _fmt:", {LONG}, {LONG})
        else:
            text = """if _fmt_0:
if _fmt_1:
    pass
""" + some_function_call({LONG}, {LONG}, {LONG}, {LONG})
    return {{"key": value, "other": text, "third": {LONG}, "fourth": {LONG}, "x": 1}}


class Model(BaseClassNumberOne, BaseClassNumberTwo, BaseClassNumberThree, BaseClassFour, BaseClassFive):
    """Doc."""

    attribute: ClassVar[frozenset[str]] = frozenset(("first", "second", "third", "fourth", "fifth", "sixth"))
    """An attribute docstring: {LONG} {LONG} {LONG}."""

    def method(self) -> None:
        for item in range(10):
            while item:
                self.values.append(Something(item, "a string", repr(item) + " is not a long string at all"))
                item = (
                    "a piece of a string that black joins to the next"
                    "and then splits again, as it is far too long to fit on one line"
                )


VALUE = {{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}}
'''


def test_splicing_gives_what_black_gives_for_the_whole_file() -> None:
    mode = fmt.black_mode()
    assert black.format_str(NESTED, mode=mode) != NESTED
    units = units_of(NESTED)
    assert units is not None
    kinds = [unit.kind for _, _, unit in units]
    assert kinds == ["decorator", "header", "header", "elif"] + ["simple"] * 3 + ["header"] + [
        "simple"
    ] * 3  # fmt: skip
    assert [unit.depth for _, _, unit in units] == [0, 0, 2, 2, 3, 3, 1, 0, 1, 4, 0]
    # Black takes the statements as one batch (a refused batch would fall back to the whole file).
    assert fmt.format_batch([unit for _, _, unit in units]) is not None
    assert fmt.format_files({"m.py": NESTED}, ()) == {"m.py": black.format_str(NESTED, mode=mode)}


def test_statements_follow_brackets_and_strings() -> None:
    wide = ", ".join([LONG] * 3)  # each statement has a line over 100 columns, but `w = 2`
    text = (
        f'x = [\n    "]" + f({wide}),\n    """\n(""",\n]\ny = 1  # ( {wide}\n'
        f"z = f(\n    1, {wide}\n)\nw = 2\n"
    )
    units = units_of(text)
    assert units is not None
    assert [(first, end) for first, end, _ in units] == [(0, 5), (5, 6), (6, 9)]


@pytest.mark.parametrize(
    "text",
    [
        f"value = first_function({LONG}) + \\\n    second_function({LONG}, {LONG}, {LONG})\n",
        f"if x:\n\tvalue = call({LONG}, {LONG}, {LONG})\n",
        f"try:\n    pass\nexcept (ValueError, TypeError, {LONG}, {LONG}, {LONG}, {LONG}):\n    pass\n",
        f"if x:\n   value = call({LONG}, {LONG}, {LONG})\n",
    ],
    ids=["backslash", "tab", "except", "odd indent"],
)
def test_what_the_scan_does_not_model_goes_to_black_whole(text: str) -> None:
    assert units_of(text) is None
    assert fmt.format_files({"m.py": text}) == {
        "m.py": black.format_str(text, mode=fmt.black_mode())
    }


def test_a_statement_black_cannot_parse_is_an_internal_error() -> None:
    text = f"value = call({LONG}, {LONG}, {LONG}, {LONG} {LONG})\n"
    with pytest.raises(
        GenerationFailed, match=r"internal error: generated m\.py is not valid Python"
    ):
        fmt.format_files({"m.py": text})


MESSAGES = [
    'repr(v1) + " is not valid, (it\'s [not]) under any of the given schemas"',
    '("a piece of a message that goes on " "and on, and on, and on")',
    '"short"',
]


def test_the_commonest_statement_is_split_as_black_splits_it() -> None:
    units = [
        Unit(
            (STEP * depth + f'issues.append(ValidationIssue(path + "/items", "anyOf", {m}))',),
            depth,
            "simple",
        )
        for m in MESSAGES
        for depth in range(16)
    ]
    units = [unit for unit in units if len(unit.lines[0]) > 100]
    known = [known_split(unit) for unit in units]
    # Every shape: the inner call on a line, its arguments on a line, one a line, the message
    # split before its `+` or between its pieces (where it stays too wide, as black leaves it).
    assert {len(lines or ()) for lines in known} == {3, 5, 7, 8, 10}
    assert known == fmt.format_batch(units)


NAME = "a_name_long_enough_to_matter_in_a_header_of_this_kind"
SHAPES = {  # statement -> (its kind, whether `known_split` answers for it at some depth)
    f"check_object(data, {NAME!r}, cls._required, cls._wire_names, cls._refuse_unknown)": (
        "simple",
        True,
    ),
    f"_check_{NAME}(v14, path + '/file_search/vector_stores/' + str(i8), issues)": ("simple", True),
    f"self.field.method(dict(a=1, b=[1, 2]), {NAME!r}, key=(3, 4))": ("simple", True),
    f"only_one_argument({NAME!r})": ("simple", True),
    f"values.append(Model._parse(data[{NAME!r}], path + '/values/' + str(i), issues))": (
        "simple",
        True,
    ),
    f"def _check_{NAME}(data: object, path: str, issues: list[ValidationIssue]) -> None:": (
        "header",
        True,
    ),
    f"def validate_{NAME}_and_more(data: object) -> list[ValidationIssue]:": ("header", True),
    f"async def _{NAME}(self, *, key: dict[str, int] | None = None, other: int = 1):": (
        "header",
        True,
    ),
    f"from ..validators.{NAME} import is_valid_{NAME}": ("simple", True),
    f"from ..validators.{NAME} import is_valid_{NAME}, validate_{NAME}": ("simple", True),
    f"if type(data) is not dict or {NAME!r} not in data or 'b' not in data:": ("header", True),
    f"elif not (type(v1) is int or (isinstance(v1, int) and {NAME!r})):": ("elif", True),
    f"while {NAME} and {NAME}.more() and not {NAME}.done(x=1):": ("header", True),
    f"if not (v1 == {NAME!r} or v1 == {NAME!r} or v1 == {NAME!r}):": ("header", True),
    f"if only_one_operator and {NAME}({NAME!r}, {NAME!r}):": ("header", True),
    # Assignments and returns: black's optional parentheses, kept or left out.
    f"value = call({NAME!r}, {NAME!r})": ("simple", True),
    f"_names: ClassVar[frozenset[str]] = frozenset(({NAME!r}, 'type', 'id', 'status', 'x'))": (
        "simple",
        True,
    ),
    f"_required: ClassVar[tuple[str, ...]] = ({NAME!r}, 'type', 'id', 'status', 'x')": (
        "simple",
        True,
    ),
    f"__all__ = [{NAME!r}, 'Type', 'Identifier']": ("simple", True),
    f"n1 = _is_{NAME}(data) + _is_{NAME}_too(data) + _is_other(data)": ("simple", True),
    f"total += _is_{NAME}(data) - _is_{NAME}_too(data) * 2": ("simple", True),
    f"return not ('type' not in data or {NAME!r} not in data or 'id' not in data)": (
        "simple",
        True,
    ),
    f"return (type(data) is str or isinstance(data, str)) and data in _ENUM_1 and {NAME}": (
        "simple",
        True,
    ),
    f"return {NAME}(data) or {NAME}_too(data)": ("simple", True),
    f"self.{NAME} = Model._parse(data[{NAME!r}], path + '/x', issues)": ("simple", True),
    f"mapping = {{'key': {NAME}, 'other': [1, 2.5, -3], 'more': {NAME}[1:2]}}": ("simple", True),
    f"message = repr(v1) + (' is not one of ' 'the values {NAME} allows, as a long string')": (
        "simple",
        True,
    ),
    f"items = [{NAME}(item) for item in data[{NAME!r}] if item is not None and item]": (
        "simple",
        True,
    ),
    f"if {NAME} is not None and {NAME}.x not in (1, 2) and value != {NAME}[0]:": (
        "header",
        True,
    ),
    f"self.extra = {{}} if {NAME}.issuperset(data) else {{k: v for k, v in data.items() if k}}": (
        "simple",
        True,
    ),
    f"value = call({NAME} if condition_holds else {NAME}_too)": ("simple", True),
    f"self.attribute_name = {NAME.title()}._parse(v5, path + '/attribute_name', issues)": (
        "simple",
        True,
    ),
    f"if {NAME} if condition else {NAME} or {NAME} or {NAME}:": ("header", True),
    f"value = {NAME} if {NAME} else [{NAME}(x) for x in {NAME}]": ("simple", True),
    f"def _decode_{NAME}(value: Any) -> {NAME}_one | {NAME}_two | dict[str, Any] | Any:": (
        "header",
        True,
    ),
    # A method called with a call (the validators' `issues.append(ValidationIssue(...))`).
    f"log.info(Message({NAME!r}, '#/components/{NAME}', number=2))": ("simple", True),
    f"self.found.append(Issue(path + '/x', {NAME!r}, repr(value) + ' is {NAME}'))": (
        "simple",
        True,
    ),
    f"check_object(data, {NAME!r}, cls._required, cls._wire_names, {NAME}.refuse_unknown)": (
        "simple",
        True,
    ),
    # Left to black: what the port does not model.
    f"self.found.append(Issue([{NAME!r}, {NAME!r},], '(,)', {NAME!r}))": ("simple", False),
    f"self.found.append(Issue([{NAME!r}, 'b',], 'x'))": ("simple", False),
    f"self.calls.append(Wrapper(lambda a, b: {NAME}, {NAME!r}, {NAME!r}))": ("simple", False),
    f"self.items.extend(Group(*{NAME}, {NAME!r}, {NAME!r}))": ("simple", False),
    f"def _decode(value: Any) -> {NAME}_one | {NAME}_two_and_the_name_goes_on_and_on:": (
        "header",
        False,
    ),
    f"value = call({NAME} if condition_holds else {NAME}_too, {NAME})": ("simple", False),
    f"with_a_trailing_comma({NAME!r}, {NAME!r},)": ("simple", False),
    f"call_with_stars(*{NAME}, **{NAME}, key=lambda x: {NAME})": ("simple", False),
    f"value = f'{{{NAME}}} and more text' + {NAME}({NAME!r})": ("simple", False),
    f"first = second = {NAME}({NAME!r}, {NAME!r})": ("simple", False),
    f"raise ValidationError({NAME}({NAME!r}, {NAME!r}))": ("simple", False),
    f"power = {NAME} ** 2 + {NAME}({NAME!r}, {NAME!r})": ("simple", False),
    f"value = 0XFF + {NAME}({NAME!r}, {NAME!r}, 1.)": ("simple", False),
}


def test_calls_headers_and_imports_are_split_as_black_splits_them() -> None:
    """Whatever `known_split` answers is black's text, at every depth; the shapes black splits
    by other rules (an assignment, a magic trailing comma, one `and`, a conditional expression)
    it leaves to black."""
    units = {
        Unit((STEP * depth + code.replace("'", '"'),), depth, kind): code
        for code, (kind, _) in SHAPES.items()
        for depth in range(12)
        if len(STEP * depth + code) > 100
    }
    known = {unit: known_split(unit) for unit in units}
    by_black = fmt.format_batch(list(units))
    assert by_black is not None
    for unit, theirs in zip(units, by_black, strict=True):
        assert known[unit] in (None, theirs)
    answered = {code for unit, code in units.items() if known[unit] is not None}
    assert answered == {code for code, (_, answers) in SHAPES.items() if answers}


def test_a_wide_parameter_of_a_def_split_one_a_line_is_split_as_black_splits_it() -> None:
    """A `def` keeps its parameters one a line (its magic trailing comma); a parameter too wide
    is split as black splits a line inside brackets, its `|` union annotation in parentheses."""
    literal = ", ".join(f'"{NAME}_{n}"' for n in range(4))
    parameters = [
        "self,",
        f"params: {NAME.title()} | NotGiven = NOT_GIVEN,",
        "/,",
        "*,",
        f"first: {NAME.title()}Noise | NotGiven | None = NOT_GIVEN,",
        f"model: Literal[{literal}] | NotGiven = NOT_GIVEN,",
        f"voice: Literal[{literal}] | str | NotGiven = NOT_GIVEN,",
        f"plain: Literal[{literal}] = NOT_GIVEN,",
        "timeout: float | None = None,",
    ]
    units = [
        Unit(
            (
                STEP * depth + "def create(",
                *(STEP * (depth + 1) + parameter for parameter in parameters),
                STEP * depth + ") -> Session:",
            ),
            depth,
            "header",
        )
        for depth in range(4)
    ]
    known = [known_split(unit) for unit in units]
    by_black = fmt.format_batch(units)
    assert by_black is not None
    assert known == by_black


def test_a_list_of_strings_one_a_line_is_left_as_black_leaves_it() -> None:
    """`__all__` with its names one a line already, one name too wide: black keeps it."""
    names = [f'"{NAME}"', f'"{NAME}_{NAME}_{NAME}"', '"short"']
    units = [
        Unit(
            (
                STEP * depth + "__all__ = [",
                *(STEP * (depth + 1) + name + "," for name in names),
                STEP * depth + "]",
            ),
            depth,
            "simple",
        )
        for depth in range(3)
    ]
    assert [known_split(unit) for unit in units] == fmt.format_batch(units)
    assert all(known_split(unit) == unit.lines for unit in units)
