"""The format stage's cache: a one-schema change re-formats only the module it changes, and the
output is the same bytes with the cache, without it, and from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import fmt, pipeline
from generator.errors import GenerationError
from tests.conftest import CASES

SPEC = CASES / "modules" / "spec.yaml"
FORMAT = fmt._format_texts


def generate(spec: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, str], list[str]]:
    """The files, and the texts black was given work on (the statements it formats come from
    these, or the whole text)."""
    formatted: list[str] = []

    def counted(texts: dict[str, str], cache: Path | None) -> dict[str, str | GenerationError]:
        formatted.extend(texts.values())
        return FORMAT(texts, cache)

    monkeypatch.setattr(fmt, "_format_texts", counted)
    return pipeline.generate_files(spec, "spec.yaml"), formatted


def test_a_one_schema_change_formats_one_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fmt.CACHE_VARIABLE, str(tmp_path / "cache"))
    first, formatted = generate(SPEC, monkeypatch)
    # Black has work only in modules with a line over 100 columns, never the lazy __init__s.
    too_wide = [text for text in formatted if any(len(line) > 100 for line in text.split("\n"))]
    assert formatted and too_wide == formatted
    assert not any(first[name] in formatted for name in first if name.endswith("__init__.py"))
    again, formatted = generate(SPEC, monkeypatch)
    assert again == first and formatted == []
    changed = tmp_path / "spec.yaml"
    changed.write_text(
        SPEC.read_text().replace("    Circle:\n", "    Circle:\n      description: Round.\n")
    )
    after, formatted = generate(changed, monkeypatch)
    assert [name for name in after if after[name] != first[name]] == [
        "case_modules/models/circle.py", "manifest.json"
    ]  # fmt: skip
    assert len(formatted) == 1 and "Round." in formatted[0]
    monkeypatch.setenv(fmt.CACHE_VARIABLE, "")  # no cache: black where needed, the same bytes
    assert generate(changed, monkeypatch)[0] == after
