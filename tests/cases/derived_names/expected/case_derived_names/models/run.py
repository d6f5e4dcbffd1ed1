# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from ..validators.run import (
    is_valid_run_item_reference_input_messages,
    is_valid_run_shape_variant_0,
    is_valid_run_shape_variant_1,
    is_valid_run_template_input_messages,
)

__all__ = [
    "Run",
    "RunCaption",
    "RunCaptionCaption",
    "RunImage",
    "RunImageUrl",
    "RunItemReferenceInputMessages",
    "RunShapeVariant0",
    "RunShapeVariant1",
    "RunTemplateInputMessages",
    "RunTemplateInputMessagesTemplateItem",
    "RunTracing",
]


@dataclass(kw_only=True, slots=True)
class RunImageUrl(Model):
    """Schema: `#/components/schemas/Run/properties/image/properties/image_url`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("url",))
    _refuse_unknown: ClassVar[bool] = False

    url: str | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.url, NotGiven):
            out["url"] = self.url
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
            check_object(data, "RunImageUrl", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.url = data.get("url", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunImage(Model):
    """Schema: `#/components/schemas/Run/properties/image`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("image_url",))
    _refuse_unknown: ClassVar[bool] = False

    image_url: RunImageUrl | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.image_url, NotGiven):
            out["image_url"] = to_json(self.image_url)
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
            check_object(data, "RunImage", cls._required, cls._wire_names, cls._refuse_unknown)
        image_url = data.get("image_url", NOT_GIVEN)
        if not isinstance(image_url, NotGiven):
            image_url = RunImageUrl._decode(image_url)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.image_url = image_url
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunTracing(Model):
    """Schema: `#/components/schemas/Run/properties/tracing/anyOf/0`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("group_id",))
    _refuse_unknown: ClassVar[bool] = False

    group_id: str | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.group_id, NotGiven):
            out["group_id"] = self.group_id
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
            check_object(data, "RunTracing", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.group_id = data.get("group_id", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunTemplateInputMessagesTemplateItem(Model):
    """Schema:
    `#/components/schemas/Run/properties/input_messages/oneOf/0/properties/template/items`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("role",))
    _refuse_unknown: ClassVar[bool] = False

    role: str | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.role, NotGiven):
            out["role"] = self.role
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
                "RunTemplateInputMessagesTemplateItem",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.role = data.get("role", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunTemplateInputMessages(Model):
    """Schema: `#/components/schemas/Run/properties/input_messages/oneOf/0`."""

    _required: ClassVar[tuple[str, ...]] = ("type",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type", "template"))
    _refuse_unknown: ClassVar[bool] = False

    type: Literal["template"]

    template: list[RunTemplateInputMessagesTemplateItem] | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["type"] = self.type
        if not isinstance(self.template, NotGiven):
            out["template"] = to_json(self.template)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "type" not in data:
            check_object(
                data,
                "RunTemplateInputMessages",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        template = data.get("template", NOT_GIVEN)
        if not isinstance(template, NotGiven):
            template = [RunTemplateInputMessagesTemplateItem._decode(item0) for item0 in template]
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data["type"]
        self.template = template
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunItemReferenceInputMessages(Model):
    """Schema: `#/components/schemas/Run/properties/input_messages/oneOf/1`."""

    _required: ClassVar[tuple[str, ...]] = ("type",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type",))
    _refuse_unknown: ClassVar[bool] = False

    type: Literal["item_reference"]

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "type" not in data:
            check_object(
                data,
                "RunItemReferenceInputMessages",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data["type"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunShapeVariant0(Model):
    """Schema: `#/components/schemas/Run/properties/shape/anyOf/0`."""

    _required: ClassVar[tuple[str, ...]] = ("radius",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("radius",))
    _refuse_unknown: ClassVar[bool] = False

    radius: float

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["radius"] = self.radius
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "radius" not in data:
            check_object(
                data, "RunShapeVariant0", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.radius = data["radius"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunShapeVariant1(Model):
    """Schema: `#/components/schemas/Run/properties/shape/anyOf/1`."""

    _required: ClassVar[tuple[str, ...]] = ("side",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("side",))
    _refuse_unknown: ClassVar[bool] = False

    side: float

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["side"] = self.side
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "side" not in data:
            check_object(
                data, "RunShapeVariant1", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.side = data["side"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunCaptionCaption(Model):
    """Schema: `#/components/schemas/Run/properties/caption/properties/caption`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("text",))
    _refuse_unknown: ClassVar[bool] = False

    text: str | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.text, NotGiven):
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
        if type(data) is not dict:
            check_object(
                data, "RunCaptionCaption", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.text = data.get("text", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class RunCaption(Model):
    """Schema: `#/components/schemas/Run/properties/caption`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("caption",))
    _refuse_unknown: ClassVar[bool] = False

    caption: RunCaptionCaption | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.caption, NotGiven):
            out["caption"] = to_json(self.caption)
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
            check_object(data, "RunCaption", cls._required, cls._wire_names, cls._refuse_unknown)
        caption = data.get("caption", NOT_GIVEN)
        if not isinstance(caption, NotGiven):
            caption = RunCaptionCaption._decode(caption)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.caption = caption
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class Run(Model):
    """Schema: `#/components/schemas/Run`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("image", "tracing", "input_messages", "shape", "caption")
    )
    _refuse_unknown: ClassVar[bool] = False

    image: RunImage | NotGiven = NOT_GIVEN

    tracing: RunTracing | NotGiven | None = NOT_GIVEN

    input_messages: (
        RunTemplateInputMessages | RunItemReferenceInputMessages | dict[str, JsonValue] | NotGiven
    ) = NOT_GIVEN

    shape: RunShapeVariant0 | RunShapeVariant1 | dict[str, JsonValue] | NotGiven = NOT_GIVEN

    caption: RunCaption | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.image, NotGiven):
            out["image"] = to_json(self.image)
        if not isinstance(self.tracing, NotGiven):
            out["tracing"] = to_json(self.tracing)
        if not isinstance(self.input_messages, NotGiven):
            out["input_messages"] = to_json(self.input_messages)
        if not isinstance(self.shape, NotGiven):
            out["shape"] = to_json(self.shape)
        if not isinstance(self.caption, NotGiven):
            out["caption"] = to_json(self.caption)
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
            check_object(data, "Run", cls._required, cls._wire_names, cls._refuse_unknown)
        image = data.get("image", NOT_GIVEN)
        if not isinstance(image, NotGiven):
            image = RunImage._decode(image)
        tracing = data.get("tracing", NOT_GIVEN)
        if isinstance(tracing, dict):
            tracing = RunTracing._decode(tracing)
        input_messages = data.get("input_messages", NOT_GIVEN)
        if isinstance(input_messages, dict) and is_valid_run_template_input_messages(
            input_messages
        ):
            input_messages = RunTemplateInputMessages._decode(input_messages)
        elif isinstance(input_messages, dict) and is_valid_run_item_reference_input_messages(
            input_messages
        ):
            input_messages = RunItemReferenceInputMessages._decode(input_messages)
        shape = data.get("shape", NOT_GIVEN)
        if isinstance(shape, dict) and is_valid_run_shape_variant_0(shape):
            shape = RunShapeVariant0._decode(shape)
        elif isinstance(shape, dict) and is_valid_run_shape_variant_1(shape):
            shape = RunShapeVariant1._decode(shape)
        caption = data.get("caption", NOT_GIVEN)
        if not isinstance(caption, NotGiven):
            caption = RunCaption._decode(caption)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.image = image
        self.tracing = tracing
        self.input_messages = input_messages
        self.shape = shape
        self.caption = caption
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
