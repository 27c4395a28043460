"""Reading real page bytes: main text without menus, links, owner, section, odd input."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import pytest

from crawlers.extract import extract_page

FRONTPAGE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="description" content="De   verlofregeling
 voor medewerkers">
<meta name="keywords" content="verlof, vakantie">
<meta name="author" content="Afdeling P&amp;O">
<meta http-equiv="Content-Language" content="nl-NL">
<link rel="canonical" href="/po/verlof.htm">
<title>Verlofregeling   2009</title>
<script language="JavaScript">function MM_swapImage() { document.write("Scriptwoord"); }</script>
<style>td { font-family: Verdana }</style>
</head>
<body bgcolor="#FFFFFF">
<table border="0" width="100%">
  <tr>
    <td colspan="2"><img src="_derived/banner.gif" alt="Personeelszaken"><br>
    <font size="1"><a href="../index.htm">Home</a> | <a href="../zoeken.htm">Zoeken</a> |
    <a href="../telefoongids.htm">Telefoongids</a> |
    <a href="../sitemap.htm">Sitemap</a></font></td>
  </tr>
  <tr>
    <td width="160" valign="top" bgcolor="#336699">
      <p><a href="../po/index.htm"><font color="#FFFFFF">Personeelszaken</font></a><br>
      <a href="../fin/index.htm"><font color="#FFFFFF">Financiën</font></a><br>
      <a href="../ict/index.htm"><font color="#FFFFFF">Automatisering</font></a><br>
      <a href="../fac/index.htm"><font color="#FFFFFF">Facilitaire zaken</font></a><br>
      <a href="../nieuws/index.htm"><img src="../images/nieuws.gif" border="0"></a></p>
      <form><select name="snel"><option>Snelkeuze</option><option>Kantine</option></select></form>
    </td>
    <td valign="top">
      <p><font size="1">U bent hier: <a href="../index.htm">Home</a> &gt;
      <a href="index.htm">Personeelszaken</a> &gt; Verlof</font></p>
      <h1>Verlof<b>regeling</b></h1>
      <p>Iedere medewerker heeft recht op <b>vakantie</b>verlof. De regeling geldt voor
      alle medewerkers met een vast dienstverband.</p>
      <p>Financiële regeling – € 12,50 per dag, zie de “cao” van de
      <a href="cao.htm">sector</a>.</p>
      <h2>Bijzonder verlof</h2>
      <ul><li>Huwelijk: 2 dagen</li><li>Verhuizing: 1 dag</li></ul>
      <p>Contactpersoon: Jan de Vries (tel. 1234)</p>
    </td>
  </tr>
  <tr><td colspan="2"><font size="1">© 2009 Gemeente Voorbeeld |
    <a href="../disclaimer.htm">Disclaimer</a><br>Laatst gewijzigd: 12 maart 2009</font></td></tr>
</table>
</body>
</html>
"""
MENU_WORDS = ("Telefoongids", "Sitemap", "Automatisering", "Facilitaire", "Disclaimer", "Zoeken")
URL = "http://intranet.voorbeeld.nl/po/verlof.htm"


def frontpage() -> bytes:
    return FRONTPAGE.encode("cp1252")


def test_frontpage_layout_main_text_without_menus() -> None:
    page = extract_page(frontpage(), URL, http_last_modified="Mon, 01 Jun 2015 10:00:00 GMT")
    for word in MENU_WORDS:
        assert word not in page.text, word
    assert "Snelkeuze" not in page.text and "Kantine" not in page.text
    assert "Scriptwoord" not in page.text and "font-family" not in page.text
    assert "U bent hier" not in page.text
    assert "© 2009" not in page.text
    assert page.text.split("\n\n") == [
        "Verlofregeling",
        "Iedere medewerker heeft recht op vakantieverlof. De regeling geldt voor alle "
        "medewerkers met een vast dienstverband.",
        "Financiële regeling – € 12,50 per dag, zie de “cao” van de sector.",
        "Bijzonder verlof",
        "Huwelijk: 2 dagen",
        "Verhuizing: 1 dag",
        "Contactpersoon: Jan de Vries (tel. 1234)",
    ]
    assert page.charset == "windows-1252"
    assert page.words == len(page.text.split()) - 2  # "–" and "€" are not words


