"""``content-audit gui [PROJECT]``: open the desktop app (what a bare ``content-audit`` does)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open het programma (standaard zonder opdracht)")
    p.add_argument(
        "project", nargs="?", help="project om te openen: .audit-bestand of postgresql://..."
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from audit_app.ui.app import run_app

    return run_app(args.project)
