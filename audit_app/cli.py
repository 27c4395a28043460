"""The ``content-audit`` command: every stage without a window.

Each sub-command lives in its own module under ``audit_app.commands`` and registers itself;
without a sub-command the app opens.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from audit_app.core.db import ProjectError
from audit_app.core.db_errors import environment_message

COMMAND_MODULES = (
    "crawl",
    "inventory",
    "demo",
    "score",
    "export",
    "new_urls",
    "navigation",
    "reviewers",
    "decide",
    "project",
    "gui",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="content-audit",
        description="Inventariseer, beoordeel en migreer een oud intranet.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"audit_app.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args(["gui", *(argv or [])])
    try:
        return int(args.func(args) or 0)
    except ProjectError as exc:
        print(f"content-audit: {exc}", file=sys.stderr)
        return 2
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        message = environment_message(exc)
        if message is None:
            raise
        print(f"content-audit: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nGestopt.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
