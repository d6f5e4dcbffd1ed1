"""The scale goals: generating OpenAI's whole spec and the project's own, against dcg; the
whole-spec package's import cost against `import openai`; its ruff and `mypy --strict` verdicts.

Every figure says how it was measured in the line that shows it (see `bench/generation.py`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from bench.generation import OPENAI_OVERLAY, OPENAI_SPEC, OWN_SPEC, Run, dcg, ours
from bench.imports import THEIRS, code_seconds
from bench.instances import ROOT
from bench.timing import IMPORT_RUNS

OWN_RUNS = 3
OPENAI_RUNS = 3
"""Runs of each contender on OpenAI's spec, alternating: the minimum of each is compared (a
single run of either varied by 20 % from one to the next on the 2-core machine)."""
MEMORY_LIMIT = 1 << 30
# Using one model of the whole-spec package: a strict request model, so its validators load too.
USE = (
    "import {package} as p; p.CreateChatCompletionRequest.from_dict("
    "{{'model': 'gpt-4o', 'messages': [{{'role': 'user', 'content': 'hi'}}]}})"
)


@dataclass(frozen=True)
class Goal:
    text: str
    figures: str
    holds: bool


def scale_goals() -> tuple[list[Goal], list[str]]:
    """The goals, and notes (how each was measured, and what the checks printed)."""
    goals, notes = _own_spec()
    if not OPENAI_SPEC.exists():
        notes.append(f"OpenAI's spec is not at {OPENAI_SPEC}: its goals were not measured")
        return goals, notes
    mine, theirs = _openai_runs()
    try:
        ratio = theirs.seconds / mine.seconds
        goals.append(
            Goal(
                "OpenAI spec + overlay: `generate --no-client` at most 1/2 of dcg's time",
                f"{mine.seconds:.1f} s vs {theirs.seconds:.1f} s ({ratio:.2f}x)",
                ratio >= 2,
            )
        )
        goals.append(
            Goal(
                "OpenAI spec + overlay: peak memory under 1 GB",
                f"{mine.peak_bytes / 2**20:.0f} MB (dcg: {theirs.peak_bytes / 2**20:.0f} MB)",
                mine.peak_bytes < MEMORY_LIMIT,
            )
        )
        notes.append(
            f"OpenAI spec: min of {OPENAI_RUNS} alternating runs each; peak memory the largest"
            " of the runs"
        )
        more, checks = _output_goals(mine.out)
        goals += more
        notes += checks
    finally:
        for run in (mine, theirs):
            shutil.rmtree(run.out.parent, ignore_errors=True)
    return goals, notes


def _openai_runs() -> tuple[Run, Run]:
    """Each contender's fastest run on OpenAI's spec (its output kept for the checks), with the
    largest peak memory of its runs."""
    best: dict[str, Run] = {}
    peaks = {"ours": 0, "dcg": 0}
    contenders: dict[str, Callable[[], Run]] = {
        "ours": partial(ours, OPENAI_SPEC, overlay=OPENAI_OVERLAY, client=False),
        "dcg": partial(dcg, OPENAI_SPEC),
    }
    for _ in range(OPENAI_RUNS):
        for name, run in contenders.items():
            done = run()
            peaks[name] = max(peaks[name], done.peak_bytes)
            if name not in best or done.seconds < best[name].seconds:
                if name in best:
                    shutil.rmtree(best[name].out.parent, ignore_errors=True)
                best[name] = done
            else:
                shutil.rmtree(done.out.parent, ignore_errors=True)
    mine, theirs = best["ours"], best["dcg"]
    return replace(mine, peak_bytes=peaks["ours"]), replace(theirs, peak_bytes=peaks["dcg"])


def _own_spec() -> tuple[list[Goal], list[str]]:
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(OWN_RUNS):  # alternating, min of each
        for runs, contender in ((mine, ours), (theirs, dcg)):
            run = contender(OWN_SPEC)
            shutil.rmtree(run.out.parent, ignore_errors=True)
            runs.append(run.seconds)
    ratio = min(theirs) / min(mine)
    goal = Goal(
        "own spec: `generate` at most dcg's time",
        f"{min(mine):.2f} s vs {min(theirs):.2f} s ({ratio:.2f}x)",
        ratio >= 1,
    )
    return [goal], [f"own spec: min of {OWN_RUNS} alternating runs each"]


def _output_goals(out: Path) -> tuple[list[Goal], list[str]]:
    package = next(p.parent.parent.name for p in out.glob("*/validators/__init__.py"))
    use = USE.format(package=package)
    code_seconds(use, out)  # writes the bytecode: the timed runs import compiled code
    code_seconds(f"import {THEIRS}", ROOT)
    best = {"ours": float("inf"), "theirs": float("inf")}
    for _ in range(IMPORT_RUNS):
        best["ours"] = min(best["ours"], code_seconds(use, out) * 1000)
        best["theirs"] = min(best["theirs"], code_seconds(f"import {THEIRS}", ROOT) * 1000)
    imports = Goal(
        "OpenAI spec package: `import` + one `CreateChatCompletionRequest.from_dict` below"
        f" `import {THEIRS}` (min of {IMPORT_RUNS} fresh interpreters each, bytecode compiled)",
        f"{best['ours']:.0f} ms vs {best['theirs']:.0f} ms",
        best["ours"] < best["theirs"],
    )
    config = str(ROOT / "pyproject.toml")
    ruff = _tool([sys.executable, "-m", "ruff", "check", "--config", config, package], out)
    mypy = _tool([sys.executable, "-m", "mypy", "--strict", "--no-incremental", package], out)
    checks = [
        Goal("OpenAI spec package: `ruff check` (the project's settings)", *ruff),
        Goal("OpenAI spec package: `mypy --strict`", *mypy),
    ]
    return [imports, *checks], []


def _tool(command: list[str], cwd: Path) -> tuple[str, bool]:
    """What the tool said last (its summary line) and how long it took; whether it passed."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = done.stdout.strip().splitlines() or ["(no output)"]
    last = next((line for line in lines if line.startswith(("Found", "Success"))), lines[-1])
    verdict = "clean" if done.returncode == 0 else last.replace("|", "/")
    return f"{verdict} ({seconds:.0f} s)", done.returncode == 0


def scale_lines(goals: list[Goal], notes: list[str]) -> list[str]:
    """The scale goals as a table, for the report."""
    lines = ["| scale goal | ours vs theirs (how measured: see below) | holds |", "|---|---|---|"]
    lines += [f"| {g.text} | {g.figures} | {'yes' if g.holds else '**no**'} |" for g in goals]
    missed = [g.text for g in goals if not g.holds]
    verdict = "Scale goals NOT held on this machine: " + "; ".join(missed) + "."
    lines += ["", verdict if missed else "All scale goals hold on this machine."]
    return [*lines, "", *(f"- {note}" for note in notes)]


if __name__ == "__main__":  # the scale goals alone: `python -m bench.scale`
    print("\n".join(scale_lines(*scale_goals())))
