# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas, one module per group of schemas that refer to each other.

Each name is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .session import Session
    from .session_create_params import SessionCreateParams
    from .session_create_params_client_secret import SessionCreateParamsClientSecret
    from .session_create_params_client_secret_expires_after import (
        SessionCreateParamsClientSecretExpiresAfter,
    )
    from .session_create_params_input_audio_noise_reduction import (
        SessionCreateParamsInputAudioNoiseReduction,
    )
    from .session_create_params_input_audio_transcription import (
        SessionCreateParamsInputAudioTranscription,
    )
    from .session_create_params_tool import SessionCreateParamsTool
    from .session_create_params_tracing_configuration import SessionCreateParamsTracingConfiguration
    from .session_create_params_turn_detection import SessionCreateParamsTurnDetection
    from .session_create_response import SessionCreateResponse
    from .session_create_response_client_secret import SessionCreateResponseClientSecret
    from .session_create_response_input_audio_transcription import (
        SessionCreateResponseInputAudioTranscription,
    )
    from .session_create_response_tool import SessionCreateResponseTool
    from .session_create_response_tracing_configuration import (
        SessionCreateResponseTracingConfiguration,
    )
    from .session_create_response_turn_detection import SessionCreateResponseTurnDetection
    from .session_input_audio_noise_reduction import SessionInputAudioNoiseReduction
    from .session_input_audio_transcription import SessionInputAudioTranscription
    from .session_tool import SessionTool
    from .session_tracing_configuration import SessionTracingConfiguration
    from .session_turn_detection import SessionTurnDetection

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

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".session": ("Session",),
    ".session_create_params": ("SessionCreateParams",),
    ".session_create_params_client_secret": ("SessionCreateParamsClientSecret",),
    ".session_create_params_client_secret_expires_after": (
        "SessionCreateParamsClientSecretExpiresAfter",
    ),
    ".session_create_params_input_audio_noise_reduction": (
        "SessionCreateParamsInputAudioNoiseReduction",
    ),
    ".session_create_params_input_audio_transcription": (
        "SessionCreateParamsInputAudioTranscription",
    ),
    ".session_create_params_tool": ("SessionCreateParamsTool",),
    ".session_create_params_tracing_configuration": ("SessionCreateParamsTracingConfiguration",),
    ".session_create_params_turn_detection": ("SessionCreateParamsTurnDetection",),
    ".session_create_response": ("SessionCreateResponse",),
    ".session_create_response_client_secret": ("SessionCreateResponseClientSecret",),
    ".session_create_response_input_audio_transcription": (
        "SessionCreateResponseInputAudioTranscription",
    ),
    ".session_create_response_tool": ("SessionCreateResponseTool",),
    ".session_create_response_tracing_configuration": (
        "SessionCreateResponseTracingConfiguration",
    ),
    ".session_create_response_turn_detection": ("SessionCreateResponseTurnDetection",),
    ".session_input_audio_noise_reduction": ("SessionInputAudioNoiseReduction",),
    ".session_input_audio_transcription": ("SessionInputAudioTranscription",),
    ".session_tool": ("SessionTool",),
    ".session_tracing_configuration": ("SessionTracingConfiguration",),
    ".session_turn_detection": ("SessionTurnDetection",),
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
