"""Shared fixtures: run the generator as users do, and import what it wrote."""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import importlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator import cli
from generator.fmt import CACHE_VARIABLE
from tests import openai_ops

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"

# The format stage's cache: one for this test run (and the generators it starts), never the
# user's; the many generations of the same spec then format each module once.
if CACHE_VARIABLE not in os.environ:
    os.environ[CACHE_VARIABLE] = tempfile.mkdtemp(prefix="codegen-black-cache-")
    atexit.register(shutil.rmtree, os.environ[CACHE_VARIABLE], ignore_errors=True)


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
    """Where the operations cut of OpenAI's spec is generated, once a run (see `built_once`)."""
    return built_once(tmp_path_factory, "openai_ops", openai_ops.generate)


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


# mypy's cache of what no test changes (the standard library's stubs, httpx and what it
# imports), filled once per run; each mypy run starts from its own copy of it.
MYPY_SEED_VARIABLE = "REALTIME_SESSIONS_TEST_MYPY_CACHE"
if MYPY_SEED_VARIABLE not in os.environ:
    os.environ[MYPY_SEED_VARIABLE] = tempfile.mkdtemp(prefix="codegen-mypy-cache-")
    atexit.register(shutil.rmtree, os.environ[MYPY_SEED_VARIABLE], ignore_errors=True)
MYPY_STRICT = ("mypy", "--strict")
# What generated code imports from outside the standard library.
MYPY_SEED_IMPORTS = "import httpx\n"


def run_mypy(*paths: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` on `paths`, as a fresh run would check them.

    A cold run spends most of its time on the standard library's stubs and httpx, the same in
    every run; so each run gets a copy of a cache that holds only those (filled by the first
    run of any pytest-xdist worker) and checks the paths themselves from nothing. mypy checks
    a cached module again whenever its source or the options differ.
    """
    seed = Path(os.environ[MYPY_SEED_VARIABLE])
    with open(seed / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (seed / "warm").exists():
            imports = seed / "imports.py"
            imports.write_text(MYPY_SEED_IMPORTS, encoding="utf-8")
            warm = run_tool(*MYPY_STRICT, f"--cache-dir={seed / 'cache'}", str(imports), cwd=ROOT)
            assert warm.returncode == 0, warm.stdout
            (seed / "warm").touch()
    with tempfile.TemporaryDirectory(prefix="mypy-cache-") as own:
        shutil.copytree(seed / "cache", own, dirs_exist_ok=True)
        return run_tool(*MYPY_STRICT, f"--cache-dir={own}", *paths, cwd=cwd)


def assert_typed_and_linted(*packages: Path) -> None:
    """`mypy --strict` and ruff (with the project's settings) pass on generated packages.

    One run of each for all of them: mypy's start-up and the standard library's stubs dominate.
    """
    paths = [str(package) for package in packages]
    mypy = run_mypy(*paths, cwd=ROOT)
    assert mypy.returncode == 0, mypy.stdout
    assert_linted(*paths)


def assert_linted(*paths: str) -> None:
    """ruff, with the project's settings, finds nothing."""
    config = str(ROOT / "pyproject.toml")
    ruff = run_tool("ruff", "check", "--no-cache", "--config", config, *paths, cwd=ROOT)
    assert ruff.returncode == 0, ruff.stdout


def built_once(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """A directory that `build` fills once per test run, however many pytest-xdist workers ask.

    `make test` runs on every core (pytest-xdist); a module-scoped fixture would otherwise run
    once per worker, and these builds (every case, the OpenAI cut) are among the costliest
    steps. Under xdist every worker's base directory sits in one directory of this run: the
    first worker builds there under a lock, the others wait and reuse it.
    """
    if "PYTEST_XDIST_WORKER" not in os.environ:
        out = factory.mktemp(name)
        build(out)
        return out
    out = factory.getbasetemp().parent / name
    with open(out.with_name(name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        done = out / ".built"
        if not done.exists():
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            build(out)
            done.touch()
    return out
