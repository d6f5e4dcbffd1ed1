# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""OpenAI Realtime Sessions API (beta)

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
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
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import (
    Session,
    SessionCreateParams,
    SessionCreateParamsClientSecret,
    SessionCreateParamsClientSecretExpiresAfter,
    SessionCreateParamsInputAudioNoiseReduction,
    SessionCreateParamsInputAudioTranscription,
    SessionCreateParamsTool,
    SessionCreateParamsTracingConfiguration,
    SessionCreateParamsTurnDetection,
    SessionCreateResponse,
    SessionCreateResponseClientSecret,
    SessionCreateResponseInputAudioTranscription,
    SessionCreateResponseTool,
    SessionCreateResponseTracingConfiguration,
    SessionCreateResponseTurnDetection,
    SessionInputAudioNoiseReduction,
    SessionInputAudioTranscription,
    SessionTool,
    SessionTracingConfiguration,
    SessionTurnDetection,
)

__version__ = "5.13.1"

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
    "UnprocessableEntityError",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
