"""Every template runs in the live meeting; the guides are one key away from anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Markdown, OptionList

from kktui.clock import FixedClock
from kktui.guidance.guides import load_guides
from kktui.meeting.templates import load_templates
from kktui.screens.views.guides import GuideScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.summary import SummaryScreen
from kktui.storage.store import Store
from support.ui import close_app, make_app, type_text

TEMPLATE_IDS = [tpl.id for tpl in load_templates("nb")[0]]


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
async def test_every_template_runs_start_to_finish(
    template_id: str, lang: str, data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        ids = [tpl.id for tpl in app.screen.templates]
        for _ in range(ids.index(template_id)):
            await pilot.press("down")
        await pilot.press("ctrl+s")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        steps = len(live.meeting.steps)
        for number in range(steps):
            assert live.meeting.current == number
            assert live.query_one(".guidance.-shown", Markdown).source.strip()  # every step has guidance
            clock.advance(60)
            if number < steps - 1:
                await pilot.press("ctrl+n")
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("y")  # finish (for a challenging conversation: finish anyway)
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    close_app(app)
    meeting = Store.open(data_dir, read_only=True).meeting("last")
    assert meeting.status == "finished"
    assert all(step.status == "done" for step in meeting.steps)


async def test_guide_browser_search_and_links(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, GuideScreen)
        guides = load_guides("nb")
        assert app.screen.shown.id == guides[0].id  # the role of the class contact comes first
        await pilot.press("slash")
        await type_text(pilot, "bursdag")
        await pilot.pause()
        listing = app.screen.query_one("#guide-list", OptionList)
        assert listing.option_count >= 1
        assert all(
            "bursdag" in str(listing.get_option_at_index(i).prompt).lower()
            for i in range(listing.option_count)
        )
        app.screen.query_one("#guide-search", Input).value = ""
        await type_text(pilot, "Språk")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.shown.id == "hindringer"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, GuideScreen)
    close_app(app)


async def test_f2_in_a_meeting_opens_the_guide_of_the_step(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        ids = [tpl.id for tpl in app.screen.templates]
        for _ in range(ids.index("planleggingsmote")):
            await pilot.press("down")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+n")  # expectations both ways: the information/dialogue/participation guide
        await pilot.press("f2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GuideScreen)
        assert screen.shown.id == "informasjon-dialog-medvirkning"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        assert app.screen.meeting.current == 1  # the meeting is where it was
    close_app(app)


async def test_command_palette_finds_a_guide_heading(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "Avmaktsproduksjon")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert isinstance(app.screen, GuideScreen)
        assert app.screen.shown.id == "hindringer"
    close_app(app)
