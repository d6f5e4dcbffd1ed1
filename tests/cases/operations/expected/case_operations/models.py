# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self, TypeAlias

from ._model import Model, check_object, to_json, to_json_object
from ._types import NOT_GIVEN, JsonValue, NotGiven
from ._validation import ValidationError
from .validators import (
    is_valid_attach_body,
    is_valid_new_note,
    is_valid_replace_note_body,
    validate_attach_body,
    validate_new_note,
    validate_replace_note_body,
)

__all__ = ["AttachBody", "NewNote", "Note", "NoteEvent", "NoteList", "Problem", "ReplaceNoteBody"]


@dataclass(kw_only=True, slots=True)
class NewNote(Model):
    """Schema: `#/components/schemas/NewNote`."""

    _required: ClassVar[tuple[str, ...]] = ("text",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("text", "stream"))
    _refuse_unknown: ClassVar[bool] = False

    text: str

    stream: bool | NotGiven | None = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["text"] = self.text
        if not isinstance(self.stream, NotGiven):
            out["stream"] = self.stream
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_new_note(data):
            raise ValidationError(validate_new_note(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "text" not in data:
            check_object(data, "NewNote", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.text = data["text"]
        self.stream = data.get("stream", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class Note(Model):
    """Schema: `#/components/schemas/Note`."""

    _required: ClassVar[tuple[str, ...]] = ("id", "text")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("id", "text"))
    _refuse_unknown: ClassVar[bool] = False

    id: str

    text: str

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["id"] = self.id
        out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "id" not in data or "text" not in data:
            check_object(data, "Note", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.id = data["id"]
        self.text = data["text"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class NoteList(Model):
    """Schema: `#/components/schemas/NoteList`."""

    _required: ClassVar[tuple[str, ...]] = ("data", "has_more")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("data", "has_more"))
    _refuse_unknown: ClassVar[bool] = False

    data: list[Note]

    has_more: bool

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["data"] = to_json(self.data)
        out["has_more"] = self.has_more
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "data" not in data or "has_more" not in data:
            check_object(data, "NoteList", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.data = [Note._decode(item0) for item0 in data["data"]]
        self.has_more = data["has_more"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class Problem(Model):
    """Schema: `#/components/schemas/Problem`."""

    _required: ClassVar[tuple[str, ...]] = ("title",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("title",))
    _refuse_unknown: ClassVar[bool] = False

    title: str

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["title"] = self.title
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "title" not in data:
            check_object(data, "Problem", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.title = data["title"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class ReplaceNoteBody(Model):
    """Schema: `#/paths/~1notes~1{note_id}/put/requestBody/content/application~1json/schema`."""

    _required: ClassVar[tuple[str, ...]] = ("text",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("text",))
    _refuse_unknown: ClassVar[bool] = False

    text: str

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_replace_note_body(data):
            raise ValidationError(validate_replace_note_body(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "text" not in data:
            check_object(
                data, "ReplaceNoteBody", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.text = data["text"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class AttachBody(Model):
    """Schema:
    `#/paths/~1notes~1{note_id}~1attachments/post/requestBody/content/multipart~1form-data/schema`.
    """

    _required: ClassVar[tuple[str, ...]] = ("file",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("file", "pages", "caption"))
    _refuse_unknown: ClassVar[bool] = False

    file: str

    pages: Sequence[str] | NotGiven = NOT_GIVEN

    caption: str | NotGiven = NOT_GIVEN
    """Constraints: at most 20 characters."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["file"] = self.file
        if not isinstance(self.pages, NotGiven):
            out["pages"] = to_json(self.pages)
        if not isinstance(self.caption, NotGiven):
            out["caption"] = self.caption
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_attach_body(data):
            raise ValidationError(validate_attach_body(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "file" not in data:
            check_object(data, "AttachBody", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.file = data["file"]
        self.pages = data.get("pages", NOT_GIVEN)
        self.caption = data.get("caption", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


NoteEvent: TypeAlias = Note | Problem | dict[str, JsonValue]
"""Schema: `#/components/schemas/NoteEvent`."""
