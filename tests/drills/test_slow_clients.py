"""Slowloris on loopback: 200 connections that ask very slowly (or not at all) cannot starve the phones.

Half of them send the start of a request and then one byte every half second; the other half
connect and say nothing. Whenever the server drops one, the attacker opens another, so 200
are open the whole time. Meanwhile a phone asks for the page 30 times: every answer must be
the page, quickly; and no slow connection may live much past the request deadline.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.request

import pytest

from kktui.share.server import ShareServer

PAGE = "<!doctype html><html><body><h1>Referat 4B</h1><p>Vedtak: dugnad i mai</p></body></html>"
SLOW = 200
PHONE_REQUESTS = 30
DRIP_SECONDS = 0.5
REQUEST_DEADLINE = 3.0  # what the server promises (kktui.share.aioserve.REQUEST_SECONDS)

pytestmark = pytest.mark.xdist_group("timed-drills")


class Slowloris:
    """Keeps SLOW connections open against the server, dripping or silent, reopening dropped ones."""

    def __init__(self, server: ShareServer) -> None:
        self.server = server
        self.sockets: dict[int, tuple[socket.socket, float]] = {}
        self.dropped_after: list[float] = []  # how long each dropped connection had lived
        self.opened = 0
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _open(self, slot: int) -> None:
        sock = socket.create_connection((self.server.host, self.server.port), timeout=5)
        sock.setblocking(False)
        if slot % 2 == 0:
            sock.send(f"GET /{self.server.token} HTTP/1.1\r\nHost: {self.server.netloc}\r\nX-a: ".encode())
        self.sockets[slot] = (sock, time.monotonic())
        self.opened += 1

    def _run(self) -> None:
        for slot in range(SLOW):
            self._open(slot)
        while self.running:
            time.sleep(DRIP_SECONDS)
            for slot, (sock, since) in list(self.sockets.items()):
                try:
                    if sock.recv(1, socket.MSG_PEEK) == b"":
                        raise ConnectionResetError("closed by the server")
                except BlockingIOError:  # still open, nothing to read: drip one more byte
                    try:
                        if slot % 2 == 0:
                            sock.send(b"a")
                        continue
                    except OSError:
                        pass
                except OSError:
                    pass
                self.dropped_after.append(time.monotonic() - since)
                sock.close()
                if self.running:
                    self._open(slot)

    def close(self) -> None:
        self.running = False
        self.thread.join(10)
        for sock, _ in self.sockets.values():
            sock.close()


def test_a_phone_is_served_while_200_slow_connections_are_open() -> None:
    server = ShareServer(PAGE, "127.0.0.1").start()
    attack = Slowloris(server)
    try:
        attack.thread.start()
        deadline = time.monotonic() + 10
        while attack.opened < SLOW and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(attack.sockets) == SLOW  # all 200 open, none finished its request
        answers: list[tuple[int, bytes, float]] = []
        for _ in range(PHONE_REQUESTS):
            started = time.monotonic()
            try:
                with urllib.request.urlopen(server.url, timeout=5) as answer:
                    answers.append((answer.status, answer.read(), time.monotonic() - started))
            except OSError as exc:  # refused, reset or timed out: the phone got nothing
                answers.append((0, str(exc).encode(), time.monotonic() - started))
            time.sleep(0.1)
        time.sleep(REQUEST_DEADLINE)  # long enough for the first round of slow ones to be dropped
    finally:
        attack.close()
        server.stop()
        assert server.wait(5)

    slowest = max(took for _, _, took in answers)
    print(
        f"\n{PHONE_REQUESTS} phone requests beside {SLOW} slow connections: slowest {slowest * 1000:.0f} ms; "
        f"{len(attack.dropped_after)} slow connections dropped, the longest-lived after "
        f"{max(attack.dropped_after, default=0):.1f} s; {attack.opened} opened in all"
    )
    assert [status for status, _, _ in answers] == [200] * PHONE_REQUESTS
    assert all(body == PAGE.encode() for _, body, _ in answers)
    assert slowest < 2.0
    assert len(attack.dropped_after) >= SLOW, "every slow or silent connection is dropped"
    assert max(attack.dropped_after) < REQUEST_DEADLINE + 2 * DRIP_SECONDS + 0.5
    assert server.opens == PHONE_REQUESTS
