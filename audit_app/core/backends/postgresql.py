"""PostgreSQL specifics: a project on the organisation's own server, one project per database.

The same tables and migrations as a project file. What differs: full-text search is a
``tsvector`` column with the Dutch configuration (``page_fts`` keeps SQLite's column names, so
writers are the same), sorting without case uses ``lower()``, the schema version lives in a
table of its own, writers of the change log take an advisory lock, and other people's changes
are announced with LISTEN/NOTIFY.

Passwords never come from the project or the settings: libpq reads ``PGPASSWORD`` and
``~/.pgpass`` itself; else the system keyring (service ``content-audit``, user
``user@host:port``); else the app or command asks, and keeps the answer in memory only.
TLS options such as ``?sslmode=verify-full`` pass through to libpq.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, Integer, Table, create_engine, func
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from audit_app.core.backends import Backend, RawCursor
from audit_app.core.crawl_lock import CrawlLockedError
from audit_app.core.db import (
    MIGRATIONS,
    SCHEMA_VERSION,
    NewerVersionError,
    NotAProjectError,
    ProjectError,
)

APPLICATION_ID = 0x43415544  # "CAUD", as in a project file
CHANNEL = "content_audit"
KEYRING_SERVICE = "content-audit"
_CHANGE_LOCK = 0x43415544  # advisory lock key for writers of the change log
_MIGRATION_LOCK = 0x43415545
_TOKEN = re.compile(r"\w+", re.UNICODE)
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")

# Passwords typed in this process (prompt or dialog), by user@host:port. Memory only.
_typed_passwords: dict[str, str] = {}


def tsquery(user_text: str) -> str | None:
    """Every word must occur, as a prefix; only word characters reach to_tsquery."""
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " & ".join(f"{t}:*" for t in tokens[:20])


class PostgresBackend(Backend):
    name = "postgresql"
    item_errors = (psycopg.DatabaseError,)
    # a missing table or column is a broken schema, not one bad page
    fatal_errors = (psycopg.OperationalError, psycopg.InternalError, psycopg.ProgrammingError)
    nulls_first_asc = " NULLS FIRST"
    nulls_last_desc = " NULLS LAST"

    def insert(self, table: Table) -> Any:
        return pg_insert(table)

    def nocase(self, expr: str) -> str:
        return f"lower({expr})"

    def index_term(self, expr: str) -> str:
        return f"({expr})" if "(" in expr else expr

    def find(self, haystack: Any, needle: Any) -> Any:
        return func.strpos(haystack, needle)

    def search_condition(self, user_text: str, add_param: Callable[[Any], str]) -> str | None:
        query = tsquery(user_text)
        if query is None:
            return None
        return (
            "p.id IN (SELECT rowid FROM page_fts WHERE tsv @@ "
            f"to_tsquery('dutch', {add_param(query)}))"
        )

    def create_search_index(self, conn: Connection) -> None:
        # Very long texts are indexed up to 200,000 characters: a tsvector holds at most 1 MB.
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS page_fts (rowid integer PRIMARY KEY, title text, url text,"
            " text text, tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || "
            "to_tsvector('simple', regexp_replace(coalesce(url, ''), '[^[:alnum:]]+', ' ', 'g'))"
            " || to_tsvector('dutch', left(coalesce(text, ''), 200000))) STORED)"
        )
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_page_fts ON page_fts USING gin (tsv)")
        self._install_change_signal(conn)

    @staticmethod
    def _install_change_signal(conn: Connection) -> None:
        """NOTIFY content_audit after every statement that changes what an open app shows."""
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION content_audit_notify() RETURNS trigger AS $$ BEGIN "
            f"PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$ "
            "LANGUAGE plpgsql"
        )
        for table in ("changes", "pages", "scores", "nav_nodes", "reviewers", "decisions"):
            conn.exec_driver_sql(
                f"CREATE OR REPLACE TRIGGER content_audit_notify AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION content_audit_notify()"
            )

    def schema_version(self, conn: Connection) -> int:
        if conn.exec_driver_sql("SELECT to_regclass('content_audit_schema')").scalar() is None:
            return 0
        return int(conn.exec_driver_sql("SELECT version FROM content_audit_schema").scalar_one())

    def set_schema_version(self, conn: Connection, version: int) -> None:
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS content_audit_schema "
            "(application_id integer NOT NULL, version integer NOT NULL)"
        )
        conn.exec_driver_sql("DELETE FROM content_audit_schema")
        conn.exec_driver_sql(
            "INSERT INTO content_audit_schema VALUES (%(app)s, %(v)s)",
            {"app": APPLICATION_ID, "v": int(version)},
        )

    def reset_sequences(self, conn: Connection) -> None:
        from audit_app.core.schema import metadata

        for table in metadata.sorted_tables:
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and pk[0].autoincrement in (True, "auto") and not pk[0].foreign_keys:
                col = pk[0].name
                if isinstance(pk[0].type, Integer):
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{col}'), "
                        f"coalesce(max({col}), 0) + 1, false) FROM {table.name}"
                    )

    def lock_changes(self, conn: Connection) -> None:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_CHANGE_LOCK})")

    def raw_rows(self, conn: Connection, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        dbapi: psycopg.Connection[Any] = conn.connection.driver_connection  # type: ignore[assignment]
        with dbapi.cursor() as cur:
            cur.execute(_NAMED.sub(r"%(\1)s", sql.replace("%", "%%")), params)
            return cur.fetchall()

    @contextmanager
    def raw_writer(self, engine: Engine) -> Iterator[RawCursor]:
        raw = engine.raw_connection()
        dbapi: psycopg.Connection[Any] = raw.driver_connection  # type: ignore[assignment]
        ok = True
        try:
            dbapi.autocommit = True
            cur = dbapi.cursor()
            try:
                yield RawCursor(cur, "format")
            finally:
                with suppress(psycopg.Error):
                    cur.close()
                if dbapi.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                    try:
                        dbapi.execute("ROLLBACK")
                    except psycopg.Error:
                        ok = False
        finally:
            try:
                dbapi.autocommit = False
            except psycopg.Error:
                ok = False
            if ok and not dbapi.closed:
                raw.close()
            else:
                raw.invalidate()


BACKEND = PostgresBackend()


# ---- addresses, passwords and connections ---------------------------------------------------


def server_url(location: str) -> URL:
    """The SQLAlchemy URL of a ``postgresql://user@host:port/db`` location (psycopg 3)."""
    url = make_url(location.replace("postgres://", "postgresql://", 1))
    return url.set(drivername="postgresql+psycopg")


