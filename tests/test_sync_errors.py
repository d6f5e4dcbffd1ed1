"""Bad input to `make sync`, and `make sync OPENAI_NODE=x` fetching a version through npm.

Tests must not need the network, so `npm` here is a stand-in on PATH that answers `npm view`
and `npm pack` from files the test prepares (the same JSON npm prints). The checks under test
are ours: the version exists, the tarball's sha512 is what the registry says, both files are in
the package; and on any failure nothing is written.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile
from pathlib import Path

import pytest

from generator.upstream.convert import converter_missing
from generator.upstream.snapshot import FILES
from tests.conftest import ROOT, run_generator

OLD = ROOT / "tests" / "data" / "upstream" / "openai-node-5.8.4"
FAKE_NPM = """\
#!{python}
import json, os, shutil, sys
state = os.environ["FAKE_NPM_STATE"]
command, spec = sys.argv[1], sys.argv[2]
with open(os.path.join(state, "registry.json")) as handle:
    registry = json.load(handle)
if command == "view":
    if spec in registry:  # npm prints nothing for a version that does not exist
        print(json.dumps(registry[spec]))
    sys.exit(0)
if command == "pack":
    name = spec.replace("@", "-") + ".tgz"
    shutil.copy(os.path.join(state, name), name)
    print(json.dumps([{{"filename": name}}]))
    sys.exit(0)
sys.exit(3)
"""


def tarball(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for path, text in files.items():
            data = text.encode("utf-8")
            member = tarfile.TarInfo(path)
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))
    return buffer.getvalue()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


@pytest.fixture
def registry(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A workspace copy of spec/, and the environment that puts the stand-in npm on PATH."""
    spec = tmp_path / "work" / "spec"
    shutil.copytree(ROOT / "spec" / "upstream", spec / "upstream")
    shutil.copy(ROOT / "spec" / "overlay.yaml", spec / "overlay.yaml")
    shutil.copy(ROOT / "spec" / "realtime_sessions.yaml", spec / "realtime_sessions.yaml")
    bin_dir, state = tmp_path / "bin", tmp_path / "state"
    bin_dir.mkdir()
    state.mkdir()
    npm = bin_dir / "npm"
    npm.write_text(FAKE_NPM.format(python=sys.executable), encoding="utf-8")
    npm.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env["FAKE_NPM_STATE"] = str(state)
    return tmp_path / "work", env


def publish(env: dict[str, str], version: str, files: dict[str, str], claimed: str = "") -> None:
    """Put openai@version in the stand-in registry; `claimed` overrides its integrity."""
    state = Path(env["FAKE_NPM_STATE"])
    data = tarball(files)
    (state / f"openai-{version}.tgz").write_bytes(data)
    path = state / "registry.json"
    registry = json.loads(path.read_text()) if path.exists() else {}
    registry[f"openai@{version}"] = {
        "version": version,
        "dist.integrity": claimed or integrity(data),
    }
    path.write_text(json.dumps(registry), encoding="utf-8")


def package_of(snapshot: Path) -> dict[str, str]:
    return {path: (snapshot / name).read_text(encoding="utf-8") for name, path in FILES.items()}


