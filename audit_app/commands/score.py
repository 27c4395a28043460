"""Scoring from the command line: ``score``, ``summary`` and ``import-views``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from dataclasses import fields
from typing import TextIO

from audit_app.commands import project_argument
from audit_app.commands.output import set_result
from audit_app.core.db import ProjectError
from audit_app.core.progress import Cancelled, Progress, ProgressState
from audit_app.core.project import Project
from audit_app.core.scoring.runner import score_project
from audit_app.core.scoring.settings import ScoringSettings, load_settings, save_settings
from audit_app.core.scoring.summary import build_summary, render_text
from audit_app.core.scoring.views_import import import_views


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "score",
        help="scoor alle pagina's: leeftijd, leesbaarheid, kopieën, signalen, suggestie",
    )
    project_argument(p, "project")
    p.add_argument(
        "--only-rules",
        action="store_true",
        help="alleen banden, signalen en suggesties opnieuw (na het wijzigen van drempels); "
        "de teksten worden niet opnieuw geanalyseerd",
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="SLEUTEL=WAARDE",
        help="een drempel wijzigen en bewaren in het project, bijv. --set b1_min=65 "
        "(zie docs/scoring.md voor de sleutels)",
    )
    p.add_argument("--quiet", action="store_true", help="geen voortgangsbalk")
    p.set_defaults(func=run_score)

    p = sub.add_parser("summary", help="de nulmeting: aantallen per leeftijd, leesbaarheid, ...")
    project_argument(p, "project")
    p.add_argument("--format", choices=("text", "json"), default="text", help="uitvoer")
    p.set_defaults(func=run_summary)

    p = sub.add_parser("import-views", help="paginaweergaven inlezen uit een CSV-bestand")
    project_argument(p, "project")
    p.add_argument("csv", metavar="CSV", help="export uit de webstatistieken (CSV)")
    p.set_defaults(func=run_import_views)


class _Bar:
    """A bar on one terminal line; a plain line every few seconds when stderr is a file."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stderr
        self.tty = self.out.isatty()
        self._last = 0.0

    def __call__(self, st: ProgressState) -> None:
        total = st.total or 0
        line = f"{st.message}: {st.done}/{total} pagina's, {st.rate:.0f} pagina's/s"
        if self.tty:
            width = 24
            filled = int(width * min(st.done / total, 1.0)) if total else width
            self.out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {line}\033[K")
            self.out.flush()
        elif time.monotonic() - self._last >= 5:
            self._last = time.monotonic()
            print(line, file=self.out, flush=True)

    def end(self) -> None:
        if self.tty:
            self.out.write("\n")
            self.out.flush()


def _parse_settings(pairs: list[str]) -> dict[str, float]:
    known = {f.name for f in fields(ScoringSettings)}
    out: dict[str, float] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        key = key.strip()
        if key not in known:
            raise ProjectError(
                f"Onbekende drempel '{key}'. Bekend zijn: {', '.join(sorted(known))}."
            )
        try:
            out[key] = float(value.replace(",", "."))
        except ValueError:
            msg = f"De waarde van {key} moet een getal zijn, niet '{value}'."
            raise ProjectError(msg) from None
    return out


def run_score(args: argparse.Namespace) -> int:
    changes = _parse_settings(args.set)
    bar = None if args.quiet else _Bar()
    progress = Progress(bar, min_interval=0.2)
    with Project.open(args.project) as project:
        if changes:
            current = load_settings(project).to_dict()
            save_settings(project, ScoringSettings.from_dict({**current, **changes}))
        try:
            summary = score_project(project, progress, only_cheap=args.only_rules)
        except Cancelled:
            print("\nGestopt; er is niets gewijzigd.", file=sys.stderr)
            return 1
        finally:
            if bar is not None:
                bar.end()
    print(summary.line())
    set_result(args, score=dataclasses.asdict(summary))
    return 0


def run_summary(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        data = build_summary(project)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not data["totals"]["scored"]:
        print(
            "Dit project is nog niet gescoord. Voer eerst 'content-audit score "
            f"{args.project}' uit.",
            file=sys.stderr,
        )
        return 1
    print(render_text(data))
    return 0


def run_import_views(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        result = import_views(project, args.csv)
        print(result.line())
        if result.unmatched_examples:
            print("Niet gevonden, bijvoorbeeld: " + ", ".join(result.unmatched_examples[:5]))
        with project.read() as conn:
            scored = conn.exec_driver_sql("SELECT COUNT(*) FROM scores").scalar_one()
        if scored:
            summary = score_project(project, only_cheap=True)
            print(f"Signalen en suggesties bijgewerkt: {summary.line()}")
    return 0
