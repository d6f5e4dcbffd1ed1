"""Operations of every kind (tests/data/openai_ops/) against Prism serving that cut of OpenAI's
spec, sync and async: GET with query parameters (a page), a path parameter, DELETE, a multipart
upload of a real file, JSON bodies, an exploded query object, deepObject, no content, an inline
answer, a zip, a union answer. Prism checks each request against the spec and answers from its
examples (or its schemas), which our models parse; where Prism refuses a body or a parameter,
our validators refuse it too, at the same place. (Prism does not route a path with a query
string, `/responses/{id}?beta=true`, nor serve audio or event streams: our own server covers
those, tests/test_client_operations.py.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests import openai_ops, prism

KEY = "sk-prism-operations"

pytestmark = [
    pytest.mark.slow,  # starts Prism (Node)
    pytest.mark.xdist_group("prism_operations"),  # one Prism server for the module, on one worker
    pytest.mark.skipif(prism.missing_reason() is not None, reason=str(prism.missing_reason())),
]


@pytest.fixture
def ops(openai_ops_package: ModuleType) -> ModuleType:
    return openai_ops_package


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = Path(tmp_path_factory.mktemp("prism")) / "prism.log"
    with prism.running_prism(log, openai_ops.SPEC) as url:
        yield url


@pytest.fixture(scope="module")
def upload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("upload") / "batch.jsonl"
    path.write_bytes(b'{"custom_id": "1", "method": "POST", "url": "/v1/responses"}\n')
    return path


Call = Callable[[Any, Path], Any]
CALLS: dict[str, tuple[Call, Callable[[Any], bool]]] = {
    "list-page": (lambda c, _: c.files.list_files(limit=2), lambda r: r.items[0].object == "file"),
    "path": (lambda c, _: c.files.retrieve_file(file_id="file-abc"), lambda r: r.bytes >= 0),
    "delete": (lambda c, _: c.files.delete_file(file_id="file-abc"), lambda r: r.deleted),
    "upload": (
        lambda c, path: c.files.create_file(file=path, purpose="batch"),
        lambda r: r.object == "file",
    ),
    "json-body": (
        lambda c, _: c.organization.admin_api_keys.admin_api_keys_create(name="ci"),
        lambda r: r.id == "key_abc",
    ),
    "query-object": (
        lambda c, _: c.audit_logs.list_audit_logs(effective_at={"gt": 1}, limit=1),
        lambda r: r.page.object == "list",
    ),
    "deep-object": (
        lambda c, _: c.fine_tuning.list_paginated_fine_tuning_jobs(metadata={"k": "v"}),
        lambda r: r.page.object == "list",
    ),
    "no-content": (
        lambda c, _: c.containers.files.content.retrieve_container_file_content(
            container_id="c", file_id="f"
        ),
        lambda r: r is None,
    ),
    "inline-answer": (lambda c, _: c.evals.delete_eval(eval_id="e"), lambda r: r.deleted),
    "binary": (
        lambda c, _: c.skills.get_skill_content(skill_id="s"),
        lambda r: r.content_type == "application/zip" and r.content,
    ),
    "union": (
        lambda c, path: c.audio.create_transcription(file=path, model="whisper-1"),
        lambda r: type(r).__name__ == "CreateTranscriptionResponseJson",
    ),
}


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("kind", sorted(CALLS))
def test_each_kind_of_operation_on_prism(
    ops: ModuleType, prism_url: str, upload: Path, kind: str, flavour: str
) -> None:
    call, check = CALLS[kind]
    options: dict[str, Any] = {"api_key": KEY, "base_url": prism_url, "max_retries": 0}
    if flavour == "sync":
        with ops.Client(**options) as client:
            result = call(client, upload)
    else:

        async def main() -> Any:
            async with ops.AsyncClient(**options) as client:
                return await call(client, upload)

        result = asyncio.run(main())
    assert check(result), result


BAD_BODIES: list[tuple[str, Callable[[Any], Any], str]] = [
    ("multipart", lambda c: c.files.create_file(file=b"{}\n", purpose="poems"), "/purpose"),
    (
        "json",
        lambda c: c.organization.admin_api_keys.admin_api_keys_create(
            name="ci", expires_in_seconds=0
        ),
        "/expires_in_seconds",
    ),
]


@pytest.mark.parametrize(
    ("call", "pointer"), [b[1:] for b in BAD_BODIES], ids=[b[0] for b in BAD_BODIES]
)
def test_a_body_prism_refuses_our_validators_refuse(
    ops: ModuleType, prism_url: str, call: Callable[[Any], Any], pointer: str
) -> None:
    options: dict[str, Any] = {"api_key": KEY, "base_url": prism_url, "max_retries": 0}
    with ops.Client(**options) as checked, pytest.raises(ops.ValidationError) as ours:
        call(checked)
    assert [issue.pointer for issue in ours.value.issues] == [pointer]
    with (
        ops.Client(**options, validate_requests=False) as unchecked,
        pytest.raises(ops.UnprocessableEntityError) as theirs,
    ):
        call(unchecked)
    locations = [p["location"] for p in theirs.value.body["validation"]]
    assert locations == [["body", pointer.lstrip("/")]]


# Values Prism accepts or refuses, and where it says the problem is: our validators agree.
# (Prism does not check the items of an array parameter named `event_types[]`; ours do, as
# tests/test_client_operations.py shows.)
PARAMETERS: list[tuple[str, Callable[[Any], Any], str | None]] = [
    ("enum-accepted", lambda c: c.files.list_files(order="asc"), None),
    ("enum-refused", lambda c: c.files.list_files(order="sideways"), "/query/order"),
    ("integer-accepted", lambda c: c.files.list_files(limit=0), None),
    ("integer-refused", lambda c: c.files.list_files(limit="many"), "/query/limit"),
    (
        "fraction-refused",
        lambda c: c.fine_tuning.list_paginated_fine_tuning_jobs(limit=1.5),
        "/query/limit",
    ),
    (
        "boolean-refused",
        lambda c: c.audit_logs.list_audit_logs(tenant_only="maybe"),
        "/query/tenant_only",
    ),
    (
        "object-accepted",
        lambda c: c.audit_logs.list_audit_logs(effective_at={"gt": 1}, tenant_only=True),
        None,
    ),
    (
        "object-property-refused",
        lambda c: c.audit_logs.list_audit_logs(effective_at={"gt": "soon"}),
        "/query/effective_at/gt",
    ),
    (
        "array-accepted",
        lambda c: c.audit_logs.list_audit_logs(event_types=["api_key.created"]),
        None,
    ),
]


@pytest.mark.parametrize(
    ("call", "pointer"), [p[1:] for p in PARAMETERS], ids=[p[0] for p in PARAMETERS]
)
def test_parameters_prism_accepts_or_refuses_our_validators_do_too(
    ops: ModuleType, prism_url: str, call: Callable[[Any], Any], pointer: str | None
) -> None:
    options: dict[str, Any] = {"api_key": KEY, "base_url": prism_url, "max_retries": 0}
    with ops.Client(**options) as checked, ops.Client(**options, validate_requests=False) as raw:
        if pointer is None:
            call(checked)
            call(raw)
            return
        with pytest.raises(ops.ValidationError) as ours:
            call(checked)
        with pytest.raises(ops.UnprocessableEntityError) as theirs:
            call(raw)
    assert [issue.pointer for issue in ours.value.issues] == [pointer]
    locations = [p["location"] for p in theirs.value.body["validation"]]
    assert locations == [pointer.split("/")[1:]]
