"""Problems found while reading review packs, an edited plan or a list of new addresses: a code
with its facts, and the Dutch sentence the CLI prints.

Reading code records a problem with :func:`issue` (an ImportIssue with its code and params) or
raises an error made by :func:`coded` (ImportRefused, NewUrlsError, PackError): ``str()`` stays
the Dutch sentence for the CLI and the log; the app words the code in the user's language
(audit_app/ui/import_words.py). Never compare these sentences: compare the code.
"""

from __future__ import annotations

from typing import Any, TypeVar

from exporters.review_plan import CodedError, ImportIssue

# code -> Dutch sentence, with {param} for the facts
NL: dict[str, str] = {
    # any file
    "missing-file": "het bestand bestaat niet.",
    "formula": "deze cel bevat een formule ({formula}), geen waarde. Typ of kies de waarde zelf "
    "(of plak als waarde).",
    "error-value": "deze cel bevat een foutwaarde ({value}). Typ of kies de waarde zelf.",
    # review packs: the file
    "pack-not-xlsx": "dit is geen Excel-werkmap (.xlsx). Lever het reviewpakket aan zoals het is "
    "verstuurd; een als CSV opgeslagen of hernoemd bestand werkt niet.",
    "not-a-pack": "dit is geen reviewpakket van content-audit.",
    "pack-damaged": "het reviewpakket is beschadigd (verborgen gegevens ontbreken of zijn "
    "gewijzigd).",
    "pack-newer": "dit reviewpakket is gemaakt met een nieuwere versie van content-audit.",
    "pack-old": "dit reviewpakket is gemaakt met een oudere versie van content-audit en is niet "
    "ondertekend. Maak de reviewpakketten opnieuw (content-audit review-packs) en stuur ze "
    "opnieuw rond.",
    "pack-unreadable": "het reviewpakket is beschadigd en kan niet worden gelezen.",
    "pack-other-project": "dit reviewpakket hoort bij een ander project ({project}). Er is niets "
    "ingelezen.",
    "pack-bad-signature": "de handtekening van dit reviewpakket klopt niet: het is buiten "
    "content-audit gewijzigd (kenmerk, reviewer of lijst met pagina's). Er is niets ingelezen; "
    "gebruik het reviewpakket zoals het is verstuurd.",
    "pack-unknown-token": "dit reviewpakket is niet in dit project gemaakt (onbekend kenmerk).",
    "pack-twice": "dit is hetzelfde reviewpakket als {other}.",
    "column-twice": "deze kolom staat er twee keer in.",
    "column-missing": "deze kolom ontbreekt (verwijderd of hernoemd). Gebruik het "
    "oorspronkelijke reviewpakket of zet de kolom terug.",
    # review packs: a row
    "pack-bad-id": "ongeldige of lege ID ({value}).",
    "id-not-in-pack": "onbekende ID {id}: deze pagina zit niet in dit reviewpakket.",
    "id-twice-in-pack": "ID {id} staat twee keer in het reviewpakket (ook in rij {first}).",
    "bad-decision": "ongeldig besluit '{value}'. Kies {choices}.",
    "bad-status": "ongeldige status '{value}'. Kies te doen, beoordeeld of bespreken.",
    "pack-unknown-nav": "onbekende plek in de navigatie '{value}'. Kies een plek uit de lijst.",
    "merge-needs-target": "kies bij samenvoegen de pagina waarin deze opgaat (oude URL of ID).",
    "pack-unknown-page": "onbekende pagina '{value}'. Geef een oude URL of ID.",
    "merge-self": "een pagina kan niet met zichzelf samengaan.",
    "page-in-other-pack": "pagina {id} staat ook in {other} met een andere waarde.",
    "page-gone": "pagina {id} bestaat niet meer in het project.",
    # an edited migration plan
    "plan-not-xlsx": "dit is geen Excel-werkmap (.xlsx), of hij is beschadigd.",
    "plan-old": "dit is geen migratieplan van content-audit (of het is gemaakt met een oudere "
    "versie). Exporteer het plan opnieuw.",
    "not-a-plan": "dit is geen migratieplan van content-audit.",
    "plan-other-project": "dit plan hoort bij een ander project.",
    "plan-sheet-missing": "het tabblad met het plan ontbreekt.",
    "plan-damaged": "het plan is beschadigd.",
    "id-column-missing": "de kolom ID ontbreekt; zet hem terug.",
    "plan-bad-id": "ongeldige ID ({value}).",
    "id-twice": "ID {id} staat ook in rij {first}.",
    "bad-value": "ongeldige waarde '{value}'. Kies {choices}.",
    "unknown-nav": "onbekende plek in de navigatie '{value}'.",
    "unknown-page": "onbekende pagina '{value}'.",
    "unknown-reviewer": "onbekende reviewer '{value}'.",
    "plan-page-gone": "pagina {id} bestaat niet meer.",
    # a new address (audit_app.core.changes.new_url_code)
    "new-url-empty": "Een nieuwe URL is een adres, bijvoorbeeld "
    "https://intranet.nieuw.nl/werk/verlof.",
    "new-url-invalid": "'{value}' is geen adres. Een nieuwe URL begint met http://, https:// of "
    "/ en bevat geen spaties.",
    # a list of new addresses
    "expected-columns": "verwacht: oude URL of ID, nieuwe URL.",
    "no-such-page": "geen pagina '{value}' in dit project.",
    "line-twice": "pagina {value} staat ook in regel {first}.",
    "urls-missing": "{name} bestaat niet.",
    "urls-too-big": "{name} is groter dan 50 MB; dat is geen adressenlijst.",
    "urls-not-text": "{name} is geen tekstbestand.",
    "urls-bad-sitemap": "{name} is geen leesbare sitemap ({detail}).",
    "urls-sitemap-index": "{name} is een sitemap-index (een lijst van sitemaps). Lees de "
    "sitemaps die erin staan een voor een in.",
    "urls-no-loc": "{name} bevat geen adressen (<loc>).",
    "urls-empty": "{name} is leeg.",
    "urls-errors": "Er is niets ingelezen: los eerst de fouten op.",
    # refusing to apply what was read
    "packs-have-errors": "Er is niets ingelezen: {count} fout(en) in de reviewpakketten. Los ze "
    "op en probeer opnieuw.",
    "packs-changed-since": "Het project is gewijzigd sinds de reviewpakketten zijn ingelezen. "
    "Lees ze opnieuw in.",
    "plan-has-errors": "Er is niets ingelezen: {count} fout(en) in het plan.",
    "plan-changed-since": "Het project is gewijzigd sinds het plan is ingelezen. Lees het "
    "opnieuw in.",
    # making review packs
    "unknown-reviewers": "Onbekende reviewer: {names}. Bekende reviewers: {known}.",
}


def dutch(code: str, params: dict[str, Any]) -> str:
    """The CLI's Dutch sentence for a code; a missing fact reads 'onbekend'."""
    if code == "unknown-reviewers":
        params = {
            "names": ", ".join(params.get("names", [])),
            "known": ", ".join(params.get("known", [])) or "(nog geen reviewers)",
        }
    facts = {k: ("onbekend" if v is None else v) for k, v in params.items()}
    return NL[code].format(**facts)


def issue(file: str, row: int | None, column: str | None, code: str, **params: Any) -> ImportIssue:
    """A problem at a place in a file: its code, facts and Dutch sentence."""
    return ImportIssue(file, row, column, dutch(code, params), code=code, params=params)


E = TypeVar("E", bound=CodedError)


def coded(kind: type[E], code: str, **params: Any) -> E:
    """An import error whose ``str()`` is the Dutch sentence, with its code and facts on it."""
    return kind(dutch(code, params), code=code, **params)
