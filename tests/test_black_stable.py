"""Every generated Python file is as black (pinned) writes it, whether the format stage ran
black on it or left it alone as written black-stable (`generator.layout.BLACK_STABLE`).

The committed outputs are the generator's (`test_cases.py` and `test_golden.py` hold that), so
black runs on them here; the OpenAI cut's output is checked in `test_openai_cut.py`.
"""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.fmt import black_mode
from generator.runtime import CLIENT_RUNTIME, MODEL_RUNTIME
from tests.conftest import CASES, ROOT

OUTPUTS = [ROOT / "generated", *sorted(CASES.glob("*/expected"))]


# Copies of the hand-written runtime, which `make lint` runs black on where they are written.
RUNTIME = frozenset(MODEL_RUNTIME + CLIENT_RUNTIME)


def black_changes(root: Path) -> list[str]:
    """The generated Python files under `root` that black would change."""
    rendered = (
        p for p in sorted(root.rglob("*.py")) if p.name not in RUNTIME or p.parent.parent != root
    )
    return [
        str(path)
        for path in rendered
        if black.format_str(text := path.read_text(encoding="utf-8"), mode=black_mode()) != text
    ]


@pytest.mark.slow  # black is slow: ~15 s of CPU for every case's output
@pytest.mark.parametrize("output", OUTPUTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_black_leaves_every_generated_file_unchanged(output: Path) -> None:
    assert black_changes(output) == []
