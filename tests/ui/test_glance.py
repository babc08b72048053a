"""The meeting screen read at a glance: one form for times, over-time with a way out, forms
that say how to reach them, a palette in the user's language, nothing cut off at 80×24."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input

from kktui.clock import FixedClock
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.new_meeting import NewMeetingScreen
from support.glance import LONG_TITLE, demo_with_long_titles
from support.ui import Notifications, close_app, make_app, screen_text, type_text


async def start_meeting(pilot, template: str = "planleggingsmote") -> LiveMeetingScreen:
    """From home: n, pick the template, ctrl+s."""
    await pilot.press("n")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, NewMeetingScreen)
    titles = [tpl.id for tpl in screen.templates]
    for _ in range(titles.index(template)):
        await pilot.press("down")
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LiveMeetingScreen)
    return pilot.app.screen


async def test_times_on_screen_and_in_minutes_read_the_same_unambiguous_way(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        live = await start_meeting(pilot)
        clock.advance(75)  # 1 min 15 s into a meeting planned for 1 h 15 min or so
        live.tick()
        await pilot.pause()
        planned = live.meeting.planned_minutes
        shown = screen_text(app)
        total = f"0:01:15 / {planned // 60}:{planned % 60:02d}:00"
        assert f"Totalt {total}" in shown
        assert "0:01:15 / 0:05:00" in shown  # the step: its own clock, same form
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        minutes = screen_text(app)
    close_app(app)
    assert f"0:01:15 (planlagt {planned // 60}:{planned % 60:02d}:00)" in minutes


async def test_running_over_says_what_to_do_and_ctrl_o_takes_the_minutes_from_the_next_step(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await start_meeting(pilot)
        steps = live.meeting.steps
        first, second, total = (
            steps[0].planned_minutes,
            steps[1].planned_minutes,
            live.meeting.planned_minutes,
        )
        clock.advance(first * 60 + 150)  # 2 min 30 s over
        live.tick()
        await pilot.pause()
        shown = screen_text(app)
        assert "2 min over tiden" in shown
        assert "ctrl+n: videre · F7: ta 3 min fra neste" in shown
        await pilot.press("f7")
        await pilot.pause()
        assert (steps[0].planned_minutes, steps[1].planned_minutes) == (first + 3, second - 3)
        assert live.meeting.planned_minutes == total
        shown = screen_text(app)
        assert "over tiden" not in shown
        assert f"/ 0:{first + 3:02d}:00" in shown
    close_app(app)


async def go_to_closing(pilot) -> LiveMeetingScreen:
    """A challenging conversation, started at once, moved on to its closing step."""
    live = await start_meeting(pilot, "utfordrende-samtale")
    for _ in range(3):
        await pilot.press("ctrl+n")
        await pilot.pause()
    assert live.meeting.current_step.kind == "closing"
    return live


async def test_closing_form_shows_the_dates_it_means_and_plans_the_meeting_with_its_time(
    data_dir: Path, clock: FixedClock
) -> None:
    notifications = Notifications()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24), message_hook=notifications) as pilot:
        live = await go_to_closing(pilot)
        live.query_one("#closing-summary").focus()
        await type_text(pilot, "Enige om daglig kontakt")
        await pilot.press("tab")
        await type_text(pilot, "+14")  # today is 21.11.2026
        await pilot.press("tab")
        await type_text(pilot, "+21")
        await pilot.press("tab")
        await type_text(pilot, "18")
        await pilot.pause()
        panel = screen_text(app)
        # Each date field says what it is for, and what the typed text means.
        assert "Tiltak sjekkes" in panel and "05.12.2026" in panel
        assert "Neste møte" in panel and "12.12.2026 kl. 18:00" in panel

        await pilot.press("ctrl+t")  # the closing speaks of measures: so does the dialog
        await pilot.pause()
        assert "Nytt tiltak" in screen_text(app)
        await type_text(pilot, "Daglig kontakt")
        await pilot.press("enter")
        await type_text(pilot, "Marte")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert "Tiltaket er notert (Marte)." in notifications.messages

        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    close_app(app)
    assert (
        "Oppfølgingsmøtet er planlagt 12.12.2026 kl. 18:00, med tiltakene på agendaen."
        in notifications.messages
    )


async def test_preparation_form_says_how_to_reach_it_and_text_typed_on_its_checkbox_is_kept(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await start_meeting(pilot, "utfordrende-samtale")
        assert live.meeting.current_step.kind == "preparation"
        assert "tab / shift+tab" in screen_text(app)  # the form says how to move in and out
        for _ in range(10):  # tab on, the way a user leaves the form for the notes
            if app.focused is live.query_one("#notes"):
                break
            await pilot.press("tab")
        assert app.focused is live.query_one("#notes")
        await pilot.press("shift+tab")  # back up: lands on the checkbox at the form's end
        await pilot.pause()
        assert app.focused is live.query_one("#prep-emotional", Checkbox)
        await type_text(pilot, "Ola Hansen")
        await pilot.pause()
        # Nothing typed is lost, and the checkbox was not ticked by the space in the name.
        assert not live.query_one("#prep-emotional", Checkbox).value
        assert live.query_one("#prep-participants", Input).value == "Ola Hansen"
        assert live.meeting.preparation["participants"] == "Ola Hansen"
    close_app(app)


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_the_qr_code_is_as_big_as_fits_centred_and_scans_with_the_link_on_one_line(
    size: tuple[int, int], data_dir: Path, clock: FixedClock
) -> None:
    from kktui.screens.messages import OpenMeeting
    from kktui.screens.views.share import QrCode, ShareOptions, ShareScreen
    from support.share import decode_qr, demo_with_private_notes, screen_image

    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=size) as pilot:
        app.post_message(OpenMeeting("demo01"))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        assert isinstance(share, ShareScreen)
        qr = share.query_one(QrCode)
        code, area = qr.drawn, qr.content_region
        # The largest whole scale that fits: one more module per cell would not.
        modules = len(qr._matrix)
        assert code.width // modules >= (2 if size == (160, 45) else 1)
        assert code.width + modules > area.width or (code.height * 2 + modules) > area.height * 2
        # Centred in its area, not stuck in the top-left corner.
        assert abs((area.width - code.right) - code.x) <= 1
        assert abs((area.height - code.bottom) - code.y) <= 1
        lines = screen_text(app).splitlines()
        assert any(share.url in line for line in lines)  # whole, on one line
        assert decode_qr(screen_image(app)) == [share.url]
        share.stop_sharing()
    close_app(app)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 36)])
async def test_home_shows_every_status_whole_beside_a_long_title(
    size: tuple[int, int], data_dir: Path, clock: FixedClock
) -> None:
    app = demo_with_long_titles(data_dir, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        lines = [line for line in shown.splitlines() if "Oppfølging: Oppf" in line]
        assert lines and "planlagt · konfidensielt" in lines[0], shown
        assert "…" in lines[0] or LONG_TITLE in lines[0]  # shortened, and said so
        assert any("Foreldremøte høst" in line and "ferdig" in line for line in shown.splitlines())
        footer = shown.splitlines()[-1]
        assert footer.rstrip().endswith("^p Kommandoer")  # nothing cut, no stray letter after it
    close_app(app)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_long_titles_in_the_live_meeting_end_in_an_ellipsis_before_the_clocks(
    size: tuple[int, int], data_dir: Path, clock: FixedClock
) -> None:
    app = demo_with_long_titles(data_dir, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the first meeting on home: the long follow-up
        await pilot.pause()
        if not isinstance(app.screen, LiveMeetingScreen):
            await pilot.press("enter")  # «start it now?»: yes
            await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen) and live.meeting.title == LONG_TITLE
        clock.advance(16 * 60)
        live.tick()
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert "Totalt 0:16:00 / 0:15:00" in lines[0]
        assert f"{LONG_TITLE}  Totalt" in lines[0] or "…  Totalt" in lines[0]
        step_bar = lines[1]
        assert "  0:16:00 / 0:15:00 · 1 min over tiden" in step_bar
        assert "…" in step_bar or "klassemiljøet  0:16:00" in step_bar  # never «klassemiljøet0:16:00»
        assert "ctrl+n: videre · ctrl+f: avslutt" in lines[2]  # the last step: no time to take
        assert lines[-1].rstrip().endswith("^p Kommandoer")
    close_app(app)
