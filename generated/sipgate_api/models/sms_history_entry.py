from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_direction import HistoryDirection
from ..models.history_entry_status import HistoryEntryStatus
from ..models.sms_history_entry_type import SmsHistoryEntryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.routed_endpoint import RoutedEndpoint


T = TypeVar("T", bound="SmsHistoryEntry")


@_attrs_define
class SmsHistoryEntry:
    """A sent or received text message.

    Attributes:
        id (str):  Example: 100001234.
        type_ (SmsHistoryEntryType): Kind of the entry. Known values: CALL, VOICEMAIL, SMS, FAX.
        source (str | Unset): Calling or sending party (a number, or `anonymous`).
        target (str | Unset): Called or receiving party.
        source_alias (str | Unset): Name known for the source, if any.
        target_alias (str | Unset): Name known for the target, if any.
        created (datetime.datetime | Unset): When the entry was created (ISO 8601).
        last_modified (datetime.datetime | Unset): When the entry last changed (ISO 8601).
        direction (HistoryDirection | str | Unset): Known values: see `HistoryDirection`.
        incoming (bool | Unset):
        status (HistoryEntryStatus | str | Unset): Known values: see `HistoryEntryStatus`.
        connection_ids (list[str] | Unset): Extensions involved.
        read (bool | Unset):
        archived (bool | Unset):
        note (None | str | Unset):
        endpoints (list[RoutedEndpoint] | Unset):
        starred (bool | Unset):
        labels (list[str] | Unset):
        sms_content (str | Unset): Text of the message.
        scheduled (None | str | Unset): Planned delivery time, for messages that wait for it.
    """

    id: str
    type_: SmsHistoryEntryType
    source: str | Unset = UNSET
    target: str | Unset = UNSET
    source_alias: str | Unset = UNSET
    target_alias: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    direction: HistoryDirection | str | Unset = UNSET
    incoming: bool | Unset = UNSET
    status: HistoryEntryStatus | str | Unset = UNSET
    connection_ids: list[str] | Unset = UNSET
    read: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    note: None | str | Unset = UNSET
    endpoints: list[RoutedEndpoint] | Unset = UNSET
    starred: bool | Unset = UNSET
    labels: list[str] | Unset = UNSET
    sms_content: str | Unset = UNSET
    scheduled: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        source = self.source

        target = self.target

        source_alias = self.source_alias

        target_alias = self.target_alias

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, HistoryDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        incoming = self.incoming

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, HistoryEntryStatus):
            status = self.status.value
        else:
            status = self.status

        connection_ids: list[str] | Unset = UNSET
        if not isinstance(self.connection_ids, Unset):
            connection_ids = self.connection_ids

        read = self.read

        archived = self.archived

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        starred = self.starred

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        sms_content = self.sms_content

        scheduled: None | str | Unset
        if isinstance(self.scheduled, Unset):
            scheduled = UNSET
        else:
            scheduled = self.scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target
        if source_alias is not UNSET:
            field_dict["sourceAlias"] = source_alias
        if target_alias is not UNSET:
            field_dict["targetAlias"] = target_alias
        if created is not UNSET:
            field_dict["created"] = created
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if direction is not UNSET:
            field_dict["direction"] = direction
        if incoming is not UNSET:
            field_dict["incoming"] = incoming
        if status is not UNSET:
            field_dict["status"] = status
        if connection_ids is not UNSET:
            field_dict["connectionIds"] = connection_ids
        if read is not UNSET:
            field_dict["read"] = read
        if archived is not UNSET:
            field_dict["archived"] = archived
        if note is not UNSET:
            field_dict["note"] = note
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if starred is not UNSET:
            field_dict["starred"] = starred
        if labels is not UNSET:
            field_dict["labels"] = labels
        if sms_content is not UNSET:
            field_dict["smsContent"] = sms_content
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.routed_endpoint import RoutedEndpoint  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = SmsHistoryEntryType(d.pop("type"))

        source = d.pop("source", UNSET)

        target = d.pop("target", UNSET)

        source_alias = d.pop("sourceAlias", UNSET)

        target_alias = d.pop("targetAlias", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        def _parse_direction(data: object) -> HistoryDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = HistoryDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        incoming = d.pop("incoming", UNSET)

        def _parse_status(data: object) -> HistoryEntryStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = HistoryEntryStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryEntryStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        connection_ids = cast(list[str], d.pop("connectionIds", UNSET))

        read = d.pop("read", UNSET)

        archived = d.pop("archived", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[RoutedEndpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = RoutedEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        starred = d.pop("starred", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        sms_content = d.pop("smsContent", UNSET)

        def _parse_scheduled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled = _parse_scheduled(d.pop("scheduled", UNSET))

        sms_history_entry = cls(
            id=id,
            type_=type_,
            source=source,
            target=target,
            source_alias=source_alias,
            target_alias=target_alias,
            created=created,
            last_modified=last_modified,
            direction=direction,
            incoming=incoming,
            status=status,
            connection_ids=connection_ids,
            read=read,
            archived=archived,
            note=note,
            endpoints=endpoints,
            starred=starred,
            labels=labels,
            sms_content=sms_content,
            scheduled=scheduled,
        )

        sms_history_entry.additional_properties = d
        return sms_history_entry

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
