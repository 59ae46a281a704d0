"""The app factory: one FastAPI app with a router per feature and the Gradio pages.

``create_app(settings, service)`` builds everything from what it is given, so tests
can call it in-process with their own settings (``with_ui=False`` leaves Gradio out).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI

from assistant.api import openai, public, staff
from assistant.api.deps import install_error_handlers
from assistant.api.middleware import Hardening
from assistant.messages import msg
from assistant.security import Guard
from assistant.service import AssistantService
from assistant.settings import Settings

logger = logging.getLogger(__name__)


def create_app(
    settings: Settings, service: AssistantService | None = None, with_ui: bool = True
) -> FastAPI:
    service = service or AssistantService(settings)
    guard = Guard(settings)
    app = FastAPI(title="zone-assistant", description=msg("api_description"))
    app.state.settings, app.state.service, app.state.guard = settings, service, guard
    install_error_handlers(app)
    app.include_router(public.router)
    app.include_router(staff.router)
    app.include_router(openai.router)
    if with_ui:
        app = _mount_pages(app, settings, service, guard)
    app.add_middleware(Hardening, guard=guard)
    return app


def _mount_pages(
    app: FastAPI, settings: Settings, service: AssistantService, guard: Guard
) -> FastAPI:
    # Gradio is heavy and only the served pages need it: imported here, not at the top.
    import gradio as gr

    from assistant.web.app import CSS, HEAD, ChatUI
    from assistant.web.staff import StaffUI

    upload_limit = int(settings.server.max_upload_mb * 1024 * 1024)
    app = gr.mount_gradio_app(
        app,
        StaffUI(service).build(),
        path="/staff",
        auth=StaffUI.login(settings),
        css=CSS,
        head=HEAD,
        footer_links=[],
        auth_message=msg("staff_login"),
        max_file_size=upload_limit,
    )
    return gr.mount_gradio_app(
        app,
        ChatUI(service, guard=guard).build(),
        path="/",
        css=CSS,
        head=HEAD,
        footer_links=[],
        # The chat takes no files; its upload route is shut by the middleware as well.
        max_file_size=1,
    )
