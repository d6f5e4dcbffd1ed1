"""Validation results of the generated validators: one `ValidationIssue` per problem found.

Hand-written and copied as is into the generated package; standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["ValidationError", "ValidationIssue"]


@dataclass(frozen=True, slots=True, init=False)
class ValidationIssue:
    """One problem: where it is (a JSON pointer, "" for the root), which keyword failed, and why."""

    pointer: str
    keyword: str
    message: str

    def __init__(self, pointer: str, keyword: str, message: str) -> None:
        # Every refused value builds one: the slots' own setters store in a third of the time
        # of the `object.__setattr__` calls a frozen dataclass's `__init__` makes (profiled).
        _set_pointer(self, pointer)
        _set_keyword(self, keyword)
        _set_message(self, message)

    def __str__(self) -> str:
        return f"{self.pointer or '<root>'}: {self.message} ({self.keyword})"


# The slots' setters, which a frozen class's own `__setattr__` does not stand in front of.
_set_pointer = ValidationIssue.__dict__["pointer"].__set__
_set_keyword = ValidationIssue.__dict__["keyword"].__set__
_set_message = ValidationIssue.__dict__["message"].__set__


class ValidationError(ValueError):
    """Data that does not match its schema; `issues` lists every problem, in document order."""

    issues: tuple[ValidationIssue, ...]

    def __init__(self, issues: Iterable[ValidationIssue]) -> None:
        self.issues = tuple(issues)
        # The message is written when someone reads it, not on every refusal (profiled: it was
        # a tenth of an invalid `from_dict`); `args` keeps what pickling needs to rebuild it.
        super().__init__(self.issues)

    def __str__(self) -> str:
        return "\n".join(str(issue) for issue in self.issues) or "invalid data"
