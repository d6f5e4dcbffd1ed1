"""Request-side arrays take what openai-python takes: a tuple, a generator, any iterable.

The models type them `Sequence` (read again, compared, a tuple will do), the client's keyword
arguments `Iterable` (consumed once, when the body is built); responses keep `list`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime_sessions import SessionCreateParams, SessionCreateParamsTool, ValidationError
from tests.conftest import ROOT, run_mypy
from tests.servers.fake_api import FakeAPI
from tests.test_client_fake_server import FLAVOURS, create, opts

TOOL = {"type": "function", "name": "lookup", "parameters": {"type": "object"}}


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    with FakeAPI() as server:
        yield server


def test_a_model_takes_a_tuple_and_sends_a_list() -> None:
    params = SessionCreateParams(modalities=("text", "audio"))
    assert params.to_dict() == {"modalities": ["text", "audio"]}
    assert params.to_json() == '{"modalities": ["text", "audio"]}'
    tool = SessionCreateParamsTool.from_dict(TOOL)
    assert SessionCreateParams(tools=(tool,)).to_dict() == {"tools": [TOOL]}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_client_takes_tuples_and_generators(api: FakeAPI, flavour: str) -> None:
    tools = (SessionCreateParamsTool.from_dict(t) for t in [TOOL, {**TOOL, "name": "other"}])
    create(flavour, opts(api), modalities=("text",), tools=tools)
    assert api.requests[0].json == {
        "modalities": ["text"],
        "tools": [TOOL, {**TOOL, "name": "other"}],
    }


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_string_is_not_an_array(api: FakeAPI, flavour: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create(flavour, opts(api), modalities="text")
    assert [issue.pointer for issue in caught.value.issues] == ["/modalities"]
    with pytest.raises(TypeError, match="cannot convert bytes to JSON"):
        create(flavour, opts(api), modalities=b"text")
    assert not api.requests


@pytest.mark.slow  # a mypy run
def test_the_types_say_so(tmp_path: Path) -> None:
    # mypy --strict on code that uses the generated package as an application does; an unused
    # `type: ignore` is an error there, so the refused cases must stay refused.
    usage = tmp_path / "usage.py"
    usage.write_text(textwrap.dedent("""\
        from typing import Literal

        from realtime_sessions import Client, SessionCreateParams, SessionCreateResponse

        modes: list[Literal["text", "audio"]] = ["text", "audio"]
        with Client(api_key="k") as client:
            client.beta.realtime.sessions.create(modalities=("text",))
            client.beta.realtime.sessions.create(modalities=(m for m in modes))
        SessionCreateParams(modalities=("text",))
        SessionCreateParams(modalities=iter(["text"]))  # type: ignore[arg-type]
        response = SessionCreateResponse.from_dict({})
        reveal_type(response.modalities)
        """))
    result = run_mypy(str(usage), cwd=ROOT / "generated")
    assert result.returncode == 0, result.stdout
    assert "Revealed type is \"list[Literal['text']" in result.stdout  # responses: list
