# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven

__all__ = ["SessionInputAudioTranscription"]


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
