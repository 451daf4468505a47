"""``client.endpoints``: every generated operation, bound to the client, against the sandbox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import sipgateio
from sipgateio.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_endpoint_returns_the_parsed_answer(sbx: Any, sandbox: Sandbox) -> None:
    numbers = sbx.endpoints.numbers.list_numbers()

    assert type(numbers).__name__ == "PhoneNumberList"
    assert {item.number for item in numbers.items} == {
        number["number"] for number in sandbox.account.numbers
    }


def test_endpoint_takes_path_parameters_in_order_and_the_rest_by_keyword(sbx: Any) -> None:
    page = sbx.endpoints.history.list_history(limit=2, offset=1)
    entry = sbx.endpoints.history.get_history_entry(page.items[0].id)

    assert len(page.items) == 2
    assert entry.id == page.items[0].id


def test_endpoint_without_answer_body_returns_none(sbx: Any) -> None:
    entry = sbx.endpoints.history.list_history(limit=1).items[0]

    assert sbx.endpoints.history.delete_history_entry(entry.id) is None
    with pytest.raises(sipgateio.NotFoundError):
        sbx.endpoints.history.get_history_entry(entry.id)


def test_endpoint_error_answer_raises_the_facade_exception(sbx: Any) -> None:
    with pytest.raises(sipgateio.NotFoundError) as caught:
        sbx.endpoints.history.get_history_entry("no-such-entry")

    assert caught.value.status_code == 404


def test_a_clash_raises_conflict_error(sbx: Any, sandbox: Sandbox) -> None:
    from sipgate_api.models import BlockedNumber

    (listed,) = sbx.endpoints.blocklist.list_blocked_numbers().items
    with pytest.raises(sipgateio.ConflictError) as caught:
        sbx.endpoints.blocklist.add_blocked_number(
            body=BlockedNumber(phone_number=listed.phone_number)
        )

    error = caught.value
    assert isinstance(error, sipgateio.APIStatusError)
    assert error.status_code == 409
    assert "blocked already" in str(error.body)
    assert len(sbx.endpoints.blocklist.list_blocked_numbers().items) == 1
    # The facade maps the same way: a 409 for a contact write (sandbox fault injection).
    sandbox.faults.script(status=409, method="POST", path="/contacts")
    with pytest.raises(sipgateio.ConflictError):
        sbx.contacts.create(sipgateio.ContactImport("Konrad", "Zuse"), sipgateio.Scope.PRIVATE)
    assert [r.status for r in sandbox.requests if r.path.endswith("/contacts")][-1] == 409


def test_endpoints_use_the_clients_credentials(sandbox: Sandbox, make_client: Any) -> None:
    options = sandbox.client_options() | {"token": "00000000-0000-4000-8000-000000000000"}
    client = make_client(**options)

    with pytest.raises(sipgateio.AuthenticationError):
        client.endpoints.authorization.get_userinfo()


def test_async_endpoints_are_awaitable() -> None:
    import asyncio
    import inspect

    async def main(options: dict[str, Any]) -> str:
        async with sipgateio.AsyncSipgateIO(**options) as client:
            call = client.endpoints.authorization.get_userinfo()
            assert inspect.iscoroutine(call)
            return (await call).sub

    with Sandbox() as sandbox:
        assert asyncio.run(main(sandbox.client_options())) == "w0"


def test_an_area_is_loaded_when_it_is_first_used() -> None:
    probe = (
        "import sys, sipgateio\n"
        "client = sipgateio.SipgateIO(token_id='token-ABC123', "
        "token='e68ead46-a7db-46cd-8a1a-44aed1e4e372')\n"
        "endpoints = client.endpoints\n"
        "before = sorted(m for m in sys.modules if m.startswith('sipgate_api.api.'))\n"
        "endpoints.numbers\n"
        "after = sorted(m for m in sys.modules if m.startswith('sipgate_api.api.'))\n"
        "print(before, after)"
    )
    assert run_python(probe) == "[] ['sipgate_api.api.numbers']"


def test_importing_one_endpoint_does_not_import_every_model() -> None:
    probe = (
        "import sys, pkgutil, sipgate_api.models as models\n"
        "from sipgate_api.api.numbers import list_numbers\n"
        "loaded = {m for m in sys.modules if m.startswith('sipgate_api.models.')}\n"
        "every = {f'sipgate_api.models.{m.name}' for m in pkgutil.iter_modules(models.__path__)}\n"
        "print(sorted(loaded), len(every))"
    )
    loaded, total = run_python(probe).rsplit(" ", 1)
    assert loaded == "['sipgate_api.models.phone_number_list']"
    assert int(total) > 50


def test_type_checker_sees_each_operations_signature_and_answer(tmp_path: Path) -> None:
    snippet = tmp_path / "use_endpoints.py"
    snippet.write_text(
        "import sipgateio\n"
        "async def main(client: sipgateio.SipgateIO, aclient: sipgateio.AsyncSipgateIO) -> None:\n"
        "    reveal_type(client.endpoints.numbers.list_numbers(limit=5))\n"
        "    reveal_type(await aclient.endpoints.history.get_history_entry('x'))\n"
        "    reveal_type(client.endpoints.history.delete_history_entry('x'))\n"
        "    client.endpoints.numbers.list_numbers(limit='five')\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    out = result.stdout
    assert 'Revealed type is "sipgate_api.models.phone_number_list.PhoneNumberList"' in out, out
    assert "CallHistoryEntry" in out and "SmsHistoryEntry" in out, out
    assert 'Revealed type is "None"' in out, out
    assert (
        'Argument "limit" to "list_numbers" of "NumbersEndpoints" has incompatible type "str"'
        in out
    ), out
