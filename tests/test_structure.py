"""The generator's shape: imports run one way, and the emitted validators test nothing twice."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate_files
from generator.validators.keywords import KEYWORDS
from generator.vocabulary import VALIDATION_KEYWORDS
from tests.conftest import CASES, ROOT

GENERATOR = ROOT / "generator"
RUNTIME = GENERATOR / "runtime"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    module_name(path): path
    for path in sorted(GENERATOR.rglob("*.py"))
    # The runtime's modules are copied into generated packages; its __init__ is the generator's.
    if path.parent != RUNTIME or path.name == "__init__.py"
}


def imported(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The generator modules an import statement loads (`from generator import naming` too)."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    assert node.level == 0, f"{module}:{node.lineno}: the generator uses absolute imports"
    base = node.module or ""
    for alias in node.names:
        candidate = f"{base}.{alias.name}"
        yield candidate if candidate in MODULES else base


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets: set[str] = set()
        for node in ast.walk(tree):  # a lazy import is an edge like any other
            if isinstance(node, ast.Import | ast.ImportFrom):
                targets.update(t for t in imported(module, node) if t in MODULES and t != module)
        edges[module] = targets
    return edges


# Imported where first needed, for start-up time: what a generation never uses.
LAZY_IMPORTS = {
    ("generator.cli", "generator.diff.cli"),  # the `diff` command
    ("generator.lookalikes", "confusable_homoglyphs.confusables"),  # text that is all ASCII
    ("generator.fmt", "black"),  # nothing left to format: every module cached or black's text
    ("generator.cli", "generator.upstream.cli"),  # the `sync` command and its stages
    ("generator.pipeline", "generator.overlay"),  # `--overlay`: JSONPath and ruamel.yaml
    ("generator.yaml_core", "ruamel.yaml"),  # YAML that libyaml refuses (or no libyaml)
}


def _lazy(module: str, name: str) -> bool:
    """Whether `module` may import `name` (or a module below it) where first needed."""
    return any(
        m == module and (name == lazy or name.startswith(lazy + ".")) for m, lazy in LAZY_IMPORTS
    )


def test_every_import_is_at_module_level() -> None:
    """No import hides in a function or behind `if TYPE_CHECKING:` (where cycles hide), but
    the few listed lazy ones."""
    hidden = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in top:
                names = [node.module] if isinstance(node, ast.ImportFrom) else []
                names += [alias.name for alias in node.names]
                if not any(_lazy(module, name) for name in names if name):
                    hidden.append(f"{module}:{node.lineno}")
    assert hidden == []


def test_imports_have_no_cycle() -> None:
    edges = graph()
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target, [*stack, target])
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_stages_import_only_stages_below_them() -> None:
    """The order of the README's stage table: each stage may use the ones before it."""
    order = [
        "generator generator.validator_settings generator.vocabulary generator.errors"
        " generator.runtime generator.lookalikes",
        "generator.naming",
        "generator.yaml12 generator.yaml_core generator.load",
        "generator.schema_walk generator.overlay",
        "generator.dialect",
        "generator.ecma_jsonschema generator.validate generator.resolve generator.branches",
        "generator.operation_schemas",
        "generator.module_plan generator.types generator.ir",
        "generator.model_fields generator.build_ir",
        "generator.client_parameters generator.client_bodies generator.client_responses",
        "generator.client_streams",
        "generator.client_signatures generator.client_docs",
        "generator.client_operations generator.client_ir",
        "generator.validators",
        "generator.model_decode generator.model_parse generator.model_source generator.render"
        " generator.init_source",
        "generator.layout",
        "generator.fmt_splice generator.fmt_strings generator.fmt_lines generator.fmt_shapes"
        " generator.fmt_cache",
        "generator.fmt generator.workers generator.write generator.distribution generator.stack",
        "generator.pipeline generator.upstream generator.diff",
        "generator.cli generator.__main__",
    ]
    rank = {}
    for level, names in enumerate(order):
        for name in names.split():
            rank[name] = level

    def level_of(module: str) -> int:
        while module not in rank:  # a module of the validators package is at its level
            module = module.rpartition(".")[0]
        return rank[module]

    def placed(module: str) -> bool:
        """Named in the order, itself or its package (a module of `generator.validators`)."""
        while module not in rank and "." in module.removeprefix("generator."):
            module = module.rpartition(".")[0]
        return module in rank

    # Every module has its place: one left out would count as the package's, below every stage.
    assert [module for module in graph() if not placed(module)] == []

    upward = [
        f"{module} -> {target}"
        for module, targets in graph().items()
        for target in targets
        if level_of(target) > level_of(module)
    ]
    assert upward == []


