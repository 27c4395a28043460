"""Dates and times the way the user's language writes them (QLocale), from stored ISO text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def long_date(iso: str | None) -> str:
    """ "14 februari 2012" (or "14 February 2012") from an ISO date; '?' when unknown."""
    if not iso:
        return "?"
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


def local_time(iso: str) -> str:
    """A stored UTC time in the user's time zone and short format ("5-12-2026 19:38")."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)
