"""Core's errors and progress notes in the user's language.

Core and the crawler raise errors with a code and parameters (ProjectError, CrawlStartError,
the environment codes of core.db_errors) and report progress with a code; their ``str()`` is a
Dutch sentence for the CLI and the log. This is the one place the app words those codes through
Qt's translations. An error without a code (not converted yet) shows its Dutch sentence.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from audit_app.core.changes import ChangeError
from audit_app.core.db_errors import environment_code, environment_message
from audit_app.core.progress import ProgressState
from audit_app.ui.import_words import problem_text
from exporters.review_plan import CodedError


def _sub(text: str, *values: object) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def _environment(code: str, params: dict[str, Any]) -> str | None:
    words = {
        "disk-full": QCoreApplication.translate(
            "CoreWords",
            "The disk is full: the change was not saved. Free some space (or choose another "
            "disk) and try again; what was saved before is kept.",
        ),
        "read-only": QCoreApplication.translate(
            "CoreWords",
            "The project cannot be saved: the file or its folder is read-only. Save a copy "
            "where you may write, or ask for write access.",
        ),
        "busy": QCoreApplication.translate(
            "CoreWords",
            "The project is busy: another program is writing to it. Wait a moment and try again.",
        ),
        "corrupt": QCoreApplication.translate(
            "CoreWords",
            "The project file is damaged. Open it in the app, which offers to recover it into a "
            "new file (or use 'content-audit project recover'). The damaged file is not changed.",
        ),
        "not-a-database": QCoreApplication.translate(
            "CoreWords", "This file is not a content-audit project (or it is badly damaged)."
        ),
        "cant-open": QCoreApplication.translate(
            "CoreWords",
            "The project file cannot be opened. Does its folder still exist, and may you write "
            "in it?",
        ),
        "io-error": QCoreApplication.translate(
            "CoreWords",
            "Reading or writing the project file failed. Usually the disk is full; it can also "
            "be a disk or network error. Free some space or check the connection and try "
            "again; what was saved before is kept.",
        ),
        "no-permission": QCoreApplication.translate(
            "CoreWords", "You do not have permission to change this project file."
        ),
        "place-full": QCoreApplication.translate(
            "CoreWords", "The disk is full. Free some space or choose another place, and try again."
        ),
        "place-read-only": QCoreApplication.translate(
            "CoreWords", "That disk is read-only. Choose another place."
        ),
        "place-no-permission": QCoreApplication.translate(
            "CoreWords",
            "You do not have permission to read or write there. Choose another place, or ask "
            "for permission.",
        ),
    }
    text = words.get(code)
    if text is not None and params.get("filename"):
        text += " (" + str(params["filename"]) + ")"
    return text


def _views(code: str, p: dict[str, Any]) -> str | None:
    """Reading page views from a CSV file (core.scoring.views_import)."""
    name = p.get("name", "")
    words = {
        "views-missing": _sub(
            QCoreApplication.translate("CoreWords", "The file %1 does not exist."),
            p.get("path", ""),
        ),
        "views-unopenable": _sub(
            QCoreApplication.translate("CoreWords", "%1 cannot be opened: %2."),
            name,
            p.get("detail", ""),
        ),
        "views-binary": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 is not a CSV file (it looks like an Excel or other binary file). Save it as "
                "CSV and try again.",
            ),
            name,
        ),
        "views-encoding": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 cannot be read: its character set is unknown. Save the file as CSV (UTF-8) "
                "and try again.",
            ),
            name,
        ),
        "views-empty": _sub(QCoreApplication.translate("CoreWords", "%1 is empty."), name),
        "views-bad-csv": _sub(
            QCoreApplication.translate("CoreWords", "%1 cannot be read as CSV (%2)."),
            name,
            p.get("detail", ""),
        ),
        "views-no-columns": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 has no column with addresses (url, page, address) and a column with "
                "numbers (views, pageviews, visits, hits).",
            ),
            name,
        ),
        "views-no-numbers": _sub(
            QCoreApplication.translate(
                "CoreWords", "No line in %1 holds a usable number of page views."
            ),
            name,
        ),
    }
    text = words.get(code)
    if text is None:
        return None
    return text + " " + QCoreApplication.translate("CoreWords", "Nothing was imported.")


def _project(code: str, p: dict[str, Any]) -> str | None:
    name = p.get("name", "")
    if code == "missing":
        return _sub(
            QCoreApplication.translate("CoreWords", "The file %1 does not exist."),
            p.get("path", ""),
        )
    if code == "folder":
        return _sub(
            QCoreApplication.translate("CoreWords", "%1 is a folder, not a project file."),
            p.get("path", ""),
        )
    if code == "not-a-project":
        return _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 is not a content-audit project. Choose an .audit file or start a new audit.",
            ),
            name,
        )
    if code == "other-database":
        return _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 is a database, but not a content-audit project. The file was not changed.",
            ),
            name,
        )
    if code == "newer-version":
        return _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 was made with a newer version of content-audit (schema %2, this version "
                "knows %3). Update the program; the file was not changed.",
            ),
            name,
            p.get("schema", "?"),
            p.get("known", "?"),
        )
    if code == "read-only-place":
        return _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 is in a place that cannot be written to. Copy it to a folder of your own "
                "and open the copy.",
            ),
            name,
        )
    if code == "unreadable":
        return _sub(
            QCoreApplication.translate("CoreWords", "%1 cannot be read: %2."),
            name,
            p.get("detail", ""),
        )
    if code == "damaged":
        return _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 is damaged and will not be changed. Recover it into a new file (the app "
                "offers this now), or restore a safety copy.",
            ),
            name,
        )
    if code == "in-use":
        since = p.get("since", "")
        with contextlib.suppress(TypeError, ValueError):
            since = QLocale().toString(
                datetime.fromisoformat(since), QLocale.FormatType.ShortFormat
            )
        return _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 on computer %2 has had this project open since %3. It is on a network "
                "drive, where only one person at a time can safely work in a project. Ask them "
                "to close it and try again. (Nobody working in it any more, for instance after a "
                "failure? Then delete the file %4 next to the project.)",
            ),
            p.get("user", "?"),
            p.get("host", "?"),
            since,
            p.get("lock_file", ""),
        )
    return None


def _crawl_start(code: str, p: dict[str, Any]) -> str | None:
    item, name = p.get("item", ""), p.get("name", "")
    words = {
        "no-start": QCoreApplication.translate(
            "CoreWords", "Give at least one start address, folder, zip file or list."
        ),
        "bad-url": _sub(
            QCoreApplication.translate("CoreWords", "'%1' is not a usable web address."), item
        ),
        "not-found": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "'%1' is no web address (http:// or https://) and no folder or file either.",
            ),
            item,
        ),
        "empty": _sub(QCoreApplication.translate("CoreWords", "%1 holds no addresses."), name),
        "no-usable": _sub(
            QCoreApplication.translate("CoreWords", "%1 holds no usable web addresses."), name
        ),
        "unreadable": _sub(
            QCoreApplication.translate("CoreWords", "%1 cannot be read: %2"),
            name,
            p.get("detail", ""),
        ),
        "one-folder": QCoreApplication.translate("CoreWords", "One folder or zip file per crawl."),
        "crawl-busy": QCoreApplication.translate(
            "CoreWords",
            "This project is already being crawled. Wait until that crawl has finished, or stop "
            "it first; a new crawl then continues where it was.",
        ),
        "lock-failed": _sub(
            QCoreApplication.translate("CoreWords", "The lock file %1 could not be locked."), name
        ),
        "unknown-login-method": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "Unknown login method '%1'; choose none, basic, digest, ntlm or negotiate.",
            ),
            p.get("method", ""),
        ),
        "login-needs-user": _sub(
            QCoreApplication.translate("CoreWords", "Logging in with %1 needs a user name."),
            p.get("method", ""),
        ),
        "login-needs-password": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "No password for %1. Give it when asked, in the environment variable "
                "CONTENT_AUDIT_PASSWORD or in the system's keyring.",
            ),
            p.get("user", ""),
        ),
        "negotiate-needs-password": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "No password for %1. Leave the user name empty to log in as the signed-in "
                "Windows user.",
            ),
            p.get("user", ""),
        ),
        "cookies-unreadable": _sub(
            QCoreApplication.translate("CoreWords", "The cookie file %1 cannot be read: %2"),
            p.get("path", ""),
            p.get("detail", ""),
        ),
        "cookies-unrecognised": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "The cookie file %1 is not recognised. Expected a cookies.txt (Netscape format, "
                "as browser extensions export it) or one line such as 'name=value; "
                "name2=value2'.",
            ),
            p.get("path", ""),
        ),
    }
    path, url = p.get("path", ""), p.get("url", "")
    network = {
        "ca-missing": _sub(
            QCoreApplication.translate("CoreWords", "The certificate file %1 does not exist."),
            path,
        ),
        "ca-not-pem": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 is not a certificate in PEM format (a text file that starts with "
                "'-----BEGIN CERTIFICATE-----'). Export the root certificate as Base64 "
                "(.cer/.pem).",
            ),
            path,
        ),
        "ca-unreadable": _sub(
            QCoreApplication.translate("CoreWords", "The certificate file %1 cannot be read: %2."),
            path,
            p.get("detail", ""),
        ),
        "proxy-invalid": _sub(
            QCoreApplication.translate("CoreWords", "The proxy address %1 is not valid."), url
        ),
        "proxy-form": _sub(
            QCoreApplication.translate(
                "CoreWords", "Give the proxy as http://proxy.organisation.org:8080, not as %1."
            ),
            url,
        ),
        "proxy-login": QCoreApplication.translate(
            "CoreWords", "Do not put a user name or password in the proxy address."
        ),
    }
    if code in network:
        return network[code]
    if code == "settings":  # settings a library refused, in its own words
        return str(p.get("detail", "")) or None
    return words.get(code)


def _field_words(entity: str, field: str) -> str:
    words = {
        "decision": QCoreApplication.translate("CoreWords", "the decision"),
        "nav_node_id": QCoreApplication.translate("CoreWords", "the place in the navigation"),
        "reviewer_id": QCoreApplication.translate("CoreWords", "the reviewer"),
        "review_status": QCoreApplication.translate("CoreWords", "the review status"),
        "note": QCoreApplication.translate("CoreWords", "the note"),
        "merge_into": QCoreApplication.translate("CoreWords", "the page to merge into"),
        "new_url": QCoreApplication.translate("CoreWords", "the new URL"),
        "title": QCoreApplication.translate("CoreWords", "the name"),
        "name": QCoreApplication.translate("CoreWords", "the name"),
        "parent_id": QCoreApplication.translate("CoreWords", "the place"),
        "position": QCoreApplication.translate("CoreWords", "the order"),
        "email": QCoreApplication.translate("CoreWords", "the email address"),
        "department": QCoreApplication.translate("CoreWords", "the department"),
    }
    return words.get(field, field)


def _change(code: str, p: dict[str, Any]) -> str | None:
    """A change refused (ChangeError and its kinds: NavImportError, WordListError)."""
    if code == "changed-elsewhere":
        what = _field_words(str(p.get("entity", "")), str(p.get("field", "")))
        if p.get("entity") == "decision":
            text = QCoreApplication.translate(
                "CoreWords",
                "Not done: %1 of this page has been changed in the meantime. That change stays; "
                "check the page and change it again if needed.",
            )
        else:
            text = QCoreApplication.translate(
                "CoreWords",
                "Not done: %1 of this item has been changed in the meantime. That change stays; "
                "check it and change it again if needed.",
            )
        text = _sub(text, what)
        if p.get("who"):
            at = str(p.get("at") or "")
            with contextlib.suppress(TypeError, ValueError):
                at = QLocale().toString(datetime.fromisoformat(at), QLocale.FormatType.ShortFormat)
            text += " " + _sub(
                QCoreApplication.translate("CoreWords", "(Changed by %1, %2.)"), p["who"], at
            )
        return text
    words = {
        "merge-self": QCoreApplication.translate(
            "CoreWords", "A page cannot be merged with itself."
        ),
        "no-page": _sub(
            QCoreApplication.translate("CoreWords", "Page %1 does not exist in this project."),
            p.get("id", ""),
        ),
        "reviewer-needs-name": QCoreApplication.translate("CoreWords", "A reviewer needs a name."),
        "bad-email": _sub(
            QCoreApplication.translate("CoreWords", "'%1' is not a valid email address."),
            p.get("email", ""),
        ),
        "reviewer-has-packs": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "%1 still has review packs out and therefore cannot be removed. Assign the "
                "pages to someone else if needed.",
            ),
            p.get("name", ""),
        ),
        "nav-needs-name": QCoreApplication.translate(
            "CoreWords", "A navigation item needs a name."
        ),
        "name-too-long": _sub(
            QCoreApplication.translate("CoreWords", "A name may be at most %1 characters long."),
            p.get("max", ""),
        ),
        "under-itself": QCoreApplication.translate(
            "CoreWords", "An item cannot go under itself or one of its own sub-items."
        ),
        # reading a navigation tree file
        "empty-path-part": _sub(
            QCoreApplication.translate("CoreWords", "part of the path is empty (%1)."),
            p.get("text", ""),
        ),
        "mixed-indent": QCoreApplication.translate(
            "CoreWords", "tabs and spaces are mixed to indent."
        ),
        "no-name": QCoreApplication.translate("CoreWords", "there is no name on this line."),
        "odd-indent": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "an indent of %1 spaces does not fit the rest (%2 spaces per level).",
            ),
            p.get("spaces", ""),
            p.get("unit", ""),
        ),
        "skipped-level": _sub(
            QCoreApplication.translate(
                "CoreWords",
                "'%1' is indented further than the item above it (a level skipped).",
            ),
            p.get("title", ""),
        ),
        "no-headers": QCoreApplication.translate(
            "CoreWords",
            "no column headings found. Use a column 'path' (e.g. 'Work > Leave') or the "
            "columns 'level' and 'title'.",
        ),
        "level-not-number": _sub(
            QCoreApplication.translate(
                "CoreWords", "level '%1' is not a number (1 is the highest level)."
            ),
            p.get("value", ""),
        ),
        "level-too-low": QCoreApplication.translate("CoreWords", "level must be 1 or higher."),
        "level-gap": _sub(
            QCoreApplication.translate(
                "CoreWords", "'%1' has level %2, but there is no item of level %3 above it."
            ),
            p.get("title", ""),
            p.get("level", ""),
            int(p.get("level", 1)) - 1,
        ),
        "no-title": QCoreApplication.translate("CoreWords", "there is no title in this row."),
        "file-unreadable": _sub(
            QCoreApplication.translate("CoreWords", "%1 cannot be read: %2."),
            p.get("name", ""),
            p.get("detail", ""),
        ),
        "not-text": _sub(
            QCoreApplication.translate("CoreWords", "%1 is not a text or CSV file."),
            p.get("name", ""),
        ),
        "no-items": _sub(
            QCoreApplication.translate("CoreWords", "%1 holds no navigation items."),
            p.get("name", ""),
        ),
        # the own word list
        "bad-language": _sub(
            QCoreApplication.translate(
                "CoreWords", "Language '%1' is not supported; choose nl or en."
            ),
            p.get("language", ""),
        ),
        "no-word": QCoreApplication.translate(
            "CoreWords", "Fill in a word or phrase (with at least one letter)."
        ),
        "no-alternative": _sub(
            QCoreApplication.translate("CoreWords", "Fill in a simpler alternative for '%1'."),
            p.get("word", ""),
        ),
        "too-long": _sub(
            QCoreApplication.translate("CoreWords", "'%1…' is too long for the word list."),
            p.get("word", ""),
        ),
        "binary": QCoreApplication.translate(
            "CoreWords", "This is not a CSV file (it holds binary data)."
        ),
        "expected-pair": _sub(
            QCoreApplication.translate("CoreWords", "expected 'word%1alternative', found '%2'."),
            p.get("delimiter", ";"),
            p.get("found", ""),
        ),
    }
    found = words.get(code) or problem_text(code, p)  # a new URL's problems
    if found is not None and p.get("line") is not None:
        line = QCoreApplication.translate("CoreWords", "Line %1: %2")
        found = _sub(line, p["line"], found[:1].upper() + found[1:])
    return found


def error_text(exc: BaseException) -> str | None:
    """The error in the user's language, or None when it carries no code this app words (the
    caller then shows its Dutch sentence)."""
    env = environment_code(exc)
    if env is not None:
        return _environment(*env)
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", None)
    if not isinstance(code, str) or not isinstance(params, dict):
        return None
    from crawlers.start_items import CrawlStartError

    if isinstance(exc, CrawlStartError):
        return _crawl_start(code, params)
    if isinstance(exc, ChangeError):
        return _change(code, params)
    if isinstance(exc, CodedError):  # reading packs, a plan or new addresses
        return problem_text(code, params)
    if code in {"disk-full", "read-only", "busy", "corrupt", "not-a-database", "cant-open",
                "io-error", "no-permission"}:  # fmt: skip
        return _environment(code, params)
    return _views(code, params) or _project(code, params)


def progress_text(st: ProgressState) -> str:
    """What a job is busy with, from its code; a note without a code as it is."""
    p = st.params
    if st.code == "crawl":
        text = QCoreApplication.translate(
            "CoreWords", "%n fetched, %1 waiting", "", int(p.get("fetched", 0))
        ).replace("%1", QLocale().toString(int(p.get("queued", 0))))
        if p.get("case_insensitive"):
            text += ". " + QCoreApplication.translate(
                "CoreWords", "The server ignores capitals: variants count as one page"
            )
        return text
    if st.code == "score-words":
        return QCoreApplication.translate("CoreWords", "Checking words")
    if st.code == "score-texts":
        return QCoreApplication.translate("CoreWords", "Analysing texts")
    if st.code == "score-save":
        return QCoreApplication.translate("CoreWords", "Saving scores")
    if st.code in ("score-done", "done"):
        return QCoreApplication.translate("CoreWords", "Done")
    if st.code == "export-sheet":  # the sheet's name, in the workbook's language
        return _sub(QCoreApplication.translate("CoreWords", "Writing %1"), p.get("sheet", ""))
    if st.code == "export-csv":
        return QCoreApplication.translate("CoreWords", "Writing the CSV file")
    if st.code == "export-redirects":
        return QCoreApplication.translate("CoreWords", "Writing redirects")
    if st.code == "save":
        return QCoreApplication.translate("CoreWords", "Saving")
    if st.code == "read-packs":
        return QCoreApplication.translate("CoreWords", "Reading review packs")
    if st.code == "make-packs":
        return QCoreApplication.translate("CoreWords", "Making review packs")
    return st.message


def user_message(exc: BaseException) -> str:
    """An error as the app shows it: worded from its code when it has one this app knows, else
    the sentence core wrote (Dutch), else the exception's own text."""
    return error_text(exc) or environment_message(exc) or str(exc)
