# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Order"]


Order: TypeAlias = Literal["asc", "desc"] | str
"""Schema: `#/components/schemas/Order`."""
