"""Answers that are not JSON: files, audio, images, archives."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx

__all__ = ["BinaryResponse"]


class BinaryResponse:
    """The bytes of an answer (read whole), with the `httpx.Response` they came in."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def content_type(self) -> str | None:
        kind: str | None = self.response.headers.get("content-type")
        return kind

    def iter_bytes(self, chunk_size: int = 65536) -> Iterator[bytes]:
        """The content in chunks of at most `chunk_size` bytes."""
        content = self.content
        for start in range(0, len(content), chunk_size):
            yield content[start : start + chunk_size]

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the content to `path` (created or replaced)."""
        Path(path).write_bytes(self.content)

    def __repr__(self) -> str:
        return f"BinaryResponse(content_type={self.content_type!r}, size={len(self.content)})"
