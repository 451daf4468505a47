from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_scope import ContactScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_address import ContactAddress
    from ..models.contact_email import ContactEmail
    from ..models.contact_phone_number import ContactPhoneNumber
    from ..models.contact_website import ContactWebsite


T = TypeVar("T", bound="ContactUpdateRequest")


@_attrs_define
class ContactUpdateRequest:
    """A contact as it is sent to replace the stored one. `note` and `websites` are not in the 2022 reference; newer
    API releases take and return them (sipgate-platform.md §4 "Known differences",
    inferred from the mcp client's code, which sends them with websites shaped
    `{url, type}`).

        Attributes:
            id (str): Id of the contact; must match the path.
            scope (ContactScope): Address book a new or updated contact goes into.
            name (str | Unset):
            family (str | Unset):
            given (str | Unset):
            picture (None | str | Unset): Base64-encoded image, or null for none.
            emails (list[ContactEmail] | Unset):
            numbers (list[ContactPhoneNumber] | Unset):
            addresses (list[ContactAddress] | Unset):
            organization (list[list[str]] | Unset):
            note (str | Unset): Free text about the contact (newer API releases only).
            websites (list[ContactWebsite] | Unset): Web addresses of the contact (newer API releases only).
    """

    id: str
    scope: ContactScope
    name: str | Unset = UNSET
    family: str | Unset = UNSET
    given: str | Unset = UNSET
    picture: None | str | Unset = UNSET
    emails: list[ContactEmail] | Unset = UNSET
    numbers: list[ContactPhoneNumber] | Unset = UNSET
    addresses: list[ContactAddress] | Unset = UNSET
    organization: list[list[str]] | Unset = UNSET
    note: str | Unset = UNSET
    websites: list[ContactWebsite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        scope = self.scope.value

        name = self.name

        family = self.family

        given = self.given

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = []
            for numbers_item_data in self.numbers:
                numbers_item = numbers_item_data.to_dict()
                numbers.append(numbers_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        organization: list[list[str]] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = []
            for organization_item_data in self.organization:
                organization_item = organization_item_data

                organization.append(organization_item)

        note = self.note

        websites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = []
            for websites_item_data in self.websites:
                websites_item = websites_item_data.to_dict()
                websites.append(websites_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scope": scope,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if family is not UNSET:
            field_dict["family"] = family
        if given is not UNSET:
            field_dict["given"] = given
        if picture is not UNSET:
            field_dict["picture"] = picture
        if emails is not UNSET:
            field_dict["emails"] = emails
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if organization is not UNSET:
            field_dict["organization"] = organization
        if note is not UNSET:
            field_dict["note"] = note
        if websites is not UNSET:
            field_dict["websites"] = websites

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_address import ContactAddress  # noqa: PLC0415
        from ..models.contact_email import ContactEmail  # noqa: PLC0415
        from ..models.contact_phone_number import ContactPhoneNumber  # noqa: PLC0415
        from ..models.contact_website import ContactWebsite  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        scope = ContactScope(d.pop("scope"))

        name = d.pop("name", UNSET)

        family = d.pop("family", UNSET)

        given = d.pop("given", UNSET)

        def _parse_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        picture = _parse_picture(d.pop("picture", UNSET))

        _emails = d.pop("emails", UNSET)
        emails: list[ContactEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = ContactEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _numbers = d.pop("numbers", UNSET)
        numbers: list[ContactPhoneNumber] | Unset = UNSET
        if _numbers is not UNSET:
            numbers = []
            for numbers_item_data in _numbers:
                numbers_item = ContactPhoneNumber.from_dict(numbers_item_data)

                numbers.append(numbers_item)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[ContactAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ContactAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _organization = d.pop("organization", UNSET)
        organization: list[list[str]] | Unset = UNSET
        if _organization is not UNSET:
            organization = []
            for organization_item_data in _organization:
                organization_item = cast(list[str], organization_item_data)

                organization.append(organization_item)

        note = d.pop("note", UNSET)

        _websites = d.pop("websites", UNSET)
        websites: list[ContactWebsite] | Unset = UNSET
        if _websites is not UNSET:
            websites = []
            for websites_item_data in _websites:
                websites_item = ContactWebsite.from_dict(websites_item_data)

                websites.append(websites_item)

        contact_update_request = cls(
            id=id,
            scope=scope,
            name=name,
            family=family,
            given=given,
            picture=picture,
            emails=emails,
            numbers=numbers,
            addresses=addresses,
            organization=organization,
            note=note,
            websites=websites,
        )

        contact_update_request.additional_properties = d
        return contact_update_request

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
