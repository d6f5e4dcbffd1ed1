"""OpenAPI Overlay 1.0.0 (generator/overlay.py): shape errors with locations, then the actions.

No Node needed: these run the overlay stage on small documents, in process.
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest

from generator.errors import GenerationFailed
from generator.overlay import apply_overlay, load_overlay

HEAD = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
DOCUMENT = {
    "info": {"title": "upstream", "version": "1"},
    "components": {
        "schemas": {
            "A": {"type": "object", "properties": {"n": {"type": "number"}}},
            "B": {"type": "object", "properties": {"n": {"type": "number"}, "s": {}}},
        }
    },
    "tags": [{"name": "one"}, {"name": "two"}, {"name": "three"}],
}


def overlay_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text(dedent(text), encoding="utf-8")
    return path


def errors_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(GenerationFailed) as failure:
        load_overlay(overlay_file(tmp_path, text), "overlay.yaml")
    return [str(error) for error in failure.value.errors]


def applied(tmp_path: Path, actions: str) -> Any:
    overlay = load_overlay(overlay_file(tmp_path, HEAD + "actions:\n" + dedent(actions)))
    return apply_overlay(DOCUMENT, overlay)


def test_shape_errors_are_located_one_line_each(tmp_path: Path) -> None:
    text = """\
        overlay: 1.1.0
        info: {title: t}
        extra: 1
        actions:
          - target: $.info
            update: {title: x}
            remove: true
          - target: $.info
          - target: $[?
            remove: true
          - description: no target
            remove: true
          - target: $.info
            remove: yes please
            colour: red
        """
    assert errors_of(tmp_path, text) == [
        "overlay.yaml:1: #/overlay: error: `overlay` must be '1.0.0' (found '1.1.0')",
        "overlay.yaml:2: #/info/version: error: `info.version` must be a non-empty string",
        "overlay.yaml:3: #/extra: error: unknown overlay field 'extra'",
        "overlay.yaml:5: #/actions/0: error: an action needs exactly one of `update` and "
        "`remove: true`",
        "overlay.yaml:8: #/actions/1: error: an action needs exactly one of `update` and "
        "`remove: true`",
        "overlay.yaml:9: #/actions/2/target: error: invalid JSONPath '$[?': "
        "unclosed bracketed selection",
        "overlay.yaml:11: #/actions/3/target: error: `target` must be a JSONPath expression "
        "(a string)",
        "overlay.yaml:15: #/actions/4/colour: error: unknown action field 'colour'",
        "overlay.yaml:14: #/actions/4/remove: error: `remove` must be true or false",
    ]


def test_not_an_overlay_at_all(tmp_path: Path) -> None:
    assert errors_of(tmp_path, "- a\n") == [
        "overlay.yaml:1: #: error: an overlay must be a mapping"
    ]
    assert errors_of(tmp_path, HEAD + "actions: []\n") == [
        "overlay.yaml:3: #/actions: error: `actions` must be a non-empty list"
    ]
    assert errors_of(tmp_path, "a: [\n") == [
        "overlay.yaml:2: #/a: error: invalid YAML: "
        "expected the node content, but found '<stream end>'"
    ]


def test_update_merges_objects_deeply_and_keeps_the_rest(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        """\
        - target: $.components.schemas[*].properties.n
          description: every n is a whole number
          update: {type: integer, minimum: 0}
        - target: $.components.schemas.A
          update: {properties: {m: {type: string}}, additionalProperties: false}
        """,
    )
    schemas = result["components"]["schemas"]
    assert schemas["A"] == {
        "type": "object",
        "properties": {"n": {"type": "integer", "minimum": 0}, "m": {"type": "string"}},
        "additionalProperties": False,
    }
    assert schemas["B"]["properties"] == {"n": {"type": "integer", "minimum": 0}, "s": {}}
    assert DOCUMENT["components"]["schemas"]["A"]["properties"] == {"n": {"type": "number"}}


def test_update_on_an_array_appends_and_remove_deletes_every_match(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        """\
        - target: $.tags
          update: {name: four}
        - target: $.tags[?@.name == 'one' || @.name == 'three']
          remove: true
        - target: $.components.schemas.B.properties.s
          remove: true
        """,
    )
    assert result["tags"] == [{"name": "two"}, {"name": "four"}]
    assert result["components"]["schemas"]["B"]["properties"] == {"n": {"type": "number"}}


def test_actions_apply_in_order(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        """\
        - target: $.components.schemas.A.properties.n
          update: {type: integer}
        - target: $.components.schemas[*].properties[?@.type == 'integer']
          update: {minimum: 1}
        """,
    )
    assert result["components"]["schemas"]["A"]["properties"]["n"] == {
        "type": "integer",
        "minimum": 1,
    }
    assert result["components"]["schemas"]["B"]["properties"]["n"] == {"type": "number"}


def test_an_action_that_matches_nothing_names_itself_its_line_and_target(tmp_path: Path) -> None:
    path = overlay_file(
        tmp_path,
        HEAD + dedent("""\
        actions:
          - target: $.components.schemas.A
            update: {x-ok: true}
          - target: $.components.schemas.Renamed.properties.n
            description: n counts things, so an integer
            update: {type: integer}
          - target: $.info.title
            update: {x: 1}
        """),
    )
    with pytest.raises(GenerationFailed) as failure:
        apply_overlay(DOCUMENT, load_overlay(path, "overlay.yaml"))
    assert [str(e) for e in failure.value.errors] == [
        "overlay.yaml:6: #/actions/1/target: error: action 1 ('n counts things, so an integer'): "
        "target $.components.schemas.Renamed.properties.n matches nothing; the decision no "
        "longer applies (did upstream rename or remove what it is about?)",
        "overlay.yaml:9: #/actions/2: error: action 2: $['info']['title'] is a str; `update` "
        "needs an object or an array",
    ]


def test_folded_and_quoted_values_keep_their_style(tmp_path: Path) -> None:
    from generator.yaml12 import dump_yaml

    result = applied(
        tmp_path,
        """\
        - target: $.info
          update:
            description: >-
              A long text, folded
              where its author broke it.
            summary: "double: quoted"
        """,
    )
    assert result["info"]["description"] == "A long text, folded where its author broke it."
    assert dump_yaml(result["info"]) == dedent("""\
        title: upstream
        version: '1'
        description: >-
          A long text, folded
          where its author broke it.
        summary: "double: quoted"
        """)
