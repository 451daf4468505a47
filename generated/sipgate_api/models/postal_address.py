from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostalAddress")


@_attrs_define
class PostalAddress:
    """A postal address, split into the parts of a vCard ADR value. Fields sipgate adds
    (such as an id) are kept as additional properties.

        Attributes:
            po_box (str | Unset): Post office box.
            extended_address (str | Unset): Addition to the street line, such as a flat or a building.
            street_address (str | Unset): Street and house number. Example: Gladbacher Str. 74.
            locality (str | Unset): City. Example: Düsseldorf.
            region (str | Unset): State or region.
            postal_code (str | Unset):  Example: 40219.
            country (str | Unset): Country code. Example: DE.
    """

    po_box: str | Unset = UNSET
    extended_address: str | Unset = UNSET
    street_address: str | Unset = UNSET
    locality: str | Unset = UNSET
    region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        po_box = self.po_box

        extended_address = self.extended_address

        street_address = self.street_address

        locality = self.locality

        region = self.region

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if po_box is not UNSET:
            field_dict["poBox"] = po_box
        if extended_address is not UNSET:
            field_dict["extendedAddress"] = extended_address
        if street_address is not UNSET:
            field_dict["streetAddress"] = street_address
        if locality is not UNSET:
            field_dict["locality"] = locality
        if region is not UNSET:
            field_dict["region"] = region
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        po_box = d.pop("poBox", UNSET)

        extended_address = d.pop("extendedAddress", UNSET)

        street_address = d.pop("streetAddress", UNSET)

        locality = d.pop("locality", UNSET)

        region = d.pop("region", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        country = d.pop("country", UNSET)

        postal_address = cls(
            po_box=po_box,
            extended_address=extended_address,
            street_address=street_address,
            locality=locality,
            region=region,
            postal_code=postal_code,
            country=country,
        )

        postal_address.additional_properties = d
        return postal_address

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
