"""generated/ is exactly what `make generate` writes today, and that code type-checks."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator import cli
from generator.cli import unified_diff
from generator.pipeline import Options, generate_files
from generator.write import read_tree
from tests.conftest import ROOT, assert_typed_and_linted, run_cli, run_generator

SPEC = "spec/realtime_sessions.yaml"
FIX = "generated/ is stale: run `make generate` and commit the result."


@cache
def fresh(spec: Path, display: str | None = None, *, client: bool = True) -> dict[str, str]:
    """What generating the spec gives, once per process (the tests here share it)."""
    return generate_files(spec, display, client=client)


def test_generated_matches_the_spec_byte_for_byte() -> None:
    diff = unified_diff(read_tree(ROOT / "generated"), fresh(ROOT / SPEC, SPEC), "generated")
    assert not diff, f"{FIX}\n{diff}"


def test_check_command_agrees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI's own work is writing and comparing; generating is the same as above, so shared.
    def shared(spec: Path, display: str, *, options: Options, warnings: list[Any]) -> Any:
        return fresh(spec, display, client=options.client)

    monkeypatch.setattr(cli, "generate_files", shared)
    assert run_cli("check").returncode == 0
    out = tmp_path / "out"
    assert run_cli("generate", "--out", str(out)).returncode == 0
    models = out / "realtime_sessions" / "models" / "session.py"
    models.write_text(models.read_text().replace("Realtime", "Surreal", 1))
    stale = run_cli("check", "--out", str(out))
    assert stale.returncode == 1
    assert "-" in stale.stdout and "+" in stale.stdout and "Surreal" in stale.stdout
    assert "make generate" in stale.stderr


@pytest.mark.slow
def test_same_bytes_under_different_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = run_generator("generate", "--out", str(out), env=env)
        assert result.returncode == 0, result.stderr
        trees.append(read_tree(out))
    assert trees[0] == trees[1]
    assert trees[0] == read_tree(ROOT / "generated")


def test_every_generated_file_says_where_it_comes_from() -> None:
    for name, text in read_tree(ROOT / "generated").items():
        if name.endswith(".py"):
            first = text.splitlines()[0]
            assert first.startswith("# Generated from "), name
            assert "by `make generate`" in first, name
            assert "do not edit by hand" in first, name


@pytest.mark.slow
def test_generated_package_passes_mypy_strict_and_ruff() -> None:
    assert_typed_and_linted(ROOT / "generated" / "realtime_sessions")
