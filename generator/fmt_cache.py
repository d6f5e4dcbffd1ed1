"""The format stage's cache: formatted modules by key (see `fmt._key`), in one SQLite database.

One file holds every entry, and a part's entries (a few hundred kB of modules) go in one
transaction: a first run on a large spec writes thousands of modules, and a file for each cost
more system time than much of the formatting it saves (0.3 to 3 s on OpenAI's spec, with the
file system's mood). SQLite (the standard library's) makes each transaction atomic, serializes
the writers (the generator's worker processes, or several generators at once) and lets readers
read meanwhile (its write-ahead log). The cache only saves time: anything that goes wrong
reading or writing it is ignored, and the module is formatted instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

DATABASE = "formatted.sqlite3"
WAIT_SECONDS = 10.0
"""How long a writer waits for another one (another process's part, another generator)."""
_SCHEMA = "CREATE TABLE IF NOT EXISTS formatted (key TEXT PRIMARY KEY, text TEXT NOT NULL)"


class Reader:
    """Looks entries up in the cache of `directory`, over one connection (opened on first use,
    by the thread that uses it)."""

    def __init__(self, directory: Path) -> None:
        self._path = directory / DATABASE
        self._db: sqlite3.Connection | None = None

    def get(self, key: str) -> str | None:
        try:
            if self._db is None:
                if not self._path.exists():
                    return None  # nothing cached yet: looked for again on the next lookup
                self._db = sqlite3.connect(self._path, timeout=WAIT_SECONDS)
            row = self._db.execute("SELECT text FROM formatted WHERE key = ?", (key,)).fetchone()
        except (OSError, sqlite3.Error):  # unreadable, not a database, no table yet, locked
            return None  # too long: a miss
        return None if row is None else str(row[0])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def write(directory: Path, entries: Mapping[str, str]) -> None:
    """Store `entries` in one transaction; best effort."""
    if not entries:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(directory / DATABASE, timeout=WAIT_SECONDS)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            with db:  # one transaction
                db.execute(_SCHEMA)
                db.executemany("INSERT OR REPLACE INTO formatted VALUES (?, ?)", entries.items())
    except (OSError, UnicodeError, sqlite3.Error):
        return
