"""Property-based: the generated validators agree with jsonschema on every component schema.

For each component of the spec, hypothesis-jsonschema draws valid instances (both must accept
them) and we mutate them (drop a required key, wrong type, out-of-range number, unknown enum
string, unknown property) and compare verdicts with jsonschema, for `validate_` and `is_valid_`.
Every issue's pointer must name a real location of the instance. Runs derandomized (reproducible).

The validators are the generated package's (`realtime_sessions.validators`), which
tests/test_golden.py proves current with the spec.
"""

from __future__ import annotations

import copy
import types
from functools import cache
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema.protocols import Validator

import realtime_sessions.validators
from generator import naming
from generator.ecma_jsonschema import EcmaValidator
from generator.vocabulary import pointer_join, pointer_tokens
from tests.validators_support import (
    ROOT,
    resolve_pointer,
)

pytestmark = pytest.mark.slow  # hypothesis draws thousands of instances

SPEC = ROOT / "spec" / "realtime_sessions.yaml"
DOCUMENT: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
COMPONENTS = list(DOCUMENT["components"]["schemas"])
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
WRONG_VALUES: list[Any] = [None, True, 0, -1, 1.5, 1e9, -1e9, "", "not-a-known-value", [], {}]


def suffix(name: str) -> str:
    """`SessionCreateParams` -> `session_create_params` (validate_session_create_params)."""
    return naming.snake_name(naming.class_name(name))


def validators() -> types.ModuleType:
    """The generated module (tests/test_golden.py proves it is current with the spec)."""
    return realtime_sessions.validators


def wrapper(name: str) -> dict[str, Any]:
    """A standalone JSON Schema for one component (refs still resolve to #/components/...)."""
    return {"$ref": f"#/components/schemas/{name}", "components": DOCUMENT["components"]}


@cache
def instances(name: str) -> st.SearchStrategy[Any]:
    """hypothesis-jsonschema's strategy for one component's valid instances, built once.

    Building it resolves and canonicalises every component the schema reaches, which cost
    more than the draws themselves when each example built it anew; one strategy object
    draws the same instances from the same choices, so sharing it changes no example.
    """
    return from_schema(wrapper(name))


@cache
def oracle(name: str) -> Validator:
    return EcmaValidator(wrapper(name))


def check(name: str, instance: Any) -> None:
    """Our verdicts equal jsonschema's; each issue points into the instance."""
    module, short = validators(), suffix(name)
    issues = getattr(module, f"validate_{short}")(instance)
    fast = getattr(module, f"is_valid_{short}")(instance)
    expected = oracle(name).is_valid(instance)
    assert (not issues, fast) == (expected, expected), (instance, issues)
    for issue in issues:
        assert resolve_pointer(instance, issue.pointer), issue


def locations(value: Any, pointer: str = "") -> list[tuple[str, Any]]:
    found = [(pointer, value)]
    if isinstance(value, dict):
        for key, item in value.items():
            found += locations(item, pointer_join(pointer, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += locations(item, pointer_join(pointer, index))
    return found


def replace_at(root: Any, pointer: str, value: Any) -> Any:
    if pointer == "":
        return value
    *parents, last = pointer_tokens(pointer)
    node = root
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    node[int(last) if isinstance(node, list) else last] = value
    return root


@st.composite
def mutated(draw: st.DrawFn, name: str) -> Any:
    """A valid instance with one mutation somewhere (often, but not always, making it invalid)."""
    instance: Any = copy.deepcopy(draw(instances(name)))
    pointer, target = draw(st.sampled_from(locations(instance)))
    kind = draw(st.sampled_from(["replace", "drop", "add", "nudge"]))
    if kind == "drop" and isinstance(target, dict) and target:
        del target[draw(st.sampled_from(sorted(target)))]
    elif kind == "add" and isinstance(target, dict):
        target[draw(st.sampled_from(["tempreature", "x", "type"]))] = draw(
            st.sampled_from(WRONG_VALUES)
        )
    elif kind == "nudge" and isinstance(target, int | float) and not isinstance(target, bool):
        delta = draw(st.sampled_from([-1e6, -1, -0.5, 0.5, 1, 1e6]))
        instance = replace_at(instance, pointer, target + delta)
    else:
        instance = replace_at(instance, pointer, draw(st.sampled_from(WRONG_VALUES)))
    return instance


@pytest.mark.parametrize("name", COMPONENTS)
@SETTINGS
@given(data=st.data())
def test_valid_instances_are_valid(name: str, data: st.DataObject) -> None:
    instance = data.draw(instances(name))
    assert oracle(name).is_valid(instance)
    check(name, instance)


@pytest.mark.parametrize("name", COMPONENTS)
@settings(SETTINGS, max_examples=90)
@given(data=st.data())
def test_mutated_instances_match_jsonschema(name: str, data: st.DataObject) -> None:
    check(name, data.draw(mutated(name)))


def test_hand_picked_invalid_instances() -> None:
    """A few known-invalid shapes."""
    name = "SessionCreateParams" if "SessionCreateParams" in COMPONENTS else COMPONENTS[0]
    instances: list[Any] = [[], {"tempreature": 1}, {"temperature": "hot"}, {"turn_detection": 5}]
    for instance in instances:
        check(name, instance)


def test_every_component_has_both_validators() -> None:
    """The property tests above look validators up by name: none may be missing."""
    missing = [
        f"{prefix}_{suffix(name)}"
        for name in COMPONENTS
        for prefix in ("validate", "is_valid")
        if not callable(getattr(validators(), f"{prefix}_{suffix(name)}", None))
    ]
    assert COMPONENTS and missing == []
