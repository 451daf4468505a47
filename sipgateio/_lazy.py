"""Client attributes (``client.sms``, ``client.history``, ...) that load on first use.

``import sipgateio`` stays cheap: an area module, the public types it returns and attrs
are imported only when a program first touches that area of the client.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

# Guards the first creation of an area object, so that two threads touching
# ``client.sms`` at once still share one object (and the locks it holds).
_CREATION_LOCK = threading.Lock()


class area(Generic[T]):
    """Create ``module.class_name(client)`` on first access and keep it on the client."""

    def __init__(self, module: str, class_name: str) -> None:
        self.module = module
        self.class_name = class_name
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, client: None, owner: type) -> area[T]: ...

    @overload
    def __get__(self, client: object, owner: type | None = None) -> T: ...

    def __get__(self, client: object, owner: type | None = None) -> area[T] | T:
        if client is None:
            return self
        cache: dict[str, Any] = client.__dict__
        try:
            return cache[self.name]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with _CREATION_LOCK:
            if self.name not in cache:
                factory = getattr(importlib.import_module(self.module), self.class_name)
                cache[self.name] = factory(client)
        return cache[self.name]  # type: ignore[no-any-return]
