"""Installed as users install them: real venvs, real pip, local wheels only (`--no-index`).

The generator is built into a wheel and run from a fresh venv on a spec outside the repository;
the generated package is installed from its directory as an application would, and must bring
httpx and nothing else (nothing at all with `--no-client`). The wheels come from the wheelhouse
`make test` downloads once (`.venv/wheelhouse`), so these tests need no network.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
import yaml

from generator.pipeline import generate_files
from generator.validators.ecma_regex import REGEX_REQUIREMENT
from generator.write import read_tree
from tests.conftest import ROOT, run_cli

WHEELHOUSE = Path(sys.prefix) / "wheelhouse"
SPEC = ROOT / "spec" / "realtime_sessions.yaml"
HTTPX_TREE = {"anyio", "certifi", "h11", "httpcore", "httpx", "idna", "typing-extensions"}
SOURCES = ("pyproject.toml", "README.md", "generator", "templates")


@pytest.fixture(scope="module")
def wheelhouse() -> Path:
    if not (WHEELHOUSE / ".stamp").is_file():
        pytest.fail(f"no local wheels in {WHEELHOUSE}: run `make test` (it downloads them once)")
    return WHEELHOUSE


def pip(python: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """This venv's pip acting on another interpreter (`--python`), never the package index."""
    command = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    return _run([*command, *args], cwd=cwd)


def fresh_venv(path: Path) -> Path:
    """A new, empty virtual environment (pip drives it from outside); its interpreter."""
    venv.create(path, with_pip=False, clear=True)
    return path / "bin" / "python"


def installed(python: Path) -> dict[str, str]:
    """Distribution name (normalized) -> version, of everything in the venv."""
    listing = pip(python, "list", "--format=json")
    assert listing.returncode == 0, listing.stderr
    return {p["name"].lower().replace("_", "-"): p["version"] for p in json.loads(listing.stdout)}


def metadata(python: Path, distribution: str) -> dict[str, object]:
    script = (
        "import importlib.metadata as m, json, sys\n"
        f"d = m.distribution({distribution!r})\n"
        "print(json.dumps({'version': d.version, 'requires': d.requires or [],\n"
        "    'license': d.metadata['License-Expression'],\n"
        "    'files': sorted(str(f) for f in d.files or [])}))\n"
    )
    result = _run([str(python), "-c", script])
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


