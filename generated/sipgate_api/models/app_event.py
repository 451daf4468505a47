from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_event_payload import AppEventPayload


T = TypeVar("T", bound="AppEvent")


@_attrs_define
class AppEvent:
    """A notice for the web app.

    Attributes:
        event_id (str | Unset): Id of the event.
        event_type (str | Unset): Kind of the event.
        event_name (str | Unset): Name of the event.
        payload (AppEventPayload | Unset): Free text fields of the event, by name.
    """

    event_id: str | Unset = UNSET
    event_type: str | Unset = UNSET
    event_name: str | Unset = UNSET
    payload: AppEventPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_type = self.event_type

        event_name = self.event_name

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_event_payload import AppEventPayload  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("eventId", UNSET)

        event_type = d.pop("eventType", UNSET)

        event_name = d.pop("eventName", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: AppEventPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = AppEventPayload.from_dict(_payload)

        app_event = cls(
            event_id=event_id,
            event_type=event_type,
            event_name=event_name,
            payload=payload,
        )

        app_event.additional_properties = d
        return app_event

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
