# Generated from tests/cases/open_enum/spec.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from . import _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.speak_request import SpeakRequest, SpeakRequestOptions
from .models.speak_result import SpeakResult

__all__ = ["AsyncSpeech", "Speech"]


class Speech:
    """Operations under `client.speech`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def speak(
        self,
        params: SpeakRequest | NotGiven = NOT_GIVEN,
        /,
        *,
        voice: Literal["alloy", "ash"] | str | NotGiven = NOT_GIVEN,
        format: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        options: SpeakRequestOptions | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpeakResult:
        """Call the operation speak.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            voice: Any voice name; these are known.

            format: -

            options: No additionalProperties here, so a request may carry more.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/speak",
            body=_request.request_body(
                params,
                _models.SpeakRequest,
                {
                    "voice": voice,
                    "format": format,
                    "options": options,
                },
                _validators.validate_speak_request,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request(_options, _models.SpeakResult.from_dict)


class AsyncSpeech:
    """Operations under `client.speech`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def speak(
        self,
        params: SpeakRequest | NotGiven = NOT_GIVEN,
        /,
        *,
        voice: Literal["alloy", "ash"] | str | NotGiven = NOT_GIVEN,
        format: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        options: SpeakRequestOptions | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpeakResult:
        """Call the operation speak.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            voice: Any voice name; these are known.

            format: -

            options: No additionalProperties here, so a request may carry more.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/speak",
            body=_request.request_body(
                params,
                _models.SpeakRequest,
                {
                    "voice": voice,
                    "format": format,
                    "options": options,
                },
                _validators.validate_speak_request,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request(_options, _models.SpeakResult.from_dict)
