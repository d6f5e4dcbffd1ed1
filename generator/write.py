"""Stage 7, write: the whole output tree appears at once or not at all.

Files go to a temporary sibling directory first; only when every file is written is the old
tree swapped out, so a failure never leaves a half-written `generated/`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MANIFEST = "manifest.json"


def ours(out_dir: Path) -> bool:
    """Whether `out_dir` may be replaced: absent, empty, or holding our manifest."""
    if not out_dir.exists():
        return True
    if not out_dir.is_dir():
        return False
    return not any(out_dir.iterdir()) or (out_dir / MANIFEST).is_file()


def write_tree(out_dir: Path, files: dict[str, str]) -> None:
    """Replace `out_dir` with exactly `files` (relative path -> text), atomically per rename.

    The caller checks `ours(out_dir)` first: the whole directory is replaced.
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    staging.chmod(0o777 & ~current_umask())  # mkdtemp makes it private; the tree is for everyone
    try:
        write_files(staging, files)
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_files(directory: Path, files: dict[str, str]) -> None:
    for name, text in sorted(files.items()):
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        # newline="\n": the same bytes on every platform.
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    os.rmdir(retired)
    os.rename(out_dir, retired)
    try:
        os.rename(staging, out_dir)
    except OSError:
        os.rename(retired, out_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def read_tree(directory: Path) -> dict[str, str]:
    """Every file under `directory` as relative path -> text; tool caches are not ours.

    Caches (`__pycache__`, `.mypy_cache` and other dot-directories) are skipped: the generator
    never writes them, and a type checker run inside the tree must not make it look stale.
    """
    files: dict[str, str] = {}
    if not directory.is_dir():
        return files
    for path in sorted(directory.rglob("*")):
        parts = path.relative_to(directory).parts
        cache = any(part == "__pycache__" or part.startswith(".") for part in parts[:-1])
        if path.is_file() and not cache and path.suffix != ".pyc":
            # A file of someone else's that is not UTF-8 shows up as differing, not as a crash.
            files["/".join(parts)] = path.read_text(encoding="utf-8", errors="replace")
    return files


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
