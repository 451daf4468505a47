"""The error answers of the sandbox, shaped like sipgate's."""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any


class ApiError(Exception):
    """An error answer: ``status`` plus a human-readable ``detail``.

    The body is sipgate's ``ErrorBody`` shape (``{"errors": [...]}``), except for 401,
    which sipgate answers with an empty body.
    """

    def __init__(
        self,
        status: int,
        detail: str = "",
        *,
        pointer: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail or HTTPStatus(status).phrase)
        self.status = status
        self.detail = detail
        self.pointer = pointer
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any] | None:
        """The JSON body of the answer, or ``None`` for an empty one."""
        if self.status == 401:
            return None
        error: dict[str, Any] = {"status": self.status, "title": HTTPStatus(self.status).phrase}
        if self.detail:
            error["detail"] = self.detail
        if self.pointer is not None:
            error["source"] = {"pointer": self.pointer}
        return {"errors": [error]}


def bad_request(detail: str, pointer: str | None = None) -> ApiError:
    """A 400 answer."""
    return ApiError(400, detail, pointer=pointer)


def not_found(what: str) -> ApiError:
    """A 404 answer for an unknown id."""
    return ApiError(404, f"{what} not found")


def forbidden(detail: str) -> ApiError:
    """A 403 answer."""
    return ApiError(403, detail)
