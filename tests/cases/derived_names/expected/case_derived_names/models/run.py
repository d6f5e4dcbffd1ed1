# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue
from ..validators.run import (
    is_valid_run_item_reference_input_messages,
    is_valid_run_shape_variant_0,
    is_valid_run_shape_variant_1,
    is_valid_run_template_input_messages,
)
from .transcription_session_create_request_audio_input_configuration import (
    TranscriptionSessionCreateRequestAudioInputConfiguration,
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

# What the `_parse` methods check with: the validators' checks, compiled for this module.


def _parse_run_tracing(data: Any, path: str, issues: list[ValidationIssue]) -> Any:
    if type(data) is dict or isinstance(data, dict):
        return RunTracing._parse(data, path, issues)
    elif data is not None:
        issues.append(
            ValidationIssue(
                path, "anyOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


def _parse_run_input_messages(data: Any, path: str, issues: list[ValidationIssue]) -> Any:
    if type(data) is dict or isinstance(data, dict):
        if _is_run_input_messages_one_of_0(data):
            v1 = RunTemplateInputMessages._parse(data, path, issues)
            if _is_run_input_messages_one_of_1(data):
                issues.append(
                    ValidationIssue(
                        path,
                        "oneOf",
                        repr(data) + " is valid under more than one of the given schemas",
                    )
                )
            return v1
        elif _is_run_input_messages_one_of_1(data):
            return RunItemReferenceInputMessages._parse(data, path, issues)
        else:
            issues.append(
                ValidationIssue(
                    path, "oneOf", repr(data) + " is not valid under any of the given schemas"
                )
            )
    else:
        issues.append(
            ValidationIssue(
                path, "oneOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


def _parse_run_shape(data: Any, path: str, issues: list[ValidationIssue]) -> Any:
    if type(data) is dict or isinstance(data, dict):
        if _is_run_shape_any_of_0(data):
            return RunShapeVariant0._parse(data, path, issues)
        elif _is_run_shape_any_of_1(data):
            return RunShapeVariant1._parse(data, path, issues)
        else:
            issues.append(
                ValidationIssue(
                    path, "anyOf", repr(data) + " is not valid under any of the given schemas"
                )
            )
    else:
        issues.append(
            ValidationIssue(
                path, "anyOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


def _is_run_input_messages_one_of_0(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v1 = data["type"]
        if v1 != "template":
            return False
    if "template" in data:
        v2 = data["template"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if "role" in v3:
                v4 = v3["role"]
                if not (type(v4) is str or isinstance(v4, str)):
                    return False
    return True


def _is_run_input_messages_one_of_1(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v1 = data["type"]
        if v1 != "item_reference":
            return False
    return True


def _is_run_shape_any_of_0(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "radius" not in data:
        return False
    if "radius" in data:
        v1 = data["radius"]
        if not (
            type(v1) is float
            or type(v1) is int
            or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
        ):
            return False
    return True


def _is_run_shape_any_of_1(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "side" not in data:
        return False
    if "side" in data:
        v1 = data["side"]
        if not (
            type(v1) is float
            or type(v1) is int
            or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
        ):
            return False
    return True


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
            if "url" in data:
                self.url = v1 = data["url"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/url", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            else:
                self.url = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "image_url" in data:
                self.image_url = RunImageUrl._parse(data["image_url"], path + "/image_url", issues)
            else:
                self.image_url = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "group_id" in data:
                self.group_id = v1 = data["group_id"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/group_id", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            else:
                self.group_id = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "role" in data:
                self.role = v1 = data["role"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/role", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            else:
                self.role = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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

    template: Sequence[RunTemplateInputMessagesTemplateItem] | NotGiven = NOT_GIVEN

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
            if "type" not in data:
                issues.append(ValidationIssue(path, "required", "'type' is a required property"))
            if "type" in data:
                self.type = v1 = data["type"]
                if v1 != "template":
                    issues.append(
                        ValidationIssue(
                            path + "/type", "const", "'template' was expected, got " + repr(v1)
                        )
                    )
            if "template" in data:
                v2 = data["template"]
                if type(v2) is list or isinstance(v2, list):
                    n3 = len(issues)
                    v4: list[RunTemplateInputMessagesTemplateItem] = []
                    for v6 in v2:
                        v4.append(RunTemplateInputMessagesTemplateItem._parse(v6, "", issues))
                    self.template = v4
                    if len(issues) != n3:  # walked again for the pointers of the issues
                        del issues[n3:]
                        for i5, v6 in enumerate(v2):
                            RunTemplateInputMessagesTemplateItem._parse(
                                v6, path + "/template/" + str(i5), issues
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/template", "type", repr(v2) + " is not of type 'array'"
                        )
                    )
            else:
                self.template = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "type" not in data:
                issues.append(ValidationIssue(path, "required", "'type' is a required property"))
            if "type" in data:
                self.type = v1 = data["type"]
                if v1 != "item_reference":
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "const",
                            "'item_reference' was expected, got " + repr(v1),
                        )
                    )
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "radius" not in data:
                issues.append(ValidationIssue(path, "required", "'radius' is a required property"))
            if "radius" in data:
                self.radius = v1 = data["radius"]
                if not (
                    type(v1) is float
                    or type(v1) is int
                    or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
                ):
                    issues.append(
                        ValidationIssue(
                            path + "/radius", "type", repr(v1) + " is not of type 'number'"
                        )
                    )
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "side" not in data:
                issues.append(ValidationIssue(path, "required", "'side' is a required property"))
            if "side" in data:
                self.side = v1 = data["side"]
                if not (
                    type(v1) is float
                    or type(v1) is int
                    or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
                ):
                    issues.append(
                        ValidationIssue(
                            path + "/side", "type", repr(v1) + " is not of type 'number'"
                        )
                    )
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "text" in data:
                self.text = v1 = data["text"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/text", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            else:
                self.text = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
            if "caption" in data:
                self.caption = RunCaptionCaption._parse(data["caption"], path + "/caption", issues)
            else:
                self.caption = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

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
        ("audio_input", "image", "tracing", "input_messages", "shape", "caption")
    )
    _refuse_unknown: ClassVar[bool] = False

    audio_input: TranscriptionSessionCreateRequestAudioInputConfiguration | NotGiven = NOT_GIVEN

    image: RunImage | NotGiven = NOT_GIVEN

    tracing: RunTracing | NotGiven | None = NOT_GIVEN

    input_messages: RunTemplateInputMessages | RunItemReferenceInputMessages | NotGiven = NOT_GIVEN

    shape: RunShapeVariant0 | RunShapeVariant1 | NotGiven = NOT_GIVEN

    caption: RunCaption | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.audio_input, NotGiven):
            out["audio_input"] = to_json(self.audio_input)
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
            if "audio_input" in data:
                self.audio_input = TranscriptionSessionCreateRequestAudioInputConfiguration._parse(
                    data["audio_input"], path + "/audio_input", issues
                )
            else:
                self.audio_input = NOT_GIVEN
            if "image" in data:
                self.image = RunImage._parse(data["image"], path + "/image", issues)
            else:
                self.image = NOT_GIVEN
            if "tracing" in data:
                self.tracing = _parse_run_tracing(data["tracing"], path + "/tracing", issues)
            else:
                self.tracing = NOT_GIVEN
            if "input_messages" in data:
                self.input_messages = _parse_run_input_messages(
                    data["input_messages"], path + "/input_messages", issues
                )
            else:
                self.input_messages = NOT_GIVEN
            if "shape" in data:
                self.shape = _parse_run_shape(data["shape"], path + "/shape", issues)
            else:
                self.shape = NOT_GIVEN
            if "caption" in data:
                self.caption = RunCaption._parse(data["caption"], path + "/caption", issues)
            else:
                self.caption = NOT_GIVEN
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(data, "Run", cls._required, cls._wire_names, cls._refuse_unknown)
        audio_input = data.get("audio_input", NOT_GIVEN)
        if not isinstance(audio_input, NotGiven):
            audio_input = TranscriptionSessionCreateRequestAudioInputConfiguration._decode(
                audio_input
            )
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
        self.audio_input = audio_input
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
