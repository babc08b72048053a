"""What the main-screen snapshots do before the picture, shared by every language's snapshots."""

from __future__ import annotations

from kktui.clock import FixedClock


def run_planning_meeting(clock: FixedClock):
    """Start the planning meeting, type a note, and let it run 6 min 5 s over its first step."""

    async def run(pilot) -> None:
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

    return run


async def open_finished(pilot) -> None:
    """Open the oldest meeting on home: the demo's finished planning meeting, its minutes."""
    await pilot.press("down", "down", "enter")
    await pilot.pause()
