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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.errors import GenerationFailed
from generator.naming import is_public_suffix
from generator.validators import refs
from generator.validators.assemble import assemble, helper_imports, public_functions
from generator.validators.compiler import Compiler
from generator.vocabulary import lookup

__all__ = ["ValidatorModule", "ValidatorTarget", "build_validators"]


@dataclass(frozen=True)
class ValidatorTarget:
    """One schema to validate: `public_suffix` names the functions, `pointer` locates the schema."""

    public_suffix: str
    pointer: str


@dataclass(frozen=True)
class ValidatorModule:
    """The pieces of the generated `validators` module (see `templates/validators.py.jinja`)."""

    imports: tuple[str, ...]  # isort order: standard library, third party, relative import
    body: str
    public_names: tuple[str, ...]
    # What the generated package must install for this module, as requirement specifiers
    # (`regex>=...` when a pattern needs the `regex` engine); empty: the standard library only.
    requirements: tuple[str, ...] = ()

    @property
    def import_block(self) -> str:
        """The import lines as ruff's isort wants them: a blank line between the sections."""
        third_party = {f"import {_distribution(r)}" for r in self.requirements}
        local = [line for line in self.imports if line.startswith("from .")]
        installed = [line for line in self.imports if line in third_party]
        stdlib = [line for line in self.imports if line not in third_party and line not in local]
        return "\n\n".join("\n".join(part) for part in (stdlib, installed, local) if part)


def build_validators(
    document: Mapping[str, Any], targets: Sequence[ValidatorTarget]
) -> ValidatorModule:
    """Compile every target; raise `GenerationFailed` with all problems found."""
    compiler = Compiler(document)
    publics: list[str] = []
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
            publics.append(public_functions(compiler, target.public_suffix, pointer))
    compiler.drain()
    if compiler.errors:
        raise GenerationFailed(list(compiler.errors))
    names = sorted(
        (f"{p}_{t.public_suffix}" for t in targets for p in ("validate", "is_valid")),
        key=_natural,
    )
    return ValidatorModule(
        imports=_isort(compiler.imports | helper_imports(compiler)),
        body=assemble(compiler, publics),
        public_names=tuple(names),
        requirements=tuple(sorted(compiler.requirements)),
    )


def _distribution(requirement: str) -> str:
    """`regex>=2026.11.15` -> `regex` (the distribution and its module share the name)."""
    return re.split(r"[<>=!~;\s\[]", requirement, maxsplit=1)[0]


def _isort(lines: set[str]) -> tuple[str, ...]:
    """Sort import lines like isort: stdlib before local, `import x` before `from x import y`."""
    return tuple(sorted(lines, key=lambda s: (s.startswith("from ."), s.startswith("from "), s)))


def _natural(name: str) -> list[str | int]:
    """Sort key as ruff's RUF022 sorts `__all__`: digit runs compare as numbers."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def _exists(document: Mapping[str, Any], pointer: str) -> bool:
    try:
        lookup(document, pointer)
    except KeyError:
        return False
    return True
