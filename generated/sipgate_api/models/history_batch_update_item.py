from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryBatchUpdateItem")


@_attrs_define
class HistoryBatchUpdateItem:
    """Changes to one entry inside a batch; only the fields present are changed.

    Attributes:
        id (str):
        archived (bool | Unset):
        read (bool | Unset):
        starred (bool | Unset):
    """

    id: str
    archived: bool | Unset = UNSET
    read: bool | Unset = UNSET
    starred: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        read = self.read

        starred = self.starred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if read is not UNSET:
            field_dict["read"] = read
        if starred is not UNSET:
            field_dict["starred"] = starred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        read = d.pop("read", UNSET)

        starred = d.pop("starred", UNSET)

        history_batch_update_item = cls(
            id=id,
            archived=archived,
            read=read,
            starred=starred,
        )

        history_batch_update_item.additional_properties = d
        return history_batch_update_item

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
