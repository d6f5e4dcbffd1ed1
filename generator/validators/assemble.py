"""Assembling the module body: helpers, constants, private functions, then public functions."""

from __future__ import annotations

from generator.validators.checks import HELPER_DEPENDENCIES, HELPER_IMPORTS, HELPERS
from generator.validators.compiler import Compiler
from generator.validators.context import PathExpr
from generator.validators.emit import finish_predicate, indent


def public_functions(c: Compiler, suffix: str, pointer: str) -> str:
    """`validate_<suffix>` and `is_valid_<suffix>`, each with the root node's checks inline."""
    check = c.function_body(False, pointer, PathExpr())
    fast = finish_predicate(c.function_body(True, pointer, PathExpr()))
    lines = [
        f"def validate_{suffix}(data: object) -> list[ValidationIssue]:",
        '    """Every problem found in `data`, each with its JSON pointer; empty when valid."""',
        "    issues: list[ValidationIssue] = []",
        *indent(check),
        "    return issues",
        "",
        "",
        f"def is_valid_{suffix}(data: object) -> bool:",
        '    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""',
        *indent(fast),
    ]
    return "\n".join(lines)


def _helpers(c: Compiler) -> list[str]:
    return expand_helpers(c.helpers)


def expand_helpers(used: set[str]) -> list[str]:
    """The helpers `used` names and the helpers they call, sorted."""
    names = set(used)
    for name in list(names):
        names.update(HELPER_DEPENDENCIES.get(name, ()))
    return sorted(names)


def helper_imports(c: Compiler) -> set[str]:
    return {HELPER_IMPORTS[name] for name in _helpers(c) if name in HELPER_IMPORTS}


def assemble(c: Compiler, publics: list[str]) -> str:
    """The whole body, in a fixed order (two blank lines between top-level definitions)."""
    blocks = [HELPERS[name].strip("\n") for name in _helpers(c)]
    if c.constants:
        blocks.append("\n".join(f"{name} = {source}" for source, name in c.constants.items()))
    blocks += c.function_sources.values()
    blocks += publics
    return "\n\n\n".join(blocks)
