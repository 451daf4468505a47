from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_grant_type import OAuthGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenRequest")


def _hidden(value: object) -> str:
    """The repr of a secret: whether it is set, never its text."""
    return "<redacted>" if value else repr(value)


@_attrs_define
class OAuthTokenRequest:
    """Form fields of a token request. Which ones are needed depends on `grant_type`
    (see `request_oauth_token`).

        Attributes:
            grant_type (OAuthGrantType):
            client_id (str): Id of the registered client.
            code (str | Unset): The authorization code from the login redirect (`authorization_code` only).
            redirect_uri (str | Unset): The same `redirect_uri` as in the authorization request (`authorization_code` only).
            code_verifier (str | Unset): The PKCE verifier whose challenge the authorization request carried.
            refresh_token (str | Unset): The refresh token to trade in (`refresh_token` only).
            client_secret (str | Unset): Secret of the client; left out by public clients that use PKCE.
    """

    grant_type: OAuthGrantType
    client_id: str
    code: str | Unset = _attrs_field(default=UNSET, repr=_hidden)
    redirect_uri: str | Unset = UNSET
    code_verifier: str | Unset = _attrs_field(default=UNSET, repr=_hidden)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_hidden)
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=_hidden)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        code = self.code

        redirect_uri = self.redirect_uri

        code_verifier = self.code_verifier

        refresh_token = self.refresh_token

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = OAuthGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id")

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        code_verifier = d.pop("code_verifier", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        o_auth_token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            code=code,
            redirect_uri=redirect_uri,
            code_verifier=code_verifier,
            refresh_token=refresh_token,
            client_secret=client_secret,
        )

        o_auth_token_request.additional_properties = d
        return o_auth_token_request

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
