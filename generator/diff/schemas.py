"""Schema by schema, property by property: the findings between two versions of one value."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import naming
from generator.diff import constraints, text
from generator.diff.classes import GeneratedClasses
from generator.diff.model import Finding
from generator.diff.shapes import (
    ANNOTATIONS,
    Core,
    component_name,
    enum_values,
    json_types,
    unwrap,
    value_key,
)
from generator.diff.where import Owner, Where


class SchemaComparer:
    """Collects the findings of every comparison it is asked for, in document order."""

    def __init__(self, base: Mapping[str, Any], head: Mapping[str, Any]) -> None:
        self.base = base
        self.head = head
        self.findings: list[Finding] = []
        self.followed: set[tuple[str, str]] = set()
        self.base_classes = GeneratedClasses(base)
        self.head_classes = GeneratedClasses(head)

    def emit(
        self, kind: str, where: Where, before: str = "", after: str = "", *, gone: bool = False
    ) -> None:
        """A finding at `where`, named on the head's side, or the base's when `gone`."""
        pointer = where.base if gone else where.head
        names = where.names
        if where.owner is not None:
            names = (self.owner_class(where.owner, gone=gone) + names[0], *names[1:])
        self.findings.append(Finding(kind, pointer, names, where.side, before, after))

    def owner_class(self, owner: Owner, *, gone: bool) -> str:
        """The class a name starts with: the base's for what is `gone`, else the head's."""
        pointer = owner.base if gone else owner.head
        return self.class_name(pointer, owner.parts, base=gone)

    def class_name(self, pointer: str, parts: tuple[str, ...], *, base: bool) -> str:
        """The class the generator makes of the schema at `pointer` in the package of the base
        (or the head); where it makes none, the class named by the way to it (`parts`)."""
        classes = self.base_classes if base else self.head_classes
        return classes.at(pointer) or naming.class_name(*parts)

    def compare(self, base: Any, head: Any, where: Where) -> None:
        """Compare the schemas of one value in the two specs."""
        self.docs(base, head, where)
        b, h = unwrap(self.base, base, where.base), unwrap(self.head, head, where.head)
        same_component = b.ref is not None and b.ref == h.ref and component_name(b.ref) is not None
        if b.nullable != h.nullable and not (
            same_component and self._component_null_changed(b.ref)
        ):
            kind = "nullable-added" if h.nullable else "nullable-removed"
            self.emit(kind, where, str(b.nullable).lower(), str(h.nullable).lower())
        if _wrapper(base) and _wrapper(head):  # keywords beside a $ref or union: `default`, ...
            constraints.compare_keywords(self, base, head, where)
        if same_component:
            return  # the component is compared on its own, once
        if b.ref != h.ref and (_is_model(b.schema) or _is_model(h.schema)):
            before = self.class_name(b.pointer, _class_parts(b, where), base=True)
            after = self.class_name(h.pointer, _class_parts(h, where), base=False)
            self.emit("ref-target-changed", where, before, after)
        if (b.pointer, h.pointer) in self.followed:
            return  # a recursive schema, already being compared
        self.followed.add((b.pointer, h.pointer))
        inner = where.at(b.pointer, h.pointer, component_name(h.ref) or component_name(b.ref))
        if (b.pointer, h.pointer) != (where.base, where.head):
            self.docs(b.schema, h.schema, inner)
        self.core(b, h, inner)

    def _component_null_changed(self, ref: str | None) -> bool:
        """Whether a component's own nullability changed (reported at the component)."""
        return bool(ref) and (
            unwrap(self.base, {"$ref": ref}, "").nullable
            != unwrap(self.head, {"$ref": ref}, "").nullable
        )

    def docs(self, base: Any, head: Any, where: Where) -> None:
        if not (isinstance(base, dict) and isinstance(head, dict)):
            return
        keys = [k for k in _doc_keys(base, head) if base.get(k) != head.get(k)]
        if not keys:
            return
        if keys == ["description"] and all(isinstance(s.get(keys[0]), str) for s in (base, head)):
            before, after = text.excerpt_pair(base["description"], head["description"])
        else:
            before, after = "", ", ".join(keys) + " changed"
        self.emit("docs-changed", where, before, after)

    def core(self, b: Core, h: Core, where: Where) -> None:
        if b.branches or h.branches:
            self.union(b, h, where)
            return
        if not constraints.compare_types(
            self, json_types(self.base, b.schema), json_types(self.head, h.schema), where
        ):
            return
        if b.open_values is not None or h.open_values is not None:
            self.open_enum(b, h, where)
            if b.open_values is not None and h.open_values is not None:  # the strings' limits
                constraints.compare_keywords(self, b.schema, h.schema, where)
            return
        if not isinstance(b.schema, dict) or not isinstance(h.schema, dict):
            return
        self.closed_enum(b.schema, h.schema, where)
        constraints.compare_keywords(self, b.schema, h.schema, where)
        self.object(b.schema, h.schema, where)
        if "items" in b.schema or "items" in h.schema:
            self.compare(b.schema.get("items", True), h.schema.get("items", True), where.item())

    def open_enum(self, b: Core, h: Core, where: Where) -> None:
        base_closed = (
            enum_values(b.schema) if b.open_values is None and isinstance(b.schema, dict) else None
        )
        head_closed = (
            enum_values(h.schema) if h.open_values is None and isinstance(h.schema, dict) else None
        )
        if base_closed is not None:
            self.emit("enum-opened", where, text.values(list(base_closed)), "any string")
            return
        if head_closed is not None:
            self.emit("enum-closed", where, "any string", text.values(list(head_closed)))
            return
        self.value_changes("open-enum", b.open_values or (), h.open_values or (), where)

    def closed_enum(self, base: dict[str, Any], head: dict[str, Any], where: Where) -> None:
        b, h = enum_values(base), enum_values(head)
        if b is None and h is None:
            return
        if b is None:
            self.emit("enum-added", where, "any value", text.values(list(h or ())))
        elif h is None:
            self.emit("enum-removed", where, text.values(list(b)), "any value")
        else:
            self.value_changes("enum", b, h, where)

    def value_changes(
        self, kind: str, base: tuple[Any, ...], head: tuple[Any, ...], where: Where
    ) -> None:
        base_keys = {value_key(v) for v in base}
        head_keys = {value_key(v) for v in head}
        removed = [v for v in base if value_key(v) not in head_keys]
        added = [v for v in head if value_key(v) not in base_keys]
        if removed:
            self.emit(f"{kind}-value-removed", where, text.values(removed), "")
        if added:
            self.emit(f"{kind}-value-added", where, "", text.values(added))

    def object(self, base: dict[str, Any], head: dict[str, Any], where: Where) -> None:
        b_props, h_props = base.get("properties") or {}, head.get("properties") or {}
        b_required, h_required = set(base.get("required") or ()), set(head.get("required") or ())
        closed = base.get("additionalProperties") is False
        for name in [*h_props, *(n for n in b_props if n not in h_props)]:
            inner = where.prop(name)
            if name not in h_props:
                self.emit("property-removed", inner, _presence(name, b_required), "", gone=True)
            elif name not in b_props:
                kind = (
                    "required-property-added"
                    if name in h_required
                    else ("property-added-to-closed" if closed else "property-added")
                )
                self.emit(kind, inner, "", _presence(name, h_required))
            else:
                if (name in b_required) != (name in h_required):
                    kind = (
                        "property-became-required"
                        if name in h_required
                        else "property-became-optional"
                    )
                    self.emit(kind, inner, _presence(name, b_required), _presence(name, h_required))
                self.compare(b_props[name], h_props[name], inner)
        constraints.compare_additional(self, base, head, where)

    def union(self, b: Core, h: Core, where: Where) -> None:
        if b.union != h.union and b.union and h.union:
            self.emit("constraint-changed", where, b.union, h.union)
        base_keys = _branch_keys(self.base, _branches(b))
        head_keys = _branch_keys(self.head, _branches(h))
        for key, (pointer, _) in head_keys.items():
            if key not in base_keys:
                self.emit("union-variant-added", where.at(pointer, pointer, None), "", key)
        for key, (pointer, _) in base_keys.items():
            if key not in head_keys:
                self.emit(
                    "union-variant-removed",
                    where.at(pointer, pointer, None),
                    key,
                    "",
                    gone=True,
                )
        for key, (pointer, schema) in head_keys.items():
            if key in base_keys:
                base_pointer, base_schema = base_keys[key]
                self.compare(base_schema, schema, where.variant(base_pointer, pointer, key))


