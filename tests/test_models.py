"""The generated models of the real spec, imported and used as an application would."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from realtime_sessions import (
    NOT_GIVEN,
    Session,
    SessionCreateParams,
    SessionCreateParamsClientSecret,
    SessionCreateParamsClientSecretExpiresAfter,
    SessionCreateParamsTurnDetection,
    SessionCreateResponse,
    SessionCreateResponseClientSecret,
    ValidationError,
)
from realtime_sessions.validators import validate_session_create_params
from tests.conftest import ROOT

# A request that sets every field of SessionCreateParams (also the benchmark's "full valid").
FULL_PARAMS = json.loads((ROOT / "tests" / "data" / "session_create_params_full.json").read_text())


def test_omitted_is_not_null() -> None:
    assert SessionCreateParams().to_dict() == {}
    assert SessionCreateParams(turn_detection=None).to_dict() == {"turn_detection": None}
    assert SessionCreateParams().turn_detection is NOT_GIVEN
    assert not NOT_GIVEN
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


def test_keyword_only_construction() -> None:
    with pytest.raises(TypeError):
        SessionCreateParams("gpt-4o-realtime-preview")  # type: ignore[misc]


def test_full_params_round_trip_exactly() -> None:
    params = SessionCreateParams.from_dict(FULL_PARAMS)
    assert isinstance(params.turn_detection, SessionCreateParamsTurnDetection)
    assert params.turn_detection.threshold == 0.5
    assert params.to_dict() == FULL_PARAMS
    assert SessionCreateParams.from_json(params.to_json()) == params
    assert json.loads(params.to_json()) == FULL_PARAMS


def test_nested_models_serialize() -> None:
    secret = SessionCreateParamsClientSecret(
        expires_after=SessionCreateParamsClientSecretExpiresAfter(anchor="created_at", seconds=60)
    )
    params = SessionCreateParams(client_secret=secret, tracing="auto")
    assert params.to_dict() == {
        "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 60}},
        "tracing": "auto",
    }


def test_request_from_dict_is_strict_and_reports_every_problem() -> None:
    bad = {"temperature": 3, "turn_detection": {"threshold": "high"}, "tempreature": 1}
    with pytest.raises(ValidationError) as caught:
        SessionCreateParams.from_dict(bad)
    pointers = {issue.pointer for issue in caught.value.issues}
    assert {"/temperature", "/turn_detection/threshold"} <= pointers
    assert any("tempreature" in issue.message for issue in caught.value.issues)


def test_a_union_reports_the_branch_the_value_was_meant_for() -> None:
    issues = validate_session_create_params({"tracing": "manual", "voice": 3})
    by_pointer = {issue.pointer: issue for issue in issues}
    assert by_pointer["/tracing"].keyword == "enum"
    assert "'manual' is not one of ['auto']" in by_pointer["/tracing"].message
    assert by_pointer["/voice"].keyword == "anyOf"


def test_response_from_dict_is_lenient() -> None:
    data = {
        "client_secret": {"value": "ek_secret", "expires_at": 1700000000, "new_field": 1},
        "voice": "brand-new-voice",
        "turn_detection": {"type": "future_vad"},
        "modalities": ["text", "smell"],
        "added_later": {"x": 1},
    }
    response = SessionCreateResponse.from_dict(data)
    assert response.client_secret.value == "ek_secret"
    assert response.extra_properties == {"added_later": {"x": 1}}
    assert response.client_secret.extra_properties == {"new_field": 1}
    assert response.to_dict() == data


def test_response_without_required_field_raises() -> None:
    with pytest.raises(ValidationError, match="client_secret"):
        SessionCreateResponse.from_dict({"voice": "alloy"})


def test_client_secret_value_never_in_repr() -> None:
    secret = SessionCreateResponseClientSecret(value="ek_topsecret", expires_at=1)
    response = SessionCreateResponse(client_secret=secret)
    assert "ek_topsecret" not in repr(secret)
    assert "ek_topsecret" not in repr(response)
    assert "ek_topsecret" not in str(response)
    assert "expires_at=1" in repr(secret)


def test_session_is_lenient_too() -> None:
    session = Session.from_dict({"id": "sess_1", "model": "gpt-5-realtime", "extra": True})
    assert session.model == "gpt-5-realtime"
    assert session.to_dict() == {"id": "sess_1", "model": "gpt-5-realtime", "extra": True}
