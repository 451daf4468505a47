from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.porting_number import PortingNumber


T = TypeVar("T", bound="Porting")


@_attrs_define
class Porting:
    """A request to move phone numbers from another carrier to sipgate.

    Attributes:
        id (str | Unset): Id of the porting (digits; the path takes it as a number).
        port_date (str | Unset): Planned day of the switch-over, as `YYYY-MM-DD`. Example: 2024-05-02.
        numbers (list[PortingNumber] | Unset): The numbers this porting moves.
        status (int | Unset): Progress as a number; sipgate may add codes. Known ones:
            100 waiting for the customer's fax;
            150 waiting for the e-mail opt-in of the WBCI procedure (the German carriers'
            electronic porting exchange), 160 opt-in link created, 170 opt-in link opened;
            200 waiting for the fax of the current carrier;
            250 WBCI request sent, 251 WBCI network error, 252 rejected by the current
            carrier (WBCI);
            400 accepted;
            450 waiting for the data exchange, 451 data exchange failed;
            500 completed;
            600 cancelled.
             Example: 400.
        revocable (bool | Unset): Whether the porting can still be cancelled with `revoke_porting`.
        pending (bool | Unset): Whether the porting is still under way.
    """

    id: str | Unset = UNSET
    port_date: str | Unset = UNSET
    numbers: list[PortingNumber] | Unset = UNSET
    status: int | Unset = UNSET
    revocable: bool | Unset = UNSET
    pending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        port_date = self.port_date

        numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = []
            for numbers_item_data in self.numbers:
                numbers_item = numbers_item_data.to_dict()
                numbers.append(numbers_item)

        status = self.status

        revocable = self.revocable

        pending = self.pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if port_date is not UNSET:
            field_dict["portDate"] = port_date
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if status is not UNSET:
            field_dict["status"] = status
        if revocable is not UNSET:
            field_dict["revocable"] = revocable
        if pending is not UNSET:
            field_dict["pending"] = pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.porting_number import PortingNumber  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        port_date = d.pop("portDate", UNSET)

        _numbers = d.pop("numbers", UNSET)
        numbers: list[PortingNumber] | Unset = UNSET
        if _numbers is not UNSET:
            numbers = []
            for numbers_item_data in _numbers:
                numbers_item = PortingNumber.from_dict(numbers_item_data)

                numbers.append(numbers_item)

        status = d.pop("status", UNSET)

        revocable = d.pop("revocable", UNSET)

        pending = d.pop("pending", UNSET)

        porting = cls(
            id=id,
            port_date=port_date,
            numbers=numbers,
            status=status,
            revocable=revocable,
            pending=pending,
        )

        porting.additional_properties = d
        return porting

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
