"""The report: the table of timings, then every goal as a ratio beside its target, held or not."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from bench.contenders import (
    FASTJSONSCHEMA,
    FROM_DICT,
    IS_VALID,
    MODEL_DUMP,
    MODEL_VALIDATE,
    TO_DICT,
    VALIDATE,
)
from bench.imports import OURS, THEIRS
from bench.instances import INSTANCES
from bench.timing import IMPORT_RUNS, ROUNDS, TARGET_SECONDS

Timings = dict[tuple[str, str], float]
NONE = "-"  # a cell that does not apply (nothing to encode from an invalid instance)


@dataclass(frozen=True)
class Goal:
    """`ours` takes at most 1/`factor` of the time `theirs` takes, on every instance."""

    text: str
    ours: str
    theirs: str
    factor: float

    def ratios(self, timings: Timings) -> dict[str, float]:
        """Per instance: their time divided by ours (above 1: ours is faster)."""
        return {
            i.label: timings[(self.theirs, i.label)] / timings[(self.ours, i.label)]
            for i in INSTANCES
            if (self.ours, i.label) in timings and (self.theirs, i.label) in timings
        }


GOALS = (
    Goal("`is_valid_` at least 2x fastjsonschema", IS_VALID, FASTJSONSCHEMA, 2.0),
    Goal("`validate_` at least 1x fastjsonschema (first error)", VALIDATE, FASTJSONSCHEMA, 1.0),
    Goal("`from_dict` at least 1x pydantic `model_validate`", FROM_DICT, MODEL_VALIDATE, 1.0),
    Goal("`to_dict` at least 1x pydantic `model_dump`", TO_DICT, MODEL_DUMP, 1.0),
)
IMPORT_FACTOR = 3.0


def machine(load: str, command: str) -> list[str]:
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [ln.split(":", 1)[1].strip() for ln in cpuinfo.read_text().splitlines()
                 if ln.startswith("model name")]  # fmt: skip
        cpu = f"{names[0]} x{len(names)}" if names else cpu
    return [
        f"- machine: {platform.platform()}, {cpu}; {load} while it ran",
        f"- python: {platform.python_implementation()} {platform.python_version()}",
        f"- command: {command}",
        "- method: one process; every (contender, instance) cell is a loop of"
        f" ~{TARGET_SECONDS * 1000:.0f} ms, run once per round for {ROUNDS} interleaved rounds,"
        " each contender on its own deep copy of the instance; the figure is the minimum, in ns"
        " per call",
    ]


def timing_table(timings: Timings, rows: list[str]) -> list[str]:
    lines = ["| contender | " + " | ".join(i.label for i in INSTANCES) + " |"]
    lines.append("|---|" + "---:|" * len(INSTANCES))
    for row in rows:
        cells = [timings.get((row, i.label)) for i in INSTANCES]
        text = [f"{t:,.0f}" if t is not None else NONE for t in cells]
        lines.append(f"| {row} | " + " | ".join(text) + " |")
    return lines


def goal_lines(timings: Timings, imports: dict[str, float]) -> tuple[list[str], list[str]]:
    """The goals table, and the names of the goals that do not hold."""
    lines = ["| goal: ours vs theirs, x = their time / ours | "
             + " | ".join(i.label for i in INSTANCES) + " | lowest | goal | holds |"]  # fmt: skip
    lines.append("|---|" + "---:|" * (len(INSTANCES) + 2) + "---|")
    missed = []
    for goal in GOALS:
        ratios = goal.ratios(timings)
        cells = [f"{ratios[i.label]:.2f}x" if i.label in ratios else NONE for i in INSTANCES]
        lowest = min(ratios.values())
        holds = lowest >= goal.factor
        missed += [] if holds else [goal.text]
        row = [goal.text, *cells, f"{lowest:.2f}x", f">= {goal.factor:g}x", _yes(holds)]
        lines.append("| " + " | ".join(row) + " |")
    ratio = imports[THEIRS] / imports[OURS]
    holds = ratio >= IMPORT_FACTOR
    missed += [] if holds else ["import time"]
    text = (
        f"`import {OURS}` at most 1/3 of `import {THEIRS}`: {imports[OURS]:.0f} ms vs"
        f" {imports[THEIRS]:.0f} ms (min of {IMPORT_RUNS} fresh interpreters each, alternating,"
        " bytecode compiled)"
    )
    cells = [NONE] * len(INSTANCES) + [f"{ratio:.2f}x", f">= {IMPORT_FACTOR:g}x", _yes(holds)]
    lines.append(f"| {text} | " + " | ".join(cells) + " |")
    return lines, missed


def _yes(holds: bool) -> str:
    return "yes" if holds else "**no**"


def report(
    timings: Timings, imports: dict[str, float], notes: list[str], load: str, scale: list[str]
) -> str:
    rows = list(dict.fromkeys(contender for contender, _ in timings))
    goals, missed = goal_lines(timings, imports)
    verdict = (
        "All runtime goals hold on this machine."
        if not missed
        else f"Runtime goals NOT held on this machine: {'; '.join(missed)}."
    )
    command = "`make bench` (`.venv/bin/python -m bench.run`)"
    if not scale:
        command = "`.venv/bin/python -m bench.run --runtime` (the scale part was not run)"
    lines = ["## Benchmarks: ns per call", "", *machine(load, command), *(f"- {n}" for n in notes)]
    lines += ["", "Instances:", ""]
    lines += [f"- {i.label}: {i.about} ({'valid' if i.valid else 'invalid'})" for i in INSTANCES]
    lines += ["", *timing_table(timings, rows), "", "Goals:", "", *goals, "", verdict]
    if scale:
        lines += ["", "Scale (generation, in the same run; see `bench/generation.py`):", "", *scale]
    return "\n".join(lines)
