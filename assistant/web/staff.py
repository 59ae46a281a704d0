"""The staff area (mounted at /staff behind a login): answer review and documents.

Callbacks only adapt :class:`~assistant.service.AssistantService` and the records.
"""

from __future__ import annotations

import hmac
import html
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answering.models import Citation
from assistant.messages import msg
from assistant.service import AssistantService, ServiceError
from assistant.settings import Settings
from assistant.web import convert

RATING_CHOICES = [("全部", "all"), ("👎 差评", "-1"), ("👍 好评", "1")]
REVIEW_CHOICES = [("全部", "all"), ("未审核", "unreviewed"), ("正确", "correct"), ("错误", "wrong")]
ANSWER_COLUMNS = ["时间", "问题", "答案", "拒答", "评价", "审核", "ID"]
DOC_COLUMNS = ["文档ID", "标题", "段落数", "导入时间", "文件"]
# Document metadata read off the text (assistant.ingest.metadata), after the columns above.
DOC_META_FIELDS = ["issuer", "date", "doc_number", "kind", "region"]


def parse_must_include(text: str) -> list[str] | None:
    items = [p.strip() for p in text.replace("，", "、").replace(",", "、").split("、")]
    return [p for p in items if p] or None


def parse_evidence(text: str) -> list[dict[str, str]] | None:
    rows = []
    for line in text.splitlines():
        if "|" in line:
            doc_id, quote = line.split("|", 1)
            if doc_id.strip() and quote.strip():
                rows.append({"doc_id": doc_id.strip(), "quote": quote.strip()})
    return rows or None


def answer_rows(answers: list[dict[str, Any]]) -> list[list[Any]]:
    rating = {1: "👍", -1: "👎", None: ""}
    review = {"correct": "正确", "wrong": "错误", None: ""}
    return [
        [
            a["created"][:19].replace("T", " "),
            a["question"],
            a["direct_answer"] or a["answer"][:60],
            "是" if a["refused"] else "",
            rating.get(a.get("rating")),
            review.get(a["review"]),
            a["id"],
        ]
        for a in answers
    ]


def answer_detail(row: dict[str, Any]) -> str:
    """An answer beside the quotes it cites, for checking."""
    cites = [Citation(**c) for c in row["citations"]]
    quotes = "".join(convert.source_block(c, 0, open_=True) for c in cites)
    state = {"correct": "已标记为正确", "wrong": "已标记为错误"}.get(row["review"] or "", "未审核")
    corrected = (
        f"<p><b>更正：</b>{html.escape(row['corrected_answer'])}</p>"
        if row.get("corrected_answer")
        else ""
    )
    return (
        f'<div class="za-review"><p><b>问题：</b>{html.escape(row["question"])}</p>'
        f"<p><b>答案：</b>{html.escape(row['answer'])}</p>{corrected}"
        f"<p><b>状态：</b>{state} · {html.escape(row['answerer'])} · {html.escape(row['channel'])}</p>"
        f"<p><b>引文：</b></p>{quotes}</div>"
    )


