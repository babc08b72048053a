"""40 phones following the live view on loopback while the class contact types: 0 errors, news within 2 s.

The real app runs a meeting with the live view on (F6, then back to the notes). 40
simulated phones (aiohttp clients on their own thread and event loop, like separate
devices) each load the page and hold its event stream. Then notes are typed key by key, a
decision is captured and the agenda moves on: every phone must get both within 2 s, no
request may fail, and a 50 ms timer on the app's loop shows that typing never stutters.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.live_share import LiveShareScreen
from kktui.screens.views.share import ShareOptions
from support.share import ARTIFACTS
from support.ui import close_app, make_app, type_text

PHONES = 40
DECISION = "Klassefest i januar"
TICK = 0.05
# Lateness of a 50 ms timer while typing. On two cores shared with other test runs a single
# tick can be late for reasons of its own, so the bound is on the 95th percentile, with a
# looser cap on the worst tick; the figures are printed and kept.
P95_LATENESS = 0.10
MAX_LATENESS = 0.50

pytestmark = pytest.mark.xdist_group("timed-drills")


class Room:
    """PHONES phones on their own thread: each loads the page, then follows the event stream."""

    def __init__(self, url: str, wanted: list[str]) -> None:
        self.url, self.wanted = url, wanted
        self.arrivals: list[dict[str, float]] = []
        self.errors: list[str] = []
        self.pages_ok = 0
        self.following = 0
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _phone(self, session) -> None:
        seen: dict[str, float] = {}
        try:
            async with session.get(self.url) as answer:
                if answer.status != 200 or "<main" not in await answer.text():
                    raise AssertionError(f"page answered {answer.status}")
                self.pages_ok += 1
            async with session.get(self.url + "/events") as stream:
                if stream.status != 200:
                    raise AssertionError(f"event stream answered {stream.status}")
                self.following += 1
                async for line in stream.content:
                    text = line.decode("utf-8")
                    for wanted in self.wanted:
                        if wanted in text and wanted not in seen:
                            seen[wanted] = time.monotonic()
                    if len(seen) == len(self.wanted):
                        break
        except Exception as exc:  # every failure is counted and reported by the test
            self.errors.append(f"{type(exc).__name__}: {exc}")
        self.arrivals.append(seen)

    async def _main(self) -> None:
        import aiohttp

        self._loop = asyncio.get_running_loop()
        timeout = aiohttp.ClientTimeout(total=60, sock_read=30)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            await asyncio.gather(*(self._phone(session) for _ in range(PHONES)))


async def test_40_phones_follow_the_meeting_with_no_error_while_typing_stays_smooth(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LiveMeetingScreen)
        next_title = screen.meeting.steps[1].title
        await pilot.press("f6")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveShareScreen)
        server, url = live.server, live.url
        await pilot.press("escape")
        await pilot.pause()

        room = Room(url, [DECISION, f'aria-current="step">{next_title}'])
        room.thread.start()
        deadline = time.monotonic() + 30
        while server.followers < PHONES and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert server.followers == PHONES, f"only {server.followers} phones got in: {room.errors[:3]}"

        lateness: list[float] = []  # while typing notes: what a user would feel as stutter
        other: list[float] = []  # while a dialog opens or the next item loads (not typing)
        typing = [False]
        last = [time.perf_counter()]

        def probe() -> None:
            now = time.perf_counter()
            (lateness if typing[0] else other).append(now - last[0] - TICK)
            last[0] = now

        async def type_notes(text: str) -> None:
            typing[0] = True
            await type_text(pilot, text)
            await asyncio.sleep(TICK * 2)
            typing[0] = False

        timer = app.set_interval(TICK, probe)
        await asyncio.sleep(0.3)
        await type_notes("Foreldrene vil ha mer uteskole og flere turer i skogen")
        await pilot.press("ctrl+d")
        await type_text(pilot, DECISION)
        decided = time.monotonic()
        await pilot.press("enter")
        await pilot.pause()
        moved = time.monotonic()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_notes("Neste punkt")
        await asyncio.to_thread(room.thread.join, 20)
        timer.stop()

        delays = sorted(
            max(seen.get(DECISION, 99) - decided, seen.get(room.wanted[1], 99) - moved)
            for seen in room.arrivals
        )
        p95 = sorted(lateness)[int(len(lateness) * 0.95)]
        figures = (
            f"{PHONES} phones: {room.pages_ok} pages, {room.following} streams, {len(room.errors)} errors; "
            f"news arrived within median {statistics.median(delays) * 1000:.0f} ms, "
            f"max {delays[-1] * 1000:.0f} ms; server errors {server.errors}; event loop lateness while "
            f"typing p95 {p95 * 1000:.1f} ms, max {max(lateness) * 1000:.1f} ms over {len(lateness)} ticks "
            f"(opening the decision "
            f"dialog and the next item: max {max(other) * 1000:.1f} ms)"
        )
        print("\n" + figures)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "live-phones.txt").write_text(figures + "\n", encoding="utf-8")
        assert room.errors == [] and room.pages_ok == PHONES and len(room.arrivals) == PHONES, figures
        assert delays[-1] < 2.0, figures
        assert server.errors == 0, figures
        assert p95 < P95_LATENESS and max(lateness) < MAX_LATENESS, figures
        await pilot.press("f6")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert server.wait(2)
    close_app(app)
