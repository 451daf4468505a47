"""``portings``: requests to bring numbers from another carrier to sipgate.

Seeded with two: 3, completed, which brought the Berlin number +4930123456780, and 7, still
waiting for the current carrier and revocable. Revoking sets a porting to 600 (cancelled),
no longer pending nor revocable; revoking one that is not revocable answers 400.
"""

from __future__ import annotations

from typing import Final

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import Records, area_state, ok
from sipgateio.sandbox._errors import bad_request

CANCELLED: Final = 600


def _seed(account: Account) -> Records:
    portings = Records("porting")
    portings.add(
        {
            "id": "3",
            "portDate": "2024-03-01",
            "numbers": [{"id": "5", "number": "4930123456780"}],
            "status": 500,
            "revocable": False,
            "pending": False,
        }
    )
    portings.add(
        {
            "id": "7",
            "portDate": "2031-07-01",
            "numbers": [
                {"id": "p7-0", "number": "4921112345690"},
                {"id": "p7-1", "number": "4921112345691"},
            ],
            "status": 200,
            "revocable": True,
            "pending": True,
        }
    )
    return portings


def _portings(request: Request) -> Records:
    return area_state(request, "portings", _seed)


@operation
def list_portings(request: Request) -> Reply:
    return ok({"items": list(_portings(request))})


@operation
def get_porting(request: Request) -> Reply:
    return ok(_portings(request).get(request.path["portingId"]))


@operation
def revoke_porting(request: Request) -> Reply:
    portings = _portings(request)
    porting = portings.get(request.path["portingId"])
    if not porting["revocable"]:
        raise bad_request(
            f"porting {porting['id']} can no longer be revoked (status {porting['status']})"
        )
    porting.update(status=CANCELLED, revocable=False, pending=False)
    return ok({"items": list(portings)})
