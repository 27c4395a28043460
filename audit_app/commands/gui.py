"""``content-audit gui [PROJECT]``: open the desktop app (what a bare ``content-audit`` does)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open het programma (standaard zonder opdracht)")
    p.add_argument(
        "project", nargs="?", help="project om te openen: .audit-bestand of postgresql://..."
    )
    # open, check and close the window: the bundle's smoke test (audit_app/ui/smoke_check.py)
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from audit_app.core.backends import is_server_location
    from audit_app.ui.app import run_app

    project = args.project
    where = Path(project) if project and not is_server_location(project) else project
    return run_app(where, smoke_test=args.smoke_test)
