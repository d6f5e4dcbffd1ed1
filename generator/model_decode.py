"""Render, part 3: how a wire value becomes a value of a model's field type, for `_decode` and
`_parse` alike.

A value that needs converting (a model, a list or map of them, a union with a model branch) is
converted by an expression. A union whose value one of several branches may convert is decoded by
a module-level function of its own, one `if <test>: return <decoded>` per branch, which the
expression calls: written as nested conditional expressions, such a union ran past 100 columns
where black cannot break it, and read badly. Each function is named from the schema it decodes
(`naming.PrivateNames`): a named union's own pointer (`_decode_tool`), else its field's pointer
and the way into it (`_decode_assistant_tools_items`); a module writes one per schema, whichever
fields use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator import naming
from generator.types import (
    NOT_GIVEN_TYPE,
    AliasRef,
    Import,
    ListType,
    MapType,
    ModelRef,
    PyType,
    Scalar,
    UnionType,
)

# A JSON value's kind, as the decoding code tests it.
KIND_TESTS = {"object": "isinstance({raw}, dict)", "array": "isinstance({raw}, list)"}
DECODER_ARGUMENT = "value"
ANY = Scalar("Any", Import("typing", "Any"))


@dataclass(frozen=True)
class DecoderBranch:
    test: str
    """What the value must pass for this branch (its JSON kind, maybe a validator)."""
    decoded: str
    """The value decoded by this branch."""


@dataclass(frozen=True)
class DecoderView:
    """`def <name>(value: Any) -> <hint>:`, a union's branches tried in order.

    The hint has `| Any`: a value no branch admits is returned as it came (a response's
    new kind of object, say), as the field's conversion always kept it.
    """

    name: str
    argument: str
    hint: str
    branches: tuple[DecoderBranch, ...]


@dataclass
class Uses:
    """What the code of one module written so far needs: imports and union decoders."""

    alias_pointers: Mapping[str, str] = field(default_factory=dict)
    """The schema pointer of every alias of the package, by name (to name their decoders)."""
    imports: set[Import] = field(default_factory=set)
    decoders: dict[str, DecoderView | None] = field(default_factory=dict)
    """By the pointer they are named from, in the order first used; None while being written
    (a union may reach itself through an alias)."""
    names: naming.PrivateNames = field(default_factory=naming.PrivateNames)

    def add(self, *names: Import) -> None:
        self.imports.update(names)

    def type(self, py_type: PyType) -> str:
        self.imports |= py_type.imports()
        return py_type.hint()

    def decoder(self, named: PyType, union: UnionType, where: str) -> str:
        """The name of the function decoding `union` (`named` is how hints call it)."""
        name = self.names.name("decode", where)
        if where not in self.decoders:
            self.decoders[where] = None
            branches = tuple(
                DecoderBranch(test, expression(option, DECODER_ARGUMENT, 0, self, where))
                for test, option in branch_tests(union, DECODER_ARGUMENT, self)
            )
            options = named.options if isinstance(named, UnionType) else (named,)
            returned = self.type(UnionType((*options, ANY)))
            self.decoders[where] = DecoderView(name, DECODER_ARGUMENT, returned, branches)
        return name

    def decoder_views(self) -> tuple[DecoderView, ...]:
        return tuple(view for view in self.decoders.values() if view is not None)


def conversion(target: PyType, local: str, uses: Uses, where: str) -> list[str]:
    """`if <kind test>: local = <decoded>` for each converting branch, or one guarded statement."""
    if isinstance(target, UnionType):
        lines: list[str] = []
        for test, option in branch_tests(target, local, uses):
            keyword = "elif" if lines else "if"
            decoded = expression(option, local, 0, uses, where)
            lines += [f"{keyword} {test}:", f"    {local} = {decoded}"]
        return lines
    uses.add(NOT_GIVEN_TYPE)
    return [
        f"if not isinstance({local}, NotGiven):",
        f"    {local} = {expression(target, local, 0, uses, where)}",
    ]


def in_place(py_type: PyType, local: str, where: str, uses: Uses) -> list[str]:
    """Statements converting `local`, a checked value of a type that converts, in place;
    `where` is the pointer of its field."""
    target, where = named_target(py_type, where, uses)[1:]
    if isinstance(target, UnionType):
        return conversion(target, local, uses, where)
    return [f"{local} = {expression(target, local, 0, uses, where)}"]


def branch_tests(union: UnionType, raw: str, uses: Uses) -> list[tuple[str, PyType]]:
    """(test, option) for each converting option of a union, in order."""
    shared = union.shared_kinds()
    found = []
    for option in union.options:
        kind = option.json_kind()
        if not option.converts() or kind is None:
            continue
        test = KIND_TESTS[kind].format(raw=raw)
        if kind in shared and isinstance(option, ModelRef):
            guard = option.guard()
            uses.add(guard)
            test += f" and {guard.name}({raw})"
        found.append((test, option))
    return found


def expression(py_type: PyType, raw: str, depth: int, uses: Uses, where: str) -> str:
    """An expression converting the wire value `raw` (which needs converting) to `py_type`.

    `where` is the pointer the value's schema is named from: its field's, or its alias's, with
    the way into it (`/items`, `/additionalProperties`).
    """
    named, py_type, where = named_target(py_type, where, uses)
    if isinstance(py_type, ModelRef):
        uses.add(*py_type.imports())  # reached through an alias, it is not in any hint
        return f"{py_type.class_name}._decode({raw})"
    if isinstance(py_type, ListType):
        var = f"item{depth}"
        item = converted(py_type.item, var, depth + 1, uses, where + "/items")
        return f"[{item} for {var} in {raw}]"
    if isinstance(py_type, MapType):
        key, var = f"key{depth}", f"item{depth}"
        inner = converted(py_type.value, var, depth + 1, uses, where + "/additionalProperties")
        return f"{{{key}: {inner} for {key}, {var} in {raw}.items()}}"
    if isinstance(py_type, UnionType):
        branches = branch_tests(py_type, raw, uses)
        if len(branches) > 1:
            return f"{uses.decoder(named, py_type, where)}({raw})"
        [(test, option)] = branches
        return f"{expression(option, raw, depth, uses, where)} if {test} else {raw}"
    raise TypeError(f"{py_type!r} needs no converting")


def converted(py_type: PyType, raw: str, depth: int, uses: Uses, where: str) -> str:
    return expression(py_type, raw, depth, uses, where) if py_type.converts() else raw


def named_target(py_type: PyType, where: str, uses: Uses) -> tuple[PyType, PyType, str]:
    """(the last name `py_type` goes by, what it names, the pointer to name its parts from)."""
    named = py_type
    while isinstance(py_type, AliasRef):
        named, where = py_type, uses.alias_pointers[py_type.name]
        py_type = py_type.target
    return named, py_type, where
