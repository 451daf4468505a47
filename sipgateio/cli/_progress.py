"""Progress of long work on stderr: exports and imports of many records, a fax on its way.

rich draws it, and only where a person watches: stderr is a terminal (``FORCE_COLOR`` does
not fake one here) that rich would animate (``Console.is_interactive``: not ``TERM=dumb``,
not ``TTY_INTERACTIVE=0``). Piped or redirected, the work runs without it, and so it does
when rich is not installed (``pip install 'sipgateio[cli]'`` brings it). rich is imported
here when long work starts on a terminal, never with ``sipgateio`` or the command parser.

The SDK reports the progress itself (``on_progress``, ``on_status``); a ``Task`` only shows
what it is told.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class Task:
    """One line of progress. Without a display it only remembers the last count."""

    def __init__(
        self, display: Progress | None = None, task_id: TaskID | None = None, unit: str = ""
    ) -> None:
        self._display = display
        self._task_id = task_id
        self._unit = unit
        self.done = 0

    def count(self, done: int, total: int | None) -> None:
        """Show ``done`` of ``total`` items (``None``: not known); an SDK ``on_progress``."""
        self.done = done
        if self._display is not None and self._task_id is not None:
            shown = f"{done} of {total}" if total is not None else str(done)
            self._display.update(
                self._task_id, completed=done, total=total, count=f"{shown} {self._unit}"
            )

    def describe(self, description: str) -> None:
        """Replace the text in front of the line (a fax's statuses so far, say)."""
        if self._display is not None and self._task_id is not None:
            self._display.update(self._task_id, description=description)


@contextlib.contextmanager
def progress(description: str, *, unit: str | None = None) -> Iterator[Task]:
    """Show the progress of the work inside the ``with`` block, if anyone watches.

    With ``unit`` (``"entries"``) the line counts items and has a bar; without, it shows a
    spinner, ``description`` and the time taken. The last state stays on the terminal.
    """
    display = _display(counting=unit is not None)
    if display is None:
        yield Task(unit=unit or "")
        return
    with display:
        task_id = display.add_task(description, total=None, count="")
        task = Task(display, task_id, unit or "")
        yield task
        if unit is not None:  # done: a full bar, also where the total was not known
            display.update(task_id, total=task.done, completed=task.done)


def _display(*, counting: bool) -> Progress | None:
    """A rich progress display on stderr, or ``None`` when there is nobody to show it to."""
    if not sys.stderr.isatty():
        return None
    try:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            ProgressColumn,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )
    except ImportError:
        return None
    console = Console(stderr=True)
    if not console.is_interactive:
        return None
    columns: list[ProgressColumn] = [SpinnerColumn(), TextColumn("{task.description}")]
    if counting:
        columns += [BarColumn(), TextColumn("{task.fields[count]}")]
    columns.append(TimeElapsedColumn())
    return Progress(*columns, console=console)
