"""A long evening: three hours on the clock, 200 KB of notes, the whole agenda stepped through.

The clock is a FixedClock moved on in 60 ticks of three minutes, calling the screen's own
tick (the one its one-second timer calls) after each. In the first hour the notes pour in
(200 KB in large inserts into the editor, as a fast typist's hour would add up, plus real
key presses every tick); the other two hours go on with light typing, autosaves and steps.

What the user would notice, checked:
- the step clock and the meeting clock show exactly the time that passed;
- memory stays flat once the notes are in (tracemalloc from the end of the first hour to
  the end of the meeting): what kktui's own code still holds barely moves, and everything
  together, Textual's bounded render caches included, stays well under one copy of the
  notes per autosave;
- after a flush, every step's notes on disk are what was typed into the editor;
- how long 50 key presses take at the start, at the end and on a step holding 70 KB of
  notes is printed, not asserted: on a shared 2-core machine one sample swings threefold,
  and key latency is measured where it means something, in tests/bench/pty_bench.py.
"""

from __future__ import annotations

import asyncio
import gc
import time
import tracemalloc
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual import events
from textual.widgets import TextArea

import kktui
from kktui.dates import clock_text
from kktui.screens.views import live_meeting
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.storage.store import Store
from support.drills import running_meeting
from support.ui import close_app, make_app

TICKS = 60
TICK_SECONDS = 180  # 60 x 3 min = 3 h
NOTES_BYTES = 200_000
NOTES_TICKS = 20  # the notes are all in after the first hour
LIGHT_TYPING = "ok "  # pressed as keys on every tick
# Growth allowed once the notes are in, over the last two hours (the first visits of five
# steps warm Textual's caches).
FRAMES = 1  # where each block was allocated (more frames make the run several times slower)
OWN_LIMIT = 300_000  # bytes held that kktui's code allocated, over the last two hours
# Everything, Textual's bounded caches included (2-4 MB seen, depending on what ran before in
# the same process); keeping the notes once per autosave would add 40 x 200 kB = 8 MB.
MEMORY_LIMIT = 6_000_000
KEYS = 50
FOCUS_ROUNDS = 3  # of ten focus changes each

# Wall-clock limits: with `-n auto` this drill runs on one worker, one after the other timed
# drills (kill, long meeting, share load), never beside them (see pyproject's addopts).
pytestmark = pytest.mark.xdist_group("timed-drills")


def chunk(tick: int, size: int) -> str:
    """`size` characters of numbered lines, so a wrong or missing piece would show."""
    lines, total, n = [], 0, 0
    while total < size:
        n += 1
        line = f"t{tick:02d} line {n:03d}: the class agreed on waffles, a trip in May and weekly letters"[:72]
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


