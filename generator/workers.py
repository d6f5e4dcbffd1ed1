"""The generator's worker processes, for the work of a large spec that can go on beside the
stages: its `check_openapi`, its validators' compile and the format stage's parts. One process
per core but the generator's own, in one pool: started by the first piece of work and shared by
all that follows, so a large spec pays for one new interpreter, not one per kind of work. Each
piece runs on a deep stack, as the stages do in the generator's own process (generator/stack.py).

Spawned, not forked: the stages run on a thread of their own (generator/stack.py), and forking a
process that has threads is unsafe. Where no process can start (a sandbox without them),
`submit` answers None and the caller does the work itself; a worker that dies makes its futures
raise `BrokenProcessPool`, which callers handle the same way.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from generator.stack import on_deep_stack

T = TypeVar("T")


class Workers:
    """The pool, started on first use; a context manager that stops it."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._unable = False
        """Whether starting or feeding the pool failed: no process can start here."""

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exception: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    @property
    def started(self) -> bool:
        """Whether the pool is up, and took its work so far."""
        return self._pool is not None and not self._unable

    @property
    def available(self) -> bool:
        """Whether work may be handed over: a spare core, and nothing refused so far."""
        return not self._unable and _spare_cores() > 0

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T] | None:
        """`function(*args)` in a worker; None where there is no spare core or no process can
        start (then the caller runs it itself)."""
        if not self.available:
            return None
        try:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    _spare_cores(), mp_context=multiprocessing.get_context("spawn")
                )
            return self._pool.submit(_on_deep_stack, function, *args)
        except (OSError, NotImplementedError, BrokenProcessPool):
            self._unable = True
            return None


def _spare_cores() -> int:
    return (os.cpu_count() or 1) - 1


def _on_deep_stack(function: Callable[..., T], *args: Any) -> T:
    """`function(*args)`, in a worker, on a deep stack (a RecursionError is refused there as in
    the generator's own process)."""
    return on_deep_stack(lambda: function(*args))
