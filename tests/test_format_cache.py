"""The format stage's cache: a one-schema change re-formats only the module it changes, and the
output is the same bytes with the cache, without it, and from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import fmt, pipeline
from generator.errors import GenerationError
from generator.runtime import CLIENT_RUNTIME, MODEL_RUNTIME
from tests.conftest import CASES

SPEC = CASES / "modules" / "spec.yaml"
BLACK = fmt.format_source


def generate(spec: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, str], list[str]]:
    """The files, and each text black was given."""
    formatted: list[str] = []

    def counted(text: str) -> str | GenerationError:
        formatted.append(text)
        return BLACK(text)

    monkeypatch.setattr(fmt, "format_source", counted)
    return pipeline.generate_files(spec, "spec.yaml"), formatted


def test_a_one_schema_change_formats_one_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fmt.CACHE_VARIABLE, str(tmp_path / "cache"))
    first, formatted = generate(SPEC, monkeypatch)
    # Everything black has work on: models, validators, the client; not the lazy __init__s.
    assert len(formatted) == sum(
        1 for name in first if name.endswith(".py") and not name.endswith("__init__.py")
    ) - len(MODEL_RUNTIME + CLIENT_RUNTIME)
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
    monkeypatch.setenv(fmt.CACHE_VARIABLE, "")  # no cache: black on everything, the same bytes
    assert generate(changed, monkeypatch)[0] == after
