"""Scope decisions and spider-trap detection, fed with the URL streams real traps produce."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from crawlers.scope import Scope, ScopeConfig
from crawlers.traps import TrapDetector

START = "http://intranet.gemeente.local/home/"


def scope(**kw: object) -> Scope:
    return Scope([START], ScopeConfig(**kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://intranet.gemeente.local/hr/verlof.html", "in"),
        ("HTTP://INTRANET.gemeente.local:80/hr/", "in"),
        ("https://intranet.gemeente.local/hr/", "in"),  # same site, other scheme
        ("http://intranet.gemeente.local:8080/hr/", "external"),
        ("http://www.gemeente.nl/", "external"),
        ("http://gemeente.local/", "external"),
        ("file:///srv/intranet/index.html", "external"),
        ("mailto:a@b.nl", "excluded"),
    ],
)
def test_other_hosts_are_external(url: str, expected: str) -> None:
    assert scope().classify(url) == expected


def test_extra_hosts_and_wildcards() -> None:
    s = scope(extra_hosts=["docs.gemeente.local", "*.afdelingen.local", "http://wiki:8080/"])
    assert s.classify("http://docs.gemeente.local/a.pdf") == "in"
    assert s.classify("http://hr.afdelingen.local/") == "in"
    assert s.classify("http://afdelingen.local/") == "external"
    assert s.classify("http://wiki:8080/x") == "in"
    assert s.classify("http://wiki/x") == "external"


def test_include_and_exclude_patterns() -> None:
    s = scope(include=[r"/hr/", r"/home/"], exclude=[r"\?sort=", r"/hr/archief/"])
    assert s.classify(START) == "in"
    assert s.classify("http://intranet.gemeente.local/hr/verlof.html") == "in"
    assert s.classify("http://intranet.gemeente.local/ict/") == "excluded"
    assert s.classify("http://intranet.gemeente.local/hr/lijst?sort=naam") == "excluded"
    assert s.classify("http://intranet.gemeente.local/hr/archief/2001.html") == "excluded"
    verdict, reason = s.explain("http://intranet.gemeente.local/hr/archief/2001.html")
    assert verdict == "excluded"
    assert reason is not None and "archief" in reason


def test_start_url_is_fetched_even_if_include_misses_it() -> None:
    s = scope(include=[r"/nieuws/"])
    assert s.classify(START) == "in"
    assert s.classify("http://intranet.gemeente.local/home/other") == "excluded"


def test_path_prefix() -> None:
    s = scope(path_prefix="hr/")
    assert s.classify("http://intranet.gemeente.local/hr/verlof.html") == "in"
    assert s.classify("http://intranet.gemeente.local/hrm/") == "excluded"
    assert s.classify(START) == "in"  # a start URL outside the prefix is still the start


def test_max_depth() -> None:
    s = scope(max_depth=2)
    page = "http://intranet.gemeente.local/a.html"
    assert [s.classify(page, d) for d in (0, 1, 2, 3)] == ["in", "in", "in", "excluded"]


def test_bad_regex_and_bad_start_give_dutch_errors() -> None:
    with pytest.raises(ValueError, match="geen geldige reguliere expressie"):
        scope(exclude=["(onaf"])
    with pytest.raises(ValueError, match="startadres"):
        Scope(["javascript:void(0)"], ScopeConfig())


def test_file_roots() -> None:
    s = Scope(["file:///srv/share/intranet/index.htm"], ScopeConfig())
    assert s.classify("file:///srv/share/intranet/hr/a.htm") == "in"
    assert s.classify("file:///srv/share/other/a.htm") == "external"
    assert s.classify("file:///srv/share/intranet/../other/a.htm") == "external"
    zipped = Scope(["file:///tmp/site.zip/"], ScopeConfig())
    assert zipped.classify("file:///tmp/site.zip/hr/a.htm") == "in"
    assert zipped.classify("file:///tmp/site.zip/../../etc/passwd") == "external"


# --- traps ---------------------------------------------------------------------------------


def crawl(detector: TrapDetector, urls: Iterator[str], limit: int = 10_000) -> tuple[int, str]:
    """Feed URLs as a crawler would; return how many were admitted before the first trap."""
    for admitted, url in enumerate(urls):
        reason = detector.check(url)
        if reason:
            return admitted, reason
        if admitted >= limit:
            break
    raise AssertionError("the trap was never detected")


def endless_calendar(start_year: int = 2024) -> Iterator[str]:
    """Each month page links to the next one, for ever."""
    year, month = start_year, 1
    while True:
        yield f"http://i/agenda/kalender.asp?maand={year}-{month:02d}"
        month += 1
        if month > 12:
            year, month = year + 1, 1


def endless_calendar_in_path(start_year: int = 2024) -> Iterator[str]:
    year = start_year
    while True:
        for month in range(1, 13):
            yield f"http://i/agenda/{year}/{month:02d}/"
        year += 1


def stacking_relative_links() -> Iterator[str]:
    """A page linking to "sub/page.html" relatively, served again under every new prefix."""
    path = "/intranet"
    while True:
        path += "/sub"
        yield f"http://i{path}/page.html"


def looping_pair() -> Iterator[str]:
    path = "/a"
    while True:
        path += "/b/a"
        yield f"http://i{path}/"


def exploding_filters() -> Iterator[str]:
    n = 0
    while True:
        for sort in ("naam", "datum", "afdeling"):
            yield f"http://i/smoelenboek.asp?sort={sort}&pagina={n}&filter={n % 7}"
        n += 1


def test_endless_calendar_is_stopped() -> None:
    detector = TrapDetector(year_range=(1995, 2027), max_calendar_variants=1000)
    admitted, reason = crawl(detector, endless_calendar(2024))
    assert admitted == 4 * 12  # 2024..2027, then maand=2028-01 is out of range
    assert "2028-01" in reason and "Kalender" in reason


def test_endless_calendar_in_path_is_stopped() -> None:
    detector = TrapDetector(year_range=(1995, 2030), max_calendar_variants=1000)
    admitted, reason = crawl(detector, endless_calendar_in_path(2020))
    assert admitted == 11 * 12
    assert "2031" in reason


def test_calendar_backwards_and_default_range() -> None:
    detector = TrapDetector()
    assert detector.check("http://i/agenda?jaar=1850") is not None
    assert detector.check("http://i/agenda?jaar=2015") is None
    assert detector.check("http://i/nieuws/2012/05/bericht.html") is None
    assert detector.check("http://i/agenda/2099/") is not None
    assert detector.check("http://i/producten/2099/") is None  # a number, not a date
    assert detector.check("http://i/p.asp?id=100512") is None


def test_calendar_is_cut_after_two_years_of_months() -> None:
    admitted, reason = crawl(TrapDetector(), endless_calendar(2005))
    assert admitted == 24
    assert "Kalender" in reason and "24" in reason
    assert TrapDetector().check("http://i/agenda/kalender.asp?maand=2005-01") is None
    admitted, reason = crawl(TrapDetector(max_calendar_variants=6), endless_calendar_in_path(2005))
    assert admitted == 6 and "Kalender" in reason


def test_calendar_with_year_and_month_parameters_is_cut() -> None:
    def months() -> Iterator[str]:
        for year in range(2000, 2020):
            for month in range(1, 13):
                yield f"http://i/agenda.asp?jaar={year}&maand={month}&afdeling=hr"

    detector = TrapDetector()
    admitted, _reason = crawl(detector, months())
    assert admitted == 24
    assert detector.check("http://i/agenda.asp?jaar=2001&maand=1&afdeling=ict") is None


def test_paged_lists_and_dated_documents_are_not_calendars() -> None:
    detector = TrapDetector()
    for n in range(1, 41):
        assert detector.check(f"http://i/nieuws/lijst.asp?pagina={n}") is None
        assert detector.check(f"http://i/smoelenboek.asp?id={1990 + n}") is None
        assert detector.check(f"http://i/docs/2019/notulen-2019-{n:02d}.pdf") is None
        assert detector.check(f"http://i/nieuws/2012/05/bericht-{n}.html") is None


def test_stacking_segments_are_stopped() -> None:
    admitted, reason = crawl(TrapDetector(), stacking_relative_links())
    assert admitted <= 3
    assert "Herhalend pad" in reason
    admitted, reason = crawl(TrapDetector(max_segment_repeats=3), looping_pair())
    assert admitted <= 3
    assert "/b/a/" in reason or "'a'" in reason or "'b'" in reason


def test_normal_paths_pass() -> None:
    detector = TrapDetector()
    for url in [
        "http://i/hr/hr/verlof.html",
        "http://i/a/b/c/d/e/f/g/h.html",
        "http://i/docs/2019/2019-03-12-notulen.pdf",
        "http://i/zoek?q=verlof",
    ]:
        assert detector.check(url) is None, url


def test_exploding_query_variants_are_stopped() -> None:
    detector = TrapDetector(max_query_variants=100)
    admitted, reason = crawl(detector, exploding_filters())
    assert admitted == 100
    assert "varianten" in reason
    assert detector.check("http://i/smoelenboek.asp?sort=naam&pagina=1&filter=1") is not None
    assert detector.check("http://i/andere-pagina.asp?id=1") is None
    assert detector.check("http://i/smoelenboek.asp") is None


def test_long_and_deep_urls() -> None:
    detector = TrapDetector(max_url_length=200, max_path_segments=10)
    assert "te lang" in (detector.check("http://i/" + "x" * 250) or "")
    deep = "http://i/" + "/".join(f"m{i}" for i in range(11)) + "/"
    assert "Te veel mappen" in (detector.check(deep) or "")


def test_query_variant_counting_is_thread_safe() -> None:
    detector = TrapDetector(max_query_variants=500)
    trapped: list[int] = []
    lock = threading.Lock()

    def work(offset: int) -> None:
        hits = 0
        for i in range(250):
            if detector.check(f"http://i/zoek?q={offset + i}"):
                hits += 1
        with lock:
            trapped.append(hits)

    threads = [threading.Thread(target=work, args=(n * 1000,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(trapped) == 1000 - 500


def test_seeing_the_same_url_again_does_not_count_as_a_variant() -> None:
    detector = TrapDetector(max_query_variants=5)
    for _ in range(1000):
        assert detector.check("http://i/lijst.asp?pagina=1") is None
    for n in range(2, 6):
        assert detector.check(f"http://i/lijst.asp?pagina={n}") is None
    assert detector.check("http://i/lijst.asp?pagina=6") is not None
