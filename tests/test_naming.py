"""Class names of inline object schemas: the way to them, each word said once, unless taken."""

from __future__ import annotations

from typing import Any

import pytest

from generator import naming
from generator.build_ir import build_package
from generator.load import LoadedSpec
from generator.naming import Branch


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Run", "image", "image_url"), "RunImageUrl"),
        (
            ("Session", "tracing", Branch("Tracing Configuration", 1, False)),
            "SessionTracingConfiguration",
        ),
        # A branch whose title adds nothing, inside one that said it already.
        (
            (
                "S",
                "tracing",
                Branch("Tracing Configuration", 0, True),
                Branch("Tracing Configuration", 1, False),
            ),
            "STracingConfiguration",
        ),
        (
            ("Run", "input_messages", Branch("Template input messages", 0, False)),
            "RunTemplateInputMessages",
        ),
        (
            ("Run", "input_messages", Branch("Item reference", 1, False)),
            "RunInputMessagesItemReference",
        ),
        (("Run", "tracing", Branch(None, 0, True)), "RunTracing"),
        (("Run", "shape", Branch(None, 1, False)), "RunShapeVariant1"),
        (("Run", "tools", "Item", Branch(None, 0, True), "function"), "RunToolsItemFunction"),
        # A title only replaces the property it names, never the schema's own name.
        (("Tracing", Branch("Tracing options", 0, False)), "TracingOptions"),
        (("AssistantToolsFileSearch", "file_search"), "AssistantToolsFileSearch"),
        (("Order", "class"), "OrderClass"),
        (("", "none"), "None_"),
        (("", "1st"), "N1St"),  # as `class_name` says it
    ],
)
def test_derived_class_name(parts: tuple[naming.NamePart, ...], expected: str) -> None:
    assert naming.derived_class_name(parts) == expected


def test_a_taken_derived_name_falls_back_to_the_way_joined() -> None:
    ways: dict[str, tuple[naming.NamePart, ...]] = {
        "#/a": ("A",),
        "#/a/b": ("A", "a"),  # said once: `A`, the schema's own name
        "#/c": ("C", "image", "image_url"),
        "#/d": ("C", "image_url"),  # joined: `CImageUrl`, what #/c would be said once
        "#/e": ("E", "x", Branch(None, 0, True)),
        "#/f": ("E", "x", "y", Branch(None, 0, True)),
        "#/g": ("Run", "status", Branch(None, 0, True)),
    }
    names = naming.class_names(ways, reserved={"RunStatus"})
    assert names == {
        "#/a": "A",
        "#/a/b": "AA",
        "#/c": "CImageImageUrl",
        "#/d": "CImageUrl",
        "#/e": "EX",
        "#/f": "EXY",
        "#/g": "RunStatusVariant0",  # `RunStatus` is reserved (an alias, say)
    }


def _spec(schemas: dict[str, Any]) -> LoadedSpec:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return LoadedSpec("spec.yaml", document, {})


def _class_names(schemas: dict[str, Any]) -> dict[str, str]:
    package = build_package(_spec(schemas), "p", "")
    return {m.pointer: m.class_name for m in package.models}


OBJECT = {"type": "object", "properties": {"x": {"type": "string"}}}


def test_a_lone_branch_is_named_like_its_property() -> None:
    names = _class_names(
        {"Run": {"type": "object", "properties": {"usage": {"anyOf": [OBJECT, {"type": "null"}]}}}}
    )
    assert names["#/components/schemas/Run/properties/usage/anyOf/0"] == "RunUsage"


def test_a_lone_branch_of_an_alias_keeps_its_number_beside_the_alias() -> None:
    """The alias `Usage` is a class of the package too: the branch may not take its name."""
    names = _class_names({"Usage": {"anyOf": [OBJECT, {"type": "null"}]}})
    assert names == {"#/components/schemas/Usage/anyOf/0": "UsageVariant0"}


def test_a_derived_name_never_takes_a_later_components_name() -> None:
    """`Run.image.image_url` said once is `RunImageUrl`, a component built after it."""
    image = {"type": "object", "properties": {"image_url": OBJECT}}
    names = _class_names(
        {"Run": {"type": "object", "properties": {"image": image}}, "RunImageUrl": OBJECT}
    )
    assert names["#/components/schemas/Run/properties/image/properties/image_url"] == (
        "RunImageImageUrl"
    )
    assert names["#/components/schemas/RunImageUrl"] == "RunImageUrl"
