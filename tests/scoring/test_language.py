"""Language of the body text, on real sentences."""

from __future__ import annotations

import pytest

from audit_app.core.scoring.language import detect_language, normalise_lang_attr

DUTCH = (
    "Medewerkers die verlof willen opnemen, dienen dit minimaal twee weken van tevoren aan te "
    "vragen bij hun leidinggevende. Het verlofsaldo is te vinden in het personeelssysteem. Bij "
    "ziekte tijdens de vakantie moet u dit direct melden bij uw leidinggevende."
)
ENGLISH = (
    "Employees who want to take leave should request it at least two weeks in advance from "
    "their manager. The leave balance can be found in the personnel system. If you fall ill "
    "during your holiday, report it to your manager immediately."
)
GERMAN = (
    "Mitarbeiter, die Urlaub nehmen möchten, müssen diesen mindestens zwei Wochen im Voraus bei "
    "ihrer Führungskraft beantragen. Der Urlaubssaldo ist im Personalsystem zu finden. Wenn Sie "
    "im Urlaub krank werden, melden Sie dies sofort."
)
FRENCH = (
    "Les employés qui souhaitent prendre un congé doivent le demander au moins deux semaines à "
    "l'avance à leur responsable. Le solde de congés se trouve dans le système du personnel. Si "
    "vous tombez malade pendant vos vacances, signalez-le immédiatement."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(DUTCH, "nl"), (ENGLISH, "en"), (GERMAN, "other"), (FRENCH, "other")],
)
def test_detects_language_of_the_text(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_text_beats_a_wrong_lang_attribute() -> None:
    assert detect_language(ENGLISH, "nl") == "en"
    assert detect_language(DUTCH, "en-GB") == "nl"


def test_lang_attribute_only_when_text_is_too_short() -> None:
    assert detect_language("Contact en route", "en-GB") == "en"
    assert detect_language("Contact en route", "de") == "other"
    assert detect_language("Contact en route", None) is None
    assert detect_language("", "nl") == "nl"
    assert detect_language("", None) is None


def test_lang_attribute_forms() -> None:
    assert normalise_lang_attr("NL-nl") == "nl"
    assert normalise_lang_attr("en_US") == "en"
    assert normalise_lang_attr("fr") == "other"
    assert normalise_lang_attr(" ") is None
