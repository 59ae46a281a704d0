"""The answer log's schema comes from Alembic revisions, on SQLite and on PostgreSQL."""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, insert, select

from assistant import migrations
from assistant.answering.models import Answer, Citation, Turn
from assistant.records import Records, answers, metadata


def head() -> str:
    return ScriptDirectory.from_config(migrations.config()).get_current_head()


def schema_drift(engine) -> list:
    """What the tables lack or have beyond records.py's (empty: no migration missing)."""
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), metadata)


def exercise(records: Records) -> None:
    answer = Answer(
        question="示范区总规划面积多大？",
        answer="600平方公里[1]",
        direct_answer="600平方公里",
        refused=False,
        citations=[Citation(n=1, doc_id="d", title="t", section="s", start=0, end=3, quote="600")],
    )
    aid = records.log_answer(answer, [Turn(role="user", content="你好")], "api")
    records.add_feedback("示范区总规划面积多大？", "600平方公里", 1, None, aid)
    got = records.get_answer(aid)
    assert got["direct_answer"] == "600平方公里" and got["history"][0]["content"] == "你好"
    assert [r["id"] for r in records.list_answers(rating=1)] == [aid]


def test_a_new_sqlite_log_is_built_by_the_migrations(tmp_path):
    records = Records(f"sqlite:///{tmp_path / 'log.db'}")
    with records.engine.connect() as conn:
        assert migrations.current_revision(conn) == head()
    assert schema_drift(records.engine) == []
    exercise(records)
    # Opening it again is a no-op upgrade that keeps the rows.
    assert len(Records(f"sqlite:///{tmp_path / 'log.db'}").list_answers()) == 1


def test_a_log_from_before_migrations_is_adopted_with_its_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = create_engine(url)
    metadata.create_all(old)  # how the log was made before migrations
    with old.begin() as conn:
        conn.execute(
            insert(answers).values(
                id="old-1",
                created=datetime(2026, 1, 1, tzinfo=UTC),
                question="q",
                history=[],
                answer="a",
                direct_answer="a",
                refused=False,
                citations=[],
                answerer="extractive",
                timings={},
                channel="web",
            )
        )
    records = Records(url)
    with records.engine.connect() as conn:
        assert migrations.current_revision(conn) == head()
        assert conn.execute(select(answers.c.id)).scalars().all() == ["old-1"]


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def postgres_url():
    """A throwaway PostgreSQL cluster on a Unix socket in a temporary folder."""
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401 - the 'postgres' extra's driver
    except ModuleNotFoundError:
        pytest.skip("the 'postgres' extra is not installed: pip install 'zone-assistant[postgres]'")
    base = Path(tempfile.mkdtemp(prefix="zone-pg-"))
    # PostgreSQL refuses to run as root: run the cluster as the packaged 'postgres' user.
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", _free_port()

    def run(*cmd: str) -> None:
        subprocess.run([*as_user, *cmd], check=True, capture_output=True, timeout=120)

    run(str(bindir / "initdb"), "-D", str(data), "-U", "zone", "-A", "trust", "-E", "UTF8")
    options = f"-p {port} -k {base} -c listen_addresses=''"
    run(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-l",
        str(base / "log"),
        "-w",
        "start",
    )
    try:
        yield f"postgresql+psycopg://zone@/postgres?host={base}&port={port}"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


def test_the_answer_log_on_postgresql(postgres_url):
    records = Records(postgres_url)
    assert records.engine.dialect.name == "postgresql"
    with records.engine.connect() as conn:
        assert migrations.current_revision(conn) == head()
    assert schema_drift(records.engine) == []
    exercise(records)
    # A second app instance opening the same log migrates nothing and sees the rows.
    assert len(Records(postgres_url).list_answers()) == 1


def test_a_plain_postgresql_url_uses_the_extras_driver():
    from assistant.settings import ServerSettings, Settings

    def url(given: str | None) -> str:
        return Settings(server=ServerSettings(database_url=given)).database()

    assert url("postgresql://zone:pw@db:5432/zone") == "postgresql+psycopg://zone:pw@db:5432/zone"
    assert url("postgres://zone@db/zone") == "postgresql+psycopg://zone@db/zone"
    assert url("postgresql+psycopg://zone@db/zone") == "postgresql+psycopg://zone@db/zone"
    assert url("sqlite:////tmp/log.db") == "sqlite:////tmp/log.db"
    assert url(None).startswith("sqlite:///") and url(None).endswith("assistant.db")
