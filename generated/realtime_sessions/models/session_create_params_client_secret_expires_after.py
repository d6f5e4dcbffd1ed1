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
from .._validation import ValidationError
from ..validators.session_create_params_client_secret_expires_after import (
    validate_session_create_params_client_secret_expires_after,
)

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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_client_secret_expires_after(data)
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
        if "anchor" not in data:
            return None
        self = object.__new__(cls)
        self.anchor = v5 = data["anchor"]
        if not (type(v5) is str or isinstance(v5, str)):
            return None
        if v5 not in _ENUM_1:
            return None
        if "seconds" in data:
            self.seconds = v6 = data["seconds"]
            if not (
                type(v6) is int
                or (isinstance(v6, int) and not isinstance(v6, bool))
                or (isinstance(v6, float) and v6.is_integer())
            ):
                return None
            if v6 < 10:
                return None
            if v6 > 7200:
                return None
        else:
            self.seconds = NOT_GIVEN
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
