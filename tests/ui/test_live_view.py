"""The live view with the keys a class contact presses: F6 in the meeting, the QR code, the phones follow.

The QR code is read off the screen by an independent decoder; a phone is an event-stream
client on loopback. The same link serves the minutes once they are shared after the meeting.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.live_share import LiveShareScreen
from kktui.screens.views.share import ShareOptions, ShareScreen
from kktui.screens.views.summary import SummaryScreen
from support.live import EventStream
from support.share import decode_qr, screen_image
from support.ui import Notifications, close_app, make_app, screen_text, type_text


async def start_meeting(pilot) -> LiveMeetingScreen:
    await pilot.press("n")
    await pilot.pause()
    await pilot.press("ctrl+s")  # the first template, as it is
    await pilot.pause()
    assert isinstance(pilot.app.screen, LiveMeetingScreen)
    return pilot.app.screen


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.read().decode("utf-8")


async def test_ctrl_o_shows_the_live_qr_and_the_phones_follow_until_the_minutes(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=(100, 40)) as pilot:
        meeting_screen = await start_meeting(pilot)
        meeting = meeting_screen.meeting
        await type_text(pilot, "Notater som bare blir i kktui")
        await pilot.press("ctrl+d")
        await type_text(pilot, "Ukebrev hver fredag")
        await pilot.press("enter")
        await pilot.pause()

        await pilot.press("f6")
        await pilot.pause()
        share = app.screen
        assert isinstance(share, LiveShareScreen)
        assert f"Direkte på telefonene · {meeting.title}" in screen_text(app)  # not "Del referatet"
        url = share.url
        assert decode_qr(screen_image(app)) == [url]  # what a phone camera reads off the screen
        page = fetch(url)
        assert meeting.title in page and "Ukebrev hver fredag" in page
        assert "Notater som bare blir i kktui" not in page

        phone = EventStream(url)
        try:
            phone.until("Ukebrev")
            await pilot.press("escape")  # back to the meeting; the phones keep following
            await pilot.pause()
            assert app.screen is meeting_screen and share.server.running
            await pilot.press("ctrl+n")
            await pilot.pause()
            _, data = phone.until('aria-current="step"')
            assert meeting.steps[1].title in data.split('aria-current="step"')[1].split("</li>")[0]

            await pilot.press("f6")  # the same link again
            await pilot.pause()
            assert isinstance(app.screen, LiveShareScreen) and app.screen.url == url
            await pilot.press("escape")
            await pilot.pause()

            await pilot.press("ctrl+f")
            await pilot.pause()
            await pilot.press("enter")  # finish
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
            await pilot.press("s")  # share the minutes: the same link turns into them
            await pilot.pause()
            minutes = app.screen
            assert isinstance(minutes, ShareScreen) and minutes.url == url
            assert phone.until("reload")[0] == "reload"
        finally:
            phone.close()
        page = fetch(url)
        assert "Notater som bare blir i kktui" in page and "<script" not in page
        server = minutes.server
        await pilot.press("x")  # stopping sharing stops the server
        await pilot.pause()
        assert server.wait(2)
        with pytest.raises(OSError):
            fetch(url)
    close_app(app)


async def test_a_confidential_meeting_has_no_live_view(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    notes = Notifications()
    async with app.run_test(size=(100, 40), message_hook=notes) as pilot:
        meeting_screen = await start_meeting(pilot)
        meeting_screen.meeting.confidential = True
        await pilot.press("f6")
        await pilot.pause()
        assert app.screen is meeting_screen
        assert app.session.live is None
        [said] = [m for m in notes.messages if "direktevisning" in m]
        assert said.endswith(".") and "\n" not in said
    close_app(app)
