"""The answer log, feedback and staff reviews, stored through SQLAlchemy.

SQLite beside the index by default; a PostgreSQL URL works the same when several
app instances share one log.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url

from assistant import migrations
from assistant.answering.models import Answer, Turn
from assistant.messages import msg

metadata = MetaData()

answers = Table(
    "answers",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("created", DateTime(timezone=True), nullable=False, index=True),
    Column("question", Text, nullable=False),
    Column("history", JSON, nullable=False),
    Column("answer", Text, nullable=False),
    Column("direct_answer", Text, nullable=False),
    Column("refused", Boolean, nullable=False, index=True),
    Column("citations", JSON, nullable=False),
    Column("answerer", String(20), nullable=False),
    Column("timings", JSON, nullable=False),
    Column("channel", String(20), nullable=False),
    # Staff review: "correct" or "wrong", with the corrected answer and evidence.
    Column("review", String(10), nullable=True, index=True),
    Column("corrected_answer", Text, nullable=True),
    Column("must_include", JSON, nullable=True),
    Column("corrected_evidence", JSON, nullable=True),
    Column("reviewed", DateTime(timezone=True), nullable=True),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("answer_id", String(36), ForeignKey("answers.id"), nullable=True, index=True),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("rating", Integer, nullable=False),
    Column("comment", Text, nullable=True),
)


_SURROGATE = re.compile("[\ud800-\udfff]")


class UnknownAnswer(LookupError):
    """Feedback names an answer that is not in the log."""


def storable(value: Any) -> Any:
    """Text a database can store: a lone surrogate (from a JSON \\ud800 escape) cannot be
    encoded as UTF-8 by any driver, so it becomes U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [storable(v) for v in value]
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    return value


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


