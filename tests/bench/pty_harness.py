"""The pty benchmarks' harness: an app in its own pseudo-terminal, figures, and the folders and
bare apps they run on. The benchmarks themselves are in pty_bench.py.

Each app runs as its own process with its own pty (80x24, TERM=xterm-256color). A reader
thread feeds everything the app writes into a small terminal emulator and timestamps the
moment the screen first shows what we wait for.
"""

from __future__ import annotations

import atexit
import fcntl
import functools
import os
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: support.pty_app
sys.path.insert(0, str(HERE))  # years.py

from support.pty_app import Screen, app_env  # noqa: E402

COLS, ROWS = 80, 24
CTRL_N, CTRL_B = "\x0e", "\x02"

BARE_START = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("hello bench")
        yield Footer()

Bare().run()
"""

BARE_TYPING = """
from textual.app import App
from textual.widgets import Footer, Header, Markdown, Static, TextArea
from textual.binding import Binding

STEPS = {steps!r}

class Bare(App):
    BINDINGS = [
        Binding("ctrl+n", "next", "Next", priority=True),
        Binding("ctrl+b", "previous", "Back", priority=True),
    ]

    def compose(self):
        yield Header()
        yield Static("0/0 " + STEPS[0], id="title")
        yield Markdown("Guidance for " + STEPS[0], id="guide")
        yield TextArea(id="notes", soft_wrap=True)
        yield Footer()

    def on_mount(self):
        self.step = 0
        self.query_one("#notes").focus()
        self.query_one("#title").update("ready " + STEPS[0])

    def action_next(self):
        self.show((self.step + 1) % len(STEPS))

    def action_previous(self):
        self.show((self.step - 1) % len(STEPS))

    def show(self, step):
        self.step = step
        self.query_one("#title").update(f"{{self.step + 1}}/{{len(STEPS)}}  " + STEPS[self.step])
        self.query_one("#guide").update("Guidance for " + STEPS[self.step] + "\\n\\n- one\\n- two")
        self.query_one("#notes").load_text("")

Bare().run()
"""


class PtyProcess:
    """A command in its own pty; `wait_for(predicate)` returns when the screen first satisfies it."""

    def __init__(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env or app_env(),
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.master = master
        self.screen = Screen(COLS, ROWS)
        self._cond = threading.Condition()
        self._watch: tuple[Callable[[str], bool], list[float]] | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            now = time.perf_counter()
            with self._cond:
                self.screen.feed(data)
                if self._watch is not None and not self._watch[1]:
                    check, seen = self._watch
                    if check(self.screen.text()):
                        seen.append(now)
                        self._cond.notify_all()

    def wait_for(self, check: Callable[[str], bool], timeout: float = 30.0) -> float:
        """Seconds-since-epoch (perf_counter) at which the screen first showed it; raises on timeout."""
        seen: list[float] = []
        with self._cond:
            if check(self.screen.text()):
                return time.perf_counter()
            self._watch = (check, seen)
            end = time.perf_counter() + timeout
            while not seen:
                left = end - time.perf_counter()
                if left <= 0 or self.proc.poll() is not None:
                    self._watch = None
                    raise TimeoutError(f"never shown; the screen is:\n{self.screen.text()}")
                self._cond.wait(left)
            self._watch = None
        return seen[0]

    def send(self, keys: str) -> float:
        os.write(self.master, keys.encode())
        return time.perf_counter()

    def rss_mib(self) -> float:
        """Resident memory of the app process, as the system counts it."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._reader.join(timeout=5)
        os.close(self.master)


# -- figures -------------------------------------------------------------------------------


@dataclass
class Figures:
    name: str
    values: list[float] = field(default_factory=list)  # seconds, or MiB with unit="MiB"
    unit: str = "ms"

    def pct(self, p: float) -> float:
        ordered = sorted(self.values)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    def show(self, value: float) -> str:
        return f"{value * 1000:.1f}" if self.unit == "ms" else f"{value:.1f}"

    def line(self, with_tail: bool) -> str:
        show = self.show
        text = f"{self.name}: median {show(statistics.median(self.values))} {self.unit}"
        if with_tail:
            text += (
                f", p95 {show(self.pct(95))}, p99 {show(self.pct(99))}, max {show(max(self.values))}"
                f" (n={len(self.values)})"
            )
        return text


def compare(title: str, base: Figures, ours: Figures, with_tail: bool = False, target: str = "") -> None:
    print(f"\n{title}")
    print("  " + base.line(with_tail))
    print("  " + ours.line(with_tail))
    ratio = statistics.median(ours.values) / statistics.median(base.values)
    extra = ""
    if with_tail:
        extra = f", p99 {ours.pct(99) / base.pct(99):.2f}, max {max(ours.values) / max(base.values):.2f}"
    print(f"  ratio kktui/baseline: median {ratio:.2f}{extra}" + (f"  (target {target})" if target else ""))


# -- data folders and the apps ---------------------------------------------------------------


def scratch(prefix: str) -> Path:
    """A new temporary folder, removed when the benchmark ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def kktui_argv(folder: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "kktui", "--data", str(folder), *extra]


def demo_argv(folder: Path) -> list[str]:
    """`kktui demo` into `folder` (new or empty: it seeds it), then the app on it."""
    return [sys.executable, "-m", "kktui", "demo", "--data", str(folder)]


@functools.cache
def demo_folder() -> tuple[Path, str]:
    """A demo folder and a text on its home screen that only the data puts there (made once a run)."""
    folder = scratch("kktui-bench-demo-")
    subprocess.run(
        [sys.executable, "-m", "kktui", "demo", "--no-open", "--data", str(folder)],
        check=True,
        capture_output=True,
    )
    return folder, first_title(folder)


@functools.cache
def years_folder() -> tuple[Path, str]:
    """Ten years of data (years.py) and the newest meeting's title; made once a run."""
    from years import generate

    folder = scratch("kktui-bench-years-")
    generate(folder)
    return folder, first_title(folder)


def first_title(folder: Path) -> str:
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=True)
    try:
        newest = sorted(store.meeting_index(), key=lambda m: (m.date or "", m.id), reverse=True)
        return newest[0].title[:20]
    finally:
        store.close()


def meeting_folder(base: Path | None = None) -> tuple[Path, str, list[str]]:
    """A folder (a copy of `base` if given) with one running planning meeting; its step titles."""
    from support.drills import running_planning_meeting

    folder = scratch("kktui-bench-meeting-")
    if base is not None:
        subprocess.run(["cp", "-a", f"{base}/.", str(folder)], check=True)
    title = "Benkmøte " + date.today().isoformat()
    # Dated last of all, so home lists it first whatever the history.
    meeting = running_planning_meeting(folder, time.time(), "nb", title=title, date="2999-12-31")
    return folder, meeting.title, [step.title for step in meeting.steps]


def script(code: str) -> list[str]:
    path = scratch("kktui-bench-bare-") / "bare.py"
    path.write_text(code, encoding="utf-8")
    return [sys.executable, str(path)]


def step_marker(index: int, steps: list[str]) -> Callable[[str], bool]:
    """The step bar's "3/8  Title": the position and the title on one line (the agenda has neither)."""
    position, title = f"{index + 1}/{len(steps)}", steps[index][:14]
    return lambda text: any(position in line and title in line for line in text.splitlines())
