"""Client IR, operations: one OpenAPI operation -> one method per flavour (`MethodIR`).

Parameters (`client_parameters`), the body (`client_bodies`) and the answer
(`client_responses`) are mapped by their own stages; this one puts them together: the
signature, its overloads (a whole request model or keywords; `stream: Literal[True]` or not),
the return types of the sync and async flavours, and the imports they need. What the client
cannot call is a GenerationError naming the operation, never a skipped method.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.client_bodies import BodyIR, map_body
from generator.client_docs import method_docstring
from generator.client_parameters import ArgumentIR, map_parameters
from generator.client_responses import (
    VALIDATORS_REFERENCE,
    ResponseIR,
    map_response,
    model_reference,
    paged,
)
from generator.client_signatures import Flavour, Signatures, signatures
from generator.client_streams import StreamIR, map_stream
from generator.errors import GenerationError
from generator.ir import ModelIR
from generator.operation_schemas import (
    HTTP_METHODS,
    SpecOperation,
    operations,
    parameters,
    request_body,
    success_response,
)
from generator.types import Import, PyType

RESERVED_NAMES = frozenset(
    {"self", "params", "extra_headers", "extra_query", "extra_body", "timeout"} | {"max_retries"}
)
"""What every method already has: an argument may not be called so (its body's own locals
start with `_`, which no argument does)."""
BETA_HEADERS = {"OpenAI-Beta": "assistants=v2"}
"""Sent by every operation under `beta.`, as the official SDK does."""


@dataclass(frozen=True)
class MethodIR:
    """One operation in one flavour, e.g. `create` = `POST /realtime/sessions`."""

    name: str
    pointer: str
    http_method_source: str
    path_source: str
    body: BodyIR
    request_model: str
    """The request model as the method body calls it (`_models.<Class>`), '' without a body."""
    validator: str
    parameters: tuple[ArgumentIR, ...]
    signature: tuple[str, ...]
    """The parameters of the implementation, one declaration each."""
    returns: str
    overloads: tuple[tuple[tuple[str, ...], str], ...]
    """(declarations, return hint) of each `@overload`; none when one signature says it all."""
    headers_source: str
    """Python source of the headers the operation always sends."""
    call: str
    call_arguments: tuple[str, ...]
    stream_cast: str
    """The event parser when the call can stream, else ''."""
    stream_condition: str
    """The arguments of `RequestOptions.asks_for` that tell a streamed call ('' if none)."""
    docstring: str
    """Indented for a method body, escaped, ready to paste."""
    imports: frozenset[Import]


@dataclass(frozen=True)
class Operation:
    """A mapped operation: where it hangs in the resource tree, and its method per flavour."""

    resource: tuple[str, ...]
    methods: Mapping[str, MethodIR]
    """By flavour prefix: `` (sync) and `Async`."""
    response: ResponseIR
    stream: StreamIR | None


def has_operations(path_item: Any) -> bool:
    """Whether a path item has any operation (a models-only spec has none at all)."""
    return isinstance(path_item, dict) and any(m in HTTP_METHODS for m in path_item)


def map_operations(
    document: Mapping[str, Any],
    models: Mapping[str, ModelIR],
    types: Mapping[str, PyType],
    validators: Mapping[str, str],
    flavours: tuple[Flavour, ...],
    errors: list[GenerationError],
) -> list[Operation]:
    """Every operation the spec has (none is left out: an unmappable one is an error).
    `validators`: the suffix of the validator at each schema pointer that has one."""
    found = []
    for op in operations(document):
        mapped = _Context(document, models, types, validators, op, errors).operation(flavours)
        if mapped is not None:
            found.append(mapped)
    if not found and not errors:
        errors.append(GenerationError("the spec has no operations to make a client for", "#/paths"))
    return found


@dataclass(frozen=True)
class _Context:
    """One operation being mapped; `fail` records an error located at (below) its pointer."""

    document: Mapping[str, Any]
    models: Mapping[str, ModelIR]
    """By class name."""
    types: Mapping[str, PyType]
    validators: Mapping[str, str]
    op: SpecOperation
    errors: list[GenerationError]

    def fail(self, message: str, pointer: str = "") -> None:
        self.errors.append(GenerationError(message, pointer or self.op.pointer))

    def operation(self, flavours: tuple[Flavour, ...]) -> Operation | None:
        count = len(self.errors)
        names = naming.operation_names(self.op.node, self.op.path)
        if isinstance(names, str):
            self.fail(names)
            return None
        resource, name = names
        body = map_body(self.document, request_body(self.document, self.op), *self._maps())
        answer = success_response(self.document, self.op)
        if answer is None:
            self.fail("the client needs a success (2xx) response", self.op.pointer + "/responses")
        basis = naming.snake_name(self.op.operation_id)
        response = map_response(answer, self.types, self.models, basis, self.fail)
        if body is None or response is None or len(self.errors) > count:
            return None
        taken = set(RESERVED_NAMES) | {a.name for a in body.arguments}
        self._check_reserved(body)
        located = parameters(self.document, self.op)
        params = map_parameters(located, self.types, self.validators, taken, self.fail)
        self._check_path(params)
        response = paged(
            response, self.models, {p.wire_name for p in params if p.location == "query"}
        )
        located_answer = answer[1] if answer else None
        stream = map_stream(self.document, body, located_answer, self.types, self.models, basis)
        if len(self.errors) > count:
            return None
        shapes = signatures(body, params, response, stream)
        methods = {
            f.prefix: self._method(f, name, resource, body, params, shapes) for f in flavours
        }
        return Operation(resource, methods, response, stream)

    def _maps(self) -> tuple[Mapping[str, PyType], Mapping[str, ModelIR], Any]:
        return self.types, self.models, self.fail

    def _check_reserved(self, body: BodyIR) -> None:
        for argument in body.arguments:
            if argument.name in RESERVED_NAMES:
                self.fail(
                    f"property {argument.wire_name!r} would become the argument "
                    f"{argument.name!r}, which the client methods already have",
                    self.op.pointer + "/requestBody",
                )

    def _check_path(self, params: tuple[ArgumentIR, ...]) -> None:
        """Each `{name}` of the path needs its path parameter, and each path parameter a hole."""
        holes = set(re.findall(r"\{([^{}]*)\}", self.op.path.partition("?")[0]))
        declared = {p.wire_name for p in params if p.location == "path"}
        for name in sorted(holes - declared):
            self.fail(f"the path's {{{name}}} has no path parameter")
        for name in sorted(declared - holes):
            self.fail(f"path parameter {name!r} has no {{{name}}} in the path")

    def _method(
        self,
        flavour: Flavour,
        name: str,
        resource: tuple[str, ...],
        body: BodyIR,
        params: tuple[ArgumentIR, ...],
        shapes: Signatures,
    ) -> MethodIR:
        shape = shapes.flavoured(flavour)
        headers = dict(BETA_HEADERS if resource[0] == "beta" else {})
        if shapes.response.accept:
            headers["Accept"] = shapes.response.accept
        model = body.model
        return MethodIR(
            name=name,
            pointer=self.op.pointer,
            http_method_source=naming.literal(self.op.http_method.upper()),
            path_source=naming.literal(self.op.path),
            body=body,
            request_model=model_reference(model.class_name) if model else "",
            validator=f"{VALIDATORS_REFERENCE}.validate_{model.validator_suffix}" if model else "",
            parameters=params,
            signature=shape.implementation,
            returns=shape.returns,
            overloads=shape.overloads,
            headers_source=naming.source(headers),
            call=shapes.response.call,
            call_arguments=shape.call_arguments,
            stream_cast=shapes.stream.events.cast if shapes.stream else "",
            stream_condition=shapes.stream.condition_source if shapes.stream else "",
            docstring=method_docstring(self.op.node, body, params),
            imports=shape.imports,
        )
