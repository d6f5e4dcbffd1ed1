"""Stage 5, render: the IR through the Jinja templates into Python source, file by file."""

from __future__ import annotations

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


def runtime_files(header_for: Any) -> dict[str, str]:
    """The hand-written runtime modules, copied as they are under a one-line header."""
    files = {}
    for path in sorted(RUNTIME.glob("_*.py")):
        if path.name == "__init__.py":
            continue
        files[path.name] = header_for(f"generator/runtime/{path.name}") + "\n" + path.read_text()
    return files


def export_names(package: PackageIR) -> list[str]:
    return naming.export_order(
        [m.class_name for m in package.models] + [a.name for a in package.aliases]
    )
