# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas, one module per group of schemas that refer to each other.

Each name is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import (
        Run,
        RunCaption,
        RunCaptionCaption,
        RunImage,
        RunImageUrl,
        RunItemReferenceInputMessages,
        RunShapeVariant0,
        RunShapeVariant1,
        RunTemplateInputMessages,
        RunTemplateInputMessagesTemplateItem,
        RunTracing,
    )
    from .transcription_session_create_request_audio_input_configuration import (
        TranscriptionSessionCreateRequestAudioInputConfiguration,
        TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction,
    )

__all__ = [
    "Run",
    "RunCaption",
    "RunCaptionCaption",
    "RunImage",
    "RunImageUrl",
    "RunItemReferenceInputMessages",
    "RunShapeVariant0",
    "RunShapeVariant1",
    "RunTemplateInputMessages",
    "RunTemplateInputMessagesTemplateItem",
    "RunTracing",
    "TranscriptionSessionCreateRequestAudioInputConfiguration",
    "TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".run": (
        "Run",
        "RunCaption",
        "RunCaptionCaption",
        "RunImage",
        "RunImageUrl",
        "RunItemReferenceInputMessages",
        "RunShapeVariant0",
        "RunShapeVariant1",
        "RunTemplateInputMessages",
        "RunTemplateInputMessagesTemplateItem",
        "RunTracing",
    ),
    ".transcription_session_create_request_audio_input_configuration": (
        "TranscriptionSessionCreateRequestAudioInputConfiguration",
        "TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction",
    ),
}
_MODULE_OF = {name: module for module, names in _LAZY.items() for name in names}
_SUBMODULES: frozenset[str] = frozenset()

if not TYPE_CHECKING:  # type checkers read the imports above, and flag a misspelt name

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            value = _import_module(f".{name}", __name__)
        elif name in _MODULE_OF:
            value = getattr(_import_module(_MODULE_OF[name], __name__), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
