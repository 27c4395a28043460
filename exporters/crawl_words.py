"""What the crawler recorded about a page, in Dutch and English: why it chose the page's date
and why a fetch failed.

The crawler stores both as a code with its facts (crawlers.dates.choose_last_modified,
crawlers.fetch_errors); the workbook and the inventory word them here. Projects crawled before
hold a Dutch sentence: it is shown as it is. The app words the same codes through Qt's
translations (audit_app/ui/crawl_words.py).
"""

from __future__ import annotations

import json
from typing import Any

from exporters.labels import LANGS, Lang

# key -> (nl, en)
_TEXT: dict[str, tuple[str, str]] = {
    # the date the crawler chose, and why
    "source.visible": ("zichtbare datum op de pagina", "date visible on the page"),
    "source.meta": ("datum in de metagegevens van de pagina", "date in the page's metadata"),
    "source.document": (
        "datum in de eigenschappen van het document",
        "date in the document's properties",
    ),
    # its text is the header's name: "datum die de webserver meestuurt (Last-Modified)"
    "source.http-header": ("datum die de webserver meestuurt", "date the web server sends along"),
    "source.url": ("datum in het webadres", "date in the web address"),
    "source.content": ("nieuwste datum in de tekst", "newest date in the text"),
    "url-note": (
        "; zegt vaak eerder wanneer iets geplaatst is dan gewijzigd",
        "; often says when something was posted rather than changed",
    ),
    "published-only": (
        "alleen een publicatie- of aanmaakdatum gevonden ({text}); de pagina kan later nog "
        "gewijzigd zijn",
        "only a publication or creation date found ({text}); the page may have changed since",
    ),
    "newest-in-text": (
        "alleen de nieuwste datum in de tekst ({text}); zwak bewijs: het kan ook een vergader- "
        "of wetsdatum zijn",
        "only the newest date in the text ({text}); weak evidence: it may also be the date of "
        "a meeting or a law",
    ),
    "shared": (
        "de webserver gaf {date} mee, dezelfde datum als de meeste pagina's (een kopie of "
        "verhuizing van de bestanden): dat zegt niets over deze pagina",
        "the web server sent {date}, the same date as most pages (the files were copied or "
        "moved): that says nothing about this page",
    ),
    "shared-header": ("datum onbekend: {shared}", "date unknown: {shared}"),
    "none": ("geen datum gevonden", "no date found"),
    # why a fetch failed (crawlers/fetch_errors.py)
    "error.aborted": ("Afgebroken", "Stopped before it was complete"),
    "error.offsite": (
        "Andere website, buiten het bereik van de crawl: niet opgehaald",
        "Another website, outside the crawl: not fetched",
    ),
    "error.redirect-unusable": (
        "Doorverwijzing naar een onbruikbaar adres ({location})",
        "Redirect to an unusable address ({location})",
    ),
    "error.redirect-loop": ("Doorverwijzing in een kringetje", "Redirect loop"),
    "error.too-many-redirects": (
        "Te veel doorverwijzingen (meer dan {max})",
        "Too many redirects (more than {max})",
    ),
    "error.login-failed": ("Inloggen mislukt (401)", "Login failed (401)"),
    "error.login-required": (
        "Inloggen vereist (401): stel een inlogmethode in",
        "Login required (401): choose a login method",
    ),
    "error.forbidden": ("Geen toegang (403)", "No access (403)"),
    "error.not-found": ("Niet gevonden", "Not found"),
    "error.not-found.status": ("Niet gevonden ({status})", "Not found ({status})"),
    "error.removed": ("Verwijderd (410)", "Removed (410)"),
    "error.too-many-requests": (
        "Te veel verzoeken, de server vraagt om te wachten (429)",
        "Too many requests, the server asks to wait (429)",
    ),
    "error.server-error": ("Serverfout ({status})", "Server error ({status})"),
    "error.refused": ("Verzoek geweigerd ({status})", "Request refused ({status})"),
    "error.too-slow": (
        "Geen volledig antwoord binnen {seconds} seconden (server te traag)",
        "No complete answer within {seconds} seconds (server too slow)",
    ),
    "error.certificate": ("Certificaat niet geldig", "Certificate not valid"),
    "error.timeout": (
        "Server reageert niet binnen {seconds} seconden",
        "Server does not answer within {seconds} seconds",
    ),
    "error.bad-address": ("Ongeldig adres", "Invalid address"),
    "error.unknown-host": ("Naam van de server onbekend", "Unknown server name"),
    "error.connection-refused": ("Verbinding geweigerd", "Connection refused"),
    "error.decode-failed": (
        "Inhoud kon niet worden uitgepakt",
        "The content could not be unpacked",
    ),
    "error.connection-lost": ("Verbinding verbroken", "Connection lost"),
    "error.unexpected": ("Onverwachte fout: {detail}", "Unexpected error: {detail}"),
    "error.not-a-file-address": ("Geen bestandsadres", "Not a file address"),
    "error.outside-folder": (
        "Buiten de gekozen map (niet gelezen)",
        "Outside the chosen folder (not read)",
    ),
    "error.bad-path": ("Ongeldig pad", "Invalid path"),
    "error.shortcut-outside": (
        "Snelkoppeling naar buiten de gekozen map: niet gelezen",
        "Shortcut to outside the chosen folder: not read",
    ),
    "error.broken-shortcut": (
        "Niet gevonden (kapotte snelkoppeling)",
        "Not found (broken shortcut)",
    ),
    "error.no-read-permission": ("Geen leesrechten", "No permission to read"),
    "error.unreadable": ("Niet leesbaar: {detail}", "Not readable: {detail}"),
    "error.no-index": ("Geen indexbestand in deze map", "No index file in this folder"),
    "error.not-a-regular-file": ("Geen gewoon bestand", "Not a regular file"),
    "error.zip-link": (
        "Snelkoppeling in het zip-bestand: niet gevolgd",
        "Shortcut in the zip file: not followed",
    ),
    "error.zip-bomb": (
        "Verdacht sterk ingepakt (mogelijk een zip-bom): niet gelezen",
        "Suspiciously highly compressed (possibly a zip bomb): not read",
    ),
    "error.read-limit": ("Leeslimiet bereikt", "Read limit reached"),
    "error.loose-file": (
        "Losse bestanden kunnen alleen via een map.",
        "Single files can only be read through a folder.",
    ),
    "retries": (", ook na {n} nieuwe pogingen", ", even after {n} retries"),
    "retries.one": (", ook na 1 nieuwe poging", ", even after 1 retry"),
    "during-read": (" (tijdens het lezen)", " (while reading)"),
}


