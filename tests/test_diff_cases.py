"""The rule corpus: one spec pair per kind of change in tests/diff/cases/, run on each side it
names, each report compared whole with its `<case>.<side>.md` (a wrong class, a missing change
or an extra one fails). `DIFF_CASES_UPDATE=1` rewrites the expected reports, for review."""

from __future__ import annotations

import ast
import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff.cli import main as diff_main
from generator.diff.rules import RULES
from generator.diff.shapes import source_pointer
from generator.errors import GenerationFailed
from generator.pipeline import generate_files
from generator.vocabulary import lookup

CASES = Path(__file__).parent / "diff" / "cases"
TEMPLATE = Path(__file__).parent / "diff" / "template.yaml"
UPDATE = os.environ.get("DIFF_CASES_UPDATE") == "1"
# Cases whose classes the generator names by its own rules, not by the way joined: each class
# their reports name is looked up in the package generated from that side.
GENERATOR_NAMED = (
    "property-added-derived-class-names",
    "property-added-operation-class-names",
    "property-added-through-all-of",
    "property-removed-derived-class-name-taken",
)


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396: objects merge key by key, null removes a key, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def build(case: dict[str, Any], which: str, side: str) -> dict[str, Any]:
    """The template with `Thing` set and reached from the request, the response or both."""
    document = yaml.safe_load(TEMPLATE.read_text())
    schemas = document["components"]["schemas"]
    schemas["Thing"] = case.get(which, {"type": "string"})
    thing = {"$ref": "#/components/schemas/Thing"}
    if side in ("request", "both"):
        schemas["Params"]["properties"]["thing"] = thing
    if side in ("response", "both"):
        schemas["Reply"]["properties"]["thing"] = thing
    return merge_patch(document, case.get(f"{which}_patch") or {})


def runs() -> list[tuple[str, str]]:
    return [
        (path.stem, side)
        for path in sorted(CASES.glob("*.yaml"))
        for side in yaml.safe_load(path.read_text())["sides"]
    ]


@pytest.mark.parametrize(("name", "side"), runs())
def test_case_report(
    name: str, side: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    case = yaml.safe_load((CASES / f"{name}.yaml").read_text())
    for which in ("base", "head"):
        (tmp_path / f"{which}.yaml").write_text(yaml.safe_dump(build(case, which, side)))
    monkeypatch.chdir(tmp_path)
    assert diff_main(["base.yaml", "head.yaml"]) == 0, capsys.readouterr().err
    report = capsys.readouterr().out
    expected = CASES / f"{name}.{side}.md"
    if UPDATE:
        expected.write_text(report)
    assert report == expected.read_text()


@pytest.mark.parametrize("name", GENERATOR_NAMED)
def test_report_names_generated_classes(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """A change is named on the head's class, a removal (its pointer only in the base) on the
    base's: the class must be one the package generated from that side defines."""
    case = yaml.safe_load((CASES / f"{name}.yaml").read_text())
    documents = {which: build(case, which, case["sides"][0]) for which in ("base", "head")}
    for which, document in documents.items():
        (tmp_path / f"{which}.yaml").write_text(yaml.safe_dump(document))
    classes = {which: _model_classes(tmp_path / f"{which}.yaml") for which in documents}
    monkeypatch.chdir(tmp_path)
    assert diff_main(["--format", "json", "base.yaml", "head.yaml"]) == 0
    named = []
    for change in json.loads(capsys.readouterr().out)["changes"]:
        pointer = source_pointer(documents["head"], change["pointer"])  # through allOf
        which = "head" if _resolves(documents["head"], pointer) else "base"
        class_name = change["python"][0].partition(".")[0]
        assert class_name in classes[which], (change, which)
        named.append(class_name)
    assert named


def test_a_refused_side_is_named_by_the_way(tmp_path: Path) -> None:
    """The case whose report names the head's classes by the way to them is one whose head the
    generator refuses (the review still reports it, with the base's classes where it can)."""
    case = yaml.safe_load((CASES / "schema-added-generator-refuses.yaml").read_text())
    (tmp_path / "head.yaml").write_text(yaml.safe_dump(build(case, "head", "request")))
    with pytest.raises(GenerationFailed, match="collides"):
        generate_files(tmp_path / "head.yaml")


def _model_classes(spec: Path) -> set[str]:
    """The classes (and aliases) the models modules of the package generated from `spec` define."""
    found = set()
    for path, text in generate_files(spec, spec.name).items():
        if "/models/" in path and path.endswith(".py"):
            tree = ast.parse(text)
            found |= {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
            found |= {
                node.target.id
                for node in tree.body
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
            }
    return found


def _resolves(document: dict[str, Any], pointer: str) -> bool:
    try:
        lookup(document, pointer)
    except KeyError:
        return False
    return True


def test_every_rule_decides_some_case() -> None:
    reports = "".join(path.read_text() for path in CASES.glob("*.md"))
    unused = sorted(rule.id for rule in RULES.values() if f"rule `{rule.id}`" not in reports)
    assert unused == []


def test_strict_response_rules_are_stricter_than_request_rules() -> None:
    """A response rule for request-reachable models that could never decide would be dead."""
    for (kind, direction), rule in RULES.items():
        if direction == "strict-response":
            assert rule.level > RULES[kind, "request"].level, kind