IMPORT_EACH_ALONE = """
import importlib, json, sys, traceback
failed = []
for module in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "generator" or m.startswith("generator.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(module)
    except Exception:
        failed.append(module + ": " + traceback.format_exc())
print(json.dumps(failed))
"""


@pytest.mark.slow
def test_each_module_imports_alone() -> None:
    """Each module imported first, with none of the package loaded before it (`__main__` runs
    the CLI, so it is left out): one interpreter, the package unloaded between imports, which
    shows an import cycle as a fresh interpreter per module would, at a quarter of the time."""
    modules = [m for m in MODULES if not m.endswith("__main__")]
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH_ALONE, json.dumps(modules)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_the_keyword_table_implements_the_shared_keyword_list() -> None:
    assert set(KEYWORDS) == VALIDATION_KEYWORDS


def emitted_validators() -> list[Path]:
    cases = sorted(CASES.glob("*/expected/*/validators/*.py"))
    return [*sorted((ROOT / "generated" / "realtime_sessions" / "validators").glob("*.py")), *cases]


def test_no_check_is_emitted_twice() -> None:
    """No `if X:` directly inside `if X:`, and no `if X is not None:` inside `elif X is None:`."""
    doubled = []
    for path in emitted_validators():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.If):
                continue
            first = node.body[0]
            if not isinstance(first, ast.If):
                continue
            same = ast.dump(first.test) == ast.dump(node.test)
            negated = ast.unparse(first.test) == ast.unparse(node.test).replace(" is ", " is not ")
            if same or negated:
                doubled.append(f"{path.relative_to(ROOT)}:{first.lineno}")
    assert doubled == []


def _deep_schema(depth: int) -> dict[str, Any]:
    """Arrays in unions, `depth` levels down (no inline object: a model's public name grows
    with its path), under a long property name, ending in long values and messages."""
    schema: dict[str, Any] = {
        "type": "string",
        "enum": ["an_enum_value_long_enough_to_need_cutting_" + "\x1b\u2028\U0001f600" * 9],
        "pattern": "^(?:[a-z_]{1,80}|\\p{L}+)$",
    }
    for _ in range(depth):
        schema = {"anyOf": [{"type": "array", "items": schema, "minItems": 2}, {"type": "null"}]}
    name = "a_property_name_long_enough_to_matter"
    return {"type": "object", "required": [name], "properties": {name: schema}}


def test_every_emitted_line_fits_100_columns_however_deep(tmp_path: Path) -> None:
    """black splits no string and no name: the validators' emitter keeps both short and hoists
    deep checks into functions of their own, so no ruff E501 skip is needed. (A model class
    named by joining ten levels of long names is another matter: it is the public name.)"""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1", "x-package-name": "deep"},
        "paths": {},
        "components": {"schemas": {"ARatherLongSchemaNameForTheTopLevel": _deep_schema(16)}},
    }
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    files = generate_files(spec, "spec.json", client=False)
    validators = "".join(
        text for name, text in files.items() if name.startswith("deep/validators/")
    )
    assert "\n    if " in validators  # the deep checks are there, in functions of their own
    long = [line for line in validators.splitlines() if len(line) > 100]
    assert not long, long
