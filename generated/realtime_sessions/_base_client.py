# Generated from generator/runtime/_base_client.py by `make generate`; do not edit by hand.
"""The HTTP base of the client: defaults, request building, retries and error mapping.

Hand-written and copied verbatim into the generated package; the generated `_client.py`
(`Client`, `AsyncClient`) and `resources.py` sit on top of it and only say *what* to send.

Defaults follow the official SDK: the API key comes from `api_key=` or `OPENAI_API_KEY`, the
base URL from `base_url=`, `OPENAI_BASE_URL` or the spec's first server. Connection errors,
timeouts, 408, 409, 429 and 5xx are retried `max_retries` times (default 2) with exponential
backoff (0.5 s * 2**n, at most 8 s, +-25 % jitter), or after the server's `retry-after-ms` /
`retry-after` (seconds or an HTTP date, at most 60 s). Other 4xx answers are never retried.

The API key is never shown: not by `repr(client)`, not in an error, not in a log line.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import platform
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import ClassVar, Final, Protocol, Self, TypeAlias, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    OpenAIError,
    make_status_error,
)
from ._retries import RetryPolicy, parse_retry_after, should_retry
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "RequestOptions",
    "RetryPolicy",
    "SyncAPIClient",
    "Timeout",
    "parse_retry_after",
    "request_body",
]

API_KEY_ENV: Final = "OPENAI_API_KEY"
BASE_URL_ENV: Final = "OPENAI_BASE_URL"
DEFAULT_TIMEOUT: Final = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds, an `httpx.Timeout`, or None for no timeout at all."""

T = TypeVar("T")
log = logging.getLogger(__name__)


class RequestModel(Protocol):
    """What a generated request model offers: its JSON payload, without never-given fields."""

    def to_dict(self) -> dict[str, JsonValue]: ...


def request_body(
    params: RequestModel | NotGiven,
    model: Callable[..., RequestModel],
    keywords: Mapping[str, object],
    validate: Callable[[JsonObject], list[ValidationIssue]],
    *,
    enabled: bool,
) -> JsonObject:
    """The JSON body of a call, validated (unless `enabled` is False) before anything is sent.

    A call passes either a request model positionally or keyword arguments, never both; the
    keywords build `model`, so a missing required one is Python's own TypeError.
    """
    given = {name: value for name, value in keywords.items() if not isinstance(value, NotGiven)}
    if isinstance(params, NotGiven):
        body = model(**given).to_dict()
    elif given:
        names = ", ".join(sorted(given))
        raise TypeError(f"pass the request model or keyword arguments, not both (got {names})")
    else:
        body = params.to_dict()
    if enabled:
        issues = validate(body)
        if issues:
            raise ValidationError(issues)
    return body


@dataclass(frozen=True)
class RequestOptions:
    """One API call, as the generated resources describe it."""

    method: str
    path: str
    body: JsonObject | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    """Headers the operation always sends (e.g. `OpenAI-Beta`)."""
    extra_headers: Mapping[str, str] | None = None
    extra_body: Mapping[str, JsonValue] | None = None
    """Merged into the body after validation: an escape hatch for fields the spec lacks."""
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN


class _BaseClient:
    """What the sync and async clients share: settings, request building, answer handling."""

    _default_base_url: ClassVar[str] = ""
    _user_agent: ClassVar[str] = ""

    api_key: str
    base_url: str
    timeout: Timeout
    max_retries: int
    validate_requests: bool

    def _configure(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        validate_requests: bool,
        retry_policy: RetryPolicy | None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not api_key:
            raise OpenAIError(
                f"no API key: pass api_key= to the client or set the {API_KEY_ENV} "
                "environment variable"
            )
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        base_url = base_url or os.environ.get(BASE_URL_ENV) or self._default_base_url
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.validate_requests = validate_requests
        self._retry_policy = retry_policy or RetryPolicy()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"max_retries={self.max_retries!r}, timeout={self.timeout!r})"
        )

    @property
    def user_agent(self) -> str:
        return f"{self._user_agent} Python/{platform.python_version()}"

    def _headers(self, options: RequestOptions) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {self.api_key}",
            "User-Agent": self.user_agent,
        }
        if options.body is not None or options.extra_body:
            headers["Content-Type"] = "application/json"
        return {**headers, **options.headers, **(options.extra_headers or {})}

    def _content(self, options: RequestOptions) -> bytes | None:
        if options.body is None and not options.extra_body:
            return None
        body = {**(options.body or {}), **(options.extra_body or {})}
        text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8")

    def _timeout(self, options: RequestOptions) -> Timeout:
        return self.timeout if isinstance(options.timeout, NotGiven) else options.timeout

    def _max_retries(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self.max_retries
        return options.max_retries

    def _log_request(self, request: httpx.Request) -> None:
        if log.isEnabledFor(logging.DEBUG):
            headers = {
                name: "<redacted>" if name.lower() == "authorization" else value
                for name, value in request.headers.items()
            }
            log.debug("request: %s %s headers=%s", request.method, request.url, headers)

    def _retry_delay(
        self, request: httpx.Request, retries_taken: int, response: httpx.Response | None
    ) -> float:
        delay = self._retry_policy.delay(retries_taken, response.headers if response else None)
        reason = f"status {response.status_code}" if response else "no answer"
        log.info("retrying %s %s in %.2f s (%s)", request.method, request.url, delay, reason)
        return delay

    def _connection_error(self, exc: httpx.TransportError, request: httpx.Request) -> APIError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(request)
        return APIConnectionError(request)

    def _process_response(self, response: httpx.Response, cast: Callable[[JsonObject], T]) -> T:
        log.debug("response: %s %s", response.status_code, response.reason_phrase)
        if not response.is_success:
            body = _scrub(_decode_body(response), self.api_key)
            raise make_status_error(_status_message(response, body), response, body)
        try:
            data: JsonValue = response.json()
        except ValueError:
            body = _scrub(response.text, self.api_key)
            raise APIResponseValidationError(
                "the API answered with a body that is not JSON", response, body=body
            ) from None
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                "the API answered with JSON that is not an object",
                response,
                body=_scrub(data, self.api_key),
            )
        try:
            return cast(data)
        except (TypeError, ValueError, KeyError) as exc:
            message = _scrub_text(f"the API's answer could not be parsed: {exc}", self.api_key)
            raise APIResponseValidationError(message, response, body=data) from None


