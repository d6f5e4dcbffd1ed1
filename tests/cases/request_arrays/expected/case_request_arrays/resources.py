# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import overload

from . import _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.label_request import LabelRequest
from .models.label_result import LabelResult
from .models.point import Point
from .models.tags import Tags

__all__ = ["AsyncLabels", "Labels"]


class Labels:
    """Operations under `client.labels`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def label(
        self,
        params: LabelRequest,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LabelResult: ...

    @overload
    def label(
        self,
        /,
        *,
        points: Iterable[Point],
        grid: Iterable[Sequence[int]] | NotGiven = NOT_GIVEN,
        tags: Tags | NotGiven = NOT_GIVEN,
        weights: Iterable[float] | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LabelResult: ...

    def label(
        self,
        params: LabelRequest | NotGiven = NOT_GIVEN,
        /,
        *,
        points: Iterable[Point] | NotGiven = NOT_GIVEN,
        grid: Iterable[Sequence[int]] | NotGiven = NOT_GIVEN,
        tags: Tags | NotGiven = NOT_GIVEN,
        weights: Iterable[float] | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LabelResult:
        """Call the operation label.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            points: -

            grid: -

            tags: -

            weights: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/label",
            body=_request.request_body(
                params,
                _models.LabelRequest,
                {
                    "points": points,
                    "grid": grid,
                    "tags": tags,
                    "weights": weights,
                },
                _validators.validate_label_request,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request(_options, _models.LabelResult.from_dict)


class AsyncLabels:
    """Operations under `client.labels`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def label(
        self,
        params: LabelRequest,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LabelResult: ...

    @overload
    async def label(
        self,
        /,
        *,
        points: Iterable[Point],
        grid: Iterable[Sequence[int]] | NotGiven = NOT_GIVEN,
        tags: Tags | NotGiven = NOT_GIVEN,
        weights: Iterable[float] | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LabelResult: ...

    async def label(
        self,
        params: LabelRequest | NotGiven = NOT_GIVEN,
        /,
        *,
        points: Iterable[Point] | NotGiven = NOT_GIVEN,
        grid: Iterable[Sequence[int]] | NotGiven = NOT_GIVEN,
        tags: Tags | NotGiven = NOT_GIVEN,
        weights: Iterable[float] | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LabelResult:
        """Call the operation label.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            points: -

            grid: -

            tags: -

            weights: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/label",
            body=_request.request_body(
                params,
                _models.LabelRequest,
                {
                    "points": points,
                    "grid": grid,
                    "tags": tags,
                    "weights": weights,
                },
                _validators.validate_label_request,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request(_options, _models.LabelResult.from_dict)
