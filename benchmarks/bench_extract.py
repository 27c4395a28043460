"""How many typical old-intranet pages per second extract_page reads on one core.

Target: at least 300 pages/s for ~15 KB windows-1252 table-layout pages. Run:
    python3 benchmarks/bench_extract.py [--pages N]
"""

from __future__ import annotations

import argparse
import random
import time

from crawlers.extract import extract_page

_TEXT = (
    "medewerker regeling verlof aanvraag formulier leidinggevende afdeling gemeente beleid "
    "procedure salaris declaratie reiskosten thuiswerken vergadering notulen project planning "
    "financiële afspraken collega’s “nieuw” – € informatie contact telefoon intranet dienst"
)
_WORDS = _TEXT.split(" ")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 18))]
    return " ".join(words).capitalize() + "."


def make_page(rng: random.Random, target_bytes: int = 15_000) -> bytes:
    """A FrontPage/Dreamweaver-style page: banner, left menu, breadcrumb, content, footer."""
    menu = "".join(
        f'<a href="../afd{i}/index.htm"><font color="#FFFFFF">Afdeling {i}</font></a><br>\n'
        for i in range(25)
    )
    head = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        '<meta name="GENERATOR" content="Microsoft FrontPage 4.0"><title>Pagina</title>'
        '<script language="JavaScript">function MM_swapImage() { var i,j=0,x,a; }</script>'
        "<style>td { font-family: Verdana; font-size: 10pt }</style></head>"
        '<body bgcolor="#FFFFFF"><table width="100%"><tr><td colspan="2">'
        '<img src="_derived/banner.gif" alt="Intranet"><br><font size="1">'
        '<a href="/">Home</a> | <a href="/zoek.htm">Zoeken</a> | '
        '<a href="/tel.htm">Telefoongids</a>'
        '</font></td></tr><tr><td width="160" valign="top" bgcolor="#336699"><p>'
        + menu
        + '</p></td><td valign="top"><p><font size="1">U bent hier: <a href="/">Home</a> &gt; '
        '<a href="index.htm">Personeelszaken</a> &gt; Verlof</font></p><h1>Verlofregeling</h1>'
    )
    tail = (
        "<p>Contactpersoon: Jan de Vries (tel. 1234)</p></td></tr><tr><td colspan=2>"
        '<font size="1">© 2009 Gemeente | <a href="/disclaimer.htm">Disclaimer</a><br>'
        "Laatst gewijzigd: 12 maart 2009</font></td></tr></table></body></html>"
    )
    parts = [head]
    size = len(head) + len(tail)
    while size < target_bytes:
        kind = rng.random()
        if kind < 0.6:
            block = "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 5))) + "</p>\n"
        elif kind < 0.75:
            block = f"<h2>{_sentence(rng)}</h2>\n"
        elif kind < 0.9:
            items = "".join(f"<li>{_sentence(rng)}</li>" for _ in range(rng.randint(2, 6)))
            block = f"<ul>{items}</ul>\n"
        else:
            rows = "".join(
                f"<tr><td>{rng.choice(_WORDS)}</td><td>€ {rng.randint(1, 999)},50</td></tr>"
                for _ in range(rng.randint(2, 5))
            )
            block = f'<table border="1">{rows}</table>\n'
        parts.append(block)
        size += len(block)
    parts.append(tail)
    return "".join(parts).encode("cp1252")


def _reference_seconds() -> float:
    """CPU seconds for a plain 5M-step Python loop, to compare runs on different machines.

    Printed with the result so a figure from a busy shared machine can be read fairly.
    """
    start = time.process_time()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=6, help="best round counts (noisy machines)")
    args = parser.parse_args()
    rng = random.Random(42)
    pages = [make_page(rng) for _ in range(50)]
    average_kb = sum(map(len, pages)) / len(pages) / 1024
    for page in pages[:5]:
        extract_page(page, "http://intranet/po/verlof.htm")
    per_round = max(1, args.pages // args.rounds)
    rates = []
    for _round in range(args.rounds):
        start = time.process_time()
        for i in range(per_round):
            extract_page(
                pages[i % len(pages)],
                "http://intranet/po/verlof.htm",
                http_last_modified="Thu, 12 Mar 2009 10:00:00 GMT",
            )
        rates.append(per_round / (time.process_time() - start))
    rates.sort()
    reference = _reference_seconds()
    print(
        f"extract_page: {rates[-1]:.0f} pages/s best round, {rates[len(rates) // 2]:.0f} median "
        f"({average_kb:.1f} KB per page, {per_round * args.rounds} pages, one core, CPU time)"
    )
    print(f"machine reference: 5M-step Python loop took {reference:.2f} s (lower = faster machine)")


if __name__ == "__main__":
    main()
