"""Types, limits, patterns, formats, defaults and additionalProperties of one schema pair."""

from __future__ import annotations

from typing import Any, Protocol

from generator.diff import text
from generator.diff.shapes import ANNOTATIONS, SHAPE
from generator.diff.where import Where


class SchemaComparer(Protocol):
    """What these comparisons need of `schemas.SchemaComparer`: report, and recurse."""

    def emit(
        self, kind: str, where: Where, before: str = "", after: str = "", *, gone: bool = False
    ) -> None: ...

    def compare(self, base: Any, head: Any, where: Where) -> None: ...


# keyword -> (kind family, True when a larger value admits fewer values)
LIMITS: dict[str, tuple[str, bool]] = {
    "minimum": ("range", True),
    "exclusiveMinimum": ("range", True),
    "maximum": ("range", False),
    "exclusiveMaximum": ("range", False),
    "minLength": ("length", True),
    "maxLength": ("length", False),
    "minItems": ("length", True),
    "maxItems": ("length", False),
    "minProperties": ("length", True),
    "maxProperties": ("length", False),
}
# Compared elsewhere (or not constraints at all); every other keyword is compared as a whole.
# `$defs` holds schemas, compared where a `$ref` uses them.
HANDLED = SHAPE | ANNOTATIONS | frozenset(LIMITS) | {"multipleOf", "pattern", "format", "default"}
HANDLED |= {"$defs"}


def compare_types(
    comparer: SchemaComparer,
    base: frozenset[str] | None,
    head: frozenset[str] | None,
    where: Where,
) -> bool:
    """Report a type change; False when the types share nothing (nothing more to compare)."""
    if base == head:
        return True
    before, after = _types_text(base), _types_text(head)
    if base is None or (head is not None and _covers(base, head)):
        comparer.emit("type-narrowed", where, before, after)
        return True
    if head is None or _covers(head, base):
        comparer.emit("type-widened", where, before, after)
        return True
    comparer.emit("type-changed", where, before, after)
    return False


def _covers(wider: frozenset[str], narrower: frozenset[str]) -> bool:
    """Every JSON type in `narrower` is admitted by `wider` (an integer is a number)."""
    return all(t in wider or (t == "integer" and "number" in wider) for t in narrower)


def _types_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types)) or "nothing"


def compare_keywords(
    comparer: SchemaComparer, base: dict[str, Any], head: dict[str, Any], where: Where
) -> None:
    for keyword, (family, lower_bound) in LIMITS.items():
        b, h = base.get(keyword), head.get(keyword)
        if b != h:
            narrower = h is not None and (b is None or (h > b if lower_bound else h < b))
            kind = f"{family}-{'narrowed' if narrower else 'widened'}"
            comparer.emit(kind, where, _limit(keyword, b), _limit(keyword, h))
    _multiple_of(comparer, base.get("multipleOf"), head.get("multipleOf"), where)
    b, h = base.get("pattern"), head.get("pattern")
    if b != h:
        kind = (
            "pattern-added" if b is None else "pattern-removed" if h is None else "pattern-changed"
        )
        comparer.emit(kind, where, _present(base, "pattern"), _present(head, "pattern"))
    for keyword, kind in (("format", "format-changed"), ("default", "default-changed")):
        if base.get(keyword, ...) != head.get(keyword, ...):
            comparer.emit(kind, where, _present(base, keyword), _present(head, keyword))
    for keyword in [*head, *(k for k in base if k not in head)]:
        if keyword in HANDLED or keyword.startswith("x-"):
            continue
        if base.get(keyword, ...) != head.get(keyword, ...):
            before, after = _present(base, keyword, named=True), _present(head, keyword, named=True)
            comparer.emit("constraint-changed", where, before, after)


def _multiple_of(comparer: SchemaComparer, base: Any, head: Any, where: Where) -> None:
    if base == head:
        return
    # A new step admits fewer values unless the old one is a multiple of it.
    widened = head is None or (base is not None and (base / head).is_integer())
    kind = "range-widened" if widened else "range-narrowed"
    comparer.emit(kind, where, _limit("multipleOf", base), _limit("multipleOf", head))


def compare_additional(
    comparer: SchemaComparer, base: dict[str, Any], head: dict[str, Any], where: Where
) -> None:
    """additionalProperties: closed or opened, or the schema of the extra values compared."""
    b, h = base.get("additionalProperties", True), head.get("additionalProperties", True)
    if (b is False) != (h is False):
        kind = "additional-properties-closed" if h is False else "additional-properties-opened"
        comparer.emit(kind, where, _allowed(b), _allowed(h))
    elif b is not False and b != h:
        comparer.compare({} if b is True else b, {} if h is True else h, where.value())


def _limit(keyword: str, value: Any) -> str:
    return f"{keyword} {text.value(value)}" if value is not None else f"no {keyword}"


def _present(schema: dict[str, Any], keyword: str, *, named: bool = False) -> str:
    """The keyword's value as text; "" when the schema does not have it."""
    if keyword not in schema:
        return ""
    return f"{keyword}: {text.value(schema[keyword])}" if named else text.value(schema[keyword])


def _allowed(value: Any) -> str:
    return "not allowed" if value is False else "allowed"
