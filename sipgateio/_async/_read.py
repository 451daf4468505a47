"""Send a generated operation's request and read the answer into result types (``_wire``).

The request is the generated one (``<operation>._get_kwargs(...)``: method, path, query,
body); the answer's bytes go straight to ``sipgateio._wire``, never through the generated
models, so that every area reads answers the one way ``docs/architecture.md`` describes.
Error answers never get here: the client's transport raises them (``_policy.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, overload

from sipgateio import _wire
from sipgateio.errors import SipgateIOError

if TYPE_CHECKING:
    import httpx

    from sipgateio._async.client import AsyncSipgateIO

T = TypeVar("T")


async def send(client: AsyncSipgateIO, request: dict[str, Any]) -> httpx.Response:
    """Send ``request`` (what a generated ``_get_kwargs`` returns) with ``client``."""
    return await client.http_client.request(**request)


@overload
async def read(client: AsyncSipgateIO, request: dict[str, Any], kind: type[T]) -> T: ...
@overload
async def read(client: AsyncSipgateIO, request: dict[str, Any], kind: object) -> Any: ...
async def read(client: AsyncSipgateIO, request: dict[str, Any], kind: object) -> Any:
    """Send ``request`` and return its answer, a JSON object, as ``kind`` (a result type
    or a union of them, such as ``HistoryEntry``)."""
    response = await send(client, request)
    try:
        return _wire.read(response.content, kind)
    except ValueError:
        raise unreadable(response) from None


async def read_list(
    client: AsyncSipgateIO, request: dict[str, Any], kind: type[T], *, key: str = "items"
) -> list[T]:
    """Send ``request`` and return the list under ``key`` of its answer as ``kind`` values."""
    items, _ = await read_page(client, request, kind, key=key)
    return items


async def read_page(
    client: AsyncSipgateIO, request: dict[str, Any], kind: type[T], *, key: str = "items"
) -> tuple[list[T], int | None]:
    """As ``read_list``, and ``totalCount`` if sipgate sent it."""
    response = await send(client, request)
    try:
        return _wire.read_items(response.content, kind, key=key)
    except ValueError:
        raise unreadable(response) from None


def unreadable(response: httpx.Response) -> SipgateIOError:
    """The error for a successful answer whose body is no JSON object."""
    return SipgateIOError(
        f"sipgate answered {response.request.method} {response.request.url.path} with "
        f"HTTP {response.status_code} but no JSON object"
    )
