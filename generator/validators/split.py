"""Splitting the compiled validators over the modules of the generated `validators` package.

Each target's public pair goes to the target's module; each private function to the module
`home` names for its schema pointer, and the modules whose code calls it import it from there.
A private function `home` places nowhere (a schema outside `components/schemas`) is copied
into every module that uses it. Constants and helpers are copied into each module that uses
them: they are small, and a module then imports only functions. The module plan groups the
schemas so that these imports never form a cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from generator import naming
from generator.validators.assemble import expand_helpers
from generator.validators.checks import HELPER_IMPORTS, HELPERS
from generator.validators.compiler import Compiler, Uses
from generator.validators.module import (
    Home,
    ValidatorModule,
    ValidatorPackage,
    ValidatorTarget,
    distribution,
    is_public_unit,
    isort,
    natural,
    public_unit,
)

# The validators package is one level below the package root, where the runtime lives.
ISSUE_IMPORT = "from .._validation import ValidationIssue"


@dataclass
class _Contents:
    """What one module defines and uses, collected from its units."""

    functions: set[str] = field(default_factory=set)
    imported: dict[str, set[str]] = field(default_factory=dict)
    uses: Uses = field(default_factory=Uses)


def split(
    c: Compiler, targets: Sequence[ValidatorTarget], publics: dict[str, str], home: Home
) -> ValidatorPackage:
    """One `ValidatorModule` per module of the targets (see the module docstring)."""
    by_module: dict[str, list[str]] = {}
    for target in targets:
        by_module.setdefault(target.module, []).append(target.public_suffix)
    pointer_of = {name: pointer for (_, pointer), name in c.functions.items()}
    # A home without public functions of its own is no module: such functions are copied too.
    homes = {name: _known(home(pointer), by_module) for name, pointer in pointer_of.items()}
    owned: dict[str | None, list[str]] = {}
    for name in c.function_sources:
        owned.setdefault(homes[name], []).append(name)
    modules = {}
    exports = {}
    order = _Order(c)
    for module, suffixes in sorted(by_module.items()):
        units = [public_unit(s) for s in suffixes] + owned.get(module, [])
        contents = _collect(c, module, units, homes)
        names = sorted(
            (f"{p}_{s}" for s in suffixes for p in ("validate", "is_valid")), key=natural
        )
        exports.update(dict.fromkeys(names, module))
        publics_source = [publics[s] for s in sorted(suffixes)]
        modules[module] = _module(c, order, contents, publics_source, names)
    return ValidatorPackage(modules, exports, tuple(sorted(c.requirements)))


def _known(module: str | None, modules: dict[str, list[str]]) -> str | None:
    return module if module in modules else None


def _collect(c: Compiler, module: str, units: list[str], homes: dict[str, str | None]) -> _Contents:
    """The functions a module defines (its own and copies) and what they all use."""
    contents = _Contents(functions={u for u in units if not is_public_unit(u)})
    queue = list(units)
    while queue:
        uses = c.uses.get(queue.pop(), Uses())
        contents.uses.constants |= uses.constants
        contents.uses.helpers |= uses.helpers
        contents.uses.imports |= uses.imports
        for name in uses.functions:
            where = homes[name]
            if where is not None and where != module:
                contents.imported.setdefault(where, set()).add(name)
            elif name not in contents.functions:
                contents.functions.add(name)
                queue.append(name)
    return contents


class _Order:
    """Where each constant and function comes in the compiler's order, which every module keeps
    (looked up once: a module takes a few of the thousands a big spec has)."""

    def __init__(self, c: Compiler) -> None:
        self.constants = {name: (i, source) for i, (source, name) in enumerate(c.constants.items())}
        self.functions = {name: i for i, name in enumerate(c.function_sources)}

    def sorted_constants(self, names: set[str]) -> list[tuple[str, str]]:
        found = sorted((self.constants[name], name) for name in names if name in self.constants)
        return [(source, name) for (_, source), name in found]

    def sorted_functions(self, names: set[str]) -> list[str]:
        return sorted(
            (name for name in names if name in self.functions), key=self.functions.__getitem__
        )


def _module(
    c: Compiler, order: _Order, contents: _Contents, publics: list[str], names: list[str]
) -> ValidatorModule:
    helpers = expand_helpers(contents.uses.helpers)
    blocks = [HELPERS[name].strip("\n") for name in helpers]
    constants = order.sorted_constants(contents.uses.constants)
    if constants:
        blocks.append("\n".join(f"{name} = {source}" for source, name in constants))
    blocks += [c.function_sources[name] for name in order.sorted_functions(contents.functions)]
    blocks += publics
    imports = contents.uses.imports | {HELPER_IMPORTS[h] for h in helpers if h in HELPER_IMPORTS}
    imports |= {
        f"from .{where} import {', '.join(naming.import_order(sorted(functions)))}"
        for where, functions in contents.imported.items()
    }
    requirements = tuple(
        r for r in sorted(c.requirements) if f"import {distribution(r)}" in imports
    )
    return ValidatorModule(
        imports=isort(imports | {ISSUE_IMPORT}),
        body="\n\n\n".join(blocks),
        public_names=tuple(names),
        requirements=requirements,
    )
