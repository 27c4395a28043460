"""The CSV separator option shared by ``export`` and ``inventory``.

Without ``--delimiter`` a CSV gets the separator the user's Excel expects (";" on a Dutch
computer, "," elsewhere; see exporters.csv_locale). ``--semicolon`` still works (hidden) for
scripts written before ``--delimiter`` existed.
"""

from __future__ import annotations

import argparse

from exporters.csv_locale import SEMICOLON, default_delimiter, parse_delimiter


def _delimiter(word: str) -> str:
    try:
        return parse_delimiter(word)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_delimiter_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--delimiter",
        type=_delimiter,
        metavar="TEKEN",
        help="scheidingsteken van CSV: ';' of ',' (standaard: wat Excel op deze computer "
        "verwacht, ';' bij Nederlandse instellingen)",
    )
    p.add_argument("--semicolon", action="store_true", help=argparse.SUPPRESS)


def semicolon(args: argparse.Namespace) -> bool:
    """True for ';' (which also writes decimal commas), False for ','."""
    if getattr(args, "delimiter", None):
        return bool(args.delimiter == SEMICOLON)
    if getattr(args, "semicolon", False):
        return True
    return default_delimiter() == SEMICOLON
