"""The Python types of schema values: a small algebra the IR is made of.

scalar, literal, list, map, model reference, alias reference, union (a nullable type is a union
with `None`) and not-given (an optional field or argument). Each type says how it is written as
an annotation (`hint()`) and which names that annotation needs imported (`imports()`), so the
import lines of every generated module follow from its types, never from searching its text.
How values cross the wire (the code of `to_dict`/`_decode`) is written in `model_source.py` and
`model_decode.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Union

from generator import naming

MODELS_MODULE = ".models"
"""The package of the model classes and aliases, one module each group (`module_plan.py`)."""
VALIDATORS_MODULE = ".validators"
"""The package of the validators, split as the models are."""


@dataclass(frozen=True, order=True)
class Import:
    """`from <module> import <name>`; a relative module (`._types`) is one of the package's."""

    module: str
    name: str


LITERAL = Import("typing", "Literal")
NOT_GIVEN_TYPE = Import("._types", "NotGiven")
JSON_VALUE_TYPE = Import("._types", "JsonValue")


@dataclass(frozen=True)
class Scalar:
    """str, int, float, bool, None, or any JSON value: passed through as it is."""

    name: str
    source: Import | None = None
    """Where the name comes from; None for a builtin."""

    def hint(self) -> str:
        return self.name

    def imports(self) -> frozenset[Import]:
        return frozenset() if self.source is None else frozenset({self.source})

    def json_kind(self) -> str | None:
        return None

    def converts(self) -> bool:
        return False


@dataclass(frozen=True)
class LiteralType:
    """An `enum`/`const` of JSON scalars; `open_` also admits any string (known values listed)."""

    values: tuple[object, ...]
    open_: bool = False

    def hint(self) -> str:
        text = "Literal[" + ", ".join(naming.source(v) for v in self.values) + "]"
        return f"{text} | str" if self.open_ else text

    def imports(self) -> frozenset[Import]:
        return frozenset({LITERAL})

    def json_kind(self) -> str | None:
        return None

    def converts(self) -> bool:
        return False


@dataclass(frozen=True)
class ModelRef:
    """An object schema emitted as a dataclass; on the wire, a JSON object."""

    class_name: str
    validator_suffix: str
    """`is_valid_<suffix>` tells whether a value fits (to pick a union branch)."""
    module: str
    """The module of the models (and validators) package that defines it."""

    def hint(self) -> str:
        return self.class_name

    def imports(self) -> frozenset[Import]:
        return frozenset({Import(f"{MODELS_MODULE}.{self.module}", self.class_name)})

    def guard(self) -> Import:
        """The fast validator that tells whether a JSON object is one of these."""
        return Import(f"{VALIDATORS_MODULE}.{self.module}", f"is_valid_{self.validator_suffix}")

    def json_kind(self) -> str | None:
        return "object"

    def converts(self) -> bool:
        return True


@dataclass(frozen=True)
class AliasRef:
    """A named non-object schema: its alias name in hints, its target's conversions."""

    name: str
    target: PyType
    module: str
    """The module of the models package that defines it."""

    def hint(self) -> str:
        return self.name

    def imports(self) -> frozenset[Import]:
        return frozenset({Import(f"{MODELS_MODULE}.{self.module}", self.name)})

    def json_kind(self) -> str | None:
        return self.target.json_kind()

    def converts(self) -> bool:
        return self.target.converts()


@dataclass(frozen=True)
class ListType:
    """A JSON array. What it accepts is `container`: `list` where responses decode into it;
    `Sequence` on the request side (a tuple does), `Iterable` for a method's keyword argument
    (a generator does); `to_json` makes a list of any of them on the way out."""

    item: PyType
    container: str = "list"

    def hint(self) -> str:
        return f"{self.container}[{self.item.hint()}]"

    def imports(self) -> frozenset[Import]:
        if self.container == "list":
            return self.item.imports()
        return self.item.imports() | {Import("collections.abc", self.container)}

    def json_kind(self) -> str | None:
        return "array"

    def converts(self) -> bool:
        return self.item.converts()


