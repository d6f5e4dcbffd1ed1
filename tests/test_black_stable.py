"""Generated Python is black's text (pinned), though the format stage runs black only on the
statements over 100 columns (`generator.fmt_splice`): for every file of every case spec, the
project's own spec, the OpenAI cut and (a third of) the operations cut, the format stage's result
is byte for byte `black.format_str` of the whole unformatted file (where black leaves a
statement over 100 columns, of the file with that statement's long literals cut first).

Black's output is stable, so that also holds black leaving the generated files unchanged (the
golden tests hold that the committed files are that output).
"""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import fmt, pipeline
from generator.fmt_splice import splice, units_of
from generator.fmt_strings import cut_long_literals
from generator.pipeline import Options
from generator.runtime import CLIENT_RUNTIME, MODEL_RUNTIME
from tests.conftest import CASES, ROOT
from tests.openai_ops import OVERLAY as OPS_OVERLAY
from tests.openai_ops import SPEC as OPS_SPEC
from tests.unformatted import unformatted_stage

CUT = ROOT / "tests" / "data" / "openai_cut"
SPECS = {
    "generated": (ROOT / "spec" / "realtime_sessions.yaml", Options()),
    "openai_cut": (CUT / "openapi.yaml", Options(client=False, overlay=CUT / "overlay.yaml")),
    "openai_ops": (OPS_SPEC, Options(overlay=OPS_OVERLAY)),
    **{p.parent.name: (p, Options()) for p in sorted(CASES.glob("*/spec.yaml"))},
}
SAMPLED = {"openai_ops": 3}
"""Every n-th file only: black over the whole operations cut is half a minute of CPU."""

# Copies of the hand-written runtime, which `make lint` runs black on where they are written.
RUNTIME = frozenset(MODEL_RUNTIME + CLIENT_RUNTIME)


def unformatted(spec: Path, options: Options, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The Python files generating `spec` gives the format stage."""
    given: dict[str, str] = {}
    monkeypatch.setattr(pipeline, "Formatting", unformatted_stage(given))
    pipeline.generate_files(spec, spec.name, options=options)
    return {
        name: text
        for name, text in given.items()
        if name.endswith(".py") and name.rsplit("/")[-1] not in RUNTIME
    }


def black_of(text: str) -> str:
    """What black makes of the whole file, where a statement black leaves over 100 columns has
    its long string literals cut first (`generator.fmt_strings`): the format stage's contract,
    worked out with black alone, statement by statement and then on the whole file."""
    mode = fmt.black_mode()
    formatted = black.format_str(text, mode=mode)
    if fits(formatted):
        return formatted
    plan = units_of(text)
    if plan is None:
        return black.format_str(cut_long_literals(text), mode=mode)
    black_lines = fmt.format_batch([unit for _, _, unit in plan])
    assert black_lines is not None, "black refused a statement of the file"
    cut = [
        (first, end, tuple(map(cut_long_literals, unit.lines)))
        for (first, end, unit), lines in zip(plan, black_lines, strict=True)
        if not fits("\n".join(lines))
    ]
    return black.format_str(splice(text, cut), mode=mode)


def fits(text: str) -> bool:
    return all(len(line) <= fmt.LINE_LENGTH for line in text.split("\n"))


def not_black(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the format stage does not turn into what black makes of the whole file."""
    monkeypatch.setenv(fmt.CACHE_VARIABLE, "")  # the stage itself, not what it cached
    formatted = fmt.format_files(files)
    return [name for name, text in files.items() if formatted[name] != black_of(text)]


@pytest.mark.slow  # black is slow: ~30 s of CPU for every case's output and the cuts
@pytest.mark.parametrize("name", list(SPECS))
def test_the_format_stage_gives_what_black_gives_for_the_whole_file(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, options = SPECS[name]
    files = unformatted(spec, options, monkeypatch)
    every = SAMPLED.get(name, 1)
    files = {path: files[path] for path in sorted(files)[::every]}
    assert files and not_black(files, monkeypatch) == []
