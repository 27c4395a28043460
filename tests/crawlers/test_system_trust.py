"""An intranet certificate from the organisation's own authority is trusted without --insecure.

A real HTTPS server on 127.0.0.1 presents a certificate signed by a test authority. The
authority is put in a trust store this test controls: OpenSSL's default locations, which
truststore reads on Linux, pointed at by SSL_CERT_FILE/SSL_CERT_DIR (the same mechanism by which
a distribution's CA folder or Windows' certificate store reaches it elsewhere). The crawl trusts
it; a plain requests call (certifi's public authorities) does not; and with another authority
in the store the crawl refuses, so it is the store that decides.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from crawlers.fetch_errors import error_code
from crawlers.fetch_http import FetchConfig, HttpFetcher
from crawlers.tls import check_ca_file, check_proxy
from tests.crawlers import Handler, LocalServer, serve
from tests.processes import run_cli

pytest.importorskip("truststore")
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="OpenSSL trust store paths")


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _authority(name: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _server_cert(
    ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _key()
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intranet.gemeente")]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return cert, key


class Intranet(Handler):
    def do_GET(self) -> None:
        if self.path == "/":
            body = b'<html lang="nl"><title>Start</title><a href="/verlof.html">Verlof</a></html>'
        else:
            body = b'<html lang="nl"><title>Verlof</title><p>Verlof aanvragen.</p></html>'
        self.reply(200, body, content_type="text/html; charset=utf-8")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_pki(tmp_path_factory.mktemp("pki"))


def make_pki(folder: Path) -> dict[str, Path]:
    """An organisation's root, another root, and the intranet's certificate from the first."""
    ca, ca_key = _authority("Gemeente Zuiderveen Root CA")
    other, _ = _authority("Een andere organisatie CA")
    server, server_key = _server_cert(ca, ca_key)
    files = {
        "ca": folder / "gemeente-root.pem",
        "other": folder / "andere-root.pem",
        "cert": folder / "intranet.pem",
        "key": folder / "intranet.key",
        "empty_dir": folder / "leeg",
    }
    files["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files["other"].write_bytes(other.public_bytes(serialization.Encoding.PEM))
    files["cert"].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    files["key"].write_bytes(_pem_key(server_key))
    files["empty_dir"].mkdir()
    return files


@contextmanager
def https_intranet(pki: dict[str, Path]) -> Iterator[str]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki["cert"], pki["key"])
    with serve(Intranet) as srv:
        srv.socket = context.wrap_socket(srv.socket, server_side=True)
        yield f"https://127.0.0.1:{_port(srv)}/"


def _port(srv: LocalServer) -> int:
    return int(srv.server_port)


def _store(monkeypatch: pytest.MonkeyPatch, pki: dict[str, Path], authority: str) -> None:
    """The machine's trust store holds exactly *authority*."""
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(pki[authority]))
    monkeypatch.setenv("SSL_CERT_DIR", str(pki["empty_dir"]))


def _fetch(url: str, **kw: object) -> tuple[int | None, str | None]:
    config = FetchConfig(retries=0, timeout=5)
    for key, value in kw.items():
        setattr(config, key, value)
    with closing(HttpFetcher(config)) as f:
        r = f.fetch(url)
    return r.status, error_code(r.error)


def test_authority_in_the_system_store_is_trusted(
    pki: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(monkeypatch, pki, "ca")
    with https_intranet(pki) as url:
        assert _fetch(url) == (200, None)
        # What the crawler did before: requests with certifi's public authorities only.
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(url, timeout=5)


def test_without_the_authority_in_the_store_the_certificate_is_refused(
    pki: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(monkeypatch, pki, "other")
    with https_intranet(pki) as url:
        assert _fetch(url) == (None, "certificate")
        assert _fetch(url, verify_tls=False) == (200, None)  # --insecure still works


def test_a_chosen_ca_file_is_trusted_besides_the_store(
    pki: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(monkeypatch, pki, "other")
    with https_intranet(pki) as url:
        assert _fetch(url, ca_file=str(pki["ca"])) == (200, None)


def test_crawl_command_over_https_with_the_system_store(
    pki: dict[str, Path], tmp_path: Path
) -> None:
    env = {
        "SSL_CERT_FILE": str(pki["ca"]),
        "SSL_CERT_DIR": str(pki["empty_dir"]),
        "REQUESTS_CA_BUNDLE": "",
        "CURL_CA_BUNDLE": "",
    }
    with https_intranet(pki) as url:
        project = tmp_path / "https.audit"
        r = run_cli("crawl", url, "--project", str(project), "--format", "json", env=env)
        assert r.returncode == 0, r.stderr
        import json

        crawl = json.loads(r.stdout)["crawl"]
        assert crawl["errors"] == 0 and crawl["pages_in_project"] >= 2
        refused = run_cli(
            "crawl",
            url,
            "--project",
            str(tmp_path / "refused.audit"),
            "--quiet",
            env={**env, "SSL_CERT_FILE": str(pki["other"])},
        )
        assert refused.returncode == 1, refused.stdout + refused.stderr


def test_bad_certificate_and_proxy_choices_are_explained(
    pki: dict[str, Path], tmp_path: Path
) -> None:
    assert check_ca_file(str(pki["ca"])) is None
    assert "bestaat niet" in (check_ca_file(str(tmp_path / "weg.pem")) or "")
    (tmp_path / "geen.pem").write_text("geen certificaat")
    assert "PEM-formaat" in (check_ca_file(str(tmp_path / "geen.pem")) or "")
    assert check_proxy("http://proxy.gemeente.nl:8080") is None
    assert "wachtwoord" in (check_proxy("http://jan:geheim@proxy:8080") or "")
    assert "http://proxy" in (check_proxy("proxy:8080") or "")
    r = run_cli(
        "crawl",
        "https://127.0.0.1:9/",
        "--project",
        str(tmp_path / "x.audit"),
        "--ca-file",
        str(tmp_path / "geen.pem"),
    )
    assert r.returncode == 2 and "PEM-formaat" in r.stderr and "Traceback" not in r.stderr
    assert not os.path.exists(tmp_path / "x.audit")
