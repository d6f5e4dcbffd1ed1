"""Union branches that a schema's own `type` contradicts, made to say what they can match.

In `{type: string, oneOf: [{type: integer}, {enum: [a, b]}]}` the first branch can never
match: any value it admits fails `type: string`. Validation means the same whether or not the
branch is there, but generated code that tests a value already known to be a `str` for `int`
is dead, and `mypy --strict` refuses it. So such a branch becomes `false` (its index stays, so
every pointer below the union still names the same node), with a warning, and a branch that
admits some types the schema excludes has its `type` narrowed to those it shares (silently: the
verdicts stay the same). A union left with no possible branch admits no value: an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import GenerationError, GenerationFailed
from generator.load import LoadedSpec
from generator.schema_walk import all_schema_roots, walk
from generator.vocabulary import JSON_TYPES, lookup, pointer_join

_NUMBERS = frozenset({"integer", "number"})


def narrow_unions(spec: LoadedSpec) -> list[GenerationError]:
    """Every union of the (validated, dialect-mapped) document narrowed in place; a warning
    per branch read as false. Run after validation, so that the spec is checked as written."""
    warnings: list[GenerationError] = []
    errors: list[GenerationError] = []
    for root_pointer, root in all_schema_roots(spec.document):
        for pointer, schema in walk(root, root_pointer):
            notes, found = narrow_branches(spec.document, schema, pointer)
            warnings += [spec.warning(message, where) for where, message in notes]
            errors += [spec.error(message, where) for where, message in found]
    if errors:
        raise GenerationFailed(errors)
    return warnings


def narrow_branches(
    document: Mapping[str, Any], schema: Mapping[str, Any], pointer: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Rewrite the `anyOf`/`oneOf` branches of `schema` in place: (warnings, errors), each a
    list of (pointer, message)."""
    own = _declared_types(schema)
    notes: list[tuple[str, str]] = []
    errors: list[tuple[str, str]] = []
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if own is None or not isinstance(branches, list) or not branches:
            continue
        if all(_possible(document, own, branch) is False for branch in branches):
            message = f"no branch of {keyword!r} admits a value of 'type: {_listed(own)}'"
            errors.append((pointer_join(pointer, keyword), message + ": the schema admits none"))
            continue
        for index, branch in enumerate(branches):
            admitted = _admitted_types(document, branch)
            if admitted is None:
                continue
            shared = _shared(own, admitted)
            where = pointer_join(pointer, keyword, index)
            if not shared:
                branches[index] = False
                notes.append((where, _never_message(own, admitted)))
            elif shared != admitted and isinstance(branch, dict) and "type" in branch:
                branch["type"] = sorted(shared) if len(shared) > 1 else min(shared)
    return notes, errors


def _possible(document: Mapping[str, Any], own: frozenset[str], branch: Any) -> bool | None:
    """Whether `branch` can admit a value of the types `own`; None when it does not say."""
    if branch is False:
        return False
    admitted = _admitted_types(document, branch)
    return None if admitted is None else bool(_shared(own, admitted))


def _never_message(own: frozenset[str], admitted: frozenset[str]) -> str:
    return (
        f"this branch admits only {', '.join(sorted(admitted))}, which the schema's "
        f"'type: {_listed(own)}' excludes: it can never match (read as false)"
    )


def _listed(types: frozenset[str]) -> str:
    """As the `type` keyword would say it: `string`, or `[null, string]`."""
    return min(types) if len(types) == 1 else f"[{', '.join(sorted(types))}]"


def _declared_types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema's own `type` admits; None when it says nothing usable."""
    declared = schema.get("type")
    listed = declared if isinstance(declared, list) else [declared]
    if not listed or not all(isinstance(t, str) and t in JSON_TYPES for t in listed):
        return None
    return frozenset(listed)


def _admitted_types(document: Mapping[str, Any], branch: Any) -> frozenset[str] | None:
    """The JSON types a branch can admit, from its `type`, `const` and `enum` (following one
    `$ref` without siblings); None when it does not say."""
    if isinstance(branch, dict) and set(branch) == {"$ref"} and isinstance(branch["$ref"], str):
        try:
            branch = lookup(document, branch["$ref"])
        except KeyError:
            return None
    if not isinstance(branch, dict):
        return None
    found = _declared_types(branch)
    values = [branch["const"]] if "const" in branch else branch.get("enum")
    if isinstance(values, list):
        of_values = frozenset(t for value in values for t in _types_of_value(value))
        found = of_values if found is None else _shared(found, of_values)
    return found


def _types_of_value(value: Any) -> tuple[str, ...]:
    if value is None:
        return ("null",)
    if isinstance(value, bool):
        return ("boolean",)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return ("integer", "number")
    if isinstance(value, float):
        return ("number",)
    if isinstance(value, str):
        return ("string",)
    return ("array",) if isinstance(value, list) else ("object",)


def _shared(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    """The types both admit (an integer is a number: `integer` and `number` share `integer`)."""
    shared = set(first & second)
    if "integer" in first | second and first & _NUMBERS and second & _NUMBERS:
        shared.add("integer")
    return frozenset(shared)
