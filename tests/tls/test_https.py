"""HTTPS on 127.0.0.1 with a local CA, for every client: sync, async, async on httpx's pool.

What a user behind a company CA (or a sandbox with its own certificate) relies on: a
certificate their CA signed is trusted once they say so, and no sooner; a failed check
is an ``APIConnectionError`` that says why; connections are reused across requests.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import sipgateio
from sipgateio._asyncio_transport import AsyncioTransport
from sipgateio._socket_transport import SocketTransport
from tests._server import Reply
from tests.conftest import Blocking, EventLoopThread
from tests.tls._checks import reason
from tests.tls._servers import TLSRecordingServer

MOBILE = "+4915799912345"
USERINFO = {"sub": "w0", "domain": "sipgate.de", "masterSipId": "1234567", "locale": "de_DE"}


def serve_sms_and_userinfo(server: TLSRecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(204))
    server.on("GET", "/authorization/userinfo", Reply(200, USERINFO))


def send_three_sms(client: Any) -> None:
    for n in range(3):
        client.sms.send(to=MOBILE, message=f"No. {n}", sms_id="s0")


def sent_messages(server: TLSRecordingServer) -> list[str]:
    return [call.json()["message"] for call in server.calls("POST", "/sessions/sms")]


def userinfo_through_api(client: Any, loop_thread: EventLoopThread) -> Any:
    """``get_userinfo`` called raw, on ``client.api``."""
    from sipgate_api.api.authorization import get_userinfo

    if isinstance(client, Blocking):
        return loop_thread.run(get_userinfo.asyncio_detailed(client=client.unwrapped.api))
    return get_userinfo.sync_detailed(client=client.api)


def assert_certificate_refused(client: Any, server: TLSRecordingServer) -> None:
    """A read fails with an ``APIConnectionError`` for the certificate; nothing was sent."""
    with pytest.raises(sipgateio.APIConnectionError) as raised:
        client.get_authenticated_webuser_id()
    assert "certificate verify failed" in reason(raised.value)
    assert server.requests == []


def transport_of(client: Any) -> type[httpx.AsyncBaseTransport | httpx.BaseTransport]:
    """The class of the transport under the client's retry policy."""
    http = client.unwrapped.http_client if isinstance(client, Blocking) else client.http_client
    return type(http._transport._inner)


# --- a trusted certificate -----------------------------------------------------------------


