from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_vcard_meta import ContactVcardMeta
    from ..models.contact_vcard_properties import ContactVcardProperties


T = TypeVar("T", bound="ContactVcard")


@_attrs_define
class ContactVcard:
    """One contact as structured vCard properties.

    Attributes:
        meta (ContactVcardMeta | Unset): Data about the card; other fields sipgate sends are kept.
        items (ContactVcardProperties | Unset): The card's properties by vCard name (`FN`, `N`, `TEL`, `EMAIL`, `ADR`,
            `URL`,
            `NOTE`, …), each a list of values.
    """

    meta: ContactVcardMeta | Unset = UNSET
    items: ContactVcardProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_vcard_meta import ContactVcardMeta  # noqa: PLC0415
        from ..models.contact_vcard_properties import ContactVcardProperties  # noqa: PLC0415

        d = dict(src_dict)
        _meta = d.pop("meta", UNSET)
        meta: ContactVcardMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ContactVcardMeta.from_dict(_meta)

        _items = d.pop("items", UNSET)
        items: ContactVcardProperties | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = ContactVcardProperties.from_dict(_items)

        contact_vcard = cls(
            meta=meta,
            items=items,
        )

        contact_vcard.additional_properties = d
        return contact_vcard

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
