"""``client.numbers``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncNumbers:
    """``client.numbers`` (not implemented yet)."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client
