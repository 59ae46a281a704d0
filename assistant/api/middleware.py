"""ASGI layers around the whole app (API and Gradio pages alike).

Pure ASGI rather than ``BaseHTTPMiddleware`` so streamed answers stay streamed and a
body is never buffered before its size is judged.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from assistant.messages import msg
from assistant.security import Guard, StaffLockedOut

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
_SAMESITE_NONE = re.compile(rb"samesite=none", re.IGNORECASE)
# Routes of the public Gradio app that hand out or take in files; the chat needs neither.
_PUBLIC_FILE_ROUTES = re.compile(r"^/(gradio_api/)?(file=|upload)")
_UPLOAD_ROUTES = re.compile(r"^(/api/documents|/staff/gradio_api/upload)/?$")


async def _send_json(send: Send, status: int, body: dict, headers: list | None = None) -> None:
    data = json.dumps(body, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                *SECURITY_HEADERS,
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


def _error_body(path: str, status: int, text: str, code: str) -> dict:
    if path.startswith("/v1/"):
        return {"error": {"message": text, "type": "invalid_request_error", "code": code}}
    return {"error": text}


class _BodyTooLarge(HTTPException):
    """Raised from ``receive`` once a body without a declared length passes the limit."""


class Hardening:
    """Body-size limits, security headers, staff-login back-off, public file routes shut."""

    def __init__(self, app: ASGIApp, guard: Guard):
        self.app, self.guard = app, guard
        s = guard.settings
        self.body_limit = s.limits.body_kb * 1024
        # Room for multipart framing, and for a file a little over the limit to reach the
        # upload check, which names the file in its answer; far larger bodies stop here.
        self.upload_limit = int(s.server.max_upload_mb * 1024 * 1024) * 2 + 1024 * 1024

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if _PUBLIC_FILE_ROUTES.match(path):
            # Files the staff app produced live in the same Gradio cache; the public
            # app must not serve them, and it has nothing of its own to serve.
            await _send_json(send, 404, {"error": "not found"})
            return
        limit = self.upload_limit if _UPLOAD_ROUTES.match(path) else self.body_limit
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        too_large_text = msg("request_too_large", kb=limit // 1024)
        too_large = _error_body(path, 413, too_large_text, "too_large")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _send_json(send, 413, too_large)
            return

        login = scope["method"] == "POST" and path.rstrip("/") == "/staff/login"
        client = ""
        if login:
            peer = scope.get("client")
            client = self.guard.client(
                peer[0] if peer else None,
                {k.decode("latin-1"): v.decode("latin-1") for k, v in headers.items()},
            )
            try:
                self.guard.staff.check(client)
            except StaffLockedOut as exc:
                text = msg("staff_locked", seconds=exc.retry_after)
                retry = [(b"retry-after", str(exc.retry_after).encode())]
                await _send_json(send, 429, {"error": text, "detail": text}, retry)
                return

        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Handled by the framework's HTTPException handler of the app inside.
                    raise _BodyTooLarge(413, too_large_text)
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                status = message["status"]
                out = [
                    (k, _SAMESITE_NONE.sub(b"SameSite=lax", v) if k.lower() == b"set-cookie" else v)
                    for k, v in message.get("headers", [])
                ]
                present = {k.lower() for k, _ in out}
                out += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message["headers"] = out
                if login:
                    if status == 200:
                        self.guard.staff.succeeded(client)
                    elif status in (400, 401):
                        self.guard.staff.failed(client)
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                await _send_json(send, 413, too_large)
