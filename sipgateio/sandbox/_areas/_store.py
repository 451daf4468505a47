"""What the area handlers share: per-area state on the account, records by id, replies.

Each area module keeps its state in one object on the account, made (and seeded) the
first time a request of that area arrives: ``state = area_state(request, "groups", Groups)``.
Records are dicts in their wire shape, so an answer is a copy of what is stored.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeVar

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request
from sipgateio.sandbox._errors import not_found

__all__ = ["NO_CONTENT", "Records", "area_state", "ok", "user_id"]

S = TypeVar("S")

NO_CONTENT: Final = Reply(204)


def ok(media: Any) -> Reply:
    """A 200 answer with a JSON body."""
    return Reply(200, media)


def area_state(request: Request, name: str, factory: Callable[[Account], S]) -> S:
    """The state of area ``name`` on the request's account, made by ``factory`` on first use."""
    states = request.account.areas
    if name not in states:
        states[name] = factory(request.account)
    state: S = states[name]
    return state


def user_id(request: Request, name: str = "userId") -> str:
    """The web user named by a path parameter; 404 when the account has no such user."""
    value = str(request.path[name])
    if value not in request.account.users:
        raise not_found(f"user {value}")
    return value


class Records:
    """Records of one kind by id, in insertion order; unknown ids answer 404."""

    def __init__(self, kind: str, *, prefix: str = "", start: int = 0) -> None:
        self.kind = kind
        self.prefix = prefix
        self._items: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(start)

    def new_id(self) -> str:
        """An id no record of this kind has (``prefix`` and a counter)."""
        while True:
            candidate = f"{self.prefix}{next(self._ids)}"
            if candidate not in self._items:
                return candidate

    def add(self, record: dict[str, Any], *, key: str = "id") -> dict[str, Any]:
        """Store ``record`` (giving it a fresh id under ``key`` if it has none) and return it."""
        record.setdefault(key, self.new_id())
        self._items[str(record[key])] = record
        return record

    def get(self, record_id: object) -> dict[str, Any]:
        """The record with ``record_id``; 404 if there is none."""
        record = self._items.get(str(record_id))
        if record is None:
            raise not_found(f"{self.kind} {record_id}")
        return record

    def remove(self, record_id: object) -> dict[str, Any]:
        """Forget the record with ``record_id`` and return it; 404 if there is none."""
        record = self.get(record_id)
        del self._items[str(record_id)]
        return record

    def __contains__(self, record_id: object) -> bool:
        return str(record_id) in self._items

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)
