from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mnp_state import MnpState


T = TypeVar("T", bound="PhoneNumberItem")


@_attrs_define
class PhoneNumberItem:
    """
    Attributes:
        id (str):
        number (str | Unset): The number in international notation. Example: 4921112345678.
        localized (str | Unset): The number as written in its country. Example: 0211-12345678.
        type_ (PhoneNumberType | str | Unset): Known values: see `PhoneNumberType`.
        endpoint_id (str | Unset): Extension the number routes to. Example: p0.
        endpoint_alias (str | Unset):
        endpoint_url (str | Unset):
        mnp_state (MnpState | None | Unset): Porting state; only present for numbers released for porting.
        port_id (int | Unset): Id of a number porting, when the number is being ported.
    """

    id: str
    number: str | Unset = UNSET
    localized: str | Unset = UNSET
    type_: PhoneNumberType | str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    endpoint_alias: str | Unset = UNSET
    endpoint_url: str | Unset = UNSET
    mnp_state: MnpState | None | Unset = UNSET
    port_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mnp_state import MnpState  # noqa: PLC0415

        id = self.id

        number = self.number

        localized = self.localized

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PhoneNumberType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        endpoint_id = self.endpoint_id

        endpoint_alias = self.endpoint_alias

        endpoint_url = self.endpoint_url

        mnp_state: dict[str, Any] | None | Unset
        if isinstance(self.mnp_state, Unset):
            mnp_state = UNSET
        elif isinstance(self.mnp_state, MnpState):
            mnp_state = self.mnp_state.to_dict()
        else:
            mnp_state = self.mnp_state

        port_id = self.port_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if localized is not UNSET:
            field_dict["localized"] = localized
        if type_ is not UNSET:
            field_dict["type"] = type_
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if endpoint_alias is not UNSET:
            field_dict["endpointAlias"] = endpoint_alias
        if endpoint_url is not UNSET:
            field_dict["endpointUrl"] = endpoint_url
        if mnp_state is not UNSET:
            field_dict["mnpState"] = mnp_state
        if port_id is not UNSET:
            field_dict["portId"] = port_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mnp_state import MnpState  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        localized = d.pop("localized", UNSET)

        def _parse_type_(data: object) -> PhoneNumberType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PhoneNumberType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PhoneNumberType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        endpoint_id = d.pop("endpointId", UNSET)

        endpoint_alias = d.pop("endpointAlias", UNSET)

        endpoint_url = d.pop("endpointUrl", UNSET)

        def _parse_mnp_state(data: object) -> MnpState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mnp_state_type_1 = MnpState.from_dict(data)

                return mnp_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MnpState | None | Unset, data)

        mnp_state = _parse_mnp_state(d.pop("mnpState", UNSET))

        port_id = d.pop("portId", UNSET)

        phone_number_item = cls(
            id=id,
            number=number,
            localized=localized,
            type_=type_,
            endpoint_id=endpoint_id,
            endpoint_alias=endpoint_alias,
            endpoint_url=endpoint_url,
            mnp_state=mnp_state,
            port_id=port_id,
        )

        phone_number_item.additional_properties = d
        return phone_number_item

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
