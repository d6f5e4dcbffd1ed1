# Generated from tests/cases/python_names/spec.yaml by `make generate`; do not edit by hand.
"""Python names case

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import Exception_, None_, True_

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "Exception_",
    "JsonObject",
    "JsonValue",
    "None_",
    "NotGiven",
    "True_",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
