"""HTTPS through a CONNECT proxy on 127.0.0.1, for every client: sync, async, async on httpx's pool.

A user behind a proxy sets ``HTTPS_PROXY`` (or ``ALL_PROXY``) and expects every request
to go through it, in a tunnel the TLS check still covers, one tunnel for many requests,
and ``NO_PROXY`` to exempt the hosts it names.
"""

from __future__ import annotations

from typing import Any

import pytest

import sipgateio
from tests._server import Reply
from tests.tls._checks import reason
from tests.tls._servers import ConnectProxy, TLSRecordingServer
from tests.tls.test_https import MOBILE, send_three_sms, sent_messages


@pytest.fixture
def served(tls_server: TLSRecordingServer) -> TLSRecordingServer:
    tls_server.on("POST", "/sessions/sms", Reply(204))
    tls_server.on("GET", "/authorization/userinfo", Reply(200, {"sub": "w0"}))
    return tls_server


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
@pytest.mark.usefixtures("trusting_environment")
def test_https_requests_go_through_the_proxy_in_one_tunnel(
    connect: Any,
    served: TLSRecordingServer,
    proxy: ConnectProxy,
    variable: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    client = connect(served.base_url)

    send_three_sms(client)

    assert sent_messages(served) == ["No. 0", "No. 1", "No. 2"]
    assert proxy.tunnels == [f"127.0.0.1:{served.port}"]
    assert proxy.refused == []
    assert served.accepted == 1  # the proxy's one connection


@pytest.mark.usefixtures("trusting_environment")
def test_no_proxy_lets_the_named_host_bypass_the_proxy(
    connect: Any, served: TLSRecordingServer, proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = connect(served.base_url)

    client.sms.send(to=MOBILE, message="direct", sms_id="s0")

    assert sent_messages(served) == ["direct"]
    assert proxy.tunnels == []


def test_the_certificate_is_checked_inside_the_tunnel(
    connect: Any, served: TLSRecordingServer, proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)  # and no CA that trusts the server
    client = connect(served.base_url, max_retries=0)

    with pytest.raises(sipgateio.APIConnectionError) as raised:
        client.sms.send(to=MOBILE, message="hi", sms_id="s0")

    assert not isinstance(raised.value, sipgateio.OutcomeUnknownError)
    assert "certificate verify failed" in reason(raised.value)
    assert proxy.tunnels == [f"127.0.0.1:{served.port}"]
    assert served.requests == []


def test_a_proxy_that_cannot_be_reached_is_a_connection_error_and_no_sms_is_sent(
    connect: Any, served: TLSRecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    stopped = ConnectProxy()
    stopped.stop()
    monkeypatch.setenv("HTTPS_PROXY", stopped.url)
    client = connect(served.base_url, max_retries=0)

    with pytest.raises(sipgateio.APIConnectionError) as raised:
        client.sms.send(to=MOBILE, message="hi", sms_id="s0")

    assert not isinstance(raised.value, sipgateio.OutcomeUnknownError)
    assert served.requests == []
