"""The `devices` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`DevicesEndpoints` and `AsyncDevicesEndpoints` offer them as methods of one
client (``client.endpoints.devices``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_device_request import CreateDeviceRequest
    from ...models.create_external_device_request import CreateExternalDeviceRequest
    from ...models.create_mobile_device_request import CreateMobileDeviceRequest
    from ...models.create_register_device_request import CreateRegisterDeviceRequest
    from ...models.device import Device
    from ...models.device_alias_update import DeviceAliasUpdate
    from ...models.device_caller_id import DeviceCallerId
    from ...models.device_contingent_list import DeviceContingentList
    from ...models.device_list import DeviceList
    from ...models.device_local_prefix import DeviceLocalPrefix
    from ...models.device_settings_update import DeviceSettingsUpdate
    from ...models.device_sim_activation import DeviceSimActivation
    from ...models.device_sim_order import DeviceSimOrder
    from ...models.device_single_row_display import DeviceSingleRowDisplay
    from ...models.device_tariff_announcement import DeviceTariffAnnouncement
    from ...models.device_type_filter import DeviceTypeFilter
    from ...models.external_device import ExternalDevice
    from ...models.external_device_call_display_update import ExternalDeviceCallDisplayUpdate
    from ...models.external_device_target_number_update import ExternalDeviceTargetNumberUpdate
    from ...models.mobile_device import MobileDevice
    from ...models.register_device import RegisterDevice
    from ...types import Unset

__all__ = ("AsyncDevicesEndpoints", "DevicesEndpoints")


class DevicesEndpoints:
    """The `devices` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_devices(
        self,
        user_id: str,
        *,
        type_: DeviceTypeFilter | Unset = UNSET,
    ) -> DeviceList:
        """List a user's devices (``GET /{user_id}/devices``)."""
        from .list_devices import sync_detailed as call

        response = call(user_id, client=self._client, type_=type_)
        return cast("DeviceList", response.parsed)

    def create_device(
        self,
        user_id: str,
        *,
        body: CreateDeviceRequest,
    ) -> Device:
        """Add a device of a given kind to a user (``POST /{user_id}/devices``)."""
        from .create_device import sync_detailed as call

        response = call(user_id, client=self._client, body=body)
        return cast("Device", response.parsed)

    def create_external_device(
        self,
        user_id: str,
        *,
        body: CreateExternalDeviceRequest,
    ) -> ExternalDevice:
        """Add an external phone number as a device of a user (``POST /{user_id}/devices/external``)."""
        from .create_external_device import sync_detailed as call

        response = call(user_id, client=self._client, body=body)
        return cast("ExternalDevice", response.parsed)

    def create_mobile_device(
        self,
        user_id: str,
        *,
        body: CreateMobileDeviceRequest,
    ) -> MobileDevice:
        """Add a mobile device (for a sipgate SIM card) to a user (``POST /{user_id}/devices/mobile``)."""
        from .create_mobile_device import sync_detailed as call

        response = call(user_id, client=self._client, body=body)
        return cast("MobileDevice", response.parsed)

    def create_register_device(
        self,
        user_id: str,
        *,
        body: CreateRegisterDeviceRequest,
    ) -> RegisterDevice:
        """Add a VoIP phone (SIP registration) to a user (``POST /{user_id}/devices/register``)."""
        from .create_register_device import sync_detailed as call

        response = call(user_id, client=self._client, body=body)
        return cast("RegisterDevice", response.parsed)

    def list_device_contingents(
        self,
        user_id: str,
        device_id: str,
    ) -> DeviceContingentList:
        """List the included volumes of a mobile device (``GET /{user_id}/devices/{device_id}/contingents``)."""
        from .list_device_contingents import sync_detailed as call

        response = call(user_id, device_id, client=self._client)
        return cast("DeviceContingentList", response.parsed)

    def activate_device_sim(
        self,
        user_id: str,
        device_id: str,
        *,
        body: DeviceSimActivation,
    ) -> None:
        """Put a SIM card into service for a mobile device (``POST /{user_id}/devices/{device_id}/sim``)."""
        from .activate_device_sim import sync_detailed as call

        call(user_id, device_id, client=self._client, body=body)

    def deactivate_device_sim(
        self,
        user_id: str,
        device_id: str,
    ) -> None:
        """Take the SIM card of a mobile device out of service (``DELETE /{user_id}/devices/{device_id}/sim``)."""
        from .deactivate_device_sim import sync_detailed as call

        call(user_id, device_id, client=self._client)

    def order_device_sim(
        self,
        user_id: str,
        device_id: str,
        *,
        body: DeviceSimOrder,
    ) -> None:
        """Order a new SIM card for a mobile device (``POST /{user_id}/devices/{device_id}/sim/orders``)."""
        from .order_device_sim import sync_detailed as call

        call(user_id, device_id, client=self._client, body=body)

    def get_device(
        self,
        device_id: str,
    ) -> Device:
        """Fetch one device (``GET /devices/{device_id}``)."""
        from .get_device import sync_detailed as call

        response = call(device_id, client=self._client)
        return cast("Device", response.parsed)

    def update_device(
        self,
        device_id: str,
        *,
        body: DeviceSettingsUpdate,
    ) -> None:
        """Change do-not-disturb and the emergency address of a device (``PUT /devices/{device_id}``)."""
        from .update_device import sync_detailed as call

        call(device_id, client=self._client, body=body)

    def delete_device(
        self,
        device_id: str,
    ) -> None:
        """Remove a device (``DELETE /devices/{device_id}``)."""
        from .delete_device import sync_detailed as call

        call(device_id, client=self._client)

    def set_device_alias(
        self,
        device_id: str,
        *,
        body: DeviceAliasUpdate,
    ) -> None:
        """Rename a device (``PUT /devices/{device_id}/alias``)."""
        from .set_device_alias import sync_detailed as call

        call(device_id, client=self._client, body=body)

    def get_device_caller_id(
        self,
        device_id: str,
    ) -> DeviceCallerId:
        """Read the number a device shows when it calls out (``GET /devices/{device_id}/callerid``)."""
        from .get_device_caller_id import sync_detailed as call

        response = call(device_id, client=self._client)
        return cast("DeviceCallerId", response.parsed)

    def set_device_caller_id(
        self,
        device_id: str,
        *,
        body: DeviceCallerId,
    ) -> None:
        """Choose the number a device shows when it calls out (``PUT /devices/{device_id}/callerid``)."""
        from .set_device_caller_id import sync_detailed as call

        call(device_id, client=self._client, body=body)

    def reset_device_password(
        self,
        device_id: str,
    ) -> None:
        """Give a VoIP device a new SIP password (``POST /devices/{device_id}/credentials/password``)."""
        from .reset_device_password import sync_detailed as call

        call(device_id, client=self._client)

    def set_external_device_call_display(
        self,
        device_id: str,
        *,
        body: ExternalDeviceCallDisplayUpdate,
    ) -> None:
        """Choose which number an external device sees for incoming calls (``PUT /devices/{device_id}/external/incomingcalldisplay``)."""
        from .set_external_device_call_display import sync_detailed as call

        call(device_id, client=self._client, body=body)

    def set_external_device_target_number(
        self,
        device_id: str,
        *,
        body: ExternalDeviceTargetNumberUpdate,
    ) -> None:
        """Change the phone number an external device rings (``PUT /devices/{device_id}/external/targetnumber``)."""
        from .set_external_device_target_number import sync_detailed as call

        call(device_id, client=self._client, body=body)

    def get_device_local_prefix(
        self,
        device_id: str,
    ) -> DeviceLocalPrefix:
        """Read the area code a device adds to local numbers (``GET /devices/{device_id}/localprefix``)."""
        from .get_device_local_prefix import sync_detailed as call

        response = call(device_id, client=self._client)
        return cast("DeviceLocalPrefix", response.parsed)

    def set_device_local_prefix(
        self,
        device_id: str,
        *,
        body: DeviceLocalPrefix,
    ) -> None:
        """Change the area code a device adds to local numbers (``PUT /devices/{device_id}/localprefix``)."""
        from .set_device_local_prefix import sync_detailed as call

        call(device_id, client=self._client, body=body)

    def get_device_single_row_display(
        self,
        device_id: str,
    ) -> DeviceSingleRowDisplay:
        """Read the single-row display setting of a device (``GET /devices/{device_id}/singlerowdisplay``)."""
        from .get_device_single_row_display import sync_detailed as call

        response = call(device_id, client=self._client)
        return cast("DeviceSingleRowDisplay", response.parsed)

    def set_device_single_row_display(
        self,
        device_id: str,
        *,
        body: DeviceSingleRowDisplay,
    ) -> None:
        """Switch the single-row display mode of a device on or off (``PUT /devices/{device_id}/singlerowdisplay``)."""
        from .set_device_single_row_display import sync_detailed as call

        call(device_id, client=self._client, body=body)

    def get_device_tariff_announcement(
        self,
        device_id: str,
    ) -> DeviceTariffAnnouncement:
        """Read whether a device hears the price before a call (``GET /devices/{device_id}/tariffannouncement``)."""
        from .get_device_tariff_announcement import sync_detailed as call

        response = call(device_id, client=self._client)
        return cast("DeviceTariffAnnouncement", response.parsed)

    def set_device_tariff_announcement(
        self,
        device_id: str,
        *,
        body: DeviceTariffAnnouncement,
    ) -> None:
        """Switch the price announcement before calls on or off (``PUT /devices/{device_id}/tariffannouncement``)."""
        from .set_device_tariff_announcement import sync_detailed as call

        call(device_id, client=self._client, body=body)


