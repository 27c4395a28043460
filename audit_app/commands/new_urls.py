"""The 'new-urls' command: the new site's addresses into the project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audit_app.commands.export import report_errors
from audit_app.core.project import Project
from audit_app.core.users import default_user_name
from exporters.new_urls import NewUrlsError, apply_new_urls, read_new_urls, write_review_list


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def run(args: argparse.Namespace) -> int:
    source = Path(args.source)
    review = (
        Path(args.review) if args.review else source.with_name(source.stem + "-te-controleren.csv")
    )
    with Project.open(args.file) as project:
        try:
            plan = read_new_urls(project, source)
        except NewUrlsError as exc:
            print(f"content-audit: {exc}", file=sys.stderr)
            return 1
        if plan.errors:
            return report_errors(plan.errors)
        print(f"Nieuwe URL voor {len(plan.pages)} pagina's:")
        for m in plan.pages[: args.show]:
            print(f"  {_cut(m.old_url, 60):60}  ->  {m.new_url}")
        if len(plan.pages) > args.show:
            print(f"  … en nog {len(plan.pages) - args.show}")
        if plan.nodes:
            print(f"Nieuwe URL voor {len(plan.nodes)} navigatie-items:")
            for _nid, path, url in plan.nodes[: args.show]:
                print(f"  {_cut(path, 60):60}  ->  {url}")
        if plan.unsure:
            write_review_list(plan, review)
            print(
                f"\n{len(plan.unsure)} onzekere overeenkomsten staan in {review}. Controleer ze, "
                "verwijder wat niet klopt en lees de lijst in met: content-audit new-urls "
                f"{args.file} {review} --apply"
            )
        if plan.unmatched:
            print(f"{len(plan.unmatched)} nieuwe adressen passen bij geen enkele pagina.")
        if not args.apply:
            print("\nDit is een voorbeeld. Voeg --apply toe om de adressen vast te leggen.")
            return 0
        n = apply_new_urls(project, plan, who=default_user_name(), source=f"new-urls:{source.name}")
    print(f"\n{n} wijziging(en) vastgelegd in de wijzigingshistorie.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "new-urls",
        help="lees de adressen van het nieuwe intranet in (CSV of sitemap.xml)",
        description=(
            "Lees nieuwe adressen in: een CSV met oude URL of ID en nieuwe URL, of de "
            "sitemap.xml van de nieuwe site (die wordt gekoppeld aan pagina's en "
            "navigatie-items; twijfelgevallen komen in een lijst om te controleren). Zonder "
            "--apply is het alleen een voorbeeld."
        ),
    )
    p.add_argument("file", metavar="PROJECT", help="het projectbestand (.audit)")
    p.add_argument("source", metavar="BESTAND", help="CSV of sitemap.xml")
    p.add_argument("--apply", action="store_true", help="leg de adressen echt vast")
    p.add_argument("--review", metavar="CSV", help="waar de lijst met twijfelgevallen komt")
    p.add_argument("--show", type=int, default=20, help=argparse.SUPPRESS)
    p.set_defaults(func=run)
