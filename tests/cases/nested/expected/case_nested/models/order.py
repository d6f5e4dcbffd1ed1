# Generated from tests/cases/nested/spec.yaml by `make generate`; do not edit by hand.
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

__all__ = ["Order", "OrderCustomer", "OrderCustomerAddress", "OrderLinesItem"]


@dataclass(kw_only=True, slots=True)
class OrderCustomerAddress(Model):
    """Schema: `#/components/schemas/Order/properties/customer/properties/address`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("city",))
    _refuse_unknown: ClassVar[bool] = False

    city: str | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.city, NotGiven):
            out["city"] = self.city
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
                data, "OrderCustomerAddress", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.city = data.get("city", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class OrderCustomer(Model):
    """An inline object, named by its path.

    Schema: `#/components/schemas/Order/properties/customer`.
    """

    _required: ClassVar[tuple[str, ...]] = ("name",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("name", "address"))
    _refuse_unknown: ClassVar[bool] = False

    name: str

    address: OrderCustomerAddress | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["name"] = self.name
        if not isinstance(self.address, NotGiven):
            out["address"] = to_json(self.address)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "name" not in data:
            check_object(data, "OrderCustomer", cls._required, cls._wire_names, cls._refuse_unknown)
        address = data.get("address", NOT_GIVEN)
        if not isinstance(address, NotGiven):
            address = OrderCustomerAddress._decode(address)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.name = data["name"]
        self.address = address
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class OrderLinesItem(Model):
    """Schema: `#/components/schemas/Order/properties/lines/items`."""

    _required: ClassVar[tuple[str, ...]] = ("sku",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("sku", "quantity"))
    _refuse_unknown: ClassVar[bool] = False

    sku: str

    quantity: int | NotGiven = NOT_GIVEN
    """Constraints: >= 1."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["sku"] = self.sku
        if not isinstance(self.quantity, NotGiven):
            out["quantity"] = self.quantity
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "sku" not in data:
            check_object(
                data, "OrderLinesItem", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.sku = data["sku"]
        self.quantity = data.get("quantity", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class Order(Model):
    """Schema: `#/components/schemas/Order`."""

    _required: ClassVar[tuple[str, ...]] = ("customer",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("customer", "lines", "tags"))
    _refuse_unknown: ClassVar[bool] = False

    customer: OrderCustomer
    """An inline object, named by its path."""

    lines: list[OrderLinesItem] | NotGiven = NOT_GIVEN

    tags: list[str] | NotGiven = NOT_GIVEN
    """No `type`, but `items`, so an array was meant."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["customer"] = to_json(self.customer)
        if not isinstance(self.lines, NotGiven):
            out["lines"] = to_json(self.lines)
        if not isinstance(self.tags, NotGiven):
            out["tags"] = to_json(self.tags)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "customer" not in data:
            check_object(data, "Order", cls._required, cls._wire_names, cls._refuse_unknown)
        lines = data.get("lines", NOT_GIVEN)
        if not isinstance(lines, NotGiven):
            lines = [OrderLinesItem._decode(item0) for item0 in lines]
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.customer = OrderCustomer._decode(data["customer"])
        self.lines = lines
        self.tags = data.get("tags", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