@dataclass(frozen=True)
class MapType:
    value: PyType

    def hint(self) -> str:
        return f"dict[str, {self.value.hint()}]"

    def imports(self) -> frozenset[Import]:
        return self.value.imports()

    def json_kind(self) -> str | None:
        return "object"

    def converts(self) -> bool:
        return self.value.converts()


@dataclass(frozen=True)
class UnionType:
    """`anyOf`/`oneOf`/type lists; with a `None` option, a nullable type.

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

    def imports(self) -> frozenset[Import]:
        return frozenset().union(*(option.imports() for option in self.options))

    def json_kind(self) -> str | None:
        return None

    def converts(self) -> bool:
        return any(option.converts() for option in self.options)

    def converting_kinds(self) -> list[str]:
        """JSON kinds of the branches that need converting (duplicates mean ambiguity)."""
        return [
            kind
            for option in self.options
            if option.converts() and (kind := option.json_kind()) is not None
        ]

    def shared_kinds(self) -> set[str]:
        """JSON kinds that more than one converting branch accepts."""
        kinds = self.converting_kinds()
        return {kind for kind in kinds if kinds.count(kind) > 1}

    def ambiguous(self) -> bool:
        """Two converting branches of one kind that a validator cannot tell apart (not models)."""
        shared = self.shared_kinds()
        return any(
            option.json_kind() in shared and option.converts() and not isinstance(option, ModelRef)
            for option in self.options
        )


@dataclass(frozen=True)
class Omittable:
    """A field or argument that may be left out: `NotGiven` joins its type (before `None`)."""

    inner: PyType

    def hint(self) -> str:
        hint = self.inner.hint()
        if hint == "None":
            return "NotGiven | None"
        if hint.endswith(" | None"):
            return hint.removesuffix(" | None") + " | NotGiven | None"
        return hint + " | NotGiven"

    def imports(self) -> frozenset[Import]:
        return self.inner.imports() | {NOT_GIVEN_TYPE}

    def json_kind(self) -> str | None:
        return self.inner.json_kind()

    def converts(self) -> bool:
        return self.inner.converts()


PyType = Union[  # noqa: UP007
    Scalar, LiteralType, ModelRef, AliasRef, ListType, MapType, UnionType, Omittable
]

JSON_VALUE = Scalar("JsonValue", JSON_VALUE_TYPE)
NONE = Scalar("None")
SCALARS = {
    "string": Scalar("str"),
    "integer": Scalar("int"),
    "number": Scalar("float"),
    "boolean": Scalar("bool"),
    "null": NONE,
}


def unaliased(py_type: PyType) -> PyType:
    """What an alias (of an alias...) names; any other type itself."""
    while isinstance(py_type, AliasRef):
        py_type = py_type.target
    return py_type


def nullable(inner: PyType) -> UnionType:
    """`inner | None`."""
    return UnionType((inner, NONE))


def as_argument(py_type: PyType) -> PyType:
    """A request field as a method's keyword argument: its arrays take any iterable, which
    `to_dict` lists once, when the body is built (the model's own field stays a Sequence)."""
    if isinstance(py_type, ListType) and py_type.container == "Sequence":
        return ListType(py_type.item, "Iterable")
    if isinstance(py_type, UnionType):
        return UnionType(tuple(as_argument(option) for option in py_type.options))
    return py_type


def plain(py_type: PyType) -> bool:
    """A value JSON carries as it is (no model inside, no container to copy)."""
    if isinstance(py_type, AliasRef):
        return plain(py_type.target)
    if isinstance(py_type, UnionType):
        return all(plain(option) for option in py_type.options)
    if isinstance(py_type, Omittable):
        return plain(py_type.inner)
    return isinstance(py_type, (Scalar, LiteralType))


def import_lines(imports: Iterable[Import], within: str = "") -> tuple[str, ...]:
    """Import lines in isort order: `__future__`, standard library, then the package's own.

    The package's own modules are named from its root (`._types`, `.models.session`); `within`
    is the subpackage (`.models`) of the module importing them, for which they are respelled
    relative to it (`.._types`, `.session`).
    """
    by_module: dict[str, set[str]] = {}
    for item in imports:
        by_module.setdefault(_relative(item.module, within), set()).add(item.name)
    sections: list[list[str]] = [["from __future__ import annotations"], [], []]
    for module in sorted(by_module):
        names = by_module[module]
        # `from . import models as _models` stays on a line of its own, as isort keeps it.
        together = [n for n in names if " as " not in n]
        lines = [f"from {module} import {n}" for n in sorted(names - set(together))]
        if together:
            lines.insert(0, f"from {module} import {', '.join(naming.import_order(together))}")
        sections[2 if module.startswith(".") else 1] += lines
    blocks = ["\n".join(section) for section in sections if section]
    return tuple("\n\n".join(blocks).split("\n"))


def _relative(module: str, within: str) -> str:
    if not within or not module.startswith("."):
        return module
    if module.startswith(within + "."):
        return module.removeprefix(within)
    return "." + module


def intersection(types: list[PyType]) -> PyType | None:
    """The type every member admits, when one member's type lies within all the others'.

    Any JSON value contains everything, a literal lies within its scalar type, an int within
    a float (JSON's integer within number), a model (or a union of them) within any object.
    Other mixtures are not mapped.
    """
    candidates = list(dict.fromkeys(t for t in types if t != JSON_VALUE)) or [JSON_VALUE]
    any_object = MapType(JSON_VALUE)  # `type: object` and nothing else: any object
    if any_object in candidates and all(_objects_only(t) for t in candidates):
        candidates = [t for t in candidates if t != any_object] or [any_object]
    if len(candidates) == 1:
        return candidates[0]
    literals = [t for t in candidates if isinstance(t, LiteralType)]
    scalars = [t for t in candidates if isinstance(t, Scalar)]
    if len(literals) == 1 and len(literals) + len(scalars) == len(candidates):
        values = literals[0].values
        if all(all(_is_instance(v, scalar) for v in values) for scalar in scalars):
            return literals[0]
    if set(candidates) == {SCALARS["integer"], SCALARS["number"]}:
        return SCALARS["integer"]
    return None


def _objects_only(py_type: PyType) -> bool:
    """Whether every value of `py_type` is a JSON object (a model, a map, a union of them)."""
    if isinstance(py_type, AliasRef):
        return _objects_only(py_type.target)
    if isinstance(py_type, UnionType):
        return all(_objects_only(option) for option in py_type.options)
    return py_type.json_kind() == "object"


def _is_instance(value: object, scalar: Scalar) -> bool:
    """Whether a JSON scalar `value` belongs to the Python type a Scalar names."""
    kinds: dict[str, tuple[type, ...]] = {
        "str": (str,),
        "int": (int,),
        "float": (int, float),
        "bool": (bool,),
        "None": (type(None),),
    }
    bools_apart = isinstance(value, bool) and scalar.name != "bool"
    return not bools_apart and isinstance(value, kinds.get(scalar.name, ()))


def flatten(options: list[PyType]) -> list[PyType]:
    """The options of a union, each union among them spread in place, duplicates dropped."""
    flat: list[PyType] = []
    for option in options:
        for item in option.options if isinstance(option, UnionType) else (option,):
            if item not in flat:
                flat.append(item)
    return flat


def open_enum(options: list[PyType]) -> PyType | None:
    """`anyOf: [{type: string}, {enum: [...strings]}]` (+ maybe null) is an open enum."""
    literals = [o for o in options if isinstance(o, LiteralType)]
    rest = [o for o in options if not isinstance(o, LiteralType) and o != NONE]
    if len(literals) != 1 or rest != [SCALARS["string"]]:
        return None
    if not all(isinstance(v, str) for v in literals[0].values):
        return None
    known = LiteralType(literals[0].values, open_=True)
    return nullable(known) if NONE in options else known
