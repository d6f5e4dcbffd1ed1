"""The files beside the generated package that make it a distribution of its own.

`pip install ./generated` reads `pyproject.toml` and gives the package under its own name: the
spec's version and license, `py.typed`, and httpx as its one dependency (none without the
client; `regex` too where the validators need it), so an application never installs the
generator. The build backend is flit_core: no
dependencies, and nothing written into the source tree while it builds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jinja2
import tomli_w
from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.version import InvalidVersion, Version

from generator import naming
from generator.errors import GenerationError, GenerationFailed
from generator.load import LoadedSpec
from generator.render import render_template

BUILD_BACKEND = ("flit_core>=3.12,<5", "flit_core.buildapi")
# The range openai-python accepts too: the client uses nothing newer than httpx 0.23 has.
CLIENT_DEPENDENCIES = ("httpx>=0.23.0,<1",)
REQUIRES_PYTHON = ">=3.11"
PYTHON = "3.11 or newer"


@dataclass(frozen=True)
class Distribution:
    """What pip will know about the generated package, decided from the spec's `info`."""

    name: str
    package: str
    version: str
    summary: str
    license: str | None
    """An SPDX expression (`info.license.identifier`, or a `name` that is one), else None."""
    license_text: str
    """How the README names the license ("" when the spec names none)."""
    dependencies: tuple[str, ...]


def distribution_files(dist: Distribution, header: str, env: jinja2.Environment) -> dict[str, str]:
    """`pyproject.toml` and `README.md`, keyed by their path beside the package."""
    return {
        "pyproject.toml": header + "\n" + tomli_w.dumps(_pyproject(dist)),
        "README.md": render_template(
            env,
            "README.md.jinja",
            dist=dist,
            requires_python=PYTHON,
            source=header.lstrip("# ").replace("\n# ", " "),
        ),
    }


def describe(
    spec: LoadedSpec, package: str, *, with_client: bool, requirements: tuple[str, ...] = ()
) -> Distribution:
    """Name, version, license and dependencies; GenerationFailed where pip would refuse them."""
    info = spec.document.get("info") or {}
    errors: list[GenerationError] = []
    version = _version(info.get("version"), errors)
    license_expression, license_text = _license(info.get("license"), errors)
    if errors:
        raise GenerationFailed(errors)
    return Distribution(
        name=naming.distribution_name(package),
        package=package,
        version=version,
        summary=" ".join(str(info.get("title", package)).split()),
        license=license_expression,
        license_text=license_text,
        dependencies=tuple(sorted({*(CLIENT_DEPENDENCIES if with_client else ()), *requirements})),
    )


def _version(value: object, errors: list[GenerationError]) -> str:
    try:
        return str(Version(str(value)))
    except InvalidVersion:
        message = (
            f"the version {value!r} is not a PEP 440 version, which the generated distribution "
            "needs (e.g. '1.2.0', '2024.10.1', '1.0b1')"
        )
        errors.append(GenerationError(message, "#/info/version"))
        return ""


def _license(value: object, errors: list[GenerationError]) -> tuple[str | None, str]:
    """The SPDX expression for pip (when the spec gives one) and the README's wording."""
    if not isinstance(value, dict):
        return None, ""
    identifier, name, url = value.get("identifier"), value.get("name"), value.get("url")
    text = " ".join(str(identifier or name or "").split())
    if url:
        text = f"{text} ({' '.join(str(url).split())})"
    try:
        return (
            canonicalize_license_expression(str(name if identifier is None else identifier)),
            text,
        )
    except InvalidLicenseExpression as exc:
        if identifier is not None:
            message = f"not an SPDX license expression: {exc}"
            errors.append(GenerationError(message, "#/info/license/identifier"))
        return None, text  # a `name` that is no SPDX expression is only named in the README


def _pyproject(dist: Distribution) -> dict[str, Any]:
    project: dict[str, Any] = {
        "name": dist.name,
        "version": dist.version,
        "description": dist.summary,
        "readme": "README.md",
        "requires-python": REQUIRES_PYTHON,
    }
    if dist.license is not None:
        project["license"] = dist.license
    project["dependencies"] = list(dist.dependencies)
    project["classifiers"] = ["Typing :: Typed"]
    return {
        "build-system": {"requires": [BUILD_BACKEND[0]], "build-backend": BUILD_BACKEND[1]},
        "project": project,
        "tool": {"flit": {"module": {"name": dist.package}}},
    }
