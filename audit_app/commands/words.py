"""The organisation's own word list from the command line: list, add, remove, import, export.

After a change the word counts of an already scored project are redone straight away (a few
seconds), so reasons and indications match the list.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audit_app.core import own_words
from audit_app.core.project import Project
from audit_app.core.scoring.lexicon import LANGUAGES, shipped
from audit_app.core.scoring.word_store import rescore_words
from audit_app.core.users import default_user_name


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "words", help="eigen woordenlijst: jargon, afkortingen en ambtelijke woorden"
    )
    actions = p.add_subparsers(dest="words_action", metavar="ACTIE", required=True)

    a = actions.add_parser("list", help="de eigen woorden met hun alternatief")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
    a.add_argument(
        "--builtin",
        "--ingebouwd",
        dest="builtin",
        action="store_true",
        help="ook de ingebouwde lijst (Nederlands en Engels) tonen",
    )
    a.set_defaults(func=run_list)

    a = actions.add_parser("add", help="een woord toevoegen of het alternatief wijzigen")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
    a.add_argument("word", metavar="WOORD", help="woord of uitdrukking; vormen scheiden met |")
    a.add_argument("alternative", metavar="ALTERNATIEF", help="het eenvoudiger alternatief")
    a.add_argument("--lang", default="nl", choices=("nl", "en"), help="taal (standaard nl)")
    a.set_defaults(func=run_add)

    a = actions.add_parser("remove", help="een woord van de lijst halen")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
    a.add_argument("word", metavar="WOORD")
    a.add_argument("--lang", default="nl", choices=("nl", "en"), help="taal (standaard nl)")
    a.set_defaults(func=run_remove)

    a = actions.add_parser("import", help="woorden uit een CSV-bestand (woord;alternatief[;taal])")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
    a.add_argument("csv", metavar="CSV", type=Path)
    a.set_defaults(func=run_import)

    a = actions.add_parser("export", help="de eigen woorden naar een CSV-bestand")
    a.add_argument("project", metavar="FILE", help="het projectbestand (.audit)")
    a.add_argument("csv", metavar="CSV", type=Path)
    a.set_defaults(func=run_export)


def _rescore(project: Project) -> None:
    n = rescore_words(project)
    if n:
        print(f"Woorden van {n} pagina's opnieuw gecontroleerd.")


def run_list(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project, project.read() as conn:
        entries = own_words.list_words(conn)
    if args.builtin:
        for language in LANGUAGES:
            rows = shipped(language)
            print(f"Ingebouwd ({language}, {len(rows)}):")
            for word, alternative in rows:
                print(f"{language}  {word} → {alternative}")
        print("\nEigen woorden:")
    if not entries:
        print("Nog geen eigen woorden. Voeg ze toe met 'words add' of 'words import'.")
    for e in entries:
        print(f"{e.language}  {e.word} → {e.alternative}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        try:
            with project.transaction() as conn:
                changed = own_words.add_word(
                    conn,
                    args.word,
                    args.alternative,
                    language=args.lang,
                    who=default_user_name(),
                    source="cli",
                )
        except own_words.WordListError as exc:
            print(f"Niet toegevoegd: {exc}", file=sys.stderr)
            return 1
        if not changed:
            print(f"'{args.word}' stond al zo op de lijst.")
            return 0
        print(f"Toegevoegd: {args.word.strip()} → {args.alternative.strip()}")
        _rescore(project)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        with project.transaction() as conn:
            removed = own_words.remove_word(
                conn, args.word, language=args.lang, who=default_user_name(), source="cli"
            )
        if not removed:
            print(f"'{args.word}' staat niet op de eigen lijst.", file=sys.stderr)
            return 1
        print(f"Verwijderd: {args.word.strip()}")
        _rescore(project)
    return 0


def run_import(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        try:
            with project.transaction() as conn:
                changed, same = own_words.import_csv(
                    conn, args.csv, who=default_user_name(), source=f"cli:{args.csv.name}"
                )
        except own_words.WordListError as exc:
            print(f"Niets geïmporteerd: {exc}", file=sys.stderr)
            return 1
        print(f"{changed} woorden toegevoegd of gewijzigd, {same} ongewijzigd.")
        if changed:
            _rescore(project)
    return 0


def run_export(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project, project.read() as conn:
        try:
            n = own_words.export_csv(conn, args.csv)
        except OSError as exc:
            print(f"Niet opgeslagen: {args.csv} ({exc.strerror}).", file=sys.stderr)
            return 1
    print(f"{n} woorden opgeslagen in {args.csv}.")
    return 0
