"""The share server's insides, on aiohttp: imported only when sharing starts.

Every connection has a short total deadline for its whole request (line and headers), not
a time-out per read, so a client that sends one byte every few seconds (Slowloris) is cut
off after REQUEST_SECONDS whatever it does; an answer that the client does not take within
ANSWER_SECONDS is dropped. When the connections are all taken, the one that has waited
longest without finishing its request is dropped to make room, so a real phone always gets
in. The live page's event streams (Server-Sent Events) are bounded in number, and an update
a phone does not take within SEND_SECONDS ends its stream (the browser reconnects).

Nothing here is printed: the terminal is the app's screen, and a log would carry the token.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiohttp import web
from aiohttp.http_exceptions import BadHttpMethod
from aiohttp.web_protocol import RequestHandler
from aiohttp_sse import EventSourceResponse

from kktui.share.headers import SECURITY_HEADERS

if TYPE_CHECKING:
    from kktui.share.server import ShareServer

REQUEST_SECONDS = 3.0  # the whole request must arrive within this, from the first byte of the connection
ANSWER_SECONDS = 10.0  # the page must be taken within this
SEND_SECONDS = 5.0  # one live update must be taken within this
PING_SECONDS = 15.0  # a comment line on each event stream, so dead phones are noticed
MAX_CONNECTIONS = 600  # all at once, event streams included
MAX_STREAMS = 200  # live pages following at once (a room, with plenty to spare)
RECONNECT_MS = 1500  # how soon a phone's browser reconnects a broken event stream


def _bare(status: int, body: bytes, extra: tuple[tuple[str, str], ...] = ()) -> web.Response:
    response = web.Response(status=status, body=body)
    for name, value in SECURITY_HEADERS + extra:
        response.headers[name] = value
    response.headers["Content-Type"] = "text/plain; charset=utf-8"
    response.headers["Server"] = "kktui"
    response.force_close()
    return response


class _Connection(RequestHandler):
    """aiohttp's connection, with a total deadline for the request and a quiet error page."""

    def __init__(self, manager: Manager, **kwargs) -> None:
        super().__init__(manager, **kwargs)
        self._share = manager.share
        self._kk_manager = manager
        self._kk_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._kk_deadline = self._loop.call_later(REQUEST_SECONDS, self._too_slow)
        self._kk_manager.waiting(self, transport)  # type: ignore[arg-type]  # a TCP transport

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._messages and self._kk_deadline is not None:  # a whole request arrived in time
            self._kk_deadline.cancel()
            self._kk_deadline = None
            self._kk_manager.asked(self)

    def _too_slow(self) -> None:
        self._kk_deadline = None
        self._kk_manager.drop(self)

    def connection_lost(self, exc: BaseException | None) -> None:
        if self._kk_deadline is not None:
            self._kk_deadline.cancel()
            self._kk_deadline = None
        self._kk_manager.gone(self)
        if exc is not None:  # a phone that hung up or walked out of range: counted, never printed
            self._share.count_error()
        super().connection_lost(exc)

    def handle_error(self, request, status: int = 500, exc=None, message=None) -> web.StreamResponse:
        """Malformed requests: the status, and no detail about why."""
        if request.writer.output_size > 0:
            raise ConnectionError("the answer was already under way")
        if isinstance(exc, BadHttpMethod):  # a made-up method is a method all the same
            return _bare(405, b"Method not allowed\n", (("Allow", "GET"),))
        return _bare(status, b"Bad request\n" if status < 500 else b"Error\n")

    def log_exception(self, *args, **kwargs) -> None:
        self._share.count_error()

    def log_debug(self, *args, **kwargs) -> None:
        """Silent."""


