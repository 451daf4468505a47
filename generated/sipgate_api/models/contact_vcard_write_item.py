from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_vcard_properties import ContactVcardProperties


T = TypeVar("T", bound="ContactVcardWriteItem")


@_attrs_define
class ContactVcardWriteItem:
    """One card to store.

    Attributes:
        contact_id (str | Unset): Id of the contact to overwrite; leave out to create a new contact.
        item (ContactVcardProperties | Unset): The card's properties by vCard name (`FN`, `N`, `TEL`, `EMAIL`, `ADR`,
            `URL`,
            `NOTE`, …), each a list of values.
    """

    contact_id: str | Unset = UNSET
    item: ContactVcardProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if item is not UNSET:
            field_dict["item"] = item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_vcard_properties import ContactVcardProperties  # noqa: PLC0415

        d = dict(src_dict)
        contact_id = d.pop("contactId", UNSET)

        _item = d.pop("item", UNSET)
        item: ContactVcardProperties | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = ContactVcardProperties.from_dict(_item)

        contact_vcard_write_item = cls(
            contact_id=contact_id,
            item=item,
        )

        contact_vcard_write_item.additional_properties = d
        return contact_vcard_write_item

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
