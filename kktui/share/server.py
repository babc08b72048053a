"""A tiny read-only web server on the laptop that hands out one page: the minutes.

Only people in the room who scan the QR code should get in, and only for a while:
- it listens on the one address chosen (never on all interfaces) and a random port;
- the page lives at /TOKEN, 128 random bits or more; everything else is a bare 404,
  other methods a bare 405, and the Host header must name exactly this address and port;
- the answer forbids caching, referrers, sniffing, framing and scripts;
- it serves a snapshot of the minutes taken when sharing started (`update` replaces it);
- it stops by itself at its deadline, or when told to; stopping never waits.

Standard library only: a ThreadingHTTPServer whose accept loop runs in a daemon thread,
so neither a slow phone nor a hung connection can keep the app from exiting.
"""

from __future__ import annotations

import hmac
import secrets
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kktui.i18n import t
from kktui.output.html import CSP
from kktui.share.netaddr import HostRefused, resolve_host

TOKEN_BYTES = 16  # 128 bits
POLL_SECONDS = 0.2
MAX_CONNECTIONS = 32

SECURITY_HEADERS = (
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", CSP),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("X-Robots-Tag", "noindex, nofollow"),
)


class ShareError(Exception):
    """One sentence: why sharing could not start."""


class _Handler(BaseHTTPRequestHandler):
    server_version = "kktui"
    sys_version = ""
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers
    timeout = 10  # seconds a slow or silent client may hold its connection

    server: _Server

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        share = self.server.share
        # The path as sent: the stdlib folds a leading "//" into "/", which we do not accept.
        sent_path = self.requestline.split(" ")[1] if self.requestline.count(" ") >= 1 else ""
        if not share.host_ok(self.headers.get_all("Host") or []) or not share.path_ok(sent_path):
            self._send(404, b"Not found\n")
            return
        body = share.page_bytes()
        share.count_open()
        self._send(200, body, "text/html; charset=utf-8")

    def __getattr__(self, name: str):
        # Every other method (HEAD, POST, PUT, OPTIONS, made-up ones) gets a bare 405.
        if name.startswith("do_"):
            return self._not_allowed
        raise AttributeError(name)

    def _not_allowed(self) -> None:
        self._send(405, b"Method not allowed\n", extra=(("Allow", "GET"),))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed requests: the status, and no detail about why."""
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # so the status line is sent even for a garbled request
        self._send(code, b"Bad request\n" if code < 500 else b"Error\n")

    def _send(
        self,
        code: int,
        body: bytes,
        content_type: str = "text/plain; charset=utf-8",
        extra: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.send_response(code)
        for name, value in SECURITY_HEADERS + extra:
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the terminal is drawn on stderr, and the log would carry the token."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 64
    timeout = POLL_SECONDS

    def __init__(self, address: tuple[str, int], share: ShareServer) -> None:
        self.share = share
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer would look up our own name (DNS), which can hang on a network with none.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def handle_error(self, request, client_address) -> None:
        """A phone that hangs up mid-answer: counted, never printed (the terminal is the app's screen)."""
        self.share.count_error()

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)  # too many at once: drop, never queue without bound
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class _Server6(_Server):
    address_family = socket.AF_INET6


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
        self._page = page.encode("utf-8")
        self._monotonic = monotonic
        self._deadline = monotonic() + minutes * 60
        self._opens = 0
        self.errors = 0  # connections that broke off (a phone walking out of Wi-Fi range)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self.stopped_by_timeout = False
        server_class = _Server6 if family == socket.AF_INET6 else _Server
        try:
            self._httpd = server_class((sockaddr[0], port, *sockaddr[2:]), self)
        except (OSError, OverflowError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise ShareError(t("share.cannot_listen", host=host, port=port or "0", reason=reason)) from None
        self.host, self.port = str(sockaddr[0]), int(self._httpd.server_address[1])
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

    def update(self, page: str) -> None:
        """A new snapshot of the minutes; the link stays the same."""
        self._page = page.encode("utf-8")

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> ShareServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Ask the server to stop; returns at once (the loop notices within POLL_SECONDS)."""
        self._stop.set()
        if not self._thread.is_alive():
            self._close()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the server has stopped listening."""
        return self._stopped.wait(timeout)

    def _serve(self) -> None:
        try:
            while not self._stop.is_set():
                if self.seconds_left() <= 0:
                    self.stopped_by_timeout = True
                    break
                self._httpd.handle_request()
        finally:
            self._stop.set()
            self._close()

    def _close(self) -> None:
        with self._lock:
            if not self._stopped.is_set():
                self._httpd.server_close()
                self._stopped.set()

    # -- used by the request handler (on its own threads) --------------------------------------
    def host_ok(self, hosts: list[str]) -> bool:
        return len(hosts) == 1 and hosts[0].strip().lower() == self.netloc.lower()

    def path_ok(self, path: str) -> bool:
        return hmac.compare_digest(path.encode("latin-1", "replace"), f"/{self.token}".encode("latin-1"))

    def page_bytes(self) -> bytes:
        return self._page

    def count_open(self) -> None:
        with self._lock:
            self._opens += 1

    def count_error(self) -> None:
        with self._lock:
            self.errors += 1
