"""A client library for accessing sipgate REST API (as used by sipgateio)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