def _words(lang: Lang, key: str, **fmt: object) -> str:
    return _TEXT[key][LANGS.index(lang)].format(**fmt)


def _number(lang: Lang, value: Any) -> str:
    """0.5 reads 0,5 in Dutch; 10.0 reads 10."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",") if lang == "nl" else str(value)


def load_coded(raw: str | None) -> dict[str, Any] | str | None:
    """A stored date reason or fetch error: a dict with its code, or an older version's
    sentence as it is."""
    if not raw:
        return None
    if raw.startswith("{"):
        try:
            value = json.loads(raw)
        except ValueError:
            return raw
        if isinstance(value, dict) and isinstance(value.get("code"), str):
            return value
    return raw


def date_source_text(lang: Lang, source: str | None) -> str:
    """Where a date was seen, in words (the reasons' long form)."""
    key = f"source.{source}"
    return _words(lang, key) if key in _TEXT else str(source or "")


def date_reason_text(lang: Lang, raw: str | None) -> str | None:
    """Why the crawler chose the page's date, in words; an older sentence as it is."""
    reason = load_coded(raw)
    if not isinstance(reason, dict):
        return reason
    code = str(reason.get("code"))
    text = str(reason.get("text", ""))
    shared = (
        _words(lang, "shared", date=reason["shared_header"]) if reason.get("shared_header") else ""
    )
    if code == "found":
        words = f"{date_source_text(lang, reason.get('source'))} ({text})"
        return words + (_words(lang, "url-note") if reason.get("source") == "url" else "")
    if code == "published-only":
        return _words(lang, "published-only", text=text)
    if code == "newest-in-text":
        words = _words(lang, "newest-in-text", text=text)
        return f"{shared}; {words}" if shared else words
    if code == "shared-header":
        return _words(lang, "shared-header", shared=shared)
    if code == "none":
        return _words(lang, "none")
    return code


def fetch_error_text(lang: Lang, raw: str | None) -> str | None:
    """Why a fetch failed, in words; an older version's sentence as it is, an unknown code as
    the code."""
    error = load_coded(raw)
    if not isinstance(error, dict):
        return error
    code = str(error["code"])
    if code == "negotiate":  # the login library's own sentence
        words = str(error.get("detail", code))
    elif code == "not-found" and error.get("status"):
        words = _words(lang, "error.not-found.status", status=error["status"])
    elif f"error.{code}" in _TEXT:
        fmt = {k: _number(lang, v) for k, v in error.items() if k != "code"}
        try:
            words = _words(lang, f"error.{code}", **fmt)
        except KeyError:
            words = code
    else:
        words = code
    retries = error.get("retries")
    if code in ("too-many-requests", "server-error") and isinstance(retries, int) and retries:
        words += _words(lang, "retries.one" if retries == 1 else "retries", n=retries)
    if error.get("during") == "read":
        words += _words(lang, "during-read")
    return words
