# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import overload

from . import _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.adopted import Adopted
from .models.adoption import Adoption
from .models.cat import Cat
from .models.dog import Dog
from .models.receipt import Receipt

__all__ = ["AsyncPets", "Pets"]


class Pets:
    """Operations under `client.pets`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def adopt(
        self,
        params: Adoption,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Adopted: ...

    @overload
    def adopt(
        self,
        /,
        *,
        pet: Cat | Dog,
        note: str | NotGiven = NOT_GIVEN,
        receipt: Receipt | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Adopted: ...

    def adopt(
        self,
        params: Adoption | NotGiven = NOT_GIVEN,
        /,
        *,
        pet: Cat | Dog | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        receipt: Receipt | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Adopted:
        """Call the operation adopt.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            pet: -

            note: -

            receipt: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/adopt",
            body=_request.request_body(
                params,
                _models.Adoption,
                {
                    "pet": pet,
                    "note": note,
                    "receipt": receipt,
                },
                _validators.validate_adoption,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request(_options, _models.Adopted.from_dict)


class AsyncPets:
    """Operations under `client.pets`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def adopt(
        self,
        params: Adoption,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Adopted: ...

    @overload
    async def adopt(
        self,
        /,
        *,
        pet: Cat | Dog,
        note: str | NotGiven = NOT_GIVEN,
        receipt: Receipt | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Adopted: ...

    async def adopt(
        self,
        params: Adoption | NotGiven = NOT_GIVEN,
        /,
        *,
        pet: Cat | Dog | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        receipt: Receipt | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Adopted:
        """Call the operation adopt.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            pet: -

            note: -

            receipt: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/adopt",
            body=_request.request_body(
                params,
                _models.Adoption,
                {
                    "pet": pet,
                    "note": note,
                    "receipt": receipt,
                },
                _validators.validate_adoption,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request(_options, _models.Adopted.from_dict)
