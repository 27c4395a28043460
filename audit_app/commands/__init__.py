"""The CLI's sub-commands, one module each (registered by audit_app/cli.py)."""

from __future__ import annotations

import argparse
from typing import Any

PROJECT_HELP = "het project: een .audit-bestand of postgresql://gebruiker@server/database"


def project_argument(parser: argparse.ArgumentParser, *names: str, **extra: Any) -> None:
    """The project a command works on: a file or a server location, worded once."""
    parser.add_argument(*names, metavar="PROJECT", help=PROJECT_HELP, **extra)