def test_frontpage_fields() -> None:
    page = extract_page(frontpage(), URL, http_last_modified="Mon, 01 Jun 2015 10:00:00 GMT")
    assert page.title == "Verlofregeling 2009"
    assert page.meta_description == "De verlofregeling voor medewerkers"
    assert page.meta_keywords == "verlof, vakantie"
    assert page.h1 == "Verlofregeling"
    assert page.headings == [(1, "Verlofregeling"), (2, "Bijzonder verlof")]
    assert page.language == "nl"
    assert page.images == 2
    assert page.images_missing_alt == 1
    assert page.section == "Personeelszaken"  # "Verlof" is this page itself
    assert page.owner == "Jan de Vries"
    assert page.canonical_url == "http://intranet.voorbeeld.nl/po/verlof.htm"
    assert page.warnings == []
    expected = hashlib.sha1(" ".join(page.text.lower().split()).encode()).hexdigest()
    assert page.content_hash == expected
    assert [(e.source, e.date) for e in page.date_evidence] == [
        ("http-header", "2015-06-01"),
        ("visible", "2009-03-12"),
    ]


def test_frontpage_links_absolute_with_anchor_text() -> None:
    page = extract_page(frontpage(), URL)
    links = [(link.url, link.anchor_text, link.tag) for link in page.links]
    assert ("http://intranet.voorbeeld.nl/index.htm", "Home", "a") in links
    assert ("http://intranet.voorbeeld.nl/fin/index.htm", "Financiën", "a") in links
    assert ("http://intranet.voorbeeld.nl/po/cao.htm", "sector", "a") in links
    assert ("http://intranet.voorbeeld.nl/nieuws/index.htm", "", "a") in links
    assert len([link for link in links if link[2] != "img"]) == 13


def test_same_text_same_hash_whatever_the_layout() -> None:
    one = extract_page(b"<p>Hallo   Wereld</p>", "http://x/a.htm")
    two = extract_page(b"<div><p>hallo wereld</p></div>", "http://x/b.htm")
    three = extract_page(b"<p>Hallo aarde</p>", "http://x/c.htm")
    assert one.content_hash == two.content_hash != three.content_hash


def test_base_href_frames_and_image_links() -> None:
    html = b"""<html><head><base href="http://andere-host/map/"></head>
    <frameset cols="20%,80%"><frame src="menu.htm" name="menu"><frame src="/inhoud.htm" name="main">
    </frameset><body>
    <a href="doc.pdf"><img src="pdf.gif" alt="Jaarverslag 2008"></a>
    <a href="javascript:window.open('x')">Open</a> <a href="mailto:po@voorbeeld.nl">Mail</a>
    <a href="#top">Naar boven</a> <a>geen href</a>
    <iframe src="kalender.htm" title="Kalender"></iframe>
    <map><area href="kaart.htm" alt="Plattegrond"></map></body></html>"""
    page = extract_page(html, "http://intranet/start/index.htm")
    links = [(link.url, link.anchor_text, link.tag) for link in page.links]
    assert links == [
        ("http://andere-host/map/menu.htm", "menu", "frame"),
        ("http://andere-host/inhoud.htm", "main", "frame"),
        ("http://andere-host/map/doc.pdf", "Jaarverslag 2008", "a"),
        ("javascript:window.open('x')", "Open", "a"),
        ("mailto:po@voorbeeld.nl", "Mail", "a"),
        ("http://andere-host/map/kalender.htm", "Kalender", "iframe"),
        ("http://andere-host/map/kaart.htm", "Plattegrond", "area"),
        ("http://andere-host/map/pdf.gif", "Jaarverslag 2008", "img"),  # an asset use, its alt
    ]


