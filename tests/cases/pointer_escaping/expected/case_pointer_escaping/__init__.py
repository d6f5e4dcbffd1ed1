# Generated from tests/cases/pointer_escaping/spec.yaml by `make generate`; do not edit by hand.
"""Pointer escaping case

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import Holder, Odd, OddAB, OddNL, OddSL, OddT1

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "Holder",
    "JsonObject",
    "JsonValue",
    "NotGiven",
    "Odd",
    "OddAB",
    "OddNL",
    "OddSL",
    "OddT1",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