class StaffUI:
    def __init__(self, service: AssistantService):
        self.service = service
        # Exports are written here and only the latest is kept; Gradio serves its own copy
        # through the staff app's authenticated file route.
        self._exports = Path(tempfile.mkdtemp(prefix="zone-review-"))

    @staticmethod
    def login(settings: Settings) -> Callable[[str, str], bool]:
        """Gradio auth: any user name, the admin token as password; no token, no entry."""

        def check(username: str, password: str) -> bool:
            token = settings.admin_token
            return (
                bool(token)
                and bool(username)
                and hmac.compare_digest((password or "").encode(), token.encode())
            )

        return check

    # ---------- review ----------
    def load(self, rating: str, review: str, refused_only: bool, since: str, until: str):
        def day(text: str, end: bool) -> datetime | None:
            if not text.strip():
                return None
            try:
                d = datetime.fromisoformat(text.strip())
            except ValueError:
                raise gr.Error(msg("request_invalid", detail=text)) from None
            return (
                d.replace(hour=23, minute=59, second=59) if end and len(text.strip()) == 10 else d
            )

        rows = self.service.records.list_answers(
            rating=None if rating == "all" else int(rating),
            refused=True if refused_only else None,
            review=None if review == "all" else review,
            since=day(since, False),
            until=day(until, True),
        )
        return answer_rows(rows)

    def pick(self, table, evt: gr.SelectData):
        row_index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        values = table.values.tolist() if hasattr(table, "values") else table
        aid = values[row_index][-1]
        row = self.service.records.get_answer(aid)
        if row is None:
            return "", msg("staff_pick"), "", "", ""
        evidence = "\n".join(f"{c['doc_id']}|{c['quote']}" for c in row["citations"])
        must = "、".join(row["must_include"] or [])
        return aid, answer_detail(row), row["corrected_answer"] or "", must, evidence

    def mark(
        self, aid: str, verdict: str, corrected: str = "", must: str = "", evidence: str = ""
    ) -> str:
        if not aid:
            raise gr.Error(msg("staff_no_selection"))
        self.service.records.review(
            aid, verdict, corrected or None, parse_must_include(must), parse_evidence(evidence)
        )
        gr.Info(msg("staff_saved"))
        return answer_detail(self.service.records.get_answer(aid))

    def export(self) -> str:
        for old in self._exports.glob("*"):
            shutil.rmtree(old, ignore_errors=True)
        path = Path(tempfile.mkdtemp(dir=self._exports)) / "reviewed_cases.jsonl"
        self.service.records.export_jsonl(path)
        return str(path)

    # ---------- documents ----------
    def doc_rows(self) -> list[list[Any]]:
        return [
            [d["doc_id"], d["title"], d["chunks"], d["added"][:19].replace("T", " "), d["source"]]
            + [d.get(f) or "" for f in DOC_META_FIELDS]
            for d in self.service.documents()
        ]

    def upload(
        self,
        files,
        replace: bool = False,
        request: gr.Request = None,
        progress=gr.Progress(),
    ):
        notes = []
        actor = f"staff:{getattr(request, 'username', None) or '?'}"
        for f in progress.tqdm(files or [], desc="导入中"):
            path = Path(f if isinstance(f, str) else f.name)
            try:
                data = path.read_bytes()
                path.unlink(missing_ok=True)  # Gradio's copy is not needed once read
                result = self.service.upload(path.name, data, replace=bool(replace), actor=actor)
                notes.append(msg("staff_uploaded", title=result.title, chunks=result.chunks))
            except ServiceError as exc:
                notes.append(str(exc))
        return "\n\n".join(notes), self.doc_rows()

    def delete(self, doc_id: str):
        try:
            removed = self.service.delete(doc_id.strip())
        except ServiceError as exc:
            return str(exc), self.doc_rows()
        return msg("staff_deleted", doc_id=doc_id.strip(), chunks=removed), self.doc_rows()

    def reindex(self):
        s = self.service.reindex()
        return msg(
            "staff_reindexed", **{k: s[k] for k in ("documents", "chunks", "embedded")}
        ), self.doc_rows()

    # ---------- layout ----------
    def build(self) -> gr.Blocks:
        with gr.Blocks(
            title=msg("staff_title"), analytics_enabled=False, delete_cache=(3600, 3600)
        ) as demo:
            gr.Markdown(f"## {msg('staff_title')}")
            with gr.Tab(msg("staff_review_tab")):
                with gr.Row():
                    rating = gr.Dropdown(
                        RATING_CHOICES, value="all", label=msg("staff_filter_rating")
                    )
                    review = gr.Dropdown(
                        REVIEW_CHOICES, value="all", label=msg("staff_filter_review")
                    )
                    refused = gr.Checkbox(label=msg("staff_filter_refused"))
                    since = gr.Textbox(label=msg("staff_filter_since"))
                    until = gr.Textbox(label=msg("staff_filter_until"))
                    refresh = gr.Button(msg("staff_refresh"))
                table = gr.Dataframe(
                    headers=ANSWER_COLUMNS, interactive=False, wrap=True, elem_id="za-answers"
                )
                selected = gr.State("")
                with gr.Row():
                    detail = gr.HTML(msg("staff_pick"))
                    with gr.Column():
                        correct = gr.Button(msg("staff_mark_correct"), variant="primary")
                        corrected = gr.Textbox(label=msg("staff_corrected"), lines=3)
                        must = gr.Textbox(label=msg("staff_must_include"))
                        evidence = gr.Textbox(label=msg("staff_evidence"), lines=4)
                        wrong = gr.Button(msg("staff_save_correction"), variant="stop")
                export = gr.Button(msg("staff_export"))
                export_file = gr.File(label="JSONL")
                filters = [rating, review, refused, since, until]
                refresh.click(self.load, filters, table)
                demo.load(self.load, filters, table)
                table.select(self.pick, [table], [selected, detail, corrected, must, evidence])
                correct.click(lambda aid: self.mark(aid, "correct"), [selected], [detail])
                wrong.click(
                    lambda aid, c, m, e: self.mark(aid, "wrong", c, m, e),
                    [selected, corrected, must, evidence],
                    [detail],
                )
                export.click(self.export, None, export_file)
            with gr.Tab(msg("staff_docs_tab")):
                docs = gr.Dataframe(
                    headers=DOC_COLUMNS + list(msg("staff_doc_meta_columns")),
                    interactive=False,
                    elem_id="za-docs",
                )
                status = gr.Markdown()
                files = gr.File(
                    label=msg("staff_upload"),
                    file_count="multiple",
                    file_types=[".pdf", ".docx", ".txt", ".md", ".html", ".htm"],
                )
                replace = gr.Checkbox(label=msg("staff_replace"))
                upload = gr.Button(msg("staff_upload_button"), variant="primary")
                with gr.Row():
                    doc_id = gr.Textbox(label=msg("staff_delete_id"))
                    delete = gr.Button(msg("staff_delete"), variant="stop")
                    reindex = gr.Button(msg("staff_reindex"))
                demo.load(self.doc_rows, None, docs)
                upload.click(self.upload, [files, replace], [status, docs])
                delete.click(self.delete, [doc_id], [status, docs])
                reindex.click(self.reindex, None, [status, docs])
        demo.queue(default_concurrency_limit=2)
        return demo
