from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookLogEntry")


@_attrs_define
class WebhookLogEntry:
    """One webhook request sipgate made and the answer it got.

    Attributes:
        created (datetime.datetime | Unset): When sipgate sent the request (ISO 8601).
        url (str | Unset): The webhook URL that was called.
        request (str | Unset): The form-encoded body sipgate sent, for example a `newCall` event.
        response (str | Unset): The answer received, as text starting with its status line.
        xml_error (str | Unset): Why sipgate could not use the answer's XML, if it could not.
        status (str | Unset): HTTP status of the answer, as text (for example `200`).
    """

    created: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    request: str | Unset = UNSET
    response: str | Unset = UNSET
    xml_error: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        url = self.url

        request = self.request

        response = self.response

        xml_error = self.xml_error

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if url is not UNSET:
            field_dict["url"] = url
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if xml_error is not UNSET:
            field_dict["xmlError"] = xml_error
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        url = d.pop("url", UNSET)

        request = d.pop("request", UNSET)

        response = d.pop("response", UNSET)

        xml_error = d.pop("xmlError", UNSET)

        status = d.pop("status", UNSET)

        webhook_log_entry = cls(
            created=created,
            url=url,
            request=request,
            response=response,
            xml_error=xml_error,
            status=status,
        )

        webhook_log_entry.additional_properties = d
        return webhook_log_entry

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
