# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .session_input_audio_noise_reduction import SessionInputAudioNoiseReduction
from .session_input_audio_transcription import SessionInputAudioTranscription
from .session_tool import SessionTool
from .session_tracing_configuration import SessionTracingConfiguration
from .session_turn_detection import SessionTurnDetection

__all__ = ["Session"]


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
