"""The pinned upstream: two files of one openai-node version and a lock naming where they came from.

`spec/upstream/` holds `sessions.d.mts` and `sessions.mjs` exactly as the npm package `openai`
ships them, and `lock.json`: the package version, the tarball's integrity as npm reports it
(`dist.integrity`), and each file's path in the package and sha256. Sync runs offline from it,
and refuses a snapshot whose files no longer match their lock: upstream's text is never edited
here; local decisions go into the overlay.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import GenerationError, GenerationFailed
from generator.write import write_tree

PACKAGE = "openai"
LOCK = "lock.json"
# Snapshot name -> path inside the npm tarball.
FILES = {
    "sessions.d.mts": "package/resources/beta/realtime/sessions.d.mts",
    "sessions.mjs": "package/resources/beta/realtime/sessions.mjs",
}
TYPES_FILE = "sessions.d.mts"
CODE_FILE = "sessions.mjs"


@dataclass(frozen=True)
class Snapshot:
    """One openai-node version's files, as text, and where they are shown in messages."""

    version: str
    integrity: str
    files: dict[str, str]
    display: str  # the snapshot directory as messages name it

    def where(self, name: str) -> str:
        return f"{self.display}/{name}"

    def package_path(self, name: str) -> str:
        return FILES[name].removeprefix("package/")

    def lock_text(self) -> str:
        lock = {
            "package": PACKAGE,
            "version": self.version,
            "integrity": self.integrity,
            "files": {
                name: {"path": FILES[name], "sha256": _sha256(self.files[name])}
                for name in sorted(FILES)
            },
        }
        return json.dumps(lock, indent=2) + "\n"


def read_snapshot(directory: Path, display: str) -> Snapshot:
    """The snapshot in `directory`, its files checked against its lock."""
    lock_name = f"{display}/{LOCK}"
    try:
        lock = json.loads((directory / LOCK).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GenerationFailed(
            [GenerationError(f"cannot read the lock: {exc}", "", lock_name)]
        ) from None
    errors = _lock_errors(lock, lock_name)
    if errors:
        raise GenerationFailed(errors)
    files: dict[str, str] = {}
    for name in sorted(FILES):
        try:
            files[name] = (directory / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(GenerationError(f"cannot read: {exc}", "", f"{display}/{name}"))
            continue
        expected = lock["files"][name]["sha256"]
        if _sha256(files[name]) != expected:
            errors.append(
                GenerationError(
                    f"sha256 {_sha256(files[name])} differs from the lock's {expected}: the "
                    "snapshot is upstream's text, never edited by hand (put decisions in the "
                    "overlay; refetch with `make sync OPENAI_NODE=<version>`)",
                    "",
                    f"{display}/{name}",
                )
            )
    if errors:
        raise GenerationFailed(errors)
    return Snapshot(lock["version"], lock["integrity"], files, display)


def _lock_errors(lock: Any, lock_name: str) -> list[GenerationError]:
    def error(message: str, pointer: str) -> list[GenerationError]:
        return [GenerationError(message, pointer, lock_name)]

    if not isinstance(lock, dict):
        return error("the lock must be a JSON object", "#")
    if lock.get("package") != PACKAGE:
        return error(f"`package` must be {PACKAGE!r}", "#/package")
    for key in ("version", "integrity"):
        if not isinstance(lock.get(key), str) or not lock[key]:
            return error(f"`{key}` must be a non-empty string", f"#/{key}")
    files = lock.get("files")
    if not isinstance(files, dict) or sorted(files) != sorted(FILES):
        return error(f"`files` must name exactly {', '.join(sorted(FILES))}", "#/files")
    for name, entry in files.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            return error("each file needs its `sha256`", f"#/files/{name}")
    return []


def write_snapshot(directory: Path, snapshot: Snapshot) -> None:
    """Replace the snapshot directory as a whole (a temporary sibling, then a rename); refuse a
    directory holding anything else, which the replacement would delete."""
    files = {**snapshot.files, LOCK: snapshot.lock_text()}
    if directory.is_dir():
        strangers = sorted(p.name for p in directory.iterdir() if p.name not in files)
        if strangers:
            message = (
                f"refusing to replace {snapshot.display}/: it holds {', '.join(strangers)}, "
                "which are not part of a snapshot"
            )
            raise GenerationFailed([GenerationError(message, "", snapshot.display)])
    elif directory.exists():
        raise GenerationFailed([GenerationError("not a directory", "", snapshot.display)])
    write_tree(directory, files)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
