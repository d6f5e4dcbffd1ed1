# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""import names case

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
    FieldSpec,
    JsonValueCount,
    LiteralText,
    MappingEntry,
    Note,
    NotGivenReason,
    TypeAliasNames,
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
    "FieldSpec",
    "InternalServerError",
    "JsonObject",
    "JsonValue",
    "JsonValueCount",
    "LiteralText",
    "MappingEntry",
    "NotFoundError",
    "NotGiven",
    "NotGivenReason",
    "Note",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "TypeAliasNames",
    "UnprocessableEntityError",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
