"""A cut of OpenAI's whole published spec (tests/data/openai_cut/, MIT): 3.0-isms in a 3.1
document, defaults mended by the shipped overlay, `required` without a property, `$ref` beside
siblings, patternProperties with additionalProperties: false, `$recursiveRef`, a schema named
`Model`. It generates, type-checks, and its validators agree with jsonschema.
"""

from __future__ import annotations

import copy
import importlib
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema.protocols import Validator

from generator import naming
from generator.ecma_jsonschema import EcmaValidator
from generator.errors import GenerationError, GenerationFailed
from generator.load import load_spec
from generator.pipeline import Options, generate_files, prepare_spec
from generator.write import write_tree
from tests.conftest import ROOT, assert_linted, built_once, run_cli, run_mypy
from tests.validators_support import resolve_pointer

CUT = ROOT / "tests" / "data" / "openai_cut"
SPEC, OVERLAY = CUT / "openapi.yaml", CUT / "overlay.yaml"
SHIPPED_OVERLAY = ROOT / "examples" / "openai" / "overlay.yaml"
SPEC_SHOWN = "tests/data/openai_cut/openapi.yaml"
Importer = Callable[[Path, str], ModuleType]
NULLABLE = "'nullable: true' (OpenAPI 3.0) read as admitting null"


@cache
def generated() -> tuple[dict[str, str], tuple[GenerationError, ...]]:
    warnings: list[GenerationError] = []
    options = Options(client=False, overlay=OVERLAY)
    files = generate_files(SPEC, SPEC_SHOWN, options=options, warnings=warnings)
    return files, tuple(warnings)


@cache
def mapped_document() -> dict[str, Any]:
    """What the generator reads: the overlay applied, 3.0-isms mapped (the oracle's schema)."""
    return prepare_spec(load_spec(SPEC), OVERLAY)[0].document


COMPONENTS = list(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"])


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, "openai_cut", lambda out: write_tree(out, generated()[0]))


@pytest.fixture
def cut(package_dir: Path, import_generated: Importer) -> ModuleType:
    return import_generated(package_dir, "openai_cut")


def warning_lines() -> list[str]:
    return [str(w) for w in generated()[1]]


def test_each_3_0_ism_is_one_located_warning() -> None:
    lines = warning_lines()
    where = SPEC_SHOWN + ":{}: #/components/schemas/{}: warning: {}"
    lines_of = load_spec(SPEC).lines
    expected = {
        "StopConfiguration/oneOf/0/nullable": NULLABLE,
        "FineTuneDPOHyperparameters/properties/beta/oneOf/1/exclusiveMinimum": (
            "boolean 'exclusiveMinimum' (OpenAPI 3.0) read as exclusiveMinimum: <minimum>"
        ),
        "GraderScoreModel/properties/range/items/min_items": (
            "'min_items' is not a JSON Schema keyword: ignored (an annotation in 2020-12)"
        ),
        "CreateTranscriptionResponseJson/properties/logprobs/optional": (
            "'optional' is not a JSON Schema keyword: ignored (an annotation in 2020-12)"
        ),
        "CompoundFilter/properties/filters/items/oneOf/1/$recursiveRef": (
            "draft 2019-09 '$recursiveRef' read as '$ref: #/components/schemas/CompoundFilter'"
        ),
        "ContainerResource/required": (
            "'required' lists 'created_at', 'id', 'name', 'status' more than once"
        ),
        "Model": "the schema's class is named 'Model_': 'Model' is a name the generated "
        "package itself uses",
    }
    for pointer, message in expected.items():
        line = lines_of["#/components/schemas/" + pointer]
        assert where.format(line, pointer, message) in lines
    assert sum("nullable" in line for line in lines) == len(
        [n for n in lines_of if n.endswith("/nullable")]
    )


def test_strict_makes_warnings_errors_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["generate", "--no-client", "--spec", str(SPEC), "--overlay", str(OVERLAY)]
    result = run_cli(*args, "--strict", "--out", str(out))
    assert result.returncode == 2
    assert ": error: 'nullable: true' (OpenAPI 3.0) read as admitting null" in result.stderr
    assert not out.exists()


def test_without_the_overlay_the_mismatched_defaults_are_errors() -> None:
    with pytest.raises(GenerationFailed) as failure:
        generate_files(SPEC, SPEC_SHOWN, options=Options(client=False))
    messages = [str(e) for e in failure.value.errors]
    assert len(messages) == 3
    assert any(
        "#/components/schemas/TranscriptionChunkingStrategy/oneOf/0/default: error: the default "
        "['auto'] does not match its schema" in m
        for m in messages
    )


def test_the_cut_overlay_is_the_shipped_one_in_part() -> None:
    shipped = yaml.safe_load(SHIPPED_OVERLAY.read_text(encoding="utf-8"))["actions"]
    ours = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["actions"]
    assert ours and all(action in shipped for action in ours)
    assert all(action.get("description") for action in shipped)


