"""Import time: `import realtime_sessions` against `import openai`, each in a fresh interpreter.

The same interpreter (this venv's python) runs `import X` in a new subprocess per measurement,
timed inside it with `perf_counter` around the import alone (interpreter start-up excluded).
One untimed import of each first writes the bytecode caches, so every timed run imports
compiled bytecode; then the two modules alternate, `runs` times each, and the minimum is kept.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.instances import ROOT

OURS, THEIRS = "realtime_sessions", "openai"
PROBE = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"


def _environment(path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(path)
    return env


def import_seconds(module: str) -> float:
    """Seconds `import module` takes in a fresh interpreter."""
    return code_seconds(f"import {module}", ROOT / "generated")


def code_seconds(code: str, path: Path) -> float:
    """Seconds `code` (one line) takes in a fresh interpreter with `path` on PYTHONPATH."""
    command = [sys.executable, "-c", PROBE.format(code=code)]
    done = subprocess.run(
        command, check=True, capture_output=True, text=True, env=_environment(path), cwd=ROOT
    )
    return float(done.stdout.strip())


def import_times(runs: int) -> dict[str, float]:
    """ms per import of ours and openai's: min of `runs` alternating fresh-interpreter runs."""
    for module in (OURS, THEIRS):
        import_seconds(module)  # writes __pycache__: the timed runs import bytecode
    best = {OURS: float("inf"), THEIRS: float("inf")}
    for _ in range(runs):
        for module in (OURS, THEIRS):
            best[module] = min(best[module], import_seconds(module) * 1000)
    return best
