"""The base of every generated model, and the helpers their generated methods call."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Self

from ._types import JsonValue
from ._validation import ValidationError, ValidationIssue

__all__ = ["Model", "check_object", "to_json", "to_json_object"]


class Model:
    """What all generated dataclasses share: JSON helpers around `to_dict`/`from_dict`."""

    __slots__ = ()

    def to_dict(self) -> dict[str, JsonValue]:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text of `to_dict()`."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Parse JSON text and build the model with `from_dict()`."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            issue = ValidationIssue("", "json", f"not valid JSON: {exc}")
            raise ValidationError([issue]) from None
        return cls.from_dict(data)


def check_object(
    data: object, name: str, required: tuple[str, ...], known: frozenset[str], refuse_unknown: bool
) -> None:
    """Raise ValidationError unless `data` is an object with every required key.

    With `refuse_unknown`, a property outside `known` (the declared ones) is an issue too.
    Called on every decode, so the valid case costs a type test and two set operations.
    """
    if type(data) is not dict and not isinstance(data, Mapping):
        kind = type(data).__name__
        raise ValidationError(
            [ValidationIssue("", "type", f"{name} expects an object, not {kind}")]
        )
    complete = all(key in data for key in required)
    if complete and not (refuse_unknown and not known.issuperset(data)):
        return
    issues = [
        ValidationIssue("", "required", f"{key!r} is a required property of {name}")
        for key in required
        if key not in data
    ]
    if refuse_unknown:
        issues += [
            ValidationIssue(
                "/" + _escape(key), "additionalProperties", f"{key!r} is not a property of {name}"
            )
            for key in sorted(str(k) for k in data)
            if key not in known
        ]
    raise ValidationError(issues)


def to_json(value: object) -> JsonValue:
    """A JSON value from a model, a mapping or iterable of them, or a plain JSON value.

    Any iterable (a tuple, a generator...) becomes a JSON array, as openai-python takes one;
    strings and bytes are not arrays.
    """
    if isinstance(value, Model):
        return value.to_dict()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray, memoryview)):
        return [to_json(item) for item in value]
    raise TypeError(f"cannot convert {type(value).__name__} to JSON")


def to_json_object(value: Mapping[str, object]) -> dict[str, JsonValue]:
    """`to_json` for a mapping, typed as a JSON object."""
    return {key: to_json(item) for key, item in value.items()}


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
