"""Decide pages from the command line (scripts, a note-taker's laptop)."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from audit_app.commands import project_argument
from audit_app.commands.output import set_result
from audit_app.core import schema as s
from audit_app.core.changes import (
    DECISION_LABELS,
    DECISIONS,
    ChangeError,
    FieldChange,
    apply_changes,
    new_url_problem,
)
from audit_app.core.merging import find_page
from audit_app.core.project import Project
from audit_app.core.users import default_user_name

_WORDS = {word: code for code, word in DECISION_LABELS.items()} | {"samenvoegen met": "merge"}
_CHOICES = ", ".join(DECISION_LABELS.values())


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("decide", help="een besluit of notitie vastleggen voor pagina's")
    project_argument(p, "project")
    p.add_argument("pages", metavar="PAGINA", nargs="+", help="adres of nummer van de pagina")
    p.add_argument(
        "--decision",
        "--besluit",
        dest="decision",
        help=f"{_CHOICES} (of {'/'.join(DECISIONS)}), 'geen' om te wissen",
    )
    p.add_argument(
        "--met",
        "--into",
        dest="merge_into",
        metavar="PAGINA",
        help="bij samenvoegen: adres of nummer van de pagina waarin ze opgaan",
    )
    p.add_argument(
        "--nieuwe-url",
        "--new-url",
        dest="new_url",
        metavar="URL",
        help="het adres van de pagina op het nieuwe intranet ('geen' om te wissen)",
    )
    p.add_argument("--note", "--notitie", dest="note", help="notitie bij de pagina's")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fields: dict[str, object] = {}
    if args.decision is not None:
        word = args.decision.strip().lower()
        value = None if word in ("geen", "none", "") else _WORDS.get(word, word)
        if value is not None and value not in DECISIONS:
            print(f"Onbekend besluit: {args.decision}. Kies {_CHOICES}.")
            return 2
        fields["decision"] = value
    if fields.get("decision") == "merge" and not args.merge_into:
        print("Geef bij samenvoegen met --met aan in welke pagina (adres of nummer).")
        return 2
    if args.new_url is not None:
        url = args.new_url.strip()
        value = None if url.lower() in ("geen", "none", "") else url
        if value is not None and (problem := new_url_problem(value)) is not None:
            print(problem)
            return 2
        fields["new_url"] = value
    if args.note is not None:
        fields["note"] = args.note.strip() or None
    if not fields and not args.merge_into:
        print("Geef --besluit, --nieuwe-url en/of --notitie op.")
        return 2
    with Project.open(args.project) as project, project.transaction() as conn:
        ids = []
        for ref in args.pages:
            where = s.pages.c.id == int(ref) if ref.isdigit() else s.pages.c.url == ref
            pid = conn.execute(select(s.pages.c.id).where(where)).scalar()
            if pid is None:
                print(f"Geen pagina {ref} in dit project; er is niets gewijzigd.")
                return 2
            ids.append(int(pid))
        if args.merge_into:
            target = find_page(conn, args.merge_into)
            if target is None:
                print(f"Geen pagina {args.merge_into} in dit project; er is niets gewijzigd.")
                return 2
            fields["merge_into"] = target
        changes = [FieldChange("decision", i, f, v) for i in ids for f, v in fields.items()]
        try:
            done = apply_changes(conn, changes, who=default_user_name(), source="cli")
        except ChangeError as exc:
            print(exc)
            return 2
    print(f"{len(done)} wijziging(en) vastgelegd.")
    set_result(args, changes=len(done))
    return 0
