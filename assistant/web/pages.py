"""Mounting the chat page at / and the staff area at /staff, in Chinese whatever the
browser's language.

Gradio picks its interface language from ``navigator.language`` when the page starts,
before any ``head`` or ``js`` of the app runs, and sets ``<html lang>`` from it. The pages
are for Chinese readers only, so :class:`ChinesePages` writes the language into the page
itself: a first script in ``<head>`` makes the browser report zh-CN to Gradio, and the
``lang`` attribute is zh-CN from the first byte. Strings that Gradio's own zh-CN
dictionary lacks are supplied through ``gr.I18n``.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import gradio as gr
from fastapi import FastAPI

from assistant.messages import msg
from assistant.security import Guard
from assistant.service import AssistantService
from assistant.settings import Settings
from assistant.web.app import ChatUI
from assistant.web.staff import StaffUI

logger = logging.getLogger(__name__)

LOCALE = "zh-CN"

# aria-labels and tooltips that Gradio writes in English in any language; their Chinese
# is in messages.yaml under "gradio_label_<English>".
GRADIO_LABELS = [
    "More tabs",
    "Table actions",
    "Dataframe",
    "Open cell menu",
    "Select column",
    "Select row",
    "File upload",
    "Click to upload or drop files",
    "Empty value",
    "Copy table data",
    "Fullscreen",
    "Exit fullscreen mode",
    "Close",
    "chatbot conversation",
    "Clear",
    "Download",
    "Remove",
    "Reset to default value",
    "Liked",
    "Disliked",
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
.za-scope { color: #555; }
.za-flash { outline: 2px solid #f58518; }
.za-plain { display: none; }
.za-tools { margin-top: 6px; }
.za-copy { font-size: 0.85em; padding: 2px 10px; border: 1px solid #bbb; border-radius: 4px;
  background: transparent; cursor: pointer; }
#za-answers table { table-layout: fixed; }
/* On a phone the side panel would sit far below the answer it belongs to; every answer
   already carries its own sources, so the panel is left out there. */
@media (max-width: 760px) { #za-sources-col { display: none; } }
"""

# Makes Gradio start in Chinese (see the module docstring); must run before its scripts.
_LOCALE_SCRIPT = (
    "<script>(function(){var l=LOCALE;try{"
    "Object.defineProperty(Navigator.prototype,'language',{get:function(){return l;},"
    "configurable:true});"
    "Object.defineProperty(Navigator.prototype,'languages',{get:function(){return [l,'zh'];},"
    "configurable:true});}catch(e){}document.documentElement.lang=l;})();</script>"
).replace("LOCALE", json.dumps(LOCALE))

# Clicking [n] opens that answer's source n and brings it into view; the copy buttons
# put plain text on the clipboard (the hidden .za-plain of an answer, or the whole
# conversation), never the message's HTML.
_PAGE_SCRIPT = """
<script>
(function () {
  const T = TEXTS;
  function write(text, button) {
    const done = function () {
      if (!button) return;
      const before = button.textContent;
      button.textContent = T.copied;
      setTimeout(function () { button.textContent = before; }, 1200);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {});
    }
  }
  function conversation() {
    const parts = [];
    document.querySelectorAll('#za-chat .za-user, #za-chat .za-plain').forEach(function (el) {
      const user = el.classList.contains('za-user');
      parts.push((user ? T.user : T.answer) + el.textContent);
    });
    return parts.join('\\n\\n');
  }
  // Gradio writes some aria-labels in English (and with the message's markup); they
  // are read out by screen readers, so they are replaced with Chinese ones.
  function label(el) {
    for (const a of ['aria-label', 'title']) {
      const v = el.getAttribute(a);
      if (!v) continue;
      if (T.labels[v] && v !== T.labels[v]) el.setAttribute(a, T.labels[v]);
      else if (v.indexOf("user's message") === 0)
        el.setAttribute(a, T.userMsg + el.textContent.trim().slice(0, 200));
      else if (v.indexOf("bot's message") === 0)
        el.setAttribute(a, T.botMsg + el.textContent.trim().slice(0, 200));
      else if (v.indexOf('number input for ') === 0)
        el.setAttribute(a, T.numberFor.replace('{label}', v.slice(17)));
      else if (v.indexOf('range slider for ') === 0)
        el.setAttribute(a, T.sliderFor.replace('{label}', v.slice(17)));
    }
  }
  function relabel(root) {
    if (root.getAttribute) label(root);
    if (root.querySelectorAll) root.querySelectorAll('[aria-label], [title]').forEach(label);
  }
  // Grouped toasts are titled with their English type.
  function toasts() {
    document.querySelectorAll('[data-testid="toast-body"]').forEach(function (b) {
      b.querySelectorAll('.toast-title-row span').forEach(function (span) {
        span.childNodes.forEach(function (node) {
          const key = node.nodeType === 3 && node.textContent.trim().toLowerCase();
          if (key && T.toast[key]) node.textContent = T.toast[key];
        });
      });
    });
  }
  // Texts Gradio writes in English outside its dictionary, e.g. while a file uploads.
  const UPLOADING = /^Uploading (\\d+) files?\\.\\.\\.$/;
  function retext(node) {
    if (node.nodeType !== 3) {
      if (node.querySelectorAll) node.childNodes.forEach(retext);
      return;
    }
    const m = node.textContent.trim().match(UPLOADING);
    if (m) node.textContent = T.uploading.replace('{n}', m[1]);
  }
  new MutationObserver(function (changes) {
    changes.forEach(function (c) {
      if (c.type === 'attributes') label(c.target);
      else if (c.type === 'characterData') retext(c.target);
      else c.addedNodes.forEach(function (n) { relabel(n); retext(n); });
    });
    toasts();
  }).observe(document.documentElement, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: ['aria-label', 'title']
  });
  document.addEventListener('click', function (ev) {
    const t = ev.target;
    if (!t.closest) return;
    const copy = t.closest('.za-copy');
    if (copy) {
      ev.preventDefault();
      const box = copy.closest('.za-final');
      const plain = box && box.querySelector('.za-plain');
      if (plain) write(plain.textContent, copy);
      return;
    }
    const all = t.closest('#za-copy-all');
    if (all) { write(conversation(), all); return; }
    const link = t.closest('a.za-cite');
    if (!link) return;
    ev.preventDefault();
    const box = document.getElementById(link.getAttribute('href').slice(1));
    if (!box) return;
    box.open = true;
    box.scrollIntoView({block: 'nearest'});
    box.classList.add('za-flash');
    setTimeout(function () { box.classList.remove('za-flash'); }, 1200);
  }, true);
})();
</script>
"""


