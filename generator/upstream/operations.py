"""The resource's methods -> OpenAPI `paths`: verb and path from the .mjs, the rest from the .d.mts.

Per method: `summary` is the JSDoc's first sentence, `description` the JSDoc up to its first
`@tag` (the `@example`), `x-sdk-resource` the package path under `resources/` with dots
(`beta.realtime.sessions`) and `x-sdk-method` the method's name; the body and the 200 response
are JSON `$ref`s to the method's parameter and `APIPromise<...>` types. Everything else about an
operation (its id, tags, examples, response text) is the overlay's.
"""

from __future__ import annotations

import re
from typing import Any

from generator.client_operations import BETA_HEADERS
from generator.errors import GenerationError, GenerationFailed
from generator.upstream.declarations import Declarations, HttpCall, Method
from generator.yaml12 import folded_lines

SENTENCE_END = re.compile(r"\.(?=\s|$)")
JSON = "application/json"


def build_paths(
    declarations: Declarations,
    calls: dict[str, HttpCall],
    resource_path: str,
    schemas: dict[str, Any],
    where: tuple[str, str],
) -> dict[str, Any]:
    """`paths` for every method of the resource; `where` names the .d.mts and the .mjs."""
    types_file, code_file = where
    resource = _sdk_resource(resource_path)
    paths: dict[str, Any] = {}
    errors: list[GenerationError] = []
    for method in declarations.methods:
        call = calls.get(method.name)
        if call is None:
            message = f"method {method.name} has no implementation in {code_file}"
            errors.append(GenerationError(message, "", types_file, method.line))
            continue
        errors += _header_errors(call, resource, code_file)
        for type_name in (method.body_type, method.result_type):
            if type_name is not None and type_name not in schemas:
                message = (
                    f"method {method.name} uses {type_name}, which the resource does not export"
                )
                errors.append(GenerationError(message, "", types_file, method.line))
        operation = _operation(method, resource)
        paths.setdefault(call.path, {})[call.verb] = operation
    if errors:
        raise GenerationFailed(errors)
    return paths


def _operation(method: Method, resource: str) -> dict[str, Any]:
    operation: dict[str, Any] = {}
    if method.doc:
        operation["summary"] = folded_lines(_first_sentence(method.doc))
        operation["description"] = folded_lines(method.doc)
    operation["x-sdk-resource"] = resource
    operation["x-sdk-method"] = method.name
    if method.body_type is not None:
        operation["requestBody"] = {
            "required": method.body_required,
            "content": {JSON: {"schema": {"$ref": _ref(method.body_type)}}},
        }
    response: dict[str, Any] = {}
    if method.result_type is not None:
        response["content"] = {JSON: {"schema": {"$ref": _ref(method.result_type)}}}
    operation["responses"] = {"200": response}
    return operation


def _header_errors(call: HttpCall, resource: str, code_file: str) -> list[GenerationError]:
    # The generated client adds the beta header itself (generator/client_operations.py); a
    # different value upstream would go unsent, so it must be seen, not dropped.
    if not resource.startswith("beta."):
        return []
    errors = []
    for name, value in BETA_HEADERS.items():
        if call.headers.get(name) != value:
            message = (
                f"upstream sends {name}: {call.headers.get(name)!r}; the generated client sends "
                f"{value!r} (BETA_HEADERS in generator/client_operations.py)"
            )
            errors.append(GenerationError(message, "", code_file, call.line))
    return errors


def _first_sentence(lines: list[str]) -> list[str]:
    taken: list[str] = []
    for line in lines:
        if not line:
            break
        match = SENTENCE_END.search(line)
        if match:
            taken.append(line[: match.end()])
            break
        taken.append(line)
    return taken


def _sdk_resource(resource_path: str) -> str:
    # "resources/beta/realtime/sessions.d.mts" -> "beta.realtime.sessions"
    stem = resource_path.removeprefix("resources/").removesuffix(".d.mts")
    return stem.replace("/", ".")


def _ref(type_name: str) -> str:
    return "#/components/schemas/" + type_name.replace(".", "")
