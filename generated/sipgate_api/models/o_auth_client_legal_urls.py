from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthClientLegalUrls")


@_attrs_define
class OAuthClientLegalUrls:
    """
    Attributes:
        privacy_url (str | Unset): The application's privacy policy.
        terms_url (str | Unset): The application's terms of use.
    """

    privacy_url: str | Unset = UNSET
    terms_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        privacy_url = self.privacy_url

        terms_url = self.terms_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if privacy_url is not UNSET:
            field_dict["privacyUrl"] = privacy_url
        if terms_url is not UNSET:
            field_dict["termsUrl"] = terms_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        privacy_url = d.pop("privacyUrl", UNSET)

        terms_url = d.pop("termsUrl", UNSET)

        o_auth_client_legal_urls = cls(
            privacy_url=privacy_url,
            terms_url=terms_url,
        )

        o_auth_client_legal_urls.additional_properties = d
        return o_auth_client_legal_urls

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
