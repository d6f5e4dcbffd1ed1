# Generated from tests/cases/python_names/spec.yaml by `make generate`; do not edit by hand.
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
from .none import None_
from .true import True_

__all__ = ["Exception_"]


@dataclass(kw_only=True, slots=True)
class Exception_(Model):
    """Schema: `#/components/schemas/Exception`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "dict",
            "list",
            "str",
            "int",
            "float",
            "bool",
            "tuple",
            "frozenset",
            "field",
            "self",
            "Any",
            "Literal",
            "NotGiven",
            "NOT_GIVEN",
            "Self",
            "ClassVar",
            "JsonValue",
            "Mapping",
            "é",
            "\ufb01eld",
            "__init__",
            "next",
        )
    )
    _refuse_unknown: ClassVar[bool] = False

    dict_: dict[str, int] | NotGiven = NOT_GIVEN

    list_: list[str] | NotGiven = NOT_GIVEN

    str_: str | NotGiven = NOT_GIVEN
    """The server's default: `"s"`."""

    int_: int | NotGiven = NOT_GIVEN
    """The server's default: `1`."""

    float_: float | NotGiven = NOT_GIVEN

    bool_: bool | NotGiven = NOT_GIVEN

    tuple_: list[JsonValue] | NotGiven = NOT_GIVEN

    frozenset_: list[JsonValue] | NotGiven = NOT_GIVEN

    field_: str | NotGiven = NOT_GIVEN

    self_: str | NotGiven = NOT_GIVEN

    Any_: str | NotGiven = NOT_GIVEN

    Literal_: Literal["x"] | str | NotGiven = NOT_GIVEN

    NotGiven_: str | NotGiven = NOT_GIVEN

    NOT_GIVEN_: str | NotGiven = NOT_GIVEN

    Self_: str | NotGiven = NOT_GIVEN

    ClassVar_: str | NotGiven = NOT_GIVEN

    JsonValue_: str | NotGiven = NOT_GIVEN

    Mapping_: str | NotGiven = NOT_GIVEN

    property: str | NotGiven = NOT_GIVEN

    eld: str | NotGiven = NOT_GIVEN

    init: None_ | NotGiven = NOT_GIVEN

    next: True_ | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.dict_, NotGiven):
            out["dict"] = to_json(self.dict_)
        if not isinstance(self.list_, NotGiven):
            out["list"] = to_json(self.list_)
        if not isinstance(self.str_, NotGiven):
            out["str"] = self.str_
        if not isinstance(self.int_, NotGiven):
            out["int"] = self.int_
        if not isinstance(self.float_, NotGiven):
            out["float"] = self.float_
        if not isinstance(self.bool_, NotGiven):
            out["bool"] = self.bool_
        if not isinstance(self.tuple_, NotGiven):
            out["tuple"] = to_json(self.tuple_)
        if not isinstance(self.frozenset_, NotGiven):
            out["frozenset"] = to_json(self.frozenset_)
        if not isinstance(self.field_, NotGiven):
            out["field"] = self.field_
        if not isinstance(self.self_, NotGiven):
            out["self"] = self.self_
        if not isinstance(self.Any_, NotGiven):
            out["Any"] = self.Any_
        if not isinstance(self.Literal_, NotGiven):
            out["Literal"] = self.Literal_
        if not isinstance(self.NotGiven_, NotGiven):
            out["NotGiven"] = self.NotGiven_
        if not isinstance(self.NOT_GIVEN_, NotGiven):
            out["NOT_GIVEN"] = self.NOT_GIVEN_
        if not isinstance(self.Self_, NotGiven):
            out["Self"] = self.Self_
        if not isinstance(self.ClassVar_, NotGiven):
            out["ClassVar"] = self.ClassVar_
        if not isinstance(self.JsonValue_, NotGiven):
            out["JsonValue"] = self.JsonValue_
        if not isinstance(self.Mapping_, NotGiven):
            out["Mapping"] = self.Mapping_
        if not isinstance(self.property, NotGiven):
            out["é"] = self.property
        if not isinstance(self.eld, NotGiven):
            out["\ufb01eld"] = self.eld
        if not isinstance(self.init, NotGiven):
            out["__init__"] = to_json(self.init)
        if not isinstance(self.next, NotGiven):
            out["next"] = self.next
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
            check_object(data, "Exception_", cls._required, cls._wire_names, cls._refuse_unknown)
        init = data.get("__init__", NOT_GIVEN)
        if not isinstance(init, NotGiven):
            init = None_._decode(init)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.dict_ = data.get("dict", NOT_GIVEN)
        self.list_ = data.get("list", NOT_GIVEN)
        self.str_ = data.get("str", NOT_GIVEN)
        self.int_ = data.get("int", NOT_GIVEN)
        self.float_ = data.get("float", NOT_GIVEN)
        self.bool_ = data.get("bool", NOT_GIVEN)
        self.tuple_ = data.get("tuple", NOT_GIVEN)
        self.frozenset_ = data.get("frozenset", NOT_GIVEN)
        self.field_ = data.get("field", NOT_GIVEN)
        self.self_ = data.get("self", NOT_GIVEN)
        self.Any_ = data.get("Any", NOT_GIVEN)
        self.Literal_ = data.get("Literal", NOT_GIVEN)
        self.NotGiven_ = data.get("NotGiven", NOT_GIVEN)
        self.NOT_GIVEN_ = data.get("NOT_GIVEN", NOT_GIVEN)
        self.Self_ = data.get("Self", NOT_GIVEN)
        self.ClassVar_ = data.get("ClassVar", NOT_GIVEN)
        self.JsonValue_ = data.get("JsonValue", NOT_GIVEN)
        self.Mapping_ = data.get("Mapping", NOT_GIVEN)
        self.property = data.get("é", NOT_GIVEN)
        self.eld = data.get("\ufb01eld", NOT_GIVEN)
        self.init = init
        self.next = data.get("next", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
