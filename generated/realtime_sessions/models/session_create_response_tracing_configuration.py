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
from .._types import NOT_GIVEN, JsonValue, NotGiven

__all__ = ["SessionCreateResponseTracingConfiguration"]


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseTracingConfiguration(Model):
    """Granular configuration for tracing.

    Schema: `#/components/schemas/SessionCreateResponseTracingConfiguration`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("group_id", "metadata", "workflow_name"))
    _refuse_unknown: ClassVar[bool] = False

    group_id: str | NotGiven = NOT_GIVEN
    """The group id to attach to this trace to enable filtering and grouping in the traces
    dashboard.
    """

    metadata: JsonValue | NotGiven = NOT_GIVEN
    """The arbitrary metadata to attach to this trace to enable filtering in the traces dashboard.
    """

    workflow_name: str | NotGiven = NOT_GIVEN
    """The name of the workflow to attach to this trace. This is used to name the trace in the
    traces dashboard.
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.group_id, NotGiven):
            out["group_id"] = self.group_id
        if not isinstance(self.metadata, NotGiven):
            out["metadata"] = self.metadata
        if not isinstance(self.workflow_name, NotGiven):
            out["workflow_name"] = self.workflow_name
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionCreateResponseTracingConfiguration",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.group_id = data.get("group_id", NOT_GIVEN)
        self.metadata = data.get("metadata", NOT_GIVEN)
        self.workflow_name = data.get("workflow_name", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
