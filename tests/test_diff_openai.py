"""The schema review on OpenAI's whole spec (../shared/upstream/openai-openapi.yaml, with the
shipped overlay, mapped to 3.1): a property added to every model, or one removed from every
model, is named by a class the generator's builder makes of that side, never by the way to it.

Skipped where ../shared is absent (CI).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.dialect import map_dialect
from generator.diff.classes import generated_class_names
from generator.diff.document import compare_documents
from generator.diff.model import Finding
from generator.load import LoadedSpec, load_spec
from generator.overlay import apply_overlay, load_overlay
from generator.vocabulary import lookup
from tests.test_openai_full import OVERLAY, UPSTREAM

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not UPSTREAM.exists(), reason=f"{UPSTREAM} is not here"),
]


@pytest.fixture(scope="module")
def openai_document() -> dict[str, Any]:
    spec = load_spec(UPSTREAM)
    overlaid = apply_overlay(spec.document, load_overlay(OVERLAY))
    mapped, _ = map_dialect(LoadedSpec(spec.path, overlaid, spec.lines))
    return mapped.document


def test_every_model_named_by_its_generated_class(openai_document: dict[str, Any]) -> None:
    base = openai_document
    names = generated_class_names(base)
    assert len(names) > 1_500
    head = copy.deepcopy(base)
    added, removed = 0, 0
    for pointer in names:
        node = _node(head, pointer)
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict) or not properties:
            continue  # an alias, or a model below a node the loop already changed
        first = next(iter(properties))
        if first not in (node.get("required") or ()):
            del properties[first]
            removed += 1
        properties["zz_added"] = {"type": "string"}
        added += 1
    findings = compare_documents(base, head)
    head_classes = set(generated_class_names(head).values())
    base_classes = set(names.values())
    assert _classes(findings, "property-added") <= head_classes
    assert _classes(findings, "property-removed") <= base_classes
    # allOf reports a merged-in property again under each schema that takes it in.
    assert len([f for f in findings if f.kind == "property-added"]) >= added > 1_000
    assert len([f for f in findings if f.kind == "property-removed"]) >= removed > 400


def _node(document: dict[str, Any], pointer: str) -> Any:
    try:
        return lookup(document, pointer)
    except KeyError:
        return None


def _classes(findings: list[Finding], kind: str) -> set[str]:
    return {f.names[0].partition(".")[0] for f in findings if f.kind == kind}
