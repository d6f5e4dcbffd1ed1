"""Stage 5, render: the IR through the Jinja templates into Python source, file by file."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import jinja2

from generator.client_ir import build_client_ir, has_client
from generator.ir import PackageIR
from generator.runtime import RUNTIME


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


def runtime_files(names: tuple[str, ...], header_for: Callable[[str], str]) -> dict[str, str]:
    """The hand-written runtime modules, copied as they are under the provenance header."""
    files = {}
    for name in names:
        text = (RUNTIME / name).read_text(encoding="utf-8")
        files[name] = header_for(f"generator/runtime/{name}") + "\n" + text
    return files


def render_client_files(
    document: Mapping[str, Any], package: PackageIR, env: jinja2.Environment
) -> dict[str, str]:
    """`_client.py` and `resources.py`; none for a spec without operations (models only)."""
    if not has_client(document):
        return {}
    client = build_client_ir(document, package)
    return {
        "_client.py": render_template(env, "client.py.jinja", client=client),
        "resources.py": render_template(env, "resources.py.jinja", client=client),
    }
