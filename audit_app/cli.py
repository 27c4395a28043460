"""The ``content-audit`` command: every stage without a window.

Each sub-command lives in its own module under ``audit_app.commands`` and registers itself;
without a sub-command the app opens.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from audit_app.commands import output
from audit_app.core.db import ProjectError
from audit_app.core.db_errors import environment_message
from audit_app.version import version

COMMAND_MODULES = (
    "crawl",
    "inventory",
    "demo",
    "score",
    "words",
    "export",
    "new_urls",
    "navigation",
    "reviewers",
    "decide",
    "project",
    "gui",
    "desktop",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="content-audit",
        description="Inventariseer, scoor en migreer een oud intranet.",
    )
    parser.add_argument(
        "--version", action="version", version=f"content-audit {version()}", help="toon de versie"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"audit_app.commands.{name}").register(sub)
    output.add_common_options(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        return _reader_went_away()


def project_only(argv: Sequence[str]) -> bool:
    """``content-audit intranet.audit``: a project and nothing else opens it in the app, as a
    double-click on the file does (the desktop passes the file as the only argument)."""
    from audit_app.core.backends import is_server_location
    from audit_app.core.project import PROJECT_SUFFIX

    if len(argv) != 1:
        return False
    return argv[0].lower().endswith(PROJECT_SUFFIX) or is_server_location(argv[0])


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if project_only(argv):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args(["gui", *(argv or [])])
    try:
        code = _run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        raise
    except ProjectError as exc:
        return _failed(args, str(exc), 2)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        message = environment_message(exc)
        if message is None:
            raise
        return _failed(args, message, 2)
    except KeyboardInterrupt:
        print("\nGestopt.", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    """Run the command; a server that wants a password is asked for one on a terminal, kept
    in memory for this run only, and the command runs again."""
    from audit_app.core.backends.postgresql import PasswordNeededError, remember_password

    for attempt in range(3):
        try:
            return output.run(args)
        except PasswordNeededError as exc:
            if attempt == 2 or not sys.stdin.isatty():
                raise
            print(exc, file=sys.stderr)
            remember_password(exc.location, getpass.getpass("Wachtwoord: "))
    raise AssertionError("unreachable")


def _failed(args: argparse.Namespace, message: str, code: int) -> int:
    print(f"content-audit: {message}", file=sys.stderr)
    if output.wants_json(args):
        output.emit_json(args, code, error=message)
    return code


def _reader_went_away() -> int:
    """``content-audit inventory x.audit | head``: the reader stopped, which is no error of ours.

    Whatever is still buffered for stdout goes to the null device, so Python's final flush does
    not print a traceback either; the exit status is the shell's for a broken pipe (128 + 13).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141


def gui_main() -> int:
    """The ``content-audit-app`` launcher (a gui-script: no console window on Windows).

    Its arguments are only ever a project file, e.g. when a user opens an .audit file with it.
    """
    return main(["gui", *sys.argv[1:2]])


if __name__ == "__main__":
    sys.exit(main())
