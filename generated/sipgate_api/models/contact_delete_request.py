from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_delete_scope import ContactDeleteScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactDeleteRequest")


@_attrs_define
class ContactDeleteRequest:
    """Which contacts `delete_all_contacts` removes (newer API releases). Every field is
    optional; see the operation for what an empty selection means.

        Attributes:
            contact_ids (list[str] | Unset): Ids of the contacts to delete.
            scope (list[ContactDeleteScope] | Unset): Address books to empty.
            source (str | Unset): Delete the contacts that came from this import source. The values are not
                documented in our sources.
    """

    contact_ids: list[str] | Unset = UNSET
    scope: list[ContactDeleteScope] | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.value
                scope.append(scope_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_ids is not UNSET:
            field_dict["contactIds"] = contact_ids
        if scope is not UNSET:
            field_dict["scope"] = scope
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_ids = cast(list[str], d.pop("contactIds", UNSET))

        _scope = d.pop("scope", UNSET)
        scope: list[ContactDeleteScope] | Unset = UNSET
        if _scope is not UNSET:
            scope = []
            for scope_item_data in _scope:
                scope_item = ContactDeleteScope(scope_item_data)

                scope.append(scope_item)

        source = d.pop("source", UNSET)

        contact_delete_request = cls(
            contact_ids=contact_ids,
            scope=scope,
            source=source,
        )

        contact_delete_request.additional_properties = d
        return contact_delete_request

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
