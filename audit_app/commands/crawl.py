"""``content-audit crawl``: crawl an intranet (site, sitemap, URL list, folder or zip) into a
project file, with a progress bar, a clean stop on Ctrl-C and resume by running it again."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import signal
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit

from audit_app.commands import project_argument
from audit_app.commands.output import set_result
from audit_app.core.progress import Progress, ProgressState
from audit_app.core.project import Project
from crawlers.config import DEFAULT_WORKERS, CrawlConfig
from crawlers.read_budget import DEFAULT_MAX_FILES, DEFAULT_MAX_READ, GB, ZIP_READ_FACTOR
from crawlers.tls import network_problem

if TYPE_CHECKING:
    from audit_app.core.crawl_job import CrawlSummary

STOPPED_MESSAGE = "Gestopt; voer hetzelfde commando opnieuw uit om verder te gaan"
PLAIN_INTERVAL = 2.0
LOGIN_FROM_URL_MESSAGE = (
    "Gebruikersnaam en wachtwoord uit het startadres worden gebruikt om in te loggen "
    "(zoals --user); ze worden nergens opgeslagen, het adres wordt zonder opgeslagen."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "crawl",
        help="Crawl een intranet naar een projectbestand",
        description=(
            "Crawl een intranet (adres, sitemap.xml, lijst met adressen, map of zip) naar een "
            "projectbestand. Nogmaals uitvoeren gaat verder waar het gestopt is; na een "
            "afgeronde crawl werkt het de inventaris bij."
        ),
    )
    p.add_argument("start", nargs="+", metavar="START", help="adres, sitemap, lijst, map of zip")
    project_argument(p, "--project", required=True)
    p.add_argument("--max-pages", type=int, metavar="N", help="stop na N pagina's")
    p.add_argument("--max-depth", type=int, metavar="N", help="hoogstens N klikken diep")
    p.add_argument("--max-time", type=float, metavar="SECONDS", help="stop na zoveel seconden")
    p.add_argument(
        "--max-read-gb",
        type=float,
        default=DEFAULT_MAX_READ / GB,
        metavar="GB",
        help=(
            "map of zip: stop na zoveel gigabyte gelezen (standaard "
            f"{DEFAULT_MAX_READ // GB}; een zip nooit meer dan {ZIP_READ_FACTOR} keer "
            "zijn eigen grootte)"
        ),
    )
    p.add_argument(
        "--max-files",
        type=int,
        default=DEFAULT_MAX_FILES,
        metavar="N",
        help=f"map of zip: stop na N gelezen bestanden (standaard {DEFAULT_MAX_FILES})",
    )
    p.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="RE",
        help="alleen adressen die hierop passen",
    )
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="RE",
        help="sla adressen over die hierop passen",
    )
    p.add_argument("--prefix", metavar="PATH", help="alleen onder dit pad, bijv. /afdelingen/hr/")
    p.add_argument(
        "--extra-host",
        action="append",
        default=[],
        metavar="HOST",
        help="ook deze host crawlen (andere hosts worden nooit benaderd, ook niet na een redirect)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        metavar="N",
        help="gelijktijdige verzoeken (standaard 8)",
    )
    p.add_argument(
        "--delay",
        type=float,
        default=0.0,
        metavar="S",
        help="wachttijd per server tussen verzoeken",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="time-out per verzoek; één adres duurt nooit langer dan 6 keer zoveel (standaard 10)",
    )
    p.add_argument(
        "--retries",
        type=int,
        default=2,
        metavar="N",
        help="nieuwe pogingen bij time-out of serverfout (standaard 2)",
    )
    p.add_argument("--ignore-robots", action="store_true", help="robots.txt negeren")
    p.add_argument("--no-sitemaps", action="store_true", help="sitemap.xml niet gebruiken")
    p.add_argument(
        "--session-param",
        action="append",
        default=[],
        metavar="NAME",
        help="sessie-parameter om weg te laten (herhaalbaar)",
    )
    case = p.add_mutually_exclusive_group()
    case.add_argument(
        "--ignore-case",
        dest="case",
        action="store_const",
        const=True,
        help="hoofdletters in adressen maken niet uit (zoals op IIS)",
    )
    case.add_argument(
        "--match-case",
        dest="case",
        action="store_const",
        const=False,
        help="hoofdletters in adressen maken wel uit (standaard: de crawler test het zelf)",
    )
    p.set_defaults(case="auto")
    p.add_argument(
        "--auth",
        choices=("basic", "digest", "ntlm", "negotiate"),
        help="inlogmethode; negotiate: Windows-aanmelding als de aangemelde gebruiker "
        "(Kerberos), zonder wachtwoord als --user ontbreekt",
    )
    p.add_argument(
        "--user",
        metavar="USER",
        help="gebruikersnaam (wachtwoord: CONTENT_AUDIT_PASSWORD, sleutelhanger of vraag)",
    )
    p.add_argument(
        "--cookies", metavar="FILE", help="cookies.txt (Netscape-formaat) van een ingelogde browser"
    )
    p.add_argument(
        "--ca-file",
        metavar="FILE",
        help="vertrouw ook dit basiscertificaat (PEM); de certificaten van het systeem gelden al",
    )
    p.add_argument(
        "--proxy",
        metavar="URL",
        help="proxyserver, bijv. http://proxy.organisatie.nl:8080 (standaard: die van het systeem)",
    )
    p.add_argument("--insecure", action="store_true", help="HTTPS-certificaten niet controleren")
    p.add_argument("--quiet", action="store_true", help="geen voortgang tonen")
    p.add_argument(
        "--served-under",
        metavar="URL",
        help="bij een map of zip: het adres waaronder de bestanden online stonden, voor de "
        "redirects (standaard afgeleid uit de links in de pagina's)",
    )
    p.set_defaults(func=run)


def config_from_args(args: argparse.Namespace) -> CrawlConfig:
    return CrawlConfig(
        start=list(args.start),
        path_prefix=args.prefix,
        include=list(args.include),
        exclude=list(args.exclude),
        extra_hosts=list(args.extra_host),
        max_pages=args.max_pages,
        max_depth=args.max_depth,
        max_seconds=args.max_time,
        max_read_bytes=max(1, int(args.max_read_gb * GB)),
        max_files=max(1, args.max_files),
        workers=max(1, args.workers),
        delay=max(0.0, args.delay),
        timeout=args.timeout,
        retries=max(0, args.retries),
        obey_robots=not args.ignore_robots,
        follow_sitemaps=not args.no_sitemaps,
        session_params=list(args.session_param) or None,
        case_insensitive=args.case,
        auth_method=args.auth,
        auth_user=args.user,
        cookies_file=args.cookies,
        verify_tls=not args.insecure,
        ca_file=args.ca_file,
        proxy=args.proxy,
    )


def _password(config: CrawlConfig) -> str | None:
    from crawlers.auth import resolve_password

    host = next(
        (urlsplit(s).netloc for s in config.start if s.startswith(("http://", "https://"))), ""
    )
    return resolve_password(config.auth_user or "", host)


class TerminalProgress:
    """A one-line bar on a terminal; plain lines now and then when stderr is a file or pipe."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stderr  # looked up now: stderr may be replaced after import
        self.tty = self.out.isatty()
        self._last_plain = 0.0

    def __call__(self, st: ProgressState) -> None:
        queued = max(0, (st.total or st.done) - st.done)
        line = (
            f"{st.done} pagina's, {queued} in de rij, {st.errors} fouten, {st.rate:.1f} pagina's/s"
        )
        if self.tty:
            width = 24
            total = max(st.total or 1, 1)
            filled = int(width * min(st.done / total, 1.0))
            self.out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {line}\033[K")
            self.out.flush()
        elif time.monotonic() - self._last_plain >= PLAIN_INTERVAL:
            self._last_plain = time.monotonic()
            self.out.write(line + "\n")
            self.out.flush()

    def end(self) -> None:
        if self.tty:
            self.out.write("\n")
            self.out.flush()


def _install_stop_handlers(progress: Progress) -> Callable[[], None]:
    """First Ctrl-C (or SIGTERM) stops cleanly; a second Ctrl-C aborts at once."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        if progress.cancelled and signum == signal.SIGINT:
            raise KeyboardInterrupt
        print("\nStoppen na de pagina's die nu worden opgehaald…", file=sys.stderr)
        progress.cancel()

    old: dict[int, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError):  # not the main thread: no handlers then
            old[sig] = signal.signal(sig, handler)

    def restore() -> None:
        for sig, h in old.items():
            signal.signal(sig, h)

    return restore


def nothing_fetched(s: CrawlSummary) -> bool:
    return bool(s.fetched) and s.errors == s.fetched and s.pages_in_project <= s.errors


def print_summary(s: CrawlSummary, out: TextIO | None = None) -> None:
    from audit_app.core.crawl_job import STOP_PAGE_LIMIT

    out = out or sys.stdout
    if s.resumed:
        print("Verder gegaan met de vorige, onderbroken crawl.", file=out)
    if s.stop_reason and not s.cancelled:
        print(f"Gestopt: {s.stop_reason}. Nog {s.queued} adressen in de rij.", file=out)
        if s.stop_code == STOP_PAGE_LIMIT:
            print("Verhoog --max-pages en voer het commando opnieuw uit.", file=out)
    if nothing_fetched(s):
        print(
            "Geen enkele pagina kon worden opgehaald. Controleer het adres, de netwerkverbinding "
            "en de inloggegevens (content-audit inventory toont de foutmelding per adres).",
            file=out,
        )
    for target in s.offsite_redirects:
        print(
            f"Het startadres verwijst door naar {target}: een andere host, niet gevolgd. "
            f"Hoort die bij het intranet, voeg dan --extra-host {urlsplit(target).netloc} toe.",
            file=out,
        )
    details = []
    if s.traps:
        details.append(f"{_n(s.traps, ('valkuil-adres', 'valkuil-adressen'))} overgeslagen")
    if s.excluded:
        details.append(f"{_n(s.excluded, ('adres', 'adressen'))} buiten het bereik")
    if s.aliases:
        details.append(_n(s.aliases, ("dubbel adres (alias)", "dubbele adressen (aliassen)")))
    if s.assets_in_project:
        details.append(
            f"{s.assets_in_project} afbeeldingen en andere bestanden, niet als pagina geteld"
            " (content-audit inventory --assets)"
        )
    if details:
        print("; ".join(details) + ".", file=out)
    print(table_line(s), file=out)
    print(fetched_line(s), file=out)  # the last line, for scripts


PAGES = ("pagina of document", "pagina's en documenten")
ASSETS = ("afbeelding of ander bestand", "afbeeldingen en andere bestanden")


def _n(count: int, words: tuple[str, str]) -> str:
    return f"{count} {words[0] if count == 1 else words[1]}"


def _dec(value: float) -> str:
    """One decimal, with the Dutch decimal comma."""
    return f"{value:.1f}".replace(".", ",")


def fetched_line(s: CrawlSummary) -> str:
    """What the addresses this crawl fetched became; the parts add up to the first number."""
    parts = [_n(s.fetched_pages, PAGES)]
    if s.fetched_broken:
        parts.append(f"{s.fetched_broken} kapot (wel in de tabel)")
    if s.fetched_assets:
        parts.append(_n(s.fetched_assets, ASSETS))
    if s.merged:
        parts.append(f"{s.merged} samengevoegd met een andere regel (kalendervarianten, kopieën)")
    total = s.fetched_pages + s.fetched_broken + s.fetched_assets + s.merged
    return (
        f"Klaar: {_n(total, ('adres', 'adressen'))} opgehaald in {_dec(s.seconds)} s"
        f" ({_dec(s.pages_per_second)} per seconde): " + ", ".join(parts) + "."
    )


def table_line(s: CrawlSummary) -> str:
    """The project's count as the page table and the summary count it, and what it is made of."""
    parts = [f"{s.fetched_pages} opgehaald"]
    if s.fetched_broken:
        parts.append(f"{s.fetched_broken} kapot")
    if s.other_rows:
        parts.append(f"{s.other_rows} van een eerdere crawl of niet meer gevonden")
    text = f"In het project, zoals de tabel ze telt: {_n(s.pages_in_project, PAGES)}"
    return text + (f" ({' + '.join(parts)})." if len(parts) > 1 else ".")


def run(args: argparse.Namespace) -> int:
    # imported here: the engine pulls in parsers and document readers, which every other
    # command would otherwise pay for at start-up
    from audit_app.core.crawl_job import CrawlStartError, run_crawl

    config = config_from_args(args)
    problem = network_problem(config.ca_file, config.proxy)
    if problem:
        print(f"content-audit: {problem}", file=sys.stderr)
        return 2
    if config.take_url_credentials():
        print(LOGIN_FROM_URL_MESSAGE, file=sys.stderr)
    sso = config.auth_method == "negotiate" and not config.auth_user
    if config.auth_method and not sso:
        if not config.auth_user:
            print("content-audit: --auth heeft ook --user nodig.", file=sys.stderr)
            return 2
        if config.password is None:
            config.password = _password(config)
        if not config.password:
            print(
                "content-audit: geen wachtwoord. Zet CONTENT_AUDIT_PASSWORD, bewaar het in de "
                "sleutelhanger of start het commando in een terminal.",
                file=sys.stderr,
            )
            return 2
    bar = TerminalProgress() if not args.quiet else None
    progress = Progress(bar, min_interval=0.2)
    restore = _install_stop_handlers(progress)
    try:
        with Project.create(args.project) as project:
            try:
                if args.served_under:
                    served = args.served_under.strip()
                    if not served.lower().startswith(("http://", "https://")):
                        raise ValueError(
                            f"--served-under moet een webadres zijn (http://...), niet '{served}'."
                        )
                    project.set_setting("served_under", served)
                summary = run_crawl(project, config, progress)
            except (CrawlStartError, ValueError) as exc:
                if bar:
                    bar.end()
                print(f"content-audit: {exc}", file=sys.stderr)
                return 2
    finally:
        restore()
    if bar:
        bar.end()
    if summary.cancelled:
        print(STOPPED_MESSAGE, file=sys.stderr)
    print_summary(summary)
    set_result(args, crawl=dataclasses.asdict(summary))
    if summary.cancelled:
        return 130
    return 1 if nothing_fetched(summary) else 0
