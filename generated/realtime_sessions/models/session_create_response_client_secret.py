# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json_object
from .._types import JsonValue

__all__ = ["SessionCreateResponseClientSecret"]


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseClientSecret(Model):
    """Ephemeral key returned by the API.

    Schema: `#/components/schemas/SessionCreateResponseClientSecret`.
    """

    _required: ClassVar[tuple[str, ...]] = ("expires_at", "value")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("expires_at", "value"))
    _refuse_unknown: ClassVar[bool] = False

    expires_at: int
    """Timestamp for when the token expires. Currently, all tokens expire after one minute."""

    value: str = field(repr=False)
    """Ephemeral key usable in client environments to authenticate connections to the Realtime API.
    Use this in client-side environments rather than a standard API token, which should only be
    used server-side.
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["expires_at"] = self.expires_at
        out["value"] = self.value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "expires_at" not in data or "value" not in data:
            check_object(
                data,
                "SessionCreateResponseClientSecret",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.expires_at = data["expires_at"]
        self.value = data["value"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
