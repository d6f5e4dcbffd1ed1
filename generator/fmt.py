"""Stage 6, format: every generated Python file through black, pinned in pyproject.toml."""

from __future__ import annotations

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.errors import GenerationError, GenerationFailed

MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Format the `.py` files; a file black cannot parse is a generator bug, reported as such."""
    formatted = {}
    errors = []
    for name, text in sorted(files.items()):
        if not name.endswith(".py"):
            formatted[name] = text
            continue
        try:
            formatted[name] = black.format_str(text, mode=MODE)
        except InvalidInput as exc:
            first = str(exc).splitlines()[0] if str(exc) else "invalid Python"
            errors.append(
                GenerationError(f"internal error: generated {name} is not valid Python: {first}")
            )
    if errors:
        raise GenerationFailed(errors)
    return formatted
