"""The generated client against the project's own scripted server (real HTTP on 127.0.0.1).

Every behaviour is checked for `Client` and `AsyncClient`: what is sent (headers, body), env
defaults, retries and their timing, timeouts, error mapping, and that the API key never shows.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import realtime_sessions
from realtime_sessions import SessionCreateParams, SessionCreateResponse
from realtime_sessions._base_client import RetryPolicy
from tests.servers.fake_api import SESSION, FakeAPI, Reply

KEY = "sk-test-0123456789-secret"
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.05)
FLAVOURS = ["sync", "async"]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    with FakeAPI() as server:
        yield server


def create(flavour: str, client_options: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
    """`client.beta.realtime.sessions.create(...)` with a fresh Client or AsyncClient."""
    options = {"_retry_policy": FAST, **client_options}
    if flavour == "sync":
        with realtime_sessions.Client(**options) as client:
            return client.beta.realtime.sessions.create(*args, **kwargs)

    async def run() -> Any:
        async with realtime_sessions.AsyncClient(**options) as client:
            return await client.beta.realtime.sessions.create(*args, **kwargs)

    return asyncio.run(run())


def opts(api: FakeAPI, **more: Any) -> dict[str, Any]:
    return {"api_key": KEY, "base_url": api.url, **more}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_sends_headers_and_exactly_the_models_payload(api: FakeAPI, flavour: str) -> None:
    fields: dict[str, Any] = {
        "model": "gpt-4o-realtime-preview",
        "modalities": ["text"],
        "instructions": "Be brief.",
        "turn_detection": None,
    }
    session = create(flavour, opts(api), **fields)

    assert isinstance(session, SessionCreateResponse)
    assert session.client_secret.value == SESSION["client_secret"]["value"]
    [sent] = api.requests
    assert (sent.method, sent.path) == ("POST", "/v1/realtime/sessions")
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["openai-beta"] == "assistants=v2"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["user-agent"].startswith(
        f"realtime_sessions/{realtime_sessions.__version__}"
    )
    assert sent.json == SessionCreateParams(**fields).to_dict()
    assert sent.json["turn_detection"] is None  # None is sent as null...
    assert "voice" not in sent.json  # ...an omitted argument is not sent at all


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_accepts_a_request_model_positionally_but_not_mixed(api: FakeAPI, flavour: str) -> None:
    params = SessionCreateParams(model="gpt-4o-mini-realtime-preview", speed=1.25)
    create(flavour, opts(api), params)
    assert api.requests[0].json == params.to_dict()

    with pytest.raises(TypeError, match="not both"):
        create(flavour, opts(api), params, voice="alloy")
    assert len(api.requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_extra_headers_extra_body_and_per_call_timeout(api: FakeAPI, flavour: str) -> None:
    create(
        flavour,
        opts(api),
        voice="alloy",
        extra_headers={"X-Trace": "abc"},
        extra_body={"future_field": True},
        timeout=5.0,
    )
    [sent] = api.requests
    assert sent.headers["x-trace"] == "abc"
    assert sent.json == {"voice": "alloy", "future_field": True}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_api_key_and_base_url_from_the_environment(
    api: FakeAPI, flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", api.url)
    create(flavour, {})
    assert api.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_defaults_come_from_the_spec_and_a_missing_key_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with realtime_sessions.Client() as client:
        assert client.base_url == "https://api.openai.com/v1"
        assert client.max_retries == 2
    monkeypatch.delenv("OPENAI_API_KEY")
    for cls in (realtime_sessions.Client, realtime_sessions.AsyncClient):
        with pytest.raises(realtime_sessions.OpenAIError, match="OPENAI_API_KEY"):
            cls()


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_invalid_body_never_leaves_the_machine(api: FakeAPI, flavour: str) -> None:
    with pytest.raises(realtime_sessions.ValidationError) as caught:
        create(flavour, opts(api), model="gpt-5-nope", temperature=5.0)
    pointers = {issue.pointer for issue in caught.value.issues}
    assert {p.lstrip("#") for p in pointers} >= {"/model", "/temperature"}
    assert api.requests == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_validation_can_be_switched_off(api: FakeAPI, flavour: str) -> None:
    create(flavour, opts(api, validate_requests=False), temperature=5.0)
    assert api.requests[0].json == {"temperature": 5.0}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_retries_a_500_then_succeeds(api: FakeAPI, flavour: str) -> None:
    api.script(Reply(500, {"error": {"message": "boom"}}), Reply(503, b""))
    assert isinstance(create(flavour, opts(api)), SessionCreateResponse)
    assert len(api.requests) == 3


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_gives_up_after_max_retries(api: FakeAPI, flavour: str) -> None:
    api.default = Reply(500, {"error": {"message": "down"}})
    with pytest.raises(realtime_sessions.InternalServerError) as caught:
        create(flavour, opts(api, max_retries=3))
    assert len(api.requests) == 4
    assert caught.value.status_code == 500
    with pytest.raises(realtime_sessions.InternalServerError):
        create(flavour, opts(api, max_retries=3), max_retries=0)
    assert len(api.requests) == 5


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (408, realtime_sessions.APIStatusError),
        (409, realtime_sessions.ConflictError),
        (429, realtime_sessions.RateLimitError),
        (502, realtime_sessions.InternalServerError),
    ],
)
def test_retryable_statuses(api: FakeAPI, status: int, error: type[Exception]) -> None:
    api.default = Reply(status, {"error": {"message": "again"}})
    with pytest.raises(error):
        create("sync", opts(api, max_retries=1))
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, realtime_sessions.BadRequestError),
        (401, realtime_sessions.AuthenticationError),
        (403, realtime_sessions.PermissionDeniedError),
        (404, realtime_sessions.NotFoundError),
        (422, realtime_sessions.UnprocessableEntityError),
    ],
)
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_no_retries_on_other_4xx(
    api: FakeAPI, flavour: str, status: int, error: type[Exception]
) -> None:
    api.default = Reply(status, {"error": {"message": "no"}})
    with pytest.raises(error):
        create(flavour, opts(api))
    assert len(api.requests) == 1


@pytest.mark.parametrize(
    ("reply", "body"),
    [
        (b"upstream timeout", "upstream timeout"),
        ({"detail": "no error member"}, {"detail": "no error member"}),
        ({"error": "a string"}, "a string"),
    ],
)
def test_an_answer_without_an_error_object_is_the_body_as_it_is(
    api: FakeAPI, reply: Any, body: Any
) -> None:
    api.default = Reply(400, reply)
    with pytest.raises(realtime_sessions.BadRequestError) as caught:
        create("sync", opts(api))
    assert caught.value.body == body
    assert caught.value.code is None
    assert caught.value.response_body == (reply if isinstance(reply, dict) else reply.decode())


@pytest.mark.parametrize(
    ("flavour", "headers", "wait"),
    [
        ("sync", {"retry-after": "1"}, 1.0),
        ("async", {"retry-after-ms": "400"}, 0.4),
    ],
)
def test_honours_retry_after(
    api: FakeAPI, flavour: str, headers: dict[str, str], wait: float
) -> None:
    api.script(Reply(429, {"error": {"message": "slow down"}}, headers=headers))
    create(flavour, opts(api))
    first, second = api.requests
    assert wait * 0.9 <= second.at - first.at < wait + 1.5


@pytest.mark.parametrize(
    ("headers", "delay"),
    [
        ({"retry-after": "60"}, 60.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "61"}, 0.5),  # longer than a minute: our own backoff, as openai-python
        ({"retry-after-ms": "600000"}, 0.5),
        ({"retry-after": "Fri, 31 Dec 2100 23:59:59 GMT"}, 0.5),
        ({"retry-after": "0"}, 0.5),
        ({"retry-after": "soon"}, 0.5),
        ({}, 0.5),
    ],
)
def test_which_server_waits_are_honoured(headers: dict[str, str], delay: float) -> None:
    policy = RetryPolicy(jitter=0.0)
    assert policy.delay(0, httpx.Headers(headers)) == delay


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_wait_above_a_minute_is_not_slept_through(api: FakeAPI, flavour: str) -> None:
    api.script(Reply(429, {"error": {"message": "quota"}}, headers={"retry-after": "600"}))
    assert isinstance(create(flavour, opts(api)), SessionCreateResponse)
    first, second = api.requests
    assert second.at - first.at < 5.0  # FAST backoff, not ten minutes (nor the old 60 s cap)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_slow_answer_times_out_and_is_retried(api: FakeAPI, flavour: str) -> None:
    api.default = Reply(delay=3.0)
    with pytest.raises(realtime_sessions.APITimeoutError):
        create(flavour, opts(api, timeout=0.2, max_retries=1))
    assert len(api.requests) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_per_call_timeout_overrides_the_clients(api: FakeAPI, flavour: str) -> None:
    api.default = Reply(delay=3.0)
    with pytest.raises(realtime_sessions.APITimeoutError):
        create(flavour, opts(api, max_retries=0), timeout=0.2)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_dropped_connection_is_a_connection_error_and_is_retried(
    api: FakeAPI, flavour: str
) -> None:
    api.script(Reply(drop=True))
    assert isinstance(create(flavour, opts(api)), SessionCreateResponse)
    assert len(api.requests) == 2

    api.default = Reply(drop=True)
    with pytest.raises(realtime_sessions.APIConnectionError) as caught:
        create(flavour, opts(api, max_retries=1))
    assert not isinstance(caught.value, realtime_sessions.APITimeoutError)
    assert len(api.requests) == 4


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]"])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_2xx_that_is_not_a_json_object(api: FakeAPI, flavour: str, body: bytes) -> None:
    api.default = Reply(200, body)
    with pytest.raises(realtime_sessions.APIResponseValidationError) as caught:
        create(flavour, opts(api))
    assert caught.value.status_code == 200
    assert len(api.requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_401_carries_status_body_request_id_and_never_the_key(api: FakeAPI, flavour: str) -> None:
    error_body = {
        "error": {
            "message": f"Incorrect API key provided: {KEY}.",
            "type": "invalid_request_error",
            "code": "invalid_api_key",
            "param": None,
        }
    }
    api.default = Reply(401, error_body, headers={"x-request-id": "req_42"})
    with pytest.raises(realtime_sessions.AuthenticationError) as caught:
        create(flavour, opts(api))
    error = caught.value
    assert (error.status_code, error.request_id, error.code) == (401, "req_42", "invalid_api_key")
    assert error.type == "invalid_request_error"
    assert "Incorrect API key provided" in str(error)
    # As openai-python: `body` is the inner error object; the whole answer stays available.
    assert error.body == {
        **error_body["error"],
        "message": "Incorrect API key provided: <redacted>.",
    }
    assert error.response_body == {"error": error.body}
    for text in (str(error), repr(error), str(error.body), repr(error.args)):
        assert KEY not in text
    assert len(api.requests) == 1


def test_the_key_is_not_in_repr_nor_in_debug_logs(
    api: FakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    with realtime_sessions.Client(api_key=KEY, base_url=api.url) as client:
        assert KEY not in repr(client)
        assert KEY not in str(client)
        with caplog.at_level(logging.DEBUG):
            client.beta.realtime.sessions.create(voice="alloy")
    assert "realtime_sessions" in caplog.text
    assert "<redacted>" in caplog.text
    assert KEY not in caplog.text


def test_connection_refused_is_a_connection_error() -> None:
    with FakeAPI() as closed:
        url = closed.url
    with pytest.raises(realtime_sessions.APIConnectionError) as caught:
        create("sync", {"api_key": KEY, "base_url": url, "max_retries": 1})
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
