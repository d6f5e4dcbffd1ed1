# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object
from .._types import JsonValue
from .._validation import ValidationError
from ..validators.literal_text import validate_literal_text

__all__ = ["LiteralText"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"text"})


@dataclass(kw_only=True, slots=True)
class LiteralText(Model):
    """Schema: `#/components/schemas/LiteralText`."""

    _required: ClassVar[tuple[str, ...]] = ("text",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("text",))
    _refuse_unknown: ClassVar[bool] = True

    text: str

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_literal_text(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_1.issuperset(data):
            return None
        if "text" not in data:
            return None
        self = object.__new__(cls)
        self.text = v4 = data["text"]
        if not (type(v4) is str or isinstance(v4, str)):
            return None
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "text" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "LiteralText", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.text = data["text"]
        return self
