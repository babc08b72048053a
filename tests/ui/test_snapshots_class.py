"""SVG snapshots of the class's screens at 80×24, with the demo class and a clock that stands still.

Update after an intended change with
`pytest tests/ui/test_snapshots_class.py --snapshot-update`, then look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from support.ui import demo_app


async def _press(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


def test_people_screen(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    async def open_people(pilot) -> None:
        await _press(pilot, "f3")

    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24), run_before=open_people)


def test_task_board_overdue_first(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    async def open_board(pilot) -> None:
        await _press(pilot, "f4")

    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24), run_before=open_board)


def test_year_wheel_with_this_month_marked(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    async def open_wheel(pilot) -> None:
        await _press(pilot, "f5")

    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24), run_before=open_wheel)


def test_year_wheel_in_english(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    async def open_wheel(pilot) -> None:
        await _press(pilot, "f5")

    assert snap_compare(demo_app(data_dir, clock, "en"), terminal_size=(80, 24), run_before=open_wheel)
