"""What the validators stage returns: one module's pieces, or a package of modules."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Home = Callable[[str], "str | None"]
"""The module a schema pointer's private functions belong to; None: copied where used."""


@dataclass(frozen=True)
class ValidatorTarget:
    """One schema to validate: `public_suffix` names the functions, `pointer` locates the schema,
    `module` is the module of the validators package they go into (see `build_validator_package`).
    """

    public_suffix: str
    pointer: str
    module: str = ""


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
        third_party = {f"import {distribution(r)}" for r in self.requirements}
        local = [line for line in self.imports if line.startswith("from .")]
        installed = [line for line in self.imports if line in third_party]
        stdlib = [line for line in self.imports if line not in third_party and line not in local]
        return "\n\n".join("\n".join(part) for part in (stdlib, installed, local) if part)


@dataclass(frozen=True)
class ValidatorPackage:
    """The generated `validators` package: its modules, and which module defines each public
    function (for the package's lazy `__init__`)."""

    modules: Mapping[str, ValidatorModule]
    exports: Mapping[str, str]
    requirements: tuple[str, ...]


PUBLIC_UNIT = "public "


def public_unit(suffix: str) -> str:
    """The compiler's unit name for the public pair of a target (private names start with _)."""
    return PUBLIC_UNIT + suffix


def is_public_unit(unit: str) -> bool:
    return unit.startswith(PUBLIC_UNIT)


def distribution(requirement: str) -> str:
    """`regex>=2026.11.15` -> `regex` (the distribution and its module share the name)."""
    return re.split(r"[<>=!~;\s\[]", requirement, maxsplit=1)[0]


def isort(lines: set[str]) -> tuple[str, ...]:
    """Sort import lines like isort: stdlib before local, `import x` before `from x import y`."""
    return tuple(sorted(lines, key=lambda s: (s.startswith("from ."), s.startswith("from "), s)))


def natural(name: str) -> list[str | int]:
    """Sort key as ruff's RUF022 sorts `__all__`: digit runs compare as numbers."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]
