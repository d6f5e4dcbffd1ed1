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
    package = build_package(
        LoadedSpec("spec.yaml", document, {}), "widgets", "# header", operations=True
    )
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
    assert ir.base_url_source == '"https://widgets.example/v2"'
    assert ir.resources[0].methods[0].headers_source == "{}"  # not a beta resource


def test_sdk_extensions_nest_resources_and_beta_sends_its_header() -> None:
    ir = client_ir(spec(**{"x-sdk-resource": "beta.gadgets.widgets", "x-sdk-method": "make"}))
    sync = {r.class_name: r for r in ir.resources if not r.class_name.startswith("Async")}
    assert [c.attribute for c in ir.clients[0].children] == ["beta"]
    assert [(c.attribute, c.class_name) for c in sync["Beta"].children] == [("gadgets", "Gadgets")]
    assert [m.name for m in sync["Widgets"].methods] == ["make"]
    assert sync["Widgets"].methods[0].headers_source == '{"OpenAI-Beta": "assistants=v2"}'


def test_spec_text_reaches_the_code_only_inside_an_escaped_docstring() -> None:
    hostile = 'Ends the docstring """; import os; os.system("x") \\'
    document = spec(summary=hostile)
    package = build_package(
        LoadedSpec("spec.yaml", document, {}), "widgets", "# header", operations=True
    )
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
            spec(parameters=[{"name": "q", "in": "cookie", "schema": {"type": "string"}}]),
            f"{OPERATION}/parameters/0: parameters in 'cookie' are not supported by the client",
        ),
        (
            spec(parameters=[{"name": "q", "in": "query", "style": "matrix"}]),
            f"{OPERATION}/parameters/0: style 'matrix' is not supported for query parameters",
        ),
        (
            spec(
                requestBody={
                    "content": {"multipart/form-data": {"schema": {"type": "object"}}},
                }
            ),
            f"{OPERATION}/requestBody/content/multipart~1form-data/schema: the client needs a "
            "request body that is an object schema with properties",
        ),
        (
            spec(requestBody={"content": {"application/xml": {"schema": {"type": "object"}}}}),
            f"{OPERATION}/requestBody: the client sends JSON or multipart/form-data bodies, not "
            "application/xml",
        ),
        (
            spec(parameters=[{"name": "id", "in": "path", "schema": {"type": "string"}}]),
            f"{OPERATION}: path parameter 'id' has no {{id}} in the path",
        ),
        (
            spec(tags=None, operationId=None),
            f"{OPERATION}: the client needs `x-sdk-method` (e.g. `create`) or an operationId",
        ),
        (
            spec(responses={"default": {"description": "nothing"}}),
            f"{OPERATION}/responses: the client needs a success (2xx) response",
        ),
        (
            {**spec(), "servers": [{"url": "/relative"}]},
            "#/servers: the client needs `servers[0].url`, an absolute http(s) URL without "
            "variables",
        ),
    ],
    ids=[
        "cookie-parameter",
        "parameter-style",
        "multipart-without-properties",
        "xml-body",
        "path-parameter-without-hole",
        "no-method-name",
        "no-success-response",
        "servers",
    ],
)
def test_unsupported_operations_fail_loudly(document: dict[str, Any], expected: str) -> None:
    assert expected in messages(document)


def test_a_spec_without_operations_makes_no_client_files() -> None:
    document = {**spec(), "paths": {}}
    package = build_package(
        LoadedSpec("spec.yaml", document, {}), "widgets", "# header", operations=True
    )
    assert render_client_files(document, package, environment()) == {}


def test_without_a_tag_the_path_names_the_resource() -> None:
    document = spec(tags=None)
    document["paths"]["/orgs/{org_id}/widgets?beta=true"] = document["paths"].pop("/widgets")
    document["paths"]["/orgs/{org_id}/widgets?beta=true"]["post"]["parameters"] = [
        {"name": "org_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    ir = client_ir(document)
    assert [(r.class_name, [m.name for m in r.methods]) for r in ir.resources[:2]] == [
        ("Orgs", []),
        ("Widgets", ["create_widget"]),
    ]


def test_a_resource_class_taken_by_a_model_gets_its_path_then_resource() -> None:
    ir = client_ir(spec(**{"x-sdk-resource": "params"}))
    assert [r.class_name for r in ir.resources] == ["ParamsResource", "AsyncParamsResource"]
    nested = client_ir(spec(**{"x-sdk-resource": "shop.params"}))
    assert [r.class_name for r in nested.resources][:2] == ["Shop", "ShopParams"]


def test_a_parameter_named_like_a_body_property_gets_its_location_appended() -> None:
    name = {"name": "name", "in": "query", "schema": {"type": "string"}}
    timeout = {"name": "timeout", "in": "header", "schema": {"type": "integer"}}
    [method, _] = [
        m for r in client_ir(spec(parameters=[name, timeout])).resources for m in r.methods
    ]
    assert [(p.name, p.wire_name, p.location) for p in method.parameters] == [
        ("name_query", "name", "query"),
        ("timeout_header", "timeout", "header"),
    ]
    assert "name_query: str | NotGiven = NOT_GIVEN" in method.signature


def test_resources_import_the_models_and_validators_packages_only_where_used() -> None:
    """A union answer of two models tells them apart with their validators, so a GET without any
    request body still imports them; a call without models imports neither package."""
    document = spec(requestBody=None)
    document["paths"]["/widgets"]["get"] = document["paths"]["/widgets"].pop("post")
    answer = document["paths"]["/widgets"]["get"]["responses"]["200"]["content"]
    refs = [{"$ref": "#/components/schemas/Params"}, {"$ref": "#/components/schemas/Widget"}]
    answer["application/json"]["schema"] = {"oneOf": refs}
    imports = client_ir(document).resources_imports
    assert "from . import models as _models" in imports
    assert "from . import validators as _validators" in imports
    document["paths"]["/widgets"]["get"]["responses"] = {"204": {"description": "none"}}
    imports = client_ir(document).resources_imports
    assert not any("_models" in line or "_validators" in line for line in imports)
