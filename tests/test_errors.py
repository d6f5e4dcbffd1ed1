"""Bad input: one located line per problem, exit code 2, no traceback, nothing written."""

from __future__ import annotations

import re
from pathlib import Path
from textwrap import dedent

import pytest

from tests.conftest import run_cli, run_generator

HEAD = dedent("""\
    openapi: 3.1.0
    info: {title: t, version: "1", x-package-name: bad}
    paths: {}
    """)
S = "#/components/schemas"


def indented(body: str) -> str:
    return "".join(f"    {line}\n" for line in dedent(body).splitlines())


CASES = {
    "invalid_yaml": (
        HEAD + "components: {schemas: [unclosed\n",
        r"spec\.yaml:5: #/components/schemas: error: invalid YAML",
    ),
    "dangling_ref": (
        """\
        A:
          type: object
          properties:
            b: {$ref: '#/components/schemas/Nope'}
        """,
        rf"spec\.yaml:9: {S}/A/properties/b/\$ref: error: \$ref '{S}/Nope' points to nothing",
    ),
    "cyclic_ref": (
        """\
        A: {$ref: '#/components/schemas/B'}
        B: {$ref: '#/components/schemas/A'}
        """,
        rf"spec\.yaml:6: {S}/A: error: cyclic \$ref: {S}/A -> {S}/B -> {S}/A",
    ),
    "unsupported_keyword": (
        """\
        A:
          type: object
          properties:
            b:
              if: {type: string}
        """,
        rf"spec\.yaml:10: {S}/A/properties/b/if: error: unsupported keyword 'if'",
    ),
    "unmappable_union": (
        """\
        A:
          anyOf:
            - {type: array, items: {type: object, properties: {x: {type: string}}}}
            - {type: array, items: {type: object, properties: {y: {type: string}}}}
        """,
        rf"spec\.yaml:7: {S}/A/anyOf: error: a union whose object \(or array\) branches are not "
        "all models is not supported",
    ),
    "name_collision_fields": (
        """\
        A:
          type: object
          properties:
            x-y: {type: string}
            x_y: {type: string}
        """,
        rf"spec\.yaml:10: {S}/A/properties/x_y: error: property 'x_y' and 'x-y' both become 'x_y'",
    ),
    "name_collision_classes": (
        """\
        A:
          type: object
          properties:
            b: {type: object, properties: {c: {type: string}}}
        AB:
          type: object
          properties:
            d: {type: string}
        """,
        rf"spec\.yaml:10: {S}/AB: error: generated name 'AB' collides with the one for "
        rf"{S}/A/properties/b",
    ),
    "default_not_matching_its_schema": (
        """\
        A:
          type: object
          properties:
            modalities:
              type: array
              items:
                type: string
                default: [text, audio]
        """,
        rf"spec\.yaml:13: {S}/A/properties/modalities/items/default: error: the default "
        r"\['text', 'audio'\] does not match its schema: "
        r"\['text', 'audio'\] is not of type 'string'",
    ),
    "package_name_is_a_keyword": (
        'openapi: 3.1.0\ninfo: {title: t, version: "1", x-package-name: class}\npaths: {}\n',
        r"spec\.yaml:2: #/info/x-package-name: error: x-package-name 'class' is not a usable",
    ),
    "version_pip_cannot_read": (
        'openapi: 3.1.0\ninfo: {title: t, version: "2024-10-01 beta", x-package-name: a}\n'
        "paths: {}\ncomponents: {schemas: {A: {type: object}}}\n",
        r"spec\.yaml:2: #/info/version: error: the version '2024-10-01 beta' is not a PEP 440 "
        "version, which the generated distribution needs",
    ),
    "license_that_is_no_spdx_expression": (
        "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n"
        "  license: {name: Mine, identifier: My License}\npaths: {}\n"
        "components: {schemas: {A: {type: object}}}\n",
        r"spec\.yaml:5: #/info/license/identifier: error: not an SPDX license expression",
    ),
    "not_openapi": (
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        r"spec\.yaml:1: #/openapi: error: expected an OpenAPI 3.1 or 3.0 document",
    ),
}


def spec_text(body: str) -> str:
    if body.startswith(("openapi", "swagger")):
        return body
    return HEAD + "components:\n  schemas:\n" + indented(body)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_reported_and_nothing_is_written(name: str, tmp_path: Path) -> None:
    body, expected = CASES[name]
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text(body))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("untouched")
    result = run_cli("generate", "--spec", str(spec), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(expected, result.stderr), result.stderr
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert (out / "keep.txt").read_text() == "untouched"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_every_problem_is_listed_not_only_the_first(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text("""\
            A:
              properties:
                b: {if: {}}
                c: {then: {}}
            """))
    result = run_cli("check", "--spec", str(spec), cwd=tmp_path)
    assert result.returncode == 2
    assert "unsupported keyword 'if'" in result.stderr
    assert "unsupported keyword 'then'" in result.stderr
    assert "2 error(s); nothing was written." in result.stderr


def test_missing_spec_file(tmp_path: Path) -> None:
    result = run_cli("generate", "--spec", str(tmp_path / "nope.yaml"), cwd=tmp_path)
    assert result.returncode == 2
    assert "nope.yaml: error: cannot read spec" in result.stderr


def test_help_on_every_command() -> None:
    for args in (["--help"], ["generate", "--help"], ["check", "--help"]):
        result = run_cli(*args)
        assert result.returncode == 0
        assert "usage: python -m generator" in result.stdout


@pytest.mark.slow
def test_a_real_process_exits_2_without_a_traceback(tmp_path: Path) -> None:
    """The tests above call `main()` in-process; here once through `python -m generator`."""
    body, expected = CASES["dangling_ref"]
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text(body))
    result = run_generator("check", "--spec", str(spec), cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert re.search(expected, result.stderr), result.stderr


def test_never_replaces_a_directory_it_did_not_write(tmp_path: Path) -> None:
    precious = tmp_path / "project"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine")
    spec = Path(__file__).resolve().parent / "cases" / "nested" / "spec.yaml"
    result = run_cli("generate", "--spec", str(spec), "--out", str(precious), cwd=tmp_path)
    assert result.returncode == 2
    assert "refusing to replace a directory this generator did not write" in result.stderr
    assert [p.name for p in precious.iterdir()] == ["notes.txt"]
    again = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "new"))
    assert again.returncode == 0, again.stderr
    assert run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "new")).returncode == 0


def test_an_operation_the_client_cannot_call_yet_and_the_way_around_it(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(dedent("""\
            openapi: 3.1.0
            info: {title: t, version: "1", x-package-name: items}
            servers: [{url: "https://items.example"}]
            paths:
              /items:
                get:
                  operationId: get-item
                  tags: [items]
                  parameters: [{name: session, in: cookie, schema: {type: string}}]
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Item"}
            components:
              schemas:
                Item: {type: object, properties: {id: {type: string}}}
            """))
    failed = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "a"))
    assert failed.returncode == 2
    assert (
        "spec.yaml:9: #/paths/~1items/get/parameters/0: error: parameters in 'cookie' are not "
        "supported by the client" in failed.stderr
    )
    models_only = ["generate", "--no-client", "--spec", str(spec), "--out", str(tmp_path / "b")]
    assert run_cli(*models_only).returncode == 0
    written = sorted(p.name for p in (tmp_path / "b" / "items").iterdir())
    assert "models" in written and "validators" in written
    assert "_client.py" not in written and "_base_client.py" not in written
