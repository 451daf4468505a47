"""``client.endpoints.log`` against the sandbox: the pushes its calls really sent."""

from __future__ import annotations

from typing import Any

from sipgate_api.models import WebhookSettings

from sipgateio.sandbox import Sandbox
from tests._server import Recorded, RecordingServer, Reply
from tests.sandbox.endpoint_cases import scenario

XML = {"Content-Type": "application/xml"}


def _settings(url: str, *, log: bool) -> WebhookSettings:
    return WebhookSettings(incoming_url=url, outgoing_url="", log=log, whitelist=None)


@scenario("log.list_webhook_log", "settings.update_webhook_settings")
def test_webhook_log_lists_the_pushes_sent_while_it_is_on(endpoints: Any, sandbox: Sandbox) -> None:
    server = RecordingServer(prefix="").start()
    try:
        url = server.base_url + "/"

        def new_call(recorded: Recorded) -> Reply:
            return Reply(200, f'<Response onHangup="{url}hangup"/>', headers=XML)

        server.on("POST", "/", new_call)
        server.on("POST", "/hangup", Reply(200))
        server.on("POST", "/broken", Reply(200, "<Response><Dial>", headers=XML))
        assert endpoints.log.list_webhook_log().items == []

        endpoints.settings.update_webhook_settings(body=_settings(url, log=True))
        flow = sandbox.simulate_incoming_call(from_="+4915112345678", to="+4921112345670")
        sandbox.hang_up(flow.call_id)
        assert flow.wait_ended(5)

        hangup, new = endpoints.log.list_webhook_log().items
        assert (new.url, new.status, new.xml_error) == (url, "200", "")
        assert "event=newCall" in new.request and "from=4915112345678" in new.request
        assert new.response.startswith("HTTP/1.1 200 OK")
        assert f'onHangup="{url}hangup"' in new.response
        assert (hangup.url, hangup.status) == (url + "hangup", "200")
        assert "event=hangup" in hangup.request
        assert hangup.created >= new.created

        endpoints.settings.update_webhook_settings(body=_settings(url + "broken", log=True))
        sandbox.simulate_incoming_call(to="+4921112345670")
        broken = endpoints.log.list_webhook_log().items[0]
        assert broken.url == url + "broken"
        assert "not well-formed XML" in broken.xml_error

        endpoints.settings.update_webhook_settings(body=_settings(url, log=False))
        assert endpoints.log.list_webhook_log().items == []
    finally:
        server.stop()


SCENARIOS = [test_webhook_log_lists_the_pushes_sent_while_it_is_on]
