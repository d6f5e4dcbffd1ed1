"""Stage 6, format: generated Python as black (pinned in pyproject.toml) writes it.

Black is most of a large spec's generation time, so it runs only where it has work to do:

* the emitters write black's text, so a file whose lines all fit in 100 columns is left as it
  is, and of the others black formats only the statements too wide, batched, and splices its
  text back (`generator.fmt_splice`); a file that scan cannot cut goes to black whole;
* a module formatted before is taken from a cache keyed by black's version, its mode and the
  module's text, so a one-schema change re-formats one module (see `cache_directory`);
* what is left is formatted in worker processes, one per core, when there is enough of it to
  pay for starting them; black is imported only when something is left.

The output is byte for byte what `black.format_str` gives for each whole file; the tests hold
that on every case spec, the OpenAI cut and the project's own output.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import multiprocessing
import os
import tempfile
from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

from generator.errors import GenerationError, GenerationFailed
from generator.fmt_shapes import known_split
from generator.fmt_splice import Unit, format_units, splice, units_of

LINE_LENGTH = 100
CACHE_VARIABLE = "REALTIME_SESSIONS_CODEGEN_CACHE"
# Below this much text for black, starting the workers costs more than formatting here:
# measured on the 2-core development machine, a worker spends ~0.35 s of CPU importing black,
# and black formats this kind of code at ~45 kB per CPU second.
PARALLEL_BYTES = 100_000
BATCH_BYTES = 40_000
"""Statements per black call: enough to spread its fixed cost, few enough to share the work."""


@cache
def black_mode() -> Any:
    """Black's mode: imported on first use, so a run with nothing to format never loads black."""
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})


@cache
def _cache_key() -> bytes:
    # The mode's repr without importing black: its version and the options above.
    version = importlib.metadata.version("black")
    return f"black {version} line-length {LINE_LENGTH} py311".encode()


def format_files(files: Mapping[str, str], stable: Collection[str] = ()) -> dict[str, str]:
    """Format the `.py` files but those in `stable`; a file black cannot parse is a generator
    bug, reported as such."""
    todo = sorted(n for n in files if n.endswith(".py") and n not in stable)
    cache_dir = cache_directory()
    formatted = {name: text for name, text in files.items() if name not in todo}
    plans: dict[str, list[tuple[int, int, Unit]] | None] = {}
    for name in todo:
        plan = units_of(files[name])
        if plan == []:
            formatted[name] = files[name]  # black's text already: nothing to do, nor to cache
            continue
        hit = _read(cache_dir, _key(files[name])) if cache_dir else None
        if hit is None:
            plans[name] = plan
        else:
            formatted[name] = hit
    results = _format_planned({name: files[name] for name in plans}, plans)
    errors = []
    for name, result in sorted(results.items()):
        if isinstance(result, GenerationError):
            errors.append(GenerationError(f"internal error: generated {name} {result.message}"))
            continue
        formatted[name] = result
        if cache_dir:
            _write(cache_dir, _key(files[name]), result)
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
    """One whole file through black; what black cannot parse comes back as an error value."""
    import black
    from black.parsing import InvalidInput

    try:
        return black.format_str(text, mode=black_mode())
    except InvalidInput as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid Python"
        return GenerationError(f"is not valid Python: {first}")


def format_batch(units: Sequence[Unit]) -> list[tuple[str, ...]] | None:
    """Black's lines for each statement, from one black call; None when black refused the
    batch (the files it came from then go to black whole, which names the problem)."""
    import black
    from black.parsing import InvalidInput

    try:
        return format_units(units, lambda text: black.format_str(text, mode=black_mode()))
    except InvalidInput:
        return None


def _format_planned(
    texts: Mapping[str, str], plans: Mapping[str, list[tuple[int, int, Unit]] | None]
) -> dict[str, str | GenerationError]:
    """Each file formatted by its plan: its too-wide statements (each distinct one once, in
    batches), or, without a plan, the whole file."""
    unique = list(dict.fromkeys(unit for plan in plans.values() if plan for _, _, unit in plan))
    black_lines: dict[Unit, tuple[str, ...]] = {}
    for unit in unique:
        known = known_split(unit)
        if known is not None:
            black_lines[unit] = known
    batches = _batches([unit for unit in unique if unit not in black_lines])
    whole = [name for name, plan in plans.items() if plan is None]
    jobs: list[tuple[str, Any]] = [("units", b) for b in batches]
    jobs += [("file", texts[name]) for name in whole]
    done = _run_all(jobs)
    refused: set[Unit] = set()
    for batch, lines in zip(batches, done[: len(batches)], strict=True):
        if lines is None:
            refused.update(batch)
        else:
            black_lines.update(zip(batch, lines, strict=True))
    results: dict[str, str | GenerationError] = dict(zip(whole, done[len(batches) :], strict=True))
    for name, plan in plans.items():
        if plan is None:
            continue
        if any(unit in refused for _, _, unit in plan):
            results[name] = format_source(texts[name])
        else:
            placed = ((first, end, black_lines[unit]) for first, end, unit in plan)
            results[name] = splice(texts[name], placed)
    return results


def _batches(units: list[Unit]) -> list[list[Unit]]:
    batches: list[list[Unit]] = []
    size = BATCH_BYTES
    for unit in units:
        if size >= BATCH_BYTES:
            batches.append([])
            size = 0
        batches[-1].append(unit)
        size += sum(map(len, unit.lines))
    return batches


def _run_job(job: tuple[str, Any]) -> Any:
    kind, payload = job
    return format_batch(payload) if kind == "units" else format_source(payload)


def _job_bytes(job: tuple[str, Any]) -> int:
    kind, payload = job
    if kind == "units":
        return sum(len(line) for unit in payload for line in unit.lines)
    return len(payload)


def _run_all(jobs: list[tuple[str, Any]]) -> list[Any]:
    workers = min(os.cpu_count() or 1, len(jobs))
    if workers < 2 or sum(map(_job_bytes, jobs)) < PARALLEL_BYTES:
        return [_run_job(job) for job in jobs]
    # spawn: the generator runs on a thread of its own, and fork with threads is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(_run_job, jobs))


def _key(text: str) -> str:
    return hashlib.sha256(_cache_key() + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()


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
