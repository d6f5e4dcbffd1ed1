# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from . import _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.session_create_params import SessionCreateParams
from .models.session_create_params_client_secret import SessionCreateParamsClientSecret
from .models.session_create_params_input_audio_noise_reduction import (
    SessionCreateParamsInputAudioNoiseReduction,
)
from .models.session_create_params_input_audio_transcription import (
    SessionCreateParamsInputAudioTranscription,
)
from .models.session_create_params_tool import SessionCreateParamsTool
from .models.session_create_params_tracing_configuration import (
    SessionCreateParamsTracingConfiguration,
)
from .models.session_create_params_turn_detection import SessionCreateParamsTurnDetection
from .models.session_create_response import SessionCreateResponse

__all__ = ["AsyncBeta", "AsyncRealtime", "AsyncSessions", "Beta", "Realtime", "Sessions"]


class Beta:
    """Operations under `client.beta`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.realtime = Realtime(client)
        """`client.beta.realtime`"""


class Realtime:
    """Operations under `client.beta.realtime`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.sessions = Sessions(client)
        """`client.beta.realtime.sessions`"""


class Sessions:
    """Operations under `client.beta.realtime.sessions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        params: SessionCreateParams | NotGiven = NOT_GIVEN,
        /,
        *,
        client_secret: SessionCreateParamsClientSecret | NotGiven = NOT_GIVEN,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN,
        input_audio_noise_reduction: (
            SessionCreateParamsInputAudioNoiseReduction | NotGiven | None
        ) = NOT_GIVEN,
        input_audio_transcription: (
            SessionCreateParamsInputAudioTranscription | NotGiven | None
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        modalities: Iterable[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        model: (
            Literal[
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        tools: Iterable[SessionCreateParamsTool] | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"] | SessionCreateParamsTracingConfiguration | NotGiven | None
        ) = NOT_GIVEN,
        turn_detection: SessionCreateParamsTurnDetection | NotGiven | None = NOT_GIVEN,
        voice: (
            Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the Realtime API.
        Can be configured with the same session parameters as the `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains a usable
        ephemeral API token that can be used to authenticate browser clients for the Realtime
        API.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            client_secret: Configuration options for the generated client secret.

            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`. For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
                single channel (mono), and little-endian byte order.

            input_audio_noise_reduction: Configuration for input audio noise reduction. This can
                be set to `null` to turn off. Noise reduction filters audio added to the input
                audio buffer before it is sent to VAD and the model. Filtering the audio can
                improve VAD and turn detection accuracy (reducing false positives) and model
                performance by improving perception of the input audio.

            input_audio_transcription: Configuration for input audio transcription, defaults to
                off and can be set to `null` to turn off once on. Input audio transcription is
                not native to the model, since the model consumes audio directly. Transcription
                runs asynchronously through [the /audio/transcriptions
                endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription)
                and should be treated as guidance of input audio content rather than precisely
                what the model heard. The client can optionally set the language and prompt for
                transcription, these offer additional guidance to the transcription service.

                The server's default: `null`.

            instructions: The default system instructions (i.e. system message) prepended to
                model calls. This field allows the client to guide the model on desired
                responses. The model can be instructed on response content and format, (e.g. "be
                extremely succinct", "act friendly", "here are examples of good responses") and
                on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh
                frequently"). The instructions are not guaranteed to be followed by the model,
                but they provide guidance to the model on the desired behavior.

                Note that the server sets default instructions which will be used if this field
                is not set and are visible in the `session.created` event at the start of the
                session.

            max_response_output_tokens: Maximum number of output tokens for a single assistant
                response, inclusive of tool calls. Provide an integer between 1 and 4096 to
                limit output tokens, or `inf` for the maximum available tokens for a given
                model. Defaults to `inf`.

                The server's default: `"inf"`.

            modalities: The set of modalities the model can respond with. To disable audio, set
                this to ["text"].

            model: The Realtime model used for this session.

            output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`,
                or `g711_alaw`. For `pcm16`, output audio is sampled at a rate of 24kHz.

            speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
                the minimum speed. 1.5 is the maximum speed. This value can only be changed in
                between model turns, not while a response is in progress.

                Constraints: >= 0.25, <= 1.5. The server's default: `1.0`.

            temperature: Sampling temperature for the model, limited to [0.6, 1.2]. For audio
                models a temperature of 0.8 is highly recommended for best performance.

                Constraints: >= 0.6, <= 1.2. The server's default: `0.8`.

            tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
                specify a function.

            tools: Tools (functions) available to the model.

            tracing: Configuration options for tracing. Set to null to disable tracing. Once
                tracing is enabled for a session, the configuration cannot be modified.

                `auto` will create a trace for the session with default values for the workflow
                name, group id, and metadata.

            turn_detection: Configuration for turn detection, ether Server VAD or Semantic VAD.
                This can be set to `null` to turn off, in which case the client must manually
                trigger model response. Server VAD means that the model will detect the start
                and end of speech based on audio volume and respond at the end of user speech.
                Semantic VAD is more advanced and uses a turn detection model (in conjunction
                with VAD) to semantically estimate whether the user has finished speaking, then
                dynamically sets a timeout based on this probability. For example, if user audio
                trails off with "uhhm", the model will score a low probability of turn end and
                wait longer for the user to continue speaking. This can be useful for more
                natural conversations, but may have a higher latency.

            voice: The voice the model uses to respond. Voice cannot be changed during the
                session once the model has responded with audio at least once. Current voice
                options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, and
                `verse`.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/realtime/sessions",
            body=_request.request_body(
                params,
                _models.SessionCreateParams,
                {
                    "client_secret": client_secret,
                    "input_audio_format": input_audio_format,
                    "input_audio_noise_reduction": input_audio_noise_reduction,
                    "input_audio_transcription": input_audio_transcription,
                    "instructions": instructions,
                    "max_response_output_tokens": max_response_output_tokens,
                    "modalities": modalities,
                    "model": model,
                    "output_audio_format": output_audio_format,
                    "speed": speed,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "tracing": tracing,
                    "turn_detection": turn_detection,
                    "voice": voice,
                },
                _validators.validate_session_create_params,
                enabled=self._client.validate_requests,
            ),
            headers={"OpenAI-Beta": "assistants=v2"},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request(_options, _models.SessionCreateResponse.from_dict)


class AsyncBeta:
    """Operations under `client.beta`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.realtime = AsyncRealtime(client)
        """`client.beta.realtime`"""


