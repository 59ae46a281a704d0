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
from assistant.answering.refusal import RefusalNote, assess_refusal
from assistant.messages import msg
from assistant.security import Guard, RateLimited
from assistant.service import AssistantService, ServiceError
from assistant.settings import Settings
from assistant.web import convert

logger = logging.getLogger(__name__)


@dataclass
class Session:
    """Per-browser-tab state: the conversation and the answers given in it."""

    turns: list[Turn] = field(default_factory=list)
    answers: dict[int, tuple[Answer, str]] = field(
        default_factory=dict
    )  # chat index -> (answer, log id)
    last_feedback: str | None = None


def llm_configured(settings: Settings) -> bool:
    """An LLM answerer can run: an endpoint is set, or a local model was chosen."""
    return bool(settings.llm.base_url) or settings.llm.provider == "transformers"


def example_questions(settings: Settings, service: AssistantService) -> list[str]:
    """The examples of the settings, else those the documents' metadata offers."""
    found = settings.web.examples or service.example_questions()
    return list(dict.fromkeys(q.strip() for q in found if q and q.strip()))[
        : settings.web.max_examples
    ]


class ChatUI:
    def __init__(self, service: AssistantService, guard: Guard | None = None):
        self.service = service
        self.settings = service.settings
        self.guard = guard  # the app's per-client limits; the same ones /api/ask counts

    def refusal_note(self, answer: Answer) -> RefusalNote | None:
        if not answer.refused:
            return None
        return assess_refusal(self.service.documents(), answer.retrieved, self.settings.refusal)

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
                    answerer=answerer if llm_configured(self.settings) else None,
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
        note = self.refusal_note(answer)
        for frame in convert.answer_stream(answer, no, note=note):
            history[-1] = {"role": "assistant", "content": frame}
            yield history, "", session, gr.update()
        session.answers[no] = (answer, aid)
        session.turns = session.turns + [
            Turn(role="user", content=text),
            Turn(role="assistant", content=answer.direct_answer or answer.answer),
        ]
        yield history, "", session, convert.sources_panel(answer, no, note)

    def rate(self, session: Session, data: gr.LikeData, request: gr.Request = None) -> Session:
        session = session or Session()
        if self._limited(request):
            gr.Warning(msg("rate_limited"), title=msg("toast_warning"))
            return session
        found = session.answers.get(data.index if isinstance(data.index, int) else data.index[0])
        if found is None:
            return session
        answer, aid = found
        if data.liked not in (True, False):
            # Gradio sends an empty value when the selected 👍/👎 is clicked again.
            removed = self.service.records.withdraw_rating(aid) if not data.liked else set()
            if removed:
                if session.last_feedback in removed:
                    session.last_feedback = None
                gr.Info(msg("feedback_withdrawn"), title=msg("toast_info"))
            return session
        # One current rating per answer: changing 👍 to 👎 replaces it.
        session.last_feedback = self.service.records.rate_answer(
            aid, answer.question, answer.answer, 1 if data.liked else -1
        )
        gr.Info(msg("feedback_thanks"), title=msg("toast_info"))
        return session

    def comment(self, text: str, session: Session, request: gr.Request = None) -> str:
        if self._limited(request):
            gr.Warning(msg("rate_limited"), title=msg("toast_warning"))
            return text
        if not session or not session.last_feedback:
            gr.Warning(msg("feedback_need_rating"), title=msg("toast_warning"))
            return text
        if text.strip():
            self.service.records.set_comment(session.last_feedback, text.strip())
            gr.Info(msg("feedback_thanks"), title=msg("toast_info"))
        return ""

    @staticmethod
    def clear() -> tuple:
        """A fresh conversation: no messages, no follow-up context, an empty panel."""
        return [], Session(), convert.sources_panel(None, 0), ""

    @staticmethod
    def pick_example(sample: list[str] | str) -> str:
        return sample[0] if isinstance(sample, list) else sample

    # ---------- layout ----------
    def build(self) -> gr.Blocks:
        examples = example_questions(self.settings, self.service)
        with gr.Blocks(title=msg("page_title"), analytics_enabled=False) as demo:
            gr.Markdown(f"## {msg('page_title')}\n{msg('page_intro')}")
            if not self.service.ready:
                gr.Markdown(f"**{msg('index_empty')}**")
            session = gr.State(Session())
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        height=520,
                        buttons=[],
                        feedback_options=("Like", "Dislike"),
                        elem_id="za-chat",
                        sanitize_html=True,
                        label=msg("chat_label"),
                        show_label=False,
                    )
                    with gr.Row():
                        box = gr.Textbox(
                            label=msg("input_label"),
                            placeholder=msg("input_placeholder"),
                            show_label=False,
                            scale=5,
                            elem_id="za-input",
                            max_lines=4,
                        )
                        send = gr.Button(msg("send"), variant="primary", scale=1, elem_id="za-send")
                    if examples:
                        dataset = gr.Dataset(
                            components=[gr.Textbox(visible=False)],
                            samples=[[q] for q in examples],
                            label=msg("examples_label"),
                            elem_id="za-examples",
                            type="values",
                        )
                    with gr.Row():
                        clear = gr.Button(msg("clear"), elem_id="za-clear")
                        gr.Button(msg("copy_all"), elem_id="za-copy-all")
                    with gr.Accordion(msg("advanced"), open=False, elem_id="za-advanced"):
                        answerer = gr.Radio(
                            choices=[
                                (msg("answerer_extractive"), "extractive"),
                                (msg("answerer_llm"), "llm"),
                            ],
                            value=self.settings.answer.answerer,
                            label=msg("answerer_label"),
                            visible=llm_configured(self.settings),
                            elem_id="za-answerer",
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
                            elem_id="za-comment",
                        )
                        comment_send = gr.Button(
                            msg("feedback_submit"), scale=1, elem_id="za-comment-send"
                        )
                with gr.Column(scale=2, elem_id="za-sources-col"):
                    panel = gr.HTML(
                        convert.sources_panel(None, 0),
                        label=msg("sources_label"),
                        elem_id="za-sources",
                    )
            inputs = [box, chatbot, session, answerer, top_k, doc_filter]
            outputs = [chatbot, box, session, panel]
            box.submit(self.respond, inputs, outputs)
            send.click(self.respond, inputs, outputs)
            if examples:
                dataset.click(self.pick_example, [dataset], [box]).then(
                    self.respond, inputs, outputs
                )
            # Ratings and comments answer with a toast; Gradio's own progress text on the
            # comment box ("processing | 0.4s") would be English on the page.
            chatbot.like(self.rate, [session], [session], show_progress="hidden")
            comment_send.click(self.comment, [comment, session], [comment], show_progress="hidden")
            # The chat's own trash icon and the button both start a new conversation.
            clear.click(self.clear, None, [chatbot, session, panel, comment])
            chatbot.clear(self.clear, None, [chatbot, session, panel, comment])
        demo.queue(default_concurrency_limit=8)
        return demo
