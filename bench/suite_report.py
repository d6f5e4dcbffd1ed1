"""Run the JSON-Schema-Test-Suite (draft 2020-12) against the generated validators.

Prints a markdown table: per suite file (keyword), the cases run, passed and skipped (with the
reason of every skipped group). `--write-skips` regenerates tests/validator_cases/suite_skips.json
(the explicit skip list the tests enforce); review its diff before committing.

    .venv/bin/python bench/suite_report.py [--write-skips]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.errors import GenerationFailed
from tests.validators_support import (
    SKIPS_FILE,
    compile_schema,
    skip_reason,
    suite_dir,
    suite_groups,
    verdicts,
)


def main(argv: list[str]) -> int:
    folder = suite_dir()
    if folder is None:
        print("JSON-Schema-Test-Suite not found (set $JSON_SCHEMA_TEST_SUITE)")
        return 1
    run: dict[str, int] = defaultdict(int)
    passed: dict[str, int] = defaultdict(int)
    skipped: dict[str, dict[str, str]] = defaultdict(dict)
    skipped_cases: dict[str, int] = defaultdict(int)
    for name, _, group in suite_groups(folder):
        run[name] += 0
        try:
            module = compile_schema(group["schema"])
        except GenerationFailed as exc:
            reason = skip_reason([e.message for e in exc.errors])
            skipped[name][group["description"]] = reason
            skipped_cases[name] += len(group["tests"])
            continue
        for test in group["tests"]:
            run[name] += 1
            passed[name] += verdicts(module, test["data"]) == (test["valid"], test["valid"])
    if "--write-skips" in argv:
        text = json.dumps({k: skipped[k] for k in sorted(skipped)}, indent=2, ensure_ascii=False)
        SKIPS_FILE.write_text(text + "\n", encoding="utf-8")
    print(table(run, passed, skipped, skipped_cases))
    return 0


def table(
    run: dict[str, int],
    passed: dict[str, int],
    skipped: dict[str, dict[str, str]],
    skipped_cases: dict[str, int],
) -> str:
    lines = [
        "| suite file | cases run | passed | skipped cases (groups: reason) |",
        "|---|---:|---:|---|",
    ]
    for name in sorted(run):
        reasons = sorted({part for r in skipped[name].values() for part in r.split("; ")})
        why = f"{skipped_cases[name]} ({len(skipped[name])} groups: {'; '.join(reasons)})"
        why = why if skipped[name] else "0"
        lines.append(f"| {name[:-5]} | {run[name]} | {passed[name]} | {why} |")
    supported = [n for n in run if run[n]]
    total, ok = sum(run[n] for n in supported), sum(passed[n] for n in supported)
    lines.append(
        f"| **total** | {total} | {ok} ({100 * ok / max(total, 1):.1f}%) | "
        f"{sum(skipped_cases.values())} |"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
