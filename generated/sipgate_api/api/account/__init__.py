"""The `account` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`AccountEndpoints` and `AsyncAccountEndpoints` offer them as methods of one
client (``client.endpoints.account``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.account import Account
    from ...models.account_balance import AccountBalance
    from ...models.account_restriction import AccountRestriction
    from ...models.account_restriction_list import AccountRestrictionList
    from ...models.account_verification_request import AccountVerificationRequest
    from ...models.identity_verification import IdentityVerification
    from ...types import Unset

__all__ = ("AsyncAccountEndpoints", "AccountEndpoints")


class AccountEndpoints:
    """The `account` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_account(
        self,
    ) -> Account:
        """Read the account's master data (``GET /account``)."""
        from .get_account import sync_detailed as call

        response = call(client=self._client)
        return cast("Account", response.parsed)

    def verify_account(
        self,
        *,
        body: AccountVerificationRequest,
    ) -> None:
        """Confirm the account with a verification code (``PUT /account/verified``)."""
        from .verify_account import sync_detailed as call

        call(client=self._client, body=body)

    def get_balance(
        self,
    ) -> AccountBalance:
        """Read the account's credit (``GET /balance``)."""
        from .get_balance import sync_detailed as call

        response = call(client=self._client)
        return cast("AccountBalance", response.parsed)

    def get_identity_verification(
        self,
        *,
        allow_start: bool | Unset = UNSET,
    ) -> IdentityVerification:
        """Read the state of the identity check (``GET /identityVerification``)."""
        from .get_identity_verification import sync_detailed as call

        response = call(client=self._client, allow_start=allow_start)
        return cast("IdentityVerification", response.parsed)

    def list_restrictions(
        self,
        *,
        user_id: str,
        restriction: list[AccountRestriction] | Unset = UNSET,
    ) -> AccountRestrictionList:
        """List what a user may do under the booked product (``GET /restrictions``)."""
        from .list_restrictions import sync_detailed as call

        response = call(client=self._client, user_id=user_id, restriction=restriction)
        return cast("AccountRestrictionList", response.parsed)


class AsyncAccountEndpoints:
    """The `account` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_account(
        self,
    ) -> Account:
        """Read the account's master data (``GET /account``)."""
        from .get_account import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("Account", response.parsed)

    async def verify_account(
        self,
        *,
        body: AccountVerificationRequest,
    ) -> None:
        """Confirm the account with a verification code (``PUT /account/verified``)."""
        from .verify_account import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def get_balance(
        self,
    ) -> AccountBalance:
        """Read the account's credit (``GET /balance``)."""
        from .get_balance import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("AccountBalance", response.parsed)

    async def get_identity_verification(
        self,
        *,
        allow_start: bool | Unset = UNSET,
    ) -> IdentityVerification:
        """Read the state of the identity check (``GET /identityVerification``)."""
        from .get_identity_verification import asyncio_detailed as call

        response = await call(client=self._client, allow_start=allow_start)
        return cast("IdentityVerification", response.parsed)

    async def list_restrictions(
        self,
        *,
        user_id: str,
        restriction: list[AccountRestriction] | Unset = UNSET,
    ) -> AccountRestrictionList:
        """List what a user may do under the booked product (``GET /restrictions``)."""
        from .list_restrictions import asyncio_detailed as call

        response = await call(client=self._client, user_id=user_id, restriction=restriction)
        return cast("AccountRestrictionList", response.parsed)
