# Generated from tests/cases/control_chars/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven

__all__ = ["Controls"]


@dataclass(kw_only=True, slots=True)
class Controls(Model):
    """NUL \x00, bell \x07, escape \x1b[31m, line separator
    , next line
    , DEL \x7f.

    Schema: `#/components/schemas/Controls`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("nul\x00name", "new\nline", "\x1b[2J", "😀"))
    _refuse_unknown: ClassVar[bool] = False

    nul_name: (
        Literal["\x00", "\x1b[31mred\x1b[0m", "\u2028", "\x85", "tab\there", "\x7f"]
        | str
        | NotGiven
    ) = NOT_GIVEN
    """x\x00y"""

    new_line: str | NotGiven = NOT_GIVEN
    """The server's default: `"\\u0000\\r\\n"`."""

    n2J: int | NotGiven = NOT_GIVEN

    property: Literal["😀", "😀!"] | str | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.nul_name, NotGiven):
            out["nul\x00name"] = self.nul_name
        if not isinstance(self.new_line, NotGiven):
            out["new\nline"] = self.new_line
        if not isinstance(self.n2J, NotGiven):
            out["\x1b[2J"] = self.n2J
        if not isinstance(self.property, NotGiven):
            out["😀"] = self.property
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
            check_object(data, "Controls", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.nul_name = data.get("nul\x00name", NOT_GIVEN)
        self.new_line = data.get("new\nline", NOT_GIVEN)
        self.n2J = data.get("\x1b[2J", NOT_GIVEN)
        self.property = data.get("😀", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
