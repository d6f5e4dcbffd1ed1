# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError
from ..validators.folder import is_valid_file, is_valid_folder, validate_file, validate_folder

__all__ = ["File", "Folder"]


@dataclass(kw_only=True, slots=True)
class File(Model):
    """Schema: `#/components/schemas/File`."""

    _required: ClassVar[tuple[str, ...]] = ("name",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("name", "parent"))
    _refuse_unknown: ClassVar[bool] = False

    name: str
    """Constraints: matches `^[a-z]+$`."""

    parent: Folder | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["name"] = self.name
        if not isinstance(self.parent, NotGiven):
            out["parent"] = to_json(self.parent)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_file(data):
            raise ValidationError(validate_file(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "name" not in data:
            check_object(data, "File", cls._required, cls._wire_names, cls._refuse_unknown)
        parent = data.get("parent", NOT_GIVEN)
        if not isinstance(parent, NotGiven):
            parent = Folder._decode(parent)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.name = data["name"]
        self.parent = parent
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class Folder(Model):
    """Schema: `#/components/schemas/Folder`."""

    _required: ClassVar[tuple[str, ...]] = ("name",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("name", "files"))
    _refuse_unknown: ClassVar[bool] = False

    name: str

    files: Sequence[File] | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["name"] = self.name
        if not isinstance(self.files, NotGiven):
            out["files"] = to_json(self.files)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_folder(data):
            raise ValidationError(validate_folder(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "name" not in data:
            check_object(data, "Folder", cls._required, cls._wire_names, cls._refuse_unknown)
        files = data.get("files", NOT_GIVEN)
        if not isinstance(files, NotGiven):
            files = [File._decode(item0) for item0 in files]
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.name = data["name"]
        self.files = files
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
