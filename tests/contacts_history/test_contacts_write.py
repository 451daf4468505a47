"""``client.contacts``: create, update and the deletes."""

from __future__ import annotations

import threading
import time
from typing import Any

import attrs
import pytest

import sipgateio
from sipgateio import Address, ContactImport, Email, PhoneNumber, Scope
from tests._server import Recorded, RecordingServer, Reply
from tests.contacts_history.conftest import contact_item, serve_pages

# --- create ----------------------------------------------------------------------------


def test_create_sends_the_contact_as_the_node_sdk_does(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/contacts", Reply(204))

    client.contacts.create(
        ContactImport(
            firstname="Ada",
            lastname="Lovelace",
            phone=PhoneNumber("+4912121212", ["cell"]),
            email=Email("ada@example.org"),
            address=Address(street_address="Main St 1", locality="London", country="UK"),
            organization=[["Analytical Engines", "R&D"]],
        ),
        Scope.SHARED,
    )

    assert server.requests[0].json() == {
        "name": "Ada Lovelace",
        "family": "Lovelace",
        "given": "Ada",
        "organization": [["Analytical Engines", "R&D"]],
        "picture": None,
        "scope": "SHARED",
        "addresses": [
            {
                "poBox": "",
                "extendedAddress": "",
                "streetAddress": "Main St 1",
                "locality": "London",
                "region": "",
                "postalCode": "",
                "country": "UK",
            }
        ],
        "emails": [{"email": "ada@example.org", "type": []}],
        "numbers": [{"number": "+4912121212", "type": ["cell"]}],
    }


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (ContactImport(firstname="Vorname", lastname="Nachname"), {}),
        (
            ContactImport(
                firstname="Vorname", lastname="Nachname", phone=PhoneNumber("+4912121212")
            ),
            {"numbers": [{"number": "+4912121212", "type": []}]},
        ),
        (
            ContactImport(firstname="Vorname", lastname="Nachname", email=Email("test@sipgate.de")),
            {"emails": [{"email": "test@sipgate.de", "type": []}]},
        ),
        (
            ContactImport(
                firstname="Vorname", lastname="Nachname", organization=["companyExample"]
            ),
            {"organization": [["companyExample"]]},
        ),
    ],
)
def test_create_sends_only_the_parts_given(
    client: Any, server: RecordingServer, contact: ContactImport, expected: dict[str, Any]
) -> None:
    server.on("POST", "/contacts", Reply(204))

    client.contacts.create(contact, Scope.PRIVATE)

    body = server.requests[0].json()
    empty = {"numbers": [], "emails": [], "addresses": [], "organization": []}
    assert {key: body[key] for key in empty} == {**empty, **expected}
    assert (body["name"], body["scope"]) == ("Vorname Nachname", "PRIVATE")


