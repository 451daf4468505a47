"""``sipgateio numbers``: ``client.numbers.get_all_numbers`` as a table or JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from sipgateio.cli._common import open_client

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands
    from sipgateio.models import NumberResponseItem


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``numbers``."""
    numbers = commands.add_parser(
        "numbers",
        parents=[credentials],
        help="list the phone numbers of the account",
        description="List the phone numbers of the account and where they route to.",
    )
    numbers.add_argument("--json", action="store_true", help="print JSON instead of a table")
    numbers.set_defaults(run=run_numbers)


def run_numbers(args: argparse.Namespace) -> int:
    """Print the numbers."""
    with open_client(args) as client:
        numbers = client.numbers.get_all_numbers()
    if args.json:
        print(json.dumps([_as_json(item) for item in numbers], indent=2))
    else:
        print(_table(numbers))
    return 0


def _as_json(item: NumberResponseItem) -> dict[str, str | None]:
    return {
        "number": item.number,
        "type": str(item.type) if item.type else None,
        "endpointId": item.endpoint_id,
        "endpointAlias": item.endpoint_alias,
    }


def _table(numbers: list[NumberResponseItem]) -> str:
    rows = [("NUMBER", "TYPE", "ENDPOINT", "ALIAS")]
    rows += [
        (
            _display_number(item.number),
            str(item.type or ""),
            item.endpoint_id or "",
            item.endpoint_alias or "",
        )
        for item in numbers
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        + "  "
        + row[3]
        for row in rows
    )


def _display_number(number: str | None) -> str:
    """sipgate lists numbers without ``+``; shown with it, as they are dialled."""
    if not number:
        return ""
    return number if number.startswith("+") or not number.isdigit() else "+" + number
