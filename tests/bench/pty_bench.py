"""What a user feels, measured in a real pseudo-terminal: kktui against a bare Textual app.

Each app runs as its own process with its own pty (80x24, TERM=xterm-256color). A reader
thread feeds everything the app writes into a small terminal emulator and timestamps the
moment the screen first shows what we wait for, so every figure is "key (or start) until
the user could see it" — not time to exit, not Textual's test pilot. Rounds of kktui and
the bare app alternate, so a busy machine slows both alike.

    .venv/bin/python tests/bench/pty_bench.py start  [--rounds 9]
    .venv/bin/python tests/bench/pty_bench.py keys   [--keys 600]
    .venv/bin/python tests/bench/pty_bench.py step   [--rounds 9]   (rounds/3 walks through the agenda)
    .venv/bin/python tests/bench/pty_bench.py all
    .venv/bin/python tests/bench/pty_bench.py start --against OTHER/.venv/bin/python
        (also starts another build of kktui on the same demo data in the same rounds: before/after a change)
"""

from __future__ import annotations

import argparse
import fcntl
import os
import random
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
CTRL_N = "\x0e"

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
    BINDINGS = [Binding("ctrl+n", "next", "Next", priority=True)]

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
        self.step = (self.step + 1) % len(STEPS)
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
    values: list[float] = field(default_factory=list)  # seconds

    def pct(self, p: float) -> float:
        ordered = sorted(self.values)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    def line(self, with_tail: bool) -> str:
        ms = lambda v: f"{v * 1000:.1f}"  # noqa: E731
        text = f"{self.name}: median {ms(statistics.median(self.values))} ms"
        if with_tail:
            text += (
                f", p95 {ms(self.pct(95))}, p99 {ms(self.pct(99))}, max {ms(max(self.values))}"
                f" (n={len(self.values)})"
            )
        return text


def compare(title: str, base: Figures, ours: Figures, with_tail: bool = False) -> None:
    print(f"\n{title}")
    print("  " + base.line(with_tail))
    print("  " + ours.line(with_tail))
    ratio = statistics.median(ours.values) / statistics.median(base.values)
    extra = ""
    if with_tail:
        extra = f", p99 {ours.pct(99) / base.pct(99):.2f}, max {max(ours.values) / max(base.values):.2f}"
    print(f"  ratio kktui/baseline: median {ratio:.2f}{extra}")


# -- data folders ----------------------------------------------------------------------------


def kktui_argv(folder: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "kktui", "--data", str(folder), *extra]


def demo_folder() -> tuple[Path, str]:
    """A demo folder and a text on its home screen that only the data puts there."""
    folder = Path(tempfile.mkdtemp(prefix="kktui-bench-demo-"))
    subprocess.run(
        [sys.executable, "-m", "kktui", "demo", "--no-open", "--data", str(folder)],
        check=True,
        capture_output=True,
    )
    return folder, first_title(folder)


def years_folder() -> tuple[Path, str]:
    from years import generate

    folder = Path(tempfile.mkdtemp(prefix="kktui-bench-years-"))
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
    from kktui.meeting import flow
    from kktui.meeting.templates import find_template
    from kktui.storage.store import Store

    folder = Path(tempfile.mkdtemp(prefix="kktui-bench-meeting-"))
    if base is not None:
        subprocess.run(["cp", "-a", f"{base}/.", str(folder)], check=True)
    meeting = find_template("planleggingsmote", "nb").new_meeting()
    meeting.title = "Benkmøte " + date.today().isoformat()
    meeting.date = "2999-12-31"  # first on home, whatever the history
    flow.start(meeting, time.time())
    store = Store.open(folder)
    try:
        store.save_meeting(meeting)
    finally:
        store.close()
    return folder, meeting.title, [step.title for step in meeting.steps]


def script(code: str) -> list[str]:
    path = Path(tempfile.mkdtemp(prefix="kktui-bench-bare-")) / "bare.py"
    path.write_text(code, encoding="utf-8")
    return [sys.executable, str(path)]


# -- the benchmarks -----------------------------------------------------------------------------


def first_frame(argv: list[str], marker: str) -> float:
    app = PtyProcess(argv)
    try:
        return app.wait_for(lambda text: marker in text) - app.started
    finally:
        app.close()


def bench_start(rounds: int, against: str | None = None) -> None:
    bare = script(BARE_START)
    empty = Path(tempfile.mkdtemp(prefix="kktui-bench-empty-"))
    demo, demo_marker = demo_folder()
    years, years_marker = years_folder()
    empty_marker = "kktui"
    cases = [
        ("bare Header+Static+Footer app", bare, "hello bench"),
        ("kktui, empty folder", kktui_argv(empty), empty_marker),
        ("kktui, demo data", kktui_argv(demo), demo_marker),
        ("kktui, ten years (1,000 meetings, 10,000 tasks)", kktui_argv(years), years_marker),
    ]
    if against:
        other = [against, "-P", "-m", "kktui", "--data", str(demo)]  # -P: not this folder's kktui
        cases.append((f"other build ({against}), demo data", other, demo_marker))
    for _, argv, marker in cases:  # warm the file cache and the .pyc files
        first_frame(argv, marker)
    results = {name: Figures(name) for name, _, _ in cases}
    for _ in range(rounds):
        for name, argv, marker in cases:
            results[name].values.append(first_frame(argv, marker))
    names = [name for name, _, _ in cases]
    compare(
        "Start to the first frame that shows the data (vs bare app)", results[names[0]], results[names[2]]
    )
    compare("Ten years vs an empty folder", results[names[1]], results[names[3]])
    compare("Ten years vs bare app", results[names[0]], results[names[3]])
    if against:
        compare("This build vs the other build, demo data", results[names[4]], results[names[2]])


