"""Decide pages from the command line (scripts, a note-taker's laptop)."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from audit_app.commands.output import set_result
from audit_app.core import schema as s
from audit_app.core.changes import DECISIONS, ChangeError, FieldChange, apply_changes
from audit_app.core.project import Project
from audit_app.core.users import default_user_name

_WORDS = {"behouden": "keep", "herschrijven": "rewrite", "verwijderen": "delete"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("decide", help="een besluit of notitie vastleggen voor pagina's")
    p.add_argument(
        "project",
        metavar="PROJECT",
        help="het project: een .audit-bestand of postgresql://gebruiker@server/database",
    )
    p.add_argument("pages", metavar="PAGINA", nargs="+", help="adres of nummer van de pagina")
    p.add_argument(
        "--decision",
        "--besluit",
        dest="decision",
        help="behouden, herschrijven, verwijderen (of keep/rewrite/delete), 'geen' om te wissen",
    )
    p.add_argument("--note", "--notitie", dest="note", help="notitie bij de pagina's")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fields: dict[str, object] = {}
    if args.decision is not None:
        word = args.decision.strip().lower()
        value = None if word in ("geen", "none", "") else _WORDS.get(word, word)
        if value is not None and value not in DECISIONS:
            print(f"Onbekend besluit: {args.decision}. Kies behouden, herschrijven of verwijderen.")
            return 2
        fields["decision"] = value
    if args.note is not None:
        fields["note"] = args.note.strip() or None
    if not fields:
        print("Geef --besluit en/of --notitie op.")
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
        changes = [FieldChange("decision", i, f, v) for i in ids for f, v in fields.items()]
        try:
            done = apply_changes(conn, changes, who=default_user_name(), source="cli")
        except ChangeError as exc:
            print(exc)
            return 2
    print(f"{len(done)} wijziging(en) vastgelegd.")
    set_result(args, changes=len(done))
    return 0
