"""Client IR, part 1: one OpenAPI operation -> one method (`MethodIR`), or located errors.

What the client cannot call yet (parameters, non-JSON bodies, ...) is a GenerationError naming
the operation, never a skipped method.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.errors import GenerationError
from generator.ir import ModelIR
from generator.types import Omittable, PyType, as_argument
from generator.vocabulary import pointer_join

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BODY_METHODS = ("post", "put", "patch")
RESERVED_PARAMS = frozenset({"self", "params", "extra_headers", "extra_body", "timeout"})
RESERVED_PARAMS |= {"max_retries"}
BETA_HEADERS = {"OpenAI-Beta": "assistants=v2"}
"""Sent by every operation under `beta.`, as the official SDK does."""
METHOD_DOC_INDENT = " " * 8
PARAM_DOCS = (
    ("params", "A whole request model instead of keyword arguments (not both)."),
    ("extra_headers", "Headers to send besides (or instead of) the defaults."),
    ("extra_body", "Properties merged into the JSON body after validation."),
    ("timeout", "Seconds (or an `httpx.Timeout`) for this call instead of the client's."),
    ("max_retries", "Retries for this call instead of the client's `max_retries`."),
)


COMMON_PARAMS = (
    "extra_headers: Mapping[str, str] | None = None",
    "extra_body: Mapping[str, JsonValue] | None = None",
    "timeout: Timeout | NotGiven = NOT_GIVEN",
    "max_retries: int | NotGiven = NOT_GIVEN",
)


@dataclass(frozen=True)
class ParamIR:
    """One keyword argument of a method: a field of the request model."""

    name: str
    type: PyType
    required: bool

    @property
    def declaration(self) -> str:
        """As the keyword-arguments overload declares it (required stays required)."""
        if self.required:
            return f"{self.name}: {self.type.hint()}"
        return self.implementation

    @property
    def implementation(self) -> str:
        """As the implementation declares it: also optional, as a request model may come instead."""
        return f"{self.name}: {Omittable(self.type).hint()} = NOT_GIVEN"


@dataclass(frozen=True)
class MethodIR:
    """One operation, e.g. `create` = `POST /realtime/sessions`."""

    name: str
    pointer: str
    http_method_source: str
    path_source: str
    request_class: str
    response_class: str
    validator: str
    params: tuple[ParamIR, ...]
    signature: tuple[str, ...]
    """The parameters of the implementation, one declaration each."""
    overloads: tuple[tuple[str, ...], ...]
    """With required properties: a model-only and a keywords-only signature; else none."""
    headers_source: str
    """Python source of the headers the operation always sends."""
    docstring: str
    """Indented for a method body, escaped, ready to paste."""


@dataclass(frozen=True)
class Operation:
    """A mapped operation: where it hangs in the resource tree, and its method."""

    resource: tuple[str, ...]
    method: MethodIR


def has_operations(path_item: Any) -> bool:
    """Whether a path item has any operation (a models-only spec has none at all)."""
    return isinstance(path_item, dict) and any(m in HTTP_METHODS for m in path_item)


def map_operations(
    document: Mapping[str, Any], models: Mapping[str, ModelIR], errors: list[GenerationError]
) -> list[Operation | None]:
    found: list[Operation | None] = []
    for path, item in (document.get("paths") or {}).items():
        for http_method, operation in (item or {}).items():
            if http_method in HTTP_METHODS:
                pointer = pointer_join("#/paths", path, http_method)
                context = _Context(document, models, pointer, errors)
                found.append(context.operation(path, http_method, operation))
    if not found:
        errors.append(GenerationError("the spec has no operations to make a client for", "#/paths"))
    return found


@dataclass(frozen=True)
class _Context:
    """One operation being mapped; `fail` records an error located at (below) its pointer."""

    document: Mapping[str, Any]
    models: Mapping[str, ModelIR]
    pointer: str
    errors: list[GenerationError]

    def fail(self, message: str, *tokens: str) -> None:
        self.errors.append(GenerationError(message, pointer_join(self.pointer, *tokens)))

    def operation(self, path: str, http_method: str, op: Mapping[str, Any]) -> Operation | None:
        resource, name = self.names(op)
        if "{" in path or op.get("parameters") or self.path_item_parameters(path):
            self.fail("parameters (path, query, header) are not supported by the client yet")
        if http_method not in BODY_METHODS:
            self.fail(f"{http_method.upper()} operations are not supported by the client yet")
        request = self.request_model(op)
        response = self.response_model(op)
        if not (resource and name and request and response) or _has_errors(self):
            return None
        params = self.params(request)
        docstring = _method_docstring(op, request, params)
        method = MethodIR(
            name=name,
            pointer=self.pointer,
            http_method_source=repr(http_method.upper()),
            path_source=repr(path),
            request_class=request.class_name,
            response_class=response.class_name,
            validator=f"validate_{request.validator_suffix}",
            params=params,
            signature=(
                "self",
                f"params: {request.class_name} | NotGiven = NOT_GIVEN",
                "/",
                "*",
                *(p.implementation for p in params),
                *COMMON_PARAMS,
            ),
            overloads=_overloads(request.class_name, params),
            headers_source=repr(BETA_HEADERS if resource[0] == "beta" else {}),
            docstring=docstring,
        )
        return Operation(resource, method)

    def path_item_parameters(self, path: str) -> Any:
        return (self.document.get("paths") or {}).get(path, {}).get("parameters")

    def names(self, op: Mapping[str, Any]) -> tuple[tuple[str, ...], str]:
        names = naming.operation_names(op)
        if isinstance(names, str):
            self.fail(names)
            return (), ""
        return names

    def request_model(self, op: Mapping[str, Any]) -> ModelIR | None:
        body = op.get("requestBody")
        if not isinstance(body, dict) or "$ref" in body:
            self.fail("the client needs an inline `requestBody` (a `$ref` to one is not supported)")
            return None
        return self.json_model(body.get("content"), "a JSON request body", "requestBody")

    def response_model(self, op: Mapping[str, Any]) -> ModelIR | None:
        responses = op.get("responses") or {}
        success = [code for code in responses if str(code) in ("200", "201")]
        if not success:
            self.fail("the client needs a 200 or 201 response", "responses")
            return None
        code = str(success[0])
        answer = responses[success[0]]
        if not isinstance(answer, dict) or "$ref" in answer:
            self.fail(
                "a `$ref` to a response is not supported by the client yet", "responses", code
            )
            return None
        return self.json_model(answer.get("content"), "a JSON response", "responses", code)

    def json_model(self, content: Any, what: str, *tokens: str) -> ModelIR | None:
        if not isinstance(content, dict) or list(content) != ["application/json"]:
            kinds = sorted(content) if isinstance(content, dict) else []
            self.fail(f"the client supports only {what} (application/json), not {kinds}", *tokens)
            return None
        schema = content["application/json"].get("schema")
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        model = self.models.get(ref) if isinstance(ref, str) else None
        if model is None:
            message = f"the client needs {what} that is a `$ref` to an object schema"
            self.fail(message, *tokens, "content", "application/json", "schema")
        return model

    def params(self, request: ModelIR) -> tuple[ParamIR, ...]:
        params = []
        for field in request.fields:
            if field.python_name in RESERVED_PARAMS:
                self.fail(
                    f"property {field.wire_name!r} would become the argument "
                    f"{field.python_name!r}, which the client methods already have",
                    "requestBody",
                )
            params.append(ParamIR(field.python_name, as_argument(field.type), field.required))
        return tuple(params)


def _overloads(request_class: str, params: tuple[ParamIR, ...]) -> tuple[tuple[str, ...], ...]:
    """Type checkers then insist on required properties, unless a whole model is passed."""
    if not any(p.required for p in params):
        return ()
    whole_model = ("self", f"params: {request_class}", "/", "*", *COMMON_PARAMS)
    # `self, /` as in the implementation, whose `params` is positional-only.
    keywords = ("self", "/", "*", *(p.declaration for p in params), *COMMON_PARAMS)
    return (whole_model, keywords)


def _has_errors(context: _Context) -> bool:
    return any(
        e.pointer == context.pointer or e.pointer.startswith(context.pointer + "/")
        for e in context.errors
    )


def _method_docstring(op: Mapping[str, Any], request: ModelIR, params: tuple[ParamIR, ...]) -> str:
    text = op.get("description") or op.get("summary")
    lines = list(naming.description_lines(text)) or [f"Call the operation {op.get('operationId')}."]
    lines += ["", "Args:"]
    docs = {f.python_name: f.doc_lines for f in request.fields}
    entries = [(p.name, docs[p.name]) for p in params] + [(n, (d,)) for n, d in PARAM_DOCS]
    for index, (name, doc) in enumerate(entries):
        lines += ([""] if index else []) + _arg_doc(name, doc)
    return naming.docstring(tuple(lines), METHOD_DOC_INDENT)


def _arg_doc(name: str, doc: tuple[str, ...]) -> list[str]:
    """`    name: text`, wrapped with hanging indents so that the docstring helper keeps it."""
    width = naming.DOC_WIDTH - len(METHOD_DOC_INDENT)
    paragraphs = "\n".join(doc).split("\n\n")
    lines: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        text = " ".join(paragraph.split())
        first = f"    {name}: " if index == 0 else "        "
        lines += ([""] if index else []) + textwrap.wrap(
            text or "-",
            width,
            initial_indent=first,
            subsequent_indent="        ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    return lines
