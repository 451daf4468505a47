from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webuser")


@_attrs_define
class Webuser:
    """A person with a login on the account.

    Attributes:
        id (str): Extension id of the user. Example: w0.
        firstname (str | Unset):
        lastname (str | Unset):
        email (str | Unset): Login and contact address of the user.
        default_device (str | Unset): Extension id of the device used by default. Example: e0.
        busy_on_busy (bool | Unset): Whether further callers get a busy signal while the user is on a call.
        address_id (str | Unset): Id of the user's postal address (see `get_address`), as a string of digits. Example:
            13.
        direct_dial_ids (list[str] | Unset): Short internal numbers under which the user can be dialled.
        timezone (str | Unset):  Example: Europe/Berlin.
        admin (bool | Unset): Whether the user administers the account.
    """

    id: str
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    email: str | Unset = UNSET
    default_device: str | Unset = UNSET
    busy_on_busy: bool | Unset = UNSET
    address_id: str | Unset = UNSET
    direct_dial_ids: list[str] | Unset = UNSET
    timezone: str | Unset = UNSET
    admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        default_device = self.default_device

        busy_on_busy = self.busy_on_busy

        address_id = self.address_id

        direct_dial_ids: list[str] | Unset = UNSET
        if not isinstance(self.direct_dial_ids, Unset):
            direct_dial_ids = self.direct_dial_ids

        timezone = self.timezone

        admin = self.admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if default_device is not UNSET:
            field_dict["defaultDevice"] = default_device
        if busy_on_busy is not UNSET:
            field_dict["busyOnBusy"] = busy_on_busy
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if direct_dial_ids is not UNSET:
            field_dict["directDialIds"] = direct_dial_ids
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if admin is not UNSET:
            field_dict["admin"] = admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        email = d.pop("email", UNSET)

        default_device = d.pop("defaultDevice", UNSET)

        busy_on_busy = d.pop("busyOnBusy", UNSET)

        address_id = d.pop("addressId", UNSET)

        direct_dial_ids = cast(list[str], d.pop("directDialIds", UNSET))

        timezone = d.pop("timezone", UNSET)

        admin = d.pop("admin", UNSET)

        webuser = cls(
            id=id,
            firstname=firstname,
            lastname=lastname,
            email=email,
            default_device=default_device,
            busy_on_busy=busy_on_busy,
            address_id=address_id,
            direct_dial_ids=direct_dial_ids,
            timezone=timezone,
            admin=admin,
        )

        webuser.additional_properties = d
        return webuser

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
