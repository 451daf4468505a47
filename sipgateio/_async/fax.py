"""``client.fax``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncFax:
    """``client.fax`` (not implemented yet)."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client
