"""``sipgateio history export``: ``client.history.export_as_csv_string`` with progress."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sipgateio.cli._arguments import TIME_EXAMPLES, choices, end_moment, moment, upper
from sipgateio.cli._common import command_group, open_client, open_output, write_document
from sipgateio.cli._progress import progress
from sipgateio.models import BaseHistoryFilter, HistoryDirection, HistoryEntryType

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``history export``."""
    actions = command_group(commands, "history", "export the call history")
    export = actions.add_parser(
        "export",
        parents=[credentials],
        help="export history entries as CSV",
        description="Export the history entries the filters select as sipgate's CSV "
        "(progress on a terminal). Times are ISO 8601 as typed: "
        f"{TIME_EXAMPLES}; without a zone they are local time.",
    )
    export.add_argument("--output", "-o", default="-", metavar="FILE", help="default: stdout")
    export.add_argument(
        "--type",
        dest="types",
        action="append",
        type=upper,
        choices=choices(HistoryEntryType),
        help="repeat for several",
    )
    export.add_argument(
        "--direction",
        dest="directions",
        action="append",
        type=upper,
        choices=choices(HistoryDirection),
        help="repeat for several",
    )
    export.add_argument("--connection-id", dest="connection_ids", action="append", metavar="ID")
    export.add_argument("--archived", action="store_true", help="archived entries instead")
    starred = export.add_mutually_exclusive_group()
    starred.add_argument("--starred", dest="starred", action="store_true", default=None)
    starred.add_argument("--unstarred", dest="starred", action="store_false")
    export.add_argument("--since", type=moment, metavar="TIME", help="from this date or time on")
    export.add_argument(
        "--until", type=end_moment, metavar="TIME", help="up to this time (a date: to its end)"
    )
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Write the CSV export, then say how many entries it holds."""
    history_filter = BaseHistoryFilter(
        connection_ids=args.connection_ids,
        types=[HistoryEntryType(value) for value in args.types] if args.types else None,
        directions=(
            [HistoryDirection(value) for value in args.directions] if args.directions else None
        ),
        archived=True if args.archived else None,
        starred=args.starred,
        start_date=args.since,
        end_date=args.until,
    )
    with open_client(args) as client, open_output(args.output) as output:
        with progress("exporting the history", unit="entries") as task:
            document = client.history.export_as_csv_string(history_filter, on_progress=task.count)
        write_document(output, document)
    target = "" if args.output == "-" else f" to {args.output}"
    print(f"exported {task.done} entries{target}", file=sys.stderr)
    return 0
