from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthClient")


def _hidden(value: object) -> str:
    """The repr of a secret: whether it is set, never its text."""
    return "<redacted>" if value else repr(value)


@_attrs_define
class OAuthClient:
    """A registered OAuth 2.0 client. `clientSecret` is a credential; keep it out of logs.

    Attributes:
        client_id (str): The client id to send to the login server.
        client_secret (str | Unset): The client secret to send to the token endpoint.
        name (str | Unset): Name of the application, shown on the login screen.
        description (str | Unset): A few words about the application.
        redirect_uris (list[str] | Unset): Addresses the login server may send the browser back to.
        web_origins (list[str] | Unset): Origins allowed to call the login server from a browser.
        privacy_url (str | Unset): The application's privacy policy.
        terms_url (str | Unset): The application's terms of use.
    """

    client_id: str
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=_hidden)
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    redirect_uris: list[str] | Unset = UNSET
    web_origins: list[str] | Unset = UNSET
    privacy_url: str | Unset = UNSET
    terms_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        name = self.name

        description = self.description

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        web_origins: list[str] | Unset = UNSET
        if not isinstance(self.web_origins, Unset):
            web_origins = self.web_origins

        privacy_url = self.privacy_url

        terms_url = self.terms_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if redirect_uris is not UNSET:
            field_dict["redirectUris"] = redirect_uris
        if web_origins is not UNSET:
            field_dict["webOrigins"] = web_origins
        if privacy_url is not UNSET:
            field_dict["privacyUrl"] = privacy_url
        if terms_url is not UNSET:
            field_dict["termsUrl"] = terms_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        redirect_uris = cast(list[str], d.pop("redirectUris", UNSET))

        web_origins = cast(list[str], d.pop("webOrigins", UNSET))

        privacy_url = d.pop("privacyUrl", UNSET)

        terms_url = d.pop("termsUrl", UNSET)

        o_auth_client = cls(
            client_id=client_id,
            client_secret=client_secret,
            name=name,
            description=description,
            redirect_uris=redirect_uris,
            web_origins=web_origins,
            privacy_url=privacy_url,
            terms_url=terms_url,
        )

        o_auth_client.additional_properties = d
        return o_auth_client

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
