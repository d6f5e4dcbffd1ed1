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
from ..validators.note import is_valid_note, validate_note
from .field_spec import FieldSpec
from .json_value_count import JsonValueCount
from .literal_text import LiteralText
from .mapping_entry import MappingEntry
from .not_given_reason import NotGivenReason
from .type_alias_names import TypeAliasNames

__all__ = ["Note"]


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
        if not is_valid_note(data):
            raise ValidationError(validate_note(data))
        return cls._decode(data)

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
