"""URL identity: one page, one normalised URL; aliases mapped with their reason."""

from __future__ import annotations

import pytest

from crawlers.urls import DEFAULT_SESSION_PARAMS, canonical, is_document_url, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Intranet.Gemeente.NL/Nieuws", "http://intranet.gemeente.nl/Nieuws"),
        ("http://intranet:80/a", "http://intranet/a"),
        ("https://intranet:443/a", "https://intranet/a"),
        ("http://intranet:8080/a", "http://intranet:8080/a"),
        ("http://intranet", "http://intranet/"),
        ("http://intranet?b=1", "http://intranet/?b=1"),
        ("http://intranet/a/./b/../c", "http://intranet/a/c"),
        ("http://intranet/a/b/../../../c", "http://intranet/c"),
        ("http://intranet/a/%2e%2E/c", "http://intranet/c"),
        ("http://intranet/a/..", "http://intranet/"),
        ("http://intranet/page#section-2", "http://intranet/page"),
        # the linked order stays: it is what gets fetched (canonical folds the order)
        ("http://intranet/?b=2&a=1&c=", "http://intranet/?b=2&a=1&c="),
        ("http://intranet/?&&a=1&", "http://intranet/?a=1"),
        ("http://intranet/%7Ejan/%41%62c", "http://intranet/~jan/Abc"),
        ("http://intranet/a%2fb", "http://intranet/a%2Fb"),
        ("http://intranet/jaar verslag.pdf", "http://intranet/jaar%20verslag.pdf"),
        ("http://intranet/café", "http://intranet/caf%C3%A9"),
        ("http://intranet/caf%c3%a9", "http://intranet/caf%C3%A9"),
        ("http://intranet/?q=a+b&r=c%26d", "http://intranet/?q=a+b&r=c%26d"),
        ("http://intranet/100%zeker", "http://intranet/100%25zeker"),
        ("http://intranet/dir\\file.htm", "http://intranet/dir/file.htm"),
        ("  http://intranet/a\n", "http://intranet/a"),
        ("http://bücher.example/", "http://xn--bcher-kva.example/"),
        ("http://XN--BCHER-KVA.example/", "http://xn--bcher-kva.example/"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("file:///C:/Share/Intranet/index.htm", "file:///C:/Share/Intranet/index.htm"),
        ("file://localhost/srv/a%20b.html", "file:///srv/a%20b.html"),
        ("file:///srv/a(1).html", "file:///srv/a(1).html"),
        ("file:///srv/a%281%29.html", "file:///srv/a(1).html"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected
    assert normalise(expected) == expected  # idempotent


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("http://i/p.asp?id=3&PHPSESSID=abc", "http://i/p.asp?id=3"),
        ("http://i/p.asp?sid=1&id=3", "http://i/p.asp?id=3"),
        ("http://i/p.asp?ASPSESSIONIDQQGGTBAD=KLM&id=3", "http://i/p.asp?id=3"),
        ("http://i/p.cfm?CFID=1&CFTOKEN=2", "http://i/p.cfm"),
        ("http://i/p.jsp;jsessionid=0A1B2C?id=3", "http://i/p.jsp?id=3"),
        ("http://i/shop;JSESSIONID=x/cart.jsp", "http://i/shop/cart.jsp"),
        ("http://i/p;type=a", "http://i/p;type=a"),
        ("http://i/p.asp?sidebar=1", "http://i/p.asp?sidebar=1"),
    ],
)
def test_session_ids_are_dropped(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_own_session_params() -> None:
    assert (
        normalise("http://i/?token=1&a=2", session_params=frozenset({"token"})) == "http://i/?a=2"
    )
    assert normalise("http://i/?sid=1", session_params=frozenset()) == "http://i/?sid=1"
    assert "phpsessid" in DEFAULT_SESSION_PARAMS


@pytest.mark.parametrize(
    "raw",
    [
        "javascript:void(0)",
        "JavaScript:openWin('x.htm')",
        "mailto:helpdesk@gemeente.nl",
        "tel:+31201234567",
        "data:text/html,<p>x</p>",
        "ftp://files.intranet/a.doc",
        "news:nl.intranet",
        "http://intranet/%A",
        "http://intranet/%zz%4",
        "http://intranet/?q=%E",
        "http://:80/",
        "http:///pad",
        "http://intranet:poort/",
        "relative/page.html",
        "",
        "http://" + "a" * 64 + ".example/",
        "http://[::1/",
        "http://in tranet/",
        "http://intra<net>/",
    ],
)
def test_unusable_urls_give_none(raw: str) -> None:
    assert normalise(raw) is None


CI = {"case_insensitive": True}


@pytest.mark.parametrize(
    ("url", "kwargs", "expected"),
    [
        ("http://i/nieuws/", {}, ("http://i/nieuws/", None)),
        ("http://i/nieuws/index.html", {}, ("http://i/nieuws/", "index-file")),
        ("http://i/default.aspx", {}, ("http://i/", "index-file")),
        ("http://i/nieuws/index.php?id=4", {}, ("http://i/nieuws/index.php?id=4", None)),
        ("http://i/nieuws/Default.ASPX", {}, ("http://i/nieuws/Default.ASPX", None)),
        (
            "http://i/nieuws/Default.ASPX",
            CI,
            ("http://i/nieuws/", "index-file"),
        ),
        ("http://i/Over/Ons.HTM", CI, ("http://i/over/ons.htm", "case")),
        ("http://i/a%C3%A9B", CI, ("http://i/a%C3%A9b", "case")),
        (
            "http://i/Over/Ons.HTM?ID=A",
            CI,
            ("http://i/over/ons.htm?ID=A", "case"),
        ),
        ("http://i/p.asp?id=3&print=1", {}, ("http://i/p.asp?id=3", "print-version")),
        ("http://i/p.asp?id=3&printversie=ja", {}, ("http://i/p.asp?id=3", "print-version")),
        ("http://i/p.asp?format=print&id=3", {}, ("http://i/p.asp?id=3", "print-version")),
        ("http://i/p.asp?print=0", {}, ("http://i/p.asp?print=0", None)),
        ("http://i/print/beleid.html", {}, ("http://i/beleid.html", "print-version")),
        ("http://i/hr/beleid_print.html", {}, ("http://i/hr/beleid.html", "print-version")),
        ("http://i/hr/print/index.html", {}, ("http://i/hr/", "print-version")),
        ("http://i/node/12/print", {}, ("http://i/node/12", "print-version")),
        ("http://i/hr/blueprint.html", {}, ("http://i/hr/blueprint.html", None)),
        ("http://i/x", {"index_names": ("x",)}, ("http://i/", "index-file")),
        ("http://i/a.asp?m=1&j=2009", {}, ("http://i/a.asp?j=2009&m=1", "query-order")),
        ("http://i/a.asp?j=2009&m=1", {}, ("http://i/a.asp?j=2009&m=1", None)),
        ("http://i/a.asp?m=1&print=1&j=2", {}, ("http://i/a.asp?j=2&m=1", "print-version")),
    ],
)
def test_canonical(url: str, kwargs: dict[str, object], expected: tuple[str, str | None]) -> None:
    assert canonical(url, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://i/docs/Jaarverslag%202009.PDF", True),
        ("http://i/a.docx?download=1", True),
        ("http://i/a.xls", True),
        ("http://i/a.pptx", True),
        ("http://i/a.odt", True),
        ("file:///srv/x/lijst.csv", True),
        ("http://i/a.html", False),
        ("http://i/pdf/", False),
        ("http://i/.pdf", False),
        ("http://i/toon.asp?file=a.pdf", False),
    ],
)
def test_is_document_url(url: str, expected: bool) -> None:
    assert is_document_url(url) is expected
