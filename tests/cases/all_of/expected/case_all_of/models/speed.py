# Generated from tests/cases/all_of/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Speed"]


Speed: TypeAlias = Literal["fast", "slow"] | str
"""Members that are not objects map to the narrowest of their types.

Schema: `#/components/schemas/Speed`.
"""
