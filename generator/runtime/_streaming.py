"""Server-sent events (`text/event-stream`) as iterators of parsed events.

Lines are decoded as the HTML standard says (`event:`, `data:` over several lines, `id:`,
`retry:`, comments); each event's data is JSON, turned into the spec's event type. `[DONE]`
ends the stream. An event named `error`, or data with an `error` member, raises `APIError`
with that error object as `.body`, as openai-python does.

Leaving the loop early (`break`) closes the response, releasing its connection, through the
iterator's `finally`. A `for` loop's generator runs it at once, when the loop drops it. An
async generator's cannot run there (it must await): when `async for` drops it, asyncio's
async-generator finalizer schedules its `aclose()`, which closes the response within the next
turns of the event loop. So the stream never keeps its iterator (that would keep the response
open until the stream itself goes). Where that is not enough (an iterator kept by the caller,
the connection wanted back before the next `await`, an interpreter without reference counting
such as PyPy), `async with stream:` or `await stream.aclose()` closes it at once.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Self, TypeVar

import httpx

from ._exceptions import APIError, APIResponseValidationError

__all__ = ["AsyncStream", "ServerSentEvent", "Stream"]

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    event: str | None
    data: str
    id: str | None
    retry: int | None


class SSEDecoder:
    """Feeds lines, gives back complete events (the HTML standard's parsing rules)."""

    def __init__(self) -> None:
        self._event: str | None = None
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data and self._event is None:
            return None
        event = ServerSentEvent(self._event, "\n".join(self._data), self._id, self._retry)
        self._event, self._data = None, []
        return event


def _events(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    decoder = SSEDecoder()
    for line in lines:
        event = decoder.feed(line.rstrip("\r\n"))
        if event is not None:
            yield event


def _parse(event: ServerSentEvent, response: httpx.Response, cast: Callable[[object], T]) -> T:
    try:
        data = json.loads(event.data)
    except ValueError:
        raise APIResponseValidationError(
            f"a stream event whose data is not JSON: {event.data[:200]!r}", response, body=None
        ) from None
    error = data.get("error") if isinstance(data, dict) else None
    if event.event == "error" or error:
        body = error if isinstance(error, dict) else data
        message = body.get("message") if isinstance(body, dict) else None
        raise APIError(str(message or "the stream reported an error"), response.request, body=body)
    try:
        return cast(data)
    except (TypeError, ValueError, KeyError) as exc:
        message = f"a stream event could not be parsed: {exc}"
        raise APIResponseValidationError(message, response, body=data) from None


class Stream(Generic[T]):
    """The events of one streamed answer; iterate once, or use as a context manager."""

    def __init__(self, response: httpx.Response, cast: Callable[[object], T]) -> None:
        self.response = response
        self._cast = cast

    def __iter__(self) -> Iterator[T]:
        try:
            for event in _events(self.response.iter_lines()):
                if event.data.startswith("[DONE]"):
                    break
                yield _parse(event, self.response, self._cast)
        finally:
            self.response.close()

    def close(self) -> None:
        """Close the response now, releasing its connection (what `with` does)."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The events of one streamed answer, for `async for`; `async with` closes it."""

    def __init__(self, response: httpx.Response, cast: Callable[[object], T]) -> None:
        self.response = response
        self._cast = cast

    def __aiter__(self) -> AsyncIterator[T]:
        # Not kept on `self`: see the module docstring (a `break` must drop the last reference).
        return self._events()

    async def _events(self) -> AsyncIterator[T]:
        decoder = SSEDecoder()
        try:
            async for line in self.response.aiter_lines():
                event = decoder.feed(line.rstrip("\r\n"))
                if event is None:
                    continue
                if event.data.startswith("[DONE]"):
                    break
                yield _parse(event, self.response, self._cast)
        finally:
            await self.response.aclose()

    async def aclose(self) -> None:
        """Close the response now, releasing its connection (what `async with` does)."""
        await self.response.aclose()

    async def close(self) -> None:
        """`aclose()`, by the name openai-python's `AsyncStream` gives it."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
