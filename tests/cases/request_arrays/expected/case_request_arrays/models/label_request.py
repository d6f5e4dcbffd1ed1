# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue
from .point import Point
from .tags import Tags

__all__ = ["LabelRequest"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"points", "grid", "tags", "weights"})


@dataclass(kw_only=True, slots=True)
class LabelRequest(Model):
    """Arrays a request takes as any sequence (a method argument, any iterable).

    Schema: `#/components/schemas/LabelRequest`.
    """

    _required: ClassVar[tuple[str, ...]] = ("points",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("points", "grid", "tags", "weights"))
    _refuse_unknown: ClassVar[bool] = True

    points: Sequence[Point]

    grid: Sequence[Sequence[int]] | NotGiven = NOT_GIVEN

    tags: Tags | NotGiven = NOT_GIVEN

    weights: Sequence[float] | NotGiven | None = NOT_GIVEN

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["points"] = to_json(self.points)
        if not isinstance(self.grid, NotGiven):
            out["grid"] = to_json(self.grid)
        if not isinstance(self.tags, NotGiven):
            out["tags"] = to_json(self.tags)
        if not isinstance(self.weights, NotGiven):
            out["weights"] = to_json(self.weights)
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
            if "points" not in data:
                issues.append(ValidationIssue(path, "required", "'points' is a required property"))
            if "points" in data:
                v3 = data["points"]
                if type(v3) is list or isinstance(v3, list):
                    n4 = len(issues)
                    self.points = [Point._parse(v6, "", issues) for v6 in v3]
                    if len(issues) != n4:  # walked again for the pointers of the issues
                        del issues[n4:]
                        for i5, v6 in enumerate(v3):
                            Point._parse(v6, path + "/points/" + str(i5), issues)
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/points", "type", repr(v3) + " is not of type 'array'"
                        )
                    )
            if "grid" in data:
                self.grid = v7 = data["grid"]
                if type(v7) is list or isinstance(v7, list):
                    for i9, v8 in enumerate(v7):
                        if type(v8) is list or isinstance(v8, list):
                            for i11, v10 in enumerate(v8):
                                if not (
                                    type(v10) is int
                                    or (isinstance(v10, int) and not isinstance(v10, bool))
                                    or (isinstance(v10, float) and v10.is_integer())
                                ):
                                    issues.append(
                                        ValidationIssue(
                                            path + "/grid/" + str(i9) + "/" + str(i11),
                                            "type",
                                            repr(v10) + " is not of type 'integer'",
                                        )
                                    )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/grid/" + str(i9),
                                    "type",
                                    repr(v8) + " is not of type 'array'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/grid", "type", repr(v7) + " is not of type 'array'"
                        )
                    )
            else:
                self.grid = NOT_GIVEN
            if "tags" in data:
                self.tags = v12 = data["tags"]
                if type(v12) is list or isinstance(v12, list):
                    for i14, v13 in enumerate(v12):
                        if not (type(v13) is str or isinstance(v13, str)):
                            issues.append(
                                ValidationIssue(
                                    path + "/tags/" + str(i14),
                                    "type",
                                    repr(v13) + " is not of type 'string'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/tags", "type", repr(v12) + " is not of type 'array'"
                        )
                    )
            else:
                self.tags = NOT_GIVEN
            if "weights" in data:
                self.weights = v15 = data["weights"]
                if not (v15 is None or (type(v15) is list or isinstance(v15, list))):
                    issues.append(
                        ValidationIssue(
                            path + "/weights", "type", repr(v15) + " is not of type 'array', 'null'"
                        )
                    )
                if type(v15) is list or isinstance(v15, list):
                    for i17, v16 in enumerate(v15):
                        if not (
                            type(v16) is float
                            or type(v16) is int
                            or (isinstance(v16, (int, float)) and not isinstance(v16, bool))
                        ):
                            issues.append(
                                ValidationIssue(
                                    path + "/weights/" + str(i17),
                                    "type",
                                    repr(v16) + " is not of type 'number'",
                                )
                            )
            else:
                self.weights = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "points" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "LabelRequest", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.points = [Point._decode(item0) for item0 in data["points"]]
        self.grid = data.get("grid", NOT_GIVEN)
        self.tags = data.get("tags", NOT_GIVEN)
        self.weights = data.get("weights", NOT_GIVEN)
        return self
