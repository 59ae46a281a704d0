"""The staff area (mounted at /staff behind a login): answer review and documents.

Callbacks only adapt :class:`~assistant.service.AssistantService` and the records; what
the pages show is built by the pure functions of :mod:`assistant.web.staff_view`.
"""

from __future__ import annotations

import contextvars
import hmac
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import gradio as gr

from assistant.messages import msg
from assistant.service import AssistantService, ServiceError
from assistant.settings import Settings
from assistant.web.staff_view import (
    ANSWER_WIDTHS,
    answer_columns,
    answer_detail,
    answer_rows,
    doc_choices,
    doc_columns,
    doc_rows,
    parse_evidence,
    parse_must_include,
    rating_choices,
    review_choices,
)

_PROGRESS = gr.Progress()


class StaffUI:
    def __init__(self, service: AssistantService):
        self.service = service
        self.zone = service.settings.web.timezone
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
                raise gr.Error(
                    msg("request_invalid", detail=text), title=msg("toast_error")
                ) from None
            if d.tzinfo is None:
                d = d.replace(tzinfo=ZoneInfo(self.zone))
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
        return answer_rows(rows, self.zone), [r["id"] for r in rows]

    def _detail(self, aid: str) -> str:
        row = self.service.records.get_answer(aid)
        comments = [
            f["comment"]
            for f in self.service.records.list_feedback()
            if f["answer_id"] == aid and f["comment"]
        ]
        return (
            answer_detail(row, msg("staff_comment_separator").join(comments) or None)
            if row
            else msg("staff_pick")
        )

    def pick(self, ids: list[str], evt: gr.SelectData):
        row_index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not ids or row_index >= len(ids):
            return "", msg("staff_pick"), "", "", ""
        aid = ids[row_index]
        row = self.service.records.get_answer(aid)
        if row is None:
            return "", msg("staff_pick"), "", "", ""
        evidence = "\n".join(f"{c['doc_id']}|{c['quote']}" for c in row["citations"])
        must = msg("title_separator").join(row["must_include"] or [])
        return aid, self._detail(aid), row["corrected_answer"] or "", must, evidence

    def mark(
        self, aid: str, verdict: str, corrected: str = "", must: str = "", evidence: str = ""
    ) -> str:
        if not aid:
            raise gr.Error(msg("staff_no_selection"), title=msg("toast_error"))
        self.service.records.review(
            aid, verdict, corrected or None, parse_must_include(must), parse_evidence(evidence)
        )
        gr.Info(msg("staff_saved"), title=msg("toast_info"))
        return self._detail(aid)

    def export(self) -> str:
        for old in self._exports.glob("*"):
            shutil.rmtree(old, ignore_errors=True)
        path = Path(tempfile.mkdtemp(dir=self._exports)) / "reviewed_cases.jsonl"
        self.service.records.export_jsonl(path)
        return str(path)

    # ---------- documents ----------
    def documents(self):
        docs = self.service.documents()
        return doc_rows(docs, self.zone), gr.update(choices=doc_choices(docs), value=None)

    def upload(
        self,
        files,
        replace: bool = False,
        request: gr.Request = None,
        progress: gr.Progress = _PROGRESS,
    ):
        if not files:
            gr.Warning(msg("staff_upload_none"), title=msg("toast_warning"))
            return msg("staff_upload_none"), None, *self.documents()
        notes, ok = [], 0
        actor = f"staff:{getattr(request, 'username', None) or '?'}"
        files_bar = progress.tqdm(files, desc=msg("staff_uploading"), unit=msg("staff_files_unit"))

        # Embedding reports from ingest's worker thread, where Gradio's context (which
        # event the progress belongs to) is not set: the reports run in this one.
        context = contextvars.copy_context()

        def embedded(done: int, total: int) -> None:
            # Below the files bar: a large file shows its chunks being embedded.
            context.run(
                progress,
                (done, total),
                desc=msg("staff_embedding"),
                unit=msg("staff_chunks_unit"),
            )

        for f in files_bar:
            path = Path(f if isinstance(f, str) else f.name)
            try:
                data = path.read_bytes()
                path.unlink(missing_ok=True)  # Gradio's copy is not needed once read
                result = self.service.upload(
                    path.name, data, replace=bool(replace), actor=actor, embedded=embedded
                )
                notes.append(msg("staff_uploaded", title=result.title, chunks=result.chunks))
                ok += 1
            except ServiceError as exc:
                notes.append(str(exc))
        notes.append(msg("staff_upload_done", ok=ok, failed=len(files) - ok))
        # The box is emptied so that the next 导入 does not import the same files again.
        return "\n\n".join(notes), None, *self.documents()

    def ask_delete(self, doc_id: str | None):
        if not doc_id:
            gr.Warning(msg("staff_delete_none"), title=msg("toast_warning"))
            return gr.update(visible=False), ""
        title = next(
            (d.get("title") for d in self.service.documents() if d["doc_id"] == doc_id), doc_id
        )
        return gr.update(visible=True), msg("staff_delete_confirm", title=title, doc_id=doc_id)

    def delete(self, doc_id: str | None):
        hidden = gr.update(visible=False)
        if not doc_id:
            return msg("staff_delete_none"), hidden, *self.documents()
        try:
            removed = self.service.delete(doc_id)
        except ServiceError as exc:
            return str(exc), hidden, *self.documents()
        return msg("staff_deleted", doc_id=doc_id, chunks=removed), hidden, *self.documents()

    def reindex(self):
        s = self.service.reindex()
        text = msg("staff_reindexed", **{k: s[k] for k in ("documents", "chunks", "embedded")})
        return text, *self.documents()

    # ---------- layout ----------
    def build(self) -> gr.Blocks:
        with gr.Blocks(
            title=msg("staff_title"), analytics_enabled=False, delete_cache=(3600, 3600)
        ) as demo:
            gr.Markdown(f"## {msg('staff_title')}")
            with gr.Tab(msg("staff_review_tab")):
                self._review_tab(demo)
            with gr.Tab(msg("staff_docs_tab")):
                self._documents_tab(demo)
        demo.queue(default_concurrency_limit=2)
        return demo

    def _review_tab(self, demo: gr.Blocks) -> None:
        with gr.Row():
            rating = gr.Dropdown(rating_choices(), value="all", label=msg("staff_filter_rating"))
            review = gr.Dropdown(review_choices(), value="all", label=msg("staff_filter_review"))
            refused = gr.Checkbox(label=msg("staff_filter_refused"))
            since = gr.Textbox(label=msg("staff_filter_since"))
            until = gr.Textbox(label=msg("staff_filter_until"))
            refresh = gr.Button(msg("staff_refresh"))
        table = gr.Dataframe(
            headers=answer_columns(self.zone),
            interactive=False,
            wrap=True,
            column_widths=ANSWER_WIDTHS,
            elem_id="za-answers",
            show_label=False,
        )
        ids = gr.State([])
        selected = gr.State("")
        with gr.Row():
            detail = gr.HTML(msg("staff_pick"), elem_id="za-detail")
            with gr.Column():
                correct = gr.Button(msg("staff_mark_correct"), variant="primary")
                corrected = gr.Textbox(label=msg("staff_corrected"), lines=3)
                must = gr.Textbox(label=msg("staff_must_include"))
                evidence = gr.Textbox(label=msg("staff_evidence"), lines=4)
                wrong = gr.Button(msg("staff_save_correction"), variant="stop")
        export = gr.Button(msg("staff_export"))
        export_file = gr.File(label=msg("staff_export_file"))
        filters = [rating, review, refused, since, until]
        refresh.click(self.load, filters, [table, ids])
        demo.load(self.load, filters, [table, ids])
        table.select(self.pick, [ids], [selected, detail, corrected, must, evidence])
        correct.click(lambda aid: self.mark(aid, "correct"), [selected], [detail])
        wrong.click(
            lambda aid, c, m, e: self.mark(aid, "wrong", c, m, e),
            [selected, corrected, must, evidence],
            [detail],
        )
        export.click(self.export, None, export_file)

    def _documents_tab(self, demo: gr.Blocks) -> None:
        docs = gr.Dataframe(
            headers=doc_columns(self.zone),
            interactive=False,
            wrap=True,
            elem_id="za-docs",
            show_label=False,
        )
        status = gr.Markdown(elem_id="za-doc-status")
        files = gr.File(
            label=msg("staff_upload"),
            file_count="multiple",
            file_types=[".pdf", ".docx", ".txt", ".md", ".html", ".htm"],
            elem_id="za-upload",
        )
        replace = gr.Checkbox(label=msg("staff_replace"), elem_id="za-replace")
        upload = gr.Button(msg("staff_upload_button"), variant="primary", elem_id="za-import")
        with gr.Row():
            pick = gr.Dropdown([], label=msg("staff_doc_pick"), elem_id="za-doc-pick", scale=3)
            delete = gr.Button(msg("staff_delete"), variant="stop", elem_id="za-delete", scale=1)
            reindex = gr.Button(msg("staff_reindex"), scale=1)
        with gr.Group(visible=False, elem_id="za-confirm") as confirm_box:
            confirm_text = gr.Markdown()
            with gr.Row():
                confirm = gr.Button(msg("staff_delete"), variant="stop", elem_id="za-confirm-yes")
                cancel = gr.Button(msg("staff_cancel"), elem_id="za-confirm-no")
        listing = [docs, pick]
        demo.load(self.documents, None, listing)
        upload.click(
            self.upload,
            [files, replace],
            [status, files, *listing],
            show_progress="full",
            show_progress_on=[files],
        )
        delete.click(self.ask_delete, [pick], [confirm_box, confirm_text])
        confirm.click(self.delete, [pick], [status, confirm_box, *listing])
        cancel.click(lambda: gr.update(visible=False), None, [confirm_box])
        reindex.click(self.reindex, None, [status, *listing])
