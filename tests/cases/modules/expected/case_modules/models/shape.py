# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from typing import TypeAlias

from .circle import Circle
from .square import Square

__all__ = ["Shape"]


Shape: TypeAlias = Circle | Square
"""Schema: `#/components/schemas/Shape`."""
