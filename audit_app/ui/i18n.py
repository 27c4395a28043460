"""Loading the app's translations.

Source strings in the code are English; Dutch is the default language and ships as a compiled
Qt translation in resources/i18n. Qt's own strings (standard buttons, context menus) come from
the Qt installation's qtbase translation. English needs a small catalogue too: only the plural
forms ("%n page(s)" reads "1 page", "3 pages"), made with ``pyside6-lupdate -pluralonly``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CATALOG = "content_audit"

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for *language* ("nl" or "en"), replacing earlier ones."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        plurals = QTranslator(app)
        if plurals.load(f"{CATALOG}_en", str(I18N_DIR)):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return list(_installed)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    ours = QTranslator(app)
    if ours.load(f"{CATALOG}_{language}", str(I18N_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return list(_installed)


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (module-level tables of labels)."""
    return QCoreApplication.translate(context, text)
