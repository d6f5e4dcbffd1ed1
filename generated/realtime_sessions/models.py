# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from ._model import Model, check_object, to_json, to_json_object
from ._types import NOT_GIVEN, JsonValue, NotGiven
from ._validation import ValidationError
from .validators import (
    validate_session_create_params,
    validate_session_create_params_client_secret,
    validate_session_create_params_client_secret_expires_after,
    validate_session_create_params_input_audio_noise_reduction,
    validate_session_create_params_input_audio_transcription,
    validate_session_create_params_tool,
    validate_session_create_params_tracing_configuration,
    validate_session_create_params_turn_detection,
)

__all__ = [
    "Session",
    "SessionCreateParams",
    "SessionCreateParamsClientSecret",
    "SessionCreateParamsClientSecretExpiresAfter",
    "SessionCreateParamsInputAudioNoiseReduction",
    "SessionCreateParamsInputAudioTranscription",
    "SessionCreateParamsTool",
    "SessionCreateParamsTracingConfiguration",
    "SessionCreateParamsTurnDetection",
    "SessionCreateResponse",
    "SessionCreateResponseClientSecret",
    "SessionCreateResponseInputAudioTranscription",
    "SessionCreateResponseTool",
    "SessionCreateResponseTracingConfiguration",
    "SessionCreateResponseTurnDetection",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTool",
    "SessionTracingConfiguration",
    "SessionTurnDetection",
]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"anchor", "seconds"})
_ENUM_1 = frozenset({"created_at"})
_NAMES_2 = frozenset({"expires_after"})
_NAMES_3 = frozenset({"type"})
_ENUM_2 = frozenset({"near_field", "far_field"})
_NAMES_4 = frozenset({"language", "model", "prompt"})
_NAMES_5 = frozenset({"description", "name", "parameters", "type"})
_ENUM_3 = frozenset({"function"})
_NAMES_6 = frozenset({"group_id", "metadata", "workflow_name"})
_NAMES_7 = frozenset(
    {
        "create_response",
        "eagerness",
        "interrupt_response",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
        "type",
    }
)
_ENUM_4 = frozenset({"low", "medium", "high", "auto"})
_ENUM_5 = frozenset({"server_vad", "semantic_vad"})
_NAMES_8 = frozenset(
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
_ENUM_6 = frozenset({"pcm16", "g711_ulaw", "g711_alaw"})
_ENUM_7 = frozenset({"text", "audio"})
_ENUM_8 = frozenset(
    {
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
    }
)
_ENUM_9 = frozenset({"alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"})
_ENUM_10 = frozenset({"auto"})


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
class SessionInputAudioNoiseReduction(Model):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise
    reduction filters audio added to the input audio buffer before it is sent to VAD and the
    model. Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.

    Schema: `#/components/schemas/SessionInputAudioNoiseReduction`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type",))
    _refuse_unknown: ClassVar[bool] = False

    type: Literal["near_field", "far_field"] | str | NotGiven = NOT_GIVEN
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones,
    `far_field` is for far-field microphones such as laptop or conference room microphones.
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionInputAudioNoiseReduction",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data.get("type", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionInputAudioTranscription(Model):
    """Configuration for input audio transcription, defaults to off and can be set to `null` to
    turn off once on. Input audio transcription is not native to the model, since the model
    consumes audio directly. Transcription runs asynchronously through [the
    /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and
    should be treated as guidance of input audio content rather than precisely what the model
    heard. The client can optionally set the language and prompt for transcription, these offer
    additional guidance to the transcription service.

    Schema: `#/components/schemas/SessionInputAudioTranscription`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("language", "model", "prompt"))
    _refuse_unknown: ClassVar[bool] = False

    language: str | NotGiven = NOT_GIVEN
    """The language of the input audio. Supplying the input language in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will
    improve accuracy and latency.
    """

    model: str | NotGiven = NOT_GIVEN
    """The model to use for transcription, current options are `gpt-4o-transcribe`,
    `gpt-4o-mini-transcribe`, and `whisper-1`.
    """

    prompt: str | NotGiven = NOT_GIVEN
    """An optional text to guide the model's style or continue a previous audio segment. For
    `whisper-1`, the [prompt is a list of
    keywords](https://platform.openai.com/docs/guides/speech-to-text#prompting). For
    `gpt-4o-transcribe` models, the prompt is a free text string, for example "expect words
    related to technology".
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.language, NotGiven):
            out["language"] = self.language
        if not isinstance(self.model, NotGiven):
            out["model"] = self.model
        if not isinstance(self.prompt, NotGiven):
            out["prompt"] = self.prompt
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionInputAudioTranscription",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.language = data.get("language", NOT_GIVEN)
        self.model = data.get("model", NOT_GIVEN)
        self.prompt = data.get("prompt", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionTool(Model):
    """Schema: `#/components/schemas/SessionTool`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("description", "name", "parameters", "type"))
    _refuse_unknown: ClassVar[bool] = False

    description: str | NotGiven = NOT_GIVEN
    """The description of the function, including guidance on when and how to call it, and guidance
    about what to tell the user when calling (if anything).
    """

    name: str | NotGiven = NOT_GIVEN
    """The name of the function."""

    parameters: JsonValue | NotGiven = NOT_GIVEN
    """Parameters of the function in JSON Schema."""

    type: Literal["function"] | str | NotGiven = NOT_GIVEN
    """The type of the tool, i.e. `function`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.description, NotGiven):
            out["description"] = self.description
        if not isinstance(self.name, NotGiven):
            out["name"] = self.name
        if not isinstance(self.parameters, NotGiven):
            out["parameters"] = self.parameters
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(data, "SessionTool", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.description = data.get("description", NOT_GIVEN)
        self.name = data.get("name", NOT_GIVEN)
        self.parameters = data.get("parameters", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionTracingConfiguration(Model):
    """Granular configuration for tracing.

    Schema: `#/components/schemas/SessionTracingConfiguration`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("group_id", "metadata", "workflow_name"))
    _refuse_unknown: ClassVar[bool] = False

    group_id: str | NotGiven = NOT_GIVEN
    """The group id to attach to this trace to enable filtering and grouping in the traces
    dashboard.
    """

    metadata: JsonValue | NotGiven = NOT_GIVEN
    """The arbitrary metadata to attach to this trace to enable filtering in the traces dashboard.
    """

    workflow_name: str | NotGiven = NOT_GIVEN
    """The name of the workflow to attach to this trace. This is used to name the trace in the
    traces dashboard.
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.group_id, NotGiven):
            out["group_id"] = self.group_id
        if not isinstance(self.metadata, NotGiven):
            out["metadata"] = self.metadata
        if not isinstance(self.workflow_name, NotGiven):
            out["workflow_name"] = self.workflow_name
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionTracingConfiguration",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.group_id = data.get("group_id", NOT_GIVEN)
        self.metadata = data.get("metadata", NOT_GIVEN)
        self.workflow_name = data.get("workflow_name", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionTurnDetection(Model):
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to
    `null` to turn off, in which case the client must manually trigger model response. Server
    VAD means that the model will detect the start and end of speech based on audio volume and
    respond at the end of user speech. Semantic VAD is more advanced and uses a turn detection
    model (in conjunction with VAD) to semantically estimate whether the user has finished
    speaking, then dynamically sets a timeout based on this probability. For example, if user
    audio trails off with "uhhm", the model will score a low probability of turn end and wait
    longer for the user to continue speaking. This can be useful for more natural conversations,
    but may have a higher latency.

    Schema: `#/components/schemas/SessionTurnDetection`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "create_response",
            "eagerness",
            "interrupt_response",
            "prefix_padding_ms",
            "silence_duration_ms",
            "threshold",
            "type",
        )
    )
    _refuse_unknown: ClassVar[bool] = False

    create_response: bool | NotGiven = NOT_GIVEN
    """Whether or not to automatically generate a response when a VAD stop event occurs."""

    eagerness: Literal["low", "medium", "high", "auto"] | str | NotGiven = NOT_GIVEN
    """Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait
    longer for the user to continue speaking, `high` will respond more quickly. `auto` is the
    default and is equivalent to `medium`.

    The server's default: `"auto"`.
    """

    interrupt_response: bool | NotGiven = NOT_GIVEN
    """Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.
    """

    prefix_padding_ms: int | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech
    (in milliseconds). Defaults to 300ms.

    Constraints: >= 0.
    The server's default: `300`.
    """

    silence_duration_ms: int | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Duration of silence to detect speech stop (in
    milliseconds). Defaults to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.

    Constraints: >= 0.
    The server's default: `500`.
    """

    threshold: float | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to
    0.5. A higher threshold will require louder audio to activate the model, and thus might
    perform better in noisy environments.

    Constraints: >= 0, <= 1.
    The server's default: `0.5`.
    """

    type: Literal["server_vad", "semantic_vad"] | str | NotGiven = NOT_GIVEN
    """Type of turn detection."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.create_response, NotGiven):
            out["create_response"] = self.create_response
        if not isinstance(self.eagerness, NotGiven):
            out["eagerness"] = self.eagerness
        if not isinstance(self.interrupt_response, NotGiven):
            out["interrupt_response"] = self.interrupt_response
        if not isinstance(self.prefix_padding_ms, NotGiven):
            out["prefix_padding_ms"] = self.prefix_padding_ms
        if not isinstance(self.silence_duration_ms, NotGiven):
            out["silence_duration_ms"] = self.silence_duration_ms
        if not isinstance(self.threshold, NotGiven):
            out["threshold"] = self.threshold
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data, "SessionTurnDetection", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.create_response = data.get("create_response", NOT_GIVEN)
        self.eagerness = data.get("eagerness", NOT_GIVEN)
        self.interrupt_response = data.get("interrupt_response", NOT_GIVEN)
        self.prefix_padding_ms = data.get("prefix_padding_ms", NOT_GIVEN)
        self.silence_duration_ms = data.get("silence_duration_ms", NOT_GIVEN)
        self.threshold = data.get("threshold", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class Session(Model):
    """Realtime session object configuration.

    Schema: `#/components/schemas/Session`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
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
    _refuse_unknown: ClassVar[bool] = False

    id: str | NotGiven = NOT_GIVEN
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven = NOT_GIVEN
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`,
    input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and
    little-endian byte order.
    """

    input_audio_noise_reduction: SessionInputAudioNoiseReduction | NotGiven | None = NOT_GIVEN
    """Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise
    reduction filters audio added to the input audio buffer before it is sent to VAD and the
    model. Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.
    """

    input_audio_transcription: SessionInputAudioTranscription | NotGiven | None = NOT_GIVEN
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

    modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN
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
        | str
        | NotGiven
    ) = NOT_GIVEN
    """The Realtime model used for this session."""

    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven = NOT_GIVEN
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

    tools: list[SessionTool] | NotGiven = NOT_GIVEN
    """Tools (functions) available to the model."""

    tracing: Literal["auto"] | str | SessionTracingConfiguration | NotGiven | None = NOT_GIVEN
    """Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled
    for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the workflow name, group
    id, and metadata.
    """

    turn_detection: SessionTurnDetection | NotGiven | None = NOT_GIVEN
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

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.id, NotGiven):
            out["id"] = self.id
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

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(data, "Session", cls._required, cls._wire_names, cls._refuse_unknown)
        input_audio_noise_reduction = data.get("input_audio_noise_reduction", NOT_GIVEN)
        if isinstance(input_audio_noise_reduction, dict):
            input_audio_noise_reduction = SessionInputAudioNoiseReduction._decode(
                input_audio_noise_reduction
            )
        input_audio_transcription = data.get("input_audio_transcription", NOT_GIVEN)
        if isinstance(input_audio_transcription, dict):
            input_audio_transcription = SessionInputAudioTranscription._decode(
                input_audio_transcription
            )
        tools = data.get("tools", NOT_GIVEN)
        if not isinstance(tools, NotGiven):
            tools = [SessionTool._decode(item0) for item0 in tools]
        tracing = data.get("tracing", NOT_GIVEN)
        if isinstance(tracing, dict):
            tracing = SessionTracingConfiguration._decode(tracing)
        turn_detection = data.get("turn_detection", NOT_GIVEN)
        if isinstance(turn_detection, dict):
            turn_detection = SessionTurnDetection._decode(turn_detection)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.id = data.get("id", NOT_GIVEN)
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
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseClientSecret(Model):
    """Ephemeral key returned by the API.

    Schema: `#/components/schemas/SessionCreateResponseClientSecret`.
    """

    _required: ClassVar[tuple[str, ...]] = ("expires_at", "value")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("expires_at", "value"))
    _refuse_unknown: ClassVar[bool] = False

    expires_at: int
    """Timestamp for when the token expires. Currently, all tokens expire after one minute."""

    value: str = field(repr=False)
    """Ephemeral key usable in client environments to authenticate connections to the Realtime API.
    Use this in client-side environments rather than a standard API token, which should only be
    used server-side.
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["expires_at"] = self.expires_at
        out["value"] = self.value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "expires_at" not in data or "value" not in data:
            check_object(
                data,
                "SessionCreateResponseClientSecret",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.expires_at = data["expires_at"]
        self.value = data["value"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseInputAudioTranscription(Model):
    """Configuration for input audio transcription, defaults to off and can be set to `null` to
    turn off once on. Input audio transcription is not native to the model, since the model
    consumes audio directly. Transcription runs asynchronously and should be treated as rough
    guidance rather than the representation understood by the model.

    Schema: `#/components/schemas/SessionCreateResponseInputAudioTranscription`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("model",))
    _refuse_unknown: ClassVar[bool] = False

    model: str | NotGiven = NOT_GIVEN
    """The model to use for transcription."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.model, NotGiven):
            out["model"] = self.model
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionCreateResponseInputAudioTranscription",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.model = data.get("model", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseTool(Model):
    """Schema: `#/components/schemas/SessionCreateResponseTool`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("description", "name", "parameters", "type"))
    _refuse_unknown: ClassVar[bool] = False

    description: str | NotGiven = NOT_GIVEN
    """The description of the function, including guidance on when and how to call it, and guidance
    about what to tell the user when calling (if anything).
    """

    name: str | NotGiven = NOT_GIVEN
    """The name of the function."""

    parameters: JsonValue | NotGiven = NOT_GIVEN
    """Parameters of the function in JSON Schema."""

    type: Literal["function"] | str | NotGiven = NOT_GIVEN
    """The type of the tool, i.e. `function`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.description, NotGiven):
            out["description"] = self.description
        if not isinstance(self.name, NotGiven):
            out["name"] = self.name
        if not isinstance(self.parameters, NotGiven):
            out["parameters"] = self.parameters
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionCreateResponseTool",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.description = data.get("description", NOT_GIVEN)
        self.name = data.get("name", NOT_GIVEN)
        self.parameters = data.get("parameters", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseTracingConfiguration(Model):
    """Granular configuration for tracing.

    Schema: `#/components/schemas/SessionCreateResponseTracingConfiguration`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("group_id", "metadata", "workflow_name"))
    _refuse_unknown: ClassVar[bool] = False

    group_id: str | NotGiven = NOT_GIVEN
    """The group id to attach to this trace to enable filtering and grouping in the traces
    dashboard.
    """

    metadata: JsonValue | NotGiven = NOT_GIVEN
    """The arbitrary metadata to attach to this trace to enable filtering in the traces dashboard.
    """

    workflow_name: str | NotGiven = NOT_GIVEN
    """The name of the workflow to attach to this trace. This is used to name the trace in the
    traces dashboard.
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.group_id, NotGiven):
            out["group_id"] = self.group_id
        if not isinstance(self.metadata, NotGiven):
            out["metadata"] = self.metadata
        if not isinstance(self.workflow_name, NotGiven):
            out["workflow_name"] = self.workflow_name
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionCreateResponseTracingConfiguration",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.group_id = data.get("group_id", NOT_GIVEN)
        self.metadata = data.get("metadata", NOT_GIVEN)
        self.workflow_name = data.get("workflow_name", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseTurnDetection(Model):
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that
    the model will detect the start and end of speech based on audio volume and respond at the
    end of user speech.

    Schema: `#/components/schemas/SessionCreateResponseTurnDetection`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("prefix_padding_ms", "silence_duration_ms", "threshold", "type")
    )
    _refuse_unknown: ClassVar[bool] = False

    prefix_padding_ms: int | NotGiven = NOT_GIVEN
    """Amount of audio to include before the VAD detected speech (in milliseconds). Defaults to
    300ms.

    Constraints: >= 0.
    The server's default: `300`.
    """

    silence_duration_ms: int | NotGiven = NOT_GIVEN
    """Duration of silence to detect speech stop (in milliseconds). Defaults to 500ms. With shorter
    values the model will respond more quickly, but may jump in on short pauses from the user.

    Constraints: >= 0.
    The server's default: `500`.
    """

    threshold: float | NotGiven = NOT_GIVEN
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A higher threshold will
    require louder audio to activate the model, and thus might perform better in noisy
    environments.

    Constraints: >= 0, <= 1.
    The server's default: `0.5`.
    """

    type: str | NotGiven = NOT_GIVEN
    """Type of turn detection, only `server_vad` is currently supported."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.prefix_padding_ms, NotGiven):
            out["prefix_padding_ms"] = self.prefix_padding_ms
        if not isinstance(self.silence_duration_ms, NotGiven):
            out["silence_duration_ms"] = self.silence_duration_ms
        if not isinstance(self.threshold, NotGiven):
            out["threshold"] = self.threshold
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionCreateResponseTurnDetection",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.prefix_padding_ms = data.get("prefix_padding_ms", NOT_GIVEN)
        self.silence_duration_ms = data.get("silence_duration_ms", NOT_GIVEN)
        self.threshold = data.get("threshold", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateResponse(Model):
    """A new Realtime session configuration, with an ephemeral key. Default TTL for keys is one
    minute.

    Schema: `#/components/schemas/SessionCreateResponse`.
    """

    _required: ClassVar[tuple[str, ...]] = ("client_secret",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "client_secret",
            "input_audio_format",
            "input_audio_transcription",
            "instructions",
            "max_response_output_tokens",
            "modalities",
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
    _refuse_unknown: ClassVar[bool] = False

    client_secret: SessionCreateResponseClientSecret
    """Ephemeral key returned by the API."""

    input_audio_format: str | NotGiven = NOT_GIVEN
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: SessionCreateResponseInputAudioTranscription | NotGiven | None = (
        NOT_GIVEN
    )
    """Configuration for input audio transcription, defaults to off and can be set to `null` to
    turn off once on. Input audio transcription is not native to the model, since the model
    consumes audio directly. Transcription runs asynchronously and should be treated as rough
    guidance rather than the representation understood by the model.

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

    modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN
    """The set of modalities the model can respond with. To disable audio, set this to ["text"]."""

    output_audio_format: str | NotGiven = NOT_GIVEN
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    speed: float | NotGiven = NOT_GIVEN
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum
    speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not
    while a response is in progress.

    Constraints: >= 0.25, <= 1.5.
    The server's default: `1.0`.
    """

    temperature: float | NotGiven = NOT_GIVEN
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.

    Constraints: >= 0.6, <= 1.2.
    The server's default: `0.8`.
    """

    tool_choice: str | NotGiven = NOT_GIVEN
    """How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.
    """

    tools: list[SessionCreateResponseTool] | NotGiven = NOT_GIVEN
    """Tools (functions) available to the model."""

    tracing: Literal["auto"] | str | SessionCreateResponseTracingConfiguration | NotGiven | None = (
        NOT_GIVEN
    )
    """Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled
    for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the workflow name, group
    id, and metadata.
    """

    turn_detection: SessionCreateResponseTurnDetection | NotGiven | None = NOT_GIVEN
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that
    the model will detect the start and end of speech based on audio volume and respond at the
    end of user speech.
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

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["client_secret"] = to_json(self.client_secret)
        if not isinstance(self.input_audio_format, NotGiven):
            out["input_audio_format"] = self.input_audio_format
        if not isinstance(self.input_audio_transcription, NotGiven):
            out["input_audio_transcription"] = to_json(self.input_audio_transcription)
        if not isinstance(self.instructions, NotGiven):
            out["instructions"] = self.instructions
        if not isinstance(self.max_response_output_tokens, NotGiven):
            out["max_response_output_tokens"] = self.max_response_output_tokens
        if not isinstance(self.modalities, NotGiven):
            out["modalities"] = to_json(self.modalities)
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

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "client_secret" not in data:
            check_object(
                data, "SessionCreateResponse", cls._required, cls._wire_names, cls._refuse_unknown
            )
        input_audio_transcription = data.get("input_audio_transcription", NOT_GIVEN)
        if isinstance(input_audio_transcription, dict):
            input_audio_transcription = SessionCreateResponseInputAudioTranscription._decode(
                input_audio_transcription
            )
        tools = data.get("tools", NOT_GIVEN)
        if not isinstance(tools, NotGiven):
            tools = [SessionCreateResponseTool._decode(item0) for item0 in tools]
        tracing = data.get("tracing", NOT_GIVEN)
        if isinstance(tracing, dict):
            tracing = SessionCreateResponseTracingConfiguration._decode(tracing)
        turn_detection = data.get("turn_detection", NOT_GIVEN)
        if isinstance(turn_detection, dict):
            turn_detection = SessionCreateResponseTurnDetection._decode(turn_detection)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.client_secret = SessionCreateResponseClientSecret._decode(data["client_secret"])
        self.input_audio_format = data.get("input_audio_format", NOT_GIVEN)
        self.input_audio_transcription = input_audio_transcription
        self.instructions = data.get("instructions", NOT_GIVEN)
        self.max_response_output_tokens = data.get("max_response_output_tokens", NOT_GIVEN)
        self.modalities = data.get("modalities", NOT_GIVEN)
        self.output_audio_format = data.get("output_audio_format", NOT_GIVEN)
        self.speed = data.get("speed", NOT_GIVEN)
        self.temperature = data.get("temperature", NOT_GIVEN)
        self.tool_choice = data.get("tool_choice", NOT_GIVEN)
        self.tools = tools
        self.tracing = tracing
        self.turn_detection = turn_detection
        self.voice = data.get("voice", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsClientSecretExpiresAfter(Model):
    """Configuration for the ephemeral token expiration.

    Schema: `#/components/schemas/SessionCreateParamsClientSecretExpiresAfter`.
    """

    _required: ClassVar[tuple[str, ...]] = ("anchor",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("anchor", "seconds"))
    _refuse_unknown: ClassVar[bool] = True

    anchor: Literal["created_at"]
    """The anchor point for the ephemeral token expiration. Only `created_at` is currently
    supported.

    The server's default: `"created_at"`.
    """

    seconds: int | NotGiven = NOT_GIVEN
    """The number of seconds from the anchor point to the expiration. Select a value between `10`
    and `7200`.

    Constraints: >= 10, <= 7200.
    The server's default: `600`.
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["anchor"] = self.anchor
        if not isinstance(self.seconds, NotGiven):
            out["seconds"] = self.seconds
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_client_secret_expires_after(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_1.issuperset(data):
            return None
        if "anchor" not in data:
            return None
        self = object.__new__(cls)
        self.anchor = v5 = data["anchor"]
        if not (type(v5) is str or isinstance(v5, str)):
            return None
        if v5 not in _ENUM_1:
            return None
        if "seconds" in data:
            self.seconds = v6 = data["seconds"]
            if not (
                type(v6) is int
                or (isinstance(v6, int) and not isinstance(v6, bool))
                or (isinstance(v6, float) and v6.is_integer())
            ):
                return None
            if v6 < 10:
                return None
            if v6 > 7200:
                return None
        else:
            self.seconds = NOT_GIVEN
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "anchor" not in data or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsClientSecretExpiresAfter",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.anchor = data["anchor"]
        self.seconds = data.get("seconds", NOT_GIVEN)
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsClientSecret(Model):
    """Configuration options for the generated client secret.

    Schema: `#/components/schemas/SessionCreateParamsClientSecret`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("expires_after",))
    _refuse_unknown: ClassVar[bool] = True

    expires_after: SessionCreateParamsClientSecretExpiresAfter | NotGiven = NOT_GIVEN
    """Configuration for the ephemeral token expiration."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.expires_after, NotGiven):
            out["expires_after"] = to_json(self.expires_after)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_client_secret(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_2.issuperset(data):
            return None
        self = object.__new__(cls)
        if "expires_after" in data:
            v4 = data["expires_after"]
            v4 = SessionCreateParamsClientSecretExpiresAfter._parse(v4)
            if v4 is None:
                return None
            self.expires_after = v4
        else:
            self.expires_after = NOT_GIVEN
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsClientSecret",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        expires_after = data.get("expires_after", NOT_GIVEN)
        if not isinstance(expires_after, NotGiven):
            expires_after = SessionCreateParamsClientSecretExpiresAfter._decode(expires_after)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.expires_after = expires_after
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsInputAudioNoiseReduction(Model):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise
    reduction filters audio added to the input audio buffer before it is sent to VAD and the
    model. Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.

    Schema: `#/components/schemas/SessionCreateParamsInputAudioNoiseReduction`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type",))
    _refuse_unknown: ClassVar[bool] = True

    type: Literal["near_field", "far_field"] | NotGiven = NOT_GIVEN
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones,
    `far_field` is for far-field microphones such as laptop or conference room microphones.
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_input_audio_noise_reduction(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_3.issuperset(data):
            return None
        self = object.__new__(cls)
        if "type" in data:
            self.type = v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return None
            if v4 not in _ENUM_2:
                return None
        else:
            self.type = NOT_GIVEN
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsInputAudioNoiseReduction",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data.get("type", NOT_GIVEN)
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsInputAudioTranscription(Model):
    """Configuration for input audio transcription, defaults to off and can be set to `null` to
    turn off once on. Input audio transcription is not native to the model, since the model
    consumes audio directly. Transcription runs asynchronously through [the
    /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and
    should be treated as guidance of input audio content rather than precisely what the model
    heard. The client can optionally set the language and prompt for transcription, these offer
    additional guidance to the transcription service.

    Schema: `#/components/schemas/SessionCreateParamsInputAudioTranscription`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("language", "model", "prompt"))
    _refuse_unknown: ClassVar[bool] = True

    language: str | NotGiven = NOT_GIVEN
    """The language of the input audio. Supplying the input language in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will
    improve accuracy and latency.
    """

    model: str | NotGiven = NOT_GIVEN
    """The model to use for transcription, current options are `gpt-4o-transcribe`,
    `gpt-4o-mini-transcribe`, and `whisper-1`.
    """

    prompt: str | NotGiven = NOT_GIVEN
    """An optional text to guide the model's style or continue a previous audio segment. For
    `whisper-1`, the [prompt is a list of
    keywords](https://platform.openai.com/docs/guides/speech-to-text#prompting). For
    `gpt-4o-transcribe` models, the prompt is a free text string, for example "expect words
    related to technology".
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.language, NotGiven):
            out["language"] = self.language
        if not isinstance(self.model, NotGiven):
            out["model"] = self.model
        if not isinstance(self.prompt, NotGiven):
            out["prompt"] = self.prompt
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_input_audio_transcription(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_4.issuperset(data):
            return None
        self = object.__new__(cls)
        if "language" in data:
            self.language = v6 = data["language"]
            if not (type(v6) is str or isinstance(v6, str)):
                return None
        else:
            self.language = NOT_GIVEN
        if "model" in data:
            self.model = v7 = data["model"]
            if not (type(v7) is str or isinstance(v7, str)):
                return None
        else:
            self.model = NOT_GIVEN
        if "prompt" in data:
            self.prompt = v8 = data["prompt"]
            if not (type(v8) is str or isinstance(v8, str)):
                return None
        else:
            self.prompt = NOT_GIVEN
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsInputAudioTranscription",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.language = data.get("language", NOT_GIVEN)
        self.model = data.get("model", NOT_GIVEN)
        self.prompt = data.get("prompt", NOT_GIVEN)
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsTool(Model):
    """Schema: `#/components/schemas/SessionCreateParamsTool`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("description", "name", "parameters", "type"))
    _refuse_unknown: ClassVar[bool] = True

    description: str | NotGiven = NOT_GIVEN
    """The description of the function, including guidance on when and how to call it, and guidance
    about what to tell the user when calling (if anything).
    """

    name: str | NotGiven = NOT_GIVEN
    """The name of the function."""

    parameters: JsonValue | NotGiven = NOT_GIVEN
    """Parameters of the function in JSON Schema."""

    type: Literal["function"] | NotGiven = NOT_GIVEN
    """The type of the tool, i.e. `function`."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.description, NotGiven):
            out["description"] = self.description
        if not isinstance(self.name, NotGiven):
            out["name"] = self.name
        if not isinstance(self.parameters, NotGiven):
            out["parameters"] = self.parameters
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_tool(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_5.issuperset(data):
            return None
        self = object.__new__(cls)
        if "description" in data:
            self.description = v7 = data["description"]
            if not (type(v7) is str or isinstance(v7, str)):
                return None
        else:
            self.description = NOT_GIVEN
        if "name" in data:
            self.name = v8 = data["name"]
            if not (type(v8) is str or isinstance(v8, str)):
                return None
        else:
            self.name = NOT_GIVEN
        self.parameters = data.get("parameters", NOT_GIVEN)
        if "type" in data:
            self.type = v10 = data["type"]
            if not (type(v10) is str or isinstance(v10, str)):
                return None
            if v10 not in _ENUM_3:
                return None
        else:
            self.type = NOT_GIVEN
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data, "SessionCreateParamsTool", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.description = data.get("description", NOT_GIVEN)
        self.name = data.get("name", NOT_GIVEN)
        self.parameters = data.get("parameters", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsTracingConfiguration(Model):
    """Granular configuration for tracing.

    Schema: `#/components/schemas/SessionCreateParamsTracingConfiguration`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("group_id", "metadata", "workflow_name"))
    _refuse_unknown: ClassVar[bool] = True

    group_id: str | NotGiven = NOT_GIVEN
    """The group id to attach to this trace to enable filtering and grouping in the traces
    dashboard.
    """

    metadata: JsonValue | NotGiven = NOT_GIVEN
    """The arbitrary metadata to attach to this trace to enable filtering in the traces dashboard.
    """

    workflow_name: str | NotGiven = NOT_GIVEN
    """The name of the workflow to attach to this trace. This is used to name the trace in the
    traces dashboard.
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.group_id, NotGiven):
            out["group_id"] = self.group_id
        if not isinstance(self.metadata, NotGiven):
            out["metadata"] = self.metadata
        if not isinstance(self.workflow_name, NotGiven):
            out["workflow_name"] = self.workflow_name
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_tracing_configuration(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_6.issuperset(data):
            return None
        self = object.__new__(cls)
        if "group_id" in data:
            self.group_id = v6 = data["group_id"]
            if not (type(v6) is str or isinstance(v6, str)):
                return None
        else:
            self.group_id = NOT_GIVEN
        self.metadata = data.get("metadata", NOT_GIVEN)
        if "workflow_name" in data:
            self.workflow_name = v8 = data["workflow_name"]
            if not (type(v8) is str or isinstance(v8, str)):
                return None
        else:
            self.workflow_name = NOT_GIVEN
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsTracingConfiguration",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.group_id = data.get("group_id", NOT_GIVEN)
        self.metadata = data.get("metadata", NOT_GIVEN)
        self.workflow_name = data.get("workflow_name", NOT_GIVEN)
        return self


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsTurnDetection(Model):
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to
    `null` to turn off, in which case the client must manually trigger model response. Server
    VAD means that the model will detect the start and end of speech based on audio volume and
    respond at the end of user speech. Semantic VAD is more advanced and uses a turn detection
    model (in conjunction with VAD) to semantically estimate whether the user has finished
    speaking, then dynamically sets a timeout based on this probability. For example, if user
    audio trails off with "uhhm", the model will score a low probability of turn end and wait
    longer for the user to continue speaking. This can be useful for more natural conversations,
    but may have a higher latency.

    Schema: `#/components/schemas/SessionCreateParamsTurnDetection`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "create_response",
            "eagerness",
            "interrupt_response",
            "prefix_padding_ms",
            "silence_duration_ms",
            "threshold",
            "type",
        )
    )
    _refuse_unknown: ClassVar[bool] = True

    create_response: bool | NotGiven = NOT_GIVEN
    """Whether or not to automatically generate a response when a VAD stop event occurs."""

    eagerness: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN
    """Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait
    longer for the user to continue speaking, `high` will respond more quickly. `auto` is the
    default and is equivalent to `medium`.

    The server's default: `"auto"`.
    """

    interrupt_response: bool | NotGiven = NOT_GIVEN
    """Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.
    """

    prefix_padding_ms: int | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech
    (in milliseconds). Defaults to 300ms.

    Constraints: >= 0.
    The server's default: `300`.
    """

    silence_duration_ms: int | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Duration of silence to detect speech stop (in
    milliseconds). Defaults to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.

    Constraints: >= 0.
    The server's default: `500`.
    """

    threshold: float | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to
    0.5. A higher threshold will require louder audio to activate the model, and thus might
    perform better in noisy environments.

    Constraints: >= 0, <= 1.
    The server's default: `0.5`.
    """

    type: Literal["server_vad", "semantic_vad"] | NotGiven = NOT_GIVEN
    """Type of turn detection."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.create_response, NotGiven):
            out["create_response"] = self.create_response
        if not isinstance(self.eagerness, NotGiven):
            out["eagerness"] = self.eagerness
        if not isinstance(self.interrupt_response, NotGiven):
            out["interrupt_response"] = self.interrupt_response
        if not isinstance(self.prefix_padding_ms, NotGiven):
            out["prefix_padding_ms"] = self.prefix_padding_ms
        if not isinstance(self.silence_duration_ms, NotGiven):
            out["silence_duration_ms"] = self.silence_duration_ms
        if not isinstance(self.threshold, NotGiven):
            out["threshold"] = self.threshold
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_turn_detection(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_7.issuperset(data):
            return None
        self = object.__new__(cls)
        if "create_response" in data:
            self.create_response = v10 = data["create_response"]
            if type(v10) is not bool:
                return None
        else:
            self.create_response = NOT_GIVEN
        if "eagerness" in data:
            self.eagerness = v11 = data["eagerness"]
            if not (type(v11) is str or isinstance(v11, str)):
                return None
            if v11 not in _ENUM_4:
                return None
        else:
            self.eagerness = NOT_GIVEN
        if "interrupt_response" in data:
            self.interrupt_response = v12 = data["interrupt_response"]
            if type(v12) is not bool:
                return None
        else:
            self.interrupt_response = NOT_GIVEN
        if "prefix_padding_ms" in data:
            self.prefix_padding_ms = v13 = data["prefix_padding_ms"]
            if not (
                type(v13) is int
                or (isinstance(v13, int) and not isinstance(v13, bool))
                or (isinstance(v13, float) and v13.is_integer())
            ):
                return None
            if v13 < 0:
                return None
        else:
            self.prefix_padding_ms = NOT_GIVEN
        if "silence_duration_ms" in data:
            self.silence_duration_ms = v14 = data["silence_duration_ms"]
            if not (
                type(v14) is int
                or (isinstance(v14, int) and not isinstance(v14, bool))
                or (isinstance(v14, float) and v14.is_integer())
            ):
                return None
            if v14 < 0:
                return None
        else:
            self.silence_duration_ms = NOT_GIVEN
        if "threshold" in data:
            self.threshold = v15 = data["threshold"]
            if not (
                type(v15) is float
                or type(v15) is int
                or (isinstance(v15, (int, float)) and not isinstance(v15, bool))
            ):
                return None
            if v15 < 0:
                return None
            if v15 > 1:
                return None
        else:
            self.threshold = NOT_GIVEN
        if "type" in data:
            self.type = v16 = data["type"]
            if not (type(v16) is str or isinstance(v16, str)):
                return None
            if v16 not in _ENUM_5:
                return None
        else:
            self.type = NOT_GIVEN
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "SessionCreateParamsTurnDetection",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.create_response = data.get("create_response", NOT_GIVEN)
        self.eagerness = data.get("eagerness", NOT_GIVEN)
        self.interrupt_response = data.get("interrupt_response", NOT_GIVEN)
        self.prefix_padding_ms = data.get("prefix_padding_ms", NOT_GIVEN)
        self.silence_duration_ms = data.get("silence_duration_ms", NOT_GIVEN)
        self.threshold = data.get("threshold", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        return self


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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_8.issuperset(data):
            return None
        self = object.__new__(cls)
        if "input_audio_format" in data:
            self.input_audio_format = v19 = data["input_audio_format"]
            if not (type(v19) is str or isinstance(v19, str)):
                return None
            if v19 not in _ENUM_6:
                return None
        else:
            self.input_audio_format = NOT_GIVEN
        if "instructions" in data:
            self.instructions = v20 = data["instructions"]
            if not (type(v20) is str or isinstance(v20, str)):
                return None
        else:
            self.instructions = NOT_GIVEN
        if "max_response_output_tokens" in data:
            self.max_response_output_tokens = v21 = data["max_response_output_tokens"]
            if not (
                _is_session_params_max_response_output_tokens_any_of_0(v21)
                or ((type(v21) is str or isinstance(v21, str)) and v21 == "inf")
            ):
                return None
        else:
            self.max_response_output_tokens = NOT_GIVEN
        if "modalities" in data:
            self.modalities = v22 = data["modalities"]
            if not (type(v22) is list or isinstance(v22, list)):
                return None
            for v23 in v22:
                if not (type(v23) is str or isinstance(v23, str)):
                    return None
                if v23 not in _ENUM_7:
                    return None
        else:
            self.modalities = NOT_GIVEN
        if "model" in data:
            self.model = v24 = data["model"]
            if not (type(v24) is str or isinstance(v24, str)):
                return None
            if v24 not in _ENUM_8:
                return None
        else:
            self.model = NOT_GIVEN
        if "output_audio_format" in data:
            self.output_audio_format = v25 = data["output_audio_format"]
            if not (type(v25) is str or isinstance(v25, str)):
                return None
            if v25 not in _ENUM_6:
                return None
        else:
            self.output_audio_format = NOT_GIVEN
        if "speed" in data:
            self.speed = v26 = data["speed"]
            if not (
                type(v26) is float
                or type(v26) is int
                or (isinstance(v26, (int, float)) and not isinstance(v26, bool))
            ):
                return None
            if v26 < 0.25:
                return None
            if v26 > 1.5:
                return None
        else:
            self.speed = NOT_GIVEN
        if "temperature" in data:
            self.temperature = v27 = data["temperature"]
            if not (
                type(v27) is float
                or type(v27) is int
                or (isinstance(v27, (int, float)) and not isinstance(v27, bool))
            ):
                return None
            if v27 < 0.6:
                return None
            if v27 > 1.2:
                return None
        else:
            self.temperature = NOT_GIVEN
        if "tool_choice" in data:
            self.tool_choice = v28 = data["tool_choice"]
            if not (type(v28) is str or isinstance(v28, str)):
                return None
        else:
            self.tool_choice = NOT_GIVEN
        if "voice" in data:
            self.voice = v29 = data["voice"]
            if not (
                (type(v29) is str or isinstance(v29, str))
                or ((type(v29) is str or isinstance(v29, str)) and v29 in _ENUM_9)
            ):
                return None
        else:
            self.voice = NOT_GIVEN
        if "client_secret" in data:
            v30 = data["client_secret"]
            v30 = SessionCreateParamsClientSecret._parse(v30)
            if v30 is None:
                return None
            self.client_secret = v30
        else:
            self.client_secret = NOT_GIVEN
        if "input_audio_noise_reduction" in data:
            v31 = data["input_audio_noise_reduction"]
            if type(v31) is dict:
                v31 = SessionCreateParamsInputAudioNoiseReduction._parse(v31)
                if v31 is None:
                    return None
            elif v31 is not None:
                return None
            self.input_audio_noise_reduction = v31
        else:
            self.input_audio_noise_reduction = NOT_GIVEN
        if "input_audio_transcription" in data:
            v32 = data["input_audio_transcription"]
            if type(v32) is dict:
                v32 = SessionCreateParamsInputAudioTranscription._parse(v32)
                if v32 is None:
                    return None
            elif v32 is not None:
                return None
            self.input_audio_transcription = v32
        else:
            self.input_audio_transcription = NOT_GIVEN
        if "tools" in data:
            v33 = data["tools"]
            if type(v33) is not list:
                return None
            v34 = []
            for v35 in v33:
                v36 = SessionCreateParamsTool._parse(v35)
                if v36 is None:
                    return None
                v34.append(v36)
            v33 = v34
            self.tools = v33
        else:
            self.tools = NOT_GIVEN
        if "tracing" in data:
            v37 = data["tracing"]
            if type(v37) is dict:
                v37 = SessionCreateParamsTracingConfiguration._parse(v37)
                if v37 is None:
                    return None
            elif not (
                ((type(v37) is str or isinstance(v37, str)) and v37 in _ENUM_10) or v37 is None
            ):
                return None
            self.tracing = v37
        else:
            self.tracing = NOT_GIVEN
        if "turn_detection" in data:
            v38 = data["turn_detection"]
            if type(v38) is dict:
                v38 = SessionCreateParamsTurnDetection._parse(v38)
                if v38 is None:
                    return None
            elif v38 is not None:
                return None
            self.turn_detection = v38
        else:
            self.turn_detection = NOT_GIVEN
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
