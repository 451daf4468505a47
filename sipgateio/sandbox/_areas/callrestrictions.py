"""``callrestrictions``: which kinds of outgoing calls each web user is barred from.

Settings per user, seeded for the account's users and made (nothing barred) for users
added later. The restrictions are stored and read back; the sandbox's calls do not
enforce them.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import area_state, ok, user_id
from sipgateio.sandbox._errors import not_found

RESTRICTIONS: Final = ("foreignSpecial", "charged", "roaming", "highCostForeignNumbers")
_SEEDED: Final = {
    "w0": {"highCostForeignNumbers"},
    "w1": {"foreignSpecial", "roaming", "highCostForeignNumbers"},
}


@attrs.define
class CallRestrictions:
    """Per web user, the restrictions in force."""

    in_force: dict[str, set[str]]

    def of(self, account: Account, user: str) -> set[str]:
        """The restrictions of ``user`` (an existing user), none for a user new to the area."""
        if user not in account.users:
            raise not_found(f"user {user}")
        return self.in_force.setdefault(user, set())


def _seed(account: Account) -> CallRestrictions:
    return CallRestrictions(
        in_force={user: set(_SEEDED.get(user, ())) for user in account.users},
    )


def _state(request: Request) -> CallRestrictions:
    return area_state(request, "callrestrictions", _seed)


def _wire(user: str, in_force: set[str]) -> dict[str, Any]:
    return {"userId": user, **{name: name in in_force for name in RESTRICTIONS}}


def _restriction(value: str) -> str:
    """The field name a path names, in any case and with or without underscores."""
    wanted = value.replace("_", "").lower()
    for name in RESTRICTIONS:
        if name.lower() == wanted:
            return name
    raise not_found(f"call restriction {value!r} (known: {', '.join(RESTRICTIONS)})")


@operation
def get_call_restrictions(request: Request) -> Reply:
    # The answer is one object: with several users asked for, it is the first one's.
    users = request.query.get("userIds") or [request.user_id]
    state = _state(request)
    in_force = [state.of(request.account, str(user)) for user in users]
    return ok(_wire(str(users[0]), in_force[0]))


@operation
def set_call_restriction(request: Request) -> Reply:
    user = user_id(request)
    name = _restriction(str(request.path["restriction"]))
    in_force = _state(request).of(request.account, user)
    if request.body["enabled"]:
        in_force.add(name)
    else:
        in_force.discard(name)
    return ok(_wire(user, in_force))
