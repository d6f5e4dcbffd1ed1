"""The format stage's cache: a one-schema change re-formats only the module it changes, and the
output is the same bytes with the cache, without it, and from it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from generator import fmt, fmt_cache, pipeline, workers
from generator.errors import GenerationError
from generator.layout import BLACK_STABLE
from tests.conftest import CASES
from tests.fake_pools import KilledWorker, NoProcesses
from tests.unformatted import unformatted_stage

SPEC = CASES / "modules" / "spec.yaml"
FORMAT = fmt._format_texts


def generate(spec: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, str], list[str]]:
    """The files, and the texts black was given work on (the statements it formats come from
    these, or the whole text)."""
    formatted: list[str] = []

    def counted(texts: dict[str, str], cache: Path | None) -> dict[str, str | GenerationError]:
        formatted.extend(texts.values())
        return FORMAT(texts, cache)

    monkeypatch.setattr(fmt, "_format_texts", counted)
    return pipeline.generate_files(spec, "spec.yaml"), formatted


def test_a_one_schema_change_formats_one_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fmt.CACHE_VARIABLE, str(tmp_path / "cache"))
    first, formatted = generate(SPEC, monkeypatch)
    # Black has work only in modules with a line over 100 columns, never the lazy __init__s.
    too_wide = [text for text in formatted if any(len(line) > 100 for line in text.split("\n"))]
    assert formatted and too_wide == formatted
    assert not any(first[name] in formatted for name in first if name.endswith("__init__.py"))
    again, formatted = generate(SPEC, monkeypatch)
    assert again == first and formatted == []
    changed = tmp_path / "spec.yaml"
    changed.write_text(
        SPEC.read_text().replace("    Circle:\n", "    Circle:\n      description: Round.\n")
    )
    after, formatted = generate(changed, monkeypatch)
    assert [name for name in after if after[name] != first[name]] == [
        "case_modules/models/circle.py", "manifest.json"
    ]  # fmt: skip
    assert len(formatted) == 1 and "Round." in formatted[0]
    monkeypatch.setenv(fmt.CACHE_VARIABLE, "")  # no cache: black where needed, the same bytes
    assert generate(changed, monkeypatch)[0] == after


def test_a_cache_that_is_no_database_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fmt.CACHE_VARIABLE, "")
    expected = generate(SPEC, monkeypatch)[0]
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / fmt_cache.DATABASE).write_bytes(b"not a database, say a truncated copy\n" * 40)
    monkeypatch.setenv(fmt.CACHE_VARIABLE, str(cache))
    files, formatted = generate(SPEC, monkeypatch)
    assert files == expected and formatted  # formatted anew, nothing read from it


def test_the_workers_give_what_the_generators_own_process_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files handed in part by part, formatted by worker processes (started at the first part,
    as for a large spec): the same bytes as formatted in this process, and the same cache."""
    monkeypatch.setenv(fmt.CACHE_VARIABLE, "")
    files = {  # by path under the package, as the format stage names them
        name.split("/", 1)[1]: text
        for name, text in generate(SPEC, monkeypatch)[0].items()
        if name.endswith(".py")
    }
    raw: dict[str, str] = {}
    monkeypatch.setattr(pipeline, "Formatting", unformatted_stage(raw))
    pipeline.generate_files(SPEC, "spec.yaml")
    monkeypatch.undo()
    monkeypatch.setenv(fmt.CACHE_VARIABLE, str(tmp_path / "cache"))
    monkeypatch.setattr(fmt, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(fmt, "CHUNK_BYTES", 1)
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 3)  # two workers, whatever the machine
    names = sorted(name for name in raw if name.endswith(".py"))
    with fmt.Formatting(BLACK_STABLE) as formatting:
        for name in names:
            formatting.add({name: raw[name]})
        assert formatting._workers.started  # the workers did the formatting
        formatted = formatting.finish()
    assert {name: formatted[name] for name in names} == {name: files[name] for name in names}
    with closing(sqlite3.connect(tmp_path / "cache" / fmt_cache.DATABASE)) as db:
        (cached,) = db.execute("SELECT count(*) FROM formatted").fetchone()
    too_wide = [name for name in names if any(len(line) > 100 for line in raw[name].split("\n"))]
    assert cached == len(too_wide)


@pytest.mark.parametrize("pool", [NoProcesses, KilledWorker])
def test_without_workers_the_generators_own_process_does_all_the_work(
    pool: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fmt.CACHE_VARIABLE, "")
    expected = generate(SPEC, monkeypatch)[0]
    monkeypatch.setattr(fmt, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(fmt, "CHUNK_BYTES", 1)
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", pool)
    # As for a large spec: check_openapi and the validators' compile are handed to workers too.
    monkeypatch.setattr(pipeline, "PARALLEL_CHECK_NODES", 0)
    assert pipeline.generate_files(SPEC, "spec.yaml") == expected
