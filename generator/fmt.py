"""Stage 6, format: every generated Python file through black, pinned in pyproject.toml.

Black is most of a large spec's generation time, so it runs only where it has work to do:

* files the renderer writes black-stable already (`stable`: the lazy package `__init__`s) are
  left alone (a test runs black over every generated file of every case to hold that);
* a module formatted before is taken from a cache keyed by black's version, its mode and the
  module's text, so a one-schema change re-formats one module (see `cache_directory`);
* the rest is formatted in worker processes, one per core, when there is enough of it to pay
  for starting them.

The output is byte for byte what `black.format_str` gives for each file.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import multiprocessing
import os
import tempfile
from collections.abc import Collection, Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.errors import GenerationError, GenerationFailed

MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})
CACHE_VARIABLE = "REALTIME_SESSIONS_CODEGEN_CACHE"
# Below this much unformatted text, starting the workers costs more than formatting here:
# measured on the 2-core development machine, a worker spends ~0.35 s of CPU importing black,
# and black formats this kind of code at ~45 kB per CPU second (the project's 323 kB: ~7 s).
PARALLEL_BYTES = 100_000
_CACHE_KEY = f"black {importlib.metadata.version('black')} {MODE!r}".encode()


def format_files(files: Mapping[str, str], stable: Collection[str] = ()) -> dict[str, str]:
    """Format the `.py` files but those in `stable`; a file black cannot parse is a generator
    bug, reported as such."""
    todo = sorted(n for n in files if n.endswith(".py") and n not in stable)
    cache = cache_directory()
    formatted = {name: text for name, text in files.items() if name not in todo}
    keys = {name: _key(files[name]) for name in todo}
    missing = []
    for name in todo:
        hit = _read(cache, keys[name]) if cache else None
        if hit is None:
            missing.append(name)
        else:
            formatted[name] = hit
    results = _format_all([files[name] for name in missing])
    errors = []
    for name, result in zip(missing, results, strict=True):
        if isinstance(result, GenerationError):
            errors.append(GenerationError(f"internal error: generated {name} {result.message}"))
            continue
        formatted[name] = result
        if cache:
            _write(cache, keys[name], result)
    if errors:
        raise GenerationFailed(errors)
    return formatted


def cache_directory() -> Path | None:
    """`$REALTIME_SESSIONS_CODEGEN_CACHE` (empty: no cache), else the user's cache directory
    (`$XDG_CACHE_HOME`, else `~/.cache`) under `realtime-sessions-codegen/black`."""
    chosen = os.environ.get(CACHE_VARIABLE)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "realtime-sessions-codegen" / "black"


def format_source(text: str) -> str | GenerationError:
    """One file through black; what black cannot parse comes back as an error value."""
    try:
        return black.format_str(text, mode=MODE)
    except InvalidInput as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid Python"
        return GenerationError(f"is not valid Python: {first}")


def _format_all(texts: list[str]) -> list[str | GenerationError]:
    workers = min(os.cpu_count() or 1, len(texts))
    if workers < 2 or sum(map(len, texts)) < PARALLEL_BYTES:
        return [format_source(text) for text in texts]
    # spawn: the generator runs on a thread of its own, and fork with threads is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(format_source, texts, chunksize=max(1, len(texts) // (workers * 8))))


def _key(text: str) -> str:
    return hashlib.sha256(_CACHE_KEY + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()


def _read(cache: Path, key: str) -> str | None:
    try:
        return (cache / key[:2] / key).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(cache: Path, key: str, text: str) -> None:
    """Best effort, and atomic: a cache that cannot be written only costs time."""
    folder = cache / key[:2]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
        os.replace(temporary, folder / key)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
