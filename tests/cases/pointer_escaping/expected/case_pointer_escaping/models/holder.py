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
from .odd import Odd, OddAB, OddNL, OddSL, OddT1

__all__ = ["Holder"]


@dataclass(kw_only=True, slots=True)
class Holder(Model):
    """Schema: `#/components/schemas/Holder`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("odd", "percent", "tilde", "slash", "newline")
    )
    _refuse_unknown: ClassVar[bool] = False

    odd: Odd | NotGiven = NOT_GIVEN

    percent: OddAB | NotGiven = NOT_GIVEN

    tilde: OddT1 | NotGiven = NOT_GIVEN

    slash: OddSL | NotGiven = NOT_GIVEN

    newline: OddNL | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.odd, NotGiven):
            out["odd"] = to_json(self.odd)
        if not isinstance(self.percent, NotGiven):
            out["percent"] = to_json(self.percent)
        if not isinstance(self.tilde, NotGiven):
            out["tilde"] = to_json(self.tilde)
        if not isinstance(self.slash, NotGiven):
            out["slash"] = to_json(self.slash)
        if not isinstance(self.newline, NotGiven):
            out["newline"] = to_json(self.newline)
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
            check_object(data, "Holder", cls._required, cls._wire_names, cls._refuse_unknown)
        odd = data.get("odd", NOT_GIVEN)
        if not isinstance(odd, NotGiven):
            odd = Odd._decode(odd)
        percent = data.get("percent", NOT_GIVEN)
        if not isinstance(percent, NotGiven):
            percent = OddAB._decode(percent)
        tilde = data.get("tilde", NOT_GIVEN)
        if not isinstance(tilde, NotGiven):
            tilde = OddT1._decode(tilde)
        slash = data.get("slash", NOT_GIVEN)
        if not isinstance(slash, NotGiven):
            slash = OddSL._decode(slash)
        newline = data.get("newline", NOT_GIVEN)
        if not isinstance(newline, NotGiven):
            newline = OddNL._decode(newline)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.odd = odd
        self.percent = percent
        self.tilde = tilde
        self.slash = slash
        self.newline = newline
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
