"""OpenAPI 3.0 documents, and 3.0-isms in 3.1 ones: read with 3.0's meaning, warned about in
3.1 (errors with `--strict`); legal JSON Schema the generator used to refuse; `--overlay`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from jsonschema import Draft202012Validator

from generator.dialect import map_dialect
from generator.errors import GenerationError
from generator.load import load_spec
from generator.pipeline import generate_files
from generator.write import write_files
from tests.conftest import ROOT, run_cli

Importer = Callable[[Path, str], ModuleType]
NULLABLE = "'nullable: true' (OpenAPI 3.0) read as admitting null"

SCHEMAS = """
components:
  schemas:
    Settings:
      type: object
      required: [count, count, label, token]
      properties:
        count: {type: integer, minimum: 0, exclusiveMinimum: true, maximum: 10}
        label: {type: string, nullable: true, optional: true}
        mode: {type: string, enum: [fast, slow], nullable: true}
        limits: {$ref: '#/components/schemas/Limits', nullable: true}
        tags:
          type: object
          patternProperties: {'^[a-z]+$': {type: string}}
          additionalProperties: false
    Limits:
      type: object
      properties:
        max: {type: integer}
    Model:
      type: object
      properties:
        id: {type: string}
    Capped:
      $ref: '#/components/schemas/Limits'
      type: object
      required: [max]
"""


def write_spec(tmp_path: Path, version: str) -> Path:
    spec = tmp_path / "spec.yaml"
    head = (
        f"openapi: '{version}'\ninfo: {{title: Dialect, version: '1', x-package-name: dialect}}\n"
    )
    spec.write_text(head + "paths: {}\n" + SCHEMAS, encoding="utf-8")
    return spec


def generate(tmp_path: Path, version: str, *extra: str) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    spec = write_spec(tmp_path, version)
    result = run_cli("generate", "--no-client", "--spec", str(spec), "--out", str(out), *extra)
    return result.returncode, result.stderr, out


def test_a_3_0_document_is_read_with_3_0_meaning_and_no_warnings(
    tmp_path: Path, import_generated: Importer
) -> None:
    code, stderr, out = generate(tmp_path, "3.0.3")
    assert code == 0, stderr
    assert "nullable" not in stderr and "exclusiveMinimum" not in stderr
    # Not 3.0-isms: warned about in any version.
    assert ": warning: 'required' lists 'count' more than once" in stderr
    assert ": warning: 'optional' is not a JSON Schema keyword" in stderr
    m = import_generated(out, "dialect")
    v = m.validators
    assert v.is_valid_settings({"count": 10, "label": None, "token": 1, "mode": None})
    assert not v.is_valid_settings({"count": 0, "label": "x", "token": 1})  # exclusive minimum
    assert v.is_valid_settings({"count": 1, "label": "x", "token": 1, "limits": None})
    assert not v.is_valid_settings({"count": 1, "label": "x", "token": 1, "tags": {"A": "x"}})


def test_3_0_isms_in_a_3_1_document_are_one_located_warning_each(tmp_path: Path) -> None:
    code, stderr, _ = generate(tmp_path, "3.1.0")
    assert code == 0, stderr
    lines = stderr.splitlines()
    at = "spec.yaml:{}: #/components/schemas/{}: warning: {}"
    expected = [
        at.format(
            11,
            "Settings/properties/count/exclusiveMinimum",
            "boolean 'exclusiveMinimum' (OpenAPI 3.0) read as exclusiveMinimum: <minimum>",
        ),
        at.format(12, "Settings/properties/label/nullable", NULLABLE),
        at.format(13, "Settings/properties/mode/nullable", NULLABLE),
        at.format(14, "Settings/properties/limits/nullable", NULLABLE),
        at.format(
            23,
            "Model",
            "the schema's class is named 'Model_': 'Model' is a name the generated package "
            "itself uses",
        ),
    ]
    for line in expected:
        assert sum(found.endswith("/" + line) for found in lines) == 1, (line, lines)


def test_strict_makes_each_warning_an_error(tmp_path: Path) -> None:
    code, stderr, out = generate(tmp_path, "3.1.0", "--strict")
    assert code == 2
    assert ": error: boolean 'exclusiveMinimum' (OpenAPI 3.0)" in stderr
    assert ": warning:" not in stderr
    assert not out.exists()


def test_legal_json_schema_is_generated(tmp_path: Path, import_generated: Importer) -> None:
    code, stderr, out = generate(tmp_path, "3.1.0")
    assert code == 0, stderr
    m = import_generated(out, "dialect")
    # `required` names without a property: a required field of any JSON value.
    settings = m.Settings.from_dict({"count": 1, "label": None, "token": [1, {"a": 2}]})
    assert settings.token == [1, {"a": 2}]
    assert settings.to_dict()["token"] == [1, {"a": 2}]
    # patternProperties + additionalProperties: false: a mapping of the pattern's values.
    assert m.Settings.__annotations__["tags"].startswith("dict[str, str]")
    # $ref beside siblings: both apply (a model of the referenced one's properties).
    assert m.Capped.from_dict({"max": 3}).max == 3
    assert not m.validators.is_valid_capped({})
    assert m.Model_(id="x").to_dict() == {"id": "x"}


OVERLAY = """overlay: 1.0.0
info: {title: t, version: '1'}
actions:
  - target: $.components.schemas.Settings.properties.count
    description: the boolean form is 3.0's
    update: {exclusiveMinimum: 0}
  - target: $.components.schemas.Settings.properties.count.minimum
    description: replaced by exclusiveMinimum
    remove: true
