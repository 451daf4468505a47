from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallParticipant")


@_attrs_define
class CallParticipant:
    """
    Attributes:
        participant_id (str):
        phone_number (str): May be empty, for example when the party is anonymous.
        muted (bool):
        hold (bool):
        owner (bool): Whether this participant owns the call.
    """

    participant_id: str
    phone_number: str
    muted: bool
    hold: bool
    owner: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = self.participant_id

        phone_number = self.phone_number

        muted = self.muted

        hold = self.hold

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participantId": participant_id,
                "phoneNumber": phone_number,
                "muted": muted,
                "hold": hold,
                "owner": owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = d.pop("participantId")

        phone_number = d.pop("phoneNumber")

        muted = d.pop("muted")

        hold = d.pop("hold")

        owner = d.pop("owner")

        call_participant = cls(
            participant_id=participant_id,
            phone_number=phone_number,
            muted=muted,
            hold=hold,
            owner=owner,
        )

        call_participant.additional_properties = d
        return call_participant

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
