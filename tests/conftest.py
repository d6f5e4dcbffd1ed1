"""Shared fixtures: run the generator as users do, and import what it wrote."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"


def run_generator(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m generator ...` in a subprocess, as the Makefile runs it."""
    return run_tool("generator", *args, cwd=cwd, env=env)


@pytest.fixture
def import_generated() -> Iterator[object]:
    """Import a package generated into a directory; forget it again afterwards."""
    added: list[str] = []

    def load(out_dir: Path, package: str) -> ModuleType:
        sys.path.insert(0, str(out_dir))
        added.append(str(out_dir))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
        return importlib.import_module(package)

    yield load
    for path in added:
        sys.path.remove(path)


def run_tool(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m <module> ...` in the project's venv (generator, mypy, ruff), as `make` does."""
    command = [sys.executable, "-m", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, check=False)


def assert_typed_and_linted(package: Path) -> None:
    """`mypy --strict` and ruff (with the project's settings) pass on a generated package."""
    strict = ("mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null")
    mypy = run_tool(*strict, str(package), cwd=package.parent)
    assert mypy.returncode == 0, mypy.stdout
    config = str(ROOT / "pyproject.toml")
    ruff = run_tool("ruff", "check", "--no-cache", "--config", config, str(package), cwd=ROOT)
    assert ruff.returncode == 0, ruff.stdout
