"""The vocabulary of a schema diff: sides, classes, what was seen and how it was classed."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Level(enum.IntEnum):
    """The class of a change; a higher value is worse for callers."""

    DOCS = 0
    COMPATIBLE = 1
    TYPING = 2
    BREAKING = 3

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Level.DOCS: "docs only",
    Level.COMPATIBLE: "compatible",
    Level.TYPING: "typing only",
    Level.BREAKING: "breaking",
}


class Side(enum.Enum):
    """Which callers a schema concerns, from the operations that reach it."""

    REQUEST = "request"  # reachable from a request body: what callers send
    RESPONSE = "response"  # reachable from a response: what callers read
    BOTH = "both"
    NONE = "none"  # no operation reaches it: a class of the package all the same

    @staticmethod
    def of(request: bool, response: bool) -> Side:
        if request and response:
            return Side.BOTH
        return Side.REQUEST if request else Side.RESPONSE if response else Side.NONE

    def union(self, other: Side) -> Side:
        request = Side.REQUEST in (self, other) or Side.BOTH in (self, other)
        response = Side.RESPONSE in (self, other) or Side.BOTH in (self, other)
        return Side.of(request, response)


@dataclass(frozen=True)
class Finding:
    """One difference the comparison saw, before a rule classes it.

    `kind` names the change (`enum-value-removed`); `names` are the Python spellings a user
    sees (`SessionCreateParams.voice`, `client....create(voice=...)`); `before`/`after` are
    short renderings of the two values ("" when absent).
    """

    kind: str
    pointer: str
    names: tuple[str, ...]
    side: Side
    before: str
    after: str


@dataclass(frozen=True)
class Change:
    """A finding with the rule that classed it."""

    finding: Finding
    rule_id: str
    level: Level
    reason: str
