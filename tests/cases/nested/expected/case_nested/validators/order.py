# Generated from tests/cases/nested/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_order",
    "is_valid_order_customer",
    "is_valid_order_customer_address",
    "is_valid_order_lines_item",
    "validate_order",
    "validate_order_customer",
    "validate_order_customer_address",
    "validate_order_lines_item",
]


def validate_order(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "customer" not in data:
            issues.append(ValidationIssue("", "required", "'customer' is a required property"))
        if "customer" in data:
            v1 = data["customer"]
            if type(v1) is dict or isinstance(v1, dict):
                if "name" not in v1:
                    issues.append(
                        ValidationIssue("/customer", "required", "'name' is a required property")
                    )
                if "name" in v1:
                    v2 = v1["name"]
                    if not (type(v2) is str or isinstance(v2, str)):
                        issues.append(
                            ValidationIssue(
                                "/customer/name", "type", repr(v2) + " is not of type 'string'"
                            )
                        )
                if "address" in v1:
                    v3 = v1["address"]
                    if type(v3) is dict or isinstance(v3, dict):
                        if "city" in v3:
                            v4 = v3["city"]
                            if not (type(v4) is str or isinstance(v4, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/customer/address/city",
                                        "type",
                                        repr(v4) + " is not of type 'string'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/customer/address", "type", repr(v3) + " is not of type 'object'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/customer", "type", repr(v1) + " is not of type 'object'")
                )
        if "lines" in data:
            v5 = data["lines"]
            if type(v5) is list or isinstance(v5, list):
                for i7, v6 in enumerate(v5):
                    if type(v6) is dict or isinstance(v6, dict):
                        if "sku" not in v6:
                            issues.append(
                                ValidationIssue(
                                    "/lines/" + str(i7), "required", "'sku' is a required property"
                                )
                            )
                        if "sku" in v6:
                            v8 = v6["sku"]
                            if not (type(v8) is str or isinstance(v8, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/lines/" + str(i7) + "/sku",
                                        "type",
                                        repr(v8) + " is not of type 'string'",
                                    )
                                )
                        if "quantity" in v6:
                            v9 = v6["quantity"]
                            if (
                                type(v9) is int
                                or (isinstance(v9, int) and not isinstance(v9, bool))
                                or (isinstance(v9, float) and v9.is_integer())
                            ):
                                if v9 < 1:
                                    issues.append(
                                        ValidationIssue(
                                            "/lines/" + str(i7) + "/quantity",
                                            "minimum",
                                            repr(v9) + " is less than the minimum of 1",
                                        )
                                    )
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/lines/" + str(i7) + "/quantity",
                                        "type",
                                        repr(v9) + " is not of type 'integer'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/lines/" + str(i7), "type", repr(v6) + " is not of type 'object'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/lines", "type", repr(v5) + " is not of type 'array'")
                )
        if "tags" in data:
            v10 = data["tags"]
            if type(v10) is list or isinstance(v10, list):
                for i12, v11 in enumerate(v10):
                    if not (type(v11) is str or isinstance(v11, str)):
                        issues.append(
                            ValidationIssue(
                                "/tags/" + str(i12), "type", repr(v11) + " is not of type 'string'"
                            )
                        )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_order(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "customer" not in data:
        return False
    if "customer" in data:
        v1 = data["customer"]
        if not (type(v1) is dict or isinstance(v1, dict)):
            return False
        if "name" not in v1:
            return False
        if "name" in v1:
            v2 = v1["name"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "address" in v1:
            v3 = v1["address"]
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if "city" in v3:
                v4 = v3["city"]
                if not (type(v4) is str or isinstance(v4, str)):
                    return False
    if "lines" in data:
        v5 = data["lines"]
        if not (type(v5) is list or isinstance(v5, list)):
            return False
        for v6 in v5:
            if not (type(v6) is dict or isinstance(v6, dict)):
                return False
            if "sku" not in v6:
                return False
            if "sku" in v6:
                v7 = v6["sku"]
                if not (type(v7) is str or isinstance(v7, str)):
                    return False
            if "quantity" in v6:
                v8 = v6["quantity"]
                if not (
                    type(v8) is int
                    or (isinstance(v8, int) and not isinstance(v8, bool))
                    or (isinstance(v8, float) and v8.is_integer())
                ):
                    return False
                if v8 < 1:
                    return False
    if "tags" in data:
        v9 = data["tags"]
        if type(v9) is list or isinstance(v9, list):
            for v10 in v9:
                if not (type(v10) is str or isinstance(v10, str)):
                    return False
    return True


def validate_order_customer(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "name" not in data:
            issues.append(ValidationIssue("", "required", "'name' is a required property"))
        if "name" in data:
            v1 = data["name"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/name", "type", repr(v1) + " is not of type 'string'")
                )
        if "address" in data:
            v2 = data["address"]
            if type(v2) is dict or isinstance(v2, dict):
                if "city" in v2:
                    v3 = v2["city"]
                    if not (type(v3) is str or isinstance(v3, str)):
                        issues.append(
                            ValidationIssue(
                                "/address/city", "type", repr(v3) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/address", "type", repr(v2) + " is not of type 'object'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_order_customer(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "name" not in data:
        return False
    if "name" in data:
        v1 = data["name"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "address" in data:
        v2 = data["address"]
        if not (type(v2) is dict or isinstance(v2, dict)):
            return False
        if "city" in v2:
            v3 = v2["city"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True


def validate_order_customer_address(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "city" in data:
            v1 = data["city"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/city", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_order_customer_address(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "city" in data:
        v1 = data["city"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_order_lines_item(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "sku" not in data:
            issues.append(ValidationIssue("", "required", "'sku' is a required property"))
        if "sku" in data:
            v1 = data["sku"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/sku", "type", repr(v1) + " is not of type 'string'")
                )
        if "quantity" in data:
            v2 = data["quantity"]
            if (
                type(v2) is int
                or (isinstance(v2, int) and not isinstance(v2, bool))
                or (isinstance(v2, float) and v2.is_integer())
            ):
                if v2 < 1:
                    issues.append(
                        ValidationIssue(
                            "/quantity", "minimum", repr(v2) + " is less than the minimum of 1"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/quantity", "type", repr(v2) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_order_lines_item(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "sku" not in data:
        return False
    if "sku" in data:
        v1 = data["sku"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "quantity" in data:
        v2 = data["quantity"]
        if not (
            type(v2) is int
            or (isinstance(v2, int) and not isinstance(v2, bool))
            or (isinstance(v2, float) and v2.is_integer())
        ):
            return False
        if v2 < 1:
            return False
    return True
