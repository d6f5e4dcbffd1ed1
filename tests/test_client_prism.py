"""The generated client against Prism serving spec/ (a mock server nobody here wrote).

Prism answers a valid create with the spec's example and refuses (422, with its own list of
problems) a body that breaks the spec, so these tests check the client, our validators and the
spec against each other. They skip, with the reason, only where Prism cannot be installed.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import realtime_sessions
from realtime_sessions import SessionCreateResponse
from realtime_sessions.validators import validate_session_create_params
from tests import prism

KEY = "sk-prism-0123456789-secret"

pytestmark = [
    pytest.mark.slow,  # starts Prism (Node)
    pytest.mark.xdist_group("prism"),  # one Prism server for the module, on one worker
    pytest.mark.skipif(prism.missing_reason() is not None, reason=str(prism.missing_reason())),
]

# Hand-made bodies: (body, the properties a validator must flag). An empty tuple: valid.
BODIES: list[tuple[dict[str, Any], tuple[str, ...]]] = [
    ({"model": "gpt-4o-realtime-preview", "modalities": ["text"]}, ()),
    ({"turn_detection": None, "max_response_output_tokens": "inf", "voice": "nova"}, ()),
    ({"temperature": 5}, ("temperature",)),
    ({"model": "gpt-5-nope", "speed": 0.1}, ("model", "speed")),
    ({"max_response_output_tokens": 0}, ("max_response_output_tokens",)),
    ({"modalities": ["video"]}, ("modalities",)),
    ({"turn_detection": {"type": "server_vad", "threshold": 2}}, ("turn_detection",)),
    ({"instructions": 42}, ("instructions",)),
    ({"unknown_property": True}, ("",)),
]


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = Path(tmp_path_factory.mktemp("prism")) / "prism.log"
    with prism.running_prism(log) as url:
        yield url


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


def create(flavour: str, url: str, **kwargs: Any) -> Any:
    options: dict[str, Any] = {"api_key": KEY, "base_url": url, "max_retries": 0}
    if flavour == "sync":
        with realtime_sessions.Client(**options) as client:
            return client.beta.realtime.sessions.create(**kwargs)

    async def run() -> Any:
        async with realtime_sessions.AsyncClient(**options) as client:
            return await client.beta.realtime.sessions.create(**kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_valid_create_returns_the_specs_example(prism_url: str, flavour: str) -> None:
    session = create(
        flavour, prism_url, model="gpt-4o-realtime-preview", modalities=["audio", "text"]
    )
    assert isinstance(session, SessionCreateResponse)
    assert session.client_secret.value == "ek_abc123"
    assert session.client_secret.expires_at == 1756324625


@pytest.mark.parametrize(("body", "flagged"), BODIES)
def test_prism_and_our_validators_agree(
    prism_url: str, body: dict[str, Any], flagged: tuple[str, ...]
) -> None:
    ours = _our_properties(body)
    try:
        # The raw body goes through `extra_body`, which is merged in after validation.
        create("sync", prism_url, extra_body=body)
    except realtime_sessions.UnprocessableEntityError as error:
        theirs = _prism_properties(error.body)
    else:
        theirs = set()
    assert theirs == set(flagged), f"Prism flagged {theirs} for {body}"
    assert ours == set(flagged), f"our validators flagged {ours} for {body}"


def test_an_invalid_body_is_refused_by_prism_when_sent_unvalidated(prism_url: str) -> None:
    options: dict[str, Any] = {"api_key": KEY, "base_url": prism_url, "validate_requests": False}
    with (
        realtime_sessions.Client(**options) as client,
        pytest.raises(realtime_sessions.UnprocessableEntityError) as caught,
    ):
        client.beta.realtime.sessions.create(temperature=5.0, max_retries=0)
    assert caught.value.status_code == 422
    assert KEY not in str(caught.value)


def _prism_properties(body: Any) -> set[str]:
    """The declared properties Prism's 422 names (`""` for the body itself)."""
    problems = body.get("validation", []) if isinstance(body, dict) else []
    return {_declared(p["location"][1] if len(p["location"]) > 1 else "") for p in problems}


def _our_properties(body: dict[str, Any]) -> set[str]:
    """The declared properties our validator's issues point into (`""` for the body itself)."""
    found = set()
    for issue in validate_session_create_params(body):
        tokens = issue.pointer.lstrip("#").split("/")
        found.add(_declared(tokens[1] if len(tokens) > 1 else ""))
    return found


def _declared(name: str) -> str:
    """An undeclared property's problem belongs to the body (Prism reports it there)."""
    return name if name in DECLARED else ""


DECLARED = frozenset(f.name for f in dataclasses.fields(realtime_sessions.SessionCreateParams))
