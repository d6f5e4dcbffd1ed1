"""Every kind of operation, generated from a cut of OpenAI's spec (tests/data/openai_ops/), called
on our own server on 127.0.0.1, sync and async: path, query (form, exploded objects, deepObject)
and header parameters; DELETE; multipart uploads of a real file; binary answers; server-sent
events; cursor pages; union answers; no content. The server records what came over the wire.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests import openai_ops
from tests.conftest import ROOT, assert_linted, run_mypy, run_tool
from tests.servers.fake_api import FakeAPI, Recorded, Reply

KEY = "sk-test-operations"
FILE = {"id": "file-1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a.jsonl"}
FILE |= {"purpose": "batch", "status": "processed"}


@pytest.fixture
def ops(openai_ops_package: ModuleType) -> ModuleType:
    return openai_ops_package


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    with FakeAPI() as server:
        yield server


def client(ops: ModuleType, api: FakeAPI) -> Any:
    return ops.Client(api_key=KEY, base_url=api.url, max_retries=0)


def async_client(ops: ModuleType, api: FakeAPI) -> Any:
    return ops.AsyncClient(api_key=KEY, base_url=api.url, max_retries=0)


def query(request: Recorded) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(request.path).query, keep_blank_values=True)


def path(request: Recorded) -> str:
    return urlsplit(request.path).path


def page(ids: list[str], has_more: bool) -> dict[str, Any]:
    data = [FILE | {"id": i} for i in ids]
    return {"object": "list", "data": data, "first_id": ids[0], "last_id": ids[-1]} | {
        "has_more": has_more
    }


def test_a_cursor_page_iterates_every_item_across_pages(ops: ModuleType, api: FakeAPI) -> None:
    api.script(Reply(body=page(["f1", "f2"], True)), Reply(body=page(["f3"], False)))
    with client(ops, api) as sync:
        files = sync.files.list_files(limit=2, order="asc", purpose="batch")
        assert [f.id for f in files.items] == ["f1", "f2"]
        assert [f.id for f in files] == ["f1", "f2", "f3"]
    first, second = api.requests
    assert (first.method, path(first)) == ("GET", "/v1/files")
    assert query(first) == [("purpose", "batch"), ("limit", "2"), ("order", "asc")]
    assert query(second) == [*query(first), ("after", "f2")]


def test_an_async_cursor_page_iterates_every_item(ops: ModuleType, api: FakeAPI) -> None:
    api.script(Reply(body=page(["f1"], True)), Reply(body=page(["f2"], False)))

    async def main() -> list[str]:
        async with async_client(ops, api) as client_:
            files = await client_.files.list_files()
            return [f.id async for f in files]

    assert asyncio.run(main()) == ["f1", "f2"]
    assert query(api.requests[1]) == [("after", "f1")]


def test_a_page_without_last_id_continues_after_the_last_items_id(
    ops: ModuleType, api: FakeAPI
) -> None:
    job = {"id": "ftjob-1", "object": "fine_tuning.job", "created_at": 1, "error": None}
    job |= {"fine_tuned_model": None, "finished_at": None, "hyperparameters": {}, "seed": 7}
    job |= {
        "model": "gpt-4o-mini",
        "organization_id": "org",
        "result_files": [],
        "status": "queued",
    }
    job |= {"trained_tokens": None, "training_file": "file-1", "validation_file": None}
    api.script(
        Reply(body={"object": "list", "data": [job], "has_more": True}),
        Reply(body={"object": "list", "data": [job | {"id": "ftjob-2"}], "has_more": False}),
    )
    with client(ops, api) as sync:
        jobs = sync.fine_tuning.list_paginated_fine_tuning_jobs(metadata={"team": "a b"})
        assert [j.id for j in jobs] == ["ftjob-1", "ftjob-2"]
    assert query(api.requests[0]) == [("metadata[team]", "a b")]  # deepObject
    assert query(api.requests[1])[-1] == ("after", "ftjob-1")


def test_a_server_repeating_its_cursor_ends_the_iteration(ops: ModuleType, api: FakeAPI) -> None:
    api.default = Reply(body=page(["f1"], True))  # has_more forever, the same last_id
    with client(ops, api) as sync:
        assert [f.id for f in sync.files.list_files()] == ["f1", "f1"]
    assert [query(r) for r in api.requests] == [[], [("after", "f1")]]


def test_path_values_are_percent_encoded_and_delete_is_sent(ops: ModuleType, api: FakeAPI) -> None:
    api.script(Reply(body=FILE), Reply(body={"id": "a/b", "object": "file", "deleted": True}))
    with client(ops, api) as sync:
        assert sync.files.retrieve_file(file_id="a/b c?").id == "file-1"
        assert sync.files.delete_file(file_id="a/b").deleted is True
    assert [(r.method, r.path) for r in api.requests] == [
        ("GET", "/v1/files/a%2Fb%20c%3F"),
        ("DELETE", "/v1/files/a%2Fb"),
    ]


def test_exploded_objects_arrays_and_header_parameters(ops: ModuleType, api: FakeAPI) -> None:
    api.script(
        Reply(body={"object": "list", "data": [], "has_more": False}),
        Reply(body={"id": "r", "object": "response", "deleted": True}),
    )
    with client(ops, api) as sync:
        logs = sync.audit_logs.list_audit_logs(
            effective_at={"gt": 1, "lte": 9}, event_types=["api_key.created", "invite.sent"]
        )
        assert list(logs) == []
        sync.responses.beta_delete_response(
            response_id="resp_1", openai_beta=["responses_multi_agent=v1"]
        )
    logs_request, delete_request = api.requests
    assert query(logs_request) == [
        ("gt", "1"),  # form + explode: the object's properties as parameters of their own
        ("lte", "9"),
        ("event_types[]", "api_key.created"),
        ("event_types[]", "invite.sent"),
    ]
    assert delete_request.method == "DELETE"
    assert delete_request.path == "/v1/responses/resp_1?beta=true"
    assert delete_request.headers["openai-beta"] == "responses_multi_agent=v1"


def test_multipart_uploads_a_real_file_by_path_bytes_or_tuple(
    ops: ModuleType, api: FakeAPI, tmp_path: Path
) -> None:
    upload = tmp_path / "train.jsonl"
    upload.write_bytes(b'{"a": 1}\n')
    api.default = Reply(body=FILE)
    with client(ops, api) as sync:
        assert sync.files.create_file(file=upload, purpose="batch").id == "file-1"
        sync.files.create_file(file=b"raw", purpose="batch")
        with upload.open("rb") as handle:
            sync.files.create_file(
                file=("named.jsonl", handle, "application/jsonl"), purpose="evals"
            )
    by_path, by_bytes, by_tuple = (r.form_parts() for r in api.requests)
    assert by_path == [
        ("purpose", None, "text/plain", b"batch"),
        ("file", "train.jsonl", "application/octet-stream", b'{"a": 1}\n'),
    ]
    assert by_bytes[1][:2] == ("file", "upload") and by_bytes[1][3] == b"raw"
    assert by_tuple[1] == ("file", "named.jsonl", "application/jsonl", b'{"a": 1}\n')
    assert all(r.headers["content-type"].startswith("multipart/form-data") for r in api.requests)


def test_a_multipart_body_is_validated_before_sending(ops: ModuleType, api: FakeAPI) -> None:
    with client(ops, api) as sync:
        with pytest.raises(ops.ValidationError) as caught:
            sync.files.create_file(file=b"x", purpose="poems")
        with pytest.raises(TypeError, match="expected a file"):
            sync.files.create_file(file="not a file", purpose="batch")
    assert [i.pointer for i in caught.value.issues] == ["/purpose"]
    assert api.requests == []


def test_parameters_are_validated_before_sending(ops: ModuleType, api: FakeAPI) -> None:
    with client(ops, api) as sync:
        with pytest.raises(ops.ValidationError) as query_issues:
            sync.files.list_files(order="sideways", limit="many")
        with pytest.raises(ops.ValidationError) as nested:
            sync.audit_logs.list_audit_logs(effective_at={"gt": "a"}, event_types=("nope",))
        with pytest.raises(ops.ValidationError) as header_and_path:
            sync.responses.beta_delete_response(response_id=None, openai_beta=["x"])
    assert api.requests == []
    assert [str(i) for i in query_issues.value.issues] == [
        "/query/limit: 'many' is not of type 'integer' (type)",
        "/query/order: 'sideways' is not one of ['asc', 'desc'] (enum)",
    ]
    pointers = [i.pointer for i in nested.value.issues]
    assert pointers == ["/query/effective_at/gt", "/query/event_types[]/0"]
    pointers = [i.pointer for i in header_and_path.value.issues]
    assert pointers == ["/path/response_id", "/header/openai-beta/0"]


def test_parameters_go_unchecked_when_validation_is_off(ops: ModuleType, api: FakeAPI) -> None:
    api.default = Reply(body=page(["f1"], False))
    with ops.Client(api_key=KEY, base_url=api.url, max_retries=0, validate_requests=False) as c:
        c.files.list_files(order="sideways", limit=None)

    async def main() -> None:
        async with async_client(ops, api) as client_:
            with pytest.raises(ops.ValidationError):
                await client_.files.list_files(order="sideways")

    asyncio.run(main())
    assert [query(r) for r in api.requests] == [[("order", "sideways")]]


def test_a_binary_answer(ops: ModuleType, api: FakeAPI, tmp_path: Path) -> None:
    audio = bytes(range(256)) * 300
    api.script(Reply(body=audio, content_type="audio/mpeg"))
    with client(ops, api) as sync:
        speech = sync.audio.create_speech(input="Hi", model="tts-1", voice="alloy")
    assert speech.content == audio
    assert b"".join(speech.iter_bytes(1000)) == audio
    assert max(len(chunk) for chunk in speech.iter_bytes(1000)) == 1000
    speech.write_to_file(tmp_path / "out.mp3")
    assert (tmp_path / "out.mp3").read_bytes() == audio
    assert api.requests[0].json == {"input": "Hi", "model": "tts-1", "voice": "alloy"}
    assert api.requests[0].headers["accept"] == "application/octet-stream"


def test_no_content_is_none_and_a_union_answer_is_its_model(ops: ModuleType, api: FakeAPI) -> None:
    api.script(Reply(body=b""), Reply(body={"text": "hello"}))
    with client(ops, api) as sync:
        content = sync.containers.files.content.retrieve_container_file_content
        assert content(container_id="c", file_id="f") is None
        text = sync.audio.create_transcription(file=b"wav", model="whisper-1")
    assert type(text).__name__ == "CreateTranscriptionResponseJson" and text.text == "hello"
    assert path(api.requests[0]) == "/v1/containers/c/files/f/content"


def sse(*events: dict[str, Any], done: bool = False) -> bytes:
    text = "".join(f"data: {json.dumps(event)}\n\n" for event in events)
    return (": keep-alive\n\n" + text + ("data: [DONE]\n\n" if done else "")).encode()


DELTAS = [{"type": "transcript.text.delta", "delta": d} for d in ("Hel", "lo")]
DONE = {"type": "transcript.text.done", "text": "Hello"}


def test_a_stream_yields_typed_events_and_closes_on_break(ops: ModuleType, api: FakeAPI) -> None:
    api.script(
        Reply(body=sse(*DELTAS, DONE, done=True), content_type="text/event-stream"),
        Reply(body=sse(*DELTAS), content_type="text/event-stream"),
    )
    with client(ops, api) as sync:
        stream = sync.audio.create_transcription(file=b"wav", model="whisper-1", stream=True)
        events = list(stream)
        assert [type(e).__name__ for e in events] == [
            "TranscriptTextDeltaEvent",
            "TranscriptTextDeltaEvent",
            "TranscriptTextDoneEvent",
        ]
        assert events[2].text == "Hello"
        early = sync.audio.create_transcription(file=b"wav", model="whisper-1", stream=True)
        for _event in early:
            break
        assert early.response.is_closed
    assert ("stream", None, "text/plain", b"true") in api.requests[0].form_parts()


def connections_in_use(client_: Any) -> int:
    """The connections of the client's httpx pool (httpcore's) that a response still holds."""
    pool = client_._http._transport._pool
    return sum(not (c.is_idle() or c.is_closed()) for c in pool.connections)


MANY = sse(*DELTAS * 200)
"""Events enough that a `break` leaves most of them unread."""


def test_breaking_out_of_a_stream_releases_its_connection(ops: ModuleType, api: FakeAPI) -> None:
    api.default = Reply(body=MANY, content_type="text/event-stream")
    with client(ops, api) as sync:
        for _event in sync.audio.create_transcription(file=b"w", model="whisper-1", stream=True):
            assert connections_in_use(sync) == 1
            break
        assert connections_in_use(sync) == 0  # the generator's `finally`, as the loop drops it


def test_breaking_out_of_an_async_stream_releases_its_connection(
    ops: ModuleType, api: FakeAPI
) -> None:
    """Without `async with`: asyncio's finalizer of the dropped iterator closes the response
    within a few turns of the loop; `aclose()` and `async with` close it at once."""
    api.default = Reply(body=MANY, content_type="text/event-stream")

    async def turns_until_released(client_: Any) -> int:
        for turn in range(10):
            if connections_in_use(client_) == 0:
                return turn
            await asyncio.sleep(0)
        return -1

    async def main() -> list[int]:
        async with async_client(ops, api) as client_:
            create = client_.audio.create_transcription
            stream = await create(file=b"w", model="whisper-1", stream=True)
            async for _event in stream:
                break
            assert connections_in_use(client_) == 1  # not yet: closing it needs an await
            dropped = await turns_until_released(client_)
            assert stream.response.is_closed
            stream = await create(file=b"w", model="whisper-1", stream=True)
            events = aiter(stream)  # an iterator kept alive: only `aclose()` closes it
            await anext(events)
            await stream.aclose()
            closed = await turns_until_released(client_)
            async with await create(file=b"w", model="whisper-1", stream=True) as stream:
                async for _event in stream:
                    break
            left_with = await turns_until_released(client_)
            del events
            return [dropped, closed, left_with]

    dropped, closed, left_with = asyncio.run(main())
    assert 0 < dropped <= 5 and closed == 0 and left_with == 0, (dropped, closed, left_with)


def test_an_async_stream_and_an_error_event(ops: ModuleType, api: FakeAPI) -> None:
    error = {"error": {"message": "the model broke", "type": "server_error"}}
    api.script(
        Reply(body=sse(*DELTAS), content_type="text/event-stream"),
        Reply(body=sse(DELTAS[0], error), content_type="text/event-stream"),
    )

    async def main() -> tuple[list[str], Any]:
        async with async_client(ops, api) as client_:
            stream = await client_.audio.create_transcription(
                file=b"wav", model="whisper-1", stream=True
            )
            deltas = [event.delta async for event in stream]
            failing = await client_.audio.create_transcription(
                file=b"wav", model="whisper-1", stream=True
            )
            with pytest.raises(ops.APIError) as caught:
                async for _event in failing:
                    pass
            return deltas, caught.value

    deltas, raised = asyncio.run(main())
    assert deltas == ["Hel", "lo"]
    assert raised.message == "the model broke" and raised.body["type"] == "server_error"


SPEECH = [{"type": "speech.audio.delta", "audio": "UklG"}, {"type": "speech.audio.done"}]
SPEECH[1] |= {"usage": {"input_tokens": 3, "output_tokens": 9, "total_tokens": 12}}


def test_speech_asked_for_sse_yields_the_specs_events(ops: ModuleType, api: FakeAPI) -> None:
    """`stream_format: "sse"` selects the answer's `text/event-stream`: parsed, typed events;
    `audio` (also the spec's default, when left out) gives the audio."""
    api.script(
        Reply(body=sse(*SPEECH), content_type="text/event-stream"),
        Reply(body=b"ID3", content_type="audio/mpeg"),
        Reply(body=b"ID3", content_type="audio/mpeg"),
        Reply(body=sse(*SPEECH), content_type="text/event-stream"),
    )
    speech = {"input": "Hi", "model": "gpt-4o-mini-tts", "voice": "alloy"}
    with client(ops, api) as sync:
        events = list(sync.audio.create_speech(**speech, stream_format="sse"))
        assert sync.audio.create_speech(**speech, stream_format="audio").content == b"ID3"
        assert sync.audio.create_speech(**speech).content == b"ID3"

    async def main() -> list[Any]:
        async with async_client(ops, api) as client_:
            stream = await client_.audio.create_speech(**speech, stream_format="sse")
            return [event async for event in stream]

    assert [type(e).__name__ for e in events] == ["SpeechAudioDeltaEvent", "SpeechAudioDoneEvent"]
    assert events[0].audio == "UklG" and events[1].usage.total_tokens == 12
    assert [type(e).__name__ for e in asyncio.run(main())] == [type(e).__name__ for e in events]
    formats = [r.json.get("stream_format") for r in api.requests]
    assert formats == ["sse", "audio", None, "sse"]


def test_a_stream_refused_with_a_status_raises_the_usual_error(
    ops: ModuleType, api: FakeAPI
) -> None:
    api.script(Reply(status=400, body={"error": {"message": "bad model", "code": "x"}}))
    with client(ops, api) as sync, pytest.raises(ops.BadRequestError) as caught:
        sync.images.create_image(prompt="a cat", stream=True)
    assert caught.value.body["message"] == "bad model"
    assert api.requests[0].json == {"prompt": "a cat", "stream": True}


@pytest.mark.slow
def test_the_package_passes_mypy_strict_and_its_client_ruff(openai_ops_dir: Path) -> None:
    package = openai_ops_dir / openai_ops.PACKAGE
    mypy = run_mypy(str(package), cwd=ROOT)
    assert mypy.returncode == 0, mypy.stdout
    client_modules = [str(package / "resources.py"), str(package / "_client.py")]
    formatted = run_tool("black", "-q", *client_modules, cwd=ROOT)
    assert formatted.returncode == 0, formatted.stderr
    assert_linted(*client_modules)
