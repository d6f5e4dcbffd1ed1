"""Every valid instance of every model round-trips exactly: `from_dict(d).to_dict() == d`.

Instances come from hypothesis-jsonschema for each component of the spec, so the claim the
README makes is checked on data nobody here chose.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import realtime_sessions
from realtime_sessions._model import Model
from tests.test_validators_properties import COMPONENTS, SETTINGS, wrapper

pytestmark = pytest.mark.slow  # hypothesis round trips

MODELS = [name for name in COMPONENTS if isinstance(getattr(realtime_sessions, name, None), type)]


@pytest.mark.parametrize("name", MODELS)
def test_valid_instances_round_trip(name: str) -> None:
    model: type[Model] = getattr(realtime_sessions, name)

    @SETTINGS
    @given(from_schema(wrapper(name)))
    def round_trip(instance: Any) -> None:
        value = model.from_dict(instance)
        assert value.to_dict() == instance
        assert model.from_dict(value.to_dict()) == value
        assert model.from_json(value.to_json()) == value

    round_trip()


@SETTINGS
@given(st.data())
def test_json_text_round_trips_for_the_request(data: st.DataObject) -> None:
    instance = data.draw(from_schema(wrapper("SessionCreateParams")))
    params = realtime_sessions.SessionCreateParams.from_json(json.dumps(instance))
    assert json.loads(params.to_json()) == instance
