"""The new navigation from the command line: ``nav show``, ``nav import``, ``nav template``."""

from __future__ import annotations

import argparse
import sys

from audit_app.commands import project_argument
from audit_app.core import navigation as nav
from audit_app.core.changes import DECISION_LABELS, ChangeError
from audit_app.core.nav_import import read_tree_file, templates
from audit_app.core.project import Project
from audit_app.core.users import default_user_name


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("nav", help="de nieuwe navigatie: tonen, importeren, sjabloon")
    actions = p.add_subparsers(dest="nav_action", metavar="ACTIE", required=True)

    a = actions.add_parser("show", help="de boom met aantallen pagina's per besluit")
    project_argument(a, "project")
    a.set_defaults(func=run_show)

    a = actions.add_parser("import", help="een boom inlezen uit een tekst- of CSV-bestand")
    project_argument(a, "project")
    a.add_argument("tree", metavar="BOOM", help="ingesprongen .txt, paden met '>', of .csv")
    a.set_defaults(func=run_import)

    a = actions.add_parser("template", help="beginnen met een sjabloon (zonder naam: lijst)")
    project_argument(a, "project")
    a.add_argument("name", metavar="NAAM", nargs="?", help="naam van het sjabloon")
    a.set_defaults(func=run_template)


def _counts_text(counts: dict[str | None, int]) -> str:
    parts = [f"{counts[k]} {w}" for k, w in DECISION_LABELS.items() if counts.get(k)]
    return " · ".join(parts)


def run_show(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project, project.read() as conn:
        nodes = nav.list_nodes(conn)
        counts = nav.counts_by_node(conn)
        homeless = nav.homeless_count(conn)
    if not nodes:
        print("Nog geen navigatie. Gebruik 'nav template' of 'nav import'.")
    kids: dict[int | None, list[nav.NavNode]] = {}
    for n in nodes:
        kids.setdefault(n.parent_id, []).append(n)

    def walk(parent: int | None, depth: int) -> None:
        for n in kids.get(parent, []):
            extra = _counts_text(counts.get(n.id, {}))
            print("    " * depth + n.title + (f"  ({extra})" if extra else ""))
            walk(n.id, depth + 1)

    walk(None, 0)
    if homeless:
        print(f"\n{homeless} pagina's (behouden of herschrijven) hebben nog geen plek.")
    return 0


def _import(project_file: str, paths: list[tuple[str, ...]]) -> int:
    with Project.open(project_file) as project, project.transaction() as conn:
        created = nav.find_or_create_paths(conn, paths, who=default_user_name(), source="cli")
    print(f"{len(created)} navigatie-items toegevoegd.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    try:
        items = read_tree_file(args.tree)
    except ChangeError as exc:
        print(f"Er is niets geïmporteerd: {exc}", file=sys.stderr)
        return 1
    return _import(args.project, [i.path for i in items])


def run_template(args: argparse.Namespace) -> int:
    found = templates()
    if not args.name:
        print("Sjablonen:")
        for name in found:
            print(f"  {name}")
        return 0
    path = found.get(args.name)
    if path is None:
        print(f"Sjabloon '{args.name}' bestaat niet. Kies uit: {', '.join(found)}", file=sys.stderr)
        return 1
    return _import(args.project, [i.path for i in read_tree_file(path)])