@pytest.mark.parametrize("given_as", ["SSL_CERT_FILE", "http_client=httpx.Client(verify=...)"])
def test_a_certificate_of_a_ca_the_user_trusts_works_over_one_connection(
    connect: Any,
    tls_server: TLSRecordingServer,
    way: str,
    given_as: str,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    serve_sms_and_userinfo(tls_server)
    if given_as == "SSL_CERT_FILE":
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
        client = connect(tls_server.base_url)
    else:
        client = connect(tls_server.base_url, verify=ssl.create_default_context(cafile=ca_file))

    send_three_sms(client)
    assert client.get_authenticated_webuser_id() == "w0"

    assert sent_messages(tls_server) == ["No. 0", "No. 1", "No. 2"]
    assert tls_server.accepted == 1  # four requests, one TLS connection
    assert tls_server.handshake_errors == []
    if given_as == "SSL_CERT_FILE":  # the default, fast transports
        default = {"sync": SocketTransport, "async": AsyncioTransport}.get(way)
        assert default is None or transport_of(client) is default


@pytest.mark.usefixtures("trusting_environment")
def test_raw_calls_on_client_api_go_over_the_same_https_connection(
    connect: Any, tls_server: TLSRecordingServer, loop_thread: EventLoopThread
) -> None:
    serve_sms_and_userinfo(tls_server)
    client = connect(tls_server.base_url)

    client.sms.send(to=MOBILE, message="first", sms_id="s0")
    response = userinfo_through_api(client, loop_thread)

    assert response.status_code == 200
    assert response.parsed.sub == "w0"
    assert tls_server.calls("GET", "/authorization/userinfo")[0].headers["authorization"]
    assert tls_server.accepted == 1


# --- an untrusted certificate ---------------------------------------------------------------


def test_a_certificate_of_an_unknown_ca_is_a_connection_error_that_says_so(
    connect: Any, tls_server: TLSRecordingServer
) -> None:
    serve_sms_and_userinfo(tls_server)
    client = connect(tls_server.base_url, max_retries=0)

    with pytest.raises(sipgateio.APIConnectionError) as sending:
        client.sms.send(to=MOBILE, message="hi", sms_id="s0")
    with pytest.raises(sipgateio.APIConnectionError) as reading:
        client.get_authenticated_webuser_id()

    # Nothing left this machine: the SMS surely was not sent.
    assert not isinstance(sending.value, sipgateio.OutcomeUnknownError)
    for raised in (sending, reading):
        assert "certificate verify failed" in reason(raised.value)
    assert tls_server.requests == []
    assert tls_server.wait_for_a_failed_handshake()  # the client broke off the handshake


@pytest.mark.usefixtures("trusting_environment")
def test_a_certificate_for_another_host_is_refused(connect: Any, ca: trustme.CA, way: str) -> None:
    server = TLSRecordingServer(ca.issue_cert("api.sipgate.test")).start()
    try:
        serve_sms_and_userinfo(server)
        assert_certificate_refused(connect(server.base_url, max_retries=0), server)
    finally:
        server.stop()


def test_environment_variables_do_not_turn_verification_off(
    connect: Any, tls_server: TLSRecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Variables other tools read to relax or replace verification; httpx reads none of them.
    monkeypatch.setenv("PYTHONHTTPSVERIFY", "0")
    monkeypatch.setenv("CURL_CA_BUNDLE", "")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "")
    monkeypatch.setenv("SSL_CERT_FILE", "")
    serve_sms_and_userinfo(tls_server)

    assert_certificate_refused(connect(tls_server.base_url, max_retries=0), tls_server)


def test_verification_is_off_only_on_an_http_client_made_so(
    connect: Any, tls_server: TLSRecordingServer
) -> None:
    serve_sms_and_userinfo(tls_server)
    client = connect(tls_server.base_url, verify=False)

    assert client.get_authenticated_webuser_id() == "w0"


def get_through(
    kind: str, verify: ssl.SSLContext | bool, url: str, times: int, loop_thread: EventLoopThread
) -> list[int]:
    """GET ``url`` ``times`` over one of sipgateio's own transports made with ``verify``."""
    if kind == "sync":
        with httpx.Client(transport=SocketTransport(verify=verify)) as http:
            return [http.get(url).status_code for _ in range(times)]

    async def get() -> list[int]:
        async with httpx.AsyncClient(transport=AsyncioTransport(verify=verify)) as http:
            return [(await http.get(url)).status_code for _ in range(times)]

    return list(loop_thread.run(get()))


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_sipgateios_transports_check_certificates_unless_made_not_to(
    kind: str, tls_server: TLSRecordingServer, ca_file: Path, loop_thread: EventLoopThread
) -> None:
    serve_sms_and_userinfo(tls_server)
    url = tls_server.base_url + "/authorization/userinfo"

    with pytest.raises(httpx.ConnectError, match="certificate verify failed"):
        get_through(kind, True, url, 1, loop_thread)
    trusting = ssl.create_default_context(cafile=ca_file)
    assert get_through(kind, trusting, url, 2, loop_thread) == [200, 200]
    assert get_through(kind, False, url, 2, loop_thread) == [200, 200]

    assert tls_server.accepted == 3  # the refused one, then one connection for each pair
    assert len(tls_server.calls("GET", "/authorization/userinfo")) == 4


def test_a_ca_file_that_does_not_exist_is_an_error_not_an_open_door(
    connect: Any, tls_server: TLSRecordingServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    serve_sms_and_userinfo(tls_server)

    with pytest.raises((FileNotFoundError, sipgateio.APIConnectionError)):
        client = connect(tls_server.base_url, max_retries=0)
        client.get_authenticated_webuser_id()
    assert tls_server.requests == []


def test_a_missing_ca_file_fails_every_request_the_same_way_on_sipgateios_transports(
    connect: Any,
    tls_server: TLSRecordingServer,
    way: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trust store is loaded on the first HTTPS request; when it cannot be, each request
    says so, as a connection error that sent nothing, and no failed attempt holds on to a
    place in the pool (more attempts than the pool has connections)."""
    if way == "async on httpx's pool":
        pytest.skip("httpx's pool loads the trust store when the client is made (test above)")
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    serve_sms_and_userinfo(tls_server)
    client = connect(tls_server.base_url, max_retries=0)

    for _ in range(101):  # the default pool holds 100 connections
        with pytest.raises(sipgateio.APIConnectionError) as raised:
            client.get_authenticated_webuser_id()
        # httpx 0.28 and later refuse a missing file (the error names the setting); 0.27
        # skips it and trusts certifi, which does not know the local CA
        assert "SSL_CERT_FILE" in reason(raised.value) or "certificate verify failed" in reason(
            raised.value
        )
    assert tls_server.requests == []
