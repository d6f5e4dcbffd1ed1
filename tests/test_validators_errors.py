"""Schema problems are generation errors naming the keyword and the node's pointer; output is
deterministic and clean (ruff, mypy --strict) code."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.errors import GenerationFailed
from generator.fmt import format_files
from generator.validators import ValidatorTarget, build_validators
from tests.conftest import run_mypy
from tests.validators_support import ROOT, compile_schema, render

TARGET = [ValidatorTarget("thing", "#/components/schemas/Thing")]


def failures(document: dict[str, object]) -> list[tuple[str, str]]:
    with pytest.raises(GenerationFailed) as info:
        build_validators(document, TARGET)
    return [(e.message, e.pointer) for e in info.value.errors]


def test_unsupported_keywords_are_all_reported_with_pointers() -> None:
    thing = {
        "type": "object",
        "properties": {"a": {"if": {"type": "string"}}, "b": {"unevaluatedProperties": False}},
        "nullable": True,
        "x-anything": 1,
        "description": "fine",
    }
    found = failures({"components": {"schemas": {"Thing": thing}}})
    assert found == [
        ("unsupported keyword 'nullable'", "#/components/schemas/Thing"),
        ("unsupported keyword 'if'", "#/components/schemas/Thing/properties/a"),
        ("unsupported keyword 'unevaluatedProperties'", "#/components/schemas/Thing/properties/b"),
    ]


def test_bad_values_and_refs() -> None:
    thing = {
        "properties": {
            "n": {"minimum": "1"},
            "p": {"pattern": "("},
            "r": {"$ref": "#/components/schemas/Missing"},
            "u": {"$ref": "other.yaml#/X"},
        }
    }
    messages = [m for m, _ in failures({"components": {"schemas": {"Thing": thing}}})]
    assert messages[0] == "keyword 'minimum' must be a number, not '1'"
    expected = "invalid ECMA-262 regular expression '(': unterminated group at offset 1"
    assert messages[1] == f"keyword 'pattern': {expected}"
    assert messages[2].startswith("dangling $ref '#/components/schemas/Missing'")
    assert messages[3].startswith("unsupported $ref 'other.yaml#/X'")


def test_missing_target_and_name_collision() -> None:
    document: dict[str, Any] = {"components": {"schemas": {"A": {}}}}
    targets = [
        ValidatorTarget("a", "#/components/schemas/A"),
        ValidatorTarget("a", "#/components/schemas/A"),
        ValidatorTarget("b", "#/components/schemas/Nope"),
    ]
    with pytest.raises(GenerationFailed) as info:
        build_validators(document, targets)
    assert [e.message for e in info.value.errors] == [
        "validator name 'a' is already used for #/components/schemas/A",
        "no schema at '#/components/schemas/Nope'",
    ]


def test_issues_name_pointer_keyword_and_message() -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {"t": {"type": "object", "properties": {"x": {"maximum": 1}}}},
        "required": ["foo"],
        "additionalProperties": False,
    }
    module = compile_schema(
        {**schema, "properties": {**schema["properties"], "e": {"enum": ["a", "b"]}}}
    )
    issues = module.validate_it({"t": {"x": 1.5}, "e": "x", "tempreature": 1})
    assert [str(i) for i in issues] == [
        "/t/x: 1.5 is greater than the maximum of 1 (maximum)",
        "/e: 'x' is not one of ['a', 'b'] (enum)",
        "<root>: 'foo' is a required property (required)",
        "<root>: additional property 'tempreature' is not allowed (additionalProperties)",
    ]


SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from tests.validators_support import render
from generator.validators import ValidatorTarget, build_validators
import yaml
doc = yaml.safe_load(open({spec!r}, encoding="utf-8"))
names = list(doc["components"]["schemas"])
targets = [ValidatorTarget(f"t{{i}}", "#/components/schemas/" + n) for i, n in enumerate(names)]
sys.stdout.write(render(build_validators(doc, targets)))
"""


def _generate(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = SCRIPT.format(root=str(ROOT), spec=str(ROOT / "spec" / "realtime_sessions.yaml"))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_output_is_deterministic_and_lint_clean(tmp_path: Path) -> None:
    first, second = _generate("1"), _generate("4242")
    assert first == second
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_validation.py").write_text((ROOT / "generator/runtime/_validation.py").read_text())
    # The format stage, as the pipeline runs it: black's text, long literals cut only where a
    # statement does not fit otherwise.
    (package / "validators.py").write_text(format_files({"validators.py": first})["validators.py"])
    tools = ROOT / ".venv" / "bin"
    config = ["--config", str(ROOT / "pyproject.toml")]
    for command in (
        [str(tools / "black"), "-q", "--check", "-l", "100", str(package)],
        [str(tools / "ruff"), "check", "-q", *config, str(package)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
    done = run_mypy(str(package), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_hostile_strings_stay_data() -> None:
    name = '\'); import os  # """ \\'
    module = compile_schema({"properties": {name: {"const": name}}, "required": [name]})
    assert module.is_valid_it({name: name})
    assert [i.pointer for i in module.validate_it({name: 1})] == ["/" + name.replace("/", "~1")]
    assert not module.validate_it({name: name})
    source = render(build_validators({"const": name, "enum": [name]}, [ValidatorTarget("x", "#")]))
    imports = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert [ast.unparse(n) for n in imports] == [
        "from __future__ import annotations",
        "from ._validation import ValidationIssue",
    ]
    assert name in {n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant)}


def test_requirements_name_the_regex_package_only_when_a_pattern_needs_it() -> None:
    plain = build_validators({"pattern": "^[a-z]+$"}, [ValidatorTarget("it", "#")])
    assert plain.requirements == () and "import re" in plain.imports
    needs = build_validators({"pattern": r"^\p{L}+$"}, [ValidatorTarget("it", "#")])
    assert [r.split(">=")[0] for r in needs.requirements] == ["regex"]
    assert needs.import_block == "import regex\n\nfrom ._validation import ValidationIssue"


def test_patterns_without_a_faithful_translation_are_located_errors() -> None:
    thing = {"properties": {"a": {"pattern": r"(a)\1"}, "b": {"pattern": "(?i:x)"}}}
    found = failures({"components": {"schemas": {"Thing": thing}}})
    assert [(m.split(":")[0], p) for m, p in found] == [
        ("keyword 'pattern'", "#/components/schemas/Thing/properties/a"),
        ("keyword 'pattern'", "#/components/schemas/Thing/properties/b"),
    ]
    assert "backreferences" in found[0][0] and "modifier groups" in found[1][0]
