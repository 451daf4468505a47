from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSettings")


@_attrs_define
class WebhookSettings:
    """Account-wide push (webhook) settings. The same object is read and written back.
    Unknown fields that sipgate returns are kept when the object is sent again.

        Attributes:
            incoming_url (str | Unset): Where sipgate posts events of incoming calls; an empty string turns the push off.
                Example: https://example.com/sipgate/incoming.
            outgoing_url (str | Unset): Where sipgate posts events of outgoing calls; an empty string turns the push off.
                Example: https://example.com/sipgate/outgoing.
            log (bool | Unset): Whether sipgate keeps a debug log of the pushes.
            whitelist (list[str] | None | Unset): Extensions (phonelines `p…` and groups `g…`) whose calls trigger pushes.
                `null` means every phoneline and group; an empty list means none.
                 Example: ['p0', 'g3'].
            push_api_version (int | Unset): Version of the push format; only returned and accepted by newer API releases.
    """

    incoming_url: str | Unset = UNSET
    outgoing_url: str | Unset = UNSET
    log: bool | Unset = UNSET
    whitelist: list[str] | None | Unset = UNSET
    push_api_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incoming_url = self.incoming_url

        outgoing_url = self.outgoing_url

        log = self.log

        whitelist: list[str] | None | Unset
        if isinstance(self.whitelist, Unset):
            whitelist = UNSET
        elif isinstance(self.whitelist, list):
            whitelist = self.whitelist

        else:
            whitelist = self.whitelist

        push_api_version = self.push_api_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incoming_url is not UNSET:
            field_dict["incomingUrl"] = incoming_url
        if outgoing_url is not UNSET:
            field_dict["outgoingUrl"] = outgoing_url
        if log is not UNSET:
            field_dict["log"] = log
        if whitelist is not UNSET:
            field_dict["whitelist"] = whitelist
        if push_api_version is not UNSET:
            field_dict["pushApiVersion"] = push_api_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incoming_url = d.pop("incomingUrl", UNSET)

        outgoing_url = d.pop("outgoingUrl", UNSET)

        log = d.pop("log", UNSET)

        def _parse_whitelist(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                whitelist_type_0 = cast(list[str], data)

                return whitelist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        whitelist = _parse_whitelist(d.pop("whitelist", UNSET))

        push_api_version = d.pop("pushApiVersion", UNSET)

        webhook_settings = cls(
            incoming_url=incoming_url,
            outgoing_url=outgoing_url,
            log=log,
            whitelist=whitelist,
            push_api_version=push_api_version,
        )

        webhook_settings.additional_properties = d
        return webhook_settings

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
