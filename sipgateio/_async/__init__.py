"""The async client. The ``_sync`` package is generated from it by tools/unasync.py."""
