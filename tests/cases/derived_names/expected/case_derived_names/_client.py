# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""`Client` and `AsyncClient`: the runtime's HTTP base plus the spec's top-level resources.

Use them as context managers (`with Client() as client:`, `async with AsyncClient() as client:`)
so the connection pool is closed; the API key defaults to $OPENAI_API_KEY.
"""

from __future__ import annotations

from functools import cached_property

from ._base_client import AsyncAPIClient, SyncAPIClient
from .resources import AsyncRuns, Runs

__all__ = ["AsyncClient", "Client"]

DEFAULT_BASE_URL = "https://runs.example/v1"
"""The spec's first server; `base_url=` or $OPENAI_BASE_URL override it."""

USER_AGENT = "case_derived_names/1"


class Client(SyncAPIClient):
    """The synchronous client of `case_derived_names`.

    Options (all keyword-only): `api_key` (default: $OPENAI_API_KEY), `base_url` (default:
    $OPENAI_BASE_URL, else the spec's server), `timeout`, `max_retries` (default 2),
    `validate_requests` (default True) and `http_client`.
    """

    _default_base_url = DEFAULT_BASE_URL
    _user_agent = USER_AGENT

    @cached_property
    def runs(self) -> Runs:
        """`client.runs`"""
        return Runs(self)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client of `case_derived_names`.

    Options (all keyword-only): `api_key` (default: $OPENAI_API_KEY), `base_url` (default:
    $OPENAI_BASE_URL, else the spec's server), `timeout`, `max_retries` (default 2),
    `validate_requests` (default True) and `http_client`.
    """

    _default_base_url = DEFAULT_BASE_URL
    _user_agent = USER_AGENT

    @cached_property
    def runs(self) -> AsyncRuns:
        """`client.runs`"""
        return AsyncRuns(self)
