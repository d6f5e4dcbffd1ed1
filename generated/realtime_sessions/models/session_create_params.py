# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object, to_json
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue
from .session_create_params_client_secret import SessionCreateParamsClientSecret
from .session_create_params_input_audio_noise_reduction import (
    SessionCreateParamsInputAudioNoiseReduction,
)
from .session_create_params_input_audio_transcription import (
    SessionCreateParamsInputAudioTranscription,
)
from .session_create_params_tool import SessionCreateParamsTool
from .session_create_params_tracing_configuration import SessionCreateParamsTracingConfiguration
from .session_create_params_turn_detection import SessionCreateParamsTurnDetection

__all__ = ["SessionCreateParams"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset(
    {
        "client_secret",
        "input_audio_format",
        "input_audio_noise_reduction",
        "input_audio_transcription",
        "instructions",
        "max_response_output_tokens",
        "modalities",
        "model",
        "output_audio_format",
        "speed",
        "temperature",
        "tool_choice",
        "tools",
        "tracing",
        "turn_detection",
        "voice",
    }
)
_ENUM_1 = frozenset({"pcm16", "g711_ulaw", "g711_alaw"})
_ENUM_2 = frozenset({"text", "audio"})
_ENUM_3 = frozenset(
    {
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
    }
)
_ENUM_4 = frozenset({"alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"})
_ENUM_5 = frozenset({"auto"})


def _parse_session_create_params_input_audio_noise_reduction(
    data: Any, path: str, issues: list[ValidationIssue]
) -> Any:
    if type(data) is dict or isinstance(data, dict):
        return SessionCreateParamsInputAudioNoiseReduction._parse(data, path, issues)
    elif data is not None:
        issues.append(
            ValidationIssue(
                path, "anyOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


def _parse_session_create_params_input_audio_transcription(
    data: Any, path: str, issues: list[ValidationIssue]
) -> Any:
    if type(data) is dict or isinstance(data, dict):
        return SessionCreateParamsInputAudioTranscription._parse(data, path, issues)
    elif data is not None:
        issues.append(
            ValidationIssue(
                path, "anyOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


def _parse_session_create_params_tracing(
    data: Any, path: str, issues: list[ValidationIssue]
) -> Any:
    if type(data) is dict or isinstance(data, dict):
        return SessionCreateParamsTracingConfiguration._parse(data, path, issues)
    elif not (data is None or ((type(data) is str or isinstance(data, str)) and data in _ENUM_5)):
        if type(data) is str or isinstance(data, str):
            if data not in _ENUM_5:
                issues.append(ValidationIssue(path, "enum", repr(data) + " is not one of ['auto']"))
        else:
            issues.append(
                ValidationIssue(
                    path, "anyOf", repr(data) + " is not valid under any of the given schemas"
                )
            )
    return data


def _parse_session_create_params_turn_detection(
    data: Any, path: str, issues: list[ValidationIssue]
) -> Any:
    if type(data) is dict or isinstance(data, dict):
        return SessionCreateParamsTurnDetection._parse(data, path, issues)
    elif data is not None:
        issues.append(
            ValidationIssue(
                path, "anyOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


def _is_session_params_max_response_output_tokens_any_of_0(data: object) -> bool:
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        return False
    if data < 1:
        return False
    return not (data > 4096)


@dataclass(kw_only=True, slots=True)
class SessionCreateParams(Model):
    """Schema: `#/components/schemas/SessionCreateParams`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "client_secret",
            "input_audio_format",
            "input_audio_noise_reduction",
            "input_audio_transcription",
            "instructions",
            "max_response_output_tokens",
            "modalities",
            "model",
            "output_audio_format",
            "speed",
            "temperature",
            "tool_choice",
            "tools",
            "tracing",
            "turn_detection",
            "voice",
        )
    )
    _refuse_unknown: ClassVar[bool] = True

    client_secret: SessionCreateParamsClientSecret | NotGiven = NOT_GIVEN
    """Configuration options for the generated client secret."""

    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`,
    input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and
    little-endian byte order.
    """

    input_audio_noise_reduction: SessionCreateParamsInputAudioNoiseReduction | NotGiven | None = (
        NOT_GIVEN
    )
    """Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise
    reduction filters audio added to the input audio buffer before it is sent to VAD and the
    model. Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.
    """

    input_audio_transcription: SessionCreateParamsInputAudioTranscription | NotGiven | None = (
        NOT_GIVEN
    )
    """Configuration for input audio transcription, defaults to off and can be set to `null` to
    turn off once on. Input audio transcription is not native to the model, since the model
    consumes audio directly. Transcription runs asynchronously through [the
    /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and
    should be treated as guidance of input audio content rather than precisely what the model
    heard. The client can optionally set the language and prompt for transcription, these offer
    additional guidance to the transcription service.

    The server's default: `null`.
    """

    instructions: str | NotGiven = NOT_GIVEN
    """The default system instructions (i.e. system message) prepended to model calls. This field
    allows the client to guide the model on desired responses. The model can be instructed on
    response content and format, (e.g. "be extremely succinct", "act friendly", "here are
    examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by
    the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set
    and are visible in the `session.created` event at the start of the session.
    """

    max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN
    """Maximum number of output tokens for a single assistant response, inclusive of tool calls.
    Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum
    available tokens for a given model. Defaults to `inf`.

    The server's default: `"inf"`.
    """

    modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN
    """The set of modalities the model can respond with. To disable audio, set this to ["text"]."""

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
    ) = NOT_GIVEN
    """The Realtime model used for this session."""

    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`,
    output audio is sampled at a rate of 24kHz.
    """

    speed: float | NotGiven = NOT_GIVEN
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum
    speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not
    while a response is in progress.

    Constraints: >= 0.25, <= 1.5.
    The server's default: `1.0`.
    """

    temperature: float | NotGiven = NOT_GIVEN
    """Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a temperature of
    0.8 is highly recommended for best performance.

    Constraints: >= 0.6, <= 1.2.
    The server's default: `0.8`.
    """

    tool_choice: str | NotGiven = NOT_GIVEN
    """How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.
    """

    tools: Sequence[SessionCreateParamsTool] | NotGiven = NOT_GIVEN
    """Tools (functions) available to the model."""

    tracing: Literal["auto"] | SessionCreateParamsTracingConfiguration | NotGiven | None = NOT_GIVEN
    """Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled
    for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the workflow name, group
    id, and metadata.
    """

    turn_detection: SessionCreateParamsTurnDetection | NotGiven | None = NOT_GIVEN
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to
    `null` to turn off, in which case the client must manually trigger model response. Server
    VAD means that the model will detect the start and end of speech based on audio volume and
    respond at the end of user speech. Semantic VAD is more advanced and uses a turn detection
    model (in conjunction with VAD) to semantically estimate whether the user has finished
    speaking, then dynamically sets a timeout based on this probability. For example, if user
    audio trails off with "uhhm", the model will score a low probability of turn end and wait
    longer for the user to continue speaking. This can be useful for more natural conversations,
    but may have a higher latency.
    """

    voice: (
        Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]
        | str
        | NotGiven
    ) = NOT_GIVEN
    """The voice the model uses to respond. Voice cannot be changed during the session once the
    model has responded with audio at least once. Current voice options are `alloy`, `ash`,
    `ballad`, `coral`, `echo`, `sage`, `shimmer`, and `verse`.
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.client_secret, NotGiven):
            out["client_secret"] = to_json(self.client_secret)
        if not isinstance(self.input_audio_format, NotGiven):
            out["input_audio_format"] = self.input_audio_format
        if not isinstance(self.input_audio_noise_reduction, NotGiven):
            out["input_audio_noise_reduction"] = to_json(self.input_audio_noise_reduction)
        if not isinstance(self.input_audio_transcription, NotGiven):
            out["input_audio_transcription"] = to_json(self.input_audio_transcription)
        if not isinstance(self.instructions, NotGiven):
            out["instructions"] = self.instructions
        if not isinstance(self.max_response_output_tokens, NotGiven):
            out["max_response_output_tokens"] = self.max_response_output_tokens
        if not isinstance(self.modalities, NotGiven):
            out["modalities"] = to_json(self.modalities)
        if not isinstance(self.model, NotGiven):
            out["model"] = self.model
        if not isinstance(self.output_audio_format, NotGiven):
            out["output_audio_format"] = self.output_audio_format
        if not isinstance(self.speed, NotGiven):
            out["speed"] = self.speed
        if not isinstance(self.temperature, NotGiven):
            out["temperature"] = self.temperature
        if not isinstance(self.tool_choice, NotGiven):
            out["tool_choice"] = self.tool_choice
        if not isinstance(self.tools, NotGiven):
            out["tools"] = to_json(self.tools)
        if not isinstance(self.tracing, NotGiven):
            out["tracing"] = to_json(self.tracing)
        if not isinstance(self.turn_detection, NotGiven):
            out["turn_detection"] = to_json(self.turn_detection)
        if not isinstance(self.voice, NotGiven):
            out["voice"] = self.voice
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        issues: list[ValidationIssue] = []
        parsed = cls._parse(data, "", issues)
        if issues:
            raise ValidationError(issues)
        return parsed

    @classmethod
    def _parse(cls, data: Any, path: str, issues: list[ValidationIssue]) -> Self:
        """Check and build in one walk, adding every problem to `issues` (`path` is where
        `data` sits); what it returns is only complete when no issue was added."""
        self = object.__new__(cls)
        if type(data) is dict or isinstance(data, dict):
            if not _NAMES_1.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_1:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "client_secret" in data:
                self.client_secret = SessionCreateParamsClientSecret._parse(
                    data["client_secret"], path + "/client_secret", issues
                )
            else:
                self.client_secret = NOT_GIVEN
            if "input_audio_format" in data:
                self.input_audio_format = v4 = data["input_audio_format"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/input_audio_format",
                                "enum",
                                repr(v4) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/input_audio_format",
                            "type",
                            repr(v4) + " is not of type 'string'",
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/input_audio_format",
                            "enum",
                            repr(v4) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                        )
                    )
            else:
                self.input_audio_format = NOT_GIVEN
            if "input_audio_noise_reduction" in data:
                self.input_audio_noise_reduction = (
                    _parse_session_create_params_input_audio_noise_reduction(
                        data["input_audio_noise_reduction"],
                        path + "/input_audio_noise_reduction",
                        issues,
                    )
                )
            else:
                self.input_audio_noise_reduction = NOT_GIVEN
            if "input_audio_transcription" in data:
                self.input_audio_transcription = (
                    _parse_session_create_params_input_audio_transcription(
                        data["input_audio_transcription"],
                        path + "/input_audio_transcription",
                        issues,
                    )
                )
            else:
                self.input_audio_transcription = NOT_GIVEN
            if "instructions" in data:
                self.instructions = v7 = data["instructions"]
                if not (type(v7) is str or isinstance(v7, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/instructions", "type", repr(v7) + " is not of type 'string'"
                        )
                    )
            else:
                self.instructions = NOT_GIVEN
            if "max_response_output_tokens" in data:
                self.max_response_output_tokens = v8 = data["max_response_output_tokens"]
                if not (
                    ((type(v8) is str or isinstance(v8, str)) and v8 == "inf")
                    or _is_session_params_max_response_output_tokens_any_of_0(v8)
                ):
                    if type(v8) is str or isinstance(v8, str):
                        if v8 != "inf":
                            issues.append(
                                ValidationIssue(
                                    path + "/max_response_output_tokens",
                                    "const",
                                    "'inf' was expected, got " + repr(v8),
                                )
                            )
                    elif (
                        type(v8) is float
                        or type(v8) is int
                        or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
                    ):
                        if not (
                            type(v8) is int
                            or (isinstance(v8, int) and not isinstance(v8, bool))
                            or (isinstance(v8, float) and v8.is_integer())
                        ):
                            issues.append(
                                ValidationIssue(
                                    path + "/max_response_output_tokens",
                                    "type",
                                    repr(v8) + " is not of type 'integer'",
                                )
                            )
                        if v8 < 1:
                            issues.append(
                                ValidationIssue(
                                    path + "/max_response_output_tokens",
                                    "minimum",
                                    repr(v8) + " is less than the minimum of 1",
                                )
                            )
                        if v8 > 4096:
                            issues.append(
                                ValidationIssue(
                                    path + "/max_response_output_tokens",
                                    "maximum",
                                    repr(v8) + " is greater than the maximum of 4096",
                                )
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                path + "/max_response_output_tokens",
                                "anyOf",
                                repr(v8) + " is not valid under any of the given schemas",
                            )
                        )
            else:
                self.max_response_output_tokens = NOT_GIVEN
            if "modalities" in data:
                self.modalities = v9 = data["modalities"]
                if type(v9) is list or isinstance(v9, list):
                    for i11, v10 in enumerate(v9):
                        if type(v10) is str or isinstance(v10, str):
                            if v10 not in _ENUM_2:
                                issues.append(
                                    ValidationIssue(
                                        path + "/modalities/" + str(i11),
                                        "enum",
                                        repr(v10) + " is not one of ['text', 'audio']",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/modalities/" + str(i11),
                                    "type",
                                    repr(v10) + " is not of type 'string'",
                                )
                            )
                            issues.append(
                                ValidationIssue(
                                    path + "/modalities/" + str(i11),
                                    "enum",
                                    repr(v10) + " is not one of ['text', 'audio']",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/modalities", "type", repr(v9) + " is not of type 'array'"
                        )
                    )
            else:
                self.modalities = NOT_GIVEN
            if "model" in data:
                self.model = v12 = data["model"]
                if type(v12) is str or isinstance(v12, str):
                    if v12 not in _ENUM_3:
                        issues.append(
                            ValidationIssue(
                                path + "/model",
                                "enum",
                                repr(v12)
                                + (
                                    " is not one of ['gpt-4o-realtime-preview', "
                                    "'gpt-4o-realtime-preview-2024-10-01', 'gpt-4o-"
                                    "realtime-preview-2024-12-17', 'gpt-4o-"
                                    "realtime-preview-2025-06-03', 'gpt-4o-mini-"
                                    "realtime-preview', 'gpt-4o-mini-realtime-"
                                    "preview-2024-12-17']"
                                ),
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/model", "type", repr(v12) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/model",
                            "enum",
                            repr(v12)
                            + (
                                " is not one of ['gpt-4o-realtime-preview', "
                                "'gpt-4o-realtime-preview-2024-10-01', 'gpt-4o-"
                                "realtime-preview-2024-12-17', 'gpt-4o-"
                                "realtime-preview-2025-06-03', 'gpt-4o-mini-"
                                "realtime-preview', 'gpt-4o-mini-realtime-"
                                "preview-2024-12-17']"
                            ),
                        )
                    )
            else:
                self.model = NOT_GIVEN
            if "output_audio_format" in data:
                self.output_audio_format = v13 = data["output_audio_format"]
                if type(v13) is str or isinstance(v13, str):
                    if v13 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/output_audio_format",
                                "enum",
                                repr(v13) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/output_audio_format",
                            "type",
                            repr(v13) + " is not of type 'string'",
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/output_audio_format",
                            "enum",
                            repr(v13) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                        )
                    )
            else:
                self.output_audio_format = NOT_GIVEN
            if "speed" in data:
                self.speed = v14 = data["speed"]
                if (
                    type(v14) is float
                    or type(v14) is int
                    or (isinstance(v14, (int, float)) and not isinstance(v14, bool))
                ):
                    if v14 < 0.25:
                        issues.append(
                            ValidationIssue(
                                path + "/speed",
                                "minimum",
                                repr(v14) + " is less than the minimum of 0.25",
                            )
                        )
                    if v14 > 1.5:
                        issues.append(
                            ValidationIssue(
                                path + "/speed",
                                "maximum",
                                repr(v14) + " is greater than the maximum of 1.5",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/speed", "type", repr(v14) + " is not of type 'number'"
                        )
                    )
            else:
                self.speed = NOT_GIVEN
            if "temperature" in data:
                self.temperature = v15 = data["temperature"]
                if (
                    type(v15) is float
                    or type(v15) is int
                    or (isinstance(v15, (int, float)) and not isinstance(v15, bool))
                ):
                    if v15 < 0.6:
                        issues.append(
                            ValidationIssue(
                                path + "/temperature",
                                "minimum",
                                repr(v15) + " is less than the minimum of 0.6",
                            )
                        )
                    if v15 > 1.2:
                        issues.append(
                            ValidationIssue(
                                path + "/temperature",
                                "maximum",
                                repr(v15) + " is greater than the maximum of 1.2",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/temperature", "type", repr(v15) + " is not of type 'number'"
                        )
                    )
            else:
                self.temperature = NOT_GIVEN
            if "tool_choice" in data:
                self.tool_choice = v16 = data["tool_choice"]
                if not (type(v16) is str or isinstance(v16, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/tool_choice", "type", repr(v16) + " is not of type 'string'"
                        )
                    )
            else:
                self.tool_choice = NOT_GIVEN
            if "tools" in data:
                v17 = data["tools"]
                if type(v17) is list or isinstance(v17, list):
                    n18 = len(issues)
                    v19: list[SessionCreateParamsTool] = []
                    for v21 in v17:
                        v19.append(SessionCreateParamsTool._parse(v21, "", issues))
                    self.tools = v19
                    if len(issues) != n18:  # walked again for the pointers of the issues
                        del issues[n18:]
                        for i20, v21 in enumerate(v17):
                            SessionCreateParamsTool._parse(v21, path + "/tools/" + str(i20), issues)
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/tools", "type", repr(v17) + " is not of type 'array'"
                        )
                    )
            else:
                self.tools = NOT_GIVEN
            if "tracing" in data:
                self.tracing = _parse_session_create_params_tracing(
                    data["tracing"], path + "/tracing", issues
                )
            else:
                self.tracing = NOT_GIVEN
            if "turn_detection" in data:
                self.turn_detection = _parse_session_create_params_turn_detection(
                    data["turn_detection"], path + "/turn_detection", issues
                )
            else:
                self.turn_detection = NOT_GIVEN
            if "voice" in data:
                self.voice = v24 = data["voice"]
                if not (
                    (type(v24) is str or isinstance(v24, str))
                    or ((type(v24) is str or isinstance(v24, str)) and v24 in _ENUM_4)
                ):
                    issues.append(
                        ValidationIssue(
                            path + "/voice",
                            "anyOf",
                            repr(v24) + " is not valid under any of the given schemas",
                        )
                    )
            else:
                self.voice = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data, "SessionCreateParams", cls._required, cls._wire_names, cls._refuse_unknown
            )
        client_secret = data.get("client_secret", NOT_GIVEN)
        if not isinstance(client_secret, NotGiven):
            client_secret = SessionCreateParamsClientSecret._decode(client_secret)
        input_audio_noise_reduction = data.get("input_audio_noise_reduction", NOT_GIVEN)
        if isinstance(input_audio_noise_reduction, dict):
            input_audio_noise_reduction = SessionCreateParamsInputAudioNoiseReduction._decode(
                input_audio_noise_reduction
            )
        input_audio_transcription = data.get("input_audio_transcription", NOT_GIVEN)
        if isinstance(input_audio_transcription, dict):
            input_audio_transcription = SessionCreateParamsInputAudioTranscription._decode(
                input_audio_transcription
            )
        tools = data.get("tools", NOT_GIVEN)
        if not isinstance(tools, NotGiven):
            tools = [SessionCreateParamsTool._decode(item0) for item0 in tools]
        tracing = data.get("tracing", NOT_GIVEN)
        if isinstance(tracing, dict):
            tracing = SessionCreateParamsTracingConfiguration._decode(tracing)
        turn_detection = data.get("turn_detection", NOT_GIVEN)
        if isinstance(turn_detection, dict):
            turn_detection = SessionCreateParamsTurnDetection._decode(turn_detection)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.client_secret = client_secret
        self.input_audio_format = data.get("input_audio_format", NOT_GIVEN)
        self.input_audio_noise_reduction = input_audio_noise_reduction
        self.input_audio_transcription = input_audio_transcription
        self.instructions = data.get("instructions", NOT_GIVEN)
        self.max_response_output_tokens = data.get("max_response_output_tokens", NOT_GIVEN)
        self.modalities = data.get("modalities", NOT_GIVEN)
        self.model = data.get("model", NOT_GIVEN)
        self.output_audio_format = data.get("output_audio_format", NOT_GIVEN)
        self.speed = data.get("speed", NOT_GIVEN)
        self.temperature = data.get("temperature", NOT_GIVEN)
        self.tool_choice = data.get("tool_choice", NOT_GIVEN)
        self.tools = tools
        self.tracing = tracing
        self.turn_detection = turn_detection
        self.voice = data.get("voice", NOT_GIVEN)
        return self