def test_images_alt_empty_counts_as_present() -> None:
    page = extract_page(
        b'<p><img src="a.gif"><img src="b.gif" alt=""><img src="c.gif" alt="Logo"></p>', "http://x/"
    )
    assert (page.images, page.images_missing_alt) == (3, 1)
    uses = [(link.url, link.anchor_text) for link in page.links if link.tag == "img"]
    assert uses == [("http://x/a.gif", None), ("http://x/b.gif", ""), ("http://x/c.gif", "Logo")]


def test_semantic_html5_boilerplate_removed_but_article_header_kept() -> None:
    html = """<html lang="EN-gb"><body>
    <header><div class="logo">Intranet Kop</div></header>
    <nav><ul><li><a href="/">Start</a></li></ul></nav>
    <div class="breadcrumb"><a href="/">Intranet</a> › <a href="/ict">ICT</a> › Printers</div>
    <main><article><header><h1>Printers</h1></header>
    <p>Printen doe je op de tweede verdieping.</p><div>Losse tekst in een div.<p>Binnen.</p></div>
    <dl><dt>Toner</dt><dd>Bestel bij de servicedesk.</dd></dl>
    <blockquote>Citaat</blockquote><pre>code   blijft</pre></article>
    <aside>Zie ook zijbalk</aside></main>
    <div id="voettekst">Voettekst hier</div>
    <footer>Pagina-voet</footer>
    <p class="author">Beheerder: Team ICT</p>
    </body></html>"""
    page = extract_page(html.encode("utf-8"), "http://x/ict/printers.htm")
    assert page.text.split("\n\n") == [
        "Printers",
        "Printen doe je op de tweede verdieping.",
        "Losse tekst in een div.",
        "Binnen.",
        "Toner",
        "Bestel bij de servicedesk.",
        "Citaat",
        "code blijft",
        "Beheerder: Team ICT",
    ]
    assert page.language == "en"
    assert page.section == "ICT"
    assert page.owner == "Team ICT"
    assert page.h1 == "Printers"


def test_wrapper_with_sidebar_in_its_class_keeps_the_content() -> None:
    body = "<p>" + "Belangrijke inhoud over de regeling. " * 20 + "</p>"
    html = f'<div class="page-with-sidebar">{body}</div><div class="sidebar">Zijkant</div>'
    page = extract_page(html.encode(), "http://x/")
    assert "Belangrijke inhoud" in page.text
    assert "Zijkant" not in page.text


def test_page_of_only_links_keeps_its_text_with_a_warning() -> None:
    html = b"<ul><li><a href=a.htm>Formulier A</a></li><li><a href=b.htm>Formulier B</a></li>" * 3
    page = extract_page(html + b"</ul>", "http://x/formulieren/")
    assert "Formulier A" in page.text
    assert page.warnings


def test_owner_from_meta_author_when_no_phrase() -> None:
    page = extract_page(b'<meta name="author" content=" Piet  Jansen "><p>Tekst</p>', "http://x/")
    assert page.owner == "Piet Jansen"


def test_owner_phrases() -> None:
    for phrase, who in [
        ("Eigenaar: Afdeling Financiën", "Afdeling Financiën"),
        ("Maintained by J. Smith", "J. Smith"),
        ("Auteur: K. Bakker, laatst gewijzigd 3-1-2011", "K. Bakker"),
        ("Verantwoordelijke: Hoofd P&O | Intranet", "Hoofd P&O"),
    ]:
        page = extract_page(f"<p>Tekst</p><p>{phrase}</p>".encode(), "http://x/")
        assert page.owner == who, phrase


def test_meta_refresh() -> None:
    html = b'<meta http-equiv="Refresh" content="0; URL=\'../nieuw/index.htm\'">'
    page = extract_page(html, "http://x/oud/index.htm")
    assert page.meta_refresh_url == "http://x/nieuw/index.htm"


