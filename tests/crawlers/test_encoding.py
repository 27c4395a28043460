"""Decoding real bytes the way a browser shows them (WHATWG priority, latin-1 = windows-1252)."""

from __future__ import annotations

import codecs

import pytest

from crawlers.encoding import decode_html, decode_with_notes, looks_binary, normalise_charset

PHRASE = "Financiële regeling – € 12,50 voor “collega’s” én café"
CP1252 = PHRASE.encode("cp1252")
UTF8 = PHRASE.encode("utf-8")


def page(head: str, body: bytes) -> bytes:
    return (
        b"<html><head>" + head.encode("ascii") + b"</head><body><p>" + body + b"</p></body></html>"
    )


def body_text(decoded: str) -> str:
    return decoded.split("<p>", 1)[1].split("</p>", 1)[0]


def test_cp1252_bytes_without_any_charset_are_sniffed_as_windows_1252() -> None:
    text, enc = decode_html(page("", CP1252))
    assert body_text(text) == PHRASE
    assert enc == "windows-1252"


def test_wrong_utf8_header_on_cp1252_bytes_falls_back_to_sniffing() -> None:
    text, enc, notes = decode_with_notes(page("", CP1252), "utf-8")
    assert body_text(text) == PHRASE
    assert enc == "windows-1252"
    assert "\ufffd" not in text
    assert any("HTTP-header" in note for note in notes)


def test_iso_8859_1_meta_is_read_as_windows_1252_like_browsers() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    text, enc = decode_html(page(head, CP1252))
    assert body_text(text) == PHRASE
    assert enc == "windows-1252"


def test_iso_8859_1_header_with_euro_and_quotes_in_0x80_range() -> None:
    text, enc = decode_html(page("", "Prijs: € 5 – “nu”".encode("cp1252")), "ISO-8859-1")
    assert body_text(text) == "Prijs: € 5 – “nu”"
    assert enc == "windows-1252"


def test_utf8_bom_beats_header_and_meta() -> None:
    body = codecs.BOM_UTF8 + page('<meta charset="windows-1252">', UTF8)
    text, enc = decode_html(body, "iso-8859-1")
    assert body_text(text) == PHRASE
    assert enc == "utf-8"
    assert not text.startswith("\ufeff")


def test_utf16_bom() -> None:
    body = page("", UTF8).decode("utf-8").encode("utf-16")
    text, enc = decode_html(body)
    assert body_text(text) == PHRASE
    assert enc.startswith("utf-16")


def test_utf8_bytes_with_meta_saying_iso_8859_1_are_utf8() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    text, enc, notes = decode_with_notes(page(head, UTF8))
    assert body_text(text) == PHRASE
    assert enc == "utf-8"
    assert notes


def test_header_beats_meta_when_both_decode() -> None:
    head = '<meta charset="iso-8859-15">'
    text, enc = decode_html(page(head, "Prijs € 5".encode("cp1252")), "windows-1252")
    assert body_text(text) == "Prijs € 5"
    assert enc == "windows-1252"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("win-1252", "windows-1252"),
        ("utf8", "utf-8"),
        ("UTF-8", "utf-8"),
        ('"iso-8859-1"', "windows-1252"),
        ("latin1", "windows-1252"),
        ("us-ascii", "windows-1252"),
        ("x-user-defined-foo", None),
        ("rot13", None),
        ("base64", None),
        ("", None),
        (None, None),
    ],
)
def test_charset_labels(label: str | None, expected: str | None) -> None:
    assert normalise_charset(label) == expected


@pytest.mark.parametrize("label", ["x-user-defined-foo", "win-1252", "unicode_escape", "base64"])
def test_unknown_or_odd_header_labels_never_raise(label: str) -> None:
    text, enc = decode_html(page("", CP1252), label)
    assert body_text(text) == PHRASE
    assert enc == "windows-1252"


def test_misspelled_utf8_label_is_used() -> None:
    text, enc = decode_html(page("", UTF8), "utf8")
    assert body_text(text) == PHRASE
    assert enc == "utf-8"


def test_unknown_meta_label_sniffs() -> None:
    text, enc = decode_html(page('<meta charset="x-user-defined-foo">', CP1252))
    assert body_text(text) == PHRASE
    assert enc == "windows-1252"


def test_utf8_template_with_pasted_cp1252_text_has_no_replacement_chars() -> None:
    body = page('<meta charset="utf-8">', UTF8 + b" / " + CP1252)
    text, enc, notes = decode_with_notes(body, "utf-8")
    assert body_text(text) == PHRASE + " / " + PHRASE
    assert "\ufffd" not in text
    assert enc == "utf-8"
    assert any("Gemengde" in note for note in notes)


def test_undefined_cp1252_bytes_do_not_crash() -> None:
    text, enc = decode_html(b"<p>a\x81b\x8dc</p>", "windows-1252")
    assert text == "<p>a\x81b\x8dc</p>"
    assert enc == "windows-1252"


def test_cyrillic_single_byte_page_is_detected() -> None:
    phrase = "Привет, это страница о кадрах и отпуске сотрудников. " * 3
    text, enc = decode_html(page("", phrase.encode("cp1251")))
    assert "это страница о кадрах и отпуске сотрудников" in text
    assert enc != "windows-1252"


def test_plain_ascii() -> None:
    text, enc = decode_html(b"<p>Hallo</p>")
    assert text == "<p>Hallo</p>"
    assert enc == "ascii"


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"GIF89a\x01\x00\x01\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"<html>\x00\x01\x02\x03 garbage \x00\x00\xff",
        bytes(range(1, 32)) * 10,
    ],
)
def test_binary_bodies(body: bytes) -> None:
    assert looks_binary(body)


@pytest.mark.parametrize(
    "body",
    [
        page("", CP1252),
        page("", UTF8),
        "<html><body>Hé</body></html>".encode("utf-16-le"),
        "<html><body>Hé</body></html>".encode("utf-16"),
        b"",
        b"   \n\t<p>x</p>\x0c",
    ],
)
def test_text_bodies(body: bytes) -> None:
    assert not looks_binary(body)


def test_utf8_bom_with_a_pasted_cp1252_word() -> None:
    body = codecs.BOM_UTF8 + "Één ".encode() + "café – €".encode("cp1252")
    text, enc = decode_html(body)
    assert (text, enc) == ("Één café – €", "utf-8")


def test_short_cp1252_text_with_utf8_header() -> None:
    text, enc = decode_html("Café € 5".encode("cp1252"), "utf-8")
    assert (text, enc) == ("Café € 5", "windows-1252")


def test_utf16_header_on_single_byte_text_is_ignored() -> None:
    text, enc = decode_html(page("", CP1252), "utf-16")
    assert body_text(text) == PHRASE
    assert enc == "windows-1252"


def test_utf16_header_without_bom() -> None:
    body = page("", UTF8).decode("utf-8").encode("utf-16-le")
    text, enc = decode_html(body, "utf-16le")
    assert body_text(text) == PHRASE
    assert enc == "utf-16-le"
