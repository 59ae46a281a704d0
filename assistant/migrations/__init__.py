"""Schema migrations of the answer log (Alembic), applied when the log is opened.

A new column or table in :mod:`assistant.records` comes with a revision in
``versions/`` (``alembic -c assistant/migrations/alembic.ini revision --autogenerate``
against a database at the previous head), so that a deployment's existing log,
SQLite or PostgreSQL, is brought forward instead of failing or being recreated.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, inspect, text

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
# The revision that matches the tables as they were before migrations existed.
BASELINE = "0001"
# Any constant: one app instance at a time migrates a shared PostgreSQL log.
_PG_LOCK_KEY = 0x7A6F6E65


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the log's schema to the newest revision."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        cfg = config(conn)
        if current_revision(conn) is None and inspect(conn).has_table("answers"):
            logger.info("answer log from before migrations: marking it as revision %s", BASELINE)
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, "head")
