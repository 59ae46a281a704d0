"""What every router shares: the running service, errors in one shape, access control.

Errors under ``/v1/`` take OpenAI's shape (``{"error": {"message", "type", "code"}}``)
so OpenAI clients report them; elsewhere they are ``{"error": "<Chinese message>"}``.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.answering.chain import QuestionError
from assistant.answering.models import Turn
from assistant.messages import msg
from assistant.security import Guard, RateLimited, StaffLockedOut
from assistant.service import AssistantService, ServiceError
from assistant.settings import LimitSettings, Settings

logger = logging.getLogger(__name__)

_OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    409: "invalid_request_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}


class ApiError(Exception):
    """A refused request: HTTP status, Chinese message, and a machine-readable code."""

    def __init__(
        self, status: int, message: str, code: str | None = None, headers: dict | None = None
    ):
        self.status, self.code, self.headers = status, code, headers
        super().__init__(message)


def error_response(
    request: Request,
    status: int,
    message: str,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    if request.url.path.startswith("/v1/"):
        kind = _OPENAI_TYPES.get(
            status, "server_error" if status >= 500 else "invalid_request_error"
        )
        body: dict = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    else:
        body = {"error": message}
    return JSONResponse(status_code=status, content=body, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", []) if p != "body"]
        detail = f"{'.'.join(loc)}: {first.get('msg', '')}"
        # OpenAI answers a bad parameter with 400; our own API keeps 422.
        status = 400 if request.url.path.startswith("/v1/") else 422
        return error_response(
            request, status, msg("request_invalid", detail=detail), "invalid_value"
        )

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(request, exc.status, str(exc), exc.code, exc.headers)

    @app.exception_handler(ServiceError)
    async def refused(request: Request, exc: ServiceError) -> JSONResponse:
        return error_response(request, exc.status, str(exc))

    @app.exception_handler(QuestionError)
    async def bad_question(request: Request, exc: QuestionError) -> JSONResponse:
        return error_response(request, 400, str(exc), "invalid_question")

    @app.exception_handler(RateLimited)
    async def limited(request: Request, exc: RateLimited) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)}
        return error_response(request, 429, msg("rate_limited"), "rate_limit_exceeded", headers)

    @app.exception_handler(StaffLockedOut)
    async def locked(request: Request, exc: StaffLockedOut) -> JSONResponse:
        text = msg("staff_locked", seconds=exc.retry_after)
        return error_response(
            request, 429, text, "too_many_failures", {"Retry-After": str(exc.retry_after)}
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, msg("internal_error"), "internal_error")


# ---------- the running app's parts ----------
def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_service(request: Request) -> AssistantService:
    return request.app.state.service


def get_guard(request: Request) -> Guard:
    return request.app.state.guard


def client_of(request: Request) -> str:
    return get_guard(request).client(
        request.client.host if request.client else None, request.headers
    )


def public(request: Request) -> str:
    """Public routes: counted against the client's per-minute limit."""
    client = client_of(request)
    get_guard(request).limiter.check(client)
    return client


_bearer = HTTPBearer(auto_error=False, description="The admin token (admin_token setting).")


def staff(
    request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> str:
    """Staff routes: the admin token as a bearer token, with back-off after wrong ones."""
    if not get_settings(request).admin_token:
        raise ApiError(403, msg("staff_disabled"), "staff_disabled")
    client = client_of(request)
    if creds is None:  # no attempt at a token: nothing to count
        raise ApiError(
            401, msg("staff_unauthorized"), "unauthorized", {"WWW-Authenticate": "Bearer"}
        )
    if not get_guard(request).token_ok(client, creds.credentials):
        raise ApiError(
            401, msg("staff_unauthorized"), "unauthorized", {"WWW-Authenticate": "Bearer"}
        )
    return client


ServiceDep = Annotated[AssistantService, Depends(get_service)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
StaffClient = Annotated[str, Depends(staff)]


# ---------- input bounds ----------
def check_history(history: list[Turn], limits: LimitSettings) -> None:
    """Refuse an over-long conversation before any work is done on it."""
    if len(history) > limits.history_turns or (
        sum(len(t.content) for t in history) > limits.history_chars
    ):
        raise ApiError(
            400,
            msg("history_too_long", turns=limits.history_turns, chars=limits.history_chars),
            "history_too_long",
        )
