# Generated from tests/cases/all_of/spec.yaml by `make generate`; do not edit by hand.
"""allOf case

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import Named, Pet, Speed

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "JsonObject",
    "JsonValue",
    "Named",
    "NotGiven",
    "Pet",
    "Speed",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
