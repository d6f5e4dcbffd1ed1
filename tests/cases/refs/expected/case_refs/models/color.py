# Generated from tests/cases/refs/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Color"]


Color: TypeAlias = Literal["red", "green"] | str
"""A named, non-object schema becomes a type alias.

Schema: `#/components/schemas/Color`.
"""
