"""The one place where sipgateio uses a private name of ``httpx``.

Everything else in sipgateio, the webhooks package and the tools keeps to httpx's public
API; ``tests/test_httpx_compat.py`` scans their sources to keep it so. The private names
used here, and why:

* ``Client._transport`` and ``AsyncClient._transport``: the transport a client sends
  through when no mount matches. sipgateio wraps it in its retry and error policy
  (``_async/_transport.py``) so that raw calls through ``client.api`` behave like the
  facade's. httpx takes a transport only when a client is made; a client the user passes
  in as ``http_client=`` is made already, with the transport the user chose.
* ``Client._mounts`` and ``AsyncClient._mounts``: the transports mounted for URL
  patterns, by the caller (``mounts=``) or by httpx for the proxies in ``HTTP_PROXY``,
  ``HTTPS_PROXY`` and ``ALL_PROXY``. They are wrapped too, or requests sent through a
  proxy would bypass the policy. A pattern mounted to ``None`` (no proxy for it) uses
  ``_transport``, so it stays as it is.

Both exist from httpx 0.27 (the oldest release sipgateio supports) to the newest, with
the same meaning. ``tests/test_httpx_compat.py`` fails loudly when an httpx release
renames them or changes their types, and ``tox -e httpx-oldest,httpx-newest`` runs the
client's tests against both ends of the supported range.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, overload

import httpx

__all__ = ["wrap_transports"]


@overload
def wrap_transports(
    client: httpx.Client, wrap: Callable[[httpx.BaseTransport], httpx.BaseTransport]
) -> None: ...


@overload
def wrap_transports(
    client: httpx.AsyncClient,
    wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport],
) -> None: ...


def wrap_transports(client: httpx.Client | httpx.AsyncClient, wrap: Callable[[Any], Any]) -> None:
    """Replace every transport of ``client`` with ``wrap(transport)``.

    That is the default transport and each mounted one (proxies included); ``wrap`` gets
    each once and may hand it back unchanged.
    """
    client._transport = wrap(client._transport)
    client._mounts = {
        pattern: None if mounted is None else wrap(mounted)
        for pattern, mounted in client._mounts.items()
    }
