"""Stage 5, render: the IR through the Jinja templates into Python source, file by file."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from generator import naming
from generator.ir import PackageIR

RUNTIME = Path(__file__).resolve().parent / "runtime"


def environment() -> jinja2.Environment:
    """Strict Jinja: an undefined name is an error, never an empty string.

    The templates are package data (`generator/templates`, a link to the top-level `templates/`),
    so an installed wheel finds them as a source checkout does.
    """
    return jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render_template(env: jinja2.Environment, name: str, **context: Any) -> str:
    return env.get_template(name).render(**context)


# The hand-written runtime: what models need (standard library only), and what the client adds.
MODEL_RUNTIME = ("_model.py", "_types.py", "_validation.py")
CLIENT_RUNTIME = ("_base_client.py", "_exceptions.py", "_retries.py")


def runtime_files(names: tuple[str, ...], header_for: Callable[[str], str]) -> dict[str, str]:
    """The hand-written runtime modules, copied as they are under the provenance header."""
    files = {}
    for name in names:
        text = (RUNTIME / name).read_text(encoding="utf-8")
        files[name] = header_for(f"generator/runtime/{name}") + "\n" + text
    return files


def runtime_exports(module: str) -> tuple[str, ...]:
    """The classes and constants a runtime module lists in `__all__` (functions stay put)."""
    tree = ast.parse((RUNTIME / f"{module}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            names = ast.literal_eval(node.value)
            return tuple(name for name in names if name[:1].isupper())
    raise ValueError(f"generator/runtime/{module}.py has no __all__")


def export_names(package: PackageIR) -> list[str]:
    return naming.export_order(
        [m.class_name for m in package.models] + [a.name for a in package.aliases]
    )
