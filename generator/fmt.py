"""Stage 6, format: generated Python as black (pinned in pyproject.toml) writes it.

Black was most of a large spec's generation time, so it runs only where nothing else can:

* the emitters write black's text, so a file whose lines all fit in 100 columns is left as it
  is; in the others only the statements too wide are formatted, and spliced back
  (`generator.fmt_splice`); a file that scan cannot cut goes to black whole;
* a wide statement is split by the port of black's line splitting (`generator.fmt_shapes`,
  `generator.fmt_lines`); black gets only the few the port does not model, batched, and is
  imported only then;
* a module formatted before is taken from a cache keyed by black's version, its mode and the
  module's text, so a one-schema change re-formats one module (see `cache_directory`; one
  SQLite file, `generator.fmt_cache`);
* the modules left are formatted in groups, in worker processes, one per core, when there is
  enough text to pay for starting them.

The output is byte for byte what `black.format_str` gives for each whole file; the tests hold
that on every case spec, the OpenAI cut and the project's own output.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from generator import fmt_cache
from generator.errors import GenerationError, GenerationFailed
from generator.fmt_shapes import known_split
from generator.fmt_splice import Unit, format_units, splice, units_of
from generator.fmt_strings import cut_long_literals
from generator.workers import Workers

LINE_LENGTH = 100
CACHE_VARIABLE = "REALTIME_SESSIONS_CODEGEN_CACHE"
# Below this much text to format, starting the workers costs more than formatting here: a
# worker is a new interpreter importing the stage (a few tenths of a second), and the stage
# scans and splits this kind of code at about 4 MB per CPU second on the 2-core development
# machine (OpenAI's spec: 19 MB, 1.5 s of scan and 3 s of splits; black, where it is still
# needed, at ~45 kB per second, imported only then). Workers a large spec's check has started
# take parts at once.
PARALLEL_BYTES = 2_000_000
CHUNK_BYTES = 500_000
"""Once the workers run, files are sent to them in parts of about this much text (about 0.15 s
of work): at the end, a worker still busy with its part (and the one queued behind it) keeps
the generator's own process waiting no longer than that."""
KNOWN_SPLITS = 65_536
"""Splits each process remembers (OpenAI's spec has about 19,000 distinct wide statements)."""
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
    with Formatting(stable) as formatting:
        formatting.add(files)
        return formatting.finish()


class Formatting:
    """The format stage beside the others: files handed in (`add`) as the generator makes them
    are formatted in worker processes (`generator.workers`) while it makes the next ones, once
    there is enough text to pay for starting them; `finish` formats what is left here, and has
    them all. It stops the workers on exit unless they were handed in (their owner does)."""

    def __init__(self, stable: Collection[str] = (), workers: Workers | None = None) -> None:
        self._stable = frozenset(stable)
        self._own_workers = workers is None
        self._workers = Workers() if workers is None else workers
        self._cache = cache_directory()
        self._cached = fmt_cache.Reader(self._cache) if self._cache else None
        self._done: dict[str, str] = {}
        self._waiting: dict[str, str] = {}
        """Files to format not yet sent: sent together once there are enough of them."""
        self._waiting_bytes = 0
        self._results: dict[str, str | GenerationError] = {}
        self._pending: list[tuple[Future[dict[str, str | GenerationError]], dict[str, str]]] = []

    def __enter__(self) -> Formatting:
        return self

    def __exit__(self, *exception: object) -> None:
        if self._cached is not None:
            self._cached.close()
        if self._own_workers:
            self._workers.__exit__(*exception)

    def add(self, files: Mapping[str, str]) -> None:
        for name, text in files.items():
            if not name.endswith(".py") or name in self._stable or _fits(text):
                self._done[name] = text  # black's text already: nothing to do, nor to cache
                continue
            hit = self._cached.get(_key(text)) if self._cached else None
            if hit is None:
                self._waiting[name] = text
                self._waiting_bytes += len(text)
            else:
                self._done[name] = hit
        enough = CHUNK_BYTES if self._workers.started else PARALLEL_BYTES
        if self._waiting_bytes >= enough and self._workers.available:
            self._send()

    def _send(self) -> None:
        """The waiting files to the workers, in parts; where there are none, what is left waits
        for `finish`, which formats it here."""
        parts = _parts(self._waiting)
        self._waiting, self._waiting_bytes = {}, 0
        for number, part in enumerate(parts):
            future = self._workers.submit(_format_group, part, self._cache)
            if future is None:  # no process could start: the workers take nothing more
                for left in parts[number:]:
                    self._waiting.update(left)
                return
            self._pending.append((future, part))

    def help_until(self, awaited: Future[Any]) -> None:
        """Format here the parts no worker has started, the last first, until `awaited` (work
        of another kind, in a worker) is done: this process would only wait otherwise."""
        while not awaited.done() and self._format_unstarted_part():
            pass
        wait([awaited])

    def _format_unstarted_part(self) -> bool:
        """Take back the last part no worker has started, and format it here; False if none."""
        for index in range(len(self._pending) - 1, -1, -1):
            future, group = self._pending[index]
            if future.cancel():
                del self._pending[index]
                self._results.update(_format_texts(group, self._cache))
                return True
        return False

    def finish(self) -> dict[str, str]:
        # This process formats what is left (the last part, and the parts no worker has
        # started yet) while the workers finish theirs: every core busy to the end.
        if self._waiting:
            self._results.update(_format_texts(self._waiting, self._cache))
        while self._format_unstarted_part():
            pass
        for future, group in self._pending:
            try:
                self._results.update(future.result())
            except BrokenProcessPool:  # a worker was killed (out of memory?): formatted here
                self._results.update(_format_texts(group, self._cache))
        errors = []
        formatted = dict(self._done)
        for name, result in sorted(self._results.items()):
            if isinstance(result, GenerationError):
                errors.append(GenerationError(f"internal error: generated {name} {result.message}"))
                continue
            formatted[name] = result
        if errors:
            raise GenerationFailed(errors)
        return formatted


