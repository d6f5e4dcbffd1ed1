"""Bad input: one located line per problem, exit code 2, no traceback, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_generator

HEAD = 'openapi: 3.1.0\ninfo: {title: t, version: "1", x-package-name: bad}\npaths: {}\n'


def schemas(body: str) -> str:
    return HEAD + "components:\n  schemas:\n" + body


CASES = {
    "invalid_yaml": (
        HEAD + "components: {schemas: [unclosed\n",
        r"spec\.yaml:5: error: invalid YAML",
    ),
    "dangling_ref": (
        schemas("    A:\n      type: object\n      properties:\n        b: {$ref: '#/components/schemas/Nope'}\n"),
        r"spec\.yaml:9: #/components/schemas/A/properties/b/\$ref: error: \$ref '#/components/schemas/Nope' points to nothing",
    ),
    "cyclic_ref": (
        schemas("    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n"),
        r"spec\.yaml:6: #/components/schemas/A: error: cyclic \$ref: #/components/schemas/A -> "
        r"#/components/schemas/B -> #/components/schemas/A",
    ),
    "unsupported_keyword": (
        schemas("    A:\n      type: object\n      properties:\n        b:\n          if: {type: string}\n"),
        r"spec\.yaml:10: #/components/schemas/A/properties/b/if: error: unsupported keyword 'if'",
    ),
    "unmappable_union": (
        schemas(
            "    A:\n      anyOf:\n        - {type: object, properties: {x: {type: string}}}\n"
            "        - {type: object, properties: {y: {type: string}}}\n"
        ),
        r"spec\.yaml:\d+: #/components/schemas/A/anyOf: error: a union with two object",
    ),
    "name_collision_fields": (
        schemas("    A:\n      type: object\n      properties:\n        x-y: {type: string}\n        x_y: {type: string}\n"),
        r"spec\.yaml:10: #/components/schemas/A/properties/x_y: error: property 'x_y' and 'x-y' both become 'x_y'",
    ),
    "name_collision_classes": (
        schemas(
            "    A:\n      type: object\n      properties:\n        b: {type: object, properties: {c: {type: string}}}\n"
            "    AB:\n      type: object\n      properties:\n        d: {type: string}\n"
        ),
        r"#/components/schemas/AB: error: generated name 'AB' collides with the one for #/components/schemas/A/properties/b",
    ),
    "not_openapi": (
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        r"spec\.yaml:1: #: error: expected an OpenAPI 3.1 document",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_reported_and_nothing_is_written(name: str, tmp_path: Path) -> None:
    text, expected = CASES[name]
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("untouched")
    result = run_generator("generate", "--spec", str(spec), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    import re

    assert re.search(expected, result.stderr), result.stderr
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert (out / "keep.txt").read_text() == "untouched"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_missing_spec_file(tmp_path: Path) -> None:
    result = run_generator("generate", "--spec", str(tmp_path / "nope.yaml"), cwd=tmp_path)
    assert result.returncode == 2
    assert "nope.yaml: error: cannot read spec" in result.stderr


def test_help_on_every_command() -> None:
    for args in (["--help"], ["generate", "--help"], ["check", "--help"]):
        result = run_generator(*args)
        assert result.returncode == 0
        assert "usage: python -m generator" in result.stdout
