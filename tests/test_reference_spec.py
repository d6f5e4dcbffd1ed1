"""A spec nobody here wrote: OpenAI's own OpenAPI text for the endpoint (in ../shared when present).

It has four defaults that do not match their schemas, which the generator must locate; with
those removed, it must generate a package that type-checks and lints clean.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, assert_typed_and_linted, run_cli

REFERENCE = ROOT.parent / "shared" / "upstream" / "openai-openapi-realtime-sessions.yaml"
pytestmark = pytest.mark.skipif(not REFERENCE.exists(), reason=f"{REFERENCE} is not here")


def test_its_mismatched_defaults_are_located(tmp_path: Path) -> None:
    result = run_cli("check", "--spec", str(REFERENCE), "--out", str(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 5, result.stderr
    assert lines[0].endswith(
        ":123: #/components/schemas/RealtimeSession/properties/modalities/items/default: "
        "error: the default ['text', 'audio'] does not match its schema: "
        "['text', 'audio'] is not of type 'string'"
    )
    assert lines[-1] == "4 error(s); nothing was written."


def without_bad_defaults(node: Any) -> Any:
    if isinstance(node, dict):
        bad = node.get("type") in ("string", "object") and isinstance(node.get("default"), list)
        bad = bad or (node.get("type") == "object" and node.get("default", 0) is None)
        return {k: without_bad_defaults(v) for k, v in node.items() if not (bad and k == "default")}
    if isinstance(node, list):
        return [without_bad_defaults(item) for item in node]
    return node


@pytest.mark.slow
def test_once_mended_it_generates_clean_typed_code(tmp_path: Path) -> None:
    document = without_bad_defaults(yaml.safe_load(REFERENCE.read_text(encoding="utf-8")))
    document["info"]["x-package-name"] = "openai_reference"
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert_typed_and_linted(out / "openai_reference")
