"""The real `python -m kktui` in a pseudo-terminal, and what its screen shows.

`PtyApp` starts the command with its own pty (TERM=xterm-256color, a fixed window size),
reads everything the app writes on a thread (so the app never blocks on a full pty
buffer), and feeds it to `Screen`, a small terminal emulator that understands what
Textual writes: cursor moves, colours (ignored), clearing, line feeds. `screen_text()`
is then what a user would see. Keys are written to the pty as a terminal would send them.
"""

from __future__ import annotations

import codecs
import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ENTER = "\r"
CTRL_Q = "\x11"


class Screen:
    """A minimal VT100/xterm screen: enough to read back what a Textual app draws."""

    def __init__(self, cols: int, rows: int) -> None:
        self.cols, self.rows = cols, rows
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""  # an escape sequence cut off at the end of the last chunk
        self.clear()

    def clear(self) -> None:
        self.cells = [[" "] * self.cols for _ in range(self.rows)]
        self.row = self.col = 0

    def text(self) -> str:
        return "\n".join("".join(line).rstrip() for line in self.cells)

    # -- feeding ---------------------------------------------------------------------
    _SEQ = re.compile(
        r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
        r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC ... BEL or ST
        r"|\x1b[P_^X][^\x1b]*\x1b\\"  # DCS / APC / PM / SOS ... ST
        r"|\x1b[()*+][\x20-\x7e]"  # charset selection
        r"|\x1b(?![\[\]P_^X()*+])[\x20-\x7e]"  # any other two-byte escape
    )

    def feed(self, data: bytes) -> None:
        text = self._pending + self._decoder.decode(data)
        self._pending = ""
        pos = 0
        while True:
            esc = text.find("\x1b", pos)
            if esc < 0:
                self._print(text[pos:])
                return
            self._print(text[pos:esc])
            match = self._SEQ.match(text, esc)
            if match:
                self._escape(match.group())
                pos = match.end()
            elif len(text) - esc < 512:  # cut off at the end of this chunk: wait for the rest
                self._pending = text[esc:]
                return
            else:  # not a sequence this screen knows: drop the ESC
                pos = esc + 1

    def _escape(self, seq: str) -> None:
        if not seq.startswith("\x1b[") or seq[2:3] in "?<>=":
            return  # modes, queries, OSC titles, keyboard protocols: nothing drawn
        final, params = seq[-1], seq[2:-1]
        numbers = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []

        def arg(i: int, default: int = 1) -> int:
            return numbers[i] if len(numbers) > i and numbers[i] else default

        if final in "Hf":
            self.row = min(max(arg(0) - 1, 0), self.rows - 1)
            self.col = min(max(arg(1) - 1, 0), self.cols - 1)
        elif final == "A":
            self.row = max(self.row - arg(0), 0)
        elif final == "B":
            self.row = min(self.row + arg(0), self.rows - 1)
        elif final == "C":
            self.col = min(self.col + arg(0), self.cols - 1)
        elif final == "D":
            self.col = max(self.col - arg(0), 0)
        elif final == "G":
            self.col = min(max(arg(0) - 1, 0), self.cols - 1)
        elif final == "d":
            self.row = min(max(arg(0) - 1, 0), self.rows - 1)
        elif final == "J":
            mode = arg(0, 0)
            if mode in (2, 3):
                self.cells = [[" "] * self.cols for _ in range(self.rows)]
            elif mode == 0:
                self.cells[self.row][self.col :] = [" "] * (self.cols - self.col)
                for r in range(self.row + 1, self.rows):
                    self.cells[r] = [" "] * self.cols
        elif final == "K":
            mode = arg(0, 0)
            line = self.cells[self.row]
            if mode == 0:
                line[self.col :] = [" "] * (self.cols - self.col)
            elif mode == 1:
                line[: self.col + 1] = [" "] * (self.col + 1)
            else:
                self.cells[self.row] = [" "] * self.cols
        # m (colours) and everything else: no change to the text

    def _line_feed(self) -> None:
        if self.row == self.rows - 1:
            self.cells = self.cells[1:] + [[" "] * self.cols]
        else:
            self.row += 1

    def _print(self, text: str) -> None:
        for ch in text:
            if ch == "\r":
                self.col = 0
            elif ch == "\n":
                self._line_feed()
            elif ch == "\b":
                self.col = max(self.col - 1, 0)
            elif ch < " " or ch == "\x7f":
                continue
            else:
                width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
                if unicodedata.combining(ch):
                    continue
                if self.col + width > self.cols:
                    self.col = 0
                    self._line_feed()
                self.cells[self.row][self.col] = ch
                if width == 2 and self.col + 1 < self.cols:
                    self.cells[self.row][self.col + 1] = ""
                self.col += width


def app_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("COLUMNS", "LINES", "KKTUI_DATA") and not k.startswith("TEXTUAL")
    }
    env.update(TERM="xterm-256color", PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


class PtyApp:
    """`python -m kktui ARGS` in its own pseudo-terminal of `cols` x `rows`."""

    def __init__(
        self,
        args: list[str],
        cols: int = 80,
        rows: int = 24,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.args = args
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.started = time.monotonic()
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "kktui", *args],
                stdin=slave,
                stdout=slave,
                stderr=slave,
                cwd=cwd,
                env=env or app_env(),
                start_new_session=True,
                close_fds=True,
            )
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        self.master = master
        self.screen = Screen(cols, rows)
        self.raw = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="pty-reader", daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:  # EIO once the app has gone and the pty is closed
                return
            if not data:
                return
            with self._lock:
                self.raw.extend(data)
                self.screen.feed(data)

    # -- what the user sees --------------------------------------------------------
    def screen_text(self) -> str:
        with self._lock:
            return self.screen.text()

    def output(self) -> str:
        """Everything written so far, decoded, escape sequences left in."""
        with self._lock:
            return bytes(self.raw).decode("utf-8", errors="replace")

    def plain_output(self) -> str:
        """Everything written so far with the escape sequences taken out."""
        return Screen._SEQ.sub("", self.output())

    def wait_until(self, check: Callable[[], bool], timeout: float = 20.0, step: float = 0.02) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if check():
                return True
            if self.proc.poll() is not None:
                time.sleep(0.1)  # let the reader take the last output
                return check()
            time.sleep(step)
        return check()

    def wait_for_text(self, text: str, timeout: float = 20.0) -> bool:
        """True once `text` is on the screen (within one line of the screen)."""
        return self.wait_until(lambda: text in self.screen_text(), timeout)

    def wait_quiet(self, quiet: float = 0.5, timeout: float = 10.0) -> None:
        """Until the app has written nothing for `quiet` seconds."""
        end = time.monotonic() + timeout
        last = -1
        since = time.monotonic()
        while time.monotonic() < end:
            with self._lock:
                size = len(self.raw)
            if size != last:
                last, since = size, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
            time.sleep(0.02)

    # -- keys ---------------------------------------------------------------------------
    def send(self, keys: str | bytes) -> float:
        """Write keys to the terminal; returns the monotonic time just after they were sent."""
        data = keys.encode("utf-8") if isinstance(keys, str) else keys
        while data:
            written = os.write(self.master, data)
            data = data[written:]
        return time.monotonic()

    # -- the end -------------------------------------------------------------------------
    def kill(self) -> None:
        """SIGKILL, the way a crash or a closed laptop lid with a dead battery ends it."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def wait_exit(self, timeout: float = 20.0) -> int | None:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def close(self) -> None:
        if self.proc.poll() is None:
            self.kill()
        self._reader.join(timeout=5)
        try:
            os.close(self.master)
        except OSError:
            pass

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
