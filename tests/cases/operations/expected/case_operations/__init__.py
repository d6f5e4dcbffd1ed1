# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""operations case

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
from .models import AttachBody, NewNote, Note, NoteEvent, NoteList, Problem, ReplaceNoteBody

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AttachBody",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "JsonObject",
    "JsonValue",
    "NewNote",
    "NotFoundError",
    "NotGiven",
    "Note",
    "NoteEvent",
    "NoteList",
    "OpenAIError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "ReplaceNoteBody",
    "UnprocessableEntityError",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
