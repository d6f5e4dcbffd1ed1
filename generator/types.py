"""Python types of schemas: what a value looks like in code and how it crosses the wire.

Each kind of schema shape is one small frozen dataclass that knows its annotation, whether it
needs converting on the way in, and the expression that does it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from generator import naming

JSON_OBJECT = "isinstance({raw}, dict)"
JSON_ARRAY = "isinstance({raw}, list)"


@dataclass(frozen=True)
class Scalar:
    """str, int, float, bool, None, or any JSON value: passed through as it is."""

    hint_text: str

    def hint(self) -> str:
        return self.hint_text

    def decode(self, raw: str, depth: int) -> str | None:
        return None

    def json_kind(self) -> str | None:
        return None


@dataclass(frozen=True)
class LiteralType:
    """An `enum`/`const` of JSON scalars; `open_` also admits any string (known values listed)."""

    values: tuple[object, ...]
    open_: bool = False

    def hint(self) -> str:
        text = "Literal[" + ", ".join(repr(v) for v in self.values) + "]"
        return f"{text} | str" if self.open_ else text

    def decode(self, raw: str, depth: int) -> str | None:
        return None

    def json_kind(self) -> str | None:
        return None


@dataclass(frozen=True)
class ModelRef:
    """An object schema emitted as a dataclass."""

    class_name: str

    def hint(self) -> str:
        return self.class_name

    def guard(self, raw: str) -> str:
        """Does `raw` fit this model? Picks the branch of a union with several object models."""
        return f"is_valid_{naming.snake_name(self.class_name)}({raw})"

    def decode(self, raw: str, depth: int) -> str | None:
        return f"{self.class_name}._decode({raw})"

    def json_kind(self) -> str | None:
        return JSON_OBJECT


@dataclass(frozen=True)
class AliasRef:
    """A named non-object schema: its alias name in hints, its target's conversions."""

    name: str
    target: PyType

    def hint(self) -> str:
        return self.name

    def decode(self, raw: str, depth: int) -> str | None:
        return self.target.decode(raw, depth)

    def json_kind(self) -> str | None:
        return self.target.json_kind()


@dataclass(frozen=True)
class ListType:
    """A JSON array. What it accepts is `container`: `list` where responses decode into it;
    `Sequence` on the request side (a tuple does), `Iterable` for a method's keyword argument
    (a generator does); `to_json` makes a list of any of them on the way out."""

    item: PyType
    container: str = "list"

    def hint(self) -> str:
        return f"{self.container}[{self.item.hint()}]"

    def decode(self, raw: str, depth: int) -> str | None:
        var = f"item{depth}"
        inner = self.item.decode(var, depth + 1)
        return None if inner is None else f"[{inner} for {var} in {raw}]"

    def json_kind(self) -> str | None:
        return JSON_ARRAY


@dataclass(frozen=True)
class MapType:
    value: PyType

    def hint(self) -> str:
        return f"dict[str, {self.value.hint()}]"

    def decode(self, raw: str, depth: int) -> str | None:
        key, var = f"key{depth}", f"item{depth}"
        inner = self.value.decode(var, depth + 1)
        return None if inner is None else f"{{{key}: {inner} for {key}, {var} in {raw}.items()}}"

    def json_kind(self) -> str | None:
        return JSON_OBJECT


@dataclass(frozen=True)
class UnionType:
    """`anyOf`/`oneOf`/type lists.

    A value is decoded by the first branch its JSON kind (object, array) and, where several
    model branches share a kind, its validator lets through; anything else passes as it is.
    """

    options: tuple[PyType, ...]

    def hint(self) -> str:
        hints: list[str] = []
        for option in self.options:
            text = option.hint()
            if text not in hints:
                hints.append(text)
        # `None` last reads best: `Foo | None`.
        hints.sort(key=lambda h: h == "None")
        return " | ".join(hints)

    def decode(self, raw: str, depth: int) -> str | None:
        expression = raw
        converted = False
        shared = self.shared_kinds()
        for option in reversed(self.options):
            inner = option.decode(raw, depth)
            kind = option.json_kind()
            if inner is None or kind is None:
                continue
            test = kind.format(raw=raw)
            if kind in shared and isinstance(option, ModelRef):
                test += f" and {option.guard(raw)}"
            expression = f"{inner} if {test} else {expression}"
            converted = True
        return expression if converted else None

    def shared_kinds(self) -> set[str]:
        """JSON kinds that more than one converting branch accepts."""
        kinds = self.converting_kinds()
        return {kind for kind in kinds if kinds.count(kind) > 1}

    def ambiguous(self) -> bool:
        """Two converting branches of one kind that a validator cannot tell apart (not models)."""
        shared = self.shared_kinds()
        return any(
            option.json_kind() in shared
            and option.decode("raw", 0) is not None
            and not isinstance(option, ModelRef)
            for option in self.options
        )

    def json_kind(self) -> str | None:
        return None

    def converting_kinds(self) -> list[str]:
        """JSON kinds of the branches that need converting (duplicates mean ambiguity)."""
        return [
            kind
            for option in self.options
            if option.decode("raw", 0) is not None and (kind := option.json_kind()) is not None
        ]


PyType = Union[Scalar, LiteralType, ModelRef, AliasRef, ListType, MapType, UnionType]  # noqa: UP007

JSON_VALUE = Scalar("JsonValue")
NONE = Scalar("None")
SCALARS = {
    "string": Scalar("str"),
    "integer": Scalar("int"),
    "number": Scalar("float"),
    "boolean": Scalar("bool"),
    "null": NONE,
}
