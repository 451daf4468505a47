from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_history_entry import CallHistoryEntry
from ...models.fax_history_entry import FaxHistoryEntry
from ...models.history_entry_note_request import HistoryEntryNoteRequest
from ...models.other_history_entry import OtherHistoryEntry
from ...models.sms_history_entry import SmsHistoryEntry
from ...models.voicemail_history_entry import VoicemailHistoryEntry
from ...types import Response


def _get_kwargs(
    entry_id: str,
    *,
    body: HistoryEntryNoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/history/{entry_id}/note".format(
            entry_id=quote(str(entry_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_entry_type_0 = CallHistoryEntry.from_dict(data)

                return componentsschemas_history_entry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_entry_type_1 = FaxHistoryEntry.from_dict(data)

                return componentsschemas_history_entry_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_entry_type_2 = SmsHistoryEntry.from_dict(data)

                return componentsschemas_history_entry_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_entry_type_3 = VoicemailHistoryEntry.from_dict(data)

                return componentsschemas_history_entry_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_history_entry_type_4 = OtherHistoryEntry.from_dict(data)

            return componentsschemas_history_entry_type_4

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HistoryEntryNoteRequest,
) -> Response[Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry]:
    """Replace the note of one history entry

     Stores the given text as the entry's note and answers with the updated entry.
    sipgate marks this path as deprecated; `update_history_entry` with `note` does
    the same without the answer body. Needs `history:write` (or `all`).

    Args:
        entry_id (str):
        body (HistoryEntryNoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HistoryEntryNoteRequest,
) -> Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry | None:
    """Replace the note of one history entry

     Stores the given text as the entry's note and answers with the updated entry.
    sipgate marks this path as deprecated; `update_history_entry` with `note` does
    the same without the answer body. Needs `history:write` (or `all`).

    Args:
        entry_id (str):
        body (HistoryEntryNoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HistoryEntryNoteRequest,
) -> Response[Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry]:
    """Replace the note of one history entry

     Stores the given text as the entry's note and answers with the updated entry.
    sipgate marks this path as deprecated; `update_history_entry` with `note` does
    the same without the answer body. Needs `history:write` (or `all`).

    Args:
        entry_id (str):
        body (HistoryEntryNoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HistoryEntryNoteRequest,
) -> Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry | None:
    """Replace the note of one history entry

     Stores the given text as the entry's note and answers with the updated entry.
    sipgate marks this path as deprecated; `update_history_entry` with `note` does
    the same without the answer body. Needs `history:write` (or `all`).

    Args:
        entry_id (str):
        body (HistoryEntryNoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
            body=body,
        )
    ).parsed