def test_malformed_html() -> None:
    html = b"<html><body><table><tr><td><p>Eerste <b>vet <i>schuin</p></td><td>Tweede</b></table>"
    html += b"<p>Derde</div></span><p>Vierde"
    page = extract_page(html, "http://x/")
    assert page.text.split("\n\n") == ["Eerste vet schuin", "Tweede", "Derde", "Vierde"]


def test_truncated_mid_tag() -> None:
    page = extract_page(
        b"<html><head><title>Half</title></head><body><p>Begin van de tek", "http://x/"
    )
    assert page.title == "Half"
    assert page.text == "Begin van de tek"
    page = extract_page(b'<html><body><p>Tekst</p><a href="/verder.htm" cla', "http://x/")
    assert page.text == "Tekst"


def test_empty_and_whitespace_bodies() -> None:
    for body in (b"", b"   \n  "):
        page = extract_page(body, "http://x/2009/03/leeg.htm", http_last_modified="garbage")
        assert page.text == ""
        assert page.words == 0
        assert page.warnings
        assert [(e.source, e.date) for e in page.date_evidence] == [("url", "2009-03-01")]


def test_binary_served_as_html() -> None:
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n\x00\x00\x01" * 50
    page = extract_page(body, "http://x/download.asp?id=3")
    assert page.text == ""
    assert page.links == []
    assert any("binair" in w for w in page.warnings)


def test_comments_and_processing_instructions_keep_surrounding_text() -> None:
    html = (
        b"<?xml version='1.0' encoding='iso-8859-1'?><p>Voor<!-- weg -->na <?php echo 1 ?>einde</p>"
    )
    page = extract_page(html, "http://x/")
    assert page.text == "Voorna einde"


def test_nul_and_control_bytes_in_text() -> None:
    page = extract_page("<p>Tekst\x0bmet\x0c rare tekens € \ue000</p>".encode("utf-8"), "http://x/")
    assert page.text == "Tekst met rare tekens €"


def test_deeply_nested_markup() -> None:
    unclosed_fonts = b"<p>Begin</p>" + b"<font size=2>Tekst " * 1500 + b"<p>Eind</p>"
    page = extract_page(unclosed_fonts, "http://x/")
    assert page.text.startswith("Begin\n\nTekst Tekst")
    assert page.text.endswith("Tekst\n\nEind")
    beyond_the_parser = b"<div>" * 5000 + b"<p>Diep</p>" + b"<font>" * 5000 + b"x"
    assert any("diep genest" in w for w in extract_page(beyond_the_parser, "http://x/").warnings)
    assert page.warnings == []


