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
from .._validation import ValidationError, ValidationIssue

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
        issues: list[ValidationIssue] = []
        parsed = cls._parse(data, "", issues)
        if issues:
            raise ValidationError(issues)
        return parsed

    @classmethod
    def _parse(cls, data: Any, path: str, issues: list[ValidationIssue]) -> Self:
        """Check and build in one walk, adding every problem to `issues` (`path` is where
        `data` sits); what it returns is only complete when no issue was added."""
        self = object.__new__(cls)
        if type(data) is dict or isinstance(data, dict):
            if "file" not in data:
                issues.append(ValidationIssue(path, "required", "'file' is a required property"))
            if "file" in data:
                self.file = v1 = data["file"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/file", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            if "pages" in data:
                self.pages = v2 = data["pages"]
                if type(v2) is list or isinstance(v2, list):
                    for i4, v3 in enumerate(v2):
                        if not (type(v3) is str or isinstance(v3, str)):
                            issues.append(
                                ValidationIssue(
                                    path + "/pages/" + str(i4),
                                    "type",
                                    repr(v3) + " is not of type 'string'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/pages", "type", repr(v2) + " is not of type 'array'"
                        )
                    )
            else:
                self.pages = NOT_GIVEN
            if "caption" in data:
                self.caption = v5 = data["caption"]
                if type(v5) is str or isinstance(v5, str):
                    if len(v5) > 20:
                        issues.append(
                            ValidationIssue(
                                path + "/caption",
                                "maxLength",
                                repr(v5) + " is longer than 20 characters",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/caption", "type", repr(v5) + " is not of type 'string'"
                        )
                    )
            else:
                self.caption = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
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
