"""Falcon app and server for sipgate.io call webhooks."""
