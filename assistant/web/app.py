"""The Gradio chat page. It only adapts the answering chain: logic lives in the chain
and in the pure converters of :mod:`assistant.web.convert`."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from assistant.answering.chain import QuestionError
from assistant.answering.models import Answer, Question, Turn
from assistant.messages import msg
from assistant.security import Guard, RateLimited
from assistant.service import AssistantService, ServiceError
from assistant.web import convert

logger = logging.getLogger(__name__)

EXAMPLES = [
    "示范区要打造哪两个标志性产业集群？",
    "示范区要加快培育哪些优势特色产业集群？",
    "综改示范区太原片区在国家级经开区考核中排名第几？",
    "2020年一季度山西省开发区实际利用外资多少？",
    "山西省出台了哪部关于开发区的条例？",
]

CSS = """
.za-answer { font-size: 1.05em; }
.za-cite { font-weight: 600; text-decoration: none; padding: 0 1px; }
.za-source { margin: 4px 0; }
.za-source summary { cursor: pointer; }
.za-quote { margin: 6px 0 2px 0; padding: 6px 10px; border-left: 3px solid #4c78a8; }
.za-quote mark { background: #ffe28a; padding: 0 1px; }
.za-where { color: #777; }
.za-notice, .za-error { color: #a15c00; }
.za-flash { outline: 2px solid #f58518; }
"""

# Clicking [n] in an answer opens that answer's source n and brings it into view.
HEAD = """
<script>
document.addEventListener('click', function (ev) {
  const link = ev.target.closest && ev.target.closest('a.za-cite');
  if (!link) return;
  ev.preventDefault();
  const id = link.getAttribute('href').slice(1);
  const box = document.getElementById(id);
  if (!box) return;
  box.open = true;
  box.scrollIntoView({block: 'nearest'});
  box.classList.add('za-flash');
  setTimeout(function () { box.classList.remove('za-flash'); }, 1200);
}, true);
</script>
"""


@dataclass
class Session:
    """Per-browser-tab state: the conversation and the answers given in it."""

    turns: list[Turn] = field(default_factory=list)
    answers: dict[int, tuple[Answer, str]] = field(
        default_factory=dict
    )  # chat index -> (answer, log id)
    last_feedback: str | None = None


class ChatUI:
    def __init__(self, service: AssistantService, guard: Guard | None = None):
        self.service = service
        self.guard = guard  # the app's per-client limits; the same ones /api/ask counts

    def _limited(self, request: gr.Request | None) -> bool:
        """Count this event against the client's limit; True when it is over."""
        if self.guard is None or request is None:
            return False
        peer = request.client.host if request.client else None
        try:
            self.guard.limiter.check(self.guard.client(peer, request.headers))
        except RateLimited:
            return True
        return False

    # ---------- callbacks ----------
    def respond(
        self,
        message: str,
        history: list[dict[str, Any]],
        session: Session,
        answerer: str,
        top_k: int,
        doc_filter: str = "",
        request: gr.Request = None,
    ) -> Iterator[tuple]:
        session = session or Session()
        history = list(history or [])
        text = (message or "").strip()
        if self._limited(request):
            history.append(
                {"role": "assistant", "content": convert.error_message(msg("rate_limited"))}
            )
            yield history, message, session, gr.update()
            return
        history.append({"role": "user", "content": convert.user_message(text)})
        history.append({"role": "assistant", "content": msg("searching")})
        yield history, "", session, gr.update()
        try:
            answer, aid = self.service.ask(
                Question(
                    question=text,
                    history=session.turns,
                    answerer=answerer,
                    top_k=int(top_k),
                    filter=(doc_filter or "").strip() or None,
                ),
                channel="web",
            )
        except (QuestionError, ServiceError) as exc:
            history[-1] = {"role": "assistant", "content": convert.error_message(str(exc))}
            yield history, "", session, gr.update()
            return
        no = len(history) - 1
        for frame in convert.answer_stream(answer, no):
            history[-1] = {"role": "assistant", "content": frame}
            yield history, "", session, gr.update()
        session.answers[no] = (answer, aid)
        session.turns = session.turns + [
            Turn(role="user", content=text),
            Turn(role="assistant", content=answer.direct_answer or answer.answer),
        ]
        yield history, "", session, convert.sources_panel(answer, no)

    def rate(self, session: Session, data: gr.LikeData, request: gr.Request = None) -> Session:
        session = session or Session()
        if self._limited(request):
            gr.Warning(msg("rate_limited"))
            return session
        found = session.answers.get(data.index if isinstance(data.index, int) else data.index[0])
        if found is None or data.liked is None:
            return session
        answer, aid = found
        session.last_feedback = self.service.records.add_feedback(
            question=answer.question,
            answer=answer.answer,
            rating=1 if data.liked else -1,
            answer_id=aid,
        )
        gr.Info(msg("feedback_thanks"))
        return session

    def comment(self, text: str, session: Session, request: gr.Request = None) -> str:
        if self._limited(request):
            gr.Warning(msg("rate_limited"))
            return text
        if not session or not session.last_feedback:
            gr.Warning(msg("feedback_need_rating"))
            return text
        if text.strip():
            self.service.records.set_comment(session.last_feedback, text.strip())
            gr.Info(msg("feedback_thanks"))
        return ""

    @staticmethod
    def clear() -> tuple:
        return [], Session(), convert.sources_panel(None, 0)

    # ---------- layout ----------
    def build(self) -> gr.Blocks:
        with gr.Blocks(title=msg("page_title"), analytics_enabled=False) as demo:
            gr.Markdown(f"## {msg('page_title')}\n{msg('page_intro')}")
            if not self.service.ready:
                gr.Markdown(f"**{msg('index_empty')}**")
            session = gr.State(Session())
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        height=520,
                        buttons=["copy", "copy_all"],
                        feedback_options=("Like", "Dislike"),
                        elem_id="za-chat",
                        sanitize_html=True,
                        show_label=False,
                    )
                    with gr.Row():
                        box = gr.Textbox(
                            placeholder=msg("input_placeholder"),
                            show_label=False,
                            scale=5,
                            elem_id="za-input",
                            max_lines=4,
                        )
                        send = gr.Button(msg("send"), variant="primary", scale=1, elem_id="za-send")
                    gr.Examples(EXAMPLES, inputs=[box], label=msg("examples_label"))
                    with gr.Row():
                        clear = gr.Button(msg("clear"), elem_id="za-clear")
                    with gr.Accordion(msg("advanced"), open=False):
                        answerer = gr.Radio(
                            choices=[
                                (msg("answerer_extractive"), "extractive"),
                                (msg("answerer_llm"), "llm"),
                            ],
                            value="extractive",
                            label=msg("answerer_label"),
                        )
                        top_k = gr.Slider(1, 20, value=6, step=1, label=msg("top_k_label"))
                        doc_filter = gr.Textbox(
                            label=msg("filter_label"),
                            placeholder=msg("filter_placeholder"),
                            max_lines=1,
                            elem_id="za-filter",
                        )
                    with gr.Row():
                        comment = gr.Textbox(
                            label=msg("feedback_comment"),
                            placeholder=msg("feedback_comment_placeholder"),
                            scale=5,
                        )
                        comment_send = gr.Button(msg("feedback_submit"), scale=1)
                with gr.Column(scale=2):
                    panel = gr.HTML(
                        convert.sources_panel(None, 0),
                        label=msg("sources_label"),
                        elem_id="za-sources",
                    )
            inputs = [box, chatbot, session, answerer, top_k, doc_filter]
            outputs = [chatbot, box, session, panel]
            box.submit(self.respond, inputs, outputs)
            send.click(self.respond, inputs, outputs)
            chatbot.like(self.rate, [session], [session])
            comment_send.click(self.comment, [comment, session], [comment])
            clear.click(self.clear, None, [chatbot, session, panel])
        demo.queue(default_concurrency_limit=8)
        return demo
