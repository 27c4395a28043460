"""``content-audit inventory``: every stored URL with its crawl and score facts, as JSON lines
or CSV (UTF-8 with BOM, so Excel reads the accents; formulas neutralised)."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from audit_app.commands import project_argument
from audit_app.commands.csv_options import add_delimiter_option, semicolon
from audit_app.core.inventory import write_assets_jsonl
from audit_app.core.project import Project
from exporters.inventory_csv import (
    write_assets_csv,
    write_inventory_csv,
    write_inventory_jsonl,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "inventory",
        help="Inventaris van een project als JSON-regels of CSV",
        description="Schrijf alle adressen in het project met hun gegevens (zie de handleiding).",
    )
    project_argument(p, "project")
    p.add_argument(
        "--format", choices=("jsonl", "csv"), help="standaard: jsonl, of csv bij -o x.csv"
    )
    add_delimiter_option(p)
    p.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="taal van de redenen bij de suggestie (standaard nl)",
    )
    p.add_argument(
        "--assets",
        action="store_true",
        help="afbeeldingen en andere bestanden (geen pagina's): waar gebruikt, met alt-tekst",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="uitvoerbestand (standaard: scherm)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format
    if fmt is None:
        fmt = "csv" if args.output and args.output.lower().endswith(".csv") else "jsonl"
    with Project.open(args.project) as project:
        if args.assets:
            writer = (
                partial(write_assets_csv, semicolon=semicolon(args))
                if fmt == "csv"
                else write_assets_jsonl
            )
        else:
            writer = (
                partial(write_inventory_csv, semicolon=semicolon(args), lang=args.lang)
                if fmt == "csv"
                else partial(write_inventory_jsonl, lang=args.lang)
            )
        if args.output:
            out_path = Path(args.output)
            tmp = out_path.with_name(out_path.name + ".tmp")
            try:
                encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
                with tmp.open("w", encoding=encoding, newline="") as fh:
                    n = writer(project, fh)
                tmp.replace(out_path)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                print(
                    f"content-audit: {out_path} kan niet worden geschreven: {exc.strerror}.",
                    file=sys.stderr,
                )
                return 2
            if not getattr(args, "quiet", False):
                print(f"{n} adressen geschreven naar {out_path}.", file=sys.stderr)
        else:
            if fmt == "csv":
                sys.stdout.write("\ufeff")
            writer(project, sys.stdout)
    return 0
