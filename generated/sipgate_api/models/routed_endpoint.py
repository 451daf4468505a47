from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routing_type import RoutingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint import Endpoint


T = TypeVar("T", bound="RoutedEndpoint")


@_attrs_define
class RoutedEndpoint:
    """An extension the connection passed through.

    Attributes:
        type_ (RoutingType | str | Unset): Known values: FORWARDED, ROUTED, PICKUP.
        endpoint (Endpoint | Unset): An extension of the account.
    """

    type_: RoutingType | str | Unset = UNSET
    endpoint: Endpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RoutingType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint import Endpoint  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> RoutingType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RoutingType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RoutingType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _endpoint = d.pop("endpoint", UNSET)
        endpoint: Endpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = Endpoint.from_dict(_endpoint)

        routed_endpoint = cls(
            type_=type_,
            endpoint=endpoint,
        )

        routed_endpoint.additional_properties = d
        return routed_endpoint

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
