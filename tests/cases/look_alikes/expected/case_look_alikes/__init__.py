# Generated from tests/cases/look_alikes/spec.yaml by `make generate`; do not edit by hand.
"""Look-alikes

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import A

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "A",
    "JsonObject",
    "JsonValue",
    "NotGiven",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
