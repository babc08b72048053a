"""The main screens in nynorsk at 80×24: home, the live meeting and the minutes.

Update after an intended change with `pytest tests/ui/test_snapshots_nynorsk.py --snapshot-update`,
then read the new SVGs' text before committing them.
"""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from support.snapshot_steps import open_finished, run_planning_meeting
from support.ui import demo_app


def test_home_nynorsk(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock, "nn"), terminal_size=(80, 24))


def test_live_meeting_nynorsk(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(
        demo_app(data_dir, clock, "nn"), terminal_size=(80, 24), run_before=run_planning_meeting(clock)
    )


def test_minutes_nynorsk(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    assert snap_compare(demo_app(data_dir, clock, "nn"), terminal_size=(80, 24), run_before=open_finished)
