"""The package generated from tests/data/openai_ops/ (a cut of OpenAI's spec with operations of
every kind): generated once per test session, imported per test module (conftest's
`openai_ops_dir` and `openai_ops` fixtures), for our server's tests, Prism's and the wire's."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from unittest.mock import patch

from generator import pipeline
from generator.write import write_tree
from tests.unformatted import unformatted_stage

CUT = Path(__file__).resolve().parent / "data" / "openai_ops"
SPEC, OVERLAY = CUT / "openapi.yaml", CUT / "overlay.yaml"
PACKAGE = "open_ai_operations_cut"


def generate(out: Path) -> None:
    """The cut's package, unformatted (black would take a minute over its validators)."""
    with patch.object(pipeline, "Formatting", unformatted_stage()):
        options = pipeline.Options(client=True, overlay=OVERLAY)
        write_tree(out, pipeline.generate_files(SPEC, "openapi.yaml", options=options))


@contextmanager
def imported(out: Path) -> Iterator[ModuleType]:
    """The package generated into `out`, importable while the context lasts."""
    sys.path.insert(0, str(out))
    try:
        import open_ai_operations_cut

        yield open_ai_operations_cut
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]
