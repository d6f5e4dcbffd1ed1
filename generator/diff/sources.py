"""BASE and HEAD: a spec path, or `REV:PATH` read from git, through the generator's own stages."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from generator.errors import GenerationError, GenerationFailed
from generator.load import LoadedSpec, load_spec
from generator.pipeline import prepare_spec
from generator.resolve import check_refs
from generator.validate import check_openapi, check_subset


def read_spec(argument: str, overlay: Path | None = None) -> LoadedSpec:
    """Load and check one side as `generate` reads it (`overlay` applied, OpenAPI 3.0
    leftovers mapped to 3.1, without the warnings: `generate` gives those); raise
    GenerationFailed with located errors on bad input.

    An existing file wins over the `REV:PATH` reading, so a path with a colon still works.
    """
    path = Path(argument)
    if path.is_file() or ":" not in argument:
        if not path.is_file():
            raise GenerationFailed([GenerationError("no such spec file", "", argument)])
        spec = load_spec(path)
    else:
        spec = _from_git(argument)
    try:
        spec, _ = prepare_spec(spec, overlay)
        check_subset(spec)
        check_refs(spec)
        check_openapi(spec)
    except GenerationFailed as failure:
        raise GenerationFailed(
            [e.located(spec.path, spec.line_of(e.pointer)) for e in failure.errors]
        ) from None
    return spec


def _from_git(argument: str) -> LoadedSpec:
    revision, _, path = argument.partition(":")
    shown = git("show", f"{revision}:{path}")
    if shown.returncode != 0:
        problem = _first_line(shown.stderr) or f"git show {argument} failed"
        raise GenerationFailed([GenerationError(f"cannot read from git: {problem}", "", argument)])
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / (Path(path).name or "spec.yaml")
        copy.write_bytes(shown.stdout)
        try:
            spec = load_spec(copy)
        except GenerationFailed as failure:
            errors = [
                GenerationError(e.message, e.pointer, argument, e.line) for e in failure.errors
            ]
            raise GenerationFailed(errors) from None
    return LoadedSpec(argument, spec.document, spec.lines)


def merge_base(remote_branch: str) -> str:
    """The commit HEAD forked from `remote_branch` (e.g. `origin/main`), or a clear error."""
    remote = remote_branch.split("/", 1)[0]
    if "/" in remote_branch and git("remote", "get-url", remote).returncode != 0:
        message = (
            f"this repository has no remote {remote!r}: pass the revision to compare with "
            f"(`make diff BASE=main`, or `--base REV`)"
        )
        raise GenerationFailed([GenerationError(message, "", remote_branch)])
    found = git("merge-base", "HEAD", remote_branch)
    if found.returncode != 0:
        problem = _first_line(found.stderr) or "no common ancestor with HEAD"
        message = f"no merge base with {remote_branch}: {problem} (fetch it first?)"
        raise GenerationFailed([GenerationError(message, "", remote_branch)])
    commit = found.stdout.decode().strip()
    short = git("rev-parse", "--short=12", commit)
    return short.stdout.decode().strip() if short.returncode == 0 else commit


def git(*args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], capture_output=True, check=False)
    except OSError as exc:
        return subprocess.CompletedProcess(["git", *args], 127, b"", str(exc).encode())


def _first_line(output: bytes) -> str:
    lines = output.decode("utf-8", "replace").strip().splitlines()
    return lines[0].removeprefix("fatal: ") if lines else ""
