from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_vcard import ContactVcard


T = TypeVar("T", bound="ContactVcardPage")


@_attrs_define
class ContactVcardPage:
    """
    Attributes:
        contacts (list[ContactVcard] | Unset):
        overall_matches (int | Unset): Number of matching contacts on all pages together.
    """

    contacts: list[ContactVcard] | Unset = UNSET
    overall_matches: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        overall_matches = self.overall_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if overall_matches is not UNSET:
            field_dict["overallMatches"] = overall_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_vcard import ContactVcard  # noqa: PLC0415

        d = dict(src_dict)
        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactVcard] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactVcard.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        overall_matches = d.pop("overallMatches", UNSET)

        contact_vcard_page = cls(
            contacts=contacts,
            overall_matches=overall_matches,
        )

        contact_vcard_page.additional_properties = d
        return contact_vcard_page

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
