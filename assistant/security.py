"""Controls shared by every way in (HTTP API, OpenAI endpoint, Gradio pages).

Kept apart from both the API and the web package so each can import it without
importing the other: the per-client rate limit, the client address behind trusted
proxies, and the back-off after wrong staff tokens.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass

from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from assistant.settings import Settings

logger = logging.getLogger(__name__)

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _networks(entries: list[str]) -> list[_Network]:
    return [ipaddress.ip_network(e.strip(), strict=False) for e in entries if e.strip()]


def _in(address: str, networks: list[_Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_address(peer: str | None, headers: Mapping[str, str], proxies: list[_Network]) -> str:
    """The address a request came from.

    ``X-Forwarded-For`` is believed only when the connection comes from a configured
    proxy, and then read from the right: the first address that is not itself a trusted
    proxy is the client (anything left of it was written by the client and is ignored).
    """
    peer = peer or "unknown"
    if not proxies or not _in(peer, proxies):
        return peer
    forwarded = [a.strip() for a in headers.get("x-forwarded-for", "").split(",") if a.strip()]
    for address in reversed(forwarded):
        if not _in(address, proxies):
            return address
    return forwarded[0] if forwarded else peer


class RateLimited(Exception):
    """Too many requests from one client; ``retry_after`` in seconds."""

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        super().__init__(f"rate limited, retry after {retry_after}s")


class StaffLockedOut(Exception):
    """Too many wrong staff tokens from one client; ``retry_after`` in seconds."""

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        super().__init__(f"staff login locked, retry after {retry_after}s")


class RateLimiter:
    """Requests per minute per client (a moving window, from the ``limits`` library)."""

    def __init__(self, per_minute: int):
        self.item = RateLimitItemPerMinute(per_minute) if per_minute > 0 else None
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def check(self, client: str) -> None:
        if self.item is None:
            return
        if not self._limiter.hit(self.item, "public", client):
            stats = self._limiter.get_window_stats(self.item, "public", client)
            raise RateLimited(max(1, int(stats.reset_time - time.time()) + 1))


@dataclass
class _Failures:
    count: int = 0
    locked_until: float = 0.0
    lockouts: int = 0


class StaffBackoff:
    """After ``failures`` wrong tokens a client waits, twice as long each further time."""

    def __init__(self, failures: int, first_wait_s: float, max_wait_s: float):
        self.failures, self.first_wait_s, self.max_wait_s = failures, first_wait_s, max_wait_s
        self._by_client: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        with self._lock:
            state = self._by_client.get(client)
            wait = state.locked_until - time.monotonic() if state else 0.0
        if wait > 0:
            raise StaffLockedOut(int(wait) + 1)

    def failed(self, client: str) -> None:
        with self._lock:
            state = self._by_client.setdefault(client, _Failures())
            state.count += 1
            if state.count >= self.failures:
                wait = min(self.first_wait_s * 2**state.lockouts, self.max_wait_s)
                state.locked_until = time.monotonic() + wait
                state.lockouts += 1
                state.count = 0
                logger.warning("staff login from %s locked for %.0fs", client, wait)
            self._forget_old()

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._by_client.pop(client, None)

    def _forget_old(self) -> None:
        # Bounded memory: drop clients whose lock expired long ago.
        if len(self._by_client) < 10_000:
            return
        now = time.monotonic()
        for key in [k for k, v in self._by_client.items() if v.locked_until < now - 3600]:
            del self._by_client[key]


class Guard:
    """One set of controls for one running app, shared by the API and the pages."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.proxies = _networks(settings.limits.trusted_proxies)
        self.limiter = RateLimiter(settings.server.rate_limit_per_minute)
        lim = settings.limits
        self.staff = StaffBackoff(lim.staff_failures, lim.staff_backoff_s, lim.staff_backoff_max_s)

    def client(self, peer: str | None, headers: Mapping[str, str]) -> str:
        return client_address(peer, headers, self.proxies)

    def token_ok(self, client: str, given: str | None) -> bool:
        """Check a staff token, counting wrong ones; raises StaffLockedOut while locked."""
        self.staff.check(client)
        token = self.settings.admin_token
        if token and given and hmac.compare_digest(given.encode(), token.encode()):
            self.staff.succeeded(client)
            return True
        self.staff.failed(client)
        return False
