"""SVG snapshots of the main screens with the demo class and a clock that stands still.

Update after an intended change with `pytest tests/ui/test_snapshots.py --snapshot-update`,
then look at the new SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from support.snapshot_steps import open_finished, run_planning_meeting
from support.ui import demo_app


def test_home(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24))


def test_home_wide(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock), terminal_size=(160, 45))


def test_live_meeting_running_over(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(
        demo_app(data_dir, clock), terminal_size=(80, 24), run_before=run_planning_meeting(clock)
    )


def test_summary(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock), terminal_size=(80, 24), run_before=open_finished)
