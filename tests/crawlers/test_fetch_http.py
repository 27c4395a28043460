"""The HTTP fetcher against real servers on 127.0.0.1: redirects, retries, time-outs, size cap."""

from __future__ import annotations

import base64
import datetime
import gzip
import ipaddress
import ssl
import threading
import time
import tracemalloc
from contextlib import closing
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from crawlers.fetch_errors import decode, error_code
from crawlers.fetch_http import FetchConfig, HttpFetcher
from tests.crawlers import Handler, serve, url_of

FIFTY_MB = 50 * 1024 * 1024


class Site(Handler):
    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        hits = self.count(self.path)
        if path == "/a":
            self.reply(301, headers={"Location": "/b"})
        elif path == "/b":
            self.reply(302, headers={"Location": url_of(self.server, "/c")})
        elif path == "/c":
            self.reply(200, b"<p>eindpunt</p>", content_type="text/HTML; Charset=UTF-8")
        elif path == "/app":
            self.reply(
                302, headers={"Location": "/app;jsessionid=XYZ", "Set-Cookie": "JSESSIONID=XYZ"}
            )
        elif path == "/app;jsessionid=XYZ":
            self.reply(200, self.headers.get("Cookie", "").encode())
        elif path == "/loop1":
            self.reply(302, headers={"Location": "/loop2"})
        elif path == "/loop2":
            self.reply(307, headers={"Location": "/loop1?PHPSESSID=abc"})
        elif path.startswith("/hop"):
            self.reply(302, headers={"Location": f"/hop{int(path[4:]) + 1}"})
        elif path == "/flaky":
            self.reply(500 if hits == 1 else 200, b"ok" if hits > 1 else b"kapot")
        elif path == "/broken":
            self.reply(503, b"onderhoud")
        elif path == "/slow":
            self.server.stopping.wait(3)
            self.reply(200, b"te laat")
        elif path == "/huge":
            self.stream_huge()
        elif path == "/bomb":
            packed = gzip.compress(b"\0" * FIFTY_MB, compresslevel=9)
            self.reply(200, packed, {"Content-Encoding": "gzip"}, content_type="text/html")
        elif path == "/gone":
            self.reply(404, b"weg")
        else:
            self.reply(200, f"pagina {path}".encode())

    def stream_huge(self) -> None:
        chunk = b"x" * 65536
        sent = 0
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(FIFTY_MB))
            self.end_headers()
            while sent < FIFTY_MB:
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            self.close_connection = True
        finally:
            self.server.state["sent"] = sent


def fetcher(**kw: object) -> HttpFetcher:
    config = FetchConfig(retries=2, backoff=0.01, timeout=5)
    for key, value in kw.items():
        setattr(config, key, value)
    return HttpFetcher(config)


def test_redirect_chain_is_recorded() -> None:
    with serve(Site) as srv, closing(fetcher()) as f:
        r = f.fetch(url_of(srv, "/a"))
    assert r.error is None
    assert r.status == 200
    assert r.redirect_chain == [url_of(srv, "/a"), url_of(srv, "/b")]
    assert r.final_url == url_of(srv, "/c")
    assert r.body == b"<p>eindpunt</p>"
    assert r.content_type == "text/html"
    assert r.charset == "UTF-8"
    assert r.headers["content-length"] == str(len(r.body))


def test_redirect_loop_is_caught_even_with_session_id_noise() -> None:
    with serve(Site) as srv, closing(fetcher()) as f:
        r = f.fetch(url_of(srv, "/loop1"))
        hits = srv.state.get("/loop1", 0)
    assert error_code(r.error) == "redirect-loop"
    assert r.redirect_chain == [
        url_of(srv, "/loop1"),
        url_of(srv, "/loop2"),
        url_of(srv, "/loop1?PHPSESSID=abc"),
    ]
    assert hits == 1


def test_session_id_redirect_is_not_a_loop() -> None:
    with serve(Site) as srv, closing(fetcher()) as f:
        r = f.fetch(url_of(srv, "/app"))
    assert (r.status, r.error, r.body) == (200, None, b"JSESSIONID=XYZ")
    assert r.final_url == url_of(srv, "/app;jsessionid=XYZ")


def test_too_many_redirects() -> None:
    with serve(Site) as srv, closing(fetcher(max_redirects=3)) as f:
        r = f.fetch(url_of(srv, "/hop0"))
    assert decode(r.error) == {"code": "too-many-redirects", "max": 3}
    assert len(r.redirect_chain) == 4


def test_500_then_success_is_retried() -> None:
    with serve(Site) as srv, closing(fetcher()) as f:
        r = f.fetch(url_of(srv, "/flaky"))
        hits = srv.state["/flaky"]
    assert (r.status, r.body, r.error) == (200, b"ok", None)
    assert hits == 2


