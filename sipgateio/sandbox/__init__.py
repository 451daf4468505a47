"""A local sipgate sandbox: the REST API under ``/v2``, its OAuth login server and pushes.

``Sandbox`` runs on 127.0.0.1 with one in-memory account seeded with plausible data.
It checks requests against the API description (``openapi/sipgate.yaml``), keeps state
(SMS and faxes end up in the history, initiated calls become established calls, ...),
and can inject faults. ``import sipgateio`` does not import this package.
"""

from sipgateio.sandbox._app import LoggedRequest
from sipgateio.sandbox._calls import CallFlow, Push
from sipgateio.sandbox._faults import Fault, Faults
from sipgateio.sandbox._login import LoginRequest
from sipgateio.sandbox._sandbox import DEFAULT_TOKEN_ID, Sandbox

__all__ = [
    "DEFAULT_TOKEN_ID",
    "CallFlow",
    "Fault",
    "Faults",
    "LoggedRequest",
    "LoginRequest",
    "Push",
    "Sandbox",
]