def password_key(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}"


def display_location(location: str) -> str:
    """The location without any password, for titles, messages, recent files and logs."""
    url = make_url(location.replace("postgres://", "postgresql://", 1))
    shown = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return shown.render_as_string(hide_password=True)


def location_parts(location: str) -> dict[str, Any]:
    """host, port, database, user and sslmode of a location (for a dialog to show)."""
    url = server_url(location)
    return {
        "host": url.host or "",
        "port": url.port or 5432,
        "database": url.database or "",
        "user": url.username or "",
        "sslmode": str(url.query.get("sslmode", "prefer")),
    }


def remember_password(location: str, password: str) -> None:
    """Use *password* for this server for the rest of this process (never written anywhere)."""
    _typed_passwords[password_key(server_url(location))] = password


def save_password_in_keyring(location: str, password: str) -> bool:
    """Store the password in the system keyring (the user asked for it); False if unavailable."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, password_key(server_url(location)), password)
    except Exception:  # no usable keyring on this machine: not fatal
        return False
    return True


def _keyring_password(key: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, key)
    except Exception:  # no keyring backend (a bare server, CI): libpq may still find one
        return None


def connect_url(location: str) -> URL:
    url = server_url(location)
    if url.password is None:
        key = password_key(url)
        password = _typed_passwords.get(key) or _keyring_password(key)
        if password:
            url = url.set(password=password)
    return url


def application_name(who: str) -> str:
    """How our connections introduce themselves to the server (``present_users`` reads it)."""
    return re.sub(r"[^\w .@:-]", "_", f"content-audit: {who}")[:63]


def make_server_engine(location: str, who: str) -> Engine:
    """An engine whose connections say who uses them (``application_name``), so the app can
    show who else has the project open; stale connections after a server restart are
    replaced before use (``pool_pre_ping``)."""
    app_name = application_name(who)
    return create_engine(
        connect_url(location),
        pool_pre_ping=True,
        # A server allows 100 connections by default: a dozen open apps, each keeping two
        # idle connections and its watcher, stay far below that.
        pool_size=2,
        max_overflow=8,
        connect_args={"connect_timeout": 10, "application_name": app_name},
    )


def present_users(conn: Connection) -> list[str]:
    """Names of the people with this project open now (their app or a command)."""
    rows = conn.exec_driver_sql(
        "SELECT DISTINCT substr(application_name, 16) FROM pg_stat_activity "
        "WHERE datname = current_database() AND left(application_name, 15) = 'content-audit: ' "
        "ORDER BY 1"
    )
    return [str(r[0]) for r in rows]


# ---- errors in words --------------------------------------------------------------------------

LOST = (
    "De verbinding met de projectserver is verbroken (de server startte opnieuw of het netwerk "
    "viel weg). Wat eerder was opgeslagen is bewaard; de laatste wijziging is niet opgeslagen. "
    "Probeer het zo opnieuw: het programma maakt vanzelf weer verbinding."
)


def _driver_error(exc: BaseException) -> psycopg.Error | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return orig if isinstance(orig, psycopg.Error) else None


def needs_password(exc: BaseException) -> bool:
    err = _driver_error(exc)
    return err is not None and (
        err.sqlstate in ("28P01", "28000") or "password" in str(err).lower()
    )


def error_message(exc: BaseException, location: str | None = None) -> str | None:
    """A Dutch sentence for a server failure, or None when it looks like a bug."""
    err = _driver_error(exc)
    if err is None:
        return None
    url = server_url(location) if location else None
    where = f"{url.host}:{url.port or 5432}" if url else "de server"
    state = err.sqlstate or ""
    text = str(err).lower()
    if state == "28P01" or "password authentication failed" in text:
        return (
            f"Het wachtwoord voor {url.username if url else 'deze gebruiker'} op {where} klopt "
            "niet. Probeer het opnieuw of vraag de beheerder van de server."
        )
    if "no password supplied" in text or state == "28000":
        return (
            f"De server {where} vraagt een wachtwoord. Geef het op wanneer erom gevraagd wordt, "
            "of zet het in de omgevingsvariabele PGPASSWORD, in een .pgpass-bestand of in de "
            "sleutelhanger van je computer. Het wordt nooit in het project of de instellingen "
            "bewaard."
        )
    if state == "3D000" or ("database" in text and "does not exist" in text):
        db = url.database if url else ""
        return (
            f"De database {db} bestaat niet op {where}. Vraag de beheerder om een lege database "
            "voor dit project (één project per database), of maak hem aan met Nieuwe audit of "
            "'content-audit project copy' (daarvoor is het recht CREATEDB nodig)."
        )
    if state == "42501":
        return (
            "Je hebt op de server geen rechten voor dit project. Vraag de beheerder om "
            "lees- en schrijfrechten op de database."
        )
    if state == "53100":
        return (
            "De schijf van de projectserver is vol: de wijziging is niet opgeslagen. Meld het "
            "bij de beheerder van de server; wat al was opgeslagen blijft bewaard."
        )
    if state.startswith("57P") or state.startswith("08") or "server closed" in text:
        return LOST
    if isinstance(err, psycopg.OperationalError):
        if "connection" in text or "timeout" in text or "could not" in text:
            return (
                f"De projectserver {where} is niet bereikbaar. Controleer het adres en je "
                "netwerkverbinding (VPN?) en probeer het opnieuw; er is niets veranderd."
            )
        return LOST
    return None


# ---- opening a server project ----------------------------------------------------------------


def _tables(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    )
    return [str(r[0]) for r in rows]


def _create_database(location: str) -> None:
    """Create the project's database through the server's maintenance database."""
    url = server_url(location)
    admin = create_engine(
        connect_url(location).set(database="postgres"),
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 10},
    )
    try:
        with admin.connect() as conn:
            name = (url.database or "").replace('"', '""')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        admin.dispose()


def open_server(location: str, *, create: bool, who: str) -> Engine:
    """Open (or with *create*, make) the project in the database at *location* and migrate it
    to the current schema. A database holding other tables is refused untouched; an empty one
    is only filled when *create*. Raises ProjectError (Dutch) for what the user can fix."""
    shown = display_location(location)
    try:
        engine = make_server_engine(location, who)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            engine.dispose()
            err = _driver_error(exc)
            if not (create and err is not None and "does not exist" in str(err)):
                raise
            _create_database(location)
            engine = make_server_engine(location, who)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
                version = BACKEND.schema_version(conn)
                if version == 0:
                    if _tables(conn):
                        raise NotAProjectError(
                            f"De database {shown} bevat al andere tabellen en is geen "
                            "content-audit-project. Er is niets gewijzigd; kies een lege "
                            "database (één project per database)."
                        )
                    if not create:
                        raise ProjectError(
                            f"De database {shown} is leeg: er staat nog geen project in. Maak "
                            "er een nieuwe audit in, of zet een project over met "
                            "'content-audit project copy'."
                        )
                app_id = (
                    conn.exec_driver_sql(
                        "SELECT max(application_id) FROM content_audit_schema"
                    ).scalar()
                    if version
                    else APPLICATION_ID
                )
                if app_id != APPLICATION_ID:
                    raise NotAProjectError(f"De database {shown} is geen content-audit-project.")
                if version > SCHEMA_VERSION:
                    raise NewerVersionError(
                        f"Het project in {shown} is gemaakt met een nieuwere versie van "
                        f"content-audit (schema {version}, deze versie kent {SCHEMA_VERSION}). "
                        "Werk het programma bij; er is niets gewijzigd."
                    )
                # One transaction for all steps: PostgreSQL's DDL is transactional, so a
                # failed upgrade leaves the project as it was.
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](conn)
                    BACKEND.set_schema_version(conn, step + 1)
        except BaseException:
            engine.dispose()
            raise
    except DBAPIError as exc:
        if needs_password(exc):
            raise PasswordNeededError(location, error_message(exc, location) or str(exc)) from exc
        message = error_message(exc, location)
        if message is None:
            raise
        raise ProjectError(message) from exc
    return engine


class PasswordNeededError(ProjectError):
    """The server wants a (different) password: the caller may ask for one and try again."""

    def __init__(self, location: str, message: str) -> None:
        super().__init__(message)
        self.location = location


@contextmanager
def crawl_lock(engine: Engine) -> Iterator[None]:
    """One crawl per server project: a session advisory lock, dropped by the server when the
    crawling process ends in any way."""
    with engine.connect() as conn:
        got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({_MIGRATION_LOCK + 1})").scalar()
        conn.commit()
        if not got:
            raise CrawlLockedError(
                "Dit project wordt al gecrawld (door iemand anders of in een ander venster). "
                "Wacht tot die crawl klaar is; daarna gaat een nieuwe crawl verder waar hij was.",
                code="crawl-busy",
            )
        try:
            yield
        finally:
            with suppress(DBAPIError):
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK + 1})")
                conn.commit()
