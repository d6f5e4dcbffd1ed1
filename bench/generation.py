"""Generation time and memory: ours against datamodel-code-generator (dcg), in the same run.

Each run is a fresh process in a fresh directory holding its own copy of the input; its wall
time is measured around the process, and its peak memory is the largest sum of the resident
sets of the process and its children (the format stage's workers), sampled every 10 ms from
/proc. Ours runs with an empty format cache (`REALTIME_SESSIONS_CODEGEN_CACHE` pointing at a
new directory): a first run, not a warm one.

Both run from bytecode, as a user's `pip install` leaves them: pip byte-compiles dcg (and every
dependency) when it installs it, but the generator is installed editable here, and with
PYTHONDONTWRITEBYTECODE set (as this environment sets it) its ~70 modules would be compiled from
source on every run (~0.16 s). So `ours` first compiles the generator's package into
`__pycache__` (compileall; a `.pyc` is read even when PYTHONDONTWRITEBYTECODE forbids writing
one), once, and after any edit.

Configurations, as a user would choose them:

* ours: `python -m generator generate` (the project's spec: what `make generate` runs, client
  included) and `generate --no-client --overlay examples/openai/overlay.yaml` (OpenAI's spec);
* dcg: `datamodel-codegen --input-file-type openapi --output-model-type dataclasses.dataclass
  --output <file>` with its default formatters (black and isort), on the spec as published (it
  has no overlay option, and needs none: the overlay mends defaults that ours checks).
"""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.instances import ROOT

OPENAI_SPEC = ROOT.parent / "shared" / "upstream" / "openai-openapi.yaml"
OPENAI_OVERLAY = ROOT / "examples" / "openai" / "overlay.yaml"
OWN_SPEC = ROOT / "spec" / "realtime_sessions.yaml"
SAMPLE_SECONDS = 0.01


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_bytes: int
    """The largest resident-set sum of the process tree seen while it ran."""
    out: Path


def measured(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run `command` to completion; its wall time and peak memory (see the module docstring)."""
    peak = [0]
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    watcher = threading.Thread(target=_watch, args=(process, peak), daemon=True)
    watcher.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - start
    watcher.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{output[-4000:]}")
    return Run(seconds, peak[0], cwd / "out")


def _watch(process: subprocess.Popen[str], peak: list[int]) -> None:
    while process.poll() is None:
        peak[0] = max(peak[0], _tree_rss(process.pid))
        time.sleep(SAMPLE_SECONDS)


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants (0 for any that ended meanwhile)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            tasks = Path(f"/proc/{current}/task")
            for task in tasks.iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def ours(spec: Path, *, overlay: Path | None = None, client: bool = True) -> Run:
    """`python -m generator generate` on a copy of `spec`, with an empty format cache."""
    byte_compile_generator()
    work = Path(tempfile.mkdtemp(prefix="bench-ours-"))
    try:
        shutil.copy(spec, work / spec.name)
        command = [sys.executable, "-m", "generator", "generate", "--spec", spec.name]
        command += ["--out", "out"] + ([] if client else ["--no-client"])
        if overlay is not None:
            shutil.copy(overlay, work / overlay.name)
            command += ["--overlay", overlay.name]
        env = {**os.environ, "REALTIME_SESSIONS_CODEGEN_CACHE": str(work / "cache")}
        env["PYTHONPATH"] = str(ROOT)
        return measured(command, work, env)
    finally:
        _keep_out_only(work)


def byte_compile_generator() -> None:
    """The generator's modules into `__pycache__`, where stale or missing (see the docstring)."""
    if not compileall.compile_dir(ROOT / "generator", quiet=1):
        raise RuntimeError(f"compileall could not compile {ROOT / 'generator'}")


def dcg(spec: Path) -> Run:
    """datamodel-codegen, dataclass output, on a copy of `spec`."""
    work = Path(tempfile.mkdtemp(prefix="bench-dcg-"))
    try:
        shutil.copy(spec, work / spec.name)
        (work / "out").mkdir()
        command = [
            str(Path(sys.executable).with_name("datamodel-codegen")),
            "--input", spec.name, "--input-file-type", "openapi",
            "--output-model-type", "dataclasses.dataclass", "--output", "out/models.py",
        ]  # fmt: skip
        return measured(command, work)
    finally:
        _keep_out_only(work)


def _keep_out_only(work: Path) -> None:
    """Inputs and caches go; the output stays for the checks (the caller removes it)."""
    for path in work.iterdir():
        if path.name != "out":
            shutil.rmtree(path) if path.is_dir() else path.unlink()