def _fits(text: str | Sequence[str]) -> bool:
    """Whether every line of a text (or of the lines given) is at most 100 columns."""
    lines = text.split("\n") if isinstance(text, str) else text
    return all(len(line) <= LINE_LENGTH for line in lines)


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
        formatted = black.format_str(text, mode=black_mode())
        if _fits(formatted):
            return formatted
        return black.format_str(cut_long_literals(text), mode=black_mode())
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


def _format_texts(texts: Mapping[str, str], cache: Path | None) -> dict[str, str | GenerationError]:
    """Each text formatted in this process: too little text for the workers to pay, the parts
    no worker has started by the end, or what no worker could format."""
    return _format_group(dict(texts), cache)


def _parts(texts: Mapping[str, str]) -> list[dict[str, str]]:
    """The texts in parts of about `CHUNK_BYTES` each, in order: small enough that the workers
    and, at the end, this process share them out."""
    parts: list[dict[str, str]] = [{}]
    size = 0
    for name, text in texts.items():
        if size >= CHUNK_BYTES:
            parts.append({})
            size = 0
        parts[-1][name] = text
        size += len(text)
    return parts


def _format_group(texts: dict[str, str], cache: Path | None) -> dict[str, str | GenerationError]:
    """Each file formatted by its plan: its too-wide statements split as black splits them
    (`known_split`, else black, each distinct statement once), or, without a plan, the whole
    file by black; all written to the `cache`, if any, in one transaction (by the worker that
    formatted them, not by the generator's own process)."""
    plans = {name: units_of(text) for name, text in texts.items()}
    unique = dict.fromkeys(unit for plan in plans.values() if plan for _, _, unit in plan)
    black_lines: dict[Unit, tuple[str, ...]] = {}
    refused = _split(unique, black_lines) | _split_cut(black_lines)
    results: dict[str, str | GenerationError] = {}
    for name, plan in plans.items():
        if plan is None or any(unit in refused for _, _, unit in plan):
            results[name] = format_source(texts[name])
        else:
            placed = ((first, end, black_lines[unit]) for first, end, unit in plan)
            results[name] = splice(texts[name], placed)
    if cache is not None:
        entries = {
            _key(texts[name]): text for name, text in results.items() if isinstance(text, str)
        }
        fmt_cache.write(cache, entries)
    return results


def _split(units: Collection[Unit], black_lines: dict[Unit, tuple[str, ...]]) -> set[Unit]:
    """Black's lines for each unit into `black_lines` (`known_split`, else black in batches);
    the units black refused."""
    for unit in units:
        known = _known_split(unit)
        if known is not None:
            black_lines[unit] = known
    refused: set[Unit] = set()
    for batch in _batches([unit for unit in units if unit not in black_lines]):
        lines = format_batch(batch)
        if lines is None:
            refused.update(batch)
        else:
            black_lines.update(zip(batch, lines, strict=True))
    return refused


def _split_cut(black_lines: dict[Unit, tuple[str, ...]]) -> set[Unit]:
    """Each statement black leaves too wide for its long string literals, split again with
    them cut (`fmt_strings`): those lines replace black's; the units black refused so."""
    cut_units = {unit: _cut(unit) for unit, lines in black_lines.items() if not _fits(lines)}
    cut_units = {unit: cut for unit, cut in cut_units.items() if cut != unit}
    cut_lines: dict[Unit, tuple[str, ...]] = {}
    refused = _split(dict.fromkeys(cut_units.values()), cut_lines)
    for unit, cut in cut_units.items():
        if cut in cut_lines:
            black_lines[unit] = cut_lines[cut]
    return {unit for unit, cut in cut_units.items() if cut in refused}


def _cut(unit: Unit) -> Unit:
    return Unit(tuple(map(cut_long_literals, unit.lines)), unit.depth, unit.kind)


@lru_cache(maxsize=KNOWN_SPLITS)
def _known_split(unit: Unit) -> tuple[str, ...] | None:
    """`known_split`, remembered: the same statement recurs across the files a worker gets.
    A statement the port trips over goes to black: the port only saves time, and a bug in it
    must not stop a generation (the tests call `known_split` itself, and see it)."""
    try:
        return known_split(unit)
    except Exception:
        return None


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


def _key(text: str) -> str:
    return hashlib.sha256(_cache_key() + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()