class Manager(web.Server):
    """aiohttp's low-level server: our connections, our handler, and room for a real phone."""

    def __init__(self, share: ShareServer) -> None:
        super().__init__(
            self._handle,
            keepalive_timeout=REQUEST_SECONDS,
            lingering_time=0.5,
            access_log=None,
            max_line_size=8190,
            max_field_size=8190,
        )
        self.share = share
        self._waiting: dict[_Connection, asyncio.Transport] = {}  # oldest first
        self._open: dict[_Connection, asyncio.Transport] = {}
        self._streams: set[asyncio.Queue[tuple[str, str]]] = set()

    def __call__(self) -> _Connection:
        return _Connection(self, loop=self._loop, **self._kwargs)

    # -- connections --------------------------------------------------------------------------
    def waiting(self, connection: _Connection, transport: asyncio.Transport) -> None:
        self._open[connection] = transport
        self._waiting[connection] = transport
        if len(self._open) > MAX_CONNECTIONS:
            oldest = next(iter(self._waiting))  # never empty: this connection is in it
            self.drop(oldest)

    def asked(self, connection: _Connection) -> None:
        self._waiting.pop(connection, None)

    def gone(self, connection: _Connection) -> None:
        self._waiting.pop(connection, None)
        self._open.pop(connection, None)

    def drop(self, connection: _Connection) -> None:
        transport = self._open.get(connection)
        self.gone(connection)
        if transport is not None:
            transport.abort()  # at once: a graceful close would wait for a client that does not read

    def drop_all(self) -> None:
        for connection in list(self._open):
            self.drop(connection)
        for queue in list(self._streams):
            _offer(queue, ("", ""))  # wakes the stream, which ends

    @property
    def open_connections(self) -> int:
        return len(self._open)

    @property
    def streams(self) -> int:
        return len(self._streams)

    # -- live updates (called on this loop, from ShareServer.push) -------------------------------
    def broadcast(self, event: str, data: str) -> None:
        for queue in self._streams:
            _offer(queue, (event, data))

    # -- answering ------------------------------------------------------------------------------
    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        share = self.share
        if request.method != "GET":
            return _bare(405, b"Method not allowed\n", (("Allow", "GET"),))
        sent_path = request.raw_path
        if not share.host_ok(request.headers.getall("Host", [])):
            return _bare(404, b"Not found\n")
        if share.path_ok(sent_path):
            return await self._page(request)
        if share.events_path_ok(sent_path):
            return await self._stream(request)
        return _bare(404, b"Not found\n")

    async def _page(self, request: web.BaseRequest) -> web.StreamResponse:
        share = self.share
        body, csp = share.page()
        response = web.StreamResponse(status=200)
        for name, value in SECURITY_HEADERS:
            response.headers[name] = value
        response.headers["Content-Security-Policy"] = csp
        response.headers["Content-Type"] = "text/html; charset=utf-8"
        response.headers["Server"] = "kktui"
        response.content_length = len(body)
        response.force_close()
        share.count_open()
        await self._within(request, self._send_page(request, response, body))
        return response

    @staticmethod
    async def _send_page(request: web.BaseRequest, response: web.StreamResponse, body: bytes) -> None:
        await response.prepare(request)
        await response.write(body)
        await response.write_eof()

    async def _within(self, request: web.BaseRequest, work) -> None:
        try:
            async with asyncio.timeout(ANSWER_SECONDS):
                await work
        except TimeoutError:
            if request.transport is not None:
                request.transport.abort()
            raise ConnectionResetError("the client did not take its answer in time") from None

    async def _stream(self, request: web.BaseRequest) -> web.StreamResponse:
        if len(self._streams) >= MAX_STREAMS:
            return _bare(503, b"Busy\n", (("Retry-After", "5"),))
        response = EventSourceResponse(send_timeout=SEND_SECONDS, ping_interval=PING_SECONDS)
        for name, value in SECURITY_HEADERS:
            response.headers[name] = value
        response.headers["Server"] = "kktui"
        response.force_close()
        queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue(maxsize=1)
        latest = self.share.latest_event()
        if latest[0]:
            _offer(queue, latest)  # the current state first, so a reconnect is never stale
        self._streams.add(queue)
        try:
            await self._within(request, response.prepare(request))
            await response.send("", event="hello", retry=RECONNECT_MS)
            ended = asyncio.ensure_future(response.wait())
            try:
                while True:
                    taking = asyncio.ensure_future(queue.get())
                    await asyncio.wait({taking, ended}, return_when=asyncio.FIRST_COMPLETED)
                    if not taking.done():
                        taking.cancel()
                        break  # the phone went away, or the ping could not be sent
                    event, data = taking.result()
                    if not event:
                        break  # stopping
                    await response.send(data, event=event)
                    if event == "reload":
                        break  # the page is the minutes now: the phone loads it once
            finally:
                ended.cancel()
        except (ConnectionError, TimeoutError):
            self.share.count_error()
        finally:
            self._streams.discard(queue)
        return response


def _offer(queue: asyncio.Queue[tuple[str, str]], item: tuple[str, str]) -> None:
    """Only the latest state matters: a phone that lags gets the newest, never a backlog."""
    if queue.full():
        queue.get_nowait()
    queue.put_nowait(item)