class AsyncDevicesEndpoints:
    """The `devices` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_devices(
        self,
        user_id: str,
        *,
        type_: DeviceTypeFilter | Unset = UNSET,
    ) -> DeviceList:
        """List a user's devices (``GET /{user_id}/devices``)."""
        from .list_devices import asyncio_detailed as call

        response = await call(user_id, client=self._client, type_=type_)
        return cast("DeviceList", response.parsed)

    async def create_device(
        self,
        user_id: str,
        *,
        body: CreateDeviceRequest,
    ) -> Device:
        """Add a device of a given kind to a user (``POST /{user_id}/devices``)."""
        from .create_device import asyncio_detailed as call

        response = await call(user_id, client=self._client, body=body)
        return cast("Device", response.parsed)

    async def create_external_device(
        self,
        user_id: str,
        *,
        body: CreateExternalDeviceRequest,
    ) -> ExternalDevice:
        """Add an external phone number as a device of a user (``POST /{user_id}/devices/external``)."""
        from .create_external_device import asyncio_detailed as call

        response = await call(user_id, client=self._client, body=body)
        return cast("ExternalDevice", response.parsed)

    async def create_mobile_device(
        self,
        user_id: str,
        *,
        body: CreateMobileDeviceRequest,
    ) -> MobileDevice:
        """Add a mobile device (for a sipgate SIM card) to a user (``POST /{user_id}/devices/mobile``)."""
        from .create_mobile_device import asyncio_detailed as call

        response = await call(user_id, client=self._client, body=body)
        return cast("MobileDevice", response.parsed)

    async def create_register_device(
        self,
        user_id: str,
        *,
        body: CreateRegisterDeviceRequest,
    ) -> RegisterDevice:
        """Add a VoIP phone (SIP registration) to a user (``POST /{user_id}/devices/register``)."""
        from .create_register_device import asyncio_detailed as call

        response = await call(user_id, client=self._client, body=body)
        return cast("RegisterDevice", response.parsed)

    async def list_device_contingents(
        self,
        user_id: str,
        device_id: str,
    ) -> DeviceContingentList:
        """List the included volumes of a mobile device (``GET /{user_id}/devices/{device_id}/contingents``)."""
        from .list_device_contingents import asyncio_detailed as call

        response = await call(user_id, device_id, client=self._client)
        return cast("DeviceContingentList", response.parsed)

    async def activate_device_sim(
        self,
        user_id: str,
        device_id: str,
        *,
        body: DeviceSimActivation,
    ) -> None:
        """Put a SIM card into service for a mobile device (``POST /{user_id}/devices/{device_id}/sim``)."""
        from .activate_device_sim import asyncio_detailed as call

        await call(user_id, device_id, client=self._client, body=body)

    async def deactivate_device_sim(
        self,
        user_id: str,
        device_id: str,
    ) -> None:
        """Take the SIM card of a mobile device out of service (``DELETE /{user_id}/devices/{device_id}/sim``)."""
        from .deactivate_device_sim import asyncio_detailed as call

        await call(user_id, device_id, client=self._client)

    async def order_device_sim(
        self,
        user_id: str,
        device_id: str,
        *,
        body: DeviceSimOrder,
    ) -> None:
        """Order a new SIM card for a mobile device (``POST /{user_id}/devices/{device_id}/sim/orders``)."""
        from .order_device_sim import asyncio_detailed as call

        await call(user_id, device_id, client=self._client, body=body)

    async def get_device(
        self,
        device_id: str,
    ) -> Device:
        """Fetch one device (``GET /devices/{device_id}``)."""
        from .get_device import asyncio_detailed as call

        response = await call(device_id, client=self._client)
        return cast("Device", response.parsed)

    async def update_device(
        self,
        device_id: str,
        *,
        body: DeviceSettingsUpdate,
    ) -> None:
        """Change do-not-disturb and the emergency address of a device (``PUT /devices/{device_id}``)."""
        from .update_device import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)

    async def delete_device(
        self,
        device_id: str,
    ) -> None:
        """Remove a device (``DELETE /devices/{device_id}``)."""
        from .delete_device import asyncio_detailed as call

        await call(device_id, client=self._client)

    async def set_device_alias(
        self,
        device_id: str,
        *,
        body: DeviceAliasUpdate,
    ) -> None:
        """Rename a device (``PUT /devices/{device_id}/alias``)."""
        from .set_device_alias import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)

    async def get_device_caller_id(
        self,
        device_id: str,
    ) -> DeviceCallerId:
        """Read the number a device shows when it calls out (``GET /devices/{device_id}/callerid``)."""
        from .get_device_caller_id import asyncio_detailed as call

        response = await call(device_id, client=self._client)
        return cast("DeviceCallerId", response.parsed)

    async def set_device_caller_id(
        self,
        device_id: str,
        *,
        body: DeviceCallerId,
    ) -> None:
        """Choose the number a device shows when it calls out (``PUT /devices/{device_id}/callerid``)."""
        from .set_device_caller_id import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)

    async def reset_device_password(
        self,
        device_id: str,
    ) -> None:
        """Give a VoIP device a new SIP password (``POST /devices/{device_id}/credentials/password``)."""
        from .reset_device_password import asyncio_detailed as call

        await call(device_id, client=self._client)

    async def set_external_device_call_display(
        self,
        device_id: str,
        *,
        body: ExternalDeviceCallDisplayUpdate,
    ) -> None:
        """Choose which number an external device sees for incoming calls (``PUT /devices/{device_id}/external/incomingcalldisplay``)."""
        from .set_external_device_call_display import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)

    async def set_external_device_target_number(
        self,
        device_id: str,
        *,
        body: ExternalDeviceTargetNumberUpdate,
    ) -> None:
        """Change the phone number an external device rings (``PUT /devices/{device_id}/external/targetnumber``)."""
        from .set_external_device_target_number import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)

    async def get_device_local_prefix(
        self,
        device_id: str,
    ) -> DeviceLocalPrefix:
        """Read the area code a device adds to local numbers (``GET /devices/{device_id}/localprefix``)."""
        from .get_device_local_prefix import asyncio_detailed as call

        response = await call(device_id, client=self._client)
        return cast("DeviceLocalPrefix", response.parsed)

    async def set_device_local_prefix(
        self,
        device_id: str,
        *,
        body: DeviceLocalPrefix,
    ) -> None:
        """Change the area code a device adds to local numbers (``PUT /devices/{device_id}/localprefix``)."""
        from .set_device_local_prefix import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)

    async def get_device_single_row_display(
        self,
        device_id: str,
    ) -> DeviceSingleRowDisplay:
        """Read the single-row display setting of a device (``GET /devices/{device_id}/singlerowdisplay``)."""
        from .get_device_single_row_display import asyncio_detailed as call

        response = await call(device_id, client=self._client)
        return cast("DeviceSingleRowDisplay", response.parsed)

    async def set_device_single_row_display(
        self,
        device_id: str,
        *,
        body: DeviceSingleRowDisplay,
    ) -> None:
        """Switch the single-row display mode of a device on or off (``PUT /devices/{device_id}/singlerowdisplay``)."""
        from .set_device_single_row_display import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)

    async def get_device_tariff_announcement(
        self,
        device_id: str,
    ) -> DeviceTariffAnnouncement:
        """Read whether a device hears the price before a call (``GET /devices/{device_id}/tariffannouncement``)."""
        from .get_device_tariff_announcement import asyncio_detailed as call

        response = await call(device_id, client=self._client)
        return cast("DeviceTariffAnnouncement", response.parsed)

    async def set_device_tariff_announcement(
        self,
        device_id: str,
        *,
        body: DeviceTariffAnnouncement,
    ) -> None:
        """Switch the price announcement before calls on or off (``PUT /devices/{device_id}/tariffannouncement``)."""
        from .set_device_tariff_announcement import asyncio_detailed as call

        await call(device_id, client=self._client, body=body)
