"""SVG snapshots at 80×24 of the details editor and the attendance picker, in bokmål and English.

The demo class's planned spring meeting, started from home (its call list has two yes, so
the picker opens with them ticked), with a clock that stands still. Update after an
intended change with `pytest tests/ui/test_snapshots_attendance.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.clock import FixedClock
from support.ui import demo_app


async def _details(pilot) -> None:
    await pilot.press("enter", "y")  # start the planned spring meeting
    await pilot.pause()
    await pilot.press("ctrl+o")
    await pilot.pause()


async def _picker(pilot) -> None:
    await _details(pilot)
    await pilot.press("ctrl+o", "o", "l", "a", "enter", "ctrl+f")  # Ola present, then apologies
    await pilot.pause()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_details_editor(snap_compare, data_dir: Path, clock: FixedClock, lang: str) -> None:
    assert snap_compare(demo_app(data_dir, clock, lang), terminal_size=(80, 24), run_before=_details)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_attendance_picker(snap_compare, data_dir: Path, clock: FixedClock, lang: str) -> None:
    assert snap_compare(demo_app(data_dir, clock, lang), terminal_size=(80, 24), run_before=_picker)
