"""A tiny read-only web server on the laptop that hands out one page: the minutes, or the live view.

Only people in the room who scan the QR code should get in, and only for a while:
- it listens on the one address chosen (never on all interfaces) and a random port;
- the page lives at /TOKEN, 128 random bits or more; everything else is a bare 404,
  other methods a bare 405, and the Host header must name exactly this address and port;
- the answer forbids caching, referrers, sniffing, framing and scripts;
- it serves a snapshot of the minutes taken when sharing started (`update` replaces it);
  a live view (`push`) also streams each new snapshot to the phones at /TOKEN/events;
- every request must arrive whole within a few seconds, and a slow client is dropped
  (aioserve.py), so a room of phones is served while someone tries to starve it;
- it stops by itself at its deadline, or when told to; stopping never waits.

The socket is bound here (so a refused address or a port in use is one sentence at once);
aiohttp serves it on its own event loop in a daemon thread, imported only when a server
is made, so starting the app never pays for it and no client can keep the app from exiting.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from kktui.i18n import t
from kktui.output.html import CSP
from kktui.share.headers import SECURITY_HEADERS  # noqa: F401  (kept importable from here)
from kktui.share.netaddr import HostRefused, resolve_host

if TYPE_CHECKING:
    from kktui.share import aioserve

TOKEN_BYTES = 16  # 128 bits
POLL_SECONDS = 0.2
BACKLOG = 128


class ShareError(Exception):
    """One sentence: why sharing could not start."""


class ShareServer:
    """One shared page at one address, for a limited time. Start it, show `url`, `stop()` it."""

    def __init__(
        self,
        page: str,
        host: str,
        port: int = 0,
        minutes: float = 15.0,
        token: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        try:  # what the socket would bind, so no spelling of 0.0.0.0 gets past
            family, sockaddr = resolve_host(host)
        except HostRefused as exc:
            key = "share.all_interfaces" if exc.why == "all" else f"share.host_{exc.why}"
            raise ShareError(t(key, host=host.strip())) from None
        self.token = token or secrets.token_urlsafe(TOKEN_BYTES)
        self._content = (page.encode("utf-8"), CSP)  # one value, so a page never gets another's CSP
        self._monotonic = monotonic
        self._deadline = monotonic() + minutes * 60
        self._opens = 0
        self.errors = 0  # connections that broke off (a phone walking out of Wi-Fi range)
        self.live = False  # True once a live view was pushed: /TOKEN/events streams it
        self._event = ("", "")  # what a phone that (re)connects to the stream gets first
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self.stopped_by_timeout = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._manager: aioserve.Manager | None = None
        from kktui.share import aioserve  # aiohttp: only now that sharing starts

        self._aioserve = aioserve
        try:
            self._sock = _listen(family, (sockaddr[0], port, *sockaddr[2:]))
        except (OSError, OverflowError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise ShareError(t("share.cannot_listen", host=host, port=port or "0", reason=reason)) from None
        self.host, self.port = str(sockaddr[0]), int(self._sock.getsockname()[1])
        self._thread = threading.Thread(target=self._serve, name=f"kktui-share-{self.port}", daemon=True)

    # -- what the screen shows ---------------------------------------------------------------
    @property
    def netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.netloc}/{self.token}"

    @property
    def opens(self) -> int:
        return self._opens

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._stop.is_set()

    def seconds_left(self) -> float:
        return max(0.0, self._deadline - self._monotonic())

    def set_minutes_left(self, minutes: float) -> None:
        self._deadline = self._monotonic() + max(0.0, minutes) * 60

    def update(self, page: str, csp: str = CSP) -> None:
        """A new snapshot of the minutes; the link stays the same. Phones following the live
        view are told to load it (they then show the minutes, without scanning again)."""
        self._content = (page.encode("utf-8"), csp)
        if self.live:
            self._event = ("reload", "")
            self._call_on_loop(*self._event)

    def push(self, page: str, part: str, csp: str) -> None:
        """A new snapshot of the live view: the whole page for a load, and the part that
        changes for the phones already following (within a moment, without a reload)."""
        self.live = True
        self._content = (page.encode("utf-8"), csp)
        self._event = ("live", part)
        self._call_on_loop(*self._event)

    @property
    def followers(self) -> int:
        """Phones holding the live view's event stream now."""
        manager = self._manager
        return manager.streams if manager is not None else 0

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> ShareServer:
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._serve, args=(ready,), name=f"kktui-share-{self.port}", daemon=True
        )
        self._thread.start()
        ready.wait(5)  # listening before the link is shown
        return self

    def stop(self) -> None:
        """Ask the server to stop; returns at once (the loop notices within POLL_SECONDS)."""
        self._stop.set()
        if not self._thread.is_alive():
            self._close()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the server has stopped listening."""
        return self._stopped.wait(timeout)

    def _serve(self, ready: threading.Event | None = None) -> None:
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(lambda _loop, _context: self.count_error())  # never printed
        try:
            loop.run_until_complete(self._main(loop, ready))
        finally:
            self._stop.set()
            self._close()
            self._loop = None
            _close_loop(loop)

    async def _main(self, loop: asyncio.AbstractEventLoop, ready: threading.Event | None) -> None:
        manager = self._aioserve.Manager(self)
        try:
            server = await loop.create_server(manager, sock=self._sock)
        finally:
            if ready is not None:
                ready.set()
        self._manager, self._loop = manager, loop
        try:
            while not self._stop.is_set():
                if self.seconds_left() <= 0:
                    self.stopped_by_timeout = True
                    break
                await asyncio.sleep(POLL_SECONDS)
        finally:
            self._stop.set()
            server.close()  # the listening socket closes now
            self._close()
            manager.drop_all()
            await asyncio.sleep(0)

    def _call_on_loop(self, event: str, data: str) -> None:
        loop, manager = self._loop, self._manager
        if loop is None or manager is None or self._stop.is_set():
            return
        try:
            loop.call_soon_threadsafe(manager.broadcast, event, data)
        except RuntimeError:  # the loop closed in between: nobody is following any more
            return

    def _close(self) -> None:
        with self._lock:
            if not self._stopped.is_set():
                self._sock.close()
                self._stopped.set()

    # -- used by the request handler (on the server's loop) --------------------------------------
    def host_ok(self, hosts: list[str]) -> bool:
        return len(hosts) == 1 and hosts[0].strip().lower() == self.netloc.lower()

    def path_ok(self, path: str) -> bool:
        return hmac.compare_digest(path.encode("latin-1", "replace"), f"/{self.token}".encode("latin-1"))

    def events_path_ok(self, path: str) -> bool:
        wanted = f"/{self.token}/events".encode("latin-1")
        return self.live and hmac.compare_digest(path.encode("latin-1", "replace"), wanted)

    def page(self) -> tuple[bytes, str]:
        """The page and its Content-Security-Policy, taken together."""
        return self._content

    def latest_event(self) -> tuple[str, str]:
        return self._event

    def count_open(self) -> None:
        with self._lock:
            self._opens += 1

    def count_error(self) -> None:
        with self._lock:
            self.errors += 1


def _listen(family: int, address: tuple) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
        sock.listen(BACKLOG)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
    """End what is left on the loop (event streams, answers under way) and close it."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