def test_five_megabyte_page_finishes() -> None:
    paragraph = "<p>Regel met wat woorden over het intranet en de regeling – € 5.</p>\n"
    html = ("<html><body>" + paragraph * (5_000_000 // len(paragraph)) + "</body></html>").encode(
        "cp1252"
    )
    assert len(html) > 4_900_000
    page = extract_page(html, "http://x/groot.htm")
    assert page.words > 500_000
    assert page.text.count("\n\n") == 5_000_000 // len(paragraph) - 1


def test_result_is_picklable() -> None:
    page = extract_page(frontpage(), URL, http_last_modified="Mon, 01 Jun 2015 10:00:00 GMT")
    assert pickle.loads(pickle.dumps(page)) == page


DREAMWEAVER = """<html><head><title>Nieuws</title></head><body><div id="container">
<div id="top"><img src="logo.gif" alt="Logo"> <span class="zoek"><input name="q">
<input type="submit" value="Zoek"></span></div>
<div id="leftnav"><h3>Snel naar</h3><ul><li><a href="a">Afdelingen</a></li>
<li><a href="b">Formulieren</a></li><li><a href="c">Wie is wie</a></li></ul></div>
<div id="kruimelpad">Intranet / Nieuws / Archief 2008</div>
<div id="content"><h1>Nieuwe koffieautomaten</h1><p class="datum">Geplaatst op 4 april 2008</p>
<p>Vanaf maandag staan er nieuwe koffieautomaten op elke verdieping. Zie ook:</p>
<ul><li><a href="x">Handleiding koffieautomaat</a></li><li><a href="y">Storing melden</a></li>
<li><a href="z">Facilitaire zaken</a></li></ul>
<p>Met vriendelijke groet,<br>Facilitaire Zaken</p></div>
<div id="footer">Intranet Gemeente | <a href="p">Privacy</a> | Redactie: Team Communicatie</div>
</div></body></html>"""


def test_div_layout_keeps_link_lists_inside_the_content() -> None:
    page = extract_page(DREAMWEAVER.encode(), "http://intranet/nieuws/2008/04/koffie.htm")
    assert page.text.split("\n\n") == [
        "Nieuwe koffieautomaten",
        "Geplaatst op 4 april 2008",
        "Vanaf maandag staan er nieuwe koffieautomaten op elke verdieping. Zie ook:",
        "Handleiding koffieautomaat",
        "Storing melden",
        "Facilitaire zaken",
        "Met vriendelijke groet,",
        "Facilitaire Zaken",
    ]
    assert page.headings == [(1, "Nieuwe koffieautomaten")]
    assert page.section == "Nieuws > Archief 2008"
    assert page.owner == "Team Communicatie"
    assert [(e.source, e.date, e.kind) for e in page.date_evidence] == [
        ("visible", "2008-04-04", "published"),
        ("url", "2008-04-01", "unknown"),
    ]


def test_owner_in_main_text_beats_template_contact() -> None:
    html = (
        "<div id='sidebar'>Contact: Servicedesk</div>"
        "<div id='content'><p>Uitleg over declaraties.</p><p>Eigenaar: Team Financiën</p></div>"
    )
    assert extract_page(html.encode(), "http://x/").owner == "Team Financiën"


def test_unparsable_addresses_do_not_stop_the_page() -> None:
    html = (
        b"<base href='http://[::1'><link rel=canonical href='http://[zz/'>"
        b"<meta http-equiv=refresh content='0;url=http://[x'><p>Tekst</p><a href='b.htm'>b</a>"
    )
    page = extract_page(html, "http://x/a/index.htm")
    assert page.text == "Tekst\n\nb"
    assert page.warnings == []
    assert (page.canonical_url, page.meta_refresh_url) == (None, None)
    assert [link.url for link in page.links] == ["http://x/a/b.htm"]


def test_same_result_from_several_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    bodies = [frontpage(), DREAMWEAVER.encode()] * 10
    expected = [extract_page(body, URL) for body in bodies]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda body: extract_page(body, URL), bodies))
    assert results == expected


def test_sentence_full_of_links_is_not_a_menu_bar() -> None:
    html = (
        "<table><tr><td width=150><a href=a>Een</a><br><a href=b>Twee</a><br><a href=c>Drie</a>"
        "</td><td><p>Lees de <a href=r1>regeling verlof</a>, de <a href=r2>regeling reizen</a> "
        "en de <a href=r3>regeling thuiswerken</a>.</p>"
        "<p><font size=1><a href=h>Home</a> | <a href=z>Zoeken</a> | <a href=s>Sitemap</a></font>"
        "</p><p>Meer uitleg over de regelingen volgt hier.</p></td></tr></table>"
    )
    page = extract_page(html.encode(), "http://x/")
    assert page.text.split("\n\n") == [
        "Lees de regeling verlof, de regeling reizen en de regeling thuiswerken.",
        "Meer uitleg over de regelingen volgt hier.",
    ]


def test_footer_row_with_copyright_in_the_middle() -> None:
    html = (
        "<table><tr><td><p>Inhoud van de pagina met genoeg woorden.</p></td></tr></table>"
        "<table><tr><td><font size=1>Gepubliceerd op 11 oktober 2010 | Contactpersoon: Redactie"
        " | <a href=/d>Disclaimer</a> | © Gemeente Zuiderveen</font></td></tr></table>"
    )
    page = extract_page(html.encode(), "http://x/")
    assert page.text == "Inhoud van de pagina met genoeg woorden."
    assert page.owner == "Redactie"
    assert [e.date for e in page.date_evidence] == ["2010-10-11"]


