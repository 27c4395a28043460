"""What the crawler recorded about a page, in the user's language: why it chose the page's
date, where each date was seen, and why a fetch failed.

The crawler stores the date reason and a fetch failure as a code with its facts
(crawlers.dates.choose_last_modified, crawlers.fetch_errors); this is the one place the app
words them, through Qt's translations. A project crawled before holds Dutch sentences: they are
shown as they are. The exports word the same codes in exporters/crawl_words.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from audit_app.ui.formats import long_date
from crawlers.fetch_errors import decode


def _number(value: Any) -> str:
    number = float(value)
    if number.is_integer():
        return QLocale().toString(int(number))
    return QLocale().toString(number, "g", 6)


def date_source_text(source: str | None) -> str:
    """Where a date was seen ("date visible on the page"); an unknown source as it is."""
    words = {
        "visible": QCoreApplication.translate("CrawlWords", "date visible on the page"),
        "meta": QCoreApplication.translate("CrawlWords", "date in the page's metadata"),
        "document": QCoreApplication.translate("CrawlWords", "date in the document's properties"),
        "http-header": QCoreApplication.translate("CrawlWords", "date the web server sends along"),
        "url": QCoreApplication.translate("CrawlWords", "date in the web address"),
        "content": QCoreApplication.translate("CrawlWords", "newest date in the text"),
    }
    return words.get(source or "", source or "")


def date_reason_text(raw: str | None) -> str:
    """Why the crawler chose the page's date; an older version's sentence as it is."""
    reason = decode(raw)
    if not isinstance(reason, dict):
        return reason or ""
    code = reason["code"]
    text = str(reason.get("text", ""))
    shared = ""
    if reason.get("shared_header"):
        shared = QCoreApplication.translate(
            "CrawlWords",
            "the web server sent %1, the same date as most pages (the files were copied or "
            "moved): that says nothing about this page",
        ).replace("%1", long_date(str(reason["shared_header"])))
    if code == "found":
        words = f"{date_source_text(reason.get('source'))} ({text})"
        if reason.get("source") == "url":
            words += "; " + QCoreApplication.translate(
                "CrawlWords", "often says when something was posted rather than changed"
            )
        return words
    if code == "published-only":
        return QCoreApplication.translate(
            "CrawlWords",
            "only a publication or creation date found (%1); the page may have changed since",
        ).replace("%1", text)
    if code == "newest-in-text":
        words = QCoreApplication.translate(
            "CrawlWords",
            "only the newest date in the text (%1); weak evidence: it may also be the date of a "
            "meeting or a law",
        ).replace("%1", text)
        return f"{shared}; {words}" if shared else words
    if code == "shared-header":
        return QCoreApplication.translate("CrawlWords", "date unknown: %1").replace("%1", shared)
    if code == "none":
        return QCoreApplication.translate("CrawlWords", "no date found")
    return str(code)


def _error_words(code: str, e: dict[str, Any]) -> str | None:
    def p(key: str) -> str:
        return _number(e[key]) if isinstance(e.get(key), int | float) else str(e.get(key, "?"))

    if code == "not-found":
        if e.get("status"):
            return QCoreApplication.translate("CrawlWords", "Not found (%1)").replace(
                "%1", p("status")
            )
        return QCoreApplication.translate("CrawlWords", "Not found")
    if code in ("server-error", "refused"):
        text = (
            QCoreApplication.translate("CrawlWords", "Server error (%1)")
            if code == "server-error"
            else QCoreApplication.translate("CrawlWords", "Request refused (%1)")
        )
        return text.replace("%1", p("status"))
    if code == "redirect-unusable":
        return QCoreApplication.translate(
            "CrawlWords", "Redirect to an unusable address (%1)"
        ).replace("%1", p("location"))
    if code == "too-many-redirects":
        return QCoreApplication.translate(
            "CrawlWords", "Too many redirects (more than %1)"
        ).replace("%1", p("max"))
    if code == "too-slow":
        return QCoreApplication.translate(
            "CrawlWords", "No complete answer within %1 seconds (server too slow)"
        ).replace("%1", p("seconds"))
    if code == "timeout":
        return QCoreApplication.translate(
            "CrawlWords", "Server does not answer within %1 seconds"
        ).replace("%1", p("seconds"))
    if code == "unexpected":
        return QCoreApplication.translate("CrawlWords", "Unexpected error: %1").replace(
            "%1", p("detail")
        )
    if code == "unreadable":
        return QCoreApplication.translate("CrawlWords", "Not readable: %1").replace(
            "%1", p("detail")
        )
    if code == "negotiate":  # the login library's own sentence
        return str(e.get("detail", code))
    plain = {
        "aborted": QCoreApplication.translate("CrawlWords", "Stopped before it was complete"),
        "offsite": QCoreApplication.translate(
            "CrawlWords", "Another website, outside the crawl: not fetched"
        ),
        "redirect-loop": QCoreApplication.translate("CrawlWords", "Redirect loop"),
        "login-failed": QCoreApplication.translate("CrawlWords", "Login failed (401)"),
        "login-required": QCoreApplication.translate(
            "CrawlWords", "Login required (401): choose a login method"
        ),
        "forbidden": QCoreApplication.translate("CrawlWords", "No access (403)"),
        "removed": QCoreApplication.translate("CrawlWords", "Removed (410)"),
        "too-many-requests": QCoreApplication.translate(
            "CrawlWords", "Too many requests, the server asks to wait (429)"
        ),
        "certificate": QCoreApplication.translate("CrawlWords", "Certificate not valid"),
        "bad-address": QCoreApplication.translate("CrawlWords", "Invalid address"),
        "unknown-host": QCoreApplication.translate("CrawlWords", "Unknown server name"),
        "connection-refused": QCoreApplication.translate("CrawlWords", "Connection refused"),
        "decode-failed": QCoreApplication.translate(
            "CrawlWords", "The content could not be unpacked"
        ),
        "connection-lost": QCoreApplication.translate("CrawlWords", "Connection lost"),
        "not-a-file-address": QCoreApplication.translate("CrawlWords", "Not a file address"),
        "outside-folder": QCoreApplication.translate(
            "CrawlWords", "Outside the chosen folder (not read)"
        ),
        "bad-path": QCoreApplication.translate("CrawlWords", "Invalid path"),
        "shortcut-outside": QCoreApplication.translate(
            "CrawlWords", "Shortcut to outside the chosen folder: not read"
        ),
        "broken-shortcut": QCoreApplication.translate("CrawlWords", "Not found (broken shortcut)"),
        "no-read-permission": QCoreApplication.translate("CrawlWords", "No permission to read"),
        "no-index": QCoreApplication.translate("CrawlWords", "No index file in this folder"),
        "not-a-regular-file": QCoreApplication.translate("CrawlWords", "Not a regular file"),
        "zip-link": QCoreApplication.translate(
            "CrawlWords", "Shortcut in the zip file: not followed"
        ),
        "zip-bomb": QCoreApplication.translate(
            "CrawlWords", "Suspiciously highly compressed (possibly a zip bomb): not read"
        ),
        "read-limit": QCoreApplication.translate("CrawlWords", "Read limit reached"),
        "loose-file": QCoreApplication.translate(
            "CrawlWords", "Single files can only be read through a folder."
        ),
    }
    return plain.get(code)


def fetch_error_text(raw: str | None) -> str:
    """Why a fetch failed; an older version's sentence as it is, an unknown code as the code."""
    error = decode(raw)
    if not isinstance(error, dict):
        return error or ""
    code = str(error["code"])
    words = _error_words(code, error) or code
    retries = error.get("retries")
    if code in ("too-many-requests", "server-error") and isinstance(retries, int) and retries:
        words += QCoreApplication.translate("CrawlWords", ", even after %n retries", "", retries)
    if error.get("during") == "read":
        words += " " + QCoreApplication.translate("CrawlWords", "(while reading)")
    return words


