"""Where a compared value sits: its pointers on both sides, its Python names and its side."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator import naming
from generator.diff.model import Side
from generator.vocabulary import pointer_join


@dataclass(frozen=True)
class Owner:
    """The schema whose class a value's Python name starts with, at its pointer on each side;
    `parts` name that class by the way to it where the generator makes none there."""

    base: str
    head: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Where:
    """`parts` name the class an inline object here would get by the way to it (the names'
    fallback); `names` are what a user writes to reach the value, the first one following the
    class of `owner` when there is one (`.voice`, `.tools[i]`): the class is looked up only
    when a finding is reported, on the side it is reported on. `call` is the client method
    whose keyword arguments are this object's properties (a request body's root)."""

    base: str
    head: str
    parts: tuple[str, ...]
    names: tuple[str, ...]
    side: Side
    call: str | None = None
    owner: Owner | None = None

    def prop(self, name: str) -> Where:
        attribute = naming.field_name(name)
        names: tuple[str, ...] = (f".{attribute}",)
        if self.call:
            names += (f"{self.call}({attribute}=...)",)
        return Where(
            pointer_join(self.base, "properties", name),
            pointer_join(self.head, "properties", name),
            (*self.parts, name),
            names,
            self.side,
            owner=Owner(self.base, self.head, self.parts),
        )

    def item(self) -> Where:
        return self._down("items", "Item", "[i]")

    def value(self) -> Where:
        return self._down("additionalProperties", "Value", "[key]")

    def variant(self, base: str, head: str, label: str) -> Where:
        names = tuple(f"{name} ({label})" for name in self.names[:1])
        return replace(
            self, base=base, head=head, parts=(*self.parts, label), names=names, call=None
        )

    def at(self, base: str, head: str, component: str | None) -> Where:
        """The same value, followed into other pointers (a `$ref`'s target)."""
        parts = (component,) if component else self.parts
        return replace(self, base=base, head=head, parts=parts)

    def _down(self, keyword: str, part: str, suffix: str) -> Where:
        return replace(
            self,
            base=pointer_join(self.base, keyword),
            head=pointer_join(self.head, keyword),
            parts=(*self.parts, part),
            names=tuple(f"{name}{suffix}" for name in self.names[:1]),
            call=None,
        )
