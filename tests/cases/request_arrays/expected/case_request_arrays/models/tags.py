# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

__all__ = ["Tags"]


Tags: TypeAlias = Sequence[str]
"""A named array a request reaches, so typed for requests everywhere.

Schema: `#/components/schemas/Tags`.
"""