def stop_detail_text(detail: dict[str, Any] | None) -> str | None:
    """Why a crawl stopped early, from the crawler's code (CrawlSummary.stop_detail); None
    when there is no code (the caller shows the crawler's Dutch sentence)."""
    if not detail:
        return None
    code = detail.get("code")
    size = QLocale().formattedDataSize(int(detail.get("bytes") or 0))
    if code == "read-files":
        return QCoreApplication.translate(
            "CrawlWords", "read limit reached: %n files read", "", int(detail.get("files") or 0)
        )
    if code == "read-bytes":
        return QCoreApplication.translate("CrawlWords", "read limit reached: %1 read").replace(
            "%1", size
        )
    if code == "zip-bomb":
        return (
            QCoreApplication.translate(
                "CrawlWords",
                "read limit reached: the zip file unpacks to more than %1 times its own size "
                "(%2), possibly a zip bomb. Unpack it yourself if that is right",
            )
            .replace("%1", _number(detail.get("factor", 0)))
            .replace("%2", size)
        )
    if code == "interrupted":
        if detail.get("error"):
            return QCoreApplication.translate("CrawlWords", "interrupted: %1").replace(
                "%1", str(detail["error"])
            )
        return QCoreApplication.translate("CrawlWords", "interrupted")
    if code == "cancelled":
        return QCoreApplication.translate("CrawlWords", "stopped by you")
    if code == "time-limit":
        return QCoreApplication.translate("CrawlWords", "time limit of %1 seconds reached").replace(
            "%1", _number(detail.get("seconds", 0))
        )
    if code == "page-limit":
        return QCoreApplication.translate(
            "CrawlWords", "limit of %n pages reached", "", int(detail.get("max") or 0)
        )
    return None