def head_html() -> str:
    texts = {
        "copied": msg("copied"),
        "user": msg("user_prefix"),
        "answer": msg("answer_prefix"),
        "userMsg": msg("aria_user_message"),
        "botMsg": msg("aria_bot_message"),
        "numberFor": msg("aria_number_input"),
        "sliderFor": msg("aria_range_slider"),
        "labels": {en: msg(f"gradio_label_{en}") for en in GRADIO_LABELS},
        "uploading": msg("uploading_files"),
        "toast": {
            "info": msg("toast_info"),
            "warning": msg("toast_warning"),
            "error": msg("toast_error"),
            "success": msg("toast_success"),
        },
    }
    return _PAGE_SCRIPT.replace("TEXTS", json.dumps(texts, ensure_ascii=False))


def translations() -> gr.I18n:
    """Gradio's own strings that its zh-CN dictionary leaves in English on these pages."""
    zh = {
        "chatbot.copy_message": msg("copy_answer"),
        "chatbot.copied_message": msg("copied"),
        "chatbot.like": msg("like_label"),
        "chatbot.dislike": msg("dislike_label"),
        "chatbot.clear": msg("clear"),
    }
    return gr.I18n(**{LOCALE: zh, "zh": zh})


class ChinesePages:
    """ASGI middleware: Gradio's page HTML starts in zh-CN (see the module docstring).

    Only the pages themselves (GET of a mount path) are looked at, and only complete
    HTML documents that carry a Gradio config are changed; every other request (uploads,
    their progress streams, queue events, files) is passed on without a wrapper.
    """

    MARK = b"window.gradio_config"

    def __init__(self, app: Any, pages: tuple[str, ...] = ("/",)):
        self.app = app
        self.pages = {p.rstrip("/") or "/" for p in pages}

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        path = scope.get("path", "").rstrip("/") or "/"
        if (
            scope["type"] != "http"
            or scope.get("method") not in ("GET", "HEAD")
            or path not in self.pages
        ):
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        body: list[bytes] = []

        async def capture(message: dict) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if headers.get(b"content-type", b"").startswith(b"text/html"):
                    start = message
                    return
                await send(message)
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if not message.get("more_body"):
                    await self._send_page(start, b"".join(body), send)
            else:
                await send(message)

        await self.app(scope, receive, capture)

    async def _send_page(self, start: dict, page: bytes, send: Any) -> None:
        if self.MARK in page:
            page = page.replace(b'lang="en"', b'lang="%s"' % LOCALE.encode(), 1)
            page = page.replace(b"<head>", b"<head>" + _LOCALE_SCRIPT.encode(), 1)
        headers = [(k, v) for k, v in start.get("headers", []) if k != b"content-length"]
        headers.append((b"content-length", str(len(page)).encode()))
        await send(start | {"headers": headers})
        await send({"type": "http.response.body", "body": page})


def mount_pages(
    app: FastAPI, service: AssistantService, settings: Settings, guard: Guard | None = None
) -> FastAPI:
    """Mount the staff area at /staff (behind its login) and the chat page at /."""
    shared: dict[str, Any] = {
        "css": CSS,
        "head": head_html(),
        "footer_links": [],
        "i18n": translations(),
    }
    app = gr.mount_gradio_app(
        app,
        StaffUI(service).build(),
        path="/staff",
        auth=StaffUI.login(settings),
        auth_message=msg("staff_login"),
        max_file_size=int(settings.server.max_upload_mb * 1024 * 1024),
        **shared,
    )
    app = gr.mount_gradio_app(
        app,
        ChatUI(service, guard=guard).build(),
        path="/",
        # The chat takes no files; its upload route is shut by the middleware as well.
        max_file_size=1,
        **shared,
    )
    app.add_middleware(ChinesePages, pages=("/", "/staff"))
    return app
