# Generated from tests/cases/pointer_escaping/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven

__all__ = ["Odd", "OddAB", "OddNL", "OddSL", "OddT1"]


@dataclass(kw_only=True, slots=True)
class OddAB(Model):
    """Schema: `#/components/schemas/Odd/properties/a%25b`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("x",))
    _refuse_unknown: ClassVar[bool] = False

    x: str | NotGiven = NOT_GIVEN
    """The server's default: `"%41"`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.x, NotGiven):
            out["x"] = self.x
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
            check_object(data, "OddAB", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.x = data.get("x", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class OddT1(Model):
    """Schema: `#/components/schemas/Odd/properties/t~01`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("x",))
    _refuse_unknown: ClassVar[bool] = False

    x: int | NotGiven = NOT_GIVEN
    """The server's default: `1`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.x, NotGiven):
            out["x"] = self.x
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
            check_object(data, "OddT1", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.x = data.get("x", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class OddSL(Model):
    """Schema: `#/components/schemas/Odd/properties/s~1l`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("x",))
    _refuse_unknown: ClassVar[bool] = False

    x: str | NotGiven = NOT_GIVEN
    """The server's default: `"/"`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.x, NotGiven):
            out["x"] = self.x
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
            check_object(data, "OddSL", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.x = data.get("x", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class OddNL(Model):
    """Schema: `#/components/schemas/Odd/properties/n%0Al`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("x",))
    _refuse_unknown: ClassVar[bool] = False

    x: str | NotGiven = NOT_GIVEN
    """The server's default: `"\\n"`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.x, NotGiven):
            out["x"] = self.x
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
            check_object(data, "OddNL", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.x = data.get("x", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class Odd(Model):
    """Schema: `#/components/schemas/Odd`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("a%b", "t~1", "s/l", "n\nl", "p%25"))
    _refuse_unknown: ClassVar[bool] = False

    a_b: OddAB | NotGiven = NOT_GIVEN
    """The server's default: `{"x": "%"}`."""

    t_1: OddT1 | NotGiven = NOT_GIVEN

    s_l: OddSL | NotGiven = NOT_GIVEN

    n_l: OddNL | NotGiven = NOT_GIVEN

    p_25: list[str] | NotGiven = NOT_GIVEN
    """The server's default: `["~0"]`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.a_b, NotGiven):
            out["a%b"] = to_json(self.a_b)
        if not isinstance(self.t_1, NotGiven):
            out["t~1"] = to_json(self.t_1)
        if not isinstance(self.s_l, NotGiven):
            out["s/l"] = to_json(self.s_l)
        if not isinstance(self.n_l, NotGiven):
            out["n\nl"] = to_json(self.n_l)
        if not isinstance(self.p_25, NotGiven):
            out["p%25"] = to_json(self.p_25)
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
            check_object(data, "Odd", cls._required, cls._wire_names, cls._refuse_unknown)
        a_b = data.get("a%b", NOT_GIVEN)
        if not isinstance(a_b, NotGiven):
            a_b = OddAB._decode(a_b)
        t_1 = data.get("t~1", NOT_GIVEN)
        if not isinstance(t_1, NotGiven):
            t_1 = OddT1._decode(t_1)
        s_l = data.get("s/l", NOT_GIVEN)
        if not isinstance(s_l, NotGiven):
            s_l = OddSL._decode(s_l)
        n_l = data.get("n\nl", NOT_GIVEN)
        if not isinstance(n_l, NotGiven):
            n_l = OddNL._decode(n_l)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.a_b = a_b
        self.t_1 = t_1
        self.s_l = s_l
        self.n_l = n_l
        self.p_25 = data.get("p%25", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
