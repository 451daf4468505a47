"""``client.call``: start click-to-dial calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipgateio._async import _read
from sipgateio._validation import check_call_data
from sipgateio.models import InitiateNewCallSessionResponse

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncCall:
    """``client.call``: start calls between two phones."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def initiate(
        self,
        *,
        to: str,
        from_: str,
        caller_id: str | None = None,
        device_id: str | None = None,
    ) -> InitiateNewCallSessionResponse:
        """Ring ``from_`` and, once it answers, connect it to the number ``to``.

        ``from_`` is a device extension (``e``, ``p``, ``x`` or ``y``, e.g. ``"e14"``) or a
        phone number; with a phone number, ``device_id`` (such an extension) is required.
        ``caller_id`` is the number the callee sees; without it, that of ``device_id``
        or else of ``from_`` is shown.
        """
        from sipgate_api.api.calls import initiate_call
        from sipgate_api.models import InitiateCallRequest
        from sipgate_api.types import UNSET

        callee, caller, caller_id, device_id = check_call_data(
            to=to, from_=from_, caller_id=caller_id, device_id=device_id
        )
        body = InitiateCallRequest(
            caller=caller,
            callee=callee,
            caller_id=UNSET if caller_id is None else caller_id,
            device_id=UNSET if device_id is None else device_id,
        )
        request = initiate_call._get_kwargs(body=body)
        return await _read.read(self._client, request, InitiateNewCallSessionResponse)
