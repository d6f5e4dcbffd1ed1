"""Fetch one openai-node version through npm, check the tarball's integrity, take two files.

`npm view` says which version a spec (`7.57.0`, a dist-tag such as `latest`) means and the
tarball's `dist.integrity`; `npm pack` downloads the tarball (npm checks it too); here its
sha512 is computed again and compared before any file is read from it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

from generator.errors import GenerationError, GenerationFailed
from generator.upstream.snapshot import FILES, PACKAGE, Snapshot

# An exact version or a dist-tag; never an option (`-...`), a path or a URL.
VERSION_SPEC = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]*")
NPM_TIMEOUT = 300


def fetch_snapshot(npm: str, version_spec: str, display: str) -> Snapshot:
    """The two files of openai@`version_spec`, from a tarball whose integrity was checked."""
    where = f"{PACKAGE}@{version_spec}"
    if not VERSION_SPEC.fullmatch(version_spec):
        raise _failed(where, "not a version or a dist-tag (expected e.g. 7.57.0 or latest)")
    version, integrity = _resolve(npm, version_spec, where)
    where = f"{PACKAGE}@{version}"
    with tempfile.TemporaryDirectory(prefix="openai-node-") as scratch:
        tarball = _pack(npm, version, Path(scratch), where)
        actual = (
            "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        )
        if actual != integrity:
            raise _failed(
                where, f"the tarball's integrity is {actual}, but npm's registry says {integrity}"
            )
        files = _extract(tarball, f"{where} ({tarball.name})")
    return Snapshot(version, integrity, files, display)


def _resolve(npm: str, version_spec: str, where: str) -> tuple[str, str]:
    output = _npm(npm, ["view", where, "version", "dist.integrity", "--json"], where, None)
    try:
        found = json.loads(output) if output.strip() else None
    except json.JSONDecodeError:
        raise _failed(
            where, f"npm view printed something that is not JSON: {output[:80]!r}"
        ) from None
    if found is None:
        raise _failed(where, f"no such version of {PACKAGE} on npm")
    if isinstance(found, list):
        versions = ", ".join(str(entry.get("version")) for entry in found[-3:])
        raise _failed(where, f"matches {len(found)} versions (… {versions}); name one")
    version, integrity = found.get("version"), found.get("dist.integrity")
    if not isinstance(version, str) or not isinstance(integrity, str):
        raise _failed(where, "npm view did not report a version and a dist.integrity")
    if not integrity.startswith("sha512-"):
        raise _failed(where, f"npm reports integrity {integrity!r}; expected a sha512 one")
    return version, integrity


def _pack(npm: str, version: str, scratch: Path, where: str) -> Path:
    output = _npm(npm, ["pack", f"{PACKAGE}@{version}", "--json"], where, scratch)
    try:
        filename = json.loads(output)[0]["filename"]
    except (json.JSONDecodeError, LookupError, TypeError):
        raise _failed(where, f"npm pack printed no tarball name: {output[:80]!r}") from None
    tarball = scratch / Path(str(filename)).name
    if not tarball.is_file():
        raise _failed(where, f"npm pack reported {filename!r}, which is not there")
    return tarball


def _extract(tarball: Path, where: str) -> dict[str, str]:
    files: dict[str, str] = {}
    errors: list[GenerationError] = []
    try:
        with tarfile.open(tarball, "r:gz") as archive:
            members = {member.name: member for member in archive.getmembers()}
            for name, path in sorted(FILES.items()):
                member = members.get(path)
                handle = archive.extractfile(member) if member and member.isfile() else None
                if handle is None:
                    errors.append(GenerationError(f"the package has no {path}", "", where))
                    continue
                files[name] = handle.read().decode("utf-8")
    except (tarfile.TarError, OSError, EOFError, UnicodeDecodeError) as exc:
        raise _failed(where, f"cannot read the tarball: {exc}") from None
    if errors:
        raise GenerationFailed(errors)
    return files


def _npm(npm: str, arguments: list[str], where: str, cwd: Path | None) -> str:
    try:
        result = subprocess.run(
            [npm, *arguments, "--no-fund", "--no-audit"],
            capture_output=True,
            text=True,
            timeout=NPM_TIMEOUT,
            cwd=cwd,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise _failed(where, f"cannot run npm: {exc}") from None
    if result.returncode != 0:
        raise _failed(where, _npm_problem(result.stdout + result.stderr))
    return result.stdout


def _npm_problem(output: str) -> str:
    if "E404" in output or "No match found" in output or "ETARGET" in output:
        return f"no such version of {PACKAGE} on npm"
    lines = [line.removeprefix("npm error ").strip() for line in output.splitlines()]
    useful = [line for line in lines if line and not line.startswith(("A complete log", "{"))]
    return "npm failed: " + (useful[0] if useful else "no message")


def _failed(where: str, message: str) -> GenerationFailed:
    return GenerationFailed([GenerationError(message, "", where)])
