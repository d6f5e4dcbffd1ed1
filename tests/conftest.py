"""Shared fixtures: run the generator as users do, and import what it wrote."""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator import cli
from tests import openai_ops

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"


def run_generator(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m generator ...` in a subprocess, as the Makefile runs it.

    For what only a new interpreter shows (the entry point, `PYTHONHASHSEED`); `run_cli` runs
    the same `main()` in this process, which is all most tests need.
    """
    return run_tool("generator", *args, cwd=cwd, env=env)


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The CLI's `main()` in this process, from `cwd`: its exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exit_:  # argparse: --help, usage errors
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess(["generator", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def openai_ops_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the operations cut of OpenAI's spec is generated, once a session."""
    out = tmp_path_factory.mktemp("openai_ops")
    openai_ops.generate(out)
    return out


@pytest.fixture(scope="module")
def openai_ops_package(openai_ops_dir: Path) -> Iterator[ModuleType]:
    """That package, imported (and forgotten after the module)."""
    with openai_ops.imported(openai_ops_dir) as package:
        yield package


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


MYPY_STRICT = ("mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null")


def assert_typed_and_linted(*packages: Path) -> None:
    """`mypy --strict` and ruff (with the project's settings) pass on generated packages.

    One run of each for all of them: mypy's start-up and the standard library's stubs dominate.
    """
    paths = [str(package) for package in packages]
    mypy = run_tool(*MYPY_STRICT, *paths, cwd=ROOT)
    assert mypy.returncode == 0, mypy.stdout
    assert_linted(*paths)


def assert_linted(*paths: str) -> None:
    """ruff, with the project's settings, finds nothing."""
    config = str(ROOT / "pyproject.toml")
    ruff = run_tool("ruff", "check", "--no-cache", "--config", config, *paths, cwd=ROOT)
    assert ruff.returncode == 0, ruff.stdout