"""


def test_overlay_applies_before_everything(tmp_path: Path, import_generated: Importer) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(OVERLAY, encoding="utf-8")
    code, stderr, out = generate(tmp_path, "3.1.0", "--overlay", str(overlay))
    assert code == 0, stderr
    assert "exclusiveMinimum" not in stderr
    settings = import_generated(out, "dialect").validators.validate_settings
    assert [i.keyword for i in settings({"count": 0, "label": "x", "token": 1})] == [
        "exclusiveMinimum"
    ]
    stale = "  - target: $.components.schemas.Nothing\n    description: gone\n    remove: true\n"
    overlay.write_text(OVERLAY + stale, encoding="utf-8")
    code, stderr, _ = generate(tmp_path, "3.1.0", "--overlay", str(overlay))
    assert code == 2
    assert "overlay.yaml:10: #/actions/2/target: error: action 2 ('gone'): target" in stderr


@pytest.mark.parametrize("version", ["2.0", "3.2.0"])
def test_other_versions_are_refused(tmp_path: Path, version: str) -> None:
    code, stderr, _ = generate(tmp_path, version)
    assert code == 2
    assert stderr.splitlines()[0].endswith(
        f"spec.yaml:1: #/openapi: error: expected an OpenAPI 3.1 or 3.0 document, "
        f"found openapi: {version!r}"
    )


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_boolean_exclusive_bound_says_what_became_of_it(tmp_path: Path, version: str) -> None:
    """Without its `maximum`, `exclusiveMaximum: true` bounds nothing (draft 4 requires the
    pair): said in any version, as it is a defect; `false` beside a bound keeps it inclusive."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        f"openapi: '{version}'\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n"
        "components:\n  schemas:\n    A:\n      type: object\n      properties:\n"
        "        a: {type: integer, exclusiveMaximum: true}\n"
        "        b: {type: integer, exclusiveMinimum: false, minimum: 3}\n",
        encoding="utf-8",
    )
    mapped, warnings = map_dialect(load_spec(spec))
    found = [str(w).removeprefix(f"{spec}:") for w in warnings]
    where = "#/components/schemas/A/properties"
    expected = [
        f"9: {where}/a/exclusiveMaximum: warning: 'exclusiveMaximum: true' without 'maximum' "
        "(OpenAPI 3.0) bounds nothing: ignored",
    ]
    if version == "3.1.0":
        expected.append(
            f"10: {where}/b/exclusiveMinimum: warning: 'exclusiveMinimum: false' (OpenAPI 3.0) "
            "ignored: 'minimum' stays inclusive"
        )
    assert found == expected
    properties = mapped.document["components"]["schemas"]["A"]["properties"]
    assert properties == {"a": {"type": "integer"}, "b": {"type": "integer", "minimum": 3}}


CONTRADICTED = ROOT / "tests" / "cases" / "type_contradicts_union" / "spec.yaml"


def test_a_union_branch_the_type_excludes_is_read_as_false(
    tmp_path: Path, import_generated: Importer
) -> None:
    """One warning per such branch; the verdicts stay jsonschema's (the output's mypy --strict
    and ruff are checked with every case, tests/cases/type_contradicts_union)."""
    shown = "tests/cases/type_contradicts_union/spec.yaml"
    warnings: list[GenerationError] = []
    files = generate_files(CONTRADICTED, shown, client=False, warnings=warnings)
    where = f"{shown}:{{}}: #/components/schemas/Choice/properties/{{}}: warning: this branch"
    never = "it can never match (read as false)"
    assert [str(w) for w in warnings] == [
        f"{where.format(17, 'code/oneOf/0')} admits only integer, which the schema's "
        f"'type: string' excludes: {never}",
        f"{where.format(22, 'label/anyOf/0')} admits only object, which the schema's "
        f"'type: [null, string]' excludes: {never}",
        f"{where.format(31, 'target/oneOf/1')} admits only array, which the schema's "
        f"'type: object' excludes: {never}",
        f"{where.format(38, 'amount/anyOf/1')} admits only string, which the schema's "
        f"'type: integer' excludes: {never}",
    ]
    write_files(tmp_path, files)
    validators = import_generated(tmp_path, "case_type_contradicts_union").validators
    document = yaml.safe_load(CONTRADICTED.read_text(encoding="utf-8"))
    oracle = Draft202012Validator(
        {"$ref": "#/components/schemas/Choice", "components": document["components"]}
    )
    values = [None, 1, 11, 2.0, True, "a", "c", "many", {"text": "t"}, {"id": 1}, ["s"], {}, []]
    for key in ("code", "label", "target", "amount"):
        for value in values:
            instance = {key: value}
            expected = oracle.is_valid(instance)
            assert validators.is_valid_choice(instance) is expected, instance
            assert (not validators.validate_choice(instance)) is expected, instance
