"""The generator's worker processes, for the work of a large spec that can go on beside the
stages: its `check_openapi`, and the format stage's parts. One process per core but the
generator's own, in one pool: started by the first piece of work and shared by all that follows,
so a large spec pays for one new interpreter, not one per kind of work.

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

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T] | None:
        """`function(*args)` in a worker; None where there is no spare core or no process can
        start (then the caller runs it itself)."""
        spare = (os.cpu_count() or 1) - 1
        if self._unable or not spare:
            return None
        try:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    spare, mp_context=multiprocessing.get_context("spawn")
                )
            return self._pool.submit(function, *args)
        except (OSError, NotImplementedError, BrokenProcessPool):
            self._unable = True
            return None