def sync_fetching(root: Path, env: dict[str, str], version: str) -> tuple[int, list[str]]:
    before = {p: p.read_bytes() for p in sorted((root / "spec").rglob("*")) if p.is_file()}
    result = run_generator("sync", f"--openai-node={version}", cwd=root, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode == 2:
        after = {p: p.read_bytes() for p in sorted((root / "spec").rglob("*")) if p.is_file()}
        assert after == before, "a failed fetch must leave spec/ as it was"
    return result.returncode, result.stderr.splitlines()


def test_a_version_that_does_not_exist(registry: tuple[Path, dict[str, str]]) -> None:
    root, env = registry
    publish(env, "5.8.4", package_of(OLD / "upstream"))
    assert sync_fetching(root, env, "9.9.9") == (
        2,
        [
            "openai@9.9.9: error: no such version of openai on npm",
            "1 error(s); nothing was written.",
        ],
    )


def test_not_a_version_is_refused_before_npm_runs(registry: tuple[Path, dict[str, str]]) -> None:
    root, env = registry
    assert sync_fetching(root, env, "--registry=http://x") == (
        2,
        [
            "openai@--registry=http://x: error: not a version or a dist-tag (expected e.g. "
            "7.57.0 or latest)",
            "1 error(s); nothing was written.",
        ],
    )


def test_a_tarball_whose_integrity_differs_is_refused(
    registry: tuple[Path, dict[str, str]],
) -> None:
    root, env = registry
    claimed = integrity(b"what the registry published")
    publish(env, "5.8.4", package_of(OLD / "upstream"), claimed)
    code, lines = sync_fetching(root, env, "5.8.4")
    assert code == 2
    assert lines[0].startswith("openai@5.8.4: error: the tarball's integrity is sha512-")
    assert lines[0].endswith(f", but npm's registry says {claimed}")


def test_a_file_missing_from_the_package(registry: tuple[Path, dict[str, str]]) -> None:
    root, env = registry
    files = package_of(OLD / "upstream")
    del files[FILES["sessions.mjs"]]
    publish(env, "5.8.4", files)
    assert sync_fetching(root, env, "5.8.4") == (
        2,
        [
            "openai@5.8.4 (openai-5.8.4.tgz): error: the package has no "
            "package/resources/beta/realtime/sessions.mjs",
            "1 error(s); nothing was written.",
        ],
    )


def test_every_overlay_action_must_say_why(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    overlay = tmp_path / "spec" / "overlay.yaml"
    overlay.write_text(
        overlay.read_text().replace(
            '    description: The JSDoc says "`auto` is the default".\n', ""
        ),
        encoding="utf-8",
    )
    result = run_generator("sync", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "spec/overlay.yaml:264: #/actions/33: error: action 33 has no description: say why the "
        "decision is taken",
        "1 error(s); nothing was written.",
    ]


def test_a_hand_edited_snapshot_is_refused(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    mjs = tmp_path / "spec" / "upstream" / "sessions.mjs"
    mjs.write_text(mjs.read_text().replace("assistants=v2", "assistants=v3"), encoding="utf-8")
    result = run_generator("sync", cwd=tmp_path)
    assert result.returncode == 2
    first, last = result.stderr.splitlines()
    assert first.startswith("spec/upstream/sessions.mjs: error: sha256 ")
    assert first.endswith(
        "the snapshot is upstream's text, never edited by hand (put decisions in the overlay; "
        "refetch with `make sync OPENAI_NODE=<version>`)"
    )
    assert last == "1 error(s); nothing was written."


@pytest.mark.skipif(converter_missing() is not None, reason=str(converter_missing()))
def test_a_fetched_version_replaces_the_snapshot_and_the_spec(
    registry: tuple[Path, dict[str, str]],
) -> None:
    root, env = registry
    publish(env, "5.8.4", package_of(OLD / "upstream"))
    result = run_generator("sync", "--openai-node=5.8.4", cwd=root, env=env)
    assert result.returncode == 0, result.stderr
    for name in FILES:
        fetched = (root / "spec" / "upstream" / name).read_text(encoding="utf-8")
        assert fetched == (OLD / "upstream" / name).read_text(encoding="utf-8"), name
    lock = json.loads((root / "spec" / "upstream" / "lock.json").read_text(encoding="utf-8"))
    old_lock = json.loads((OLD / "upstream" / "lock.json").read_text(encoding="utf-8"))
    state = Path(env["FAKE_NPM_STATE"])
    assert lock["integrity"] == integrity((state / "openai-5.8.4.tgz").read_bytes())
    assert {**lock, "integrity": ""} == {**old_lock, "integrity": ""}
    spec = (root / "spec" / "realtime_sessions.yaml").read_text(encoding="utf-8")
    old_spec = (OLD / "realtime_sessions.yaml").read_text(encoding="utf-8")
    assert spec.splitlines()[1:] == old_spec.splitlines()[1:]
