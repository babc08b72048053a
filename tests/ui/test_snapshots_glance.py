"""The main screens at 80×24 and 120×36, with titles as long as kktui generates: nothing cut off.

Update after an intended change with `pytest tests/ui/test_snapshots_glance.py --snapshot-update`,
then look at the new SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.clock import FixedClock
from support.glance import demo_with_long_titles

SIZES = [(80, 24), (120, 36)]


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare, size, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_with_long_titles(data_dir, clock), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_live_meeting_over_time(snap_compare, size, data_dir: Path, clock: FixedClock) -> None:
    async def run_over(pilot) -> None:
        await pilot.press("down", "enter", "enter")  # the spring meeting: start it now
        await pilot.pause()
        pilot.app.screen.save_now()  # saved at 18:00:00, as the autosave would (see test_snapshots)
        clock.advance(7 * 60 + 30)
        pilot.app.screen.tick()
        await pilot.pause()

    assert snap_compare(demo_with_long_titles(data_dir, clock), terminal_size=size, run_before=run_over)


@pytest.mark.parametrize("size", SIZES)
def test_new_meeting(snap_compare, size, data_dir: Path, clock: FixedClock) -> None:
    async def open_new(pilot) -> None:
        await pilot.press("n")
        await pilot.pause()

    assert snap_compare(demo_with_long_titles(data_dir, clock), terminal_size=size, run_before=open_new)


@pytest.mark.parametrize("size", SIZES)
def test_summary(snap_compare, size, data_dir: Path, clock: FixedClock) -> None:
    async def open_finished(pilot) -> None:
        await pilot.press("down", "down", "enter")  # the autumn meeting, finished
        await pilot.pause()

    assert snap_compare(demo_with_long_titles(data_dir, clock), terminal_size=size, run_before=open_finished)
