from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthClientRequest")


@_attrs_define
class OAuthClientRequest:
    """What an OAuth 2.0 client is registered with.

    Attributes:
        name (str): Name of the application, shown on the login screen. Example: Example CRM.
        description (str): A few words about the application. Example: Call log sync for Example CRM.
        redirect_uris (list[str]): Addresses the login server may send the browser back to after logging in or
            out. A `*` stands for any text, as in `https://app.example.com/*`.
             Example: ['https://app.example.com/*'].
        web_origins (list[str]): Origins allowed to call the login server from a browser (CORS); `*` works as above.
            Example: ['https://app.example.com'].
        privacy_url (str): The application's privacy policy. Example: https://app.example.com/privacy.
        terms_url (str): The application's terms of use. Example: https://app.example.com/terms.
    """

    name: str
    description: str
    redirect_uris: list[str]
    web_origins: list[str]
    privacy_url: str
    terms_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        redirect_uris = self.redirect_uris

        web_origins = self.web_origins

        privacy_url = self.privacy_url

        terms_url = self.terms_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "redirectUris": redirect_uris,
                "webOrigins": web_origins,
                "privacyUrl": privacy_url,
                "termsUrl": terms_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        redirect_uris = cast(list[str], d.pop("redirectUris"))

        web_origins = cast(list[str], d.pop("webOrigins"))

        privacy_url = d.pop("privacyUrl")

        terms_url = d.pop("termsUrl")

        o_auth_client_request = cls(
            name=name,
            description=description,
            redirect_uris=redirect_uris,
            web_origins=web_origins,
            privacy_url=privacy_url,
            terms_url=terms_url,
        )

        o_auth_client_request.additional_properties = d
        return o_auth_client_request

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
