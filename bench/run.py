"""Benchmark: generated validators vs fastjsonschema, jsonschema, jsonschema-rs and pydantic v2.

One process, same instances for every library; min-of-N repeats of timeit-style loops, reported
as ns per call and as a ratio to the generated `is_valid_` (the headline: like fastjsonschema and
`is_valid`, it stops at the first failure). Writes the table to bench/RESULTS.md and the
README (between its `bench:start`/`bench:end` markers) too.

    .venv/bin/python bench/run.py        # (make bench)
"""

from __future__ import annotations

import copy
import importlib
import json
import platform
import subprocess
import sys
import tempfile
import timeit
import types
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema_rs
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]
SPEC = ROOT / "spec" / "realtime_sessions.yaml"
COMPONENT = "SessionCreateParams"
REPEATS, TARGET_SECONDS = 7, 0.05

# The same "every field set" request the model tests use.
FULL: dict[str, Any] = json.loads(
    (ROOT / "tests" / "data" / "session_create_params_full.json").read_text(encoding="utf-8")
)


def _with(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(FULL)
    for key, value in changes.items():
        if "__" in key:
            outer, inner = key.split("__")
            data[outer][inner] = value
        else:
            data[key] = value
    return data


INSTANCES: dict[str, tuple[Any, bool]] = {
    "full valid": (FULL, True),
    "empty {}": ({}, True),
    "temperature 1.5 (out of range)": (_with(temperature=1.5), False),
    "turn_detection.threshold 'high' (deep type)": (_with(turn_detection__threshold="high"), False),
    "unknown property 'tempreature'": (_with(tempreature=0.8), False),
}


def per_call_ns(func: Callable[[], object]) -> float:
    """Min over REPEATS of the mean time of a loop sized to take ~TARGET_SECONDS."""
    number, elapsed = 1, 0.0
    while elapsed < TARGET_SECONDS / 5:
        number *= 2
        elapsed = timeit.timeit(func, number=number)
    number = max(1, int(number * TARGET_SECONDS / elapsed))
    return min(timeit.repeat(func, number=number, repeat=REPEATS)) / number * 1e9


def generated_validators(document: dict[str, Any]) -> tuple[types.ModuleType, str]:
    try:
        return importlib.import_module("realtime_sessions.validators"), "realtime_sessions"
    except ImportError:
        from generator.validators import ValidatorTarget
        from tests.validators_support import compile_document

        target = ValidatorTarget("session_create_params", f"#/components/schemas/{COMPONENT}")
        return compile_document(document, [target]), "build_validators (not generated yet)"


def pydantic_model(workdir: Path) -> Any:
    out = workdir / "pyd_models.py"
    command = [
        str(Path(sys.executable).with_name("datamodel-codegen")),
        "--input", str(SPEC), "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel", "--output", str(out),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True)
    sys.path.insert(0, str(workdir))
    return getattr(importlib.import_module("pyd_models"), COMPONENT)


def raising(
    func: Callable[[Any], object], errors: tuple[type[BaseException], ...]
) -> Callable[[Any], object]:
    def call(data: Any) -> object:
        try:
            return func(data)
        except errors:
            return None

    return call


def contenders(
    document: dict[str, Any], workdir: Path
) -> tuple[dict[str, Callable[[Any], object]], list[str]]:
    notes: list[str] = []
    module, source = generated_validators(document)
    notes.append(f"generated validators from: {source}")
    schema = {"$ref": f"#/components/schemas/{COMPONENT}", "components": document["components"]}
    fast = fastjsonschema.compile(schema)
    oracle = Draft202012Validator(schema)
    rust = jsonschema_rs.validator_for(schema)
    model = pydantic_model(workdir)
    from pydantic import ValidationError as PydanticError

    rows: dict[str, Callable[[Any], object]] = {
        "generated is_valid_ (headline)": module.is_valid_session_create_params,
        "generated validate_ (all issues)": module.validate_session_create_params,
        "fastjsonschema (compiled once)": raising(fast, (fastjsonschema.JsonSchemaException,)),
        "jsonschema is_valid": oracle.is_valid,
        "jsonschema iter_errors (all)": lambda data: list(oracle.iter_errors(data)),
        "jsonschema-rs is_valid": rust.is_valid,
        "pydantic v2 model_validate": raising(model.model_validate, (PydanticError,)),
    }
    try:
        models = importlib.import_module("realtime_sessions.models")
        our_error = importlib.import_module("realtime_sessions._validation").ValidationError
        rows["generated SessionCreateParams.from_dict"] = raising(
            models.SessionCreateParams.from_dict, (our_error, ValueError, TypeError)
        )
    except (ImportError, AttributeError) as exc:
        notes.append(f"from_dict row skipped: {exc}")
    return rows, notes


def timings(func: Callable[[Any], object]) -> dict[str, float]:
    return {label: per_call_ns(partial(func, data)) for label, (data, _) in INSTANCES.items()}


def check_verdicts(rows: dict[str, Callable[[Any], object]]) -> None:
    for label, (data, valid) in INSTANCES.items():
        assert rows["generated is_valid_ (headline)"](data) is valid, label
        assert (rows["generated validate_ (all issues)"](data) == []) is valid, label


def main() -> int:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        rows, notes = contenders(document, Path(tmp))
        check_verdicts(rows)
        results = {label: timings(func) for label, func in rows.items()}
    text = report(results, notes)
    print(text)
    (ROOT / "bench" / "RESULTS.md").write_text(text + "\n", encoding="utf-8")
    update_readme(text)
    return 0


def update_readme(text: str) -> None:
    """Put this run's table in the README, between its bench markers: one run, one table."""
    readme = ROOT / "README.md"
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    old = readme.read_text(encoding="utf-8")
    head, _, rest = old.partition(start)
    _, _, tail = rest.partition(end)
    if head and tail:
        table = text.partition("\n\n")[2]  # the machine lines and the table, not the heading
        readme.write_text(f"{head}{start}\n{table}\n{end}{tail}", encoding="utf-8")


def machine() -> list[str]:
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [ln.split(":", 1)[1].strip() for ln in cpuinfo.read_text().splitlines()
                 if ln.startswith("model name")]  # fmt: skip
        cpu = f"{names[0]} x{len(names)}" if names else cpu
    return [
        f"- machine: {platform.platform()}, {cpu}",
        f"- python: {platform.python_implementation()} {platform.python_version()}",
        "- command: `.venv/bin/python bench/run.py` (make bench)",
        f"- method: min of {REPEATS} x ~{TARGET_SECONDS * 1000:.0f} ms loop, ns per call",
    ]


def report(results: dict[str, dict[str, float]], notes: list[str]) -> str:
    base = results["generated is_valid_ (headline)"]
    columns = list(INSTANCES)
    lines = [f"## Validating `{COMPONENT}`: ns per call (x = ratio to generated is_valid_)", ""]
    lines += machine() + [f"- {n}" for n in notes] + [""]
    lines.append("| contender | " + " | ".join(columns) + " |")
    lines.append("|---|" + "---:|" * len(columns))
    for label, row in results.items():
        cells = [f"{row[c]:,.0f} ({row[c] / base[c]:.1f}x)" for c in columns]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join([*lines, "", *verdicts(results)])


def verdicts(results: dict[str, dict[str, float]]) -> list[str]:
    """The goals, read off this run: how many times faster, lowest to highest over the rows."""
    pairs = [
        ("generated is_valid_ (headline)", "fastjsonschema (compiled once)", "goal: >= 1x"),
        ("generated is_valid_ (headline)", "jsonschema is_valid", "goal: >= 10x"),
        ("generated validate_ (all issues)", "fastjsonschema (compiled once)", ""),
        ("generated SessionCreateParams.from_dict", "pydantic v2 model_validate", ""),
    ]
    lines = []
    for ours, theirs, goal in pairs:
        if ours in results and theirs in results:
            ratios = [results[theirs][c] / results[ours][c] for c in results[ours]]
            note = f" ({goal})" if goal else ""
            lines.append(
                f"- {ours} vs {theirs}: {min(ratios):.2f}x to {max(ratios):.2f}x " f"as fast{note}"
            )
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
