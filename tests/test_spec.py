"""spec/realtime_sessions.yaml: valid OpenAPI 3.1, and it says what sessions.d.mts says."""

from __future__ import annotations

from typing import Any

import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "realtime_sessions.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def test_passes_openapi_spec_validator() -> None:
    validate(SPEC)


def test_the_operation_its_body_and_its_200_response() -> None:
    operation = SPEC["paths"]["/realtime/sessions"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/SessionCreateParams"}
    assert answer == {"$ref": "#/components/schemas/SessionCreateResponse"}
    assert operation["x-sdk-resource"] == "beta.realtime.sessions"


def test_what_the_prose_says_is_machine_readable() -> None:
    params = SCHEMAS["SessionCreateParams"]["properties"]
    assert (params["temperature"]["minimum"], params["temperature"]["maximum"]) == (0.6, 1.2)
    assert (params["speed"]["minimum"], params["speed"]["maximum"]) == (0.25, 1.5)
    tokens = params["max_response_output_tokens"]["anyOf"]
    assert {"type": "integer", "minimum": 1, "maximum": 4096} in tokens
    expires = SCHEMAS["SessionCreateParamsClientSecretExpiresAfter"]["properties"]["seconds"]
    assert (expires["type"], expires["minimum"], expires["maximum"]) == ("integer", 10, 7200)
    threshold = SCHEMAS["SessionCreateParamsTurnDetection"]["properties"]["threshold"]
    assert (threshold["minimum"], threshold["maximum"]) == (0, 1)
    assert SCHEMAS["SessionCreateResponseClientSecret"]["properties"]["expires_at"]["type"] == (
        "integer"
    )


def test_the_four_fields_that_turn_off_with_null_are_nullable_everywhere() -> None:
    for owner in ("Session", "SessionCreateParams", "SessionCreateResponse"):
        properties = SCHEMAS[owner]["properties"]
        for name in ("input_audio_noise_reduction", "input_audio_transcription"):
            if name in properties:
                assert {"type": "null"} in properties[name]["anyOf"], (owner, name)
        for name in ("turn_detection", "tracing"):
            assert {"type": "null"} in properties[name]["anyOf"], (owner, name)


def test_voice_is_an_open_enum_and_model_a_closed_one_on_requests() -> None:
    voice = SCHEMAS["SessionCreateParams"]["properties"]["voice"]["anyOf"]
    assert {"type": "string"} in voice
    known = next(branch["enum"] for branch in voice if "enum" in branch)
    assert known == ["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]
    assert "enum" in SCHEMAS["SessionCreateParams"]["properties"]["model"]
