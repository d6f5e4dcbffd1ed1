"""Render, part 2: the `__init__.py` of the package and of its `models` and `validators`
packages, which import their names lazily (PEP 562 `__getattr__`).

`import <package>` then imports the small runtime only; a model's module (and the modules it
uses) is imported when the model is first used. Type checkers and IDEs read the same names from
imports under `if TYPE_CHECKING:`, and never see `__getattr__`, so a misspelt name is still an
error to them. Long statements are written as black writes them (one name a line, trailing
comma), so black has nothing left to do here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator import naming

LINE_LENGTH = 100


@dataclass(frozen=True)
class InitView:
    """A package `__init__.py` as `templates/__init__.py.jinja` pastes it."""

    header: str
    docstring: str
    eager_imports: tuple[str, ...]
    typing_imports: tuple[str, ...]
    """Lines under `if TYPE_CHECKING:`, indented already."""
    version: str
    """`__version__`'s value as source (double-quoted, as black writes it), or "" for a
    subpackage."""
    all_declaration: str
    """`__all__ = [...]`; annotated when empty, where its type cannot be inferred."""
    lazy: str
    """The `_LAZY` table's source: module -> the names it defines."""
    submodules: str


def init_view(
    header: str,
    doc_lines: tuple[str, ...],
    lazy: Mapping[str, str],
    *,
    eager: Mapping[str, Iterable[str]] | None = None,
    submodules: tuple[str, ...] = (),
    version: str = "",
) -> InitView:
    """`lazy` maps each lazily imported name to its module (`.models`, `.session`); `eager`
    module -> names imported at once (the small runtime); `submodules` are packages below."""
    eager = eager or {}
    by_module: dict[str, list[str]] = {}
    for name, module in lazy.items():
        by_module.setdefault(module, []).append(name)
    typing = {module: names for module, names in by_module.items()}
    if submodules:
        typing["."] = list(submodules)
    exports = set(lazy) | set(submodules) | {n for names in eager.values() for n in names}
    if version:
        exports.add("__version__")
    return InitView(
        header=header,
        docstring=naming.docstring(doc_lines, ""),
        eager_imports=("", *_imports(eager, "")) if eager else (),
        typing_imports=_imports(typing, "    "),
        version=json.dumps(version) if version else "",
        all_declaration=(
            "__all__ = " + _sequence("[", naming.export_order(sorted(exports)), "]")
            if exports
            else "__all__: list[str] = []"
        ),
        lazy=_table(by_module),
        submodules=_one_line_set(submodules),
    )


def _imports(modules: Mapping[str, Iterable[str]], indent: str) -> tuple[str, ...]:
    """`from <module> import <names>` in isort order, wrapped as black wraps a long one."""
    lines: list[str] = []
    for module in sorted(modules):
        names = naming.import_order(sorted(modules[module]))
        line = f"{indent}from {module} import {', '.join(names)}"
        if len(line) <= LINE_LENGTH:
            lines.append(line)
        else:
            lines.append(f"{indent}from {module} import (")
            lines += [f"{indent}    {name}," for name in names]
            lines.append(f"{indent})")
    return tuple(lines)


def _sequence(opening: str, items: list[str], closing: str) -> str:
    """A literal of strings, one a line with a trailing comma (black keeps it so)."""
    if not items:
        return opening + closing
    return "\n".join([opening, *(f'    "{item}",' for item in items), closing])


def _one_line_set(names: tuple[str, ...]) -> str:
    """`frozenset({"a", "b"})`: a few short names, which black keeps on one line."""
    return (
        "frozenset({" + ", ".join(f'"{name}"' for name in names) + "})" if names else "frozenset()"
    )


def _table(by_module: Mapping[str, list[str]]) -> str:
    """`{module: (names...)}`, each entry on one line where it fits, else one name a line."""
    if not by_module:
        return "{}"
    rows = []
    for module in sorted(by_module):
        names = [f'"{name}"' for name in sorted(by_module[module])]
        one_line = f'    "{module}": ({", ".join(names)}{"," if len(names) == 1 else ""}),'
        if len(one_line) <= LINE_LENGTH:
            rows.append(one_line)
        else:
            rows += [f'    "{module}": (', *(f"        {name}," for name in names), "    ),"]
    return "\n".join(["{", *rows, "}"])
