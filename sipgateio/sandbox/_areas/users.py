"""``users``: the account's web users, kept in ``account.users`` as the facade reads them.

Changes show in ``list_users`` (and ``client.get_web_users()``) at once. Deleting a user
removes their devices, phone lines, SMS extensions and fax lines with them: the lines
leave their groups and the numbers routed to anything removed are left unassigned
(``endpointId`` empty). The user the credentials belong to cannot be deleted, and the last
administrator cannot lose the role: both answer 403.
"""

from __future__ import annotations

from typing import Any

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, ok, user_id
from sipgateio.sandbox._areas.addresses import addresses
from sipgateio.sandbox._errors import bad_request, forbidden, not_found


def _user(request: Request) -> dict[str, Any]:
    return request.account.users[user_id(request)]


@operation
def get_user(request: Request) -> Reply:
    return ok(_user(request))


@operation
def delete_user(request: Request) -> Reply:
    user = _user(request)
    if user["id"] == request.user_id:
        raise forbidden(f"{user['id']} is the user these credentials belong to; log in as another")
    _forget_user(request.account, user["id"])
    return ok(user)


def _forget_user(account: Account, removed: str) -> None:
    del account.users[removed]
    devices = {device["id"] for device in account.devices.pop(removed, [])}
    lines = {pid for pid, line in account.phonelines.items() if line.user_id == removed}
    for line_id in lines:
        del account.phonelines[line_id]
    sms = {extension["id"] for extension in account.sms_extensions.pop(removed, [])}
    for sms_id in sms:
        account.sms_caller_ids.pop(sms_id, None)
    faxlines = {faxline["id"] for faxline in account.faxlines.pop(removed, [])}
    for group in account.groups.values():
        group["phonelines"] = [line for line in group["phonelines"] if line not in lines]
    for others in account.devices.values():
        for device in others:
            device["activePhonelines"] = [
                line for line in device["activePhonelines"] if line["id"] not in lines
            ]
    empty_groups = {gid for gid, group in account.groups.items() if not group["phonelines"]}
    gone = devices | lines | sms | faxlines | empty_groups
    for number in account.numbers:
        if number["endpointId"] in gone:
            number.update(endpointId="", endpointAlias="", endpointUrl="")
    account.voicemails = [
        box for box in account.voicemails if box["belongsToEndpoint"]["extension"] not in lines
    ]


@operation
def set_user_busy_on_busy(request: Request) -> Reply:
    _user(request)["busyOnBusy"] = request.body["enabled"]
    return NO_CONTENT


@operation
def set_user_default_device(request: Request) -> Reply:
    user = _user(request)
    device_id = request.body["deviceId"]
    owner = request.account.extension_owner(device_id)
    if owner is None or device_id in request.account.phonelines:
        raise not_found(f"device {device_id}")
    if owner != user["id"]:
        raise bad_request(f"device {device_id} belongs to {owner}, not {user['id']}", "/deviceId")
    user["defaultDevice"] = device_id
    return NO_CONTENT


@operation
def set_user_location(request: Request) -> Reply:
    user = _user(request)
    address = addresses(request).records.get(request.body["addressId"])
    user["addressId"] = address["id"]
    return NO_CONTENT


@operation
def set_user_role(request: Request) -> Reply:
    user = _user(request)
    admin = request.body["admin"]
    admins = [uid for uid, item in request.account.users.items() if item["admin"]]
    if not admin and admins == [user["id"]]:
        raise forbidden(f"{user['id']} is the last administrator; make another user one first")
    user["admin"] = admin
    return NO_CONTENT
