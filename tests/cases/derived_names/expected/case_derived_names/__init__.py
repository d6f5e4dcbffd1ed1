# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""Derived names case

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue

if TYPE_CHECKING:
    from . import models, validators
    from ._client import AsyncClient, Client
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        OpenAIError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
    )
    from .models import (
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
        TranscriptionSessionCreateRequestAudioInputConfiguration,
        TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction,
    )

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "JsonObject",
    "JsonValue",
    "NotFoundError",
    "NotGiven",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
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
    "UnprocessableEntityError",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "models",
    "validators",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    "._client": ("AsyncClient", "Client"),
    "._exceptions": (
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "InternalServerError",
        "NotFoundError",
        "OpenAIError",
        "PermissionDeniedError",
        "RateLimitError",
        "UnprocessableEntityError",
    ),
    ".models": (
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
    ),
}
_MODULE_OF = {name: module for module, names in _LAZY.items() for name in names}
_SUBMODULES: frozenset[str] = frozenset({"models", "validators"})

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
