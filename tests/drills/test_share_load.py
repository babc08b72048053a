"""A bounded load on loopback while the app runs: every answer right, and the screen never stutters.

500 requests, 20 at a time, from threads (like a room full of phones, and then some), while
the real app shows the share screen and keys are pressed. A 50 ms timer on the app's event
loop records how late it fires: that lateness is what a user would feel as stutter.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.screens.messages import OpenMeeting
from kktui.screens.views.share import ShareOptions, ShareScreen
from support.share import ARTIFACTS, demo_with_private_notes
from support.ui import close_app

REQUESTS = 500
AT_A_TIME = 20
TICK = 0.05
MAX_LATENESS = 0.25  # generous, for two busy cores; the figure is printed and kept

# Wall-clock limits: with `-n auto` this drill runs on one worker, one after the other timed
# drills (kill, long meeting, share load), never beside them (see pyproject's addopts).
pytestmark = pytest.mark.xdist_group("timed-drills")


def ask(url: str, method: str = "GET") -> tuple[int, bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


async def test_a_bounded_load_gets_only_right_answers_and_the_tui_stays_responsive(
    data_dir: Path, clock: FixedClock
) -> None:
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenMeeting("demo01"))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        assert isinstance(share, ShareScreen)
        url, wrong = share.url, share.url[:-1] + ("A" if share.url[-1] != "A" else "B")
        status, page = ask(url)
        assert status == 200

        # A mix: mostly the page, some wrong tokens, some wrong methods.
        plan = [(url, "GET", 200)] * 400 + [(wrong, "GET", 404)] * 50 + [(url, "POST", 405)] * 50
        plan = plan[::2] + plan[1::2]  # interleave
        assert len(plan) == REQUESTS

        lateness: list[float] = []
        last = [time.perf_counter()]

        def probe() -> None:
            now = time.perf_counter()
            lateness.append(now - last[0] - TICK)
            last[0] = now

        timer = app.set_interval(TICK, probe)

        def one(item: tuple[str, str, int]) -> tuple[bool, float]:
            target, method, expected = item
            started = time.perf_counter()
            got, body = ask(target, method)
            right = got == expected and (body == page if expected == 200 else page not in body)
            return right, time.perf_counter() - started

        def load() -> tuple[list[tuple[bool, float]], float]:
            started = time.perf_counter()
            with ThreadPoolExecutor(AT_A_TIME) as pool:
                results = list(pool.map(one, plan))
            return results, time.perf_counter() - started

        await asyncio.sleep(0.3)  # a baseline for the timer
        running = asyncio.ensure_future(asyncio.to_thread(load))
        presses = 0
        while not running.done():
            left = share.server.seconds_left()
            await pilot.press("plus" if presses % 2 == 0 else "minus")
            presses += 1
            assert abs(share.server.seconds_left() - left) > 60, "a key press was not handled"
            await asyncio.sleep(0.05)
        results, took = await running
        await asyncio.sleep(0.2)
        timer.stop()

        wrong_answers = sum(1 for right, _ in results if not right)
        times = sorted(duration for _, duration in results)
        share.tick()
        figures = (
            f"{REQUESTS} requests, {AT_A_TIME} at a time, in {took:.2f} s ({REQUESTS / took:.0f}/s); "
            f"wrong answers {wrong_answers}; latency median {statistics.median(times) * 1000:.1f} ms, "
            f"p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms; "
            f"event loop lateness max {max(lateness) * 1000:.1f} ms, "
            f"median {statistics.median(lateness) * 1000:.1f} ms over {len(lateness)} ticks; "
            f"{presses} key presses handled during the load; opens counted {share.server.opens}"
        )
        print("\n" + figures)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "share-load.txt").write_text(figures + "\n", encoding="utf-8")

        assert wrong_answers == 0
        assert share.server.opens == 1 + 400
        assert presses >= 1
        assert max(lateness) < MAX_LATENESS, figures
    close_app(app)


EXIT_SCRIPT = r"""
import asyncio, socket, sys, time
from pathlib import Path
from kktui.clock import FixedClock
from kktui.services.demo import seed
from kktui.storage.store import Store
from kktui.screens.app import KktuiApp
from kktui.screens.messages import OpenMeeting
from kktui.screens.views.share import ShareOptions

folder = Path(sys.argv[1])
store = Store.open(folder)
seed(store)
store.close()

async def main():
    app = KktuiApp(store=Store.open(folder), cursor_blink=False)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenMeeting("demo01"))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        server = app.screen.server
        hanging = socket.create_connection((server.host, server.port))
        hanging.sendall(b"GET /")  # a phone that never finishes asking
        print(server.url, flush=True)
        await pilot.press("ctrl+q")
    app.session.close()
    app.session.store.close()
    print("quit", time.monotonic(), flush=True)

asyncio.run(main())
"""


def test_the_app_process_exits_promptly_with_a_share_running(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", EXIT_SCRIPT, str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = process.communicate(timeout=60)
    ended = time.monotonic()
    assert process.returncode == 0, err
    url, quit_line = out.splitlines()[-2:]
    assert url.startswith("http://127.0.0.1:")
    lag = ended - float(quit_line.split()[1])
    print(f"\nprocess ended {lag * 1000:.0f} ms after the app quit")
    assert lag < 2, f"the process lingered {lag:.1f} s after quitting"
    with pytest.raises(urllib.error.URLError):  # nobody answers any more
        urllib.request.urlopen(url, timeout=2)
