"""Room for deep specs: the stages recurse along the schemas, so they run on a deep stack.

Models are built depth-first along their references (a chain of N schemas, each referring to
the next, takes about 4N Python frames), and jsonschema and black recurse too. The stages run
on a thread whose stack is sized for `RECURSION_LIMIT` frames; past it, the spec is refused
with one located error instead of a RecursionError.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

from generator.errors import GenerationError, GenerationFailed

T = TypeVar("T")
RECURSION_LIMIT = 10_000
STACK_BYTES = 256 * 1024 * 1024  # address space only: pages are used as the stack grows
TOO_DEEP = (
    "the schemas nest or refer to one another too deeply to generate (more than "
    f"{RECURSION_LIMIT:,} levels of recursion, e.g. a chain of some 2,500 schemas)"
)


def on_deep_stack(function: Callable[[], T]) -> T:
    """`function()` on a thread with a deep stack; its exception, if any, is raised here."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(function())
        except RecursionError:
            failure.append(GenerationFailed([GenerationError(TOO_DEEP, "#")]))
        except BaseException as exc:  # handed to the caller's thread as it is
            failure.append(exc)

    previous_limit, previous_size = sys.getrecursionlimit(), threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(max(previous_limit, RECURSION_LIMIT))
    try:
        worker = threading.Thread(target=run, name="generator")
        worker.start()
        worker.join()
    finally:
        threading.stack_size(previous_size)
        sys.setrecursionlimit(previous_limit)
    if failure:
        raise failure[0]
    return outcome[0]
