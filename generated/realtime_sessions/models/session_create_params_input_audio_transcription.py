# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue

__all__ = ["SessionCreateParamsInputAudioTranscription"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"language", "model", "prompt"})


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
            if "language" in data:
                self.language = v3 = data["language"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/language", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            else:
                self.language = NOT_GIVEN
            if "model" in data:
                self.model = v4 = data["model"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/model", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
            else:
                self.model = NOT_GIVEN
            if "prompt" in data:
                self.prompt = v5 = data["prompt"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/prompt", "type", repr(v5) + " is not of type 'string'"
                        )
                    )
            else:
                self.prompt = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
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
