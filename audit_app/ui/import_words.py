"""What reading review packs, a plan or a list of new addresses found, in the user's language.

The readers record each problem as a code with its facts (exporters/import_words.py, which also
holds the Dutch sentences the CLI prints); this is the one place the app words those codes,
through Qt's translations. A problem without a code shows its Dutch sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from exporters import labels
from exporters.review_plan import ImportIssue


def _sub(text: str, *values: object) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def _n(value: Any) -> str:
    return QLocale().toString(value) if isinstance(value, int) else str(value)


def _choices(group: str) -> str:
    """The words a cell accepts, in the app's language: "keep, rewrite, merge, archive or
    delete" (a pack accepts them in either language)."""
    lang: labels.Lang = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
    words = labels.choices(lang, group)
    return _sub(
        QCoreApplication.translate("ImportWords", "%1 or %2"), ", ".join(words[:-1]), words[-1]
    )


def problem_text(code: str | None, p: dict[str, Any]) -> str | None:
    """A problem's words from its code; None for a code this app does not know."""
    value, pid = p.get("value", ""), _n(p.get("id", ""))
    name = p.get("name", "")
    plain = {
        "missing-file": QCoreApplication.translate("ImportWords", "the file does not exist."),
        "pack-not-xlsx": QCoreApplication.translate(
            "ImportWords",
            "this is not an Excel workbook (.xlsx). Send in the review pack as it was sent out; "
            "a file saved as CSV or renamed does not work.",
        ),
        "not-a-pack": QCoreApplication.translate(
            "ImportWords", "this is not a content-audit review pack."
        ),
        "pack-damaged": QCoreApplication.translate(
            "ImportWords", "the review pack is damaged (hidden data is missing or was changed)."
        ),
        "pack-newer": QCoreApplication.translate(
            "ImportWords", "this review pack was made with a newer version of content-audit."
        ),
        "pack-old": QCoreApplication.translate(
            "ImportWords",
            "this review pack was made with an older version of content-audit and is not signed. "
            "Make the review packs again and send them round again.",
        ),
        "pack-unreadable": QCoreApplication.translate(
            "ImportWords", "the review pack is damaged and cannot be read."
        ),
        "pack-bad-signature": QCoreApplication.translate(
            "ImportWords",
            "the signature of this review pack does not match: it was changed outside "
            "content-audit (token, reviewer or list of pages). Nothing was imported; use the "
            "review pack as it was sent.",
        ),
        "pack-unknown-token": QCoreApplication.translate(
            "ImportWords", "this review pack was not made in this project (unknown token)."
        ),
        "column-twice": QCoreApplication.translate("ImportWords", "this column is in it twice."),
        "column-missing": QCoreApplication.translate(
            "ImportWords",
            "this column is missing (deleted or renamed). Use the original review pack or put "
            "the column back.",
        ),
        "merge-needs-target": QCoreApplication.translate(
            "ImportWords", "when merging, choose the page this one goes into (old URL or ID)."
        ),
        "merge-self": QCoreApplication.translate(
            "ImportWords", "a page cannot be merged with itself."
        ),
        "plan-not-xlsx": QCoreApplication.translate(
            "ImportWords", "this is not an Excel workbook (.xlsx), or it is damaged."
        ),
        "plan-old": QCoreApplication.translate(
            "ImportWords",
            "this is not a content-audit migration plan (or it was made with an older version). "
            "Export the plan again.",
        ),
        "not-a-plan": QCoreApplication.translate(
            "ImportWords", "this is not a content-audit migration plan."
        ),
        "plan-other-project": QCoreApplication.translate(
            "ImportWords", "this plan belongs to another project."
        ),
        "plan-sheet-missing": QCoreApplication.translate(
            "ImportWords", "the sheet with the plan is missing."
        ),
        "plan-damaged": QCoreApplication.translate("ImportWords", "the plan is damaged."),
        "id-column-missing": QCoreApplication.translate(
            "ImportWords", "the ID column is missing; put it back."
        ),
        "new-url-empty": QCoreApplication.translate(
            "ImportWords",
            "A new URL is an address, for example https://intranet.new.org/work/leave.",
        ),
        "expected-columns": QCoreApplication.translate(
            "ImportWords", "expected: old URL or ID, new URL."
        ),
        "urls-errors": QCoreApplication.translate(
            "ImportWords", "Nothing was imported: correct the errors first."
        ),
        "packs-changed-since": QCoreApplication.translate(
            "ImportWords",
            "The project has changed since the review packs were read. Read them again.",
        ),
        "plan-changed-since": QCoreApplication.translate(
            "ImportWords", "The project has changed since the plan was read. Read it again."
        ),
    }
    if code in plain:
        return plain[code]
    with_facts = {
        "formula": (
            QCoreApplication.translate(
                "ImportWords",
                "this cell holds a formula (%1), not a value. Type or choose the value yourself "
                "(or paste as value).",
            ),
            p.get("formula", ""),
        ),
        "error-value": (
            QCoreApplication.translate(
                "ImportWords",
                "this cell holds an error value (%1). Type or choose the value yourself.",
            ),
            value,
        ),
        "pack-other-project": (
            QCoreApplication.translate(
                "ImportWords",
                "this review pack belongs to another project (%1). Nothing was imported.",
            ),
            p.get("project") or QCoreApplication.translate("ImportWords", "unknown"),
        ),
        "pack-twice": (
            QCoreApplication.translate("ImportWords", "this is the same review pack as %1."),
            p.get("other", ""),
        ),
        "pack-bad-id": (
            QCoreApplication.translate("ImportWords", "invalid or empty ID (%1)."),
            value,
        ),
        "plan-bad-id": (QCoreApplication.translate("ImportWords", "invalid ID (%1)."), value),
        "id-not-in-pack": (
            QCoreApplication.translate(
                "ImportWords", "unknown ID %1: this page is not in this review pack."
            ),
            pid,
        ),
        "bad-status": (
            QCoreApplication.translate("ImportWords", "invalid status '%1'. Choose %2."),
            value,
            _choices("status"),
        ),
        "pack-unknown-nav": (
            QCoreApplication.translate(
                "ImportWords", "unknown place in the navigation '%1'. Choose a place from the list."
            ),
            value,
        ),
        "unknown-nav": (
            QCoreApplication.translate("ImportWords", "unknown place in the navigation '%1'."),
            value,
        ),
        "pack-unknown-page": (
            QCoreApplication.translate("ImportWords", "unknown page '%1'. Give an old URL or ID."),
            value,
        ),
        "unknown-page": (QCoreApplication.translate("ImportWords", "unknown page '%1'."), value),
        "unknown-reviewer": (
            QCoreApplication.translate("ImportWords", "unknown reviewer '%1'."),
            value,
        ),
        "page-gone": (
            QCoreApplication.translate("ImportWords", "page %1 no longer exists in the project."),
            pid,
        ),
        "plan-page-gone": (
            QCoreApplication.translate("ImportWords", "page %1 no longer exists."),
            pid,
        ),
        "new-url-invalid": (
            QCoreApplication.translate(
                "ImportWords",
                "'%1' is not an address. A new URL starts with http://, https:// or / and has no "
                "spaces.",
            ),
            value,
        ),
        "no-such-page": (
            QCoreApplication.translate("ImportWords", "no page '%1' in this project."),
            value,
        ),
        "urls-missing": (QCoreApplication.translate("ImportWords", "%1 does not exist."), name),
        "urls-too-big": (
            QCoreApplication.translate(
                "ImportWords", "%1 is larger than 50 MB; that is no list of addresses."
            ),
            name,
        ),
        "urls-not-text": (
            QCoreApplication.translate("ImportWords", "%1 is not a text file."),
            name,
        ),
        "urls-sitemap-index": (
            QCoreApplication.translate(
                "ImportWords",
                "%1 is a sitemap index (a list of sitemaps). Import the sitemaps in it one by one.",
            ),
            name,
        ),
        "urls-no-loc": (
            QCoreApplication.translate("ImportWords", "%1 holds no addresses (<loc>)."),
            name,
        ),
        "urls-empty": (QCoreApplication.translate("ImportWords", "%1 is empty."), name),
        "id-twice-in-pack": (
            QCoreApplication.translate(
                "ImportWords", "ID %1 is in the review pack twice (also in row %2)."
            ),
            pid,
            _n(p.get("first")),
        ),
        "id-twice": (
            QCoreApplication.translate("ImportWords", "ID %1 is also in row %2."),
            pid,
            _n(p.get("first")),
        ),
        "bad-decision": (
            QCoreApplication.translate("ImportWords", "invalid decision '%1'. Choose %2."),
            value,
            _choices("decision"),
        ),
        "bad-value": (
            QCoreApplication.translate("ImportWords", "invalid value '%1'. Choose %2."),
            value,
            _choices(str(p.get("group", "decision"))),
        ),
        "page-in-other-pack": (
            QCoreApplication.translate("ImportWords", "page %1 is also in %2 with another value."),
            pid,
            p.get("other", ""),
        ),
        "line-twice": (
            QCoreApplication.translate("ImportWords", "page %1 is also on line %2."),
            value,
            _n(p.get("first")),
        ),
        "urls-bad-sitemap": (
            QCoreApplication.translate("ImportWords", "%1 is not a readable sitemap (%2)."),
            name,
            p.get("detail", ""),
        ),
    }
    if code in with_facts:
        text, *facts = with_facts[code]
        return _sub(text, *facts)
    count = int(p.get("count", 0))
    if code == "packs-have-errors":
        return QCoreApplication.translate(
            "ImportWords",
            "Nothing was imported: %n errors in the review packs. Correct them and try again.",
            "",
            count,
        )
    if code == "plan-has-errors":
        return QCoreApplication.translate(
            "ImportWords", "Nothing was imported: %n errors in the plan.", "", count
        )
    if code == "unknown-reviewers":
        known = ", ".join(p.get("known", [])) or QCoreApplication.translate(
            "ImportWords", "(no reviewers yet)"
        )
        return _sub(
            QCoreApplication.translate(
                "ImportWords",
                "Unknown reviewer: %1. Known reviewers: %2.",
            ),
            ", ".join(p.get("names", [])),
            known,
        )
    return None


def issue_text(issue: ImportIssue) -> str:
    """Where in which file, and what is wrong there."""
    message = problem_text(issue.code, issue.params) or issue.message
    if issue.row is not None and issue.column is not None:
        where = _sub(
            QCoreApplication.translate("ImportWords", "%1, row %2, column '%3'"),
            issue.file,
            _n(issue.row),
            issue.column,
        )
    elif issue.row is not None:
        where = _sub(
            QCoreApplication.translate("ImportWords", "%1, row %2"), issue.file, _n(issue.row)
        )
    elif issue.column is not None:
        where = _sub(
            QCoreApplication.translate("ImportWords", "%1, column '%2'"), issue.file, issue.column
        )
    else:
        where = issue.file
    return where + ": " + message