def step_for(tick: int) -> int:
    """Which step the meeting is on at a tick: three in the first hour, five in the other two."""
    if tick <= 7:
        return 0
    if tick <= 14:
        return 1
    if tick <= NOTES_TICKS:
        return 2
    return min(7, 3 + (tick - NOTES_TICKS - 1) // 8)


async def time_keys(pilot, keys: list[str]) -> float:
    """Seconds until every key has landed in the notes, each sent once the one before has.

    The keys go in as the terminal driver delivers them (a Key event posted to the app); a key has
    landed when the notes' cursor has moved. Pilot.press is not used for the timing: it
    waits for the whole process to go idle (20 ms steps), which would hide the app's own time.
    """
    app = pilot.app
    notes = app.screen.query_one("#notes", TextArea)
    start = time.perf_counter()
    for key in keys:
        before = notes.cursor_location
        event = events.Key(key, " " if key == "space" else key)
        event.set_sender(app)
        app.post_message(event)  # what the driver's send_message does, without its private hop
        while notes.cursor_location == before:
            await asyncio.sleep(0)
    elapsed = time.perf_counter() - start
    await pilot.pause()  # let the screen paint what was typed
    return elapsed


async def best_of(pilot, keys: list[str], rounds: int = 5) -> tuple[float, str]:
    """The quickest of a few rounds of the keys (an autosave or a GC pass can land in one),
    and the text they typed."""
    times = [await time_keys(pilot, keys) for _ in range(rounds)]
    return min(times), "".join(" " if k == "space" else k for k in keys) * rounds


def own_growth(before: tracemalloc.Snapshot, after: tracemalloc.Snapshot) -> int:
    """Bytes still held that kktui's own code (kktui/, screens/) allocated.

    Textual's bounded caches (rendered lines, styles) churn through a long session and show
    up as growth in a plain count; a leak of kktui's would be allocated in kktui's lines.
    """
    ours = [
        tracemalloc.Filter(True, str(Path(kktui.__file__).parent / "*")),
        tracemalloc.Filter(True, str(Path(live_meeting.__file__).parent / "*")),
    ]
    diff = after.filter_traces(ours).compare_to(before.filter_traces(ours), "filename")
    return sum(stat.size_diff for stat in diff)


def traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


async def test_a_three_hour_meeting_with_200_kb_of_notes_stays_right_and_flat(data_dir, clock):
    meeting_id = running_meeting(data_dir, clock.time())
    app = make_app(data_dir, clock, lang="en")
    figures: dict[str, float] = {}
    typed: dict[int, str] = {}  # what went into each step's notes
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        notes = live.query_one("#notes", TextArea)
        planned = [s.planned_minutes * 60 for s in live.meeting.steps]

        warm = [c for c in "warm up "]
        await time_keys(pilot, [("space" if c == " " else c) for c in warm])
        typed[0] = "warm up "
        start_keys = [("space" if c == " " else c) for c in ("abcdefghij klmnopqrs " * 3)[:KEYS]]
        figures["keys_start"], text = await best_of(pilot, start_keys)
        typed[0] += text

        on_step, step_seconds, total_seconds = 0, 0, 0
        per_tick = NOTES_BYTES // NOTES_TICKS
        for tick in range(1, TICKS + 1):
            target = step_for(tick)
            while on_step < target:
                await pilot.press("ctrl+n")
                on_step += 1
                step_seconds = 0
                assert live.meeting.current == on_step
                assert notes.text == ""
                typed[on_step] = ""
            if tick <= NOTES_TICKS:
                text = chunk(tick, per_tick)
                notes.insert(text)
                typed[on_step] += text
            await pilot.press(*[("space" if c == " " else c) for c in LIGHT_TYPING])
            typed[on_step] += LIGHT_TYPING

            clock.advance(TICK_SECONDS)
            step_seconds += TICK_SECONDS
            total_seconds += TICK_SECONDS
            live.tick()
            live.autosave()  # the one-second timer's job, at the pace of the fixed clock
            await pilot.pause()
            step_timer = str(live.query_one("#step-timer").render())
            total_timer = str(live.query_one("#total-timer").render())
            expected = f"{clock_text(step_seconds)} / {clock_text(planned[on_step])}"
            if step_seconds > planned[on_step]:  # running over is said in words, whole minutes, at least 1
                expected += f" · {max(1, int(step_seconds - planned[on_step]) // 60)} min over"
            assert step_timer == expected, (
                tick,
                step_timer,
            )
            assert clock_text(total_seconds) in total_timer, (tick, total_timer)
            assert live.query_one("#step-timer").has_class("-over") == (step_seconds > planned[on_step])

            if tick == NOTES_TICKS:
                assert sum(len(t) for t in typed.values()) >= NOTES_BYTES
                assert app.session.flush(10)
                tracemalloc.start(FRAMES)
                figures["memory_hour_1"] = traced()
                hour_1 = tracemalloc.take_snapshot()
            elif tick == 2 * TICKS // 3:
                figures["memory_hour_2"] = traced()
        assert app.session.flush(10)
        figures["memory_hour_3"] = traced()
        figures["kktui_growth"] = own_growth(hour_1, tracemalloc.take_snapshot())
        figures["traced_peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

        assert total_seconds == 3 * 3600
        assert "3:00:00" in str(live.query_one("#total-timer").render())
        assert live.meeting.total_elapsed(clock.time()) == 3 * 3600
        assert live.meeting.current == 7

        # Key presses at the end: on the last step, and back on the step with the most notes.
        end_keys = start_keys
        figures["keys_end_last_step"], text = await best_of(pilot, end_keys)
        typed[7] += text
        for _ in range(7 - 1):
            await pilot.press("ctrl+b")
        assert live.meeting.current == 1
        assert notes.text == typed[1]
        notes.move_cursor(notes.document.end)
        figures["big_step_chars"] = len(notes.text)
        figures["keys_end_big_step"], text = await best_of(pilot, end_keys)
        typed[1] += text

        live.save_now()
        assert app.session.flush(10)
        on_disk = Store.open(data_dir, read_only=True).meeting(meeting_id)
        assert notes.text == typed[1]
        for index, text in typed.items():
            assert on_disk.steps[index].notes == text, f"step {index + 1}: the notes on disk differ"
        assert on_disk.steps[1].notes == notes.text
    close_app(app)

    growth = figures["memory_hour_3"] - figures["memory_hour_1"]
    late_growth = figures["memory_hour_3"] - figures["memory_hour_2"]
    slower_last = figures["keys_end_last_step"] / figures["keys_start"]
    slower_big = figures["keys_end_big_step"] / figures["keys_start"]
    print(
        f"\nlong meeting: notes {sum(len(t) for t in typed.values())} chars, biggest step "
        f"{figures['big_step_chars']:.0f} chars; memory growth after the notes were in: "
        f"{growth / 1e3:.0f} kB over two hours ({late_growth / 1e3:.0f} kB in the last hour), "
        f"of it allocated by kktui's code {figures['kktui_growth'] / 1e3:.1f} kB, "
        f"traced peak {figures['traced_peak'] / 1e6:.1f} MB; {KEYS} keys: start "
        f"{figures['keys_start'] * 1e3:.0f} ms, end {figures['keys_end_last_step'] * 1e3:.0f} ms "
        f"(x{slower_last:.2f}), on the 70 kB step {figures['keys_end_big_step'] * 1e3:.0f} ms (x{slower_big:.2f})"
    )
    assert figures["kktui_growth"] < OWN_LIMIT, f"kktui's code holds {figures['kktui_growth']} bytes more"
    assert growth < MEMORY_LIMIT, f"memory grew {growth} bytes over two hours with the notes already in"


@asynccontextmanager
async def in_live_meeting(data_dir: Path, clock):
    """The real app (English, 100x30) in a running meeting opened from home; closed after."""
    running_meeting(data_dir, clock.time())
    app = make_app(data_dir, clock, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        yield app, pilot
    close_app(app)


def alive(kind: type) -> int:
    """How many objects of `kind` are still alive, once garbage is collected."""
    gc.collect()
    return sum(isinstance(o, kind) for o in gc.get_objects())


def live_footer_keys() -> int:
    # FooterKey is not exported by textual.widgets; counting the live ones is the point here.
    from textual.widgets._footer import FooterKey

    return alive(FooterKey)


async def focus_round(pilot) -> None:
    """Ten focus changes: six between agenda and notes, the decision and the task dialog twice."""
    for _ in range(6):
        await pilot.press("ctrl+l")  # to the agenda and back to the notes
        await pilot.pause()
    for key in ("ctrl+d", "ctrl+t"):
        await pilot.press(key)  # open the decision / task dialog, then close it
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()


async def test_moving_between_notes_agenda_and_dialogs_does_not_pile_up_memory(data_dir, clock):
    async with in_live_meeting(data_dir, clock) as (app, pilot):
        await focus_round(pilot)  # the first openings import and style each dialog
        before = live_footer_keys()
        tracemalloc.start(1)
        # Counted from one round after tracing starts: until then, each cache entry Textual
        # replaces counts its new value and not the old one freed, a growth that is not there.
        await focus_round(pilot)
        start = traced()
        for _ in range(FOCUS_ROUNDS):
            await focus_round(pilot)
            print(f"+{(traced() - start) / 1e3:.0f} kB", end=" ")
        growth = traced() - start
        tracemalloc.stop()
        after = live_footer_keys()
        print(
            f"\nfocus changes: FooterKey widgets alive {before} -> {after}; memory +{growth / 1e3:.0f} kB "
            f"over {FOCUS_ROUNDS * 10} focus changes"
        )
        assert isinstance(app.screen, LiveMeetingScreen)
    assert after == before, f"{after - before} footer keys kept after {FOCUS_ROUNDS * 10} focus changes"
    assert growth < 300_000, f"memory grew {growth} bytes over {FOCUS_ROUNDS * 10} focus changes"


def live_styles_caches() -> int:
    """Each widget's cache of drawn lines; one outliving its widget keeps every line it drew."""
    from textual._styles_cache import StylesCache  # not public: counting them is the point

    return alive(StylesCache)


async def walk_agenda(pilot, steps: int) -> None:
    """To the last step and back to the first, waiting for each step's guidance to show."""
    for key in ["ctrl+n"] * (steps - 1) + ["ctrl+b"] * (steps - 1):
        await pilot.press(key)
        await pilot.pause(0.15)  # the guidance shows, and the next one is built ahead


async def test_stepping_through_the_agenda_again_and_again_does_not_pile_up_memory(data_dir, clock):
    """Each step change drops a page of guidance widgets; Textual's `get_inner_outer` cache kept
    their drawn lines alive (textual#6665), ~40 kB a step, until a thousand widgets had gone."""
    async with in_live_meeting(data_dir, clock) as (app, pilot):
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        steps = len(live.meeting.steps)
        await walk_agenda(pilot, steps)  # every step's guidance built once
        before = live_styles_caches()
        await walk_agenda(pilot, steps)
        after = live_styles_caches()
        assert live.meeting.current == 0
        print(f"\n{2 * (steps - 1)} step changes: line caches alive {before} -> {after}")
    assert after == before, f"{after - before} widgets' drawn lines kept after {2 * (steps - 1)} step changes"


def full_collections_started(into: list[float]):
    """A gc callback noting when each full (generation 2) collection starts."""

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            into.append(time.monotonic())

    return seen


async def test_typing_a_long_note_starts_no_full_garbage_collection(data_dir, clock):
    """A full collection took 20-35 ms in a meeting with ten years of data, and Python started one
    every hundred-odd keys typed: the key typed then waited for it (the key-echo tail). Now the
    beat runs it in a pause (screens/views/live_memory.py)."""
    async with in_live_meeting(data_dir, clock) as (app, pilot):
        started: list[float] = []
        seen = full_collections_started(started)
        gc.callbacks.append(seen)
        try:
            for key in "a long note about the class trip " * 10:
                await pilot.press("space" if key == " " else key)
        finally:
            gc.callbacks.remove(seen)
        typed = app.screen.notes_box.text
    assert typed.count("class trip") == 10
    assert started == [], f"{len(started)} full garbage collections while the user typed 330 keys"


async def test_the_guidance_a_step_change_drops_is_freed_in_the_next_pause(data_dir, clock):
    """Its widgets have lived long enough to need a full collection, which Python alone put off
    for many step changes: the heap grew by a page each step."""
    import weakref

    from kktui.screens.widgets.guidance import GuidancePane

    async with in_live_meeting(data_dir, clock) as (app, pilot):
        await pilot.pause(0.3)  # the next step's guidance is built ahead
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        page = live.query_one(GuidancePane).shown
        assert page is not None
        dropped = weakref.ref(page)
        del page
        gc.collect()  # the page has been on screen a while: old, as after a step's minutes
        await pilot.press("ctrl+n")  # step 2's page shows; step 3's is built ahead, step 1's dropped
        await pilot.pause(1.5)  # no key: a pause
        freed = dropped() is None
        assert live.meeting.current == 1
    assert freed, "the page step 1 showed was still in memory after a pause"


async def test_typing_in_the_notes_leaves_next_to_nothing_for_the_cycle_collector(data_dir, clock):
    """Each key typed left about 275 objects in reference cycles (Textual's line caches, see
    screens/mends.py), which only a full collection frees once they are old."""
    async with in_live_meeting(data_dir, clock) as (app, pilot):
        await pilot.press(*"warm up ")
        gc.collect()
        gc.disable()
        try:
            for key in "the class trip is in May " * 4:
                await pilot.press("space" if key == " " else key)
            in_cycles = gc.collect()
        finally:
            gc.enable()
        typed = app.screen.notes_box.text
    assert typed.count("class trip") == 4
    assert in_cycles < 1_000, f"100 keys left {in_cycles} objects for the cycle collector"
