"""Scoring at scale: a full score, then a re-score after a threshold change.

    python3 benchmarks/bench_score.py --pages 10000
    python3 benchmarks/bench_score.py --pages 1000 --keep /tmp/bench.audit

Builds a project with synthetic but realistic Dutch intranet pages (300-800 words in
paragraphs, list items and headings; about 5% near copies and 2% exact copies; links, dates,
sections) straight into the tables, scores it with ``score_project``, prints pages/s and peak
memory, then changes the B1 cut-off and re-scores with ``only_cheap=True``, and finally redoes
only the word-level B1 counts (what adding an own word costs) with ``rescore_words``.
Targets for 10,000 pages on 2 cores: full < 30 s, re-score < 5 s, word re-check < 30 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert
from sqlalchemy import text as sql_text

from audit_app.core import schema as s
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from audit_app.core.scoring import score_project
from audit_app.core.scoring.settings import update_settings
from audit_app.core.scoring.word_store import rescore_words

BATCH = 2000
SECTIONS = ["Personeelszaken", "Facilitair", "ICT", "Financiën", "Communicatie", "Organisatie"]


def _split(text: str, sep: str = "|") -> list[str]:
    return text.split(sep)


SUBJECTS = _split(
    "de medewerker|de leidinggevende|het team|de afdeling|de gemeente|de directie|u|wij|"
    "de servicedesk|de ondernemingsraad|het college|de projectgroep|de collega"
)
VERBS = _split(
    "vraagt aan|regelt|bespreekt|stuurt door|controleert|ontvangt|beoordeelt|meldt|plant|"
    "verwerkt|ondertekent|archiveert|past aan|stelt vast|legt vast"
)
NOUNS = _split(
    "verlof aanvraag formulier regeling declaratie reiskosten thuiswerkvergoeding budget "
    "planning vergadering notulen beleid procedure salaris rooster opleiding evaluatie "
    "werkplek parkeerplaats toegangspas laptop wachtwoord archief contract jaarverslag "
    "begroting functieomschrijving beoordelingsgesprek personeelsdossier arbeidsvoorwaarden "
    "verzuimmelding bedrijfsarts vakantiedagen overwerk inkoopaanvraag factuur offerte",
    " ",
)
ADJECTIVES = _split(
    "nieuwe jaarlijkse digitale volledige tijdelijke aangepaste ingevulde vertrouwelijke "
    "maandelijkse verplichte definitieve organisatiebrede",
    " ",
)
TAILS = _split(
    "voor het einde van de maand|binnen vijf werkdagen|via het intranet|in overleg met P&O|"
    "volgens de geldende afspraken|o.a. via de servicedesk|bijv. per e-mail|"
    "conform art. 4 van de regeling|na goedkeuring door het management|zo snel mogelijk|"
    "teneinde vertraging te voorkomen|middels het formulier|indien nodig|onverwijld"
)


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), "de", rng.choice(ADJECTIVES)]
    parts.append(rng.choice(NOUNS))
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        parts += ["en", "de", rng.choice(NOUNS)]
    parts.append(rng.choice(TAILS))
    if rng.random() < 0.3:
        parts += ["omdat", rng.choice(SUBJECTS), "de", rng.choice(NOUNS), rng.choice(VERBS)]
    text = " ".join(parts)
    return text[0].upper() + text[1:] + rng.choice(".....?!")


def page_text(rng: random.Random) -> str:
    target = rng.randint(300, 800)
    blocks: list[str] = []
    words = 0
    while words < target:
        r = rng.random()
        if r < 0.1:
            block = rng.choice(NOUNS).capitalize() + " " + rng.choice(ADJECTIVES)
        elif r < 0.3:
            block = rng.choice(ADJECTIVES).capitalize() + " " + rng.choice(NOUNS)
        else:
            block = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        blocks.append(block)
        words += len(block.split())
    return "\n\n".join(blocks)


def near_copy(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // 150)):
        words[rng.randrange(len(words))] = rng.choice(NOUNS)
    return " ".join(words)


def build(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    texts: list[str] = []
    with Project.create(path, name="Benchmark scoring") as project, project.transaction() as conn:
        pages: list[dict[str, object]] = []
        content: list[dict[str, object]] = []
        for i in range(1, n + 1):
            r = rng.random()
            if texts and r < 0.05:
                text = near_copy(rng.choice(texts), rng)
            elif texts and r < 0.07:
                text = rng.choice(texts)
            else:
                text = page_text(rng)
            texts.append(text)
            year = rng.choice((2004, 2008, 2011, 2015, 2019, 2022, 2024, 2025, 2026))
            section = rng.choice(SECTIONS)
            pages.append(
                {
                    "id": i,
                    "url": f"http://intranet.test/{section.lower()}/pagina-{i}.html",
                    "kind": "document" if i % 20 == 0 else "page",
                    "state": "done",
                    "status": 404 if i % 97 == 0 else 200,
                    "depth": 0 if i == 1 else rng.randint(1, 6),
                    "found_via": "start" if i == 1 else rng.choice(("link",) * 8 + ("sitemap",)),
                    "title": f"Pagina {i}",
                    "h1": None if i % 13 == 0 else f"Pagina {i}",
                    "words": len(text.split()),
                    "section": f"{section} > Onderdeel {i % 7}",
                    "owner": None if i % 5 == 0 else "P&O",
                    "last_modified": None if i % 9 == 0 else f"{year}-0{rng.randint(1, 9)}-15",
                    "last_modified_source": rng.choice(("visible", "meta", "http-header")),
                    "content_hash": None,
                    "inlinks": 0,
                }
            )
            content.append({"page_id": i, "text": text})
            if len(pages) >= BATCH:
                conn.execute(insert(s.pages), pages)
                conn.execute(insert(s.page_content), content)
                pages, content = [], []
        if pages:
            conn.execute(insert(s.pages), pages)
            conn.execute(insert(s.page_content), content)
        links = [
            {
                "from_page_id": rng.randint(1, n),
                "to_page_id": rng.randint(1, n),
                "to_url": "x",
                "internal": True,
            }
            for _ in range(n * 4)
        ]
        conn.execute(insert(s.links), links)


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers: steadier than wall time on a busy
    machine."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--keep", type=Path, help="build the project here and keep it")
    ap.add_argument("--workers", type=int, default=None, help="default: automatic")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = args.keep or Path(tmp.name) / "bench.audit"
    if path.exists():
        path.unlink()
    t0 = time.monotonic()
    build(path, args.pages)
    print(f"project gebouwd: {args.pages} pagina's in {time.monotonic() - t0:.1f} s")

    with Project.open(path) as project:
        t0, c0 = time.monotonic(), cpu_seconds()
        summary = score_project(project, Progress(), workers=args.workers)
        full, cpu = time.monotonic() - t0, cpu_seconds() - c0
        print(summary.line())
        print(
            f"volledig: {full:.1f} s, {summary.analysed / full:.0f} pagina's/s "
            f"(cpu {cpu:.1f} s; doel < 30 s)"
        )
        own, children = peak_mb()
        print(f"piekgeheugen: {own:.0f} MB (hoofdproces), {children:.0f} MB (grootste werker)")

        update_settings(project, b1_min=65.0)
        t0, c0 = time.monotonic(), cpu_seconds()
        again = score_project(project, only_cheap=True)
        cheap, cpu = time.monotonic() - t0, cpu_seconds() - c0
        print(again.line())
        print(
            f"opnieuw na drempelwijziging (only_cheap): {cheap:.2f} s (cpu {cpu:.2f} s; doel < 5 s)"
        )
        with project.read() as conn:
            n_pages, with_words, avg_uncommon = conn.execute(
                sql_text(
                    "SELECT count(*), sum(officialese > 0), avg(uncommon_pct) FROM word_scores "
                    "WHERE status = 'ok'"
                )
            ).one()
        print(
            f"woordniveau: {with_words} van {n_pages} pagina's met ambtelijke woorden, "
            f"gemiddeld {avg_uncommon or 0:.1f}% ongebruikelijke woorden"
        )
        t0, c0 = time.monotonic(), cpu_seconds()
        n = rescore_words(project)
        words, cpu = time.monotonic() - t0, cpu_seconds() - c0
        print(
            f"alleen woorden opnieuw (na een eigen woord): {n} pagina's in {words:.1f} s "
            f"(cpu {cpu:.1f} s; {100 * words / full:.0f}% van volledig; doel < 30 s)"
        )
    tmp.cleanup()


if __name__ == "__main__":
    main()
