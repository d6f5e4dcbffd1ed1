# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError
from ..validators.attach import validate_attach_body

__all__ = ["AttachBody"]


@dataclass(kw_only=True, slots=True)
class AttachBody(Model):
    """Schema:
    `#/paths/~1notes~1{note_id}~1attachments/post/requestBody/content/multipart~1form-data/schema`.
    """

    _required: ClassVar[tuple[str, ...]] = ("file",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("file", "pages", "caption"))
    _refuse_unknown: ClassVar[bool] = False

    file: str

    pages: Sequence[str] | NotGiven = NOT_GIVEN

    caption: str | NotGiven = NOT_GIVEN
    """Constraints: at most 20 characters."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["file"] = self.file
        if not isinstance(self.pages, NotGiven):
            out["pages"] = to_json(self.pages)
        if not isinstance(self.caption, NotGiven):
            out["caption"] = self.caption
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_attach_body(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if "file" not in data:
            return None
        self = object.__new__(cls)
        self.file = v4 = data["file"]
        if not (type(v4) is str or isinstance(v4, str)):
            return None
        if "pages" in data:
            self.pages = v5 = data["pages"]
            if not (type(v5) is list or isinstance(v5, list)):
                return None
            for v6 in v5:
                if not (type(v6) is str or isinstance(v6, str)):
                    return None
        else:
            self.pages = NOT_GIVEN
        if "caption" in data:
            self.caption = v7 = data["caption"]
            if not (type(v7) is str or isinstance(v7, str)):
                return None
            if len(v7) > 20:
                return None
        else:
            self.caption = NOT_GIVEN
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "file" not in data:
            check_object(data, "AttachBody", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.file = data["file"]
        self.pages = data.get("pages", NOT_GIVEN)
        self.caption = data.get("caption", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