def _wrapper(schema: Any) -> bool:
    """A schema whose own keywords `unwrap` looks past: a `$ref` or an `anyOf`/`oneOf`."""
    return isinstance(schema, dict) and bool({"$ref", "anyOf", "oneOf"} & set(schema))


def _branches(core: Core) -> tuple[tuple[str, Any], ...]:
    """A union's members; a value that is not a union is its own only member."""
    if core.branches:
        return core.branches
    return ((core.pointer, {"$ref": core.ref} if core.ref else core.schema),)


def _doc_keys(base: dict[str, Any], head: dict[str, Any]) -> list[str]:
    keys = [*head, *(k for k in base if k not in head)]
    return [
        k for k in keys if k in ANNOTATIONS or (k.startswith("x-") and not k.startswith("x-sdk-"))
    ]


def _presence(name: str, required: set[str]) -> str:
    return "required" if name in required else "optional"


def _is_model(schema: Any) -> bool:
    return isinstance(schema, dict) and "properties" in schema


def _class_parts(core: Core, where: Where) -> tuple[str, ...]:
    """The value's class by the way to it: its component's, or its path's."""
    return (component_name(core.ref) or "", *([] if core.ref else where.parts))


def _branch_keys(
    document: Mapping[str, Any], branches: tuple[tuple[str, Any], ...]
) -> dict[str, tuple[str, Any]]:
    """Each branch under a key that survives reordering: its component, title, or JSON types."""
    keyed: dict[str, tuple[str, Any]] = {}
    for pointer, schema in branches:
        core = unwrap(document, schema, pointer)
        title = schema.get("title") if isinstance(schema, dict) else None
        types = json_types(document, core.schema)
        key = component_name(core.ref) or (title if isinstance(title, str) else None)
        key = key or ("/".join(sorted(types)) if types else "any value")
        while key in keyed:
            key += "'"
        keyed[key] = (pointer, schema)
    return keyed
