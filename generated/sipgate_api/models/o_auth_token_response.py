from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenResponse")


def _hidden(value: object) -> str:
    """The repr of a secret: whether it is set, never its text."""
    return "<redacted>" if value else repr(value)


@_attrs_define
class OAuthTokenResponse:
    """Tokens issued by the login server. Further fields the server adds (such as
    `session_state`) are kept as additional properties. The fields marked
    `format: password` are credentials: the generated model masks them in its repr.

        Attributes:
            access_token (str): The token to send in the `Authorization` header as `Bearer <token>`.
            expires_in (int | Unset): Seconds the access token stays valid. Example: 300.
            refresh_token (str | Unset): Token for getting a new access token without a new login.
            refresh_expires_in (int | Unset): Seconds the refresh token stays valid. Example: 2592000.
            token_type (str | Unset): Kind of the access token, normally `Bearer`. Example: Bearer.
            scope (str | Unset): Space-separated scopes the tokens carry.
            id_token (str | Unset): OpenID Connect identity token (a signed JWT about the user), sent when the
                login asked for the `openid` scope.
    """

    access_token: str = _attrs_field(repr=_hidden)
    expires_in: int | Unset = UNSET
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_hidden)
    refresh_expires_in: int | Unset = UNSET
    token_type: str | Unset = UNSET
    scope: str | Unset = UNSET
    id_token: str | Unset = _attrs_field(default=UNSET, repr=_hidden)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        refresh_expires_in = self.refresh_expires_in

        token_type = self.token_type

        scope = self.scope

        id_token = self.id_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if refresh_expires_in is not UNSET:
            field_dict["refresh_expires_in"] = refresh_expires_in
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if scope is not UNSET:
            field_dict["scope"] = scope
        if id_token is not UNSET:
            field_dict["id_token"] = id_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        refresh_expires_in = d.pop("refresh_expires_in", UNSET)

        token_type = d.pop("token_type", UNSET)

        scope = d.pop("scope", UNSET)

        id_token = d.pop("id_token", UNSET)

        o_auth_token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            refresh_expires_in=refresh_expires_in,
            token_type=token_type,
            scope=scope,
            id_token=id_token,
        )

        o_auth_token_response.additional_properties = d
        return o_auth_token_response

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
