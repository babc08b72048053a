"""The share server on loopback, spoken to byte by byte: one page, for one token, for a while."""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kktui.share.netaddr import candidate_addresses, is_unspecified
from kktui.share.publish import PublishError, publish_page
from kktui.share.server import ShareError, ShareServer
from kktui.storage import locations
from kktui.storage.settings import Settings, save_settings
from kktui.storage.store import Store

PAGE = "<!doctype html><html><body><h1>Referat 4B</h1><p>Vedtak: dugnad i mai</p></body></html>"
REQUIRED_HEADERS = {
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}


class FakeMonotonic:
    """The server's own clock, so a time-out can be reached without waiting for it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def raw(server: ShareServer, request: bytes, timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    """Send exactly these bytes; return status, headers (lower-case names) and body."""
    with socket.create_connection((server.host, server.port), timeout=timeout) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def get(
    server: ShareServer, path: str, host: str | None = None, method: str = "GET"
) -> tuple[int, dict, bytes]:
    host_line = f"Host: {host if host is not None else server.netloc}\r\n" if host != "" else ""
    return raw(server, f"{method} {path} HTTP/1.1\r\n{host_line}Connection: close\r\n\r\n".encode("latin-1"))


@pytest.fixture
def server():
    share = ShareServer(PAGE, "127.0.0.1").start()
    yield share
    share.stop()
    assert share.wait(2)


def test_the_page_is_served_with_the_safety_headers(server: ShareServer) -> None:
    status, headers, body = get(server, f"/{server.token}")
    assert status == 200
    assert body.decode("utf-8") == PAGE
    assert headers["content-type"] == "text/html; charset=utf-8"
    for name, value in REQUIRED_HEADERS.items():
        assert headers[name] == value
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
    assert headers["server"] == "kktui"
    assert server.opens == 1
    assert server.url == f"http://127.0.0.1:{server.port}/{server.token}"
    with urllib.request.urlopen(server.url, timeout=5) as answer:  # an ordinary client too
        assert answer.status == 200 and "Vedtak: dugnad i mai" in answer.read().decode()
    assert server.opens == 2


def test_the_token_is_long_random_and_new_each_time(server: ShareServer) -> None:
    other = ShareServer(PAGE, "127.0.0.1")
    other.stop()
    assert len(server.token) >= 22  # token_urlsafe(16): 128 bits
    assert server.token != other.token
    assert server.port != 0


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/index.html",
        "/{t}/",
        "/{t}?",
        "/{t}?x=1",
        "/{t}#x",
        "//{t}",
        "/./{t}",
        "/x/../{t}",
        "/{t}/..",
        "/../{t}",
        "/%2e%2e/{t}",
        "/%2F{t}",
        "/{t}%00",
        "/{t}%20",
        "/{T}",
        "/{short}",
        "/{t}x",
        "/favicon.ico",
        "/robots.txt",
        "/../../etc/passwd",
        "/..%2f..%2fkktui.json",
        "http://127.0.0.1/{t}",
        "*",
    ],
)
def test_anything_but_the_exact_path_is_a_bare_404(server: ShareServer, path: str) -> None:
    token = server.token
    path = path.format(t=token, T=token.swapcase(), short=token[:-1])
    status, headers, body = get(server, path)
    if path == "*":  # not a path at all: refused as a bad request (aiohttp's parser), no detail
        assert status == 400 and body == b"Bad request\n"
    else:
        assert status == 404
        assert body == b"Not found\n"
    assert headers["cache-control"] == "no-store"
    assert server.opens == 0


@pytest.mark.parametrize(
    "method", ["HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "BREW"]
)
def test_other_methods_are_a_bare_405(server: ShareServer, method: str) -> None:
    status, headers, body = get(server, f"/{server.token}", method=method)
    assert status == 405
    assert headers["allow"] == "GET"
    if method != "HEAD":
        assert body == b"Method not allowed\n"
    assert server.token.encode() not in body
    assert server.opens == 0


@pytest.mark.parametrize(
    "host",
    [
        "",
        "evil.example",
        "localhost:{port}",
        "127.0.0.1",
        "127.0.0.1:1",
        "127.0.0.1:{port}.evil.example",
        "192.168.1.10:{port}",
    ],
)
def test_the_host_header_must_name_this_address_and_port(server: ShareServer, host: str) -> None:
    status, _, _ = get(server, f"/{server.token}", host=host.format(port=server.port))
    assert status == (400 if host == "" else 404)  # HTTP/1.1 without a Host is a bad request
    assert server.opens == 0


def test_two_host_headers_are_refused(server: ShareServer) -> None:
    request = (
        f"GET /{server.token} HTTP/1.1\r\nHost: {server.netloc}\r\nHost: evil.example\r\n\r\n"
    ).encode()
    assert raw(server, request)[0] in (400, 404)  # aiohttp's parser refuses it as a bad request
    assert server.opens == 0


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"garbage\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n",
    ],
)
def test_malformed_requests_get_no_detail(server: ShareServer, request_bytes: bytes) -> None:
    status, _, body = raw(server, request_bytes)
    assert status in (400, 404, 405, 414, 505)
    assert b"Python" not in body and b"Traceback" not in body and len(body) < 40


def test_the_page_is_a_snapshot_until_updated(server: ShareServer) -> None:
    url = f"/{server.token}"
    assert b"dugnad i mai" in get(server, url)[2]
    server.update(PAGE.replace("dugnad i mai", "dugnad i juni"))
    assert b"dugnad i juni" in get(server, url)[2]
    assert server.url.endswith(url)  # same link after the update


def test_it_stops_by_itself_when_time_is_up() -> None:
    clock = FakeMonotonic()
    share = ShareServer(PAGE, "127.0.0.1", minutes=15, monotonic=clock).start()
    assert share.seconds_left() == 15 * 60
    assert get(share, f"/{share.token}")[0] == 200
    share.set_minutes_left(20)
    assert share.seconds_left() == 20 * 60
    clock.now += 20 * 60 - 1
    # Two answers after the clock moved: the loop looked at the deadline in between and went on.
    assert get(share, f"/{share.token}")[0] == 200
    assert get(share, f"/{share.token}")[0] == 200
    assert share.running and share.seconds_left() == 1
    clock.now += 1
    assert share.wait(2), "the server should stop at its deadline"
    assert share.stopped_by_timeout and not share.running
    with pytest.raises(OSError):
        get(share, f"/{share.token}")


def test_a_time_out_in_seconds_ends_it_with_nobody_asking() -> None:
    """`minutes` may be a fraction (the CLI's --minutes 0.05); the deadline is on the server's clock,
    and it is kept while no phone connects (the accept loop wakes up by itself)."""
    clock = FakeMonotonic()
    share = ShareServer(PAGE, "127.0.0.1", minutes=0.6 / 60, monotonic=clock).start()
    assert share.seconds_left() == pytest.approx(0.6)
    clock.now += 0.5
    assert get(share, f"/{share.token}")[0] == 200 and share.running
    clock.now += 0.1
    assert share.wait(2), "the server should stop at its deadline without a request to wake it"
    assert share.stopped_by_timeout and share.seconds_left() == 0


def test_stopping_never_waits_even_for_a_client_that_hangs() -> None:
    share = ShareServer(PAGE, "127.0.0.1").start()
    hanging = socket.create_connection((share.host, share.port))
    hanging.sendall(b"GET /" + share.token.encode())  # never finishes its request
    time.sleep(0.2)
    started = time.perf_counter()
    share.stop()
    assert time.perf_counter() - started < 0.05
    assert share.wait(2)
    hanging.close()
    with pytest.raises(OSError):
        socket.create_connection((share.host, share.port), timeout=1).close()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", ""])
def test_never_on_all_interfaces(host: str) -> None:
    with pytest.raises(ShareError, match="alle nettverk"):
        ShareServer(PAGE, host)


@pytest.mark.parametrize(
    "host",
    ["0", "0x0", "0.0", "000.000.000.000", "0.0.0", "00", "::ffff:0.0.0.0", "::", "0:0::0", " 0.0.0.0 "],
)
def test_every_spelling_of_all_interfaces_is_refused(host: str) -> None:
    """The socket layer reads `0`, `0x0` or `000.000.000.000` as 0.0.0.0 (inet_aton): refused."""
    with pytest.raises(ShareError, match="alle nettverk") as caught:
        ShareServer(PAGE, host)
    assert "\n" not in str(caught.value) and str(caught.value).endswith(".")


@pytest.mark.parametrize(
    "host",
    [
        "224.0.0.1",
        "239.255.255.250",
        "0xe0000001",
        "ff02::1",
        "255.255.255.255",
        "0xffffffff",
        "::ffff:255.255.255.255",
    ],
)
def test_multicast_and_broadcast_addresses_are_refused_with_one_sentence(host: str) -> None:
    with pytest.raises(ShareError) as caught:
        ShareServer(PAGE, host)
    message = str(caught.value)
    assert host.strip() in message and message.endswith(".") and "\n" not in message


def test_a_short_spelling_of_loopback_is_served_under_its_plain_address() -> None:
    share = ShareServer(PAGE, "127.1").start()
    try:
        assert share.host == "127.0.0.1"
        assert share.url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(share.url, timeout=5) as answer:
            assert b"Referat 4B" in answer.read()
    finally:
        share.stop()
        share.wait(2)


def test_a_port_in_use_is_one_sentence(server: ShareServer) -> None:
    with pytest.raises(ShareError) as caught:
        ShareServer(PAGE, "127.0.0.1", port=server.port)
    message = str(caught.value)
    assert message.startswith("Kunne ikke starte delingen på 127.0.0.1:") and message.endswith(".")


def test_addresses_are_never_all_interfaces_and_loopback_only_when_asked_or_alone() -> None:
    found = candidate_addresses()
    assert found
    assert not any(is_unspecified(a.ip) for a in found)
    assert all(a.kind != "loopback" for a in found) or [a.kind for a in found] == ["loopback"]
    with_loopback = candidate_addresses(include_loopback=True)
    assert "127.0.0.1" in [a.ip for a in with_loopback]


# -- publishing (settings.json itself: tests/unit/storage/test_settings.py) ------------------
def test_publish_copies_the_page_under_an_unguessable_name(tmp_path: Path) -> None:
    folder = tmp_path / "synced"
    folder.mkdir()
    settings = Settings(publish_folder=folder, publish_base_url="https://klasse.example.no/4b/")
    first = publish_page(PAGE, settings)
    second = publish_page(PAGE, settings)
    assert first.path.parent == folder and first.path.read_text(encoding="utf-8") == PAGE
    assert first.url == "https://klasse.example.no/4b/" + first.path.name
    assert first.path.name != second.path.name and len(first.path.stem) >= 22
    again = publish_page(PAGE.replace("mai", "juni"), settings, first.path.name)
    assert again.url == first.url and "juni" in first.path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "settings, words",
    [
        (Settings(), "ikke satt opp"),
        (Settings(publish_folder=Path("/nowhere/at/all"), publish_base_url="https://a.no"), "finnes ikke"),
        (Settings(publish_folder=Path("."), publish_base_url="ftp://a.no"), "http"),
    ],
)
def test_publish_problems_are_one_sentence(settings: Settings, words: str) -> None:
    with pytest.raises(PublishError, match=words):
        publish_page(PAGE, settings)


# -- `kktui share` as a process ----------------------------------------------------------------
def kktui(*args: str | Path, cwd: Path, **kwargs) -> subprocess.Popen:
    env = dict(os.environ)
    return subprocess.Popen(
        [sys.executable, "-m", "kktui", *map(str, args)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        **kwargs,
    )


@pytest.fixture
def demo_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "kktui", "demo", "--no-open", "--data", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return folder


def test_kktui_share_serves_then_exits_by_itself(demo_data: Path, tmp_path: Path) -> None:
    svg_file = tmp_path / "qr.svg"
    process = kktui(
        "share",
        "demo01",
        "--host",
        "127.0.0.1",
        "--minutes",
        "0.05",
        "--svg",
        svg_file,
        "--data",
        demo_data,
        cwd=tmp_path,
    )
    started = time.monotonic()
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if "http://" in line:
            break
    url = lines[-1].split()[-1]
    assert url.startswith("http://127.0.0.1:")
    assert any("▀" in line or "█" in line for line in lines), "the QR code is printed"
    with urllib.request.urlopen(url, timeout=5) as answer:
        page = answer.read().decode("utf-8")
    assert "Planleggingsmøte" in page
    assert svg_file.read_text(encoding="utf-8").startswith("<svg")
    out, err = process.communicate(timeout=20)
    elapsed = time.monotonic() - started
    assert process.returncode == 0, err
    assert err == ""
    assert "Antall åpninger: 1" in out and "Delingen er stoppet." in out
    assert elapsed < 10, f"took {elapsed:.1f} s to stop after a 3 s time-out"


def test_kktui_share_refuses_a_confidential_meeting(demo_data: Path, tmp_path: Path) -> None:
    store = Store.open(demo_data)
    meeting = store.meeting("demo01")
    meeting.confidential = True
    store.save_meeting(meeting)
    store.close()
    process = kktui("share", "demo01", "--host", "127.0.0.1", "--data", demo_data, cwd=tmp_path)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "konfidensielt" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "args, words",
    [
        (["--host", "0.0.0.0"], "alle nettverk"),
        (["--host", "127.0.0.1", "--minutes", "0"], "--minutes"),
        (["--host", "127.0.0.1", "--port", "70000"], "Kunne ikke starte"),
        (["--publish"], "ikke satt opp"),
    ],
)
def test_kktui_share_bad_input_is_one_sentence(
    demo_data: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    process = kktui("share", "demo01", *args, "--data", demo_data, cwd=tmp_path)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 1, (out, err)
    assert len(err.strip().splitlines()) == 1 and words in err and "Traceback" not in err


def test_kktui_share_publish(demo_data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "synced"
    folder.mkdir()
    save_settings(demo_data, publish_folder=str(folder), publish_base_url="https://klasse.example.no/4b")
    process = kktui("share", "demo01", "--publish", "--data", demo_data, cwd=tmp_path)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    [published] = list(folder.glob("*.html"))
    assert f"https://klasse.example.no/4b/{published.name}" in out
    assert "Planleggingsmøte" in published.read_text(encoding="utf-8")
    json.loads(locations.settings_path(demo_data).read_text(encoding="utf-8"))  # still valid


def test_a_client_that_hangs_up_mid_answer_is_not_printed(capfd: pytest.CaptureFixture) -> None:
    share = ShareServer(PAGE * 2000, "127.0.0.1").start()  # big enough not to fit in one send
    for _ in range(5):
        sock = socket.create_connection((share.host, share.port))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.sendall(f"GET /{share.token} HTTP/1.1\r\nHost: {share.netloc}\r\n\r\n".encode())
        sock.close()  # reset, without reading
    time.sleep(0.5)
    assert get(share, f"/{share.token}")[0] == 200  # still serving
    assert share.errors >= 1  # the broken answers happened, and were only counted
    share.stop()
    assert share.wait(2)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_when_every_connection_is_taken_the_one_waiting_longest_makes_room(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kktui.share import aioserve

    monkeypatch.setattr(aioserve, "MAX_CONNECTIONS", 8)
    share = ShareServer(PAGE, "127.0.0.1").start()
    hanging = []
    try:
        for _ in range(8):
            sock = socket.create_connection((share.host, share.port), timeout=5)
            sock.sendall(b"GET /")  # never finishes asking
            hanging.append(sock)
            time.sleep(0.02)
        time.sleep(0.2)
        status, _, body = get(share, f"/{share.token}")
        assert status == 200 and body == PAGE.encode()
        hanging[0].settimeout(2)
        try:
            assert hanging[0].recv(1) == b""  # the oldest unfinished request was dropped
        except ConnectionResetError:
            pass  # dropped, with a reset
    finally:
        for sock in hanging:
            sock.close()
        share.stop()
        assert share.wait(2)


def test_a_silent_connection_is_dropped_within_the_request_deadline() -> None:
    from kktui.share.aioserve import REQUEST_SECONDS

    share = ShareServer(PAGE, "127.0.0.1").start()
    try:
        sock = socket.create_connection((share.host, share.port), timeout=REQUEST_SECONDS + 2)
        started = time.monotonic()
        sock.sendall(b"GET /" + share.token.encode())
        try:
            assert sock.recv(1) == b""
        except ConnectionResetError:
            pass
        assert time.monotonic() - started < REQUEST_SECONDS + 1
        sock.close()
    finally:
        share.stop()
        assert share.wait(2)
