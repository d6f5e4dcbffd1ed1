# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid);
`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each
function is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import (
        is_valid_run,
        is_valid_run_caption,
        is_valid_run_caption_caption,
        is_valid_run_image,
        is_valid_run_image_url,
        is_valid_run_item_reference_input_messages,
        is_valid_run_shape_variant_0,
        is_valid_run_shape_variant_1,
        is_valid_run_template_input_messages,
        is_valid_run_template_input_messages_template_item,
        is_valid_run_tracing,
        validate_run,
        validate_run_caption,
        validate_run_caption_caption,
        validate_run_image,
        validate_run_image_url,
        validate_run_item_reference_input_messages,
        validate_run_shape_variant_0,
        validate_run_shape_variant_1,
        validate_run_template_input_messages,
        validate_run_template_input_messages_template_item,
        validate_run_tracing,
    )
    from .transcription_session_create_request_audio_input_configuration import (
        is_valid_transcription_session_create_request_audio_input_configuration,
        is_valid_transcription_session_create_request_audio_input_configuration_noise_reduction,
        validate_transcription_session_create_request_audio_input_configuration,
        validate_transcription_session_create_request_audio_input_configuration_noise_reduction,
    )

__all__ = [
    "is_valid_run",
    "is_valid_run_caption",
    "is_valid_run_caption_caption",
    "is_valid_run_image",
    "is_valid_run_image_url",
    "is_valid_run_item_reference_input_messages",
    "is_valid_run_shape_variant_0",
    "is_valid_run_shape_variant_1",
    "is_valid_run_template_input_messages",
    "is_valid_run_template_input_messages_template_item",
    "is_valid_run_tracing",
    "is_valid_transcription_session_create_request_audio_input_configuration",
    "is_valid_transcription_session_create_request_audio_input_configuration_noise_reduction",
    "validate_run",
    "validate_run_caption",
    "validate_run_caption_caption",
    "validate_run_image",
    "validate_run_image_url",
    "validate_run_item_reference_input_messages",
    "validate_run_shape_variant_0",
    "validate_run_shape_variant_1",
    "validate_run_template_input_messages",
    "validate_run_template_input_messages_template_item",
    "validate_run_tracing",
    "validate_transcription_session_create_request_audio_input_configuration",
    "validate_transcription_session_create_request_audio_input_configuration_noise_reduction",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".run": (
        "is_valid_run",
        "is_valid_run_caption",
        "is_valid_run_caption_caption",
        "is_valid_run_image",
        "is_valid_run_image_url",
        "is_valid_run_item_reference_input_messages",
        "is_valid_run_shape_variant_0",
        "is_valid_run_shape_variant_1",
        "is_valid_run_template_input_messages",
        "is_valid_run_template_input_messages_template_item",
        "is_valid_run_tracing",
        "validate_run",
        "validate_run_caption",
        "validate_run_caption_caption",
        "validate_run_image",
        "validate_run_image_url",
        "validate_run_item_reference_input_messages",
        "validate_run_shape_variant_0",
        "validate_run_shape_variant_1",
        "validate_run_template_input_messages",
        "validate_run_template_input_messages_template_item",
        "validate_run_tracing",
    ),
    ".transcription_session_create_request_audio_input_configuration": (
        "is_valid_transcription_session_create_request_audio_input_configuration",
        "is_valid_transcription_session_create_request_audio_input_configuration_noise_reduction",
        "validate_transcription_session_create_request_audio_input_configuration",
        "validate_transcription_session_create_request_audio_input_configuration_noise_reduction",
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
