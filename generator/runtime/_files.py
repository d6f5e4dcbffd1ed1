"""Files in multipart uploads, taken in the forms openai-python takes them (its `FileTypes`).

A file is its bytes, a path (`pathlib.Path` or any `os.PathLike`), an open binary file, or a
tuple `(filename, content)` / `(filename, content, content_type)` whose content is any of
those; a list of them where the spec takes an array of files.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, TypeAlias, Union

__all__ = ["FileContent", "FileTypes", "files_of", "is_file", "to_httpx_file"]

FileContent: TypeAlias = Union[IO[bytes], bytes, "os.PathLike[str]"]
"""A file's content: its bytes, an open binary file, or a path to read."""

FileTypes: TypeAlias = Union[  # noqa: UP007
    FileContent,
    tuple[str | None, FileContent],
    tuple[str | None, FileContent, str | None],
]
"""A file as an upload takes it; a tuple names the file (and its content type)."""

HttpxFile: TypeAlias = tuple[str | None, bytes] | tuple[str | None, bytes, str]


def is_file(value: object) -> bool:
    """Whether `value` is one file (not a list of files)."""
    if isinstance(value, bytes | io.IOBase | os.PathLike):
        return True
    if isinstance(value, tuple) and len(value) in (2, 3):
        return (value[0] is None or isinstance(value[0], str)) and is_file(value[1])
    return False


def to_httpx_file(value: FileTypes) -> HttpxFile:
    """The file as httpx sends it, read into memory (so that a retry can send it again): a
    path is named after its file name, an open file after its `name`."""
    if isinstance(value, tuple):
        if len(value) == 3 and value[2] is not None:
            return (value[0], _read(value[1]), value[2])
        return (value[0], _read(value[1]))
    return (_name_of(value), _read(value))


def _read(content: FileContent) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, os.PathLike):
        return Path(content).read_bytes()
    return content.read()


def _name_of(content: FileContent) -> str:
    """Its file name; `upload` for bytes, as httpx names them."""
    if isinstance(content, os.PathLike):
        return Path(content).name
    name = getattr(content, "name", None)
    return Path(name).name if isinstance(name, str) else "upload"


def files_of(value: object) -> list[FileTypes]:
    """One file or a list of them, as a list."""
    if isinstance(value, list):
        return list(value)
    return [value]  # type: ignore[list-item]