def test_constructs_become_the_models_they_mean(cut: ModuleType) -> None:
    # `required` names without a property: required fields of any JSON value.
    approval = cut.MCPApprovalResponse.from_dict(
        {
            "type": "mcp_approval_response",
            "approval_request_id": "a",
            "approve": True,
            "request_id": 5,
        }
    )
    assert approval.request_id == 5
    assert approval.to_dict()["request_id"] == 5
    # A schema named like a runtime class is renamed, not refused.
    model = {"id": "gpt", "object": "model", "created": 1, "owned_by": "openai"}
    assert cut.Model_.from_dict(model).id == "gpt"
    # patternProperties + additionalProperties: false: a mapping whose keys are checked.
    assert cut.validators.is_valid_cut_metadata({"a_key": "v"})
    assert [i.keyword for i in cut.validators.validate_cut_metadata({"Bad-Key": "v"})] == [
        "additionalProperties"
    ]
    # nullable (3.0) admits null; a boolean exclusiveMinimum excludes its minimum.
    assert cut.validators.is_valid_stop_configuration(None)
    beta = {"beta": 0}
    assert not cut.validators.is_valid_fine_tune_dpo_hyperparameters(beta)
    # $recursiveRef: a filter of filters.
    nested = {"type": "and", "filters": [{"type": "or", "filters": []}]}
    assert cut.validators.is_valid_compound_filter(nested)


@pytest.mark.slow
def test_models_and_validators_pass_mypy_strict_and_ruff(package_dir: Path) -> None:
    package = package_dir / "openai_cut"
    mypy = run_mypy(str(package), cwd=ROOT)
    assert mypy.returncode == 0, mypy.stdout
    # E501 too: OpenAI's deepest unions nest the emitted checks deep, yet every line fits.
    assert_linted(*(str(p) for p in package.rglob("*.py")))


# -- the validators agree with jsonschema on what the generator read --------------------------

SETTINGS = settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def wrapper(name: str) -> dict[str, Any]:
    document = mapped_document()
    return {"$ref": f"#/components/schemas/{name}", "components": document["components"]}


@cache
def instances(name: str) -> st.SearchStrategy[Any]:
    """One strategy per component, built once (see test_validators_properties.instances)."""
    return from_schema(wrapper(name))


@cache
def oracle(name: str) -> Validator:
    return EcmaValidator(wrapper(name))


@cache
def validators(package_dir: Path) -> Any:
    sys.path.insert(0, str(package_dir))
    try:
        return importlib.import_module("openai_cut.validators")
    finally:
        sys.path.remove(str(package_dir))


def suffix_of(name: str) -> str:
    class_name = naming.class_name(name)
    return naming.snake_name(class_name + "_" if name == "Model" else class_name)


# hypothesis-jsonschema cannot draw from recursive schemas: these get hand-made instances.
RECURSIVE = {"CompoundFilter", "CutInputItem"}
POINT = {"type": "eq", "key": "a", "value": 1}
FILTERS: list[Any] = [
    {"type": "and", "filters": []},
    {"type": "and", "filters": [POINT, {"type": "or", "filters": [POINT]}]},
    {"type": "and", "filters": [{"type": "or", "filters": [{"type": "eq"}]}]},
    {"type": "xor", "filters": [POINT]},
    {"type": "and", "filters": [POINT], "extra": 1},
    {"include_usage": True},
    None,
    [],
]


def agree(module: Any, name: str, value: Any) -> None:
    issues = getattr(module, f"validate_{suffix_of(name)}")(value)
    fast = getattr(module, f"is_valid_{suffix_of(name)}")(value)
    expected = oracle(name).is_valid(value)
    assert (not issues, fast) == (expected, expected), (value, issues)
    assert all(resolve_pointer(value, issue.pointer) for issue in issues)


@pytest.mark.slow
@pytest.mark.parametrize("name", [name for name in COMPONENTS if name not in RECURSIVE])
@SETTINGS
@given(data=st.data())
def test_validators_agree_with_jsonschema(
    name: str, data: st.DataObject, package_dir: Path
) -> None:
    instance = data.draw(instances(name))
    candidates = [instance, copy.deepcopy(instance)]
    if isinstance(instance, dict) and instance:
        candidates[1].pop(sorted(instance)[0])
    candidates.append(data.draw(st.sampled_from([None, 0, "x", [], {}, {"type": 1}])))
    for value in candidates:
        agree(validators(package_dir), name, value)


@pytest.mark.parametrize("name", sorted(RECURSIVE))
def test_recursive_validators_agree_with_jsonschema(name: str, package_dir: Path) -> None:
    for value in FILTERS:
        agree(validators(package_dir), name, value)
