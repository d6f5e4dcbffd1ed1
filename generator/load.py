"""Stage 1, load: spec bytes -> plain data, plus the source line of every JSON pointer.

The YAML itself is read by `yaml_core` (YAML 1.2 core schema, with its limits)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import GenerationError, GenerationFailed
from generator.yaml_core import parse_yaml

# Larger files are refused before they are read (OpenAI's whole OpenAPI document is ~2 MB).
MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class LoadedSpec:
    """The parsed document and where each of its nodes came from."""

    path: str
    document: dict[str, Any]
    lines: dict[str, int]

    def line_of(self, pointer: str) -> int | None:
        """The line of the node at `pointer`, or of its nearest ancestor that has one."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rpartition("/")[0]
        return None

    def error(self, message: str, pointer: str) -> GenerationError:
        return GenerationError(message, pointer, self.path, self.line_of(pointer))

    def warning(self, message: str, pointer: str) -> GenerationError:
        return GenerationError(message, pointer, self.path, self.line_of(pointer), "warning")


def load_spec(path: Path) -> LoadedSpec:
    """Read and parse a YAML 1.2 (or JSON) spec; every failure is a located GenerationError."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            message = f"the spec is {size:,} bytes; the limit is {MAX_BYTES:,}"
            raise GenerationFailed([GenerationError(message, "#", name)])
        data = path.read_bytes()
    except OSError as exc:
        message = f"cannot read spec: {exc.strerror or exc}"
        raise GenerationFailed([GenerationError(message, "", name)]) from None
    parsed = parse_yaml(_utf8(data, name), name)
    if not isinstance(parsed.document, dict):
        raise GenerationFailed([GenerationError("the spec must be a mapping", "#", name, 1)])
    return LoadedSpec(name, parsed.document, parsed.lines)


def _utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start : exc.start + 1].hex()
        message = f"the spec is not UTF-8: byte 0x{byte} at column {column}"
        raise GenerationFailed([GenerationError(message, "#", name, line)]) from None
