# Generated from tests/cases/nested/spec.yaml by `make generate`; do not edit by hand.
"""Nested case

Models are keyword-only dataclasses; optional fields default to `NOT_GIVEN` (omitted),
which is not the same as `None` (sent as JSON `null`).
"""

from . import validators
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue
from .models import Order, OrderCustomer, OrderCustomerAddress, OrderLinesItem

__version__ = "1"

__all__ = [
    "NOT_GIVEN",
    "JsonObject",
    "JsonValue",
    "NotGiven",
    "Order",
    "OrderCustomer",
    "OrderCustomerAddress",
    "OrderLinesItem",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "validators",
]
