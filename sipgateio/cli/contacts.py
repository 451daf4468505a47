"""``sipgateio contacts import|export``: the address books through ``client.contacts``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sipgateio.cli._arguments import choices, upper
from sipgateio.cli._common import (
    command_group,
    open_client,
    open_output,
    read_text,
    write_document,
)
from sipgateio.cli._progress import progress
from sipgateio.models import ExportScope, Scope

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands

# The address books contacts can be written to (sipgate keeps INTERNAL ones itself).
IMPORT_SCOPES = (Scope.PRIVATE, Scope.SHARED)
FORMATS = ("csv", "json", "vcard")


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``contacts import`` and ``contacts export``."""
    actions = command_group(commands, "contacts", "import and export contacts")
    imports = actions.add_parser(
        "import",
        parents=[credentials],
        help="import contacts from CSV or vCard",
        description="Import a CSV file (columns firstname, lastname, number) or a vCard "
        "file (.vcf, vCard 3.0 or 4.0); vCards show their progress on a terminal.",
    )
    imports.add_argument("file", metavar="FILE", help="'-' reads stdin")
    imports.add_argument(
        "--scope",
        type=upper,
        choices=choices(IMPORT_SCOPES),
        default=Scope.PRIVATE.value,
        help="address book for vCards (default: PRIVATE)",
    )
    imports.set_defaults(run=run_import)
    export = actions.add_parser(
        "export",
        parents=[credentials],
        help="export contacts as CSV, JSON or vCard",
        description="Export the contacts of an address book (progress on a terminal).",
    )
    export.add_argument(
        "--scope", type=upper, choices=choices(ExportScope), default=ExportScope.ALL.value
    )
    export.add_argument("--format", type=str.lower, choices=FORMATS, default="csv")
    export.add_argument("--delimiter", default=",", help="CSV delimiter (default: ,)")
    export.add_argument("--output", "-o", default="-", metavar="FILE", help="default: stdout")
    export.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    """Import a vCard or CSV file (told apart by its name or its first line)."""
    text = read_text(args.file)
    is_vcard = args.file.lower().endswith((".vcf", ".vcard")) or text.lstrip().upper().startswith(
        "BEGIN:VCARD"
    )
    with open_client(args) as client:
        if is_vcard:
            with progress(f"importing {args.file}", unit="contacts") as task:
                client.contacts.import_vcard_string(text, Scope(args.scope), on_progress=task.count)
            kind = f"{task.done} vCard contacts into {args.scope}"
        else:
            with progress(f"importing {args.file}"):
                client.contacts.import_from_csv_string(text)
            kind = "CSV contacts"
    print(f"imported {kind} from {args.file}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the contacts of the address book in the format asked for."""
    scope = ExportScope(args.scope)
    with open_client(args) as client, open_output(args.output) as output:
        with progress(f"exporting {scope} contacts", unit="contacts") as task:
            if args.format == "csv":
                document = client.contacts.export_as_csv(
                    scope, args.delimiter, on_progress=task.count
                )
            elif args.format == "json":
                document = client.contacts.export_as_json(scope, on_progress=task.count)
            else:
                document = client.contacts.export_as_single_vcard(scope, on_progress=task.count)
        write_document(output, document)
    return 0
