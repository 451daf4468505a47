"""An opt-in allow-list of source addresses that trusts forwarding headers only from proxies.

The signature is the real authenticity check. This list is an extra fence for those who want
one: the client address is the socket peer, and ``X-Forwarded-For`` is read only when that
peer is one of the configured trusted proxies, right to left, skipping further trusted hops.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from sipgateio.errors import ValidationError

__all__ = ["SIPGATE_WEBHOOK_IPS", "SourceAllowList"]

SIPGATE_WEBHOOK_IPS = ("217.116.118.254", "212.9.46.32")
"""Addresses sipgate's push proxy (push-api.sipgate.net) sends from, as the Node SDK lists them."""

_MAX_DECISIONS = 1024

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _networks(values: Iterable[str], argument: str) -> tuple[_Network, ...]:
    if isinstance(values, str):
        values = [values]
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError:
            raise ValidationError(
                f"{argument} must list IP addresses or networks such as '217.116.118.254' or "
                f"'10.0.0.0/8', got {value!r}",
                argument=argument,
                value=value,
            ) from None
    return tuple(networks)


def _address(value: str | None) -> _Address | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "1.2.3.4:5678"
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


class SourceAllowList:
    """Decides whether a request comes from an allowed address.

    Args:
        allowed: addresses or networks that may send webhooks (e.g. ``SIPGATE_WEBHOOK_IPS``).
        trusted_proxies: addresses or networks of your own reverse proxies, whose
            ``X-Forwarded-For`` entries are believed.
    """

    def __init__(self, allowed: Iterable[str], trusted_proxies: Iterable[str] = ()) -> None:
        self.allowed = _networks(allowed, "allowed_ips")
        self.trusted_proxies = _networks(trusted_proxies, "trusted_proxies")
        if not self.allowed:
            raise ValidationError(
                "allowed_ips must list at least one address, e.g. SIPGATE_WEBHOOK_IPS",
                argument="allowed_ips",
                value=list(allowed),
            )
        # pushes come from a handful of (peer, X-Forwarded-For) pairs; parsing addresses is
        # the expensive part, so decisions are remembered (a bounded number of them)
        self._decisions: dict[tuple[str | None, str | None], bool] = {}

    def client_address(self, peer: str | None, forwarded_for: str | None) -> _Address | None:
        """The address the request came from, or ``None`` when it cannot be told."""
        address = _address(peer)
        if address is None or not forwarded_for or not self._trusted(address):
            return address
        for hop in reversed(forwarded_for.split(",")):
            address = _address(hop)
            if address is None or not self._trusted(address):
                return address
        return address

    def allows(self, peer: str | None, forwarded_for: str | None) -> bool:
        """Whether the request's client address is on the allow-list."""
        key = (peer, forwarded_for)
        decision = self._decisions.get(key)
        if decision is None:
            address = self.client_address(peer, forwarded_for)
            decision = address is not None and any(address in network for network in self.allowed)
            if len(self._decisions) >= _MAX_DECISIONS:
                self._decisions.clear()
            self._decisions[key] = decision
        return decision

    def _trusted(self, address: _Address) -> bool:
        return any(address in network for network in self.trusted_proxies)
