"""SVG snapshots of the main screens with the demo class and a clock that stands still.

Update after an intended change with `pytest tests/ui/test_snapshots.py --snapshot-update`,
then look at the new SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from support.ui import demo_app


def test_home(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24))


def test_home_wide(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock), terminal_size=(160, 45))


def test_live_meeting_running_over(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    async def run_meeting(pilot) -> None:
        await pilot.press("n")
        await pilot.pause()
        titles = [tpl.id for tpl in pilot.app.screen.templates]
        for _ in range(titles.index("planleggingsmote")):
            await pilot.press("down")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press(*"Alle er her.", "enter")
        await pilot.pause()
        # Saved now, at 18:00:00, as the autosave (on a real 1 s timer) would: else on a busy
        # machine it lands after the clock has moved, and the status line says 18:06:05.
        pilot.app.screen.save_now()
        clock.advance(6 * 60 + 5)
        pilot.app.screen.tick()
        await pilot.pause()

    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24), run_before=run_meeting)


def test_summary(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    async def open_finished(pilot) -> None:
        await pilot.press("down", "down", "enter")  # the oldest: the planning meeting
        await pilot.pause()

    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24), run_before=open_finished)
