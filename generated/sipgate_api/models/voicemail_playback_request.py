from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoicemailPlaybackRequest")


@_attrs_define
class VoicemailPlaybackRequest:
    """Which message to play and on which device. The reference marks no field as
    required.

        Attributes:
            device_id (str | Unset): Device that is rung and plays the message. Example: e0.
            datad_id (str | Unset): Id of the voicemail message to play; the reference's example has the shape
                of a history entry id. The field name is sipgate's, typo included.
                 Example: 1000171.
    """

    device_id: str | Unset = UNSET
    datad_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        datad_id = self.datad_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if datad_id is not UNSET:
            field_dict["datadId"] = datad_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("deviceId", UNSET)

        datad_id = d.pop("datadId", UNSET)

        voicemail_playback_request = cls(
            device_id=device_id,
            datad_id=datad_id,
        )

        voicemail_playback_request.additional_properties = d
        return voicemail_playback_request

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
