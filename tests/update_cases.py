"""Regenerate the committed expected output of every case: `python -m tests.update_cases`.

Run it after a deliberate change to the generator, then review the diff like any other.
"""

from __future__ import annotations

import shutil
from functools import cache

from generator.pipeline import generate_files
from generator.runtime import RUNTIME
from generator.write import write_files
from tests.conftest import CASES, ROOT


def case_names() -> list[str]:
    return sorted(p.parent.name for p in CASES.glob("*/spec.yaml"))


@cache
def generated(name: str) -> dict[str, str]:
    """Every file generating the case writes (once per process: tests share it)."""
    spec = CASES / name / "spec.yaml"
    return generate_files(spec, spec.relative_to(ROOT).as_posix())


def expected_outputs(name: str) -> dict[str, str]:
    """The files a case's spec determines: not the runtime copies, not the manifest."""
    files = generated(name)
    runtime = {p.name for p in RUNTIME.glob("_*.py")} - {"__init__.py"}
    return {
        path: text
        for path, text in files.items()
        if "/" in path and path.rsplit("/", 1)[1] not in runtime and not path.endswith("py.typed")
    }


def main() -> None:
    for name in case_names():
        expected = CASES / name / "expected"
        shutil.rmtree(expected, ignore_errors=True)
        write_files(expected, expected_outputs(name))
        print(f"updated {expected.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