class AsyncRealtime:
    """Operations under `client.beta.realtime`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.sessions = AsyncSessions(client)
        """`client.beta.realtime.sessions`"""


class AsyncSessions:
    """Operations under `client.beta.realtime.sessions`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        params: SessionCreateParams | NotGiven = NOT_GIVEN,
        /,
        *,
        client_secret: SessionCreateParamsClientSecret | NotGiven = NOT_GIVEN,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN,
        input_audio_noise_reduction: (
            SessionCreateParamsInputAudioNoiseReduction | NotGiven | None
        ) = NOT_GIVEN,
        input_audio_transcription: (
            SessionCreateParamsInputAudioTranscription | NotGiven | None
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        modalities: Iterable[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        model: (
            Literal[
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        tools: Iterable[SessionCreateParamsTool] | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"] | SessionCreateParamsTracingConfiguration | NotGiven | None
        ) = NOT_GIVEN,
        turn_detection: SessionCreateParamsTurnDetection | NotGiven | None = NOT_GIVEN,
        voice: (
            Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the Realtime API.
        Can be configured with the same session parameters as the `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains a usable
        ephemeral API token that can be used to authenticate browser clients for the Realtime
        API.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            client_secret: Configuration options for the generated client secret.

            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`. For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
                single channel (mono), and little-endian byte order.

            input_audio_noise_reduction: Configuration for input audio noise reduction. This can
                be set to `null` to turn off. Noise reduction filters audio added to the input
                audio buffer before it is sent to VAD and the model. Filtering the audio can
                improve VAD and turn detection accuracy (reducing false positives) and model
                performance by improving perception of the input audio.

            input_audio_transcription: Configuration for input audio transcription, defaults to
                off and can be set to `null` to turn off once on. Input audio transcription is
                not native to the model, since the model consumes audio directly. Transcription
                runs asynchronously through [the /audio/transcriptions
                endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription)
                and should be treated as guidance of input audio content rather than precisely
                what the model heard. The client can optionally set the language and prompt for
                transcription, these offer additional guidance to the transcription service.

                The server's default: `null`.

            instructions: The default system instructions (i.e. system message) prepended to
                model calls. This field allows the client to guide the model on desired
                responses. The model can be instructed on response content and format, (e.g. "be
                extremely succinct", "act friendly", "here are examples of good responses") and
                on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh
                frequently"). The instructions are not guaranteed to be followed by the model,
                but they provide guidance to the model on the desired behavior.

                Note that the server sets default instructions which will be used if this field
                is not set and are visible in the `session.created` event at the start of the
                session.

            max_response_output_tokens: Maximum number of output tokens for a single assistant
                response, inclusive of tool calls. Provide an integer between 1 and 4096 to
                limit output tokens, or `inf` for the maximum available tokens for a given
                model. Defaults to `inf`.

                The server's default: `"inf"`.

            modalities: The set of modalities the model can respond with. To disable audio, set
                this to ["text"].

            model: The Realtime model used for this session.

            output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`,
                or `g711_alaw`. For `pcm16`, output audio is sampled at a rate of 24kHz.

            speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
                the minimum speed. 1.5 is the maximum speed. This value can only be changed in
                between model turns, not while a response is in progress.

                Constraints: >= 0.25, <= 1.5. The server's default: `1.0`.

            temperature: Sampling temperature for the model, limited to [0.6, 1.2]. For audio
                models a temperature of 0.8 is highly recommended for best performance.

                Constraints: >= 0.6, <= 1.2. The server's default: `0.8`.

            tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
                specify a function.

            tools: Tools (functions) available to the model.

            tracing: Configuration options for tracing. Set to null to disable tracing. Once
                tracing is enabled for a session, the configuration cannot be modified.

                `auto` will create a trace for the session with default values for the workflow
                name, group id, and metadata.

            turn_detection: Configuration for turn detection, ether Server VAD or Semantic VAD.
                This can be set to `null` to turn off, in which case the client must manually
                trigger model response. Server VAD means that the model will detect the start
                and end of speech based on audio volume and respond at the end of user speech.
                Semantic VAD is more advanced and uses a turn detection model (in conjunction
                with VAD) to semantically estimate whether the user has finished speaking, then
                dynamically sets a timeout based on this probability. For example, if user audio
                trails off with "uhhm", the model will score a low probability of turn end and
                wait longer for the user to continue speaking. This can be useful for more
                natural conversations, but may have a higher latency.

            voice: The voice the model uses to respond. Voice cannot be changed during the
                session once the model has responded with audio at least once. Current voice
                options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, and
                `verse`.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/realtime/sessions",
            body=_request.request_body(
                params,
                _models.SessionCreateParams,
                {
                    "client_secret": client_secret,
                    "input_audio_format": input_audio_format,
                    "input_audio_noise_reduction": input_audio_noise_reduction,
                    "input_audio_transcription": input_audio_transcription,
                    "instructions": instructions,
                    "max_response_output_tokens": max_response_output_tokens,
                    "modalities": modalities,
                    "model": model,
                    "output_audio_format": output_audio_format,
                    "speed": speed,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "tracing": tracing,
                    "turn_detection": turn_detection,
                    "voice": voice,
                },
                _validators.validate_session_create_params,
                enabled=self._client.validate_requests,
            ),
            headers={"OpenAI-Beta": "assistants=v2"},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request(_options, _models.SessionCreateResponse.from_dict)
