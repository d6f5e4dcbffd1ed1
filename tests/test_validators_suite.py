"""Generated validators vs the JSON-Schema-Test-Suite (draft 2020-12) and our own case files.

Every suite group either compiles and must match the suite's verdict on every case (for both
`validate_` and `is_valid_`), or is listed with its reason in validator_cases/suite_skips.json and
must fail to compile. Nothing is skipped silently. `bench/suite_report.py` prints the pass rates.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.ecma_jsonschema import EcmaValidator
from generator.errors import GenerationFailed
from tests.validators_support import (
    compile_schema,
    keyword_cases,
    listed_skips,
    skip_reason,
    suite_dir,
    suite_groups,
    verdicts,
)

SUITE = suite_dir()
GROUPS = list(suite_groups(SUITE)) if SUITE is not None else []
SKIPS = listed_skips()


@pytest.mark.skipif(
    SUITE is None,
    reason="JSON-Schema-Test-Suite not found at ../shared "
    "(set $JSON_SCHEMA_TEST_SUITE); validator_cases/ still run",
)
@pytest.mark.parametrize(
    ("file", "index", "group"), GROUPS, ids=[f"{f}::{i}" for f, i, _ in GROUPS]
)
def test_suite_group(file: str, index: int, group: dict[str, Any]) -> None:
    reason = SKIPS.get(file, {}).get(group["description"])
    try:
        module = compile_schema(group["schema"])
    except GenerationFailed as exc:
        found = skip_reason([e.message for e in exc.errors])
        assert reason == found, f"group not in suite_skips.json (or reason changed): {found}"
        pytest.skip(f"{file}: {group['description']}: {reason}")
    assert reason is None, f"listed as skipped ({reason}) but compiles: update suite_skips.json"
    for test in group["tests"]:
        expected = (test["valid"], test["valid"])
        assert verdicts(module, test["data"]) == expected, test["description"]


def test_suite_skip_list_names_real_groups() -> None:
    if SUITE is None:
        pytest.skip("JSON-Schema-Test-Suite not found")
    described = {(f, g["description"]) for f, _, g in GROUPS}
    listed = {(f, d) for f, groups in SKIPS.items() for d in groups}
    assert listed <= described


CASES = list(keyword_cases())


@pytest.mark.parametrize(("name", "schema", "valid", "invalid"), CASES, ids=[c[0] for c in CASES])
def test_case_files(name: str, schema: Any, valid: list[Any], invalid: list[Any]) -> None:
    oracle = EcmaValidator(schema)
    module = compile_schema(schema)
    for instance in valid:
        assert oracle.is_valid(instance), f"{name}: jsonschema rejects {instance!r}"
        assert verdicts(module, instance) == (True, True), instance
    for instance in invalid:
        assert not oracle.is_valid(instance), f"{name}: jsonschema accepts {instance!r}"
        assert verdicts(module, instance) == (False, False), instance
