# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import overload

from . import _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.field_spec import FieldSpec
from .models.json_value_count import JsonValueCount
from .models.literal_text import LiteralText
from .models.mapping_entry import MappingEntry
from .models.not_given_reason import NotGivenReason
from .models.note import Note
from .models.type_alias_names import TypeAliasNames

__all__ = ["AsyncNotes", "Notes"]


class Notes:
    """Operations under `client.notes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        params: Note,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    @overload
    def create(
        self,
        /,
        *,
        title: LiteralText,
        spec: FieldSpec,
        entries: Iterable[MappingEntry],
        reason: NotGivenReason,
        aliases: TypeAliasNames,
        count: JsonValueCount,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    def create(
        self,
        params: Note | NotGiven = NOT_GIVEN,
        /,
        *,
        title: LiteralText | NotGiven = NOT_GIVEN,
        spec: FieldSpec | NotGiven = NOT_GIVEN,
        entries: Iterable[MappingEntry] | NotGiven = NOT_GIVEN,
        reason: NotGivenReason | NotGiven = NOT_GIVEN,
        aliases: TypeAliasNames | NotGiven = NOT_GIVEN,
        count: JsonValueCount | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call the operation create.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            title: -

            spec: -

            entries: -

            reason: -

            aliases: -

            count: -

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
                _models.Note,
                {
                    "title": title,
                    "spec": spec,
                    "entries": entries,
                    "reason": reason,
                    "aliases": aliases,
                    "count": count,
                },
                _validators.validate_note,
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


class AsyncNotes:
    """Operations under `client.notes`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        params: Note,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    @overload
    async def create(
        self,
        /,
        *,
        title: LiteralText,
        spec: FieldSpec,
        entries: Iterable[MappingEntry],
        reason: NotGivenReason,
        aliases: TypeAliasNames,
        count: JsonValueCount,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note: ...

    async def create(
        self,
        params: Note | NotGiven = NOT_GIVEN,
        /,
        *,
        title: LiteralText | NotGiven = NOT_GIVEN,
        spec: FieldSpec | NotGiven = NOT_GIVEN,
        entries: Iterable[MappingEntry] | NotGiven = NOT_GIVEN,
        reason: NotGivenReason | NotGiven = NOT_GIVEN,
        aliases: TypeAliasNames | NotGiven = NOT_GIVEN,
        count: JsonValueCount | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call the operation create.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            title: -

            spec: -

            entries: -

            reason: -

            aliases: -

            count: -

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
                _models.Note,
                {
                    "title": title,
                    "spec": spec,
                    "entries": entries,
                    "reason": reason,
                    "aliases": aliases,
                    "count": count,
                },
                _validators.validate_note,
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
