from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_history_entry import CallHistoryEntry
    from ..models.fax_history_entry import FaxHistoryEntry
    from ..models.other_history_entry import OtherHistoryEntry
    from ..models.sms_history_entry import SmsHistoryEntry
    from ..models.voicemail_history_entry import VoicemailHistoryEntry


T = TypeVar("T", bound="HistoryPage")


@_attrs_define
class HistoryPage:
    """
    Attributes:
        items (list[CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry]):
        total_count (int | Unset): Number of matching entries on all pages together.
    """

    items: list[CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry]
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_history_entry import CallHistoryEntry  # noqa: PLC0415
        from ..models.fax_history_entry import FaxHistoryEntry  # noqa: PLC0415
        from ..models.sms_history_entry import SmsHistoryEntry  # noqa: PLC0415
        from ..models.voicemail_history_entry import VoicemailHistoryEntry  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, CallHistoryEntry):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, FaxHistoryEntry):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SmsHistoryEntry):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, VoicemailHistoryEntry):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_history_entry import CallHistoryEntry  # noqa: PLC0415
        from ..models.fax_history_entry import FaxHistoryEntry  # noqa: PLC0415
        from ..models.other_history_entry import OtherHistoryEntry  # noqa: PLC0415
        from ..models.sms_history_entry import SmsHistoryEntry  # noqa: PLC0415
        from ..models.voicemail_history_entry import VoicemailHistoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
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

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        total_count = d.pop("totalCount", UNSET)

        history_page = cls(
            items=items,
            total_count=total_count,
        )

        history_page.additional_properties = d
        return history_page

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
