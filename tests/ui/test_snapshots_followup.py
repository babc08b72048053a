"""SVG snapshots at 80×24 of the follow-up step and of the minutes with its outcomes, nb and en.

The demo class's planned spring meeting, started from home: the approval of the autumn
minutes comes first, then the follow-up of the class's open tasks. One task is marked done
and one dropped in the follow-up step; then the meeting is finished and the minutes show
each task with its outcome. The clock stands still. Update after an intended change with
`pytest tests/ui/test_snapshots_followup.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.clock import FixedClock
from support.ui import demo_app


async def _followup(pilot) -> None:
    await pilot.press("enter", "enter")  # start the planned spring meeting
    await pilot.pause()
    steps = pilot.app.screen.meeting.steps
    for _ in range([step.kind for step in steps].index("followup")):
        await pilot.press("ctrl+n")
        await pilot.pause()
    await pilot.press("shift+tab")  # into the follow-up table
    await pilot.press("d", "x")  # the first task done, the second dropped
    await pilot.pause()
    # Saved at 18:00:00, as the autosave would: while the user types, the autosave waits for the
    # next key (up to 0.4 s), so whether it came before the picture depended on timing.
    pilot.app.screen.save_now()
    await pilot.pause()


async def _minutes(pilot) -> None:
    await _followup(pilot)
    await pilot.press("tab", "ctrl+f", "enter")  # finish: Enter takes the default
    await pilot.pause()
    minutes = pilot.app.screen.query_one("#minutes")
    heading = next(
        n for n, line in enumerate(minutes.source.splitlines()) if "Oppfølging" in line or "Follow-up" in line
    )
    minutes.scroll_to(y=max(0, heading - 2), animate=False)  # the follow-up section in view
    await pilot.pause()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_followup_step(snap_compare, data_dir: Path, clock: FixedClock, lang: str) -> None:
    assert snap_compare(demo_app(data_dir, clock, lang), terminal_size=(80, 24), run_before=_followup)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_minutes_with_followup_outcomes(snap_compare, data_dir: Path, clock: FixedClock, lang: str) -> None:
    assert snap_compare(demo_app(data_dir, clock, lang), terminal_size=(80, 24), run_before=_minutes)