def type_keys(app: PtyProcess, keys: int, rng: random.Random, out: Figures) -> None:
    """One key every 50–100 ms; each letter timed until it is on the screen."""
    letters = "zqxjvw"
    typed_line = ""
    done = 0
    while done < keys:
        if len(typed_line) >= 40:
            app.send("\r")
            typed_line = ""
            time.sleep(rng.uniform(0.05, 0.1))
            continue
        if typed_line and not typed_line.endswith(" ") and rng.random() < 0.2:
            app.send(" ")
            typed_line += " "
            time.sleep(rng.uniform(0.05, 0.1))
            continue
        ch = rng.choice(letters)
        typed_line += ch
        word = typed_line.rsplit(" ", 1)[-1][-4:]
        sent = app.send(ch)
        shown = app.wait_for(
            lambda text, w=word: any(
                line.rstrip().endswith(w) or w + " " in line for line in text.splitlines()
            ),
            timeout=10,
        )
        out.values.append(shown - sent)
        done += 1
        time.sleep(max(0.0, rng.uniform(0.05, 0.1) - (time.perf_counter() - sent)))


def open_typing(argv: list[str], ready: str, enter: bool) -> PtyProcess:
    app = PtyProcess(argv)
    app.wait_for(lambda text: ready in text)
    if enter:
        app.send("\r")
        app.wait_for(lambda text: "Notater" in text or "Notes" in text or "/" in text)
    time.sleep(1.5)  # let start-up work settle: we measure typing, not opening
    return app


def bench_keys(keys: int, blocks: int = 4) -> None:
    years, _ = years_folder()
    folder, title, steps = meeting_folder(years)
    bare_argv = script(BARE_TYPING.format(steps=steps))
    rng_b, rng_k = random.Random(1), random.Random(1)
    base, ours = Figures("bare TextArea app"), Figures("kktui live meeting, ten years, autosave on")
    mem = {"bare": [], "kktui": []}
    per_block = keys // blocks
    bare_app = open_typing(bare_argv, "ready", enter=False)
    kktui_app = open_typing(kktui_argv(folder), title[:12], enter=True)
    mem["bare"].append(bare_app.rss_mib())
    mem["kktui"].append(kktui_app.rss_mib())
    try:
        for _ in range(blocks):
            type_keys(bare_app, per_block, rng_b, base)
            type_keys(kktui_app, per_block, rng_k, ours)
        mem["bare"].append(bare_app.rss_mib())
        mem["kktui"].append(kktui_app.rss_mib())
    finally:
        bare_app.close()
        kktui_app.close()
    compare(
        f"Key to echo while typing notes ({keys} keys each, 50–100 ms apart, interleaved blocks)",
        base,
        ours,
        with_tail=True,
    )
    print(
        f"\nResident memory (MiB) after start → after {keys} keys: bare {mem['bare'][0]:.0f} → "
        f"{mem['bare'][1]:.0f}, kktui (ten years, in a meeting) {mem['kktui'][0]:.0f} → "
        f"{mem['kktui'][1]:.0f}; ratio after start {mem['kktui'][0] / mem['bare'][0]:.2f}"
    )


def step_marker(index: int, steps: list[str]) -> Callable[[str], bool]:
    """The step bar's "3/8  Title": the position and the title on one line (the agenda has neither)."""
    position, title = f"{index + 1}/{len(steps)}", steps[index][:14]
    return lambda text: any(position in line and title in line for line in text.splitlines())


def bench_step(runs: int) -> None:
    demo, _ = demo_folder()
    base, ours = Figures("bare app: Static + Markdown + TextArea swap"), Figures("kktui ctrl+n")
    for _ in range(runs):
        folder, title, steps = meeting_folder(demo)
        bare_app = open_typing(script(BARE_TYPING.format(steps=steps)), "ready", enter=False)
        kktui_app = open_typing(kktui_argv(folder), title[:12], enter=True)
        try:
            for index in range(1, len(steps)):
                for app, out in ((bare_app, base), (kktui_app, ours)):
                    sent = app.send(CTRL_N)
                    out.values.append(app.wait_for(step_marker(index, steps), timeout=10) - sent)
                    time.sleep(0.3)
        finally:
            bare_app.close()
            kktui_app.close()
    compare("Step change (ctrl+n until the next step's title is on screen)", base, ours, with_tail=True)


def main() -> None:
    from years import compile_kktui

    compile_kktui()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("start", "keys", "step", "all"))
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--keys", type=int, default=600)
    parser.add_argument("--against", metavar="PYTHON", help="start: also time the kktui this Python runs")
    args = parser.parse_args()
    print(
        f"{date.today().isoformat()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"real pty {COLS}x{ROWS}"
    )
    if args.what in ("start", "all"):
        bench_start(args.rounds, args.against)
    if args.what in ("keys", "all"):
        bench_keys(args.keys)
    if args.what in ("step", "all"):
        bench_step(max(1, args.rounds // 3))


if __name__ == "__main__":
    main()
