"""The wire of a sample of operations equals openai-python 1.100.0's (pinned in the test extra):
each call is made by both clients against our recording server on 127.0.0.1, and what arrived
is compared: method, path, query (as a set of pairs: the order of parameters is each SDK's
own), JSON body, multipart parts (name, filename, content type, content) and content type.

One difference is on purpose and not sampled: an exploded `form` query object (audit logs'
`effective_at`) goes as the spec says (`gt=1`), where openai-python writes `effective_at[gt]=1`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.servers.fake_api import FakeAPI, Recorded, Reply

openai = pytest.importorskip("openai", reason="openai 1.100.0 comes with the test extra")

KEY = "sk-wire"
FILE = {"id": "file-1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a.jsonl"}
FILE |= {"purpose": "batch", "status": "processed"}
LIST = {"object": "list", "data": [FILE], "has_more": False, "first_id": "file-1"}
LIST |= {"last_id": "file-1"}
DELETED = {"id": "x", "object": "file", "deleted": True, "eval_id": "x"}
EVENTS = b'data: {"type": "transcript.text.done", "text": "Hi"}\n\ndata: [DONE]\n\n'


@pytest.fixture
def ops(openai_ops_package: ModuleType) -> ModuleType:
    return openai_ops_package


@pytest.fixture(scope="module")
def upload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wire") / "train.jsonl"
    path.write_bytes(b'{"prompt": "a", "completion": "b"}\n')
    return path


Call = Callable[[Any, Path], Any]
# name: (reply, openai-python's call, ours)
SAMPLE: dict[str, tuple[Reply, Call, Call]] = {
    "list-query": (
        Reply(body=LIST),
        lambda c, _: list(c.files.list(limit=2, order="asc", purpose="batch")),
        lambda c, _: list(c.files.list_files(limit=2, order="asc", purpose="batch")),
    ),
    "path": (
        Reply(body=FILE),
        lambda c, _: c.files.retrieve("file-abc"),
        lambda c, _: c.files.retrieve_file(file_id="file-abc"),
    ),
    "delete": (
        Reply(body=DELETED),
        lambda c, _: c.files.delete("file-abc"),
        lambda c, _: c.files.delete_file(file_id="file-abc"),
    ),
    "delete-nested-path": (
        Reply(body=DELETED),
        lambda c, _: c.evals.delete("eval_1"),
        lambda c, _: c.evals.delete_eval(eval_id="eval_1"),
    ),
    "no-content": (
        Reply(body=b""),
        lambda c, _: c.containers.files.content.retrieve("f", container_id="c"),
        lambda c, _: c.containers.files.content.retrieve_container_file_content(
            container_id="c", file_id="f"
        ),
    ),
    "deep-object": (
        Reply(body={"object": "list", "data": [], "has_more": False}),
        lambda c, _: list(c.fine_tuning.jobs.list(metadata={"team": "ml"}, limit=5)),
        lambda c, _: list(
            c.fine_tuning.list_paginated_fine_tuning_jobs(metadata={"team": "ml"}, limit=5)
        ),
    ),
    "multipart-path": (
        Reply(body=FILE),
        lambda c, path: c.files.create(file=path, purpose="fine-tune"),
        lambda c, path: c.files.create_file(file=path, purpose="fine-tune"),
    ),
    "multipart-tuple": (
        Reply(body=FILE),
        lambda c, path: c.files.create(
            file=("x.jsonl", path.read_bytes(), "application/jsonl"), purpose="batch"
        ),
        lambda c, path: c.files.create_file(
            file=("x.jsonl", path.read_bytes(), "application/jsonl"), purpose="batch"
        ),
    ),
    "multipart-fields": (
        Reply(body={"text": "Hi"}),
        lambda c, _: c.audio.transcriptions.create(
            file=b"RIFF", model="gpt-4o-transcribe", include=["logprobs"], temperature=0.5
        ),
        lambda c, _: c.audio.create_transcription(
            file=b"RIFF", model="gpt-4o-transcribe", include=["logprobs"], temperature=0.5
        ),
    ),
    "multipart-stream": (
        Reply(body=EVENTS, content_type="text/event-stream"),
        lambda c, _: list(
            c.audio.transcriptions.create(file=b"RIFF", model="gpt-4o-transcribe", stream=True)
        ),
        lambda c, _: list(
            c.audio.create_transcription(file=b"RIFF", model="gpt-4o-transcribe", stream=True)
        ),
    ),
    "json-binary": (
        Reply(body=b"ID3", content_type="audio/mpeg"),
        lambda c, _: c.audio.speech.create(
            input="Hi", model="tts-1", voice="alloy", speed=1.5
        ).content,
        lambda c, _: c.audio.create_speech(
            input="Hi", model="tts-1", voice="alloy", speed=1.5
        ).content,
    ),
    "json-stream": (
        Reply(body=b"data: [DONE]\n\n", content_type="text/event-stream"),
        lambda c, _: list(c.images.generate(prompt="a cat", n=1, stream=True)),
        lambda c, _: list(c.images.create_image(prompt="a cat", n=1, stream=True)),
    ),
}


def wire(request: Recorded) -> dict[str, Any]:
    url = urlsplit(request.path)
    # openai-python says `Content-Type: application/json` also without a body; we do not.
    kind = request.headers.get("content-type", "").split(";")[0] if request.raw_body else ""
    seen: dict[str, Any] = {
        "method": request.method,
        "path": url.path,
        "query": sorted(parse_qsl(url.query, keep_blank_values=True)),
        "content-type": kind,
    }
    if kind == "application/json":
        seen["body"] = request.json
    elif kind == "multipart/form-data":
        seen["parts"] = sorted(request.form_parts())
    return seen


@pytest.mark.parametrize("name", sorted(SAMPLE))
def test_the_wire_equals_openai_pythons(ops: ModuleType, upload: Path, name: str) -> None:
    reply, theirs, ours = SAMPLE[name]
    with FakeAPI() as api:
        api.default = reply
        with openai.OpenAI(api_key=KEY, base_url=api.url, max_retries=0) as official:
            theirs(official, upload)
        with ops.Client(api_key=KEY, base_url=api.url, max_retries=0) as generated:
            ours(generated, upload)
        official_request, our_request = api.requests
    assert wire(our_request) == wire(official_request)
