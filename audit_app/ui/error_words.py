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

from audit_app.core.db_errors import environment_code, environment_message
from audit_app.core.progress import ProgressState


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
    if code == "settings":  # settings a library refused, in its own words
        return str(p.get("detail", "")) or None
    return words.get(code)


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
    if code in {"disk-full", "read-only", "busy", "corrupt", "not-a-database", "cant-open",
                "io-error", "no-permission"}:  # fmt: skip
        return _environment(code, params)
    return _project(code, params)


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
    if st.code == "score-done":
        return QCoreApplication.translate("CoreWords", "Done")
    return st.message


def user_message(exc: BaseException) -> str:
    """An error as the app shows it: worded from its code when it has one this app knows, else
    the sentence core wrote (Dutch), else the exception's own text."""
    return error_text(exc) or environment_message(exc) or str(exc)
