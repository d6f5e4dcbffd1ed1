"""Client IR, request bodies: JSON (a model, or its properties as keywords) or multipart.

JSON is chosen where the spec offers it (also beside multipart, as openai-python does), else
`multipart/form-data`. A body is an object schema with properties (a model). In a multipart
body, a property whose schema is a binary string (`format: binary`, or `contentMediaType`
without `contentEncoding`), an array of them, or a union with such a branch, takes files
(`FileTypes`: bytes, a path, a binary file or a `(filename, content[, content_type])` tuple).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.client_parameters import ArgumentIR
from generator.ir import FieldIR, ModelIR
from generator.operation_schemas import Located
from generator.types import Import, ListType, ModelRef, PyType, Scalar, UnionType, as_argument
from generator.vocabulary import lookup, pointer_join

JSON = "application/json"
MULTIPART = "multipart/form-data"
FILE = Scalar("FileTypes", Import("._files", "FileTypes"))
FILES = ListType(FILE, "list")

Fail = Callable[[str, str], None]


@dataclass(frozen=True)
class BodyIR:
    """What an operation sends as its body."""

    kind: str
    """`none`, `json` or `multipart`."""
    model: ModelIR | None = None
    arguments: tuple[ArgumentIR, ...] = ()
    file_fields: tuple[tuple[str, str], ...] = ()
    """(argument, wire name) of each file property (multipart)."""

    @property
    def takes_model(self) -> bool:
        """Whether a whole request model may come as the one positional argument."""
        return self.kind == "json"

    @property
    def file_fields_source(self) -> str:
        return naming.source(dict(self.file_fields))


NO_BODY = BodyIR("none")


def map_body(
    document: Mapping[str, Any],
    located: Located | None,
    types: Mapping[str, PyType],
    models: Mapping[str, ModelIR],
    fail: Fail,
) -> BodyIR | None:
    """The body of an operation (`NO_BODY` without one); None after an error."""
    if located is None:
        return NO_BODY
    content = located.node.get("content") if isinstance(located.node, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        fail("a requestBody needs `content`", located.pointer)
        return None
    media = _chosen(content)
    if media is None:
        kinds = ", ".join(sorted(content))
        fail(f"the client sends JSON or multipart/form-data bodies, not {kinds}", located.pointer)
        return None
    pointer = pointer_join(located.pointer, "content", media, "schema")
    py_type = types.get(pointer)
    model = models.get(py_type.class_name) if isinstance(py_type, ModelRef) else None
    if model is None:
        fail("the client needs a request body that is an object schema with properties", pointer)
        return None
    kind = "json" if media != MULTIPART else "multipart"
    files = _file_fields(document, model) if kind == "multipart" else set()
    arguments = tuple(_argument(f, kind, f.python_name in files) for f in model.fields)
    file_fields = tuple(
        (f.python_name, f.wire_name) for f in model.fields if f.python_name in files
    )
    return BodyIR(kind, model, arguments, file_fields)


def _chosen(content: Mapping[str, Any]) -> str | None:
    for media in content:
        if media == JSON or (media.startswith("application/") and media.endswith("+json")):
            return media
    return MULTIPART if MULTIPART in content else None


def _argument(field: FieldIR, kind: str, is_file: bool) -> ArgumentIR:
    py_type = as_argument(field.type)
    if is_file:
        py_type = _file_type(field.type)
    return ArgumentIR(
        name=field.python_name,
        wire_name=field.wire_name,
        type=py_type,
        required=field.required,
        location="body",
        doc_lines=field.doc_lines,
        optional_in_implementation=kind == "json",
    )


def _file_type(py_type: PyType) -> PyType:
    if isinstance(py_type, ListType):
        return FILES
    if isinstance(py_type, UnionType):
        kinds = [_file_type(option) for option in py_type.options]
        return UnionType(tuple(dict.fromkeys(kinds)))
    return FILE


def _file_fields(document: Mapping[str, Any], model: ModelIR) -> set[str]:
    found = set()
    for field in model.fields:
        try:
            schema = lookup(document, field.pointer)
        except KeyError:
            continue
        if _takes_files(document, schema):
            found.add(field.python_name)
    return found


def _takes_files(document: Mapping[str, Any], schema: Any, depth: int = 0) -> bool:
    if depth > 8 or not isinstance(schema, Mapping):
        return False
    if isinstance(schema.get("$ref"), str):
        try:
            return _takes_files(document, lookup(document, schema["$ref"]), depth + 1)
        except KeyError:
            return False
    if schema.get("format") == "binary":
        return True
    if "contentMediaType" in schema and "contentEncoding" not in schema:
        return True
    branches = [*(schema.get("anyOf") or ()), *(schema.get("oneOf") or ())]
    if "items" in schema:
        branches.append(schema["items"])
    return any(_takes_files(document, branch, depth + 1) for branch in branches)
