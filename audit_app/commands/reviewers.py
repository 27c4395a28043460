"""Reviewers from the command line: list, add, assign an old section, the workshop agenda."""

from __future__ import annotations

import argparse
import sys

from audit_app.commands import project_argument
from audit_app.core import assignments, reviewers
from audit_app.core.changes import ChangeError
from audit_app.core.project import Project
from audit_app.core.users import default_user_name


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reviewers", help="reviewers beheren, secties toewijzen, agenda")
    actions = p.add_subparsers(dest="reviewers_action", metavar="ACTIE", required=True)

    a = actions.add_parser("list", help="reviewers met hun voortgang")
    project_argument(a, "project")
    a.set_defaults(func=run_list)

    a = actions.add_parser("add", help="een reviewer toevoegen")
    project_argument(a, "project")
    a.add_argument("name", metavar="NAAM")
    a.add_argument("--email", help="e-mailadres")
    a.add_argument("--department", "--afdeling", dest="department", help="afdeling")
    a.set_defaults(func=run_add)

    a = actions.add_parser("assign", help="alle pagina's van een oude sectie toewijzen")
    project_argument(a, "project")
    a.add_argument("reviewer", metavar="REVIEWER", help="naam of nummer van de reviewer")
    a.add_argument("section", metavar="SECTIE", help="oude sectie, bijv. 'Personeelszaken'")
    a.set_defaults(func=run_assign)

    a = actions.add_parser("agenda", help="pagina's met status 'bespreken' (workshopagenda)")
    project_argument(a, "project")
    a.set_defaults(func=run_agenda)


def run_list(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project, project.read() as conn:
        stats = reviewers.list_reviewers(conn)
    if not stats:
        print("Nog geen reviewers. Voeg ze toe met 'reviewers add'.")
    for st in stats:
        r = st.reviewer
        who = " · ".join(x for x in (r.email, r.department) if x)
        print(
            f"{r.id:>4}  {r.name}{f' ({who})' if who else ''}: {st.assigned} pagina's, "
            f"{st.decided} beslist, {st.discuss} bespreken"
        )
    return 0


def run_add(args: argparse.Namespace) -> int:
    try:
        with Project.open(args.project) as project, project.transaction() as conn:
            rid = reviewers.add_reviewer(
                conn, args.name, args.email, args.department, who=default_user_name(), source="cli"
            )
    except ChangeError as exc:
        print(f"Niet toegevoegd: {exc}", file=sys.stderr)
        return 1
    print(f"Reviewer {rid} toegevoegd: {args.name.strip()}")
    return 0


def _find(stats: list[reviewers.ReviewerStats], key: str) -> reviewers.Reviewer | None:
    for st in stats:
        if key.isdigit() and st.reviewer.id == int(key):
            return st.reviewer
    matches = [st.reviewer for st in stats if st.reviewer.name.casefold() == key.casefold()]
    return matches[0] if len(matches) == 1 else None


def run_assign(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        with project.read() as conn:
            person = _find(reviewers.list_reviewers(conn), args.reviewer)
        if person is None:
            print(f"Reviewer '{args.reviewer}' niet (eenduidig) gevonden.", file=sys.stderr)
            return 1
        try:
            with project.transaction() as conn:
                applied = assignments.assign_section(
                    conn, args.section, person.id, who=default_user_name(), source="cli"
                )
        except ChangeError as exc:
            print(f"Niet toegewezen: {exc}", file=sys.stderr)
            return 1
    print(f"{len(applied)} pagina's uit '{args.section}' toegewezen aan {person.name}.")
    return 0


def run_agenda(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project, project.read() as conn:
        items = assignments.discussion_agenda(conn)
    if not items:
        print("Niets te bespreken.")
    section = None
    for it in items:
        if it.section != section:
            section = it.section
            print(f"\n{section or '(geen sectie)'}")
        line = f"  - {it.title or it.url}"
        if it.reviewer:
            line += f" [{it.reviewer}]"
        print(line)
        if it.note:
            print(f"      {it.note}")
    return 0
