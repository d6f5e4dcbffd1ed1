"""Long string literals are cut only where black's lines would run past 100 columns."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

from generator.fmt import format_files
from generator.fmt_strings import CHUNK, cut, cut_long_literals
from tests.conftest import CASES, ROOT

MESSAGE = " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw', 'opus', 'mp3']"


def test_a_long_literal_becomes_pieces_of_at_most_chunk_columns() -> None:
    text = cut(MESSAGE)
    pieces = [t.string for t in tokenize.generate_tokens(io.StringIO(text).readline)]
    strings = [p for p in pieces if p.startswith('"')]
    assert len(strings) > 1 and all(len(s) <= CHUNK for s in strings)
    assert ast.literal_eval(text) == MESSAGE


def test_an_escape_is_never_cut() -> None:
    value = "\x1b" * 40
    strings = cut(value)[1:-1].split(" ")
    assert all(s.startswith('"') and s.endswith('"') for s in strings)
    assert ast.literal_eval(cut(value)) == value


@pytest.mark.parametrize(
    "line",
    [
        'x = "short"',
        'x = f"an f-string that is long enough to be cut if it were a plain literal {y}"',
        "x = 'a single-quoted \"literal that holds a double-quoted one long enough\" to cut'",
        'x = """a triple-quoted string that is long enough to be cut if it were plain"""',
        'x = 1  # "a comment that holds a quoted text long enough to be cut if it were code"',
    ],
)
def test_what_naming_literal_does_not_write_stays_whole(line: str) -> None:
    assert cut_long_literals(line) == line


def test_a_message_that_fits_stays_one_literal_and_one_that_does_not_is_cut() -> None:
    call = f'issues.append(ValidationIssue(path, "enum", repr(value) + "{MESSAGE}"))'
    fitting = f"def f(value: object, path: str, issues: list) -> None:\n    {call}\n"
    deep = "def f(value: object, path: str, issues: list) -> None:\n" + "".join(
        "    " * depth + f"if value{depth}:\n" for depth in range(1, 9)
    )
    deep += "    " * 9 + call + "\n"
    formatted = format_files({"fitting.py": fitting, "deep.py": deep})
    assert f'repr(value) + "{MESSAGE}"' in formatted["fitting.py"]
    assert f'"{MESSAGE}"' not in formatted["deep.py"]
    assert max(map(len, formatted["deep.py"].splitlines())) <= 100
    assert ast.dump(ast.parse(formatted["deep.py"])) == ast.dump(ast.parse(deep))


def _generated_files() -> list[Path]:
    return [
        *sorted((ROOT / "generated").rglob("*.py")),
        *sorted(CASES.glob("*/expected/**/*.py")),
    ]


def test_no_generated_line_holds_a_literal_cut_in_pieces() -> None:
    """Pieces side by side on one line read as one string cut for no reason."""
    found = []
    for path in _generated_files():
        text = path.read_text(encoding="utf-8")
        string_ends = -1  # the line the last token ended on, when it was a string
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.STRING and string_ends == token.start[0]:
                found.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
            if token.type not in (tokenize.NL, tokenize.COMMENT):
                string_ends = token.end[0] if token.type == tokenize.STRING else -1
    assert found == []
