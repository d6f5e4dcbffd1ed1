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
                    v5: list[Point] = []
                    for v7 in v3:
                        v5.append(Point._parse(v7, "", issues))
                    self.points = v5
                    if len(issues) != n4:  # walked again for the pointers of the issues
                        del issues[n4:]
                        for i6, v7 in enumerate(v3):
                            Point._parse(v7, path + "/points/" + str(i6), issues)
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/points", "type", repr(v3) + " is not of type 'array'"
                        )
                    )
            if "grid" in data:
                self.grid = v8 = data["grid"]
                if type(v8) is list or isinstance(v8, list):
                    for i10, v9 in enumerate(v8):
                        if type(v9) is list or isinstance(v9, list):
                            for i12, v11 in enumerate(v9):
                                if not (
                                    type(v11) is int
                                    or (isinstance(v11, int) and not isinstance(v11, bool))
                                    or (isinstance(v11, float) and v11.is_integer())
                                ):
                                    issues.append(
                                        ValidationIssue(
                                            path + "/grid/" + str(i10) + "/" + str(i12),
                                            "type",
                                            repr(v11) + " is not of type 'integer'",
                                        )
                                    )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/grid/" + str(i10),
                                    "type",
                                    repr(v9) + " is not of type 'array'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/grid", "type", repr(v8) + " is not of type 'array'"
                        )
                    )
            else:
                self.grid = NOT_GIVEN
            if "tags" in data:
                self.tags = v13 = data["tags"]
                if type(v13) is list or isinstance(v13, list):
                    for i15, v14 in enumerate(v13):
                        if not (type(v14) is str or isinstance(v14, str)):
                            issues.append(
                                ValidationIssue(
                                    path + "/tags/" + str(i15),
                                    "type",
                                    repr(v14) + " is not of type 'string'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/tags", "type", repr(v13) + " is not of type 'array'"
                        )
                    )
            else:
                self.tags = NOT_GIVEN
            if "weights" in data:
                self.weights = v16 = data["weights"]
                if not (v16 is None or (type(v16) is list or isinstance(v16, list))):
                    issues.append(
                        ValidationIssue(
                            path + "/weights", "type", repr(v16) + " is not of type 'array', 'null'"
                        )
                    )
                if type(v16) is list or isinstance(v16, list):
                    for i18, v17 in enumerate(v16):
                        if not (
                            type(v17) is float
                            or type(v17) is int
                            or (isinstance(v17, (int, float)) and not isinstance(v17, bool))
                        ):
                            issues.append(
                                ValidationIssue(
                                    path + "/weights/" + str(i18),
                                    "type",
                                    repr(v17) + " is not of type 'number'",
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
