# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue

__all__ = ["SessionCreateParamsClientSecretExpiresAfter"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"anchor", "seconds"})
_ENUM_1 = frozenset({"created_at"})


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsClientSecretExpiresAfter(Model):
    """Configuration for the ephemeral token expiration.

    Schema: `#/components/schemas/SessionCreateParamsClientSecretExpiresAfter`.
    """

    _required: ClassVar[tuple[str, ...]] = ("anchor",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("anchor", "seconds"))
    _refuse_unknown: ClassVar[bool] = True

    anchor: Literal["created_at"]
    """The anchor point for the ephemeral token expiration. Only `created_at` is currently
    supported.

    The server's default: `"created_at"`.
    """

    seconds: int | NotGiven = NOT_GIVEN
    """The number of seconds from the anchor point to the expiration. Select a value between `10`
    and `7200`.

    Constraints: >= 10, <= 7200.
    The server's default: `600`.
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["anchor"] = self.anchor
        if not isinstance(self.seconds, NotGiven):
            out["seconds"] = self.seconds
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
            if not _NAMES_1.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_1:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "anchor" not in data:
                issues.append(ValidationIssue(path, "required", "'anchor' is a required property"))
            if "anchor" in data:
                self.anchor = v3 = data["anchor"]
                if type(v3) is str or isinstance(v3, str):
                    if v3 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/anchor", "enum", repr(v3) + " is not one of ['created_at']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/anchor", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/anchor", "enum", repr(v3) + " is not one of ['created_at']"
                        )
                    )
            if "seconds" in data:
                self.seconds = v4 = data["seconds"]
                if (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    if v4 < 10:
                        issues.append(
                            ValidationIssue(
                                path + "/seconds",
                                "minimum",
                                repr(v4) + " is less than the minimum of 10",
                            )
                        )
                    if v4 > 7200:
                        issues.append(
                            ValidationIssue(
                                path + "/seconds",
                                "maximum",
                                repr(v4) + " is greater than the maximum of 7200",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/seconds", "type", repr(v4) + " is not of type 'integer'"
                        )
                    )
            else:
                self.seconds = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "anchor" not in data or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsClientSecretExpiresAfter",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.anchor = data["anchor"]
        self.seconds = data.get("seconds", NOT_GIVEN)
        return self