def test_short_page_in_a_layout_table_full_of_menu_links() -> None:
    menu = "".join(
        f'<tr><td><img src="s.gif"><a href="p{i}.html" class="menu">Onderwerp {i}</a></td></tr>'
        for i in range(15)
    )
    top = " | ".join(f'<a href="/{name}/" class="topmenu">{name}</a>' for name in "ABCDEFGH")
    html = (
        f'<table><tr><td><img src="logo.gif" alt="Logo"></td><td><font size="1">{top}</font>'
        f'</td></tr></table><table><tr><td width="170"><table>{menu}</table></td><td><font>'
        '<p class="kruimelpad">U bent hier: <a href="/">Home</a> &gt; <a href="i.html">'
        "Facilitair</a> &gt; EHBO</p><h1>EHBO</h1><p>Mail uw vraag als u niet kunt bellen.</p>"
        "</font></td></tr></table>"
    )
    page = extract_page(html.encode(), "http://x/fac/ehbo.html")
    assert page.text.split("\n\n") == ["EHBO", "Mail uw vraag als u niet kunt bellen."]
    assert page.warnings == []
    assert page.section == "Facilitair"


def test_lone_navigation_links_are_not_text() -> None:
    html = (
        '<table><tr><td><a href="/">&laquo; Home</a></td><td><p>Echte inhoud.</p>'
        '<p><a href="../">Terug</a></p><p>Lees <a href="/r">de regeling</a>.</p></td></tr></table>'
    )
    page = extract_page(html.encode(), "http://x/a/b.htm")
    assert page.text.split("\n\n") == ["Echte inhoud.", "Lees de regeling."]
    assert [link.anchor_text for link in page.links] == ["« Home", "Terug", "de regeling"]


SAMPLE = Path(__file__).parents[2] / "resources" / "sample_intranet"


@pytest.mark.parametrize(
    ("path", "section"),
    [
        ("com/concept-schrijfwijzer.html", "Communicatie"),  # title "- concept - Schrijfwijzer…"
        ("com/schrijfwijzer.html", "Communicatie"),
        ("com/index.html", "Communicatie"),  # a top-level page keeps its one crumb
        ("disclaimer.html", "Disclaimer"),
    ],
)
def test_section_is_the_parent_path_from_the_breadcrumb(path: str, section: str) -> None:
    page = extract_page((SAMPLE / path).read_bytes(), "http://i/" + path)
    assert page.section == section


def test_last_crumb_is_kept_when_it_is_a_parent() -> None:
    """A linked last crumb that is not this page's name is a parent, not the page."""
    html = (
        '<html><title>Declaraties</title><body><div class="breadcrumb"><a href="/">Home</a> &gt; '
        '<a href="/po/">Personeelszaken</a> &gt; <a href="/po/geld/">Geldzaken</a></div>'
        "<h1>Declaraties</h1><p>Lever bonnen in.</p></body></html>"
    )
    assert extract_page(html.encode(), "http://i/po/geld/d.html").section == (
        "Personeelszaken > Geldzaken"
    )
    text_only = (
        "<html><title>Printers</title><body><p>U bent hier: Home &gt; ICT &gt; Printers</p>"
        "<h1>Printers</h1><p>Alle printers op een rij.</p></body></html>"
    )
    assert extract_page(text_only.encode(), "http://i/ict/p.html").section == "ICT"


def test_a_long_element_with_a_crumb_hint_is_not_a_breadcrumb() -> None:
    body = "<p>" + "Tekst over locaties en gebouwen. " * 40 + "</p>"
    html = f'<html><body><div class="locatie-info">{body} a / b / c</div></body></html>'
    assert extract_page(html.encode(), "http://i/x.html").section is None
