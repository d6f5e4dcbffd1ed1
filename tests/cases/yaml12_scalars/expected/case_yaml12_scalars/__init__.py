# Generated from tests/cases/yaml12_scalars/spec.yaml by `make generate`; do not edit by hand.
"""YAML 1.2 scalars case

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import Flags

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "Flags",
    "JsonObject",
    "JsonValue",
    "NotGiven",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
