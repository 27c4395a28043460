"""Which certificates an HTTPS intranet may present: those the operating system trusts.

Organisations sign their intranet's certificate with their own authority and roll that
authority out to every managed laptop's trust store (Windows certificate store, macOS keychain,
the distribution's CA folder). Python's default, certifi's bundle of public authorities, knows
none of that, so the crawl failed and users reached for ``--insecure``. truststore makes
Python verify the way the system's browsers do. A CA file the user names (``--ca-file``) is
trusted on top of that; ``--insecure`` remains for the last resort and skips all of it.
"""

from __future__ import annotations

import ssl
from typing import Any


def system_trust_context() -> ssl.SSLContext | None:
    """A client context that verifies against the OS trust store, or None without truststore
    (then requests' own bundle is used, as before)."""
    try:
        import truststore
    except ImportError:
        return None
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


Problem = tuple[str, dict[str, Any]]  # a code with its facts; the app words it


def ca_file_code(path: str) -> Problem | None:
    """Why *path* is not a usable certificate file, as a code (ca-missing, ca-not-pem,
    ca-unreadable) with path (and detail); or None."""
    try:
        ssl.create_default_context().load_verify_locations(cafile=path)
    except FileNotFoundError:
        return "ca-missing", {"path": path}
    except ssl.SSLError:
        return "ca-not-pem", {"path": path}
    except OSError as exc:
        return "ca-unreadable", {"path": path, "detail": str(exc.strerror or exc)}
    return None


def proxy_code(url: str) -> Problem | None:
    """Why *url* is not a usable proxy address, as a code (proxy-invalid, proxy-form,
    proxy-login) with url; or None."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises on a port that is no number
    except ValueError:
        return "proxy-invalid", {"url": url}
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "proxy-form", {"url": url}
    if parts.username or parts.password:
        # It would end up in the project's crawl settings; passwords are never stored.
        return "proxy-login", {"url": url}
    return None


def network_code(ca_file: str | None, proxy: str | None) -> Problem | None:
    """What is wrong with the certificate and proxy choices of a crawl, as a code; or None."""
    if ca_file and (bad := ca_file_code(ca_file)) is not None:
        return bad
    return proxy_code(proxy) if proxy else None


def dutch(problem: Problem) -> str:
    """The CLI's Dutch sentence for a certificate or proxy problem."""
    code, p = problem
    path, url = p.get("path", ""), p.get("url", "")
    return {
        "ca-missing": f"Het certificaatbestand {path} bestaat niet.",
        "ca-not-pem": f"{path} is geen certificaat in PEM-formaat (een tekstbestand dat begint "
        "met '-----BEGIN CERTIFICATE-----'). Exporteer het basiscertificaat als Base64 "
        "(.cer/.pem).",
        "ca-unreadable": f"Het certificaatbestand {path} kan niet worden gelezen: "
        f"{p.get('detail', '')}.",
        "proxy-invalid": f"Het proxyadres {url} is ongeldig.",
        "proxy-form": f"Geef de proxy op als http://proxy.organisatie.nl:8080, niet als {url}.",
        "proxy-login": "Zet geen gebruikersnaam of wachtwoord in het proxyadres.",
    }.get(code, code)


def check_ca_file(path: str) -> str | None:
    """A Dutch reason why *path* is not a usable certificate file, or None."""
    bad = ca_file_code(path)
    return dutch(bad) if bad else None


def check_proxy(url: str) -> str | None:
    """A Dutch reason why *url* is not a usable proxy address, or None."""
    bad = proxy_code(url)
    return dutch(bad) if bad else None


def network_problem(ca_file: str | None, proxy: str | None) -> str | None:
    """What is wrong with the certificate and proxy choices of a crawl, in Dutch, or None."""
    bad = network_code(ca_file, proxy)
    return dutch(bad) if bad else None