class Records:
    def __init__(self, url: str):
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, future=True)
        migrations.upgrade(self.engine)
        self._lock = threading.Lock()

    # ---------- answer log ----------
    def log_answer(self, answer: Answer, history: list[Turn], channel: str) -> str:
        aid = str(uuid.uuid4())
        with self._lock, self.engine.begin() as conn:
            conn.execute(
                insert(answers).values(
                    storable(
                        {
                            "id": aid,
                            "question": answer.question,
                            "history": [t.model_dump() for t in history],
                            "answer": answer.answer,
                            "direct_answer": answer.direct_answer,
                            "refused": answer.refused,
                            "citations": [
                                c.model_dump() for c in (answer.citations or answer.related)
                            ],
                            "answerer": answer.answerer,
                            "timings": answer.timings_ms,
                            "channel": channel,
                        }
                    )
                    | {"created": _now()}
                )
            )
        return aid

    def get_answer(self, aid: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(answers).where(answers.c.id == aid)).mappings().first()
        return self._answer_row(row) if row else None

    def _answer_row(self, row) -> dict[str, Any]:
        data = dict(row)
        data["created"] = _iso(data["created"])
        data["reviewed"] = _iso(data["reviewed"])
        return data

    def list_answers(
        self,
        *,
        rating: int | None = None,
        refused: bool | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        review: str | None = None,
        limit: int = 200,
    ) -> list[dict[str, Any]]:
        ratings = (
            select(
                feedback.c.answer_id,
                func.min(feedback.c.rating).label("rating"),
                func.max(feedback.c.comment).label("comment"),
            )
            .group_by(feedback.c.answer_id)
            .subquery()
        )
        query = (
            select(answers, ratings.c.rating, ratings.c.comment)
            .select_from(answers.outerjoin(ratings, ratings.c.answer_id == answers.c.id))
            .order_by(answers.c.created.desc())
            .limit(limit)
        )
        if rating is not None:
            query = query.where(ratings.c.rating == rating)
        if refused is not None:
            query = query.where(answers.c.refused == refused)
        if since is not None:
            query = query.where(answers.c.created >= since)
        if until is not None:
            query = query.where(answers.c.created <= until)
        if review == "unreviewed":
            query = query.where(answers.c.review.is_(None))
        elif review:
            query = query.where(answers.c.review == review)
        with self.engine.connect() as conn:
            return [self._answer_row(r) for r in conn.execute(query).mappings().all()]

    def review(
        self,
        aid: str,
        verdict: str,
        corrected_answer: str | None = None,
        must_include: list[str] | None = None,
        evidence: list[dict[str, str]] | None = None,
    ) -> bool:
        if verdict not in ("correct", "wrong"):
            raise ValueError("verdict must be 'correct' or 'wrong'")
        with self._lock, self.engine.begin() as conn:
            result = conn.execute(
                update(answers)
                .where(answers.c.id == aid)
                .values(
                    review=verdict,
                    corrected_answer=storable(corrected_answer) or None,
                    must_include=storable(must_include),
                    corrected_evidence=storable(evidence),
                    reviewed=_now(),
                )
            )
        return result.rowcount == 1

    # ---------- feedback ----------
    def add_feedback(
        self,
        question: str,
        answer: str,
        rating: int,
        comment: str | None = None,
        answer_id: str | None = None,
    ) -> str:
        if rating not in (1, -1):
            raise ValueError("rating must be 1 or -1")
        fid = str(uuid.uuid4())
        with self._lock, self.engine.begin() as conn:
            # Checked here, not left to the foreign key: SQLite does not enforce it and
            # PostgreSQL would fail the whole insert.
            if answer_id is not None and (
                conn.execute(select(answers.c.id).where(answers.c.id == answer_id)).first() is None
            ):
                raise UnknownAnswer(answer_id)
            conn.execute(
                insert(feedback).values(
                    id=fid,
                    created=_now(),
                    answer_id=answer_id,
                    question=storable(question),
                    answer=storable(answer),
                    rating=rating,
                    comment=storable(comment) or None,
                )
            )
        return fid

    def rate_answer(self, answer_id: str, question: str, answer: str, rating: int) -> str:
        """The current rating of a logged answer: a second rating replaces the first (👍
        then 👎 is one 👎), keeping its comment. Returns the feedback id."""
        if rating not in (1, -1):
            raise ValueError("rating must be 1 or -1")
        with self._lock, self.engine.begin() as conn:
            fid = conn.execute(
                select(feedback.c.id).where(feedback.c.answer_id == answer_id)
            ).scalar()
            if fid is not None:
                conn.execute(
                    update(feedback)
                    .where(feedback.c.answer_id == answer_id)
                    .values(rating=rating, created=_now())
                )
                return fid
        return self.add_feedback(question, answer, rating, answer_id=answer_id)

    def withdraw_rating(self, answer_id: str) -> set[str]:
        """Un-selecting 👍/👎 removes the answer's current rating (and its comment).
        Returns the ids of the feedback removed."""
        with self._lock, self.engine.begin() as conn:
            where = feedback.c.answer_id == answer_id
            fids = set(conn.execute(select(feedback.c.id).where(where)).scalars())
            conn.execute(delete(feedback).where(where))
        return fids

    def set_comment(self, fid: str, comment: str) -> bool:
        with self._lock, self.engine.begin() as conn:
            result = conn.execute(
                update(feedback).where(feedback.c.id == fid).values(comment=storable(comment))
            )
        return result.rowcount == 1

    def list_feedback(self, rating: int | None = None, limit: int = 500) -> list[dict[str, Any]]:
        query = select(feedback).order_by(feedback.c.created.desc()).limit(limit)
        if rating is not None:
            query = query.where(feedback.c.rating == rating)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [dict(r) | {"created": _iso(r["created"])} for r in rows]

    # ---------- export ----------
    def export_cases(self) -> list[dict[str, Any]]:
        """Reviewed answers as gold cases (the evals/ JSONL format)."""
        from assistant.answering.questions import classify
        from assistant.answering.verification import facts_of

        cases = []
        for row in reversed(self.list_answers(limit=100_000)):
            if row["review"] is None:
                continue
            if row["review"] == "wrong" and not (
                row["corrected_answer"] or row["corrected_evidence"]
            ):
                continue  # marked wrong but not corrected yet: nothing to test against
            gold = row["corrected_answer"] if row["review"] == "wrong" else row["direct_answer"]
            unanswerable = (row["review"] == "correct" and row["refused"]) or (
                row["review"] == "wrong" and not row["corrected_evidence"]
            )
            evidence = row["corrected_evidence"] or [
                {"doc_id": c["doc_id"], "quote": c["quote"]} for c in row["citations"]
            ]
            must = row["must_include"] or [f for f in facts_of(gold or "") if len(f) >= 2]
            history = row["history"]
            qtype = (
                "unanswerable"
                if unanswerable
                else ("multiturn" if history else classify(row["question"]))
            )
            case: dict[str, Any] = {
                "id": f"review-{row['id'][:8]}",
                "question": row["question"],
                "type": qtype,
                "answer": msg("gold_unanswerable_answer") if unanswerable else gold,
                "must_include": [] if unanswerable else must,
                "evidence": [] if unanswerable else evidence,
                "tags": ["staff-review"],
            }
            if history:
                case["history"] = history
                case["resolved_type"] = (
                    "unanswerable" if unanswerable else classify(row["question"])
                )
            cases.append(case)
        return cases

    def export_jsonl(self, path: Path) -> int:
        cases = self.export_cases()
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(
            "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8"
        )
        return len(cases)
