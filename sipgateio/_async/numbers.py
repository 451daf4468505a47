"""``client.numbers``: the phone numbers booked on the account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipgateio._async import _read
from sipgateio._validation import check_instance
from sipgateio.models import NumberResponseItem, Pagination

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO

# Numbers fetched per request when the caller wants them all.
PAGE_SIZE = 1000


class AsyncNumbers:
    """``client.numbers``: list the account's phone numbers."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def get_all_numbers(
        self, pagination: Pagination | None = None
    ) -> list[NumberResponseItem]:
        """Return the account's phone numbers: all of them, or the one page ``pagination`` names."""
        if pagination is not None:
            check_instance(pagination, Pagination, argument="pagination")
            return await self._page(pagination.offset, pagination.limit)
        numbers: list[NumberResponseItem] = []
        while True:
            page = await self._page(len(numbers), PAGE_SIZE)
            numbers.extend(page)
            if len(page) < PAGE_SIZE:
                return numbers

    async def _page(self, offset: int | None, limit: int | None) -> list[NumberResponseItem]:
        from sipgate_api.api.numbers import list_numbers
        from sipgate_api.types import UNSET

        request = list_numbers._get_kwargs(
            offset=UNSET if offset is None else offset, limit=UNSET if limit is None else limit
        )
        return await _read.read_list(self._client, request, NumberResponseItem)
