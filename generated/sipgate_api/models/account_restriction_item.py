from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_restriction import AccountRestriction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountRestrictionItem")


@_attrs_define
class AccountRestrictionItem:
    """One restriction as it applies to one user.

    Attributes:
        restriction (AccountRestriction | str | Unset): Name of the restriction. Known values: see `AccountRestriction`.
        value (Any | Unset): What the product allows. The reference types it as an object without fields;
            its shape depends on the restriction, so any JSON value is accepted here.
        target (str | Unset): Extension id of the user the restriction applies to. Example: w0.
    """

    restriction: AccountRestriction | str | Unset = UNSET
    value: Any | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restriction: str | Unset
        if isinstance(self.restriction, Unset):
            restriction = UNSET
        elif isinstance(self.restriction, AccountRestriction):
            restriction = self.restriction.value
        else:
            restriction = self.restriction

        value = self.value

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restriction is not UNSET:
            field_dict["restriction"] = restriction
        if value is not UNSET:
            field_dict["value"] = value
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_restriction(data: object) -> AccountRestriction | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                restriction_type_0 = AccountRestriction(data)

                return restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountRestriction | str | Unset, data)

        restriction = _parse_restriction(d.pop("restriction", UNSET))

        value = d.pop("value", UNSET)

        target = d.pop("target", UNSET)

        account_restriction_item = cls(
            restriction=restriction,
            value=value,
            target=target,
        )

        account_restriction_item.additional_properties = d
        return account_restriction_item

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
