"""Alembic's entry: run the migrations on the connection the app hands over, or on
``sqlalchemy.url`` when run from the alembic command line."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from assistant.records import metadata

cfg = context.config


def _run(connection) -> None:
    # Batch mode lets the same revision alter tables on SQLite, which has little ALTER.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=cfg.get_main_option("sqlalchemy.url"), target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()
elif (given := cfg.attributes.get("connection")) is not None:
    _run(given)
else:
    with create_engine(cfg.get_main_option("sqlalchemy.url")).connect() as conn:
        _run(conn)
        conn.commit()
