"""Looking after a project: check it, recover a damaged file, safety copies, and copy a whole
project between a file and a server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audit_app.commands import project_argument
from audit_app.core import backups
from audit_app.core.backends import is_server_location
from audit_app.core.backends.postgresql import display_location
from audit_app.core.db import DamagedProjectError, ProjectError
from audit_app.core.project import Project
from audit_app.core.project_copy import copy_project
from audit_app.core.recovery import recover_project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("project", help="projectbestand controleren, herstellen, reservekopieën")
    actions = p.add_subparsers(dest="project_action", metavar="ACTIE", required=True)

    a = actions.add_parser("check", help="controleren of het projectbestand gaaf is")
    project_argument(a, "project")
    a.set_defaults(func=run_check)

    a = actions.add_parser(
        "recover", help="wat leesbaar is uit een beschadigd project naar een nieuw bestand halen"
    )
    a.add_argument("project", metavar="FILE", help="het beschadigde projectbestand")
    a.add_argument("target", metavar="NIEUW", help="het nieuwe projectbestand (.audit)")
    a.set_defaults(func=run_recover)

    a = actions.add_parser(
        "copy",
        help="een heel project kopiëren: van een bestand naar een server en terug (gecontroleerd)",
        description=(
            "Kopieert alles (pagina's, scores, besluiten, navigatie, reviewers, de hele "
            "wijzigingsgeschiedenis) naar een nieuw project en controleert per tabel het aantal "
            "rijen en een controlegetal. Een project kan een bestand zijn of "
            "postgresql://gebruiker@server:5432/database (één project per database)."
        ),
    )
    a.add_argument("project", metavar="BRON", help="bestand (.audit) of postgresql://...")
    a.add_argument("target", metavar="DOEL", help="nieuw bestand (.audit) of lege database")
    a.set_defaults(func=run_copy)

    a = actions.add_parser("backup", help="nu een reservekopie maken")
    project_argument(a, "project")
    a.set_defaults(func=run_backup)

    a = actions.add_parser("backups", help="de reservekopieën van een project tonen")
    project_argument(a, "project")
    a.set_defaults(func=run_backups)

    a = actions.add_parser("restore", help="een reservekopie terugzetten als nieuw projectbestand")
    a.add_argument("backup", metavar="KOPIE", help="de reservekopie (zie 'project backups')")
    a.add_argument("target", metavar="NIEUW", help="het nieuwe projectbestand (.audit)")
    a.set_defaults(func=run_restore)


def run_check(args: argparse.Namespace) -> int:
    try:
        Project.open(args.project).close()
    except DamagedProjectError as exc:
        print(f"Beschadigd: {exc.detail}\n{exc}")
        return 1
    server = is_server_location(args.project)
    print(f"{display_location(args.project) if server else Path(args.project).name} is gaaf.")
    return 0


def run_copy(args: argparse.Namespace) -> int:
    if not is_server_location(args.target) and Path(args.target).suffix != ".audit":
        raise ProjectError("Geef het nieuwe projectbestand de extensie .audit.")
    report = copy_project(
        args.project, args.target, lambda name: print(f"Kopiëren: {name}", file=sys.stderr)
    )
    print(report.summary())
    return 0


def _file_only(location: str, what: str) -> None:
    if is_server_location(location):
        raise ProjectError(
            f"{what} geldt voor projectbestanden. Een project op een server wordt door de "
            "server zelf bewaard en hersteld; maak er een bestand van met 'content-audit "
            "project copy'."
        )


def run_recover(args: argparse.Namespace) -> int:
    _file_only(args.project, "Herstellen")
    report = recover_project(Path(args.project), Path(args.target))
    print(report.summary())
    print("Het beschadigde bestand is niet gewijzigd.")
    return 0 if report.complete else 1


def run_backup(args: argparse.Namespace) -> int:
    _file_only(args.project, "Een reservekopie")
    with Project.open(args.project) as project:
        path = backups.make_backup(project)
    print(f"Reservekopie gemaakt: {path}")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    _file_only(args.project, "Reservekopieën")
    with Project.open(args.project, verify=False) as project:
        found = backups.list_backups(backups.backup_folder(project))
    if not found:
        print("Nog geen reservekopieën. De app maakt ze vanzelf; nu een maken: 'project backup'.")
    for b in found:
        print(f"{b.label()}  {b.size / 1e6:8.1f} MB  {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    target = Path(args.target)
    if target.suffix != ".audit":
        raise ProjectError("Geef het nieuwe projectbestand de extensie .audit.")
    backups.restore_backup(Path(args.backup), target)
    print(f"Teruggezet als {target}. Open dat bestand om verder te werken.")
    return 0
