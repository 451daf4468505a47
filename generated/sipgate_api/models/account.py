from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_history_lifetime import AccountHistoryLifetime
from ..models.account_product_type import AccountProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """Master data of the account.

    Attributes:
        company (str | Unset): Name of the company (or person) the account belongs to. Example: Example GmbH.
        main_product_type (AccountProductType | str | Unset): Main product booked. Known values: see
            `AccountProductType`.
        logo_url (str | Unset): Address of the logo the web app shows for the account.
        verified (bool | Unset): Whether the account has been confirmed (see `verify_account`).
        history_life_time (AccountHistoryLifetime | str | Unset): How long the history is kept. Known values: see
            `AccountHistoryLifetime`.
    """

    company: str | Unset = UNSET
    main_product_type: AccountProductType | str | Unset = UNSET
    logo_url: str | Unset = UNSET
    verified: bool | Unset = UNSET
    history_life_time: AccountHistoryLifetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        main_product_type: str | Unset
        if isinstance(self.main_product_type, Unset):
            main_product_type = UNSET
        elif isinstance(self.main_product_type, AccountProductType):
            main_product_type = self.main_product_type.value
        else:
            main_product_type = self.main_product_type

        logo_url = self.logo_url

        verified = self.verified

        history_life_time: str | Unset
        if isinstance(self.history_life_time, Unset):
            history_life_time = UNSET
        elif isinstance(self.history_life_time, AccountHistoryLifetime):
            history_life_time = self.history_life_time.value
        else:
            history_life_time = self.history_life_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if main_product_type is not UNSET:
            field_dict["mainProductType"] = main_product_type
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if verified is not UNSET:
            field_dict["verified"] = verified
        if history_life_time is not UNSET:
            field_dict["historyLifeTime"] = history_life_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company = d.pop("company", UNSET)

        def _parse_main_product_type(data: object) -> AccountProductType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                main_product_type_type_0 = AccountProductType(data)

                return main_product_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountProductType | str | Unset, data)

        main_product_type = _parse_main_product_type(d.pop("mainProductType", UNSET))

        logo_url = d.pop("logoUrl", UNSET)

        verified = d.pop("verified", UNSET)

        def _parse_history_life_time(data: object) -> AccountHistoryLifetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                history_life_time_type_0 = AccountHistoryLifetime(data)

                return history_life_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountHistoryLifetime | str | Unset, data)

        history_life_time = _parse_history_life_time(d.pop("historyLifeTime", UNSET))

        account = cls(
            company=company,
            main_product_type=main_product_type,
            logo_url=logo_url,
            verified=verified,
            history_life_time=history_life_time,
        )

        account.additional_properties = d
        return account

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
