"""The intermediate representation: everything a template needs, already decided.

Templates only loop over these and fill holes; type hints, defaults, docstrings and the
statements that convert between wire JSON and Python values are all text here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldIR:
    """One property of an object schema, as a dataclass field."""

    python_name: str
    wire_name: str
    hint: str
    """The full annotation, e.g. `SessionTurnDetection | None | NotGiven`."""
    param_hint: str
    """The annotation as a client method's keyword argument: arrays there take any iterable."""
    default: str
    """Source after the annotation, e.g. ` = NOT_GIVEN`; "" for a plain required field."""
    required: bool
    doc_lines: tuple[str, ...]
    docstring: str
    """The attribute docstring, indented and escaped, ready to paste."""
    to_wire: tuple[str, ...]
    """Statements (indented for a method body) adding the field to `out`."""
    from_wire: str
    """The keyword argument `name=expression` that reads the field from `data`."""
    pointer: str


@dataclass(frozen=True)
class ModelIR:
    """An object schema, emitted as a keyword-only dataclass."""

    class_name: str
    pointer: str
    docstring: str
    fields: tuple[FieldIR, ...]
    strict: bool
    """Request models validate in `from_dict()` and refuse unknown properties."""
    validator_suffix: str
    required_source: str
    """Python source of the tuple of required wire names."""
    known_source: str
    """Python source of the frozenset of declared wire names."""
    refuses_unknown_source: str
    """`True` when unknown properties are refused, `False` when they are kept."""
    class_name_source: str
    """The class name as a string literal, for messages."""
    shape_miss: str
    """An expression false when `data` surely passes `check_object` (the fast, valid path)."""
    from_dict_doc: str
    """The end of the `from_dict` docstring's first line."""
    extra_field: str
    """The `extra_properties` declaration, or "" when the model keeps no extras."""
    extra_docstring: str
    extra_from_wire: str
    """The `extra_properties=...` keyword argument of `_decode`, or ""."""
    extra_to_wire: str
    """The expression `to_dict()` starts its output from."""
    from_dict_lines: tuple[str, ...]


@dataclass(frozen=True)
class AliasIR:
    """A named schema that is not an object (enum, union, array...), emitted as a type alias."""

    name: str
    value_source: str
    """Python source of the alias value, an annotation."""
    docstring: str
    pointer: str


@dataclass(frozen=True)
class PackageIR:
    """The whole generated package."""

    package_name: str
    header: str
    """One comment line saying which spec the file comes from and not to edit it."""
    models: tuple[ModelIR, ...]
    aliases: tuple[AliasIR, ...]
    validator_targets: tuple[tuple[str, str], ...]
    """(suffix, JSON pointer) of every schema that gets `validate_<suffix>`."""
    models_imports: tuple[str, ...]
    """Import lines of the models module, sorted."""
