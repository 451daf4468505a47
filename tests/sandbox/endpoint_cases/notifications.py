"""``client.endpoints.notifications`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    CallEmailNotificationRequest,
    CallSmsNotificationRequest,
    FaxEmailNotificationRequest,
    FaxReportNotificationRequest,
    FaxSmsNotificationRequest,
    NotificationCallCause,
    NotificationDirection,
    SmsEmailNotificationRequest,
    VoicemailEmailNotificationRequest,
    VoicemailSmsNotificationRequest,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario

INCOMING, OUTGOING = NotificationDirection.INCOMING, NotificationDirection.OUTGOING
MISSED = NotificationCallCause.MISSED


def _addresses(overview: Any) -> dict[str, list[tuple[str, str, str]]]:
    """Per kind: (extension, how, address) of every notification, in the order listed."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for kind in ("call", "fax", "sms", "voicemail"):
        rows = found.setdefault(kind, [])
        for group in getattr(overview, kind):
            for how in ("emails", "sms", "reports"):
                for item in getattr(group, how, None) or []:
                    address = getattr(item, "email", None) or item.number
                    rows.append((group.endpoint_id, how, address))
    return found


@scenario("notifications.list_notifications")
def test_a_users_notifications_are_listed_by_what_they_watch(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.notifications
    overview = area.list_notifications("w0")
    assert _addresses(overview) == {
        "call": [("p0", "sms", "+4915799912345")],
        "fax": [("f0", "emails", "ada@example.com")],
        "sms": [],
        "voicemail": [("v0", "emails", "ada@example.com")],
    }
    (call,) = overview.call
    assert call.endpoint_alias == "Ada Lovelace"
    (text,) = call.sms
    assert (text.direction, text.cause) == (INCOMING, MISSED)
    assert _addresses(area.list_notifications("w1")) == {
        "call": [],
        "fax": [],
        "sms": [],
        "voicemail": [],
    }
    with pytest.raises(sipgateio.NotFoundError):
        area.list_notifications("w9")


@scenario(
    "notifications.create_call_email_notification",
    "notifications.create_call_sms_notification",
    "notifications.create_fax_email_notification",
    "notifications.create_fax_report_notification",
    "notifications.create_fax_sms_notification",
    "notifications.create_sms_email_notification",
    "notifications.create_voicemail_email_notification",
    "notifications.create_voicemail_sms_notification",
    "notifications.delete_notification",
)
def test_every_kind_of_notification_is_set_up_and_removed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.notifications
    office, mobile = "office@example.com", "0176 12345678"
    created = [
        area.create_call_email_notification(
            "w1",
            body=CallEmailNotificationRequest(
                endpoint_id="g0", direction=INCOMING, cause=MISSED, email=office
            ),
        ),
        area.create_call_sms_notification(
            "w1",
            body=CallSmsNotificationRequest(
                endpoint_id="p1",
                direction=OUTGOING,
                cause=NotificationCallCause.SUCCESSFUL,
                number=mobile,
            ),
        ),
        area.create_fax_email_notification(
            "w1",
            body=FaxEmailNotificationRequest(faxline_id="f2", direction=OUTGOING, email=office),
        ),
        area.create_fax_report_notification(
            "w1", body=FaxReportNotificationRequest(faxline_id="f2", email=office)
        ),
        area.create_fax_sms_notification(
            "w1", body=FaxSmsNotificationRequest(faxline_id="f2", direction=INCOMING, number=mobile)
        ),
        area.create_voicemail_email_notification(
            "w1", body=VoicemailEmailNotificationRequest(voicemail_id="v1", email=office)
        ),
        area.create_voicemail_sms_notification(
            "w1", body=VoicemailSmsNotificationRequest(voicemail_id="v1", number=mobile)
        ),
        area.create_sms_email_notification(
            "w0", body=SmsEmailNotificationRequest(endpoint_id="y0", email=office)
        ),
    ]
    assert created == [None] * 8
    overview = area.list_notifications("w1")
    assert _addresses(overview) == {
        "call": [("g0", "emails", office), ("p1", "sms", "+4917612345678")],
        "fax": [
            ("f2", "emails", office),
            ("f2", "sms", "+4917612345678"),
            ("f2", "reports", office),
        ],
        "sms": [],
        "voicemail": [("v1", "emails", office), ("v1", "sms", "+4917612345678")],
    }
    assert [group.endpoint_alias for group in overview.call] == ["Support", "Alan Turing"]
    assert _addresses(area.list_notifications("w0"))["sms"] == [("y0", "emails", office)]

    # Setting up the same notification again changes nothing.
    area.create_voicemail_email_notification(
        "w1", body=VoicemailEmailNotificationRequest(voicemail_id="v1", email=office)
    )
    (voicemail,) = area.list_notifications("w1").voicemail
    assert len(voicemail.emails) == 1

    area.delete_notification("w1", voicemail.emails[0].id)
    after = _addresses(area.list_notifications("w1"))
    assert after["voicemail"] == [("v1", "sms", "+4917612345678")]
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_notification("w1", voicemail.emails[0].id)
    with pytest.raises(sipgateio.NotFoundError):  # Alan's notification is not Ada's to delete
        area.delete_notification("w0", voicemail.sms[0].id)


@scenario("notifications.create_call_email_notification")
def test_notifications_name_an_extension_of_the_user(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.notifications

    def call_email(endpoint_id: str, email: str = "office@example.com") -> None:
        body = CallEmailNotificationRequest(
            endpoint_id=endpoint_id, direction=INCOMING, cause=MISSED, email=email
        )
        area.create_call_email_notification("w0", body=body)

    for unknown in ("p9", "p1"):  # p1 is Alan's
        with pytest.raises(sipgateio.NotFoundError):
            call_email(unknown)
    with pytest.raises(sipgateio.BadRequestError):  # a fax line, not a phoneline
        call_email("f0")
    with pytest.raises(sipgateio.BadRequestError):
        call_email("p0", email="office at example dot com")
    with pytest.raises(sipgateio.BadRequestError):
        area.create_voicemail_sms_notification(
            "w0", body=VoicemailSmsNotificationRequest(voicemail_id="v0", number="call me")
        )
    with pytest.raises(sipgateio.BadRequestError):  # f1 only receives faxes
        area.create_fax_email_notification(
            "w0",
            body=FaxEmailNotificationRequest(faxline_id="f1", direction=OUTGOING, email="a@b.de"),
        )

    already = sum(len(rows) for rows in _addresses(area.list_notifications("w0")).values())
    for index in range(20 - already):
        call_email("p0", email=f"team{index}@example.com")
    with pytest.raises(sipgateio.PermissionDeniedError):
        call_email("p0", email="one-too-many@example.com")
    assert sum(len(rows) for rows in _addresses(area.list_notifications("w0")).values()) == 20


@scenario("notifications.create_call_email_notification", "phonelines.create_phoneline")
def test_notifications_of_a_deleted_phoneline_are_gone(endpoints: Any, sandbox: Sandbox) -> None:
    line = endpoints.phonelines.create_phoneline("w0")
    body = CallEmailNotificationRequest(
        endpoint_id=line.id, direction=INCOMING, cause=MISSED, email="night@example.com"
    )
    endpoints.notifications.create_call_email_notification("w0", body=body)
    assert [g.endpoint_id for g in endpoints.notifications.list_notifications("w0").call] == [
        "p0",
        line.id,
    ]
    endpoints.phonelines.delete_phoneline("w0", line.id)
    assert [g.endpoint_id for g in endpoints.notifications.list_notifications("w0").call] == ["p0"]


SCENARIOS = [
    test_a_users_notifications_are_listed_by_what_they_watch,
    test_every_kind_of_notification_is_set_up_and_removed,
    test_notifications_name_an_extension_of_the_user,
    test_notifications_of_a_deleted_phoneline_are_gone,
]
