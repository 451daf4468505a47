"""``groups``: the account's groups, their members, devices, numbers, fax lines and boxes.

Groups are ``account.groups`` (``{"id", "alias", "phonelines"}``); a group's members are the
owners of its phone lines. The devices that ring for a group are those whose
``activeGroups`` name it, so ``add_group_device`` and ``remove_group_device`` show in the
facade's ``client.devices.get_devices`` too. A group's fax lines are ``account.faxlines``
under the group's id, its numbers the ``account.numbers`` routed to it. Its voicemail
boxes are seeded here (``v7`` for ``g0``) and can be fetched with ``get_voicemail``.
"""

from __future__ import annotations

from typing import Any

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._checks import web_user
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok
from sipgateio.sandbox._areas.numbers import routed_numbers
from sipgateio.sandbox._errors import not_found


@attrs.define
class Groups:
    """The voicemail boxes of each group, in their ``GroupVoicemail`` wire shape."""

    voicemails: dict[str, list[dict[str, Any]]]


def _seed(account: Account) -> Groups:
    boxes: dict[str, list[dict[str, Any]]] = {group_id: [] for group_id in account.groups}
    if "g0" in boxes:
        boxes["g0"].append(
            {
                "id": "v7",
                "alias": "Voicemail of Support",
                "timeout": 20,
                "active": True,
                "transcription": False,
                "canTranscribe": True,
                "transcriptionsUrl": "/voicemails/v7/transcription",
                "greetingsUrl": "/voicemails/v7/greetings",
                "activeGreetingAlias": "Support greeting",
                "activeGreetingId": "greeting-7",
                "accessNumber": "+4921112345600",
            }
        )
    return Groups(voicemails=boxes)


def group_voicemails(request: Request) -> dict[str, list[dict[str, Any]]]:
    """Every group's voicemail boxes, by group id."""
    return area_state(request, "groups", _seed).voicemails


def members(account: Account, group_id: str) -> list[str]:
    """The web users in a group: the owners of its phone lines, in order."""
    lines = [account.phonelines.get(line) for line in account.groups[group_id]["phonelines"]]
    owners = [line.user_id for line in lines if line is not None and line.user_id in account.users]
    return list(dict.fromkeys(owners))


def _group(request: Request) -> dict[str, Any]:
    group_id = str(request.path["groupId"])
    group = request.account.groups.get(group_id)
    if group is None:
        raise not_found(f"group {group_id}")
    return group


def _device(account: Account, device_id: str) -> dict[str, Any]:
    for devices in account.devices.values():
        for device in devices:
            if device["id"] == device_id:
                return device
    raise not_found(f"device {device_id}")


@operation
def list_groups(request: Request) -> Reply:
    """Every group; with ``userId`` those the user is a member of (400 for unknown users)."""
    account = request.account
    group_ids = list(account.groups)
    if "userId" in request.query:
        wanted = web_user(account, request.query["userId"])
        group_ids = [group_id for group_id in group_ids if wanted in members(account, group_id)]
    items = [
        {
            "id": group_id,
            "alias": account.groups[group_id]["alias"],
            "groupNumbersUrl": f"/groups/{group_id}/numbers",
            "groupUsersUrl": f"/groups/{group_id}/users",
        }
        for group_id in group_ids
    ]
    return ok({"items": items})


@operation
def get_group(request: Request) -> Reply:
    group = _group(request)
    boxes = group_voicemails(request).get(group["id"], [])
    settings = [{key: box[key] for key in ("id", "timeout", "active")} for box in boxes]
    return ok({"id": group["id"], "alias": group["alias"], "voicemails": settings})


@operation
def add_group_device(request: Request) -> Reply:
    """The device rings for the group from now on; adding it twice changes nothing."""
    group = _group(request)
    device = _device(request.account, request.body["deviceId"])
    if all(active["id"] != group["id"] for active in device["activeGroups"]):
        device["activeGroups"].append({"id": group["id"], "alias": group["alias"]})
    return NO_CONTENT


@operation
def remove_group_device(request: Request) -> Reply:
    group = _group(request)
    device = _device(request.account, str(request.path["deviceId"]))
    remaining = [active for active in device["activeGroups"] if active["id"] != group["id"]]
    if len(remaining) == len(device["activeGroups"]):
        raise not_found(f"device {device['id']} in group {group['id']}")
    device["activeGroups"] = remaining
    return NO_CONTENT


@operation
def list_group_faxlines(request: Request) -> Reply:
    group = _group(request)
    return ok({"items": request.account.faxlines.get(group["id"], [])})


@operation
def list_group_numbers(request: Request) -> Reply:
    group = _group(request)
    return ok({"items": routed_numbers(request.account, group["id"])})


@operation
def list_group_users(request: Request) -> Reply:
    group = _group(request)
    users = request.account.users
    items = [
        {
            "id": member,
            "firstname": users[member]["firstname"],
            "lastname": users[member]["lastname"],
            "userUrl": f"/users/{member}",
        }
        for member in members(request.account, group["id"])
    ]
    return ok({"items": items})


@operation
def list_group_voicemails(request: Request) -> Reply:
    group = _group(request)
    return ok({"items": group_voicemails(request).get(group["id"], [])})
