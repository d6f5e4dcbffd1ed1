"""Shared types of the generated package: the NOT_GIVEN sentinel and JSON value types."""

from __future__ import annotations

from typing import Final, Literal, TypeAlias, Union

__all__ = ["NOT_GIVEN", "JsonObject", "JsonValue", "NotGiven"]

# Union, not `|`: generated aliases use JsonValue at run time (`str | JsonValue`), and `|`
# cannot join the forward references a recursive alias needs.
JsonValue: TypeAlias = Union[  # noqa: UP007
    bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"], None
]
"""Any value JSON can carry; used for schemas that allow anything (`{}` in the spec)."""

JsonObject: TypeAlias = dict[str, JsonValue]


class NotGiven:
    """Marks a field or argument that was never given.

    `None` is not enough: for this API, `turn_detection=None` is a real request ("turn detection
    off", sent as JSON `null`), while leaving `turn_detection` out asks for the server's default.
    Fields default to `NOT_GIVEN`, and `to_dict()` leaves them out of the payload.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # One instance, so `is NOT_GIVEN` works everywhere, also after copy and pickle.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