def test_create_with_one_name_sends_it_without_a_stray_space(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/contacts", Reply(204))

    client.contacts.create(ContactImport(firstname="Cher", lastname=""), "PRIVATE")

    assert server.requests[0].json()["name"] == "Cher"


def test_create_refuses_a_contact_without_names_before_sending(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="Names not given"):
        client.contacts.create(ContactImport(firstname="", lastname=" "), Scope.PRIVATE)

    assert server.requests == []


@pytest.mark.parametrize("scope", [Scope.INTERNAL, "ALL", "private", None])
def test_create_refuses_an_address_book_it_cannot_write_to(
    client: Any, server: RecordingServer, scope: Any
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.contacts.create(ContactImport(firstname="Ada", lastname="Lovelace"), scope)

    assert caught.value.argument == "scope"
    assert server.requests == []


def test_create_refuses_a_phone_number_given_as_a_plain_string(
    client: Any, server: RecordingServer
) -> None:
    contact = ContactImport(firstname="Ada", lastname="Lovelace", phone="+4912121212")  # type: ignore[arg-type]

    with pytest.raises(sipgateio.ValidationError, match="PhoneNumber"):
        client.contacts.create(contact, Scope.PRIVATE)

    assert server.requests == []


def test_create_reports_a_server_error_as_a_server_error(
    make_client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/contacts", Reply(500))
    client = make_client(base_url=server.base_url, max_retries=0)

    with pytest.raises(sipgateio.ServerError):
        client.contacts.create(ContactImport(firstname="Ada", lastname="Lovelace"), Scope.PRIVATE)


# --- update and delete -----------------------------------------------------------------


def test_update_puts_the_whole_contact_with_its_id(client: Any, server: RecordingServer) -> None:
    serve_pages(
        server,
        "/contacts",
        [
            contact_item(
                "c1",
                "Ada Lovelace",
                "PRIVATE",
                numbers=[{"number": "+4921100000", "type": ["cell"]}],
            )
        ],
    )
    server.on("PUT", "/contacts/c1", Reply(204))
    (contact,) = client.contacts.get(sipgateio.ExportScope.ALL)

    client.contacts.update(attrs.evolve(contact, name="Ada King"))

    (put,) = server.calls("PUT", "/contacts/c1")
    assert put.json() == {
        "id": "c1",
        "name": "Ada King",
        "picture": None,
        "emails": [],
        "numbers": [{"number": "+4921100000", "type": ["cell"]}],
        "addresses": [],
        "organization": [],
        "scope": "PRIVATE",
    }


def test_update_refuses_an_internal_contact(client: Any, server: RecordingServer) -> None:
    contact = sipgateio.ContactResponse(id="c1", name="Colleague", scope=Scope.INTERNAL)

    with pytest.raises(sipgateio.ValidationError, match="INTERNAL"):
        client.contacts.update(contact)

    assert server.requests == []


def test_update_of_a_missing_contact_raises_not_found(client: Any, server: RecordingServer) -> None:
    server.on("PUT", "/contacts/gone", Reply(404))

    with pytest.raises(sipgateio.NotFoundError):
        client.contacts.update(sipgateio.ContactResponse(id="gone", name="X", scope=Scope.PRIVATE))


def test_delete_deletes_that_contact(client: Any, server: RecordingServer) -> None:
    server.on("DELETE", "/contacts/c1", Reply(204))

    client.contacts.delete("c1")

    assert [(r.method, r.path) for r in server.requests] == [("DELETE", "/contacts/c1")]


def test_delete_refuses_an_empty_id(client: Any, server: RecordingServer) -> None:
    with pytest.raises(sipgateio.ValidationError):
        client.contacts.delete("")

    assert server.requests == []


def test_delete_all_private_deletes_the_private_address_book(
    client: Any, server: RecordingServer
) -> None:
    server.on("DELETE", "/contacts", Reply(204))

    client.contacts.delete_all_private()

    assert [(r.method, r.path, r.query) for r in server.requests] == [("DELETE", "/contacts", {})]
    assert server.requests[0].json() == {"scope": ["PRIVATE"]}


# --- delete_all_shared -----------------------------------------------------------------


def address_book(count: int) -> list[dict[str, Any]]:
    """``count`` contacts, every third one shared."""
    scopes = ["PRIVATE", "SHARED", "INTERNAL"]
    return [contact_item(f"c{i}", f"Person {i}", scopes[i % 3]) for i in range(count)]


def test_delete_all_shared_deletes_the_shared_contacts_of_every_page(
    client: Any, server: RecordingServer
) -> None:
    contacts = address_book(30)

    def small_pages(request: Recorded) -> Reply:
        offset = int(request.query["offset"][0])
        return Reply(200, {"items": contacts[offset : offset + 7], "totalCount": len(contacts)})

    server.on("GET", "/contacts", small_pages)
    shared = [c["id"] for c in contacts if c["scope"] == "SHARED"]
    for contact_id in shared:
        server.on("DELETE", f"/contacts/{contact_id}", Reply(204))

    client.contacts.delete_all_shared()

    deleted = [r.path.removeprefix("/contacts/") for r in server.requests if r.method == "DELETE"]
    assert sorted(deleted) == sorted(shared)
    assert len(deleted) == 10
    assert all(r.method == "DELETE" for r in server.requests[-10:])


def test_delete_all_shared_deletes_in_parallel_but_never_more_than_8_at_once(
    client: Any, server: RecordingServer
) -> None:
    contacts = [contact_item(f"s{i}", f"Shared {i}", "SHARED") for i in range(24)]
    serve_pages(server, "/contacts", contacts)
    delay = 0.1
    arrivals: list[float] = []
    lock = threading.Lock()
    in_flight = peak = 0
    second_arrived = threading.Event()

    def slow_delete(request: Recorded) -> Reply:
        nonlocal in_flight, peak
        with lock:
            arrivals.append(time.monotonic())
            in_flight += 1
            peak = max(peak, in_flight)
            if in_flight > 1:
                second_arrived.set()
        if not second_arrived.wait(5):  # one at a time, no second delete would come meanwhile
            second_arrived.set()  # and the rest need not wait for one either
        threading.Event().wait(delay)
        with lock:
            in_flight -= 1
        return Reply(204)

    for contact in contacts:
        server.on("DELETE", f"/contacts/{contact['id']}", slow_delete)

    client.contacts.delete_all_shared()

    assert len(arrivals) == 24
    assert 1 < peak <= 8  # in parallel, never more than 8 at once
    # A ninth delete can only start once one of the first eight has been answered.
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[8:], strict=False)]
    assert min(gaps) >= delay * 0.9


def test_delete_all_shared_tries_every_contact_and_lists_the_ones_that_failed(
    client: Any, server: RecordingServer
) -> None:
    contacts = [contact_item(f"s{i}", f"Shared {i}", "SHARED") for i in range(5)]
    serve_pages(server, "/contacts", contacts)
    for contact in contacts:
        server.on("DELETE", f"/contacts/{contact['id']}", Reply(204))
    server.on("DELETE", "/contacts/s1", Reply(403))
    server.on("DELETE", "/contacts/s3", Reply(404))

    with pytest.raises(sipgateio.PartialFailureError) as caught:
        client.contacts.delete_all_shared()

    assert sorted(caught.value.failures) == ["s1", "s3"]
    assert isinstance(caught.value.failures["s1"], sipgateio.PermissionDeniedError)
    assert caught.value.succeeded == 3
    assert "s1" in str(caught.value) and "s3" in str(caught.value)
    assert len([r for r in server.requests if r.method == "DELETE"]) == 5


def test_delete_all_shared_without_shared_contacts_deletes_nothing(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/contacts", [contact_item("p1", "Private", "PRIVATE")])

    client.contacts.delete_all_shared()

    assert [r.method for r in server.requests] == ["GET"]
