"""``content-audit gui [PROJECT]``: open the desktop app (what a bare ``content-audit`` does)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open het programma (standaard zonder opdracht)")
    p.add_argument("project", nargs="?", type=Path, help="projectbestand (.audit) om te openen")
    # open, check and close the window: the bundle's smoke test (audit_app/ui/smoke_check.py)
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from audit_app.ui.app import run_app

    if args.smoke_test:
        return run_app(args.project, smoke_test=True)
    return run_app(args.project)
