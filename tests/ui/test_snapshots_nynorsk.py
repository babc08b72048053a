"""The main screens in nynorsk at 80×24: home, the live meeting and the minutes.

Update after an intended change with `pytest tests/ui/test_snapshots_nynorsk.py --snapshot-update`,
then read the new SVGs' text before committing them.
"""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from support.ui import demo_app


def test_home_nynorsk(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock, "nn"), terminal_size=(80, 24))


def test_live_meeting_nynorsk(snap_compare, data_dir: Path, clock: FixedClock) -> None:
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
        pilot.app.screen.save_now()  # as in test_snapshots: the status line's time stands still
        clock.advance(6 * 60 + 5)
        pilot.app.screen.tick()
        await pilot.pause()

    assert snap_compare(demo_app(data_dir, clock, "nn"), terminal_size=(80, 24), run_before=run_meeting)


def test_minutes_nynorsk(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    async def open_finished(pilot) -> None:
        await pilot.press("down", "down", "enter")  # the oldest: the planning meeting
        await pilot.pause()

    assert snap_compare(demo_app(data_dir, clock, "nn"), terminal_size=(80, 24), run_before=open_finished)
