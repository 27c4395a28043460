"""Document kinds and metadata read from real small files made here."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook
from pypdf import PdfWriter

from crawlers.documents import document_dates, document_type, read_document_info
from crawlers.model import DocumentInfo


def make_pdf(metadata: dict[str, str] | None = None, pages: int = 2) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    if metadata:
        writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CORE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties
 xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Declaratieformulier reiskosten</dc:title><dc:creator>Marieke Bos</dc:creator>
<cp:lastModifiedBy>Kees Smit</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2007-02-01T09:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2009-03-12T15:30:00Z</dcterms:modified>
</cp:coreProperties>"""
APP_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Pages>4</Pages></Properties>"""


def make_docx(core: str = CORE_XML) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
        archive.writestr("docProps/core.xml", core)
        archive.writestr("docProps/app.xml", APP_XML)
    return out.getvalue()


def test_pdf_info_dict() -> None:
    pdf = make_pdf(
        {
            "/Title": "Verlofregeling 2009",
            "/Author": "Afdeling P&O",
            "/CreationDate": "D:20080101120000+01'00'",
            "/ModDate": "D:20090312103000+01'00'",
        }
    )
    info = read_document_info(pdf, "pdf")
    assert (info.title, info.author, info.created, info.modified, info.pages) == (
        "Verlofregeling 2009",
        "Afdeling P&O",
        "2008-01-01",
        "2009-03-12",
        2,
    )


def test_pdf_without_metadata() -> None:
    info = read_document_info(make_pdf(pages=3), "pdf")
    assert (info.title, info.modified, info.pages) == (None, None, 3)


def test_pdf_with_bad_dates() -> None:
    info = read_document_info(
        make_pdf({"/ModDate": "D:20091399", "/CreationDate": "gisteren"}), "pdf"
    )
    assert (info.created, info.modified) == (None, None)


def test_encrypted_pdf_with_empty_user_password_is_read() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": "Vertrouwelijk"})
    writer.encrypt("", "eigenaar", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    info = read_document_info(out.getvalue(), "pdf")
    assert info.title == "Vertrouwelijk"
    assert info.extra["encrypted"] is True


def test_encrypted_pdf_with_password_gives_empty_info() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("geheim", "eigenaar", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    info = read_document_info(out.getvalue(), "pdf")
    assert (info.title, info.pages, info.extra.get("encrypted")) == (None, None, True)


def test_docx_core_properties() -> None:
    info = read_document_info(make_docx(), "word")
    assert (info.title, info.author, info.created, info.modified, info.pages) == (
        "Declaratieformulier reiskosten",
        "Marieke Bos",
        "2007-02-01",
        "2009-03-12",
        4,
    )
    assert info.extra["last_modified_by"] == "Kees Smit"


def test_xlsx_made_by_openpyxl() -> None:
    workbook = Workbook()
    workbook.properties.title = "Begroting 2010"
    workbook.properties.creator = "Financiën"
    out = io.BytesIO()
    workbook.save(out)
    info = read_document_info(out.getvalue(), "excel")
    assert (info.title, info.author) == ("Begroting 2010", "Financiën")
    assert info.created is not None and info.modified is not None


def test_core_xml_with_entity_expansion_is_not_expanded() -> None:
    evil = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>&b;</dc:title></cp:coreProperties>"
    )
    info = read_document_info(make_docx(evil), "word")
    assert info.title is None or "aaaaaaaaaa" not in info.title


def test_opendocument_meta() -> None:
    meta = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>
<dc:title>Notulen OR</dc:title><meta:initial-creator>Ria Vos</meta:initial-creator>
<meta:creation-date>2006-05-01T10:00:00</meta:creation-date><dc:date>2008-11-30T16:00:00</dc:date>
<meta:document-statistic meta:page-count="7"/></office:meta></office:document-meta>"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("meta.xml", meta)
    info = read_document_info(out.getvalue(), "opendocument")
    assert (info.title, info.author, info.created, info.modified, info.pages) == (
        "Notulen OR",
        "Ria Vos",
        "2006-05-01",
        "2008-11-30",
        7,
    )


def test_rtf_info_group() -> None:
    rtf = (
        rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}{\info{\title Regeling thuiswerk\'eb}"
        rb"{\author J. de Boer}{\creatim\yr2009\mo3\dy12\hr10\min5}{\revtim\yr2010\mo1\dy2}"
        rb"{\nofpages3}}\pard Hallo\par}"
    )
    info = read_document_info(rtf, "rtf")
    assert (info.title, info.author, info.created, info.modified, info.pages) == (
        "Regeling thuiswerkë",
        "J. de Boer",
        "2009-03-12",
        "2010-01-02",
        3,
    )


def test_bytes_decide_not_the_label() -> None:
    info = read_document_info(make_pdf({"/Title": "Eigenlijk een PDF"}), "word")
    assert info.title == "Eigenlijk een PDF"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"garbage",
        b"%PDF-1.4 garbage garbage",
        b"PK\x03\x04 not really a zip",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,  # old OLE .doc: skipped
        b"{\\rtf1 {\\info {\\creatim\\yr2009}}",
    ],
)
def test_garbage_gives_empty_info(body: bytes) -> None:
    info = read_document_info(body, "pdf")
    assert isinstance(info, DocumentInfo)
    assert (info.title, info.modified) == (None, None)


def test_truncated_files_never_raise() -> None:
    for whole in (make_pdf({"/Title": "x"}), make_docx()):
        for cut in (10, len(whole) // 3, len(whole) // 2, len(whole) - 5):
            assert isinstance(read_document_info(whole[:cut], "pdf"), DocumentInfo)


@pytest.mark.parametrize(
    ("url", "content_type", "kind"),
    [
        ("http://x/docs/verslag.pdf", None, "pdf"),
        ("http://x/docs/VERSLAG.PDF", "application/octet-stream", "pdf"),
        ("http://x/docs/brief.doc", None, "word"),
        ("http://x/docs/brief.docx", None, "word"),
        ("http://x/docs/begroting.xls", None, "excel"),
        ("http://x/docs/presentatie.pptx", None, "powerpoint"),
        ("http://x/docs/notulen.odt", None, "opendocument"),
        ("http://x/docs/oud.rtf", None, "rtf"),
        ("http://x/download.aspx?file=jaarplan%202009.xlsx", None, "excel"),
        ("http://x/download.aspx?id=12", "application/pdf", "pdf"),
        ("http://x/getfile", "application/vnd.ms-excel; charset=binary", "excel"),
        ("http://x/docs/map%20met%20spatie/lijst.docx", None, "word"),
        ("http://x/po/verlof.htm", "text/html", None),
        ("http://x/po/verlof.htm", None, None),
        ("http://x/docs/verslag.pdf", "text/html", None),
        ("http://x/img/logo.gif", "image/gif", None),
        ("http://x/", None, None),
    ],
)
def test_document_type(url: str, content_type: str | None, kind: str | None) -> None:
    assert document_type(url, content_type) == kind


def test_document_dates() -> None:
    info = DocumentInfo(created="2007-02-01", modified="2009-03-12")
    assert [(e.date, e.source, e.kind) for e in document_dates(info)] == [
        ("2009-03-12", "document", "modified"),
        ("2007-02-01", "document", "published"),
    ]
    assert document_dates(DocumentInfo()) == []
