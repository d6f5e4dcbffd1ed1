# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Mapping

from . import _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.run import (
    Run,
    RunCaption,
    RunImage,
    RunItemReferenceInputMessages,
    RunShapeVariant0,
    RunShapeVariant1,
    RunTemplateInputMessages,
    RunTracing,
)
from .models.transcription_session_create_request_audio_input_configuration import (
    TranscriptionSessionCreateRequestAudioInputConfiguration,
)

__all__ = ["AsyncRuns", "Runs"]


class Runs:
    """Operations under `client.runs`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_run(
        self,
        params: Run | NotGiven = NOT_GIVEN,
        /,
        *,
        audio_input: (
            TranscriptionSessionCreateRequestAudioInputConfiguration | NotGiven
        ) = NOT_GIVEN,
        image: RunImage | NotGiven = NOT_GIVEN,
        tracing: RunTracing | NotGiven | None = NOT_GIVEN,
        input_messages: (
            RunTemplateInputMessages | RunItemReferenceInputMessages | NotGiven
        ) = NOT_GIVEN,
        shape: RunShapeVariant0 | RunShapeVariant1 | NotGiven = NOT_GIVEN,
        caption: RunCaption | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call the operation createRun.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            audio_input: -

            image: -

            tracing: -

            input_messages: -

            shape: -

            caption: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/runs",
            body=_request.request_body(
                params,
                _models.Run,
                {
                    "audio_input": audio_input,
                    "image": image,
                    "tracing": tracing,
                    "input_messages": input_messages,
                    "shape": shape,
                    "caption": caption,
                },
                _validators.validate_run,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_empty(_options)


class AsyncRuns:
    """Operations under `client.runs`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_run(
        self,
        params: Run | NotGiven = NOT_GIVEN,
        /,
        *,
        audio_input: (
            TranscriptionSessionCreateRequestAudioInputConfiguration | NotGiven
        ) = NOT_GIVEN,
        image: RunImage | NotGiven = NOT_GIVEN,
        tracing: RunTracing | NotGiven | None = NOT_GIVEN,
        input_messages: (
            RunTemplateInputMessages | RunItemReferenceInputMessages | NotGiven
        ) = NOT_GIVEN,
        shape: RunShapeVariant0 | RunShapeVariant1 | NotGiven = NOT_GIVEN,
        caption: RunCaption | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call the operation createRun.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            audio_input: -

            image: -

            tracing: -

            input_messages: -

            shape: -

            caption: -

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/runs",
            body=_request.request_body(
                params,
                _models.Run,
                {
                    "audio_input": audio_input,
                    "image": image,
                    "tracing": tracing,
                    "input_messages": input_messages,
                    "shape": shape,
                    "caption": caption,
                },
                _validators.validate_run,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_empty(_options)
