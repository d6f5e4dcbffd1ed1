"""Stage 5, render: the IR through the Jinja templates into Python source, file by file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from generator import naming
from generator.ir import PackageIR

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = Path(__file__).resolve().parent / "runtime"


def environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    """Strict Jinja: an undefined name is an error, never an empty string."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
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
CLIENT_RUNTIME = ("_base_client.py", "_exceptions.py")


def runtime_files(names: tuple[str, ...], header_for: Callable[[str], str]) -> dict[str, str]:
    """The hand-written runtime modules, copied as they are under the provenance header."""
    files = {}
    for name in names:
        text = (RUNTIME / name).read_text(encoding="utf-8")
        files[name] = header_for(f"generator/runtime/{name}") + "\n" + text
    return files


def export_names(package: PackageIR) -> list[str]:
    return naming.export_order(
        [m.class_name for m in package.models] + [a.name for a in package.aliases]
    )
