"""Standard-library validators, emitted from the spec, that give exactly jsonschema's verdicts.

`build_validators(document, targets)` compiles the schema at each target pointer into two public
functions of the generated `validators` module:

* `validate_<suffix>(data) -> list[ValidationIssue]`: every problem, each with a JSON pointer;
* `is_valid_<suffix>(data) -> bool`: a separate fast path that stops at the first failure.

Local `$ref` targets that may recurse get private functions of their own. Problems with the schema
itself (unsupported keywords, bad values, dangling refs) are all collected and raised together as
`GenerationFailed`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from generator.errors import GenerationFailed
from generator.naming import is_public_suffix
from generator.validators import refs
from generator.validators.assemble import assemble, helper_imports, public_functions
from generator.validators.compiler import Compiler
from generator.validators.module import (
    Home,
    ValidatorModule,
    ValidatorPackage,
    ValidatorTarget,
    isort,
    natural,
    public_unit,
)
from generator.validators.split import split
from generator.vocabulary import lookup

__all__ = [
    "ValidatorModule",
    "ValidatorPackage",
    "ValidatorTarget",
    "build_validator_package",
    "build_validators",
]


def build_validators(
    document: Mapping[str, Any], targets: Sequence[ValidatorTarget]
) -> ValidatorModule:
    """Compile every target into one module; raise `GenerationFailed` with all problems found."""
    compiler, publics = _compile(document, targets)
    names = sorted(
        (f"{p}_{t.public_suffix}" for t in targets for p in ("validate", "is_valid")),
        key=natural,
    )
    return ValidatorModule(
        imports=isort(compiler.imports | helper_imports(compiler)),
        body=assemble(compiler, list(publics.values())),
        public_names=tuple(names),
        requirements=tuple(sorted(compiler.requirements)),
    )


def build_validator_package(
    document: Mapping[str, Any], targets: Sequence[ValidatorTarget], home: Home
) -> ValidatorPackage:
    """Compile every target, then split the functions over the targets' modules: a private
    function goes where `home` says its pointer belongs (with a copy in each module using it
    where `home` says None). Raise `GenerationFailed` with all problems found."""
    compiler, publics = _compile(document, targets)
    return split(compiler, targets, publics, home)


def _compile(
    document: Mapping[str, Any], targets: Sequence[ValidatorTarget]
) -> tuple[Compiler, dict[str, str]]:
    """The compiler after compiling every target, and each target's public pair by suffix."""
    compiler = Compiler(document)
    publics: dict[str, str] = {}
    seen: dict[str, str] = {}
    for target in targets:
        pointer = refs.canonical(target.pointer) if target.pointer.startswith("#") else ""
        if not is_public_suffix(target.public_suffix):
            compiler.error(f"invalid validator name suffix {target.public_suffix!r}", pointer)
        elif target.public_suffix in seen:
            first = seen[target.public_suffix]
            message = f"validator name {target.public_suffix!r} is already used for {first}"
            compiler.error(message, target.pointer)
        elif not pointer or not _exists(document, pointer):
            compiler.error(f"no schema at {target.pointer!r}", target.pointer)
        else:
            seen[target.public_suffix] = target.pointer
            compiler.begin(public_unit(target.public_suffix))
            publics[target.public_suffix] = public_functions(
                compiler, target.public_suffix, pointer
            )
    compiler.drain()
    if compiler.errors:
        raise GenerationFailed(list(compiler.errors))
    return compiler, publics


def _exists(document: Mapping[str, Any], pointer: str) -> bool:
    try:
        lookup(document, pointer)
    except KeyError:
        return False
    return True
