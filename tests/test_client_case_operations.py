"""The `operations` case (tests/cases/operations/): what its small spec declares reaches the wire,
and its overloads type the calls (mypy on a caller).

Path-level parameters, PUT with a query parameter named like a body property (`text_query`),
a `$ref`-ed requestBody and response, 204, deepObject and header arrays, a multipart array of
files (`pages[]`), a union of an array and a model, a PDF, `stream=True` over a nullable
`stream` property and an enum that streams by default; parameters checked against their schemas
(a pattern on array items, minimum/maximum, a `$ref` to an enum component) before sending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator.write import write_tree
from tests.conftest import run_mypy
from tests.servers.fake_api import FakeAPI, Reply
from tests.update_cases import generated

NOTE = {"id": "n1", "text": "hi"}


@pytest.fixture(scope="module")
def generated_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The case as `python -m generator generate` writes it (runtime modules included)."""
    out = tmp_path_factory.mktemp("case_operations")
    write_tree(out, generated("operations"))
    return out


@pytest.fixture
def ops(generated_case: Path, import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    return import_generated(generated_case, "case_operations")


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    with FakeAPI() as server:
        yield server


def test_parameters_bodies_and_answers_on_the_wire(ops: ModuleType, api: FakeAPI) -> None:
    api.script(
        Reply(body={"data": [NOTE], "has_more": False}),
        Reply(body=NOTE),
        Reply(status=204, body=b""),
        Reply(body=[NOTE]),
        Reply(body={"title": "too big"}),
        Reply(body=b"%PDF-1.7", content_type="application/pdf"),
    )
    with ops.Client(api_key="k", base_url=api.url, max_retries=0) as client:
        page = client.notes.list_notes(tags=["a", "b"], filter={"k": "v"}, x_trace=["t1", "t2"])
        assert [n.id for n in page] == ["n1"]
        assert client.notes.replace_note(note_id="n 1", text="new", text_query="old").id == "n1"
        assert client.notes.delete_note(note_id="n1") is None
        attached = client.notes.attachments.attach(note_id="n1", file=b"a", pages=[b"p1", b"p2"])
        assert [n.text for n in attached] == ["hi"]
        problem = client.notes.attachments.attach(note_id="n1", file=b"a", caption="c")
        assert problem.title == "too big"
        assert client.notes.download_note(note_id="n1").content == b"%PDF-1.7"
    listed, replaced, deleted, attach, _, pdf = api.requests
    assert parse_qsl(urlsplit(listed.path).query) == [
        ("tags", "a"),
        ("tags", "b"),
        ("filter[k]", "v"),
    ]
    assert listed.headers["x-trace"] == "t1,t2"
    assert (replaced.method, replaced.path, replaced.json) == (
        "PUT",
        "/v1/notes/n%201?text=old",
        {"text": "new"},
    )
    assert deleted.method == "DELETE"
    assert [(name, content) for name, _, _, content in attach.form_parts()] == [
        ("file", b"a"),
        ("pages[]", b"p1"),
        ("pages[]", b"p2"),
    ]
    assert pdf.headers["accept"] == "application/pdf"


def test_parameters_are_checked_against_their_schemas(ops: ModuleType, api: FakeAPI) -> None:
    with ops.Client(api_key="k", base_url=api.url, max_retries=0) as client:
        with pytest.raises(ops.ValidationError) as caught:
            client.notes.list_notes(tags=["ok", "Not ok"], limit=0, order="up")
        with pytest.raises(ops.ValidationError) as too_many:
            client.notes.list_notes(limit=101)
    assert api.requests == []
    assert [str(issue) for issue in caught.value.issues] == [
        "/query/tags/1: 'Not ok' does not match '^[a-z0-9]+$' (pattern)",
        "/query/limit: 0 is less than the minimum of 1 (minimum)",
        "/query/order: 'up' is not one of ['asc', 'desc'] (enum)",
    ]
    assert [issue.keyword for issue in too_many.value.issues] == ["maximum"]


def test_a_json_body_streams_when_asked(ops: ModuleType, api: FakeAPI) -> None:
    events = b'data: {"id": "n1", "text": "hi"}\n\ndata: {"title": "oops"}\n\n'
    api.script(Reply(body=events, content_type="text/event-stream"), Reply(body=NOTE))
    with ops.Client(api_key="k", base_url=api.url, max_retries=0) as client:
        streamed = list(client.notes.create_note(text="hi", stream=True))
        assert [type(e).__name__ for e in streamed] == ["Note", "Problem"]
        assert client.notes.create_note(ops.NewNote(text="hi")).id == "n1"
    assert api.requests[0].json == {"stream": True, "text": "hi"}


def test_an_enum_selects_the_stream_and_its_default_streams(ops: ModuleType, api: FakeAPI) -> None:
    events = b'data: {"id": "n1", "text": "hi"}\n\n'
    api.script(
        Reply(body=events, content_type="text/event-stream"),
        Reply(body=b"hi", content_type="text/plain"),
    )
    with ops.Client(api_key="k", base_url=api.url, max_retries=0) as client:
        assert [e.id for e in client.notes.read_note(note_id="n1")] == ["n1"]
        assert client.notes.read_note(note_id="n1", mode="text") == "hi"
    assert [r.raw_body for r in api.requests] == [b"{}", b'{"mode":"text"}']


CALLER = """\
from typing import Literal

from case_operations import Client, Note, NoteEvent
from case_operations._pagination import SyncCursorPage
from case_operations._streaming import Stream
from case_operations.models import NoteList

client = Client(api_key="k")
note: Note = client.notes.create_note(text="x")
same: Note = client.notes.create_note(text="x", stream=False)
events: Stream[NoteEvent] = client.notes.create_note(text="x", stream=True)
page: SyncCursorPage[NoteList, Note] = client.notes.list_notes()
client.notes.delete_note()


def mode() -> Literal["sse", "text"]:
    return "text"


read: Stream[NoteEvent] = client.notes.read_note(note_id="n")
text: str = client.notes.read_note(note_id="n", mode="text")
either: str | Stream[NoteEvent] = client.notes.read_note(note_id="n", mode=mode())
"""


@pytest.mark.slow
def test_overloads_type_streams_and_pages_and_want_path_parameters(generated_case: Path) -> None:
    caller = generated_case / "caller.py"
    caller.write_text(CALLER, encoding="utf-8")
    result = run_mypy(str(caller), cwd=generated_case)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert 'caller.py:13: error: Missing named argument "note_id"' in errors[0], result.stdout
