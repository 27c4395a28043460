"""The 'export', 'review-packs' and 'import-reviews' commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from audit_app.commands import project_argument
from audit_app.commands.csv_options import add_delimiter_option, semicolon
from audit_app.commands.output import set_result
from audit_app.core.progress import Progress, ProgressState
from audit_app.core.project import Project
from exporters.csv_export import export_csv
from exporters.options import BASE_URL_SETTING, FORMATS, REDIRECT_FORMATS, ExportOptions
from exporters.redirects import RedirectError, check_base_url, export_missing, export_redirects
from exporters.review_import import (
    ImportPlan,
    ImportRefused,
    Resolution,
    apply_plan,
    field_label,
    read_packs,
    resolve_all,
)
from exporters.review_packs import PackError, export_review_packs
from exporters.workbook import export_workbook

SUFFIX_FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".config": "iis", ".conf": "nginx"}


def _progress(args: argparse.Namespace) -> Progress | None:
    if getattr(args, "quiet", False) or not sys.stderr.isatty():
        return None

    def show(st: ProgressState) -> None:
        total = f"/{st.total}" if st.total else ""
        print(f"\r{st.message[:40]:40} {st.done}{total}", end="", file=sys.stderr, flush=True)

    return Progress(show, min_interval=0.2)


def _done(progress: Progress | None) -> None:
    if progress is not None:
        print(file=sys.stderr)


def _base_url(args: argparse.Namespace, project: Project) -> str | None:
    base = str(args.base_url or project.setting(BASE_URL_SETTING) or "/")
    problem = check_base_url(base)
    if problem is not None:
        print(f"content-audit: {problem}", file=sys.stderr)
        return None
    if args.base_url and args.base_url != project.setting(BASE_URL_SETTING):
        project.set_setting(BASE_URL_SETTING, args.base_url)  # the app's exports use it too
    return base


def _write_error(target: Path, exc: OSError) -> int:
    reason = exc.strerror or str(exc)
    print(f"content-audit: {target} kan niet worden geschreven: {reason}.", file=sys.stderr)
    return 1


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    fmt = args.format or SUFFIX_FORMATS.get(out.suffix.lower(), "xlsx")
    with Project.open(args.file) as project:
        base = _base_url(args, project)
        if base is None:
            return 1
        options = ExportOptions(
            lang=args.lang, base_url=base, per_reviewer=args.per_reviewer, semicolon=semicolon(args)
        )
        progress = _progress(args)
        try:
            if fmt == "xlsx":
                n = export_workbook(project, out, options=options, progress=progress)
            elif fmt == "csv":
                n = export_csv(project, out, options=options, progress=progress)
            else:
                n = export_redirects(project, out, fmt=fmt, options=options, progress=progress)
        except RedirectError as exc:
            _done(progress)
            print(f"content-audit: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            _done(progress)
            return _write_error(out, exc)
        _done(progress)
        missing = 0
        report = out.with_name(out.stem + "-zonder-doel.csv")
        if fmt in REDIRECT_FORMATS:
            try:
                missing = export_missing(project, report, lang=args.lang)
            except OSError as exc:
                return _write_error(report, exc)
    what = f"{n} redirects" if fmt in REDIRECT_FORMATS else f"{n} pagina's en documenten"
    print(f"{what} geëxporteerd naar {out}")
    set_result(args, output=str(out), format=fmt, rows=n, without_target=missing)
    if missing:
        print(
            f"Let op: {missing} oude adressen hebben nog geen doel (onbeslist, geen nieuwe URL "
            f"of plek in de navigatie, of samenvoegen zonder pagina). De lijst staat in {report}."
        )
    return 0


def parse_deadline(text: str) -> date | None:
    """'2026-12-18', '18-12-2026' or '18/12/2026'; None if it is not a date."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def run_review_packs(args: argparse.Namespace) -> int:
    deadline = None
    if args.deadline:
        deadline = parse_deadline(args.deadline)
        if deadline is None:
            print(
                f"content-audit: '{args.deadline}' is geen datum. Schrijf de uiterste datum "
                "als 18-12-2026 of 2026-12-18.",
                file=sys.stderr,
            )
            return 2
    with Project.open(args.file) as project:
        progress = _progress(args)
        try:
            packs = export_review_packs(
                project,
                args.output,
                reviewers=args.reviewer,
                lang=args.lang,
                return_to=args.return_to,
                deadline=deadline,
                progress=progress,
            )
        except PackError as exc:
            _done(progress)
            print(f"content-audit: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            _done(progress)
            return _write_error(Path(args.output), exc)
        _done(progress)
    if not packs:
        print("Geen reviewpakketten gemaakt: de gekozen reviewers hebben nog geen pagina's.")
        return 0
    for pack in packs:
        print(f"{pack.reviewer}: {pack.pages} pagina's -> {pack.path}")
    set_result(
        args, packs=[{"reviewer": p.reviewer, "pages": p.pages, "path": str(p.path)} for p in packs]
    )
    return 0


def _cut(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> None:
    for row in rows:
        print("  ".join(_cut(v, w).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _preview(plan: ImportPlan) -> None:
    head = ("Pagina", "Veld", "Huidige waarde", "Waarde in bestand", "Bestand")
    widths = (50, 24, 28, 28, 30)
    if plan.changes:
        print(f"Wijzigingen ({len(plan.changes)}):")
        _print_table(
            [head]
            + [
                (c.url, field_label(c.field), c.current_text, c.pack_text, c.file)
                for c in plan.changes
            ],
            widths,
        )
    else:
        print("Geen wijzigingen zonder conflict.")
    if plan.conflicts:
        print(
            f"\nConflicten ({len(plan.conflicts)}): dit veld is in het project gewijzigd nadat "
            "het bestand werd gemaakt."
        )
        _print_table(
            [(*head, "Gewijzigd door")]
            + [
                (
                    c.change.url,
                    field_label(c.change.field),
                    c.change.current_text,
                    c.change.pack_text,
                    c.change.file,
                    f"{c.their_who} ({c.their_at[:16]})",
                )
                for c in plan.conflicts
            ],
            (*widths, 30),
        )


def report_errors(errors: Sequence[object]) -> int:
    """Every error with file, row and column, then the verdict; the exit code."""
    for err in errors:
        print(f"Fout: {err}", file=sys.stderr)
    print(
        f"Er is niets ingelezen: {len(errors)} fout(en). Los ze op en probeer opnieuw.",
        file=sys.stderr,
    )
    return 1


def _run_import(
    args: argparse.Namespace,
    read: Callable[[Project], ImportPlan],
    apply: Callable[[Project, ImportPlan, dict[tuple[int, str], Resolution]], int],
    done: str,
) -> int:
    """Read, preview, and with --apply apply, resolving conflicts as the options say:
    shared by review packs and the edited plan."""
    with Project.open(args.file) as project:
        plan = read(project)
        if plan.errors:
            return report_errors(plan.errors)
        _preview(plan)
        resolution: Resolution | None = (
            "theirs" if args.accept_theirs else "ours" if args.keep_ours else None
        )
        resolutions = resolve_all(plan, resolution) if resolution else {}
        if not args.apply:
            print("\nDit is een voorbeeld. Voeg --apply toe om de wijzigingen door te voeren.")
            return 0
        try:
            n = apply(project, plan, resolutions)
        except ImportRefused as exc:
            print(f"content-audit: {exc}", file=sys.stderr)
            return 1
    print("\n" + done.replace("{n}", str(n)))
    set_result(args, applied=n, changes=len(plan.changes), conflicts=len(plan.conflicts))
    open_conflicts = [c for c in plan.conflicts if c.key not in resolutions]
    if open_conflicts:
        print(
            f"{len(open_conflicts)} conflict(en) niet doorgevoerd. Kies --accept-theirs (de "
            "ingelezen waarde) of --keep-ours (de waarde in het project), of los ze op in de app."
        )
    elif plan.conflicts and resolution == "ours":
        print(f"{len(plan.conflicts)} conflict(en): de waarde in het project is behouden.")
    return 0


def run_import_reviews(args: argparse.Namespace) -> int:
    return _run_import(
        args,
        lambda project: read_packs(project, args.packs),
        apply_plan,
        "{n} wijziging(en) doorgevoerd en vastgelegd in de wijzigingshistorie.",
    )


def run_report(args: argparse.Namespace) -> int:
    from exporters.report import export_report

    out = Path(args.output)
    with Project.open(args.file) as project:
        try:
            export_report(project, out, lang=args.lang)
        except OSError as exc:
            return _write_error(out, exc)
    print(f"Rapport geschreven naar {out} (één HTML-bestand; als PDF afdrukken kan in de browser).")
    return 0


def run_import_plan(args: argparse.Namespace) -> int:
    from audit_app.core.users import default_user_name
    from exporters.plan_import import apply_plan_changes, read_plan

    who = default_user_name()
    source = f"plan:{Path(args.plan).name}"
    return _run_import(
        args,
        lambda project: read_plan(project, args.plan, who=who),
        lambda project, plan, chosen: apply_plan_changes(
            project, plan, who=who, source=source, resolutions=chosen
        ),
        f"{{n}} wijziging(en) doorgevoerd op naam van {who}, terug te vinden in de historie.",
    )


def _conflict_options(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--apply", action="store_true", help="voer de wijzigingen echt door")
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--accept-theirs", action="store_true", help=f"bij conflict: neem de waarde uit {what}"
    )
    group.add_argument(
        "--keep-ours", action="store_true", help="bij conflict: houd de waarde in het project"
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export",
        help="exporteer het migratieplan (Excel, CSV of redirects)",
        description="Exporteer het migratieplan als Excel-werkmap, CSV of redirect-map.",
    )
    project_argument(p, "file")
    p.add_argument("-o", "--output", required=True, metavar="BESTAND", help="het doelbestand")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="xlsx (standaard), csv (het plan), een redirect-map voor nginx, apache of iis, "
        "of redirects-csv (alle oude adressen met hun doel, voor elk ander systeem)",
    )
    p.add_argument(
        "--base-url",
        metavar="URL",
        help="adres van het nieuwe intranet, bv. https://intranet.nieuw.example/",
    )
    p.add_argument("--per-reviewer", action="store_true", help="extra tabblad per reviewer")
    add_delimiter_option(p)
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de kolomkoppen")
    p.set_defaults(func=run_export)

    p = sub.add_parser(
        "review-packs",
        help="maak per reviewer een Excel-bestand om te beoordelen",
        description="Maak per reviewer een reviewpakket met alleen diens pagina's.",
    )
    p.add_argument("file", metavar="PROJECT")
    p.add_argument(
        "-o", "--output", required=True, metavar="MAP", help="map voor de reviewpakketten"
    )
    p.add_argument(
        "--reviewer", action="extend", nargs="+", metavar="NAAM", help="alleen deze reviewer(s)"
    )
    p.add_argument(
        "--return-to",
        "--terug-naar",
        dest="return_to",
        metavar="ADRES",
        help=(
            "naar wie het reviewpakket terug moet (e-mailadres of naam); "
            "staat op het eerste tabblad"
        ),
    )
    p.add_argument(
        "--deadline",
        "--uiterlijk",
        dest="deadline",
        metavar="DATUM",
        help="uiterste datum voor terugsturen, bv. 18-12-2026",
    )
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.set_defaults(func=run_review_packs)

    p = sub.add_parser(
        "import-reviews",
        help="lees ingevulde reviewpakketten terug in",
        description=(
            "Lees ingevulde reviewpakketten in. Zonder --apply is het alleen een voorbeeld."
        ),
    )
    p.add_argument("file", metavar="PROJECT")
    p.add_argument("packs", nargs="+", metavar="REVIEWPAKKET.xlsx")
    _conflict_options(p, "het reviewpakket")
    p.set_defaults(func=run_import_reviews)

    p = sub.add_parser(
        "report",
        help="rapport voor het management (nulmeting en plan, één HTML-bestand)",
        description="Schrijf de nulmeting en het plan met grafieken als één HTML-bestand.",
    )
    p.add_argument("file", metavar="PROJECT")
    p.add_argument("-o", "--output", required=True, metavar="BESTAND.html")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.set_defaults(func=run_report)

    p = sub.add_parser(
        "import-plan",
        help="lees een in Excel bewerkt migratieplan terug in",
        description=(
            "Lees het geëxporteerde migratieplan terug in nadat de projectgroep het in Excel "
            "heeft bewerkt. Zonder --apply is het alleen een voorbeeld."
        ),
    )
    p.add_argument("file", metavar="PROJECT")
    p.add_argument("plan", metavar="PLAN.xlsx")
    _conflict_options(p, "het plan")
    p.set_defaults(func=run_import_plan)
