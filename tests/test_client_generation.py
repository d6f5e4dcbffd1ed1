"""The client's share of generation: resource nesting from the spec, and loud failures.

An operation the client cannot call yet is a located GenerationError, never a skipped method.
"""

from __future__ import annotations

import ast
import copy
from typing import Any

import pytest

from generator.build_ir import build_package
from generator.client_ir import build_client_ir
from generator.errors import GenerationFailed
from generator.load import LoadedSpec
from generator.render import environment, render_client_files

WIDGET = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"name": {"type": "string", "description": "What to call it."}},
}
BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.2.3"},
    "servers": [{"url": "https://widgets.example/v2"}],
    "paths": {
        "/widgets": {
            "post": {
                "operationId": "createWidget",
                "tags": ["Widgets"],
                "summary": "Make a widget.",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Params"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    }
                },
            }
        }
    },
    "components": {"schemas": {"Params": WIDGET, "Widget": WIDGET}},
}
OPERATION = "#/paths/~1widgets/post"


def spec(**changes: Any) -> dict[str, Any]:
    """BASE with `changes` applied to the operation (None deletes a key)."""
    document = copy.deepcopy(BASE)
    operation = document["paths"]["/widgets"]["post"]
    for key, value in changes.items():
        if value is None:
            operation.pop(key, None)
        else:
            operation[key] = value
    return document


def client_ir(document: dict[str, Any]) -> Any:
    package = build_package(LoadedSpec("spec.yaml", document, {}), "widgets", "# header")
    return build_client_ir(document, package)


def messages(document: dict[str, Any]) -> list[str]:
    with pytest.raises(GenerationFailed) as caught:
        client_ir(document)
    return [f"{e.pointer}: {e.message}" for e in caught.value.errors]


def test_without_sdk_extensions_the_tag_and_operation_id_name_the_method() -> None:
    ir = client_ir(spec())
    assert [(r.class_name, [m.name for m in r.methods]) for r in ir.resources] == [
        ("Widgets", ["create_widget"]),
        ("AsyncWidgets", ["create_widget"]),
    ]
    assert ir.base_url_source == "'https://widgets.example/v2'"
    assert ir.resources[0].methods[0].headers_source == "{}"  # not a beta resource


def test_sdk_extensions_nest_resources_and_beta_sends_its_header() -> None:
    ir = client_ir(spec(**{"x-sdk-resource": "beta.gadgets.widgets", "x-sdk-method": "make"}))
    sync = {r.class_name: r for r in ir.resources if not r.class_name.startswith("Async")}
    assert [c.attribute for c in ir.clients[0].children] == ["beta"]
    assert [(c.attribute, c.class_name) for c in sync["Beta"].children] == [("gadgets", "Gadgets")]
    assert [m.name for m in sync["Widgets"].methods] == ["make"]
    assert sync["Widgets"].methods[0].headers_source == "{'OpenAI-Beta': 'assistants=v2'}"


def test_spec_text_reaches_the_code_only_inside_an_escaped_docstring() -> None:
    hostile = 'Ends the docstring """; import os; os.system("x") \\'
    document = spec(summary=hostile)
    package = build_package(LoadedSpec("spec.yaml", document, {}), "widgets", "# header")
    files = render_client_files(document, package, environment())
    assert sorted(files) == ["_client.py", "resources.py"]
    module = ast.parse(files["resources.py"])
    [widgets] = [n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "Widgets"]
    [method] = [n for n in widgets.body if isinstance(n, ast.FunctionDef) and n.name != "__init__"]
    assert (ast.get_docstring(method) or "").startswith(hostile)
    ast.parse(files["_client.py"])


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            spec(parameters=[{"name": "q", "in": "query", "schema": {"type": "string"}}]),
            f"{OPERATION}: parameters (path, query, header) are not supported by the client yet",
        ),
        (
            spec(
                requestBody={
                    "content": {"multipart/form-data": {"schema": {"type": "object"}}},
                }
            ),
            f"{OPERATION}/requestBody: the client supports only a JSON request body "
            "(application/json), not ['multipart/form-data']",
        ),
        (
            spec(tags=None),
            f"{OPERATION}: the client needs `x-sdk-resource` (e.g. `beta.sessions`) or a tag",
        ),
        (
            spec(responses={"204": {"description": "nothing"}}),
            f"{OPERATION}/responses: the client needs a 200 or 201 response",
        ),
        (
            {**spec(), "servers": [{"url": "/relative"}]},
            "#/servers: the client needs `servers[0].url`, an absolute http(s) URL without "
            "variables",
        ),
        (
            spec(**{"x-sdk-resource": "params"}),
            f"{OPERATION}: resource 'params' becomes class 'Params', taken by "
            "#/components/schemas/Params",
        ),
    ],
    ids=[
        "query-parameter",
        "multipart-body",
        "no-resource",
        "no-json-response",
        "servers",
        "clash",
    ],
)
def test_unsupported_operations_fail_loudly(document: dict[str, Any], expected: str) -> None:
    assert expected in messages(document)


def test_a_spec_without_operations_makes_no_client_files() -> None:
    document = {**spec(), "paths": {}}
    package = build_package(LoadedSpec("spec.yaml", document, {}), "widgets", "# header")
    assert render_client_files(document, package, environment()) == {}
