# Generated from tests/cases/int_or_inf/spec.yaml by `make generate`; do not edit by hand.
"""Int or inf case

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import Limits

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "JsonObject",
    "JsonValue",
    "Limits",
    "NotGiven",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
