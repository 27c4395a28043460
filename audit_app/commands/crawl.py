"""Placeholder: the 'crawl' command(s) are being built; see the issues."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("crawl", help="(nog niet beschikbaar)")
    p.set_defaults(func=lambda _args: print("Nog niet beschikbaar.") or 1)
