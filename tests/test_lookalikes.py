"""Look-alikes of ASCII (Unicode TR39 confusables) are escaped in generated literals, docstrings
and comments, by one rule (generator/lookalikes.py): ruff finds none, and every value is kept."""

from __future__ import annotations

from pathlib import Path

from generator.lookalikes import confusable_with_ascii, escape_in_source, escape_in_text
from tests.conftest import ROOT, run_tool


def _module(chars: list[str]) -> str:
    """One literal, one docstring line and one comment per character, amid ASCII letters."""
    lines = ['"""Look-alikes in a docstring:']
    lines += [f"x{char}x" for char in chars]
    lines += ['"""', "", "VALUES = ["]
    lines += [f"    {'x' + char + 'x'!r},  # x{char}x" for char in chars]
    lines += ["]", ""]
    return "\n".join(lines)


def test_every_confusable_is_escaped_where_ruff_would_flag_it(tmp_path: Path) -> None:
    chars = sorted(confusable_with_ascii())
    assert len(chars) > 1500  # the whole TR39 table, not a hand-picked list
    source = _module(chars)
    escaped = escape_in_source(source)
    module = tmp_path / "lookalikes.py"
    module.write_text(escaped, encoding="utf-8")
    select = ("--select", "RUF001,RUF002,RUF003", "--config", str(ROOT / "pyproject.toml"))
    ruff = run_tool("ruff", "check", "--no-cache", *select, str(module), cwd=ROOT)
    assert ruff.returncode == 0, ruff.stdout[:3000]
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    exec(compile(source, "before", "exec"), before)
    exec(compile(escaped, "after", "exec"), after)
    assert before["VALUES"] == after["VALUES"] and before["__doc__"] == after["__doc__"]


def test_words_of_another_script_and_raw_strings_are_kept() -> None:
    russian = "\u041f\u0440\u0438\u0432\u0435\u0442"  # its er and ie pass for p and e
    assert escape_in_text(f"{russian}, d\u0430ta") == f"{russian}, d\\u0430ta"
    assert escape_in_text("en \u2013 dash, \U0001d400") == "en \\u2013 dash, \\U0001d400"
    assert escape_in_text("café → 5 °C, naïve ß") == "café → 5 °C, naïve ß"
    raw = 'x = r"a\u2013b"\n'
    assert escape_in_source(raw) == raw  # in a raw string an escape would change the value
