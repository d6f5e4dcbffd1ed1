"""Interleaved timing in one process: every cell is timed once per round, the minimum kept.

A cell is one contender on one instance, with its own copy of the instance. Each cell's loop is
sized once to take about `TARGET_SECONDS`; then `ROUNDS` rounds run every cell in turn, so a burst
of load from other processes lands on all contenders alike, and the minimum over the rounds is
the figure least disturbed by it. The loops are short (1 ms, under a scheduler time slice) and
many: on a shared machine a 20 ms loop is almost always preempted, a 1 ms one often is not.
The timed statement is `try: call(value) except <invalid>: pass` compiled by `timeit`, with no
wrapper function around the call: a raise is part of the cost of saying "invalid", a wrapper
frame is not part of anyone's cost.
"""

from __future__ import annotations

import os
import timeit
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ROUNDS, TARGET_SECONDS = 150, 0.001
IMPORT_RUNS = 10
CALIBRATION_TRIES = 5
STATEMENT = "try:\n    call(value)\nexcept invalid:\n    pass"


@dataclass(frozen=True)
class Cell:
    contender: str
    instance: str
    call: Callable[[Any], object]
    value: Any
    invalid: tuple[type[BaseException], ...]

    def timer(self) -> timeit.Timer:
        names = {"call": self.call, "value": self.value, "invalid": self.invalid}
        return timeit.Timer(STATEMENT, globals=names)


def loop_size(timer: timeit.Timer) -> int:
    """How many calls take about TARGET_SECONDS.

    Each step keeps the fastest of a few tries: one preempted try would size the loop far too
    small (a run once timed `is_valid_` on the full request as 1 cold call per loop: 5x slower).
    """
    number, elapsed = 1, 0.0
    while elapsed < TARGET_SECONDS / 5:
        number *= 2
        elapsed = min(timer.repeat(CALIBRATION_TRIES, number))
    return max(1, int(number * TARGET_SECONDS / elapsed))


def interleaved(cells: list[Cell], rounds: int = ROUNDS) -> dict[tuple[str, str], float]:
    """ns per call of every cell: the minimum over `rounds` rounds that each run every cell."""
    timers = [(cell, cell.timer()) for cell in cells]
    sizes = [loop_size(timer) for _, timer in timers]
    best = {(cell.contender, cell.instance): float("inf") for cell in cells}
    for _ in range(rounds):
        for (cell, timer), number in zip(timers, sizes, strict=True):
            key = (cell.contender, cell.instance)
            best[key] = min(best[key], timer.timeit(number) / number * 1e9)
    return best


def load_average() -> str:
    """The 1/5/15-minute load average and the core count, for the report (noise on a shared box)."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} on {os.cpu_count()} cores"
