"""Typing in the live meeting with ten years of data and autosave on, vs a bare TextArea app.

Measures the longest event-loop stall (how late a 10 ms heartbeat timer fires) and the
time per key, for 2,000 typed characters and a walk through the agenda.

    .venv/bin/python tests/bench/bench_typing.py [--chars 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from textual.app import App
from textual.widgets import TextArea

sys.path.insert(0, str(Path(__file__).resolve().parent))
from years import generate  # noqa: E402

from kktui.meeting import flow  # noqa: E402
from kktui.clock import Clock  # noqa: E402
from kktui.storage.store import Store  # noqa: E402
from kktui.meeting.templates import find_template  # noqa: E402

TEXT = "Foreldrene ønsker ukebrev på fredager, og læreren vil ha hjelp til turen. "


class Heartbeat:
    """Records how late a frequent timer fires: the longest stall of the event loop."""

    def __init__(self, app: App, every: float = 0.01) -> None:
        self.every, self.worst, self.last = every, 0.0, time.perf_counter()
        app.set_interval(every, self.beat)

    def beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - self.every)
        self.last = now


class BareTyping(App):
    def compose(self):
        yield TextArea(id="notes")


def keys(n: int) -> list[str]:
    text = (TEXT * (n // len(TEXT) + 1))[:n]
    return ["space" if ch == " " else ch for ch in text]


async def type_into(app: App, n: int, walk: bool) -> tuple[float, float]:
    async with app.run_test(size=(100, 30)) as pilot:
        if walk:
            from kktui.screens.messages import OpenMeeting

            app.post_message(OpenMeeting(app.session.store.meeting("last").id))
            await pilot.pause(0.5)
        app.screen.query_one("#notes").focus()
        beat = Heartbeat(app)
        await pilot.pause(0.2)
        beat.worst = 0.0
        start = time.perf_counter()
        for index, key in enumerate(keys(n)):
            await pilot.press(key)
            if walk and index and index % 250 == 0:
                await pilot.press("ctrl+n")
        per_key = (time.perf_counter() - start) / n
        await pilot.pause(1.2)  # let the last autosave happen while we watch
        return beat.worst, per_key


def kktui_app(folder: Path):
    from kktui.screens.app import KktuiApp

    store = Store.open(folder)
    meeting = find_template("planleggingsmote", "nb").new_meeting(date="2026-11-21", time="18:00")
    flow.start(meeting, Clock().time())
    store.save_meeting(meeting)
    return KktuiApp(store=store, cursor_blink=False), store


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kktui-bench-years-"))
    generate(folder)
    size = (folder / "kktui.json").stat().st_size / 1e6
    results = {"bare": [], "kktui": []}
    for _ in range(args.rounds):
        results["bare"].append(await type_into(BareTyping(), args.chars, walk=False))
        app, store = kktui_app(folder)
        try:
            results["kktui"].append(await type_into(app, args.chars, walk=True))
        finally:
            app.session.close()
            store.close()
    stall = {k: max(r[0] for r in v) * 1000 for k, v in results.items()}
    per_key = {k: statistics.median(r[1] for r in v) * 1000 for k, v in results.items()}
    print(f"data file {size:.1f} MB; {args.chars} keys x {args.rounds} rounds, started {datetime.now():%H:%M}")
    print(f"longest stall: bare TextArea {stall['bare']:.1f} ms, kktui {stall['kktui']:.1f} ms (target <= 16 ms)")
    print(f"time per key: bare {per_key['bare']:.2f} ms, kktui {per_key['kktui']:.2f} ms, "
          f"ratio {per_key['kktui'] / per_key['bare']:.2f} (target <= 1.2)")


if __name__ == "__main__":
    asyncio.run(main())
