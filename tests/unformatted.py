"""A stand-in for the format stage (`pipeline.Formatting`), for tests that want the generated
files as the emitters wrote them: black over a large cut takes a minute."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from concurrent.futures import Future, wait
from typing import Any


def unformatted_stage(kept: dict[str, str] | None = None) -> type[object]:
    """A class that passes every file through unchanged, and copies each into `kept`."""

    class Unformatted:
        def __init__(self, stable: Collection[str] = (), workers: object = None) -> None:
            self.files: dict[str, str] = {}

        def __enter__(self) -> Unformatted:
            return self

        def __exit__(self, *exception: object) -> None:
            return None

        def add(self, files: Mapping[str, str]) -> None:
            self.files.update(files)
            if kept is not None:
                kept.update(files)

        def help_until(self, awaited: Future[Any]) -> None:
            wait([awaited])

        def finish(self) -> dict[str, str]:
            return dict(self.files)

    return Unformatted
