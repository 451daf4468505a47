"""The `notifications` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`NotificationsEndpoints` and `AsyncNotificationsEndpoints` offer them as methods of one
client (``client.endpoints.notifications``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.call_email_notification_request import CallEmailNotificationRequest
    from ...models.call_sms_notification_request import CallSmsNotificationRequest
    from ...models.fax_email_notification_request import FaxEmailNotificationRequest
    from ...models.fax_report_notification_request import FaxReportNotificationRequest
    from ...models.fax_sms_notification_request import FaxSmsNotificationRequest
    from ...models.notification_overview import NotificationOverview
    from ...models.sms_email_notification_request import SmsEmailNotificationRequest
    from ...models.voicemail_email_notification_request import VoicemailEmailNotificationRequest
    from ...models.voicemail_sms_notification_request import VoicemailSmsNotificationRequest

__all__ = ("AsyncNotificationsEndpoints", "NotificationsEndpoints")


class NotificationsEndpoints:
    """The `notifications` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_notifications(
        self,
        user_id: str,
    ) -> NotificationOverview:
        """List a user's notifications (``GET /{user_id}/notifications``)."""
        from .list_notifications import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("NotificationOverview", response.parsed)

    def create_call_email_notification(
        self,
        user_id: str,
        *,
        body: CallEmailNotificationRequest,
    ) -> None:
        """Get an e-mail about calls (``POST /{user_id}/notifications/call/email``)."""
        from .create_call_email_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def create_call_sms_notification(
        self,
        user_id: str,
        *,
        body: CallSmsNotificationRequest,
    ) -> None:
        """Get a text message about calls (``POST /{user_id}/notifications/call/sms``)."""
        from .create_call_sms_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def create_fax_email_notification(
        self,
        user_id: str,
        *,
        body: FaxEmailNotificationRequest,
    ) -> None:
        """Get an e-mail about faxes (``POST /{user_id}/notifications/fax/email``)."""
        from .create_fax_email_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def create_fax_report_notification(
        self,
        user_id: str,
        *,
        body: FaxReportNotificationRequest,
    ) -> None:
        """Get transmission reports of faxes by e-mail (``POST /{user_id}/notifications/fax/report``)."""
        from .create_fax_report_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def create_fax_sms_notification(
        self,
        user_id: str,
        *,
        body: FaxSmsNotificationRequest,
    ) -> None:
        """Get a text message about faxes (``POST /{user_id}/notifications/fax/sms``)."""
        from .create_fax_sms_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def create_sms_email_notification(
        self,
        user_id: str,
        *,
        body: SmsEmailNotificationRequest,
    ) -> None:
        """Get incoming text messages by e-mail (``POST /{user_id}/notifications/sms/email``)."""
        from .create_sms_email_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def create_voicemail_email_notification(
        self,
        user_id: str,
        *,
        body: VoicemailEmailNotificationRequest,
    ) -> None:
        """Get an e-mail about voicemail messages (``POST /{user_id}/notifications/voicemail/email``)."""
        from .create_voicemail_email_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def create_voicemail_sms_notification(
        self,
        user_id: str,
        *,
        body: VoicemailSmsNotificationRequest,
    ) -> None:
        """Get a text message about voicemail messages (``POST /{user_id}/notifications/voicemail/sms``)."""
        from .create_voicemail_sms_notification import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def delete_notification(
        self,
        user_id: str,
        notification_id: str,
    ) -> None:
        """Remove a notification (``DELETE /{user_id}/notifications/{notification_id}``)."""
        from .delete_notification import sync_detailed as call

        call(user_id, notification_id, client=self._client)


class AsyncNotificationsEndpoints:
    """The `notifications` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_notifications(
        self,
        user_id: str,
    ) -> NotificationOverview:
        """List a user's notifications (``GET /{user_id}/notifications``)."""
        from .list_notifications import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("NotificationOverview", response.parsed)

    async def create_call_email_notification(
        self,
        user_id: str,
        *,
        body: CallEmailNotificationRequest,
    ) -> None:
        """Get an e-mail about calls (``POST /{user_id}/notifications/call/email``)."""
        from .create_call_email_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def create_call_sms_notification(
        self,
        user_id: str,
        *,
        body: CallSmsNotificationRequest,
    ) -> None:
        """Get a text message about calls (``POST /{user_id}/notifications/call/sms``)."""
        from .create_call_sms_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def create_fax_email_notification(
        self,
        user_id: str,
        *,
        body: FaxEmailNotificationRequest,
    ) -> None:
        """Get an e-mail about faxes (``POST /{user_id}/notifications/fax/email``)."""
        from .create_fax_email_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def create_fax_report_notification(
        self,
        user_id: str,
        *,
        body: FaxReportNotificationRequest,
    ) -> None:
        """Get transmission reports of faxes by e-mail (``POST /{user_id}/notifications/fax/report``)."""
        from .create_fax_report_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def create_fax_sms_notification(
        self,
        user_id: str,
        *,
        body: FaxSmsNotificationRequest,
    ) -> None:
        """Get a text message about faxes (``POST /{user_id}/notifications/fax/sms``)."""
        from .create_fax_sms_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def create_sms_email_notification(
        self,
        user_id: str,
        *,
        body: SmsEmailNotificationRequest,
    ) -> None:
        """Get incoming text messages by e-mail (``POST /{user_id}/notifications/sms/email``)."""
        from .create_sms_email_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def create_voicemail_email_notification(
        self,
        user_id: str,
        *,
        body: VoicemailEmailNotificationRequest,
    ) -> None:
        """Get an e-mail about voicemail messages (``POST /{user_id}/notifications/voicemail/email``)."""
        from .create_voicemail_email_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def create_voicemail_sms_notification(
        self,
        user_id: str,
        *,
        body: VoicemailSmsNotificationRequest,
    ) -> None:
        """Get a text message about voicemail messages (``POST /{user_id}/notifications/voicemail/sms``)."""
        from .create_voicemail_sms_notification import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def delete_notification(
        self,
        user_id: str,
        notification_id: str,
    ) -> None:
        """Remove a notification (``DELETE /{user_id}/notifications/{notification_id}``)."""
        from .delete_notification import asyncio_detailed as call

        await call(user_id, notification_id, client=self._client)
