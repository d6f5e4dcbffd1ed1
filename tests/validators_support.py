"""Helpers for the validator tests: build a validators module from a schema and import it.

The generated module does `from ._validation import ValidationIssue`; we execute it inside a
synthetic package (`_vtest`) whose `_validation` is the hand-written runtime module, so no temp
files are needed and hundreds of schemas compile in well under a second.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import sys
import types
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator.render import environment, render_template
from generator.validators import ValidatorModule, ValidatorTarget, build_validators
from generator.vocabulary import lookup

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "generator" / "runtime" / "_validation.py"
CASES = Path(__file__).resolve().parent / "validator_cases"
_PACKAGE = "_vtest"
_counter = itertools.count()


def _package() -> str:
    if _PACKAGE not in sys.modules:
        package = types.ModuleType(_PACKAGE)
        package.__path__ = []
        sys.modules[_PACKAGE] = package
        spec = importlib.util.spec_from_file_location(f"{_PACKAGE}._validation", RUNTIME)
        assert spec is not None and spec.loader is not None
        runtime = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = runtime
        spec.loader.exec_module(runtime)
    return _PACKAGE


def render(module: ValidatorModule, header: str = "# generated for tests") -> str:
    """The module source exactly as the template renders it (before black)."""
    return render_template(environment(), "validators.py.jinja", header=header, module=module)


def load(source: str) -> types.ModuleType:
    """Execute generated validator source as a module of the synthetic package."""
    package = _package()
    name = f"{package}.validators_{next(_counter)}"
    module = types.ModuleType(name)
    module.__package__ = package
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


def compile_schema(schema: Any, suffix: str = "it") -> types.ModuleType:
    """Validators for a standalone schema (the schema is the whole document, target `#`)."""
    document: Any = schema
    return load(render(build_validators(document, [ValidatorTarget(suffix, "#")])))


def compile_document(
    document: Mapping[str, Any], targets: list[ValidatorTarget]
) -> types.ModuleType:
    return load(render(build_validators(document, targets)))


def resolve_pointer(instance: Any, pointer: str) -> bool:
    """Whether an RFC 6901 pointer ("" is the root) names a location in `instance`."""
    try:
        lookup(instance, "#" + pointer)
    except KeyError:
        return False
    return True


def keyword_cases() -> Iterator[tuple[str, Any, list[Any], list[Any]]]:
    """(name, schema, valid, invalid instances) for every tests/validator_cases/<name>/."""
    for folder in sorted(p for p in CASES.iterdir() if (p / "schema.json").exists()):
        schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
        valid = json.loads((folder / "valid.json").read_text(encoding="utf-8"))
        invalid = json.loads((folder / "invalid.json").read_text(encoding="utf-8"))
        yield folder.name, schema, valid, invalid


# -- JSON-Schema-Test-Suite (draft 2020-12) ------------------------------------------------------

SUITE_ENV = "JSON_SCHEMA_TEST_SUITE"
SUITE_DEFAULT = ROOT.parent / "shared" / "jsonschema-test-suite" / "tests" / "draft2020-12"
SKIPS_FILE = CASES / "suite_skips.json"
# Optional files that test what `pattern` means (ECMA-262, not Python's re); all must pass.
OPTIONAL_FILES = ("optional/ecmascript-regex.json", "optional/non-bmp-regex.json")


def suite_dir() -> Path | None:
    """The suite's draft2020-12 folder ($JSON_SCHEMA_TEST_SUITE or ../shared), or None."""
    folder = Path(os.environ.get(SUITE_ENV) or SUITE_DEFAULT)
    return folder if folder.is_dir() else None


def suite_groups(folder: Path) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(file name, group index, group) for every top-level file and the OPTIONAL_FILES."""
    paths = [*sorted(folder.glob("*.json")), *(folder / name for name in OPTIONAL_FILES)]
    for path in paths:
        name = path.relative_to(folder).as_posix()
        for index, group in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            yield name, index, group


def listed_skips() -> dict[str, dict[str, str]]:
    """The committed, explicit list: file -> group description -> why it is skipped."""
    data: dict[str, dict[str, str]] = json.loads(SKIPS_FILE.read_text(encoding="utf-8"))
    return data


def skip_reason(messages: list[str]) -> str:
    """A short reason from the GenerationFailed messages of a group we do not support."""
    reasons = []
    for message in messages:
        if message.startswith("unsupported keyword "):
            reasons.append(f"keyword {message.split()[2]} not supported")
        elif "only local references" in message:
            reasons.append("remote/relative $ref (only '#/...' refs are supported)")
        elif "dangling $ref" in message:
            reasons.append("$ref relies on $id scoping")
        elif "regular expression" in message or "no faithful translation" in message:
            reasons.append(message.partition(": ")[2])
        else:
            reasons.append(message)
    return "; ".join(dict.fromkeys(reasons))


def verdicts(module: types.ModuleType, instance: Any, suffix: str = "it") -> tuple[bool, bool]:
    """(validate_ found no issue, is_valid_) for one instance."""
    issues = getattr(module, f"validate_{suffix}")(instance)
    return issues == [], bool(getattr(module, f"is_valid_{suffix}")(instance))
