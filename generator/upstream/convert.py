"""TypeScript -> JSON Schema: ts-json-schema-generator on the snapshot's .d.mts.

The converter is locked in tools/converter/package-lock.json and installed by `make converter`
(`npm ci --ignore-scripts`). It runs on a copy of the .d.mts in a scratch directory, without a
type check: the file imports the SDK's core (`APIResource`, `RequestOptions`), which is not in
the snapshot and which none of the converted types use. `--full-description` keeps each JSDoc
comment with its line breaks, so the spec's descriptions read as upstream wrapped them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from generator.errors import GenerationError, GenerationFailed

CONVERTER_DIR = Path(__file__).resolve().parents[2] / "tools" / "converter"
CONVERTER = CONVERTER_DIR / "node_modules" / ".bin" / "ts-json-schema-generator"
TIMEOUT = 300


def converter_missing() -> str | None:
    """Why the converter cannot run here, or None when it can."""
    if CONVERTER.exists():
        return None
    if shutil.which("npm") is None:
        return "the converter (ts-json-schema-generator) needs Node.js and npm, which are absent"
    return f"the converter is not installed: run `make converter` (expected {CONVERTER})"


def convert_types(source: str, type_names: list[str], where: str) -> dict[str, Any]:
    """The JSON Schema definitions of `type_names` (and everything they use) in `source`."""
    missing = converter_missing()
    if missing:
        raise GenerationFailed([GenerationError(missing, "", where)])
    with tempfile.TemporaryDirectory(prefix="sync-convert-") as scratch:
        path = Path(scratch) / Path(where).name
        path.write_text(source, encoding="utf-8")
        command = [str(CONVERTER), "--path", path.name, "--no-type-check", "--full-description"]
        # Not `--additional-properties`: with it, `(string & {}) | 'alloy' | ...` (an open enum)
        # collapses to `string`. The `additionalProperties: false` the converter then puts on
        # every interface is dropped in `components`.
        for name in type_names:
            command += ["--type", name]
        try:
            result = subprocess.run(
                command, cwd=scratch, capture_output=True, text=True, timeout=TIMEOUT, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise GenerationFailed(
                [GenerationError(f"cannot run the converter: {exc}", "", where)]
            ) from None
    if result.returncode != 0:
        raise GenerationFailed([GenerationError(_problem(result.stderr), "", where)])
    try:
        schema = json.loads(result.stdout)
        definitions = schema["definitions"]
    except (json.JSONDecodeError, KeyError, TypeError):
        message = "the converter printed no JSON Schema definitions"
        raise GenerationFailed([GenerationError(message, "", where)]) from None
    if not isinstance(definitions, dict):
        raise GenerationFailed(
            [GenerationError("the converter's definitions are not an object", "", where)]
        )
    return definitions


def _problem(stderr: str) -> str:
    # The converter prints a stack trace; its first line says what it could not handle.
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    first = next((line for line in lines if not line.startswith("at ")), "no message")
    return f"ts-json-schema-generator failed: {first}"