class SyncAPIClient(_BaseClient):
    """The synchronous base: `Client` adds the resources. Use it as a context manager."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        validate_requests: bool = True,
        http_client: httpx.Client | None = None,
        _retry_policy: RetryPolicy | None = None,
    ) -> None:
        """Configure the client; raises `OpenAIError` if no API key is given or in the env.

        `validate_requests=False` sends request bodies without checking them against the spec
        first (e.g. for a model name newer than the spec). `http_client` lets you bring your
        own `httpx.Client` (proxies, transports); it is then yours to close.
        """
        self._configure(api_key, base_url, timeout, max_retries, validate_requests, _retry_policy)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()

    def request(self, options: RequestOptions, cast: Callable[[JsonObject], T]) -> T:
        """Send one API call, retrying as the module docstring says; parse the answer."""
        request = self._http.build_request(
            options.method,
            self.base_url + options.path,
            headers=self._headers(options),
            content=self._content(options),
            timeout=self._timeout(options),
        )
        max_retries = self._max_retries(options)
        retries_taken = 0
        while True:
            self._log_request(request)
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                if retries_taken >= max_retries:
                    raise self._connection_error(exc, request) from exc
                delay = self._retry_delay(request, retries_taken, None)
            else:
                if retries_taken >= max_retries or not should_retry(response):
                    return self._process_response(response, cast)
                response.close()
                delay = self._retry_delay(request, retries_taken, response)
            time.sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the connection pool (unless `http_client=` was given)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """The asynchronous base: `AsyncClient` adds the resources. Use `async with`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        validate_requests: bool = True,
        http_client: httpx.AsyncClient | None = None,
        _retry_policy: RetryPolicy | None = None,
    ) -> None:
        """Configure the client; the options are those of `SyncAPIClient`."""
        self._configure(api_key, base_url, timeout, max_retries, validate_requests, _retry_policy)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()

    async def request(self, options: RequestOptions, cast: Callable[[JsonObject], T]) -> T:
        """Send one API call, retrying as the module docstring says; parse the answer."""
        request = self._http.build_request(
            options.method,
            self.base_url + options.path,
            headers=self._headers(options),
            content=self._content(options),
            timeout=self._timeout(options),
        )
        max_retries = self._max_retries(options)
        retries_taken = 0
        while True:
            self._log_request(request)
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                if retries_taken >= max_retries:
                    raise self._connection_error(exc, request) from exc
                delay = self._retry_delay(request, retries_taken, None)
            else:
                if retries_taken >= max_retries or not should_retry(response):
                    return self._process_response(response, cast)
                await response.aclose()
                delay = self._retry_delay(request, retries_taken, response)
            await asyncio.sleep(delay)
            retries_taken += 1

    async def close(self) -> None:
        """Close the connection pool (unless `http_client=` was given)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def _decode_body(response: httpx.Response) -> JsonValue:
    try:
        data: JsonValue = response.json()
    except ValueError:
        return response.text or None
    return data


def _status_message(response: httpx.Response, body: JsonValue) -> str:
    error = body.get("error") if isinstance(body, dict) else None
    detail = error.get("message") if isinstance(error, dict) else None
    return f"Error code: {response.status_code} - {detail if detail is not None else body}"


def _scrub(value: JsonValue, secret: str) -> JsonValue:
    """`value` with every occurrence of `secret` in its strings replaced, recursively."""
    if isinstance(value, str):
        return _scrub_text(value, secret)
    if isinstance(value, list):
        return [_scrub(item, secret) for item in value]
    if isinstance(value, dict):
        return {_scrub_text(key, secret): _scrub(item, secret) for key, item in value.items()}
    return value


def _scrub_text(text: str, secret: str) -> str:
    return text.replace(secret, "<redacted>")
