# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid);
`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each
function is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .session import is_valid_session, validate_session
    from .session_create_params import (
        is_valid_session_create_params,
        validate_session_create_params,
    )
    from .session_create_params_client_secret import (
        is_valid_session_create_params_client_secret,
        validate_session_create_params_client_secret,
    )
    from .session_create_params_client_secret_expires_after import (
        is_valid_session_create_params_client_secret_expires_after,
        validate_session_create_params_client_secret_expires_after,
    )
    from .session_create_params_input_audio_noise_reduction import (
        is_valid_session_create_params_input_audio_noise_reduction,
        validate_session_create_params_input_audio_noise_reduction,
    )
    from .session_create_params_input_audio_transcription import (
        is_valid_session_create_params_input_audio_transcription,
        validate_session_create_params_input_audio_transcription,
    )
    from .session_create_params_tool import (
        is_valid_session_create_params_tool,
        validate_session_create_params_tool,
    )
    from .session_create_params_tracing_configuration import (
        is_valid_session_create_params_tracing_configuration,
        validate_session_create_params_tracing_configuration,
    )
    from .session_create_params_turn_detection import (
        is_valid_session_create_params_turn_detection,
        validate_session_create_params_turn_detection,
    )
    from .session_create_response import (
        is_valid_session_create_response,
        validate_session_create_response,
    )
    from .session_create_response_client_secret import (
        is_valid_session_create_response_client_secret,
        validate_session_create_response_client_secret,
    )
    from .session_create_response_input_audio_transcription import (
        is_valid_session_create_response_input_audio_transcription,
        validate_session_create_response_input_audio_transcription,
    )
    from .session_create_response_tool import (
        is_valid_session_create_response_tool,
        validate_session_create_response_tool,
    )
    from .session_create_response_tracing_configuration import (
        is_valid_session_create_response_tracing_configuration,
        validate_session_create_response_tracing_configuration,
    )
    from .session_create_response_turn_detection import (
        is_valid_session_create_response_turn_detection,
        validate_session_create_response_turn_detection,
    )
    from .session_input_audio_noise_reduction import (
        is_valid_session_input_audio_noise_reduction,
        validate_session_input_audio_noise_reduction,
    )
    from .session_input_audio_transcription import (
        is_valid_session_input_audio_transcription,
        validate_session_input_audio_transcription,
    )
    from .session_tool import is_valid_session_tool, validate_session_tool
    from .session_tracing_configuration import (
        is_valid_session_tracing_configuration,
        validate_session_tracing_configuration,
    )
    from .session_turn_detection import (
        is_valid_session_turn_detection,
        validate_session_turn_detection,
    )

__all__ = [
    "is_valid_session",
    "is_valid_session_create_params",
    "is_valid_session_create_params_client_secret",
    "is_valid_session_create_params_client_secret_expires_after",
    "is_valid_session_create_params_input_audio_noise_reduction",
    "is_valid_session_create_params_input_audio_transcription",
    "is_valid_session_create_params_tool",
    "is_valid_session_create_params_tracing_configuration",
    "is_valid_session_create_params_turn_detection",
    "is_valid_session_create_response",
    "is_valid_session_create_response_client_secret",
    "is_valid_session_create_response_input_audio_transcription",
    "is_valid_session_create_response_tool",
    "is_valid_session_create_response_tracing_configuration",
    "is_valid_session_create_response_turn_detection",
    "is_valid_session_input_audio_noise_reduction",
    "is_valid_session_input_audio_transcription",
    "is_valid_session_tool",
    "is_valid_session_tracing_configuration",
    "is_valid_session_turn_detection",
    "validate_session",
    "validate_session_create_params",
    "validate_session_create_params_client_secret",
    "validate_session_create_params_client_secret_expires_after",
    "validate_session_create_params_input_audio_noise_reduction",
    "validate_session_create_params_input_audio_transcription",
    "validate_session_create_params_tool",
    "validate_session_create_params_tracing_configuration",
    "validate_session_create_params_turn_detection",
    "validate_session_create_response",
    "validate_session_create_response_client_secret",
    "validate_session_create_response_input_audio_transcription",
    "validate_session_create_response_tool",
    "validate_session_create_response_tracing_configuration",
    "validate_session_create_response_turn_detection",
    "validate_session_input_audio_noise_reduction",
    "validate_session_input_audio_transcription",
    "validate_session_tool",
    "validate_session_tracing_configuration",
    "validate_session_turn_detection",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".session": ("is_valid_session", "validate_session"),
    ".session_create_params": ("is_valid_session_create_params", "validate_session_create_params"),
    ".session_create_params_client_secret": (
        "is_valid_session_create_params_client_secret",
        "validate_session_create_params_client_secret",
    ),
    ".session_create_params_client_secret_expires_after": (
        "is_valid_session_create_params_client_secret_expires_after",
        "validate_session_create_params_client_secret_expires_after",
    ),
    ".session_create_params_input_audio_noise_reduction": (
        "is_valid_session_create_params_input_audio_noise_reduction",
        "validate_session_create_params_input_audio_noise_reduction",
    ),
    ".session_create_params_input_audio_transcription": (
        "is_valid_session_create_params_input_audio_transcription",
        "validate_session_create_params_input_audio_transcription",
    ),
    ".session_create_params_tool": (
        "is_valid_session_create_params_tool",
        "validate_session_create_params_tool",
    ),
    ".session_create_params_tracing_configuration": (
        "is_valid_session_create_params_tracing_configuration",
        "validate_session_create_params_tracing_configuration",
    ),
    ".session_create_params_turn_detection": (
        "is_valid_session_create_params_turn_detection",
        "validate_session_create_params_turn_detection",
    ),
    ".session_create_response": (
        "is_valid_session_create_response",
        "validate_session_create_response",
    ),
    ".session_create_response_client_secret": (
        "is_valid_session_create_response_client_secret",
        "validate_session_create_response_client_secret",
    ),
    ".session_create_response_input_audio_transcription": (
        "is_valid_session_create_response_input_audio_transcription",
        "validate_session_create_response_input_audio_transcription",
    ),
    ".session_create_response_tool": (
        "is_valid_session_create_response_tool",
        "validate_session_create_response_tool",
    ),
    ".session_create_response_tracing_configuration": (
        "is_valid_session_create_response_tracing_configuration",
        "validate_session_create_response_tracing_configuration",
    ),
    ".session_create_response_turn_detection": (
        "is_valid_session_create_response_turn_detection",
        "validate_session_create_response_turn_detection",
    ),
    ".session_input_audio_noise_reduction": (
        "is_valid_session_input_audio_noise_reduction",
        "validate_session_input_audio_noise_reduction",
    ),
    ".session_input_audio_transcription": (
        "is_valid_session_input_audio_transcription",
        "validate_session_input_audio_transcription",
    ),
    ".session_tool": ("is_valid_session_tool", "validate_session_tool"),
    ".session_tracing_configuration": (
        "is_valid_session_tracing_configuration",
        "validate_session_tracing_configuration",
    ),
    ".session_turn_detection": (
        "is_valid_session_turn_detection",
        "validate_session_turn_detection",
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
