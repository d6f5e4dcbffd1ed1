# Generated from tests/cases/ecma_patterns/spec.yaml by `make generate`; do not edit by hand.
"""ECMA-262 patterns

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import Tool

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "JsonObject",
    "JsonValue",
    "NotGiven",
    "Tool",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
