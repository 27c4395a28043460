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


def system_trust_context() -> ssl.SSLContext | None:
    """A client context that verifies against the OS trust store, or None without truststore
    (then requests' own bundle is used, as before)."""
    try:
        import truststore
    except ImportError:
        return None
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def check_ca_file(path: str) -> str | None:
    """A Dutch reason why *path* is not a usable certificate file, or None."""
    try:
        ssl.create_default_context().load_verify_locations(cafile=path)
    except FileNotFoundError:
        return f"Het certificaatbestand {path} bestaat niet."
    except ssl.SSLError:
        return (
            f"{path} is geen certificaat in PEM-formaat (een tekstbestand dat begint met "
            "'-----BEGIN CERTIFICATE-----'). Exporteer het basiscertificaat als Base64 (.cer/.pem)."
        )
    except OSError as exc:
        return f"Het certificaatbestand {path} kan niet worden gelezen: {exc.strerror or exc}."
    return None


def check_proxy(url: str) -> str | None:
    """A Dutch reason why *url* is not a usable proxy address, or None."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises on a port that is no number
    except ValueError:
        return f"Het proxyadres {url} is ongeldig."
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"Geef de proxy op als http://proxy.organisatie.nl:8080, niet als {url}."
    if parts.username or parts.password:
        # It would end up in the project's crawl settings; passwords are never stored.
        return "Zet geen gebruikersnaam of wachtwoord in het proxyadres."
    return None


def network_problem(ca_file: str | None, proxy: str | None) -> str | None:
    """What is wrong with the certificate and proxy choices of a crawl, in Dutch, or None."""
    if ca_file:
        problem = check_ca_file(ca_file)
        if problem:
            return problem
    if proxy:
        return check_proxy(proxy)
    return None
