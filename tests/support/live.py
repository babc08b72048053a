"""A phone following the live view: reads the server's event stream (Server-Sent Events) as a browser would."""

from __future__ import annotations

import http.client
import time


class EventStream:
    """One phone holding /TOKEN/events open; `next()` is the next event (name, data), pings skipped."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        rest = url.split("://", 1)[1]
        netloc, _, path = rest.partition("/")
        host, _, port = netloc.rpartition(":")
        self.connection = http.client.HTTPConnection(host.strip("[]"), int(port), timeout=timeout)
        self.connection.request("GET", f"/{path}/events", headers={"Accept": "text/event-stream"})
        self.response = self.connection.getresponse()
        self.status = self.response.status
        self.headers = {name.lower(): value for name, value in self.response.getheaders()}

    def next(self, within: float = 2.0) -> tuple[str, str]:
        """The next event within `within` seconds (socket.timeout otherwise)."""
        self.connection.sock.settimeout(within)
        event, data = "message", []
        started = time.monotonic()
        while True:
            line = self.response.readline().decode("utf-8")
            if line == "":
                raise ConnectionError("the server ended the stream")
            line = line.rstrip("\r\n")
            if not line:
                if data or event != "message":
                    return event, "\n".join(data)
                continue  # a ping (a comment) ends here
            if line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "event":
                event = value
            elif name == "data":
                data.append(value)
            if time.monotonic() - started > within:
                raise TimeoutError(f"no event within {within} s")

    def until(self, wanted: str, within: float = 2.0) -> tuple[str, str]:
        """Events until one whose data holds `wanted` (or whose name is `wanted`), within the time."""
        deadline = time.monotonic() + within
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{wanted!r} did not arrive within {within} s")
            event, data = self.next(left)
            if wanted in data or event == wanted:
                return event, data

    def close(self) -> None:
        self.connection.close()
