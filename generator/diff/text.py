"""Short, one-line renderings of spec values for the report (spec text is untrusted data)."""

from __future__ import annotations

import json
from typing import Any

WIDTH = 60


def one_line(text: str) -> str:
    """No line breaks or other control characters: a report line stays one line."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


def value(value: Any) -> str:
    """A JSON value as compact text, cut to a readable length."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return one_line(text if len(text) <= WIDTH else text[: WIDTH - 1] + "…")


def values(items: list[Any]) -> str:
    return ", ".join(value(item) for item in items)


def excerpt_pair(before: str, after: str) -> tuple[str, str]:
    """The stretch around the first difference of two texts, as it reads on each side."""
    before, after = " ".join(before.split()), " ".join(after.split())
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while (
        end < min(len(before), len(after)) - start
        and before[len(before) - 1 - end] == after[len(after) - 1 - end]
    ):
        end += 1
    return _cut(before, start, len(before) - end), _cut(after, start, len(after) - end)


def _cut(text: str, start: int, stop: int) -> str:
    lead, tail = max(0, start - 20), min(len(text), max(stop, start) + 20)
    piece = text[lead:tail]
    if len(piece) > WIDTH:
        piece = piece[: WIDTH - 1] + "…"
    elif tail < len(text):
        piece += "…"
    return one_line(("…" if lead else "") + piece)
