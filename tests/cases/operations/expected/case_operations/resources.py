# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, overload

from . import _pagination, _params, _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._files import FileTypes
from ._pagination import AsyncCursorPage, SyncCursorPage
from ._response import BinaryResponse
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.new_note import NewNote
from .models.note import Note
from .models.note_event import NoteEvent
from .models.note_list import NoteList
from .models.order import Order
from .models.problem import Problem
from .models.read_note import ReadNoteBody
from .models.replace_note import ReplaceNoteBody

__all__ = ["AsyncAttachments", "AsyncNotes", "Attachments", "Notes"]


def _parse_note_event(data: Any) -> NoteEvent:
    if isinstance(data, dict) and _validators.is_valid_note(data):
        return _models.Note.from_dict(data)
    if isinstance(data, dict) and _validators.is_valid_problem(data):
        return _models.Problem.from_dict(data)
    result: NoteEvent = data
    return result


def _parse_attach_response(data: Any) -> list[Note] | Problem:
    if isinstance(data, list):
        return [_models.Note.from_dict(item) for item in data]
    if isinstance(data, dict):
        return _models.Problem.from_dict(data)
    raise ValueError("the answer fits none of list[Note] | Problem")


class Notes:
    """Operations under `client.notes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.attachments = Attachments(client)
        """`client.notes.attachments`"""

    def list_notes(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Order | NotGiven = NOT_GIVEN,
        filter: dict[str, JsonValue] | NotGiven = NOT_GIVEN,
        x_trace: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[NoteList, Note]:
        """Every note, a page at a time.

        Args:
            after: In the query string.

            tags: In the query string.

            limit: In the query string.

            order: In the query string.

            filter: In the query string.

            x_trace: A header.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/notes",
            parameters=[
                _params.Parameter(
                    "query", "after", after, "form", True, _validators.validate_list_notes_after
                ),
                _params.Parameter(
                    "query", "tags", tags, "form", True, _validators.validate_list_notes_tags
                ),
                _params.Parameter(
                    "query", "limit", limit, "form", True, _validators.validate_list_notes_limit
                ),
                _params.Parameter(
                    "query", "order", order, "form", True, _validators.validate_order
                ),
                _params.Parameter(
                    "query",
                    "filter",
                    filter,
                    "deepObject",
                    True,
                    _validators.validate_list_notes_filter,
                ),
                _params.Parameter(
                    "header",
                    "X-Trace",
                    x_trace,
                    "simple",
                    False,
                    _validators.validate_list_notes_x_trace,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_page(
            _options, _models.NoteList.from_dict, _pagination.Cursor("data", "data", None, "after")
        )

    @overload
    def create_note(
        self,
        params: NewNote,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note | Stream[NoteEvent]: ...

    @overload
    def create_note(
        self,
        /,
        *,
        text: str,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[NoteEvent]: ...

    @overload
    def create_note(
        self,
        /,
        *,
        text: str,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    @overload
    def create_note(
        self,
        /,
        *,
        text: str,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note | Stream[NoteEvent]: ...

    def create_note(
        self,
        params: NewNote | NotGiven = NOT_GIVEN,
        /,
        *,
        text: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note | Stream[NoteEvent]:
        """Call the operation createNote.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            text: -

            stream: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/notes",
            body=_request.request_body(
                params,
                _models.NewNote,
                {
                    "text": text,
                    "stream": stream,
                },
                _validators.validate_new_note,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if _options.asks_for("stream", True, default=False):
            return self._client.request_stream(_options, _parse_note_event)
        return self._client.request(_options, _models.Note.from_dict)

    def delete_note(
        self,
        *,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call the operation deleteNote.

        Args:
            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "DELETE",
            "/notes/{note_id}",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_delete_note_note_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_empty(_options)

    @overload
    def replace_note(
        self,
        params: ReplaceNoteBody,
        /,
        *,
        note_id: str,
        text_query: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    @overload
    def replace_note(
        self,
        /,
        *,
        note_id: str,
        text: str,
        text_query: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    def replace_note(
        self,
        params: ReplaceNoteBody | NotGiven = NOT_GIVEN,
        /,
        *,
        note_id: str,
        text: str | NotGiven = NOT_GIVEN,
        text_query: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call the operation replaceNote.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            text: -

            note_id: In the path.

            text_query: Taken by the body's property

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "PUT",
            "/notes/{note_id}",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_delete_note_note_id,
                ),
                _params.Parameter(
                    "query",
                    "text",
                    text_query,
                    "form",
                    True,
                    _validators.validate_replace_note_text,
                ),
            ],
            body=_request.request_body(
                params,
                _models.ReplaceNoteBody,
                {
                    "text": text,
                },
                _validators.validate_replace_note_body,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request(_options, _models.Note.from_dict)

    @overload
    def read_note(
        self,
        params: ReadNoteBody,
        /,
        *,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str | Stream[NoteEvent]: ...

    @overload
    def read_note(
        self,
        /,
        *,
        note_id: str,
        mode: Literal["sse"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[NoteEvent]: ...

    @overload
    def read_note(
        self,
        /,
        *,
        note_id: str,
        mode: Literal["text"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def read_note(
        self,
        /,
        *,
        note_id: str,
        mode: Literal["sse", "text"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str | Stream[NoteEvent]: ...

    def read_note(
        self,
        params: ReadNoteBody | NotGiven = NOT_GIVEN,
        /,
        *,
        note_id: str,
        mode: Literal["sse", "text"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str | Stream[NoteEvent]:
        """Call the operation readNote.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            mode: The server's default: `"sse"`.

            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/notes/{note_id}/reading",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_read_note_note_id,
                ),
            ],
            body=_request.request_body(
                params,
                _models.ReadNoteBody,
                {
                    "mode": mode,
                },
                _validators.validate_read_note_body,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if _options.asks_for("mode", "sse", default=True):
            return self._client.request_stream(_options, _parse_note_event)
        return self._client.request_text(_options)

    def download_note(
        self,
        *,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Call the operation downloadNote.

        Args:
            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/notes/{note_id}/pdf",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_download_note_note_id,
                ),
            ],
            headers={"Accept": "application/pdf"},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_binary(_options)


class Attachments:
    """Operations under `client.notes.attachments`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def attach(
        self,
        *,
        note_id: str,
        file: FileTypes,
        pages: list[FileTypes] | NotGiven = NOT_GIVEN,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Note] | Problem:
        """Call the operation attach.

        Args:
            file: -

            pages: -

            caption: Constraints: at most 20 characters.

            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/notes/{note_id}/attachments",
            parameters=[
                _params.Parameter(
                    "path", "note_id", note_id, "simple", False, _validators.validate_attach_note_id
                ),
            ],
            body=_request.multipart_body(
                _models.AttachBody,
                {
                    "file": file,
                    "pages": pages,
                    "caption": caption,
                },
                {"file": "file", "pages": "pages"},
                _validators.validate_attach_body,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(_options, _parse_attach_response)


class AsyncNotes:
    """Operations under `client.notes`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.attachments = AsyncAttachments(client)
        """`client.notes.attachments`"""

    async def list_notes(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Order | NotGiven = NOT_GIVEN,
        filter: dict[str, JsonValue] | NotGiven = NOT_GIVEN,
        x_trace: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[NoteList, Note]:
        """Every note, a page at a time.

        Args:
            after: In the query string.

            tags: In the query string.

            limit: In the query string.

            order: In the query string.

            filter: In the query string.

            x_trace: A header.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/notes",
            parameters=[
                _params.Parameter(
                    "query", "after", after, "form", True, _validators.validate_list_notes_after
                ),
                _params.Parameter(
                    "query", "tags", tags, "form", True, _validators.validate_list_notes_tags
                ),
                _params.Parameter(
                    "query", "limit", limit, "form", True, _validators.validate_list_notes_limit
                ),
                _params.Parameter(
                    "query", "order", order, "form", True, _validators.validate_order
                ),
                _params.Parameter(
                    "query",
                    "filter",
                    filter,
                    "deepObject",
                    True,
                    _validators.validate_list_notes_filter,
                ),
                _params.Parameter(
                    "header",
                    "X-Trace",
                    x_trace,
                    "simple",
                    False,
                    _validators.validate_list_notes_x_trace,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_page(
            _options, _models.NoteList.from_dict, _pagination.Cursor("data", "data", None, "after")
        )

    @overload
    async def create_note(
        self,
        params: NewNote,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note | AsyncStream[NoteEvent]: ...

    @overload
    async def create_note(
        self,
        /,
        *,
        text: str,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[NoteEvent]: ...

    @overload
    async def create_note(
        self,
        /,
        *,
        text: str,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    @overload
    async def create_note(
        self,
        /,
        *,
        text: str,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note | AsyncStream[NoteEvent]: ...

    async def create_note(
        self,
        params: NewNote | NotGiven = NOT_GIVEN,
        /,
        *,
        text: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note | AsyncStream[NoteEvent]:
        """Call the operation createNote.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            text: -

            stream: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/notes",
            body=_request.request_body(
                params,
                _models.NewNote,
                {
                    "text": text,
                    "stream": stream,
                },
                _validators.validate_new_note,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if _options.asks_for("stream", True, default=False):
            return await self._client.request_stream(_options, _parse_note_event)
        return await self._client.request(_options, _models.Note.from_dict)

    async def delete_note(
        self,
        *,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call the operation deleteNote.

        Args:
            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "DELETE",
            "/notes/{note_id}",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_delete_note_note_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_empty(_options)

    @overload
    async def replace_note(
        self,
        params: ReplaceNoteBody,
        /,
        *,
        note_id: str,
        text_query: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    @overload
    async def replace_note(
        self,
        /,
        *,
        note_id: str,
        text: str,
        text_query: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    async def replace_note(
        self,
        params: ReplaceNoteBody | NotGiven = NOT_GIVEN,
        /,
        *,
        note_id: str,
        text: str | NotGiven = NOT_GIVEN,
        text_query: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call the operation replaceNote.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            text: -

            note_id: In the path.

            text_query: Taken by the body's property

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "PUT",
            "/notes/{note_id}",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_delete_note_note_id,
                ),
                _params.Parameter(
                    "query",
                    "text",
                    text_query,
                    "form",
                    True,
                    _validators.validate_replace_note_text,
                ),
            ],
            body=_request.request_body(
                params,
                _models.ReplaceNoteBody,
                {
                    "text": text,
                },
                _validators.validate_replace_note_body,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request(_options, _models.Note.from_dict)

    @overload
    async def read_note(
        self,
        params: ReadNoteBody,
        /,
        *,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str | AsyncStream[NoteEvent]: ...

    @overload
    async def read_note(
        self,
        /,
        *,
        note_id: str,
        mode: Literal["sse"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[NoteEvent]: ...

    @overload
    async def read_note(
        self,
        /,
        *,
        note_id: str,
        mode: Literal["text"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    async def read_note(
        self,
        /,
        *,
        note_id: str,
        mode: Literal["sse", "text"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str | AsyncStream[NoteEvent]: ...

    async def read_note(
        self,
        params: ReadNoteBody | NotGiven = NOT_GIVEN,
        /,
        *,
        note_id: str,
        mode: Literal["sse", "text"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str | AsyncStream[NoteEvent]:
        """Call the operation readNote.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            mode: The server's default: `"sse"`.

            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/notes/{note_id}/reading",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_read_note_note_id,
                ),
            ],
            body=_request.request_body(
                params,
                _models.ReadNoteBody,
                {
                    "mode": mode,
                },
                _validators.validate_read_note_body,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if _options.asks_for("mode", "sse", default=True):
            return await self._client.request_stream(_options, _parse_note_event)
        return await self._client.request_text(_options)

    async def download_note(
        self,
        *,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Call the operation downloadNote.

        Args:
            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/notes/{note_id}/pdf",
            parameters=[
                _params.Parameter(
                    "path",
                    "note_id",
                    note_id,
                    "simple",
                    False,
                    _validators.validate_download_note_note_id,
                ),
            ],
            headers={"Accept": "application/pdf"},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_binary(_options)


class AsyncAttachments:
    """Operations under `client.notes.attachments`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def attach(
        self,
        *,
        note_id: str,
        file: FileTypes,
        pages: list[FileTypes] | NotGiven = NOT_GIVEN,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Note] | Problem:
        """Call the operation attach.

        Args:
            file: -

            pages: -

            caption: Constraints: at most 20 characters.

            note_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/notes/{note_id}/attachments",
            parameters=[
                _params.Parameter(
                    "path", "note_id", note_id, "simple", False, _validators.validate_attach_note_id
                ),
            ],
            body=_request.multipart_body(
                _models.AttachBody,
                {
                    "file": file,
                    "pages": pages,
                    "caption": caption,
                },
                {"file": "file", "pages": "pages"},
                _validators.validate_attach_body,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(_options, _parse_attach_response)
