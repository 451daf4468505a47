from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_routing import ActiveRouting


T = TypeVar("T", bound="Device")


def _hidden(value: object) -> str:
    """The repr of a secret: whether it is set, never its text."""
    return "<redacted>" if value else repr(value)


_SECRET_ENTRIES = ("credentials",)


def _hidden_entries(properties: dict[str, Any]) -> str:
    """The repr of the additional properties, with those that hold secrets masked."""
    shown = (
        f"{key!r}: {_hidden(value) if key in _SECRET_ENTRIES else repr(value)}" for key, value in properties.items()
    )
    return "{" + ", ".join(shown) + "}"


@_attrs_define
class Device:
    """A device of a web user. `type` tells the kind; kinds sipgate added later (such as
    app extensions) come through as plain strings. Kind-specific fields are kept as
    additional properties.

        Attributes:
            id (str):  Example: e0.
            alias (str | Unset): Display name of the device.
            type_ (DeviceType | str | Unset): Known values: see `DeviceType`.
            online (bool | Unset): Whether sipgate currently sees the device as online.
            dnd (bool | Unset): Do not disturb.
            caller_id (str | Unset):
            owner (str | Unset):
            active_phonelines (list[ActiveRouting | str] | Unset): Phonelines ringing on this device.
            active_groups (list[ActiveRouting | str] | Unset): Groups ringing on this device.
    """

    id: str
    alias: str | Unset = UNSET
    type_: DeviceType | str | Unset = UNSET
    online: bool | Unset = UNSET
    dnd: bool | Unset = UNSET
    caller_id: str | Unset = UNSET
    owner: str | Unset = UNSET
    active_phonelines: list[ActiveRouting | str] | Unset = UNSET
    active_groups: list[ActiveRouting | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_hidden_entries)

    def to_dict(self) -> dict[str, Any]:
        from ..models.active_routing import ActiveRouting  # noqa: PLC0415

        id = self.id

        alias = self.alias

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DeviceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        online = self.online

        dnd = self.dnd

        caller_id = self.caller_id

        owner = self.owner

        active_phonelines: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.active_phonelines, Unset):
            active_phonelines = []
            for active_phonelines_item_data in self.active_phonelines:
                active_phonelines_item: dict[str, Any] | str
                if isinstance(active_phonelines_item_data, ActiveRouting):
                    active_phonelines_item = active_phonelines_item_data.to_dict()
                else:
                    active_phonelines_item = active_phonelines_item_data
                active_phonelines.append(active_phonelines_item)

        active_groups: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.active_groups, Unset):
            active_groups = []
            for active_groups_item_data in self.active_groups:
                active_groups_item: dict[str, Any] | str
                if isinstance(active_groups_item_data, ActiveRouting):
                    active_groups_item = active_groups_item_data.to_dict()
                else:
                    active_groups_item = active_groups_item_data
                active_groups.append(active_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if type_ is not UNSET:
            field_dict["type"] = type_
        if online is not UNSET:
            field_dict["online"] = online
        if dnd is not UNSET:
            field_dict["dnd"] = dnd
        if caller_id is not UNSET:
            field_dict["callerId"] = caller_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if active_phonelines is not UNSET:
            field_dict["activePhonelines"] = active_phonelines
        if active_groups is not UNSET:
            field_dict["activeGroups"] = active_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_routing import ActiveRouting  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        def _parse_type_(data: object) -> DeviceType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DeviceType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        online = d.pop("online", UNSET)

        dnd = d.pop("dnd", UNSET)

        caller_id = d.pop("callerId", UNSET)

        owner = d.pop("owner", UNSET)

        _active_phonelines = d.pop("activePhonelines", UNSET)
        active_phonelines: list[ActiveRouting | str] | Unset = UNSET
        if _active_phonelines is not UNSET:
            active_phonelines = []
            for active_phonelines_item_data in _active_phonelines:

                def _parse_active_phonelines_item(data: object) -> ActiveRouting | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_device_routing_type_0 = ActiveRouting.from_dict(data)

                        return componentsschemas_device_routing_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ActiveRouting | str, data)

                active_phonelines_item = _parse_active_phonelines_item(active_phonelines_item_data)

                active_phonelines.append(active_phonelines_item)

        _active_groups = d.pop("activeGroups", UNSET)
        active_groups: list[ActiveRouting | str] | Unset = UNSET
        if _active_groups is not UNSET:
            active_groups = []
            for active_groups_item_data in _active_groups:

                def _parse_active_groups_item(data: object) -> ActiveRouting | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_device_routing_type_0 = ActiveRouting.from_dict(data)

                        return componentsschemas_device_routing_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ActiveRouting | str, data)

                active_groups_item = _parse_active_groups_item(active_groups_item_data)

                active_groups.append(active_groups_item)

        device = cls(
            id=id,
            alias=alias,
            type_=type_,
            online=online,
            dnd=dnd,
            caller_id=caller_id,
            owner=owner,
            active_phonelines=active_phonelines,
            active_groups=active_groups,
        )

        device.additional_properties = d
        return device

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