def test_server_error_forever_gives_up_after_retries() -> None:
    with serve(Site) as srv, closing(fetcher(retries=3)) as f:
        r = f.fetch(url_of(srv, "/broken"))
        hits = srv.state["/broken"]
    assert hits == 4
    assert r.status == 503
    assert decode(r.error) == {"code": "server-error", "status": 503, "retries": 3}
    assert r.retryable
    assert r.body == b"onderhoud"


def test_not_found_is_not_retried() -> None:
    with serve(Site) as srv, closing(fetcher()) as f:
        r = f.fetch(url_of(srv, "/gone"))
        hits = srv.state["/gone"]
    assert (r.status, error_code(r.error), r.retryable, hits) == (404, "not-found", False, 1)


def test_slow_server_times_out() -> None:
    with serve(Site) as srv, closing(fetcher(timeout=0.5, retries=0)) as f:
        started = time.monotonic()
        r = f.fetch(url_of(srv, "/slow"))
        took = time.monotonic() - started
    assert decode(r.error) == {"code": "timeout", "seconds": 0.5}
    assert r.retryable
    assert r.status is None
    assert took < 2.5


def test_huge_body_is_cut_without_reading_it_all() -> None:
    cap = 1_000_000
    tracemalloc.start()
    try:
        with serve(Site) as srv, closing(fetcher(max_bytes=cap)) as f:
            r = f.fetch(url_of(srv, "/huge"))
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.truncated
    assert len(r.body) == cap
    assert r.content_type == "application/pdf"
    assert peak < 10 * cap
    assert srv.state["sent"] < FIFTY_MB / 2


def test_connection_refused_and_unknown_host_in_dutch() -> None:
    with serve(Site) as srv:
        port = srv.server_port
    with closing(fetcher(retries=1)) as f:
        refused = f.fetch(f"http://127.0.0.1:{port}/")
        bad = f.fetch("http://127.0.0.1:99999/")
    assert error_code(refused.error) == "connection-refused"
    assert refused.retryable
    assert error_code(bad.error) == "bad-address"


def test_threads_share_a_fetcher() -> None:
    results: list[int | None] = []
    lock = threading.Lock()
    with serve(Site) as srv, closing(fetcher()) as f:

        def work(n: int) -> None:
            for i in range(10):
                r = f.fetch(url_of(srv, f"/p{n}-{i}"))
                with lock:
                    results.append(r.status)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        sessions = len(f._sessions)
    assert results == [200] * 80
    assert sessions == 8  # one per worker thread


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intranet.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_untrusted_certificate(tmp_path: Path) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    with serve(Site) as srv:
        srv.socket = context.wrap_socket(srv.socket, server_side=True)
        url = f"https://127.0.0.1:{srv.server_port}/x"
        with closing(fetcher(retries=0)) as strict:
            refused = strict.fetch(url)
        with closing(fetcher(retries=0, verify_tls=False)) as lenient:
            accepted = lenient.fetch(url)
    assert (refused.status, error_code(refused.error), refused.retryable) == (
        None,
        "certificate",
        False,
    )
    assert (accepted.status, accepted.body, accepted.error) == (200, b"pagina /x", None)


def test_compressed_body_is_capped_after_unpacking() -> None:
    with serve(Site) as srv, closing(fetcher(max_bytes=1_000_000)) as f:
        r = f.fetch(url_of(srv, "/bomb"))
    assert r.truncated
    assert r.body == b"\0" * 1_000_000
    assert r.headers["content-encoding"] == "gzip"


class Proxy(Handler):
    """Answers as a forward proxy would: the request line holds the full address."""

    def do_GET(self) -> None:
        self.server.state["seen"].append(self.path)
        self.reply(200, f"via proxy {self.path}".encode())


def test_proxy_from_the_environment_is_used_and_no_proxy_is_respected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with serve(Proxy, seen=[]) as proxy, serve(Site) as site:
        monkeypatch.setenv("HTTP_PROXY", url_of(proxy, ""))
        with closing(fetcher(retries=0)) as f:
            r = f.fetch("http://intranet.test/verlof.html")
        assert (r.status, r.body) == (200, b"via proxy http://intranet.test/verlof.html")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        with closing(fetcher(retries=0)) as f:
            direct = f.fetch(url_of(site, "/x"))
        assert (direct.status, direct.body) == (200, b"pagina /x")
        assert proxy.state["seen"] == ["http://intranet.test/verlof.html"]


class NeedsLogin(Handler):
    def do_GET(self) -> None:
        expected = "Basic " + base64.b64encode(b"jan:geheim").decode()
        ok = self.headers.get("Authorization") == expected
        self.reply(200 if ok else 401, b"binnen" if ok else b"")


def test_netrc_login_is_still_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login jan password geheim\n", "utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    with serve(NeedsLogin) as srv, closing(fetcher(retries=0)) as f:
        r = f.fetch(url_of(srv, "/p"))
    assert (r.status, r.body) == (200, b"binnen")
