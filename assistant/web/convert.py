"""Pure converters from answer objects to what the chat page shows. No gradio here.

Everything taken from documents or users is HTML-escaped: the page never renders
markup that came from a question or a document.
"""

from __future__ import annotations

import html
import re

from assistant.answering.models import Answer, Citation
from assistant.answering.refusal import RefusalNote
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


def _has_section(c: Citation) -> bool:
    return bool(c.section) and c.section != c.title


def source_label(c: Citation) -> str:
    if _has_section(c):
        return msg("source_label_section", title=c.title, section=c.section)
    return msg("source_label", title=c.title)


def source_line(c: Citation) -> str:
    """One source as plain text: [n] 《title》·section：quote."""
    key = "source_line" if _has_section(c) else "source_line_nosection"
    return msg(key, n=c.n, title=c.title, section=c.section, quote=c.quote)


def source_block(c: Citation, answer_no: int, open_: bool = False) -> str:
    return (
        f'<details class="za-source" id="{anchor(answer_no, c.n)}"{" open" if open_ else ""}>'
        f"<summary>[{c.n}] {html.escape(source_label(c))}</summary>"
        f'<blockquote class="za-quote">{quote_html(c)}</blockquote>'
        f'<small class="za-where">'
        f"{html.escape(msg('source_where', doc_id=c.doc_id, start=c.start, end=c.end))}</small>"
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


def shows_related(answer: Answer, note: RefusalNote | None) -> bool:
    """A refusal shows its nearest passages only when they are related to the question."""
    return bool(answer.related) and (note is None or note.related)


def refusal_lead(answer: Answer, note: RefusalNote | None) -> str:
    if shows_related(answer, note):
        return msg("refusal_with_related")
    return msg("refusal_unrelated") if note is not None and answer.related else msg("refusal")


def plain_text(answer: Answer, note: RefusalNote | None = None) -> str:
    """What "copy" puts on the clipboard: the direct answer, then one line per source,
    "[n] 《title》·section：quote" — the same content as the message, without markup."""
    lines = [answer.notice] if answer.notice else []
    if answer.refused:
        lines.append(refusal_lead(answer, note))
        if note is not None:
            lines.append(note.scope)
        if shows_related(answer, note):
            lines += ["", msg("related_heading")] + [source_line(c) for c in answer.related]
        return "\n".join(lines)
    lines += [direct_with_markers(answer), "", msg("sources_copy_heading")]
    lines += [source_line(c) for c in answer.citations]
    return "\n".join(lines)


def answer_message(answer: Answer, answer_no: int, note: RefusalNote | None = None) -> str:
    """The assistant's chat message: the short answer first, then its sources, one click
    each, and a copy button that copies :func:`plain_text`."""
    parts: list[str] = []
    if answer.notice:
        parts.append(f'<p class="za-notice">{html.escape(answer.notice)}</p>')
    if answer.refused:
        parts.append(f'<p class="za-refusal">{html.escape(refusal_lead(answer, note))}</p>')
        if note is not None:
            parts.append(f'<p class="za-scope">{html.escape(note.scope)}</p>')
        if shows_related(answer, note):
            parts.append(f"<p><b>{html.escape(msg('related_heading'))}</b></p>")
            parts += [source_block(c, answer_no) for c in answer.related]
        return _final(parts, plain_text(answer, note))
    valid = {c.n for c in answer.citations}
    parts.append(
        f'<p class="za-answer">{linked_markers(direct_with_markers(answer), answer_no, valid)}</p>'
    )
    parts.append(f"<p><b>{html.escape(msg('evidence_heading'))}</b></p>")
    parts += [source_block(c, answer_no) for c in answer.citations]
    return _final(parts, plain_text(answer, note))


def copy_button(plain: str) -> str:
    """A copy button and the plain text it copies. Newlines are written as character
    references: a raw blank line would end the HTML block in the chat's Markdown."""
    label = html.escape(msg("copy_answer"))
    text = html.escape(plain).replace("\n", "&#10;")
    return (
        f'<div class="za-tools"><button type="button" class="za-copy" title="{label}" '
        f'aria-label="{label}">{label}</button></div><div class="za-plain">{text}</div>'
    )


def _final(parts: list[str], plain: str | None = None) -> str:
    # The complete message is wrapped so that the page (and its tests) can tell it from
    # a frame still streaming.
    tools = copy_button(plain) if plain is not None else ""
    return '<div class="za-final">' + "\n".join(parts) + tools + "</div>"


def answer_stream(
    answer: Answer, answer_no: int, step: int = 12, note: RefusalNote | None = None
) -> list[str]:
    """Successive states of the message as it is streamed: the short answer grows, then
    the sources appear."""
    if answer.refused:
        return [answer_message(answer, answer_no, note)]
    direct = direct_with_markers(answer)
    valid = {c.n for c in answer.citations}
    frames = []
    for end in range(step, len(direct), step):
        # Never cut inside a marker: the partial text shows whole markers only.
        cut = direct[:end]
        if "[" in cut[cut.rfind("]") + 1 :]:
            cut = cut[: cut.rfind("[")]
        frames.append(f'<p class="za-answer">{linked_markers(cut, answer_no, valid)}</p>')
    frames.append(answer_message(answer, answer_no, note))
    return frames


def sources_panel(answer: Answer | None, answer_no: int, note: RefusalNote | None = None) -> str:
    """The side panel: every source of the latest answer, open, with its answering span
    marked; for a refusal, what the assistant covers and the related passages, if any."""
    if answer is None:
        return f'<div class="za-panel za-empty">{html.escape(msg("panel_empty"))}</div>'
    if answer.refused:
        heading = msg("related_heading")
        cites = answer.related if shows_related(answer, note) else []
    else:
        heading, cites = msg("evidence_heading"), answer.citations
    scope = f'<p class="za-scope">{html.escape(note.scope)}</p>' if note and answer.refused else ""
    blocks = "".join(source_block(c, answer_no + 10_000, open_=True) for c in cites)
    title = f"<h3>{html.escape(heading)}</h3>" if cites else ""
    return f'<div class="za-panel">{scope}{title}{blocks}</div>'


def user_message(text: str) -> str:
    """The user's own words, shown as text: markup in a question is never rendered."""
    return f'<p class="za-user">{html.escape(text)}</p>'


def error_message(text: str) -> str:
    return _final([f'<p class="za-error">{html.escape(text)}</p>'])
