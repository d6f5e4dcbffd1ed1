"""Every valid instance of every model round-trips exactly: `from_dict(d).to_dict() == d`; a
strict model's `from_dict` refuses exactly what jsonschema refuses, with `validate_`'s issues.

Instances come from hypothesis-jsonschema for each component of the spec (and mutations of them),
so the claims the README makes are checked on data nobody here chose.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import realtime_sessions
from realtime_sessions._model import Model
from realtime_sessions._validation import ValidationError, ValidationIssue
from tests.test_validators_properties import (
    COMPONENTS,
    SETTINGS,
    instances,
    mutated,
    oracle,
    suffix,
    validators,
)

pytestmark = pytest.mark.slow  # hypothesis round trips

MODELS = [name for name in COMPONENTS if isinstance(getattr(realtime_sessions, name, None), type)]
# Request models check, build and list every issue in one walk (`_parse`).
STRICT = [name for name in MODELS if hasattr(getattr(realtime_sessions, name), "_parse")]


@pytest.mark.parametrize("name", MODELS)
def test_valid_instances_round_trip(name: str) -> None:
    model: type[Model] = getattr(realtime_sessions, name)

    @SETTINGS
    @given(instances(name))
    def round_trip(instance: Any) -> None:
        value = model.from_dict(instance)
        assert value.to_dict() == instance
        assert model.from_dict(value.to_dict()) == value
        assert model.from_json(value.to_json()) == value

    round_trip()


@SETTINGS
@given(st.data())
def test_json_text_round_trips_for_the_request(data: st.DataObject) -> None:
    instance = data.draw(instances("SessionCreateParams"))
    params = realtime_sessions.SessionCreateParams.from_json(json.dumps(instance))
    assert json.loads(params.to_json()) == instance


def test_the_request_models_are_strict() -> None:
    assert "SessionCreateParams" in STRICT and "SessionCreateResponse" not in STRICT


@pytest.mark.parametrize("name", STRICT)
@settings(SETTINGS, max_examples=90)
@given(data=st.data())
def test_strict_from_dict_refuses_what_jsonschema_refuses(name: str, data: st.DataObject) -> None:
    """The one walk's verdict is jsonschema's, and its issues are what `validate_` lists."""
    model: Any = getattr(realtime_sessions, name)
    instance = data.draw(st.one_of(instances(name), mutated(name)))
    valid = oracle(name).is_valid(instance)
    issues: list[ValidationIssue] = []
    model._parse(instance, "", issues)
    assert issues == getattr(validators(), f"validate_{suffix(name)}")(instance), instance
    assert (not issues) is valid, instance
    try:
        model.from_dict(instance)
    except ValidationError as error:
        assert not valid, instance
        assert list(error.issues) == getattr(validators(), f"validate_{suffix(name)}")(instance)
    else:
        assert valid, instance
