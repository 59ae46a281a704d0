"""What the staff pages show, as pure functions of records and documents: table rows and
columns, the answer detail, times in the configured zone, the review form's parsing.
No gradio here; tested without a server."""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from assistant.answering.models import Citation
from assistant.messages import msg
from assistant.web import convert

# Column widths for the review table: at 1366 px every column is on screen, the short
# ones (refused, rating, review, id) included; on a phone the table scrolls sideways
# instead of squeezing them to nothing.
ANSWER_WIDTHS = ["150px", "230px", "300px", "56px", "56px", "150px", "60px", "90px"]


def rating_choices() -> list[tuple[str, str]]:
    return [
        (msg("staff_rating_all"), "all"),
        (msg("staff_rating_bad"), "-1"),
        (msg("staff_rating_good"), "1"),
    ]


def review_choices() -> list[tuple[str, str]]:
    return [
        (msg("staff_review_all"), "all"),
        (msg("staff_review_unreviewed"), "unreviewed"),
        (msg("staff_review_correct"), "correct"),
        (msg("staff_review_wrong"), "wrong"),
    ]


def answer_columns(zone: str) -> list[str]:
    keys = ["question", "answer", "refused", "rating", "comment", "review", "id"]
    return [msg("staff_col_time", zone=zone_label(zone))] + [msg(f"staff_col_{k}") for k in keys]


# Document metadata that ingest reads off the text (assistant.ingest.metadata); null when
# unknown, shown empty.
DOC_META_FIELDS = ["date", "doc_number", "issuer", "kind", "region"]


def doc_columns(zone: str) -> list[str]:
    keys = ["title", *DOC_META_FIELDS, "chunks"]
    return [msg(f"staff_doc_{k}") for k in keys] + [
        msg("staff_doc_added", zone=zone_label(zone)),
        msg("staff_doc_id"),
    ]


def zone_label(zone: str) -> str:
    """The zone's Chinese name when messages.yaml has one, else its UTC offset."""
    offset = datetime.now(ZoneInfo(zone)).strftime("%z")
    return _name("zone", zone, f"UTC{offset[:3]}:{offset[3:]}")


def local_time(iso: str | None, zone: str) -> str:
    """An ISO time (UTC when it says no zone) as "YYYY-MM-DD HH:MM:SS" in ``zone``."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M:%S")


def parse_must_include(text: str) -> list[str] | None:
    items = re.split(f"[{re.escape(msg('staff_list_separators'))}]", text)
    return [p.strip() for p in items if p.strip()] or None


def parse_evidence(text: str) -> list[dict[str, str]] | None:
    rows = []
    for line in text.splitlines():
        if "|" in line:
            doc_id, quote = line.split("|", 1)
            if doc_id.strip() and quote.strip():
                rows.append({"doc_id": doc_id.strip(), "quote": quote.strip()})
    return rows or None


def _short(text: str | None, limit: int) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answer_rows(answers: list[dict[str, Any]], zone: str) -> list[list[Any]]:
    rating = {1: msg("staff_rating_good"), -1: msg("staff_rating_bad")}
    review = {"correct": msg("staff_review_correct"), "wrong": msg("staff_review_wrong")}
    return [
        [
            local_time(a["created"], zone),
            _short(a["question"], 80),
            _short(a["direct_answer"] or a["answer"], 120),
            msg("staff_yes") if a["refused"] else "",
            rating.get(a.get("rating"), ""),
            _short(a.get("comment"), 80),
            review.get(a["review"], ""),
            a["id"][:8],
        ]
        for a in answers
    ]


def _name(kind: str, value: str, default: str | None = None) -> str:
    """The Chinese name of a code (an answerer, a channel, a time zone) when messages.yaml
    has one; otherwise ``default`` or the code itself."""
    try:
        return msg(f"{kind}_name_{value}")
    except KeyError:
        return value if default is None else default


def answer_detail(row: dict[str, Any], comment: str | None = None) -> str:
    """An answer beside the quotes it cites, with the user's comment, for checking."""
    cites = [Citation(**c) for c in row["citations"]]
    quotes = "".join(convert.source_block(c, 0, open_=True) for c in cites)
    state = msg(
        {"correct": "staff_state_correct", "wrong": "staff_state_wrong"}.get(
            row["review"] or "", "staff_state_none"
        )
    )

    def line(label: str, value: str, cls: str = "") -> str:
        attr = f' class="{cls}"' if cls else ""
        return f"<p{attr}><b>{html.escape(msg(label))}</b>{html.escape(value)}</p>"

    parts = [
        line("staff_detail_question", row["question"]),
        line("staff_detail_answer", row["answer"]),
    ]
    if row.get("corrected_answer"):
        parts.append(line("staff_detail_corrected", row["corrected_answer"]))
    if comment:
        parts.append(line("staff_detail_comment", comment, "za-comment"))
    how = f"{state} · {_name('answerer', row['answerer'])} · {_name('channel', row['channel'])}"
    parts.append(line("staff_detail_state", how))
    parts.append(f"<p><b>{html.escape(msg('staff_detail_quotes'))}</b></p>{quotes}")
    return '<div class="za-review">' + "".join(parts) + "</div>"


def doc_rows(documents: list[dict[str, Any]], zone: str) -> list[list[Any]]:
    """The document list; metadata that ingest could not find shows as empty."""
    return [
        [
            d.get("title") or "",
            *(d.get(f) or "" for f in DOC_META_FIELDS),
            d.get("chunks") or 0,
            local_time(d.get("added"), zone),
            d["doc_id"],
        ]
        for d in documents
    ]


def doc_choices(documents: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (f"{msg('title_quoted', title=d.get('title') or d['doc_id'])} {d['doc_id']}", d["doc_id"])
        for d in documents
    ]
