# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json
from .._types import JsonValue
from .._validation import ValidationError, ValidationIssue
from .field_spec import FieldSpec
from .json_value_count import JsonValueCount
from .literal_text import LiteralText
from .mapping_entry import MappingEntry
from .not_given_reason import NotGivenReason
from .type_alias_names import TypeAliasNames

__all__ = ["Note"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"title", "spec", "entries", "reason", "aliases", "count"})


@dataclass(kw_only=True, slots=True)
class Note(Model):
    """Every property required and plain, so the only imports are the ones the names mimic.

    Schema: `#/components/schemas/Note`.
    """

    _required: ClassVar[tuple[str, ...]] = (
        "title",
        "spec",
        "entries",
        "reason",
        "aliases",
        "count",
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("title", "spec", "entries", "reason", "aliases", "count")
    )
    _refuse_unknown: ClassVar[bool] = True

    title: LiteralText

    spec: FieldSpec

    entries: Sequence[MappingEntry]

    reason: NotGivenReason

    aliases: TypeAliasNames

    count: JsonValueCount

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["title"] = to_json(self.title)
        out["spec"] = to_json(self.spec)
        out["entries"] = to_json(self.entries)
        out["reason"] = self.reason
        out["aliases"] = to_json(self.aliases)
        out["count"] = self.count
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
            if "title" not in data:
                issues.append(ValidationIssue(path, "required", "'title' is a required property"))
            if "spec" not in data:
                issues.append(ValidationIssue(path, "required", "'spec' is a required property"))
            if "entries" not in data:
                issues.append(ValidationIssue(path, "required", "'entries' is a required property"))
            if "reason" not in data:
                issues.append(ValidationIssue(path, "required", "'reason' is a required property"))
            if "aliases" not in data:
                issues.append(ValidationIssue(path, "required", "'aliases' is a required property"))
            if "count" not in data:
                issues.append(ValidationIssue(path, "required", "'count' is a required property"))
            if "title" in data:
                self.title = LiteralText._parse(data["title"], path + "/title", issues)
            if "spec" in data:
                self.spec = FieldSpec._parse(data["spec"], path + "/spec", issues)
            if "entries" in data:
                v5 = data["entries"]
                if type(v5) is list or isinstance(v5, list):
                    n6 = len(issues)
                    v7: list[MappingEntry] = []
                    for v9 in v5:
                        v7.append(MappingEntry._parse(v9, "", issues))
                    self.entries = v7
                    if len(issues) != n6:  # walked again for the pointers of the issues
                        del issues[n6:]
                        for i8, v9 in enumerate(v5):
                            MappingEntry._parse(v9, path + "/entries/" + str(i8), issues)
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/entries", "type", repr(v5) + " is not of type 'array'"
                        )
                    )
            if "reason" in data:
                self.reason = v10 = data["reason"]
                if not (type(v10) is str or isinstance(v10, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/reason", "type", repr(v10) + " is not of type 'string'"
                        )
                    )
            if "aliases" in data:
                self.aliases = v11 = data["aliases"]
                if type(v11) is list or isinstance(v11, list):
                    for i13, v12 in enumerate(v11):
                        if not (type(v12) is str or isinstance(v12, str)):
                            issues.append(
                                ValidationIssue(
                                    path + "/aliases/" + str(i13),
                                    "type",
                                    repr(v12) + " is not of type 'string'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/aliases", "type", repr(v11) + " is not of type 'array'"
                        )
                    )
            if "count" in data:
                self.count = v14 = data["count"]
                if not (
                    type(v14) is int
                    or (isinstance(v14, int) and not isinstance(v14, bool))
                    or (isinstance(v14, float) and v14.is_integer())
                ):
                    issues.append(
                        ValidationIssue(
                            path + "/count", "type", repr(v14) + " is not of type 'integer'"
                        )
                    )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if (
            type(data) is not dict
            or "title" not in data
            or "spec" not in data
            or "entries" not in data
            or "reason" not in data
            or "aliases" not in data
            or "count" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(data, "Note", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.title = LiteralText._decode(data["title"])
        self.spec = FieldSpec._decode(data["spec"])
        self.entries = [MappingEntry._decode(item0) for item0 in data["entries"]]
        self.reason = data["reason"]
        self.aliases = data["aliases"]
        self.count = data["count"]
        return self
