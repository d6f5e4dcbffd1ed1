"""When and how long the client waits before trying a request again.

Hand-written and copied verbatim into the generated package. Connection errors, timeouts, 408,
409, 429 and 5xx are retried with exponential backoff (0.5 s * 2**n, at most 8 s, +-25 %
jitter), or after the server's `retry-after-ms` / `retry-after` (seconds or an HTTP date).

A server's wait is honoured when it is above 0 and at most 60 s. A longer one (or 0) is not
slept through: the client falls back to its own backoff, as openai-python does, so a call never
blocks for minutes on one header; `max_retries` bounds what the retries cost, and a caller who
wants the long wait reads `RateLimitError.response.headers` and schedules it.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass
from datetime import UTC
from typing import Final

import httpx

__all__ = ["RETRYABLE_STATUS", "RetryPolicy", "parse_retry_after", "should_retry"]

RETRYABLE_STATUS: Final = frozenset({408, 409, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts; tests pass a faster one via `_retry_policy=`."""

    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0

    def delay(self, retries_taken: int, headers: httpx.Headers | None) -> float:
        """Seconds to wait before retry number `retries_taken + 1`."""
        retry_after = parse_retry_after(headers) if headers is not None else None
        if retry_after is not None and 0 < retry_after <= self.max_retry_after:
            return retry_after
        backoff = min(self.initial_delay * 2.0**retries_taken, self.max_delay)
        return backoff * (1 + self.jitter * (2 * random.random() - 1))


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """The wait the server asks for: `retry-after-ms`, else `retry-after` (seconds or a date)."""
    millis = _finite_float(headers.get("retry-after-ms"))
    if millis is not None:
        return max(millis / 1000, 0.0)
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _finite_float(raw)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - time.time(), 0.0)


def _finite_float(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def should_retry(response: httpx.Response) -> bool:
    """408, 409, 429 and 5xx are retried, unless the server says otherwise (`x-should-retry`)."""
    override: str | None = response.headers.get("x-should-retry")
    if override in ("true", "false"):
        return override == "true"
    return response.status_code in RETRYABLE_STATUS or response.status_code >= 500
