"""`make sync`: spec/ is what spec/upstream/ (openai-node's files) plus spec/overlay.yaml say.

These run the real converter (ts-json-schema-generator, installed by `make converter`) through
`python -m generator sync`, as the Makefile does; without npm they skip with the reason.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.overlay import load_overlay
from generator.upstream.convert import converter_missing
from generator.upstream.snapshot import Snapshot, read_snapshot
from tests.conftest import ROOT, run_generator

pytestmark = pytest.mark.skipif(converter_missing() is not None, reason=str(converter_missing()))

SPEC = ROOT / "spec" / "realtime_sessions.yaml"
OLD = ROOT / "tests" / "data" / "upstream" / "openai-node-5.8.4"
S = "/components/schemas"


def workspace(tmp_path: Path, snapshot: Path = ROOT / "spec" / "upstream") -> Path:
    """A copy of spec/ (overlay, spec, the given snapshot) to run sync in, as the repo has it."""
    spec = tmp_path / "spec"
    shutil.copytree(snapshot, spec / "upstream")
    shutil.copy(ROOT / "spec" / "overlay.yaml", spec / "overlay.yaml")
    shutil.copy(SPEC, spec / "realtime_sessions.yaml")
    return tmp_path


def sync(cwd: Path, *args: str, seed: str = "0") -> tuple[int, str, str]:
    result = run_generator("sync", *args, cwd=cwd, env={**os.environ, "PYTHONHASHSEED": seed})
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout, result.stderr


def edit_upstream(root: Path, old: str, new: str, name: str = "sessions.d.mts") -> None:
    """Change the workspace's snapshot as a new upstream release would (its lock follows): the
    first occurrence of `old` in the file (in the .d.mts, that is in `Session`)."""
    directory = root / "spec" / "upstream"
    snapshot = read_snapshot(directory, "spec/upstream")
    source = snapshot.files[name]
    assert old in source
    files = {**snapshot.files, name: source.replace(old, new, 1)}
    changed = Snapshot(snapshot.version, snapshot.integrity, files, snapshot.display)
    (directory / name).write_text(files[name], encoding="utf-8")
    (directory / "lock.json").write_text(changed.lock_text(), encoding="utf-8")


def test_the_committed_spec_is_what_sync_makes_of_the_pinned_snapshot() -> None:
    code, out, err = sync(ROOT, "--check")
    assert code == 0, f"{out}\n{err}"
    assert "spec/realtime_sessions.yaml is up to date" in out


def test_sync_is_deterministic_under_another_hash_seed(tmp_path: Path) -> None:
    target = tmp_path / "spec.yaml"
    code, _, err = sync(ROOT, "--spec", str(target), seed="1")
    assert code == 0, err
    assert target.read_bytes() == SPEC.read_bytes()


def test_a_stale_spec_fails_the_check_with_a_diff_and_the_fix(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    spec = root / "spec" / "realtime_sessions.yaml"
    spec.write_text(spec.read_text().replace("maximum: 1.2", "maximum: 2"), encoding="utf-8")
    code, out, err = sync(root, "--check")
    assert code == 1, err
    assert "-          maximum: 2\n+          maximum: 1.2\n" in out
    assert "is stale against its snapshot and overlay: run `make sync`" in err


def test_overlay_rot_names_the_action_and_writes_nothing(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    target = "$.components.schemas[*].properties.eagerness"
    action = next(
        a for a in load_overlay(ROOT / "spec" / "overlay.yaml").actions if a.target == target
    )
    # Upstream renames the field wherever it appears: the decision about it no longer applies.
    for _ in range(2):
        edit_upstream(root, "eagerness?:", "eagerness_level?:")
    before = (root / "spec" / "realtime_sessions.yaml").read_bytes()
    code, _, err = sync(root)
    assert code == 2
    assert err.splitlines() == [
        f"spec/overlay.yaml:{action.line}: {action.pointer}/target: error: {action.name()}: "
        f"target {target} matches nothing; the decision no longer applies (did upstream "
        "rename or remove what it is about?)",
        "1 error(s); nothing was written.",
    ]
    assert action.name() == "action 33 ('The JSDoc says \"`auto` is the default\".')"
    assert (root / "spec" / "realtime_sessions.yaml").read_bytes() == before


def test_a_type_the_converter_cannot_map_is_located_in_the_d_mts(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    edit_upstream(
        root, "  instructions?: string;", "  onEvent?: () => void;\n  instructions?: string;"
    )
    before = (root / "spec" / "realtime_sessions.yaml").read_bytes()
    code, _, err = sync(root)
    assert code == 2
    source = (root / "spec" / "upstream" / "sessions.d.mts").read_text().splitlines()
    line = next(i for i, text in enumerate(source, 1) if "onEvent" in text)
    assert err.splitlines() == [
        f"spec/upstream/sessions.d.mts:{line}: #/definitions/Session/properties/onEvent/$comment: "
        "error: the converter has no JSON Schema for this type (() => void); sync cannot map it",
        "1 error(s); nothing was written.",
    ]
    assert (root / "spec" / "realtime_sessions.yaml").read_bytes() == before


def test_a_beta_header_the_client_would_not_send_is_an_error(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    edit_upstream(root, "'assistants=v2'", "'realtime=v1'", "sessions.mjs")
    code, _, err = sync(root)
    assert code == 2
    source = (root / "spec" / "upstream" / "sessions.mjs").read_text().splitlines()
    line = next(i for i, text in enumerate(source, 1) if "this._client.post" in text)
    assert err.splitlines() == [
        f"spec/upstream/sessions.mjs:{line}: error: upstream sends OpenAI-Beta: 'realtime=v1'; "
        "the generated client sends 'assistants=v2' (BETA_HEADERS in "
        "generator/client_operations.py)",
        "1 error(s); nothing was written.",
    ]


def test_openai_node_5_8_4_syncs_to_its_committed_spec(tmp_path: Path) -> None:
    root = workspace(tmp_path, OLD / "upstream")
    code, _, err = sync(root)
    assert code == 0, err
    synced = (root / "spec" / "realtime_sessions.yaml").read_text(encoding="utf-8")
    committed = (OLD / "realtime_sessions.yaml").read_text(encoding="utf-8")
    assert synced.splitlines()[1:] == committed.splitlines()[1:]  # the header names the path


def test_5_8_4_differs_from_today_in_three_voices_and_the_doc_text_only() -> None:
    old = _leaves(yaml.safe_load((OLD / "realtime_sessions.yaml").read_text(encoding="utf-8")))
    new = _leaves(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    assert set(old) == set(new)
    changed = {pointer for pointer in new if old[pointer] != new[pointer]}
    voices = {f"{S}/{name}/properties/voice/anyOf/1/enum" for name in _TOP}
    voice_docs = {f"{S}/{name}/properties/voice/description" for name in _TOP}
    conjunction = {
        f"{S}/Session/properties/turn_detection/description",
        f"{S}/SessionTurnDetection/description",
        f"{S}/SessionCreateParams/properties/turn_detection/description",
        f"{S}/SessionCreateParamsTurnDetection/description",
    }
    ephemeral = {f"{S}/SessionCreateResponse/description"}
    assert changed == {"/info/version"} | voices | voice_docs | conjunction | ephemeral
    assert (old["/info/version"], new["/info/version"]) == ("5.8.4", "5.13.1")
    extra = ["fable", "onyx", "nova"]
    for pointer in voices:
        assert [v for v in old[pointer] if v not in extra] == new[pointer]
        assert old[pointer][5:8] == extra  # after `echo`, as 5.8.4 lists them
    for pointer in conjunction:
        assert old[pointer] == new[pointer].replace("conjunction", "conjuction")
    for pointer in ephemeral:
        assert old[pointer] == new[pointer].replace("ephemeral", "ephermeral")
    eight = "`alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, and `verse`."
    eleven = (
        "`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, "
        "and `verse`."
    )
    response_typos = "`alloy`, `ash`, `ballad`, `coral`, `echo` `sage`, `shimmer` and `verse`."
    for pointer in voice_docs:
        assert new[pointer].endswith(eight)
        ending = response_typos if "Response" in pointer else eleven
        assert old[pointer] == new[pointer].replace(eight, ending)


_TOP = ("Session", "SessionCreateParams", "SessionCreateResponse")


def _leaves(node: Any, pointer: str = "") -> dict[str, Any]:
    """Every value by JSON pointer; a list of scalars (an enum) is one value."""
    if isinstance(node, dict):
        found: dict[str, Any] = {}
        for key, value in node.items():
            found.update(_leaves(value, f"{pointer}/{key}"))
        return found
    if isinstance(node, list) and any(isinstance(item, (dict, list)) for item in node):
        found = {}
        for index, value in enumerate(node):
            found.update(_leaves(value, f"{pointer}/{index}"))
        return found
    return {pointer: node}
