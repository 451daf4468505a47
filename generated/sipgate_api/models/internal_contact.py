from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalContact")


@_attrs_define
class InternalContact:
    """A colleague on the account, with the numbers that reach them.

    Attributes:
        id (str | Unset): Id of the entry (a hash, not an extension id).
        name (str | Unset):  Example: Ada Lovelace.
        emails (list[str] | Unset):
        mobile (list[str] | Unset): Mobile numbers.
        landline (list[str] | Unset): Landline numbers.
        fax (list[str] | Unset): Fax numbers.
        directdial (list[str] | Unset): Internal direct-dial numbers.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    emails: list[str] | Unset = UNSET
    mobile: list[str] | Unset = UNSET
    landline: list[str] | Unset = UNSET
    fax: list[str] | Unset = UNSET
    directdial: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        mobile: list[str] | Unset = UNSET
        if not isinstance(self.mobile, Unset):
            mobile = self.mobile

        landline: list[str] | Unset = UNSET
        if not isinstance(self.landline, Unset):
            landline = self.landline

        fax: list[str] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = self.fax

        directdial: list[str] | Unset = UNSET
        if not isinstance(self.directdial, Unset):
            directdial = self.directdial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if emails is not UNSET:
            field_dict["emails"] = emails
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if landline is not UNSET:
            field_dict["landline"] = landline
        if fax is not UNSET:
            field_dict["fax"] = fax
        if directdial is not UNSET:
            field_dict["directdial"] = directdial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        mobile = cast(list[str], d.pop("mobile", UNSET))

        landline = cast(list[str], d.pop("landline", UNSET))

        fax = cast(list[str], d.pop("fax", UNSET))

        directdial = cast(list[str], d.pop("directdial", UNSET))

        internal_contact = cls(
            id=id,
            name=name,
            emails=emails,
            mobile=mobile,
            landline=landline,
            fax=fax,
            directdial=directdial,
        )

        internal_contact.additional_properties = d
        return internal_contact

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
