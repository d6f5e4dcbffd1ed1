# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""oneOf of models case

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
from .models import Adopted, Adoption, Cat, Dog

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Adopted",
    "Adoption",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Cat",
    "Client",
    "ConflictError",
    "Dog",
    "InternalServerError",
    "JsonObject",
    "JsonValue",
    "NotFoundError",
    "NotGiven",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
