"""Feedback on answers (👍/👎 with an optional comment), stored through SQLAlchemy.

SQLite beside the index by default; any SQLAlchemy URL (e.g. PostgreSQL) works.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    insert,
    select,
    update,
)

metadata = MetaData()

feedback = Table(
    "feedback",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("answer_id", String(36), nullable=True, index=True),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("rating", Integer, nullable=False),
    Column("comment", Text, nullable=True),
    Column("citations", JSON, nullable=True),
)


class FeedbackStore:
    def __init__(self, url: str):
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, future=True)
        metadata.create_all(self.engine)
        self._lock = threading.Lock()

    def add(
        self,
        question: str,
        answer: str,
        rating: int,
        comment: str | None = None,
        answer_id: str | None = None,
        citations: list[dict[str, Any]] | None = None,
    ) -> str:
        if rating not in (1, -1):
            raise ValueError("rating must be 1 or -1")
        fid = str(uuid.uuid4())
        with self._lock, self.engine.begin() as conn:
            conn.execute(
                insert(feedback).values(
                    id=fid,
                    created=datetime.now(timezone.utc),
                    answer_id=answer_id,
                    question=question,
                    answer=answer,
                    rating=rating,
                    comment=comment or None,
                    citations=json.loads(json.dumps(citations or [], ensure_ascii=False)),
                )
            )
        return fid

    def set_comment(self, fid: str, comment: str) -> bool:
        with self._lock, self.engine.begin() as conn:
            result = conn.execute(update(feedback).where(feedback.c.id == fid).values(comment=comment))
        return result.rowcount == 1

    def list(self, rating: int | None = None, limit: int = 200) -> list[dict[str, Any]]:
        query = select(feedback).order_by(feedback.c.created.desc()).limit(limit)
        if rating is not None:
            query = query.where(feedback.c.rating == rating)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [dict(r) | {"created": r["created"].isoformat()} for r in rows]
