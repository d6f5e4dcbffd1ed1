# Generated from generator/runtime/_pagination.py by `make generate`; do not edit by hand.
"""Cursor pages (`has_more` + `after`), iterated item by item across every page.

What a page is comes from the spec: the answer's array property (`items`), its `has_more`,
and where the next cursor is: the answer's own property (`last_id`) or, without one, the last
item's `id`; it goes into the `after` query parameter of the same call. `page` is the first
answer as the spec's model; iterating fetches the following pages as it goes. A server that
answers a cursor with that same cursor again ends the iteration (rather than looping forever).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._types import JsonValue

__all__ = ["AsyncCursorPage", "Cursor", "SyncCursorPage"]

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741 (the item type)


@dataclass(frozen=True)
class Cursor:
    """Where a list answer keeps its items and its next cursor (wire names)."""

    items: str
    """The answer's array property (its Python attribute is `items_attribute`)."""
    items_attribute: str
    cursor: str | None
    """The answer's property that holds the next cursor; None: the last item's `id`."""
    parameter: str
    """The query parameter the cursor goes into."""

    def next_cursor(self, raw: JsonValue) -> str | None:
        """The cursor of the page after `raw`, or None when `raw` is the last page."""
        if not isinstance(raw, dict) or raw.get("has_more") is not True:
            return None
        items = raw.get(self.items)
        if self.cursor is not None:
            value = raw.get(self.cursor)
        elif isinstance(items, list) and items and isinstance(items[-1], dict):
            value = items[-1].get("id")
        else:
            value = None
        return value if isinstance(value, str) and value else None


class _CursorPage(Generic[P, I]):
    """What both flavours keep: the page's model and raw answer, and where the next one is."""

    def __init__(self, page: P, raw: JsonValue, cursor: Cursor, after: str | None) -> None:
        self.page = page
        self._raw = raw
        self._cursor = cursor
        self._after = after

    @property
    def items(self) -> list[I]:
        """This page's items."""
        items: list[I] = getattr(self.page, self._cursor.items_attribute)
        return items

    def has_next_page(self) -> bool:
        return self._next() is not None

    def _next(self) -> str | None:
        after = self._cursor.next_cursor(self._raw)
        return None if after == self._after else after


class SyncCursorPage(_CursorPage[P, I]):
    """The first page (`page`), and every item of every page when iterated."""

    def __init__(
        self,
        page: P,
        raw: JsonValue,
        cursor: Cursor,
        fetch: Callable[[str | None], tuple[P, JsonValue]],
        after: str | None = None,
    ) -> None:
        super().__init__(page, raw, cursor, after)
        self._fetch = fetch

    def next_page(self) -> SyncCursorPage[P, I] | None:
        after = self._next()
        if after is None:
            return None
        page, raw = self._fetch(after)
        return SyncCursorPage(page, raw, self._cursor, self._fetch, after)

    def iter_pages(self) -> Iterator[SyncCursorPage[P, I]]:
        page: SyncCursorPage[P, I] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[I]:
        for page in self.iter_pages():
            yield from page.items


class AsyncCursorPage(_CursorPage[P, I]):
    """The first page (`page`), and every item of every page with `async for`."""

    def __init__(
        self,
        page: P,
        raw: JsonValue,
        cursor: Cursor,
        fetch: Callable[[str | None], Awaitable[tuple[P, JsonValue]]],
        after: str | None = None,
    ) -> None:
        super().__init__(page, raw, cursor, after)
        self._fetch = fetch

    async def next_page(self) -> AsyncCursorPage[P, I] | None:
        after = self._next()
        if after is None:
            return None
        page, raw = await self._fetch(after)
        return AsyncCursorPage(page, raw, self._cursor, self._fetch, after)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[P, I]]:
        page: AsyncCursorPage[P, I] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
