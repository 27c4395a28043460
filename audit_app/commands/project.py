"""Looking after the project file: check it, recover a damaged one, safety copies."""

from __future__ import annotations

import argparse
from pathlib import Path

from audit_app.core import backups
from audit_app.core.db import DamagedProjectError, ProjectError
from audit_app.core.project import Project
from audit_app.core.recovery import recover_project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("project", help="projectbestand controleren, herstellen, reservekopieën")
    actions = p.add_subparsers(dest="project_action", metavar="ACTIE", required=True)

    a = actions.add_parser("check", help="controleren of het projectbestand gaaf is")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
    a.set_defaults(func=run_check)

    a = actions.add_parser(
        "recover", help="wat leesbaar is uit een beschadigd project naar een nieuw bestand halen"
    )
    a.add_argument("project", metavar="FILE", help="het beschadigde projectbestand")
    a.add_argument("target", metavar="NIEUW", help="het nieuwe projectbestand (.audit)")
    a.set_defaults(func=run_recover)

    a = actions.add_parser("backup", help="nu een reservekopie maken")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
    a.set_defaults(func=run_backup)

    a = actions.add_parser("backups", help="de reservekopieën van een project tonen")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
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
    print(f"{Path(args.project).name} is gaaf.")
    return 0


def run_recover(args: argparse.Namespace) -> int:
    report = recover_project(Path(args.project), Path(args.target))
    print(report.summary())
    print("Het beschadigde bestand is niet gewijzigd.")
    return 0 if report.complete else 1


def run_backup(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        path = backups.make_backup(project)
    print(f"Reservekopie gemaakt: {path}")
    return 0


def run_backups(args: argparse.Namespace) -> int:
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
