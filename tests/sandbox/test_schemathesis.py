"""schemathesis fuzzes every operation of ``openapi/sipgate.yaml`` against the sandbox.

It checks statuses, content types, response schemas, ``Allow`` headers and server errors.
schemathesis is optional (it is not in the dev extras); without it this module is skipped
and ``test_conformance.py`` still walks every operation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sipgateio.sandbox import Sandbox

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "sipgate.yaml"


def _schemathesis() -> str:
    pytest.importorskip("schemathesis")
    local = Path(sys.executable).parent / "schemathesis"
    found = str(local) if local.exists() else shutil.which("schemathesis")
    if found is None:
        pytest.skip("the schemathesis command is not installed")
    return found


# The login server's operations (tag ``oauth``) live at its own address, not under /v2.
API = ["--url", "{base_url}", "--auth", "{token_id}:{token}", "--exclude-tag", "oauth"]
LOGIN_SERVER = ["--url", "{login_url}", "--include-tag", "oauth"]


@pytest.mark.parametrize("target", [API, LOGIN_SERVER], ids=["api", "login-server"])
def test_schemathesis_finds_no_failures(tmp_path: Path, target: list[str]) -> None:
    command = _schemathesis()
    with Sandbox() as sandbox:
        address = {
            "base_url": sandbox.base_url,
            "login_url": sandbox.login_url,
            "token_id": sandbox.token_id,
            "token": sandbox.token,
        }
        result = subprocess.run(
            [
                command,
                "run",
                str(SPEC),
                *(part.format(**address) for part in target),
                "--max-examples",
                "5",
                "--seed",
                "1",
                "--generation-database",
                "none",
                "--no-color",
                # The sandbox also refuses schema-valid values sipgate refuses (an empty
                # message, a number that is no phone number): 400s the description allows.
                "--exclude-checks",
                "positive_data_acceptance",
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
            cwd=tmp_path,  # its crash cache goes there, not into the work tree
        )
    assert result.returncode == 0, result.stdout[-6000:]
