"""Real-looking intranet text with hand-counted sentences and words."""

from __future__ import annotations

ABBREVIATIONS_AND_INITIALS = (  # 3 sentences, 33 words
    "Medewerkers kunnen o.a. via het intranet verlof aanvragen. De aanvraag gaat naar de "
    "leidinggevende, bijv. het hoofd van de afdeling. Bij vragen kunt u contact opnemen met "
    "mr. J.P. de Vries van P&O."
)
NUMBERS_AND_DATES = (  # 4 sentences, 28 words
    "De vergoeding bedraagt € 12.500,00 per jaar. Deze regeling geldt sinds 12.03.2009 en is "
    "in versie 3.5 aangepast! Zie art. 4 van de regeling, blz. 7; Daar staat alles."
)
BLOCKS = (  # 6 sentences, 32 words
    "Verlof aanvragen\n\nVul het formulier in\n\nStuur het naar uw leidinggevende\n\n"
    "U krijgt binnen vijf werkdagen antwoord. Heeft u na twee weken nog niets gehoord? "
    "Neem dan contact op met de servicedesk."
)
DUTCH_UNIT = "\n\n".join([ABBREVIATIONS_AND_INITIALS, NUMBERS_AND_DATES, BLOCKS])
DUTCH_UNIT_SENTENCES = 13
DUTCH_UNIT_WORDS = 93

ENGLISH_UNIT = (  # 3 sentences, 41 words
    "Employees who want to take leave should request it at least two weeks in advance from "
    "their manager. The leave balance can be found in the personnel system. If you fall ill "
    "during your holiday, report it to your manager immediately."
)
ENGLISH_UNIT_SENTENCES = 3
ENGLISH_UNIT_WORDS = 41

GERMAN_UNIT = (
    "Mitarbeiter, die Urlaub nehmen möchten, müssen diesen mindestens zwei Wochen im Voraus bei "
    "ihrer Führungskraft beantragen. Der Urlaubssaldo ist im Personalsystem zu finden. Wenn Sie "
    "im Urlaub krank werden, melden Sie dies sofort bei der Personalabteilung."
)


def repeat(unit: str, times: int) -> str:
    return "\n\n".join([unit] * times)


# Distinct Dutch paragraphs for duplicate tests: the same paragraph repeated would make every
# page share its shingles.
_TOPICS = (
    "verlof",
    "ziekte",
    "thuiswerken",
    "reiskosten",
    "opleiding",
    "pensioen",
    "declaraties",
    "parkeren",
)


def long_dutch(seed: int, paragraphs: int = 12) -> str:
    """A few hundred words of varied Dutch text, different per seed."""
    out = []
    for i in range(paragraphs):
        topic = _TOPICS[(seed + i) % len(_TOPICS)]
        n = seed * 100 + i
        out.append(
            f"Voor vragen over {topic} kunt u terecht bij team {n} van de afdeling "
            f"bedrijfsvoering. De regeling voor {topic} is in jaar {2000 + n % 25} voor het laatst "
            f"besproken in overleg {n * 7}. Medewerkers die meer willen weten over {topic} lezen "
            f"eerst de pagina met veelgestelde vragen nummer {n * 3}."
        )
    return "\n\n".join(out)
