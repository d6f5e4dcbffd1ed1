# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue
from .session_create_params_client_secret_expires_after import (
    SessionCreateParamsClientSecretExpiresAfter,
)

__all__ = ["SessionCreateParamsClientSecret"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"expires_after"})


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsClientSecret(Model):
    """Configuration options for the generated client secret.

    Schema: `#/components/schemas/SessionCreateParamsClientSecret`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("expires_after",))
    _refuse_unknown: ClassVar[bool] = True

    expires_after: SessionCreateParamsClientSecretExpiresAfter | NotGiven = NOT_GIVEN
    """Configuration for the ephemeral token expiration."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.expires_after, NotGiven):
            out["expires_after"] = to_json(self.expires_after)
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
            if "expires_after" in data:
                self.expires_after = SessionCreateParamsClientSecretExpiresAfter._parse(
                    data["expires_after"], path + "/expires_after", issues
                )
            else:
                self.expires_after = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsClientSecret",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        expires_after = data.get("expires_after", NOT_GIVEN)
        if not isinstance(expires_after, NotGiven):
            expires_after = SessionCreateParamsClientSecretExpiresAfter._decode(expires_after)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.expires_after = expires_after
        return self
