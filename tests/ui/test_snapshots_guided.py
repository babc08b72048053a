"""Snapshots of the guide browser and of each phase of the challenging conversation, nb and en."""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.clock import FixedClock
from support.ui import make_app

PHASES = ["preparation", "start", "content", "closing"]


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

    assert snap_compare(make_app(data_dir, clock, lang), terminal_size=(80, 24), run_before=run_to_phase)