def _run(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.slow  # venvs and pip
def test_the_generator_wheel_works_outside_the_repository(wheelhouse: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: building never writes into the checkout
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True, ignore=_caches)
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = tmp_path / "dist"
    offline = ("--no-index", "--find-links", str(wheelhouse))
    build = ("wheel", "--no-deps", *offline, "--wheel-dir", str(dist), str(source))
    built = _run([sys.executable, "-m", "pip", *build])
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("realtime_sessions_codegen-*.whl")
    python = fresh_venv(tmp_path / "venv")
    result = pip(python, "install", *offline, str(wheel))
    assert result.returncode == 0, result.stderr
    assert "realtime-sessions" not in installed(python)
    files = metadata(python, "realtime-sessions-codegen")["files"]
    assert isinstance(files, list)
    assert "generator/templates/models.py.jinja" in files
    assert "generator/validators/compiler.py" in files
    assert not [f for f in files if f.startswith("realtime_sessions/")], "no generated code"

    work = tmp_path / "elsewhere"  # the spec and the output, far from the repository
    (work / "spec").mkdir(parents=True)
    shutil.copy2(SPEC, work / "spec")
    script = str(python.parent / "realtime-sessions-codegen")
    generated = _run([script, "generate", "--spec", "spec/realtime_sessions.yaml"], cwd=work)
    assert generated.returncode == 0, generated.stderr
    assert read_tree(work / "generated") == read_tree(ROOT / "generated")

    (work / "bad.yaml").write_text("openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n")
    bad = _run([script, "check", "--spec", "bad.yaml", "--out", "x"], cwd=work)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and "bad.yaml:" in bad.stderr


@pytest.mark.slow  # venvs and pip
def test_the_generated_package_installs_with_httpx_only(wheelhouse: Path, tmp_path: Path) -> None:
    project = tmp_path / "generated"  # a copy: pip may build in the directory it is given
    shutil.copytree(ROOT / "generated", project, ignore=_caches)
    python = fresh_venv(tmp_path / "venv")
    result = pip(python, "install", "--no-index", "--find-links", str(wheelhouse), str(project))
    assert result.returncode == 0, result.stderr

    assert set(installed(python)) == {"realtime-sessions"} | HTTPX_TREE
    found = metadata(python, "realtime-sessions")
    version = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"]
    assert found["version"] == version
    assert found["requires"] == ["httpx>=0.23.0,<1"]
    assert found["license"] == "Apache-2.0"
    assert "realtime_sessions/py.typed" in found["files"]  # type: ignore[operator]
    script = (
        "import realtime_sessions as r\n"
        "with r.Client(api_key='k', base_url='http://127.0.0.1:9') as c:\n"
        "    print(r.__version__, type(c.beta.realtime.sessions).__name__)\n"
    )
    imported = _run([str(python), "-c", script], cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == [version, "Sessions"]


@pytest.mark.slow  # venvs and pip
def test_without_the_client_the_package_has_no_dependencies(
    wheelhouse: Path, tmp_path: Path
) -> None:
    out = tmp_path / "models-only"
    result = run_cli("generate", "--no-client", "--spec", str(SPEC), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "httpx" not in (out / "pyproject.toml").read_text()
    python = fresh_venv(tmp_path / "venv")
    result = pip(python, "install", "--no-index", "--find-links", str(wheelhouse), str(out))
    assert result.returncode == 0, result.stderr

    assert set(installed(python)) == {"realtime-sessions"}
    assert metadata(python, "realtime-sessions")["requires"] == []
    script = "import realtime_sessions as r; print(r.SessionCreateParams(voice='alloy').to_dict())"
    imported = _run([str(python), "-c", script], cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "{'voice': 'alloy'}"


def _caches(directory: str, names: list[str]) -> set[str]:
    return {n for n in names if n in ("__pycache__", "build") or n.endswith(".egg-info")}


@pytest.mark.parametrize(
    ("info", "project"),
    [
        (
            '{title: " Pets\\n API ", version: v1.0-beta, x-package-name: pets_}',
            {"name": "pets", "version": "1.0b0", "description": "Pets API"},
        ),
        (
            "{title: t, version: '2', license: {name: MIT}}",
            {"name": "t", "version": "2", "license": "MIT"},
        ),
        (
            "{title: t, version: '2', license: {name: apache-2.0 OR mit}}",
            {"license": "Apache-2.0 OR MIT"},
        ),
        (
            "{title: t, version: '2', license: {name: Our own licence, url: 'https://x.example/l'}}",
            {},
        ),
    ],
)
def test_the_distribution_metadata_comes_from_the_spec(
    info: str, project: dict[str, str], tmp_path: Path
) -> None:
    spec = tmp_path / "spec.yaml"
    schemas = "components: {schemas: {A: {type: object, properties: {a: {type: string}}}}}"
    spec.write_text(f"openapi: 3.1.0\ninfo: {info}\npaths: {{}}\n{schemas}\n")
    files = generate_files(spec, "spec.yaml")
    declared = tomllib.loads(files["pyproject.toml"])["project"]
    assert {key: declared.get(key) for key in project} == project
    assert declared["dependencies"] == []  # no operations: models only, no httpx
    if "url" in info:
        assert "license" not in declared
        assert "Our own licence (https://x.example/l)" in files["README.md"]


def test_a_pattern_that_needs_regex_makes_it_a_dependency(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components: {schemas: {A: {type: object, properties: {a: {pattern: '^\\p{L}+$'}}}}}\n"
    )
    files = generate_files(spec, "spec.yaml")
    declared = tomllib.loads(files["pyproject.toml"])["project"]
    assert declared["dependencies"] == [REGEX_REQUIREMENT]
    assert "import regex" in files["t/validators/a.py"]
