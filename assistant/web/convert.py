"""Pure converters from answer objects to what the chat page shows. No gradio here.

Everything taken from documents or users is HTML-escaped: the page never renders
markup that came from a question or a document.
"""

from __future__ import annotations

import html
import re

from assistant.answering.models import Answer, Citation
from assistant.messages import msg

_MARKER = re.compile(r"\[(\d{1,3})\]")


def anchor(answer_no: int, n: int) -> str:
    return f"a{answer_no}-s{n}"


def quote_html(c: Citation) -> str:
    """The quote, with the span that answers the question marked."""
    q = c.quote
    if c.highlight:
        hs = max(0, c.highlight[0] - c.start)
        he = min(len(q), c.highlight[1] - c.start)
        if 0 <= hs < he:
            return (
                html.escape(q[:hs])
                + "<mark>"
                + html.escape(q[hs:he])
                + "</mark>"
                + html.escape(q[he:])
            )
    return html.escape(q)


def source_label(c: Citation) -> str:
    where = f"《{c.title}》"
    if c.section and c.section != c.title:
        where += f" · {c.section}"
    return where


def source_block(c: Citation, answer_no: int, open_: bool = False) -> str:
    return (
        f'<details class="za-source" id="{anchor(answer_no, c.n)}"{" open" if open_ else ""}>'
        f"<summary>[{c.n}] {html.escape(source_label(c))}</summary>"
        f'<blockquote class="za-quote">{quote_html(c)}</blockquote>'
        f'<small class="za-where">{html.escape(c.doc_id)} · 字符 {c.start}–{c.end}</small>'
        f"</details>"
    )


def linked_markers(text: str, answer_no: int, valid: set[int]) -> str:
    """Escape the text and turn each [n] that names a source into a link to it."""
    out, pos = [], 0
    for m in _MARKER.finditer(text):
        out.append(html.escape(text[pos : m.start()]))
        n = int(m.group(1))
        if n in valid:
            out.append(f'<a class="za-cite" href="#{anchor(answer_no, n)}">[{n}]</a>')
        else:
            out.append(html.escape(m.group(0)))
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def direct_with_markers(answer: Answer) -> str:
    """The direct answer with its [n] markers (the extractive answerer keeps them apart)."""
    direct = answer.direct_answer
    if _MARKER.search(direct):
        return direct
    return direct + "".join(f"[{c.n}]" for c in answer.citations)


def answer_message(answer: Answer, answer_no: int) -> str:
    """The assistant's chat message: the short answer first, then its sources, one click each."""
    parts: list[str] = []
    if answer.notice:
        parts.append(f'<p class="za-notice">{html.escape(answer.notice)}</p>')
    if answer.refused:
        lead = msg("refusal_with_related") if answer.related else msg("refusal")
        parts.append(f'<p class="za-refusal">{html.escape(lead)}</p>')
        if answer.related:
            parts.append(f"<p><b>{html.escape(msg('related_heading'))}</b></p>")
            parts += [source_block(c, answer_no) for c in answer.related]
        return _final(parts)
    valid = {c.n for c in answer.citations}
    parts.append(
        f'<p class="za-answer">{linked_markers(direct_with_markers(answer), answer_no, valid)}</p>'
    )
    parts.append(f"<p><b>{html.escape(msg('evidence_heading'))}</b></p>")
    parts += [source_block(c, answer_no) for c in answer.citations]
    return _final(parts)


def _final(parts: list[str]) -> str:
    # The complete message is wrapped so that the page (and its tests) can tell it from
    # a frame still streaming.
    return '<div class="za-final">' + "\n".join(parts) + "</div>"


def answer_stream(answer: Answer, answer_no: int, step: int = 12) -> list[str]:
    """Successive states of the message as it is streamed: the short answer grows, then
    the sources appear."""
    if answer.refused:
        return [answer_message(answer, answer_no)]
    direct = direct_with_markers(answer)
    valid = {c.n for c in answer.citations}
    frames = []
    for end in range(step, len(direct), step):
        # Never cut inside a marker: the partial text shows whole markers only.
        cut = direct[:end]
        if "[" in cut[cut.rfind("]") + 1 :]:
            cut = cut[: cut.rfind("[")]
        frames.append(f'<p class="za-answer">{linked_markers(cut, answer_no, valid)}</p>')
    frames.append(answer_message(answer, answer_no))
    return frames


def sources_panel(answer: Answer | None, answer_no: int) -> str:
    """The side panel: every source of the latest answer, open, with its answering span marked."""
    if answer is None:
        return f'<div class="za-panel za-empty">{html.escape(msg("panel_empty"))}</div>'
    cites = answer.related if answer.refused else answer.citations
    heading = msg("related_heading") if answer.refused else msg("evidence_heading")
    blocks = "".join(source_block(c, answer_no + 10_000, open_=True) for c in cites)
    return f'<div class="za-panel"><h3>{html.escape(heading)}</h3>{blocks}</div>'


def user_message(text: str) -> str:
    """The user's own words, shown as text: markup in a question is never rendered."""
    return f'<p class="za-user">{html.escape(text)}</p>'


def error_message(text: str) -> str:
    return _final([f'<p class="za-error">{html.escape(text)}</p>'])
