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
from .._validation import ValidationError
from ..validators.note import validate_note
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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_note(data)
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
        if (
            "title" not in data
            or "spec" not in data
            or "entries" not in data
            or "reason" not in data
            or "aliases" not in data
            or "count" not in data
        ):
            return None
        self = object.__new__(cls)
        self.reason = v9 = data["reason"]
        if not (type(v9) is str or isinstance(v9, str)):
            return None
        self.aliases = v10 = data["aliases"]
        if not (type(v10) is list or isinstance(v10, list)):
            return None
        for v11 in v10:
            if not (type(v11) is str or isinstance(v11, str)):
                return None
        self.count = v12 = data["count"]
        if not (
            type(v12) is int
            or (isinstance(v12, int) and not isinstance(v12, bool))
            or (isinstance(v12, float) and v12.is_integer())
        ):
            return None
        v13 = data["title"]
        v13 = LiteralText._parse(v13)
        if v13 is None:
            return None
        self.title = v13
        v14 = data["spec"]
        v14 = FieldSpec._parse(v14)
        if v14 is None:
            return None
        self.spec = v14
        v15 = data["entries"]
        if type(v15) is not list:
            return None
        v16 = []
        for v17 in v15:
            v18 = MappingEntry._parse(v17)
            if v18 is None:
                return None
            v16.append(v18)
        v15 = v16
        self.entries = v15
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
