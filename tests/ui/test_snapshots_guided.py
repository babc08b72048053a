"""Snapshots of the guide browser and of each phase of the challenging conversation, nb and en."""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.clock import FixedClock
from support.ui import make_app

PHASES = ["preparation", "start", "content", "closing"]


async def step_focus_settled(pilot) -> None:
    """Wait until a step with a panel of its own has the cursor in it, as it does a frame after
    the step change (`call_after_refresh`); on a busy machine the picture could come first."""
    screen = pilot.app.screen
    for _ in range(100):
        fields = list(screen.query("#step-panel Input, #step-panel TextArea"))
        if not fields or screen.focused in fields:
            return
        await pilot.pause(0.02)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_guide_browser(snap_compare, lang: str, data_dir: Path, clock: FixedClock) -> None:
    async def open_guides(pilot) -> None:
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("down", "down")
        await pilot.pause()

    assert snap_compare(make_app(data_dir, clock, lang), terminal_size=(80, 24), run_before=open_guides)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("phase", PHASES)
def test_challenging_conversation_phase(
    snap_compare, phase: str, lang: str, data_dir: Path, clock: FixedClock
) -> None:
    async def run_to_phase(pilot) -> None:
        await pilot.press("n")
        await pilot.pause()
        ids = [tpl.id for tpl in pilot.app.screen.templates]
        for _ in range(ids.index("utfordrende-samtale")):
            await pilot.press("down")
        await pilot.press("ctrl+s")
        await pilot.pause()
        for _ in range(PHASES.index(phase)):
            clock.advance(120)
            await pilot.press("ctrl+n")
        await pilot.pause()
        await step_focus_settled(pilot)

    assert snap_compare(make_app(data_dir, clock, lang), terminal_size=(80, 24), run_before=run_to_phase)
