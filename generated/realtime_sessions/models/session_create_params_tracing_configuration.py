# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue

__all__ = ["SessionCreateParamsTracingConfiguration"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"group_id", "metadata", "workflow_name"})


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsTracingConfiguration(Model):
    """Granular configuration for tracing.

    Schema: `#/components/schemas/SessionCreateParamsTracingConfiguration`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("group_id", "metadata", "workflow_name"))
    _refuse_unknown: ClassVar[bool] = True

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

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
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
            if "group_id" in data:
                self.group_id = v3 = data["group_id"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/group_id", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            else:
                self.group_id = NOT_GIVEN
            self.metadata = data.get("metadata", NOT_GIVEN)
            if "workflow_name" in data:
                self.workflow_name = v5 = data["workflow_name"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/workflow_name", "type", repr(v5) + " is not of type 'string'"
                        )
                    )
            else:
                self.workflow_name = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsTracingConfiguration",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.group_id = data.get("group_id", NOT_GIVEN)
        self.metadata = data.get("metadata", NOT_GIVEN)
        self.workflow_name = data.get("workflow_name", NOT_GIVEN)
        return self
