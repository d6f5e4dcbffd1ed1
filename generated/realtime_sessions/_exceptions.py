# Generated from generator/runtime/_exceptions.py by `make generate`; do not edit by hand.
"""The client's errors: one small hierarchy, shaped like the official SDK's.

    OpenAIError                       configuration problems (e.g. no API key)
    └── APIError                      anything that went wrong talking to the API
        ├── APIConnectionError        no HTTP answer (refused, dropped, DNS...)
        │   └── APITimeoutError       no answer in time
        ├── APIResponseValidationError  a 2xx answer whose body is not a JSON object
        └── APIStatusError            a non-2xx answer; subclasses per status code

Messages and bodies never carry the API key: the client scrubs it before raising.
"""

from __future__ import annotations

from typing import Final

import httpx

from ._types import JsonValue

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "decode_body",
    "make_status_error",
    "scrub",
    "scrub_text",
    "status_message",
]


class OpenAIError(Exception):
    """The root of every error this client raises (request validation aside: `ValidationError`)."""


class APIError(OpenAIError):
    """A request that did not produce a usable answer.

    `body` is the decoded JSON answer (or its text, or None); `code`, `param` and `type` are
    read from it when it is an object. For `APIStatusError` the body is the API's error object.
    """

    message: str
    request: httpx.Request
    body: JsonValue
    code: str | None
    param: str | None
    type: str | None

    def __init__(self, message: str, request: httpx.Request, *, body: JsonValue) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        details = body if isinstance(body, dict) else {}
        self.code = _text_or_none(details.get("code"))
        self.param = _text_or_none(details.get("param"))
        self.type = _text_or_none(details.get("type"))


class APIResponseValidationError(APIError):
    """The API answered 2xx, but the body is not what the client can parse."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, response: httpx.Response, *, body: JsonValue) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status code.

    `body` is the API's error object, the `error` member of an `{"error": {...}}` answer, as
    openai-python gives it (`error.body["message"]`); an answer without one is the body as it is.
    `response_body` is always the whole decoded answer.
    """

    response: httpx.Response
    status_code: int
    request_id: str | None
    """The `x-request-id` header of the answer: quote it when asking OpenAI for help."""
    response_body: JsonValue
    """The whole decoded answer (JSON, else its text, else None), `{"error": ...}` included."""

    def __init__(self, message: str, response: httpx.Response, *, body: JsonValue) -> None:
        inner = body.get("error", body) if isinstance(body, dict) else body
        super().__init__(message, response.request, body=inner)
        self.response_body = body
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400: the API rejected the request."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such endpoint or object (check `base_url`)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (retried automatically)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but its content is refused."""


class RateLimitError(APIStatusError):
    """429: too many requests, or the quota is used up (retried automatically)."""


class InternalServerError(APIStatusError):
    """5xx: the server failed (retried automatically)."""


class APIConnectionError(APIError):
    """No HTTP answer at all: connection refused or dropped, DNS failure, TLS failure..."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (retried automatically)."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


_STATUS_ERRORS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(message: str, response: httpx.Response, body: JsonValue) -> APIStatusError:
    """The most specific APIStatusError subclass for the answer's status code."""
    status = response.status_code
    cls = InternalServerError if status >= 500 else _STATUS_ERRORS.get(status, APIStatusError)
    return cls(message, response, body=body)


def _text_or_none(value: JsonValue) -> str | None:
    return None if value is None else str(value)


def decode_body(response: httpx.Response) -> JsonValue:
    try:
        data: JsonValue = response.json()
    except ValueError:
        return response.text or None
    return data


def status_message(response: httpx.Response, body: JsonValue) -> str:
    error = body.get("error") if isinstance(body, dict) else None
    detail = error.get("message") if isinstance(error, dict) else None
    return f"Error code: {response.status_code} - {detail if detail is not None else body}"


def scrub(value: JsonValue, secret: str) -> JsonValue:
    """`value` with every occurrence of `secret` in its strings replaced, recursively."""
    if isinstance(value, str):
        return scrub_text(value, secret)
    if isinstance(value, list):
        return [scrub(item, secret) for item in value]
    if isinstance(value, dict):
        return {scrub_text(key, secret): scrub(item, secret) for key, item in value.items()}
    return value


def scrub_text(text: str, secret: str) -> str:
    return text.replace(secret, "<redacted>")
