"""Reporting the outcome of bulk operations (many requests, each allowed to fail on its own)."""

from __future__ import annotations

from collections.abc import Sequence

from sipgateio.errors import PartialFailureError


def raise_for_failures(
    action: str, ids: Sequence[Sequence[str]], outcomes: Sequence[object]
) -> None:
    """Raise ``PartialFailureError`` when any outcome is an exception.

    ``ids[i]`` lists the item ids that request ``i`` carried (a batch carries several), and
    ``outcomes[i]`` is its result or the exception it raised. ``action`` names what was
    done, e.g. ``"deleting shared contacts"``. When the operation was a single request, its
    error is raised unchanged (a ``NotFoundError`` stays a ``NotFoundError``).
    """
    if len(outcomes) == 1 and isinstance(outcomes[0], BaseException):
        raise outcomes[0]
    failures: dict[str, BaseException] = {}
    succeeded = 0
    for carried, outcome in zip(ids, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            failures.update(dict.fromkeys(carried, outcome))
        else:
            succeeded += len(carried)
    if not failures:
        return
    for error in failures.values():
        if not isinstance(error, Exception):
            raise error  # KeyboardInterrupt, CancelledError, ...: never wrapped
    first = next(iter(failures.values()))
    shown = ", ".join(list(failures)[:10]) + (", ..." if len(failures) > 10 else "")
    message = (
        f"{action} failed for {len(failures)} of {len(failures) + succeeded} "
        f"({shown}); first error: {first}"
    )
    raise PartialFailureError(message, failures=failures, succeeded=succeeded) from first
