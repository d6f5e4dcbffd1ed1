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
import logging
import os
import platform
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, ClassVar, Final, Self, TypeAlias, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    OpenAIError,
    decode_body,
    make_status_error,
    scrub,
    scrub_text,
    status_message,
)
from ._files import to_httpx_file
from ._pagination import AsyncCursorPage, Cursor, SyncCursorPage
from ._params import build_path, check_parameters, form_data, header_values, query_pairs, text
from ._request import Multipart, RequestOptions, json_bytes
from ._response import BinaryResponse
from ._retries import RetryPolicy, parse_retry_after, should_retry
from ._streaming import AsyncStream, Stream
from ._types import JsonValue, NotGiven

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "RetryPolicy",
    "SyncAPIClient",
    "Timeout",
    "parse_retry_after",
]

API_KEY_ENV: Final = "OPENAI_API_KEY"
BASE_URL_ENV: Final = "OPENAI_BASE_URL"
DEFAULT_TIMEOUT: Final = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds, an `httpx.Timeout`, or None for no timeout at all."""

T = TypeVar("T")
log = logging.getLogger(__name__)


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

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions
    ) -> httpx.Request:
        """The request to send (and to send again on a retry), its parameters checked first
        (unless `validate_requests` is False; the body was checked when the call was made)."""
        if self.validate_requests:
            check_parameters(options.parameters)
        query: list[tuple[str, str]] = query_pairs(options.parameters)
        query += [(name, text(value)) for name, value in (options.extra_query or {}).items()]
        headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {self.api_key}",
            "User-Agent": self.user_agent,
            **header_values(options.parameters),
        }
        body = options.body
        extra = options.extra_body or {}
        data: dict[str, str | list[str]] | None = None
        files = None
        content = None
        if isinstance(body, Multipart):
            data = form_data({**body.fields, **extra})
            files = [(name, to_httpx_file(value)) for name, value in body.files]
        elif body is not None or extra:
            headers["Content-Type"] = "application/json"
            content = json_bytes({**(body or {}), **extra})
        return http.build_request(
            options.method,
            self.base_url + build_path(options.path, options.parameters),
            params=tuple(query) or None,
            headers={**headers, **options.headers, **(options.extra_headers or {})},
            content=content,
            data=data,
            files=files,
            timeout=self._timeout(options),
        )

    def _timeout(self, options: RequestOptions) -> Timeout:
        if isinstance(options.timeout, NotGiven):
            return self.timeout
        return options.timeout  # type: ignore[return-value]

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

    def _raise_for_status(self, response: httpx.Response) -> None:
        """A non-2xx answer (its body read) as the matching `APIStatusError`."""
        log.debug("response: %s %s", response.status_code, response.reason_phrase)
        if not response.is_success:
            body = scrub(decode_body(response), self.api_key)
            raise make_status_error(status_message(response, body), response, body)

    def _parse_json(
        self, response: httpx.Response, cast: Callable[[Any], T], *, object_only: bool = True
    ) -> T:
        """The answer's JSON through `cast`; `object_only`: it must be a JSON object (a model)."""
        try:
            data: JsonValue = response.json()
        except ValueError:
            body = scrub(response.text, self.api_key)
            raise APIResponseValidationError(
                "the API answered with a body that is not JSON", response, body=body
            ) from None
        if object_only and not isinstance(data, dict):
            raise APIResponseValidationError(
                "the API answered with JSON that is not an object",
                response,
                body=scrub(data, self.api_key),
            )
        try:
            return cast(data)
        except (TypeError, ValueError, KeyError) as exc:
            message = scrub_text(f"the API's answer could not be parsed: {exc}", self.api_key)
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

        `validate_requests=False` sends bodies and parameters without checking them against the spec
        first (e.g. for a model name newer than the spec). `http_client` lets you bring your
        own `httpx.Client` (proxies, transports); it is then yours to close.
        """
        self._configure(api_key, base_url, timeout, max_retries, validate_requests, _retry_policy)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()

    def send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Send one API call, retrying as the module docstring says; a 2xx answer, else the
        matching `APIStatusError`. With `stream`, the answer's body is left to the caller."""
        request = self._build_request(self._http, options)
        max_retries = self._max_retries(options)
        retries_taken = 0
        while True:
            self._log_request(request)
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retries_taken >= max_retries:
                    raise self._connection_error(exc, request) from exc
                delay = self._retry_delay(request, retries_taken, None)
            else:
                if retries_taken >= max_retries or not should_retry(response):
                    if stream and not response.is_success:
                        response.read()
                    self._raise_for_status(response)
                    return response
                response.close()
                delay = self._retry_delay(request, retries_taken, response)
            time.sleep(delay)
            retries_taken += 1

    def request(self, options: RequestOptions, cast: Callable[[Any], T]) -> T:
        """A call whose answer is a JSON object, parsed by `cast` (a model's `from_dict`)."""
        return self._parse_json(self.send(options), cast)

    def request_json(self, options: RequestOptions, cast: Callable[[Any], T]) -> T:
        """A call whose answer is any JSON value (a union, an array, a string)."""
        return self._parse_json(self.send(options), cast, object_only=False)

    def request_binary(self, options: RequestOptions) -> BinaryResponse:
        return BinaryResponse(self.send(options))

    def request_text(self, options: RequestOptions) -> str:
        return self.send(options).text

    def request_empty(self, options: RequestOptions) -> None:
        self.send(options)

    def request_stream(self, options: RequestOptions, cast: Callable[[Any], T]) -> Stream[T]:
        """A call answered with server-sent events; its errors are raised here, before any."""
        return Stream(self.send(options, stream=True), cast)

    def request_page(
        self, options: RequestOptions, cast: Callable[[Any], T], cursor: Cursor
    ) -> SyncCursorPage[T, Any]:
        """A list call: its first page, and every item of every page when iterated."""

        def fetch(after: str | None) -> tuple[T, JsonValue]:
            call = options if after is None else options.with_parameter(cursor.parameter, after)
            response = self.send(call)
            return self._parse_json(response, cast), response.json()

        page, raw = fetch(None)
        return SyncCursorPage(page, raw, cursor, fetch)

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

    async def send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """As `SyncAPIClient.send`."""
        request = self._build_request(self._http, options)
        max_retries = self._max_retries(options)
        retries_taken = 0
        while True:
            self._log_request(request)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retries_taken >= max_retries:
                    raise self._connection_error(exc, request) from exc
                delay = self._retry_delay(request, retries_taken, None)
            else:
                if retries_taken >= max_retries or not should_retry(response):
                    if stream and not response.is_success:
                        await response.aread()
                    self._raise_for_status(response)
                    return response
                await response.aclose()
                delay = self._retry_delay(request, retries_taken, response)
            await asyncio.sleep(delay)
            retries_taken += 1

    async def request(self, options: RequestOptions, cast: Callable[[Any], T]) -> T:
        return self._parse_json(await self.send(options), cast)

    async def request_json(self, options: RequestOptions, cast: Callable[[Any], T]) -> T:
        return self._parse_json(await self.send(options), cast, object_only=False)

    async def request_binary(self, options: RequestOptions) -> BinaryResponse:
        return BinaryResponse(await self.send(options))

    async def request_text(self, options: RequestOptions) -> str:
        return (await self.send(options)).text

    async def request_empty(self, options: RequestOptions) -> None:
        await self.send(options)

    async def request_stream(
        self, options: RequestOptions, cast: Callable[[Any], T]
    ) -> AsyncStream[T]:
        return AsyncStream(await self.send(options, stream=True), cast)

    async def request_page(
        self, options: RequestOptions, cast: Callable[[Any], T], cursor: Cursor
    ) -> AsyncCursorPage[T, Any]:
        async def fetch(after: str | None) -> tuple[T, JsonValue]:
            call = options if after is None else options.with_parameter(cursor.parameter, after)
            response = await self.send(call)
            return self._parse_json(response, cast), response.json()

        page, raw = await fetch(None)
        return AsyncCursorPage(page, raw, cursor, fetch)

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
