"""Public history types (re-exported from ``sipgateio.models`` and ``sipgateio``)."""

from __future__ import annotations

__all__: list[str] = []
