from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactVcardValue")


@_attrs_define
class ContactVcardValue:
    """One value of a vCard property. Simple properties use `value`; structured ones use
    the parts that apply (a name: `family`, `given`, `middle`, `prefixes`, `suffixes`;
    an address: `po_box`, `extended`, `street`, `city`, `region`, `post_code`,
    `country`; a position: `lat`, `long`). `types` holds labels such as `work`.

        Attributes:
            value (str | Unset):
            types (list[str] | Unset):
            group (str | Unset): vCard group the value belongs to.
            name (str | Unset):
            family (str | Unset):
            given (str | Unset):
            middle (str | Unset):
            prefixes (str | Unset):
            suffixes (str | Unset):
            po_box (str | Unset):
            extended (str | Unset):
            street (str | Unset):
            city (str | Unset):
            region (str | Unset):
            post_code (str | Unset):
            country (str | Unset):
            lat (str | Unset):
            long (str | Unset):
            unit (list[str] | Unset): Organisation units, company first.
            x_local_number (str | Unset): The number as dialled locally.
            xlocal_number (str | Unset): The number as dialled locally (alternative spelling).
    """

    value: str | Unset = UNSET
    types: list[str] | Unset = UNSET
    group: str | Unset = UNSET
    name: str | Unset = UNSET
    family: str | Unset = UNSET
    given: str | Unset = UNSET
    middle: str | Unset = UNSET
    prefixes: str | Unset = UNSET
    suffixes: str | Unset = UNSET
    po_box: str | Unset = UNSET
    extended: str | Unset = UNSET
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    post_code: str | Unset = UNSET
    country: str | Unset = UNSET
    lat: str | Unset = UNSET
    long: str | Unset = UNSET
    unit: list[str] | Unset = UNSET
    x_local_number: str | Unset = UNSET
    xlocal_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        group = self.group

        name = self.name

        family = self.family

        given = self.given

        middle = self.middle

        prefixes = self.prefixes

        suffixes = self.suffixes

        po_box = self.po_box

        extended = self.extended

        street = self.street

        city = self.city

        region = self.region

        post_code = self.post_code

        country = self.country

        lat = self.lat

        long = self.long

        unit: list[str] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        x_local_number = self.x_local_number

        xlocal_number = self.xlocal_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if types is not UNSET:
            field_dict["types"] = types
        if group is not UNSET:
            field_dict["group"] = group
        if name is not UNSET:
            field_dict["name"] = name
        if family is not UNSET:
            field_dict["family"] = family
        if given is not UNSET:
            field_dict["given"] = given
        if middle is not UNSET:
            field_dict["middle"] = middle
        if prefixes is not UNSET:
            field_dict["prefixes"] = prefixes
        if suffixes is not UNSET:
            field_dict["suffixes"] = suffixes
        if po_box is not UNSET:
            field_dict["po_box"] = po_box
        if extended is not UNSET:
            field_dict["extended"] = extended
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if post_code is not UNSET:
            field_dict["post_code"] = post_code
        if country is not UNSET:
            field_dict["country"] = country
        if lat is not UNSET:
            field_dict["lat"] = lat
        if long is not UNSET:
            field_dict["long"] = long
        if unit is not UNSET:
            field_dict["unit"] = unit
        if x_local_number is not UNSET:
            field_dict["x-local-number"] = x_local_number
        if xlocal_number is not UNSET:
            field_dict["xlocalNumber"] = xlocal_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        types = cast(list[str], d.pop("types", UNSET))

        group = d.pop("group", UNSET)

        name = d.pop("name", UNSET)

        family = d.pop("family", UNSET)

        given = d.pop("given", UNSET)

        middle = d.pop("middle", UNSET)

        prefixes = d.pop("prefixes", UNSET)

        suffixes = d.pop("suffixes", UNSET)

        po_box = d.pop("po_box", UNSET)

        extended = d.pop("extended", UNSET)

        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        post_code = d.pop("post_code", UNSET)

        country = d.pop("country", UNSET)

        lat = d.pop("lat", UNSET)

        long = d.pop("long", UNSET)

        unit = cast(list[str], d.pop("unit", UNSET))

        x_local_number = d.pop("x-local-number", UNSET)

        xlocal_number = d.pop("xlocalNumber", UNSET)

        contact_vcard_value = cls(
            value=value,
            types=types,
            group=group,
            name=name,
            family=family,
            given=given,
            middle=middle,
            prefixes=prefixes,
            suffixes=suffixes,
            po_box=po_box,
            extended=extended,
            street=street,
            city=city,
            region=region,
            post_code=post_code,
            country=country,
            lat=lat,
            long=long,
            unit=unit,
            x_local_number=x_local_number,
            xlocal_number=xlocal_number,
        )

        contact_vcard_value.additional_properties = d
        return contact_vcard_value

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
