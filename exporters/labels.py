"""Every word an export shows, in Dutch and English, in one table.

Exports are read by project groups, not engineers, so codes stored in the project ("keep",
"gt5", "http-header") appear as words. Review pack import reads the words back, in either
language, so a pack exported in English can be returned too.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

# key -> (nl, en)
_TEXT: dict[str, tuple[str, str]] = {
    # sheets
    "sheet.plan": ("Migratieplan", "Migration plan"),
    "sheet.nav": ("Navigatie", "Navigation"),
    "sheet.planning": ("Planning", "Planning"),
    "sheet.summary": ("Samenvatting", "Summary"),
    "sheet.redirects": ("Redirects", "Redirects"),
    "sheet.broken": ("Kapotte links", "Broken links"),
    "sheet.lists": ("Lijsten", "Lists"),
    "sheet.pack": ("Beoordelen", "Review"),
    "sheet.reviewer": ("Reviewer", "Reviewer"),
    # plan columns
    "col.id": ("ID", "ID"),
    "col.url": ("Oude URL", "Old URL"),
    "col.title": ("Titel", "Title"),
    "col.section": ("Oude sectie", "Old section"),
    "col.kind": ("Soort", "Kind"),
    "col.last_modified": ("Laatst gewijzigd", "Last modified"),
    "col.date_source": ("Bron datum", "Date source"),
    "col.age_band": ("Leeftijd", "Age"),
    "col.readability": ("Leesbaarheid", "Readability"),
    "col.readability_band": ("Leesbaarheidsniveau", "Readability band"),
    "col.words": ("Woorden", "Words"),
    "col.inlinks": ("Links hierheen", "Inlinks"),
    "col.views": ("Paginaweergaven", "Page views"),
    "col.duplicate_of": ("Dubbel van", "Duplicate of"),
    "col.suggestion": ("Suggestie", "Suggestion"),
    "col.reasons": ("Reden suggestie", "Reason"),
    "col.hard_words": ("Moeilijke woorden (vervang door)", "Hard words (replace with)"),
    "col.decision": ("Besluit", "Decision"),
    "col.nav_home": ("Nieuwe plek in navigatie", "New navigation home"),
    "col.merge_into": ("Samenvoegen met", "Merge into"),
    "col.new_url": ("Nieuwe URL", "New URL"),
    "col.reviewer": ("Reviewer", "Reviewer"),
    "col.status": ("Status", "Status"),
    "col.note": ("Notities", "Notes"),
    # navigation sheet
    "nav.node": ("Navigatie-item", "Navigation item"),
    "nav.path": ("Volledig pad", "Full path"),
    "nav.level": ("Niveau", "Level"),
    "nav.none": ("(geen plek in de navigatie)", "(no navigation home)"),
    "nav.direct": ("Direct op dit item", "Directly on this item"),
    "count.total": ("Totaal", "Total"),
    "count.undecided": ("Onbeslist", "Undecided"),
    # management report
    "report.title": ("Content-audit {project}", "Content audit {project}"),
    "report.made": ("Gemaakt op {date} met content-audit.", "Made on {date} with content-audit."),
    "report.baseline": ("Nulmeting: het oude intranet", "Baseline: the old intranet"),
    "report.plan": ("Het plan", "The plan"),
    "report.pages": ("pagina's en documenten", "pages and documents"),
    "report.documents": ("waarvan documenten", "of which documents"),
    "report.duplicates": ("(bijna-)kopieën", "(near) copies"),
    "report.broken": ("kapotte adressen", "broken addresses"),
    "report.decided": ("met een besluit", "decided"),
    "report.missing": ("oude adressen nog zonder doel", "old addresses without a target yet"),
    "report.missing_note": (
        "{n} oude adressen hebben nog geen doel na de overstap; de lijst komt bij elke "
        "redirect-export mee (…-zonder-doel.csv).",
        "{n} old addresses have no target after the switch yet; the list comes with every "
        "redirect export (…-zonder-doel.csv).",
    ),
    # since the previous crawl
    "sheet.recrawl": ("Sinds vorige crawl", "Since last crawl"),
    "recrawl.one": (
        "Er is nog maar één crawl. Crawl het oude intranet opnieuw om te zien wat er sindsdien "
        "nieuw, gewijzigd, verdwenen of verplaatst is.",
        "There is only one crawl so far. Crawl the old intranet again to see what is new, "
        "changed, gone or moved since.",
    ),
    "recrawl.title": (
        "Vergeleken: de crawl van {previous} met die van {latest}",
        "Compared: the crawl of {previous} with the one of {latest}",
    ),
    "recrawl.what": ("Wat", "What"),
    "recrawl.detail": ("Datum of nieuwe plek", "Date or new place"),
    "recrawl.again": ("Besluit opnieuw bekijken", "Look at the decision again"),
    "recrawl.yes": ("ja", "yes"),
    "recrawl.none": ("Niets veranderd.", "Nothing changed."),
    "recrawl.new": ("nieuw", "new"),
    "recrawl.changed": ("gewijzigd", "changed"),
    "recrawl.gone": ("verdwenen", "gone"),
    "recrawl.moved": ("verplaatst", "moved"),
    # planning
    "plan.keep": ("Te verplaatsen", "To move"),
    "plan.rewrite": ("Te herschrijven", "To rewrite"),
    "plan.merge": ("Samen te voegen", "To merge"),
    "plan.total": ("Totaal", "Total"),
    "plan.todo": ("Nog te beoordelen", "Still to review"),
    "plan.reviewers": ("Reviewers (aantal pagina's)", "Reviewers (pages)"),
    "plan.owners": ("Eigenaren op de oude site", "Owners on the old site"),
    # summary
    "sum.by_decision": ("Aantal per besluit", "Count by decision"),
    "sum.by_section": ("Per oude sectie (hoofdniveau)", "By old section (top level)"),
    "sum.by_age": ("Per leeftijd", "By age"),
    "sum.by_readability": ("Per leesbaarheidsniveau", "By readability band"),
    "sum.count": ("Aantal", "Count"),
    "sum.share": ("Aandeel", "Share"),
    "sum.no_section": ("(geen sectie)", "(no section)"),
    "sum.unknown": ("(onbekend)", "(unknown)"),
    # redirects
    "red.old": ("Oude URL", "Old URL"),
    "red.new": ("Nieuwe URL", "New URL"),
    "red.status": ("HTTP-status", "HTTP status"),
    "red.via": ("Via", "Via"),
    "red.page": ("Pagina", "Page"),
    "red.alias": ("Alias", "Alias"),
    "red.no_home": ("Nog geen plek in de navigatie", "No navigation home yet"),
    "red.note": ("Toelichting", "Note"),
    "red.why.no-home": (
        "Geen doel: nog geen nieuwe URL en geen plek in de navigatie",
        "No target: no new URL and no navigation home yet",
    ),
    "red.why.no-merge-target": (
        "Geen doel: samenvoegen, maar met welke pagina staat er niet bij",
        "No target: merged, but into which page is not given",
    ),
    "red.why.loop": (
        "Geen doel: de verwijzingen komen bij zichzelf uit",
        "No target: the redirects lead back to themselves",
    ),
    "red.why.undecided": ("Geen doel: nog onbeslist", "No target: still undecided"),
    "red.how.page": ("eigen nieuwe URL", "own new URL"),
    "red.how.node": ("plek in de navigatie", "navigation home"),
    "red.how.merge": ("samengevoegd", "merged"),
    "red.how.original": ("naar het origineel", "to the original"),
    "red.how.section": ("naar de sectiepagina", "to the section page"),
    "red.gone": ("verwijderd of gearchiveerd (410)", "deleted or archived (410)"),
    # broken links
    "broken.url": ("Kapotte link", "Broken link"),
    "broken.status": ("Status of fout", "Status or error"),
    "broken.count": ("Aantal pagina's", "Number of pages"),
    "broken.pages": ("Staat op pagina's", "Found on pages"),
    "broken.more": ("… en nog {n}", "… and {n} more"),
    # files sheet: images and other files, not pages (issue 10)
    "sheet.files": ("Bestanden", "Files"),
    "files.url": ("Bestand", "File"),
    "files.type": ("Type", "Type"),
    "files.size": ("Grootte (kB)", "Size (KB)"),
    "files.pages": ("Aantal pagina's", "Number of pages"),
    "files.missing_alt": ("Keer zonder alt-tekst", "Times without alt text"),
    "files.missing_pages": ("Zonder alt-tekst op pagina's", "Without alt text on pages"),
    # review pack
    "sheet.help": ("Uitleg", "How to"),
    "help.title": ("Reviewpakket voor {name}", "Review pack for {name}"),
    "help.project": ("Project: {project}", "Project: {project}"),
    "help.pages": (
        "{n} pagina's en documenten om te beoordelen.",
        "{n} pages and documents to review.",
    ),
    "help.pages_one": (
        "1 pagina of document om te beoordelen.",
        "1 page or document to review.",
    ),
    "help.return_both": (
        "Stuur dit bestand uiterlijk {deadline} ingevuld terug naar {to}.",
        "Please send this file back to {to} by {deadline}.",
    ),
    "help.return_to": (
        "Stuur dit bestand ingevuld terug naar {to}.",
        "Please send this file back to {to} when done.",
    ),
    "help.return_by": (
        "Lever dit bestand uiterlijk {deadline} ingevuld in.",
        "Please hand in this file by {deadline}.",
    ),
    "help.how": ("Zo werkt het", "How it works"),
    "help.1": (
        "Open het tabblad '{sheet}'. Elke rij is één pagina of document; klik op de oude URL "
        "om de pagina te bekijken.",
        "Open the '{sheet}' sheet. Each row is one page or document; click the old URL to "
        "look at the page.",
    ),
    "help.2": (
        "Kies in de kolom Besluit: {choices}.",
        "Pick a decision in the Decision column: {choices}.",
    ),
    "help.merge": (
        "Samenvoegen: vul bij 'Samenvoegen met' de oude URL of het ID in van de pagina waarin "
        "deze opgaat. Archiveren: de pagina gaat niet mee naar het nieuwe intranet, maar wordt "
        "wel bewaard (Archiefwet).",
        "Merge: put the old URL or ID of the page it goes into under 'Merge into'. Archive: the "
        "page does not move to the new intranet but is kept (records law).",
    ),
    "help.3": (
        "Kies bij behouden en herschrijven in de kolom 'Nieuwe plek in navigatie' waar de "
        "pagina komt te staan.",
        "For keep and rewrite, pick the page's place in the 'New navigation home' column.",
    ),
    "help.4": (
        "Zet de Status op 'beoordeeld' als u klaar bent, of op 'bespreken' als u erover wilt "
        "praten. Opmerkingen typt u in Notities.",
        "Set the Status to 'reviewed' when done, or to 'discuss' to talk it over. Remarks go "
        "in Notes.",
    ),
    "help.5": (
        "Alleen de gele kolommen vult u in; de grijze kolommen zijn vergrendeld. De Suggestie "
        "komt van het programma, met de reden ernaast: u beslist.",
        "Only the yellow columns are yours to fill in; the grey columns are locked. The "
        "Suggestion comes from the program, with its reason next to it: you decide.",
    ),
    "help.6": (
        "Sla het bestand op als Excel-werkmap (.xlsx), niet als CSV, en stuur het terug.",
        "Save the file as an Excel workbook (.xlsx), not as CSV, and send it back.",
    ),
    "help.fill": ("Invullen", "Fill in"),
    "help.locked": ("Vergrendeld", "Locked"),
}

# group -> code -> (nl, en)
_VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "decision": {
        "keep": ("behouden", "keep"),
        "rewrite": ("herschrijven", "rewrite"),
        "merge": ("samenvoegen", "merge"),
        "archive": ("archiveren", "archive"),
        "delete": ("verwijderen", "delete"),
    },
    "status": {
        "todo": ("te doen", "to do"),
        "reviewed": ("beoordeeld", "reviewed"),
        "discuss": ("bespreken", "discuss"),
    },
    "kind": {
        "page": ("pagina", "page"),
        "document": ("document", "document"),
        "other": ("overig", "other"),
    },
    "age_band": {
        "lt1": ("jonger dan 1 jaar", "under 1 year"),
        "1-2": ("1 tot 2 jaar", "1 to 2 years"),
        "2-5": ("2 tot 5 jaar", "2 to 5 years"),
        "gt5": ("ouder dan 5 jaar", "over 5 years"),
        "unknown": ("onbekend", "unknown"),
    },
    "date_source": {
        "http-header": ("HTTP-header", "HTTP header"),
        "meta": ("metatag", "meta tag"),
        "visible": ("zichtbaar op de pagina", "visible on the page"),
        "url": ("in de URL", "in the URL"),
        "document": ("documenteigenschappen", "document properties"),
        "content": ("nieuwste datum in de tekst", "newest date in the text"),
    },
    "readability_band": {
        "very-easy": ("zeer makkelijk", "very easy"),
        "easy": ("makkelijk", "easy"),
        "fairly-easy": ("vrij makkelijk", "fairly easy"),
        "standard": ("normaal", "standard"),
        "fairly-difficult": ("vrij moeilijk", "fairly difficult"),
        "difficult": ("moeilijk", "difficult"),
        "very-difficult": ("zeer moeilijk", "very difficult"),
    },
    # what the scorer flagged on a page (audit_app/core/scoring/signals.py)
    "signal": {
        "orphan": ("geen links naar deze pagina", "no links to this page"),
        "broken-links": ("kapotte links op de pagina", "broken links on the page"),
        "thin": ("weinig tekst", "little text"),
        "no-title": ("geen titel", "no title"),
        "no-h1": ("geen kop (H1)", "no heading (H1)"),
        "no-owner": ("geen eigenaar", "no owner"),
        "old-document": ("oud document", "old document"),
        "unknown-date": ("datum onbekend", "date unknown"),
        "low-date-confidence": ("datum onzeker", "date uncertain"),
        "duplicate": ("kopie van een andere pagina", "copy of another page"),
        "no-views": ("niet bezocht", "not visited"),
    },
}


MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


def long_date(lang: Lang, day: date) -> str:
    """'18 december 2026' / 'December 18, 2026': how a deadline reads in a letter."""
    if lang == "nl":
        return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"
    return day.strftime("%B ") + f"{day.day}, {day.year}"


def text(lang: Lang, key: str, **fmt: object) -> str:
    words = _TEXT[key][LANGS.index(lang)]
    return words.format(**fmt) if fmt else words


def value(lang: Lang, group: str, code: str | None) -> str | None:
    """The word for a stored code; unknown codes show as they are rather than vanish."""
    if code is None:
        return None
    pair = _VALUES[group].get(code)
    return code if pair is None else pair[LANGS.index(lang)]


def choices(lang: Lang, group: str) -> list[str]:
    return [pair[LANGS.index(lang)] for pair in _VALUES[group].values()]


def codes(group: str) -> tuple[str, ...]:
    return tuple(_VALUES[group])


def parse_value(group: str, word: str) -> str | None:
    """The code for a word in any language (or the code itself); None if unknown."""
    needle = word.strip().casefold()
    for code, pair in _VALUES[group].items():
        if needle == code.casefold() or needle in (w.casefold() for w in pair):
            return code
    return None


def header_variants(key: str) -> set[str]:
    """All spellings of a column header, for finding columns by header in any language."""
    return {w.casefold() for w in _TEXT[key]}


# a row that stands for a whole calendar family or paged list (pages.family_*), after its title
_FAMILY: dict[tuple[str, bool], tuple[str, str, str, str]] = {
    # (kind, skipped) -> (nl one, nl many, en one, en many)
    ("calendar", True): (
        "Kalender, {n} variant, overige overgeslagen",
        "Kalender, {n} varianten, overige overgeslagen",
        "Calendar, {n} variant, the rest skipped",
        "Calendar, {n} variants, the rest skipped",
    ),
    ("calendar", False): (
        "Kalender, {n} variant",
        "Kalender, {n} varianten",
        "Calendar, {n} variant",
        "Calendar, {n} variants",
    ),
    # a paged list (?page=2 …): one row for all its pages
    ("paged", False): (
        "Lijst, {n} pagina",
        "Lijst, {n} pagina's",
        "List, {n} page",
        "List, {n} pages",
    ),
    ("paged", True): (
        "Lijst, {n} pagina",
        "Lijst, {n} pagina's",
        "List, {n} page",
        "List, {n} pages",
    ),
}


def family(lang: Lang, kind: str | None, variants: int | None, skipped: bool | None) -> str | None:
    """ "Kalender, 24 varianten, overige overgeslagen" for a family row; None for other rows."""
    if not kind:
        return None
    n = int(variants or 1)
    forms = _FAMILY.get((kind, bool(skipped)), _FAMILY[("calendar", bool(skipped))])
    return forms[LANGS.index(lang) * 2 + (n != 1)].format(n=n)


_TEXT.update(
    {
        # under the summary's total: why the app's table counts more rows than the plan
        "sum.not_in_plan": (
            "Niet in het plan: {n} kapotte, verdwenen of overgeslagen adressen zonder besluit"
            " (de tabel in het programma telt er {table})",
            "Not in the plan: {n} broken, gone or skipped addresses without a decision"
            " (the table in the app counts {table})",
        ),
    }
)
