"""Sharing from the minutes, with the keys a class contact presses: QR code, link, time, stop."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from textual.widgets import OptionList, TextArea

from kktui.clock import FixedClock
from kktui.output.qr import qr_matrix
from kktui.screens.messages import OpenMeeting
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.share import QrCode, ShareOptions, ShareScreen, terminal_can_copy
from kktui.screens.views.summary import SummaryScreen
from kktui.share.netaddr import Address
from kktui.storage import locations
from kktui.storage.settings import save_settings
from support.share import (
    PRIVATE_NOTE,
    decode_qr,
    decode_svg,
    demo_with_private_notes,
    require_tool,
    screen_image,
    wait_until_free,
)
from support.ui import Notifications, close_app, screen_text

SNAPSHOT_URL = "http://127.0.0.1:47613/SnapShotTokenNotSecret1"
# The only tests that listen on a fixed port (the screen shows it, so it cannot be a free one):
# one xdist group, so a new fixed-port test added to it never runs beside them, and each waits
# for its port if another run on the machine holds it.
FIXED_PORTS = pytest.mark.xdist_group("share-fixed-ports")


class FrozenMonotonic:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


async def open_summary(pilot, meeting_id: str = "demo01") -> SummaryScreen:
    pilot.app.post_message(OpenMeeting(meeting_id))
    await pilot.pause()
    assert isinstance(pilot.app.screen, SummaryScreen)
    return pilot.app.screen


async def test_share_shows_a_scannable_code_counts_opens_and_stops(data_dir: Path, clock: FixedClock) -> None:
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await open_summary(pilot)
        # Before anything is shared, the minutes say what will be left out.
        left_out = summary.query_one("#left-out")
        assert left_out.display and PRIVATE_NOTE[3:] in str(left_out.render())
        assert "(2):" in str(left_out.render()) and "Moren til Per" in str(left_out.render())

        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        assert isinstance(share, ShareScreen)
        url = share.url
        assert url.startswith("http://127.0.0.1:")
        text = screen_text(app)
        assert url[:38] in text.replace("\n", "").replace(" ", "") or url.split("/")[-1][:10] in text
        assert "2 private linjer er holdt utenfor." in text
        assert "Stopper om 0:15:00" in text or "Stopper om 0:14:59" in text

        # The code on screen is the link, read by an independent decoder.
        assert decode_qr(screen_image(app)) == [url]

        status, page = fetch(url)
        assert status == 200
        assert "Planleggingsmøte" in page and "Synlig linje etter den private." in page
        assert "Per i 4B" not in page and "Moren til Per" not in page
        assert fetch(url + "x")[0] == 404
        share.tick()
        await pilot.pause()
        assert "Antall åpninger: 1" in screen_text(app)

        await pilot.press("plus")
        assert 19 * 60 < share.server.seconds_left() <= 20 * 60
        await pilot.press("minus", "minus", "minus", "minus", "minus")
        assert 50 < share.server.seconds_left() <= 60  # never below one minute
        await pilot.press("v")
        await pilot.pause()
        [svg_file] = list(locations.exports_dir(data_dir).glob("*-qr.svg"))
        assert svg_file.read_text(encoding="utf-8").startswith("<svg")

        server = share.server
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert server.wait(2)
        with pytest.raises(OSError):
            socket.create_connection((server.host, server.port), timeout=1).close()
    close_app(app)


async def test_pressing_share_again_serves_a_new_snapshot(data_dir: Path, clock: FixedClock) -> None:
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await open_summary(pilot)
        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        url = share.url
        assert "Ny linje skrevet etterpå" not in fetch(url)[1]
        summary.meeting.steps[0].notes += "\nNy linje skrevet etterpå"
        assert "Ny linje skrevet etterpå" not in fetch(url)[1]  # a snapshot, until asked
        await pilot.press("s")
        await pilot.pause()
        assert share.url == url
        assert "Ny linje skrevet etterpå" in fetch(url)[1]
    close_app(app)


async def test_when_time_is_up_the_code_goes_away_and_s_starts_a_new_link(
    data_dir: Path, clock: FixedClock
) -> None:
    app = demo_with_private_notes(data_dir, clock)
    frozen = FrozenMonotonic()
    app.share_options = ShareOptions(host="127.0.0.1", monotonic=frozen)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        first = share.url
        assert share.query_one(QrCode).display
        frozen.now += 15 * 60
        assert share.server.wait(2)
        share.tick()
        await pilot.pause()
        assert not share.query_one(QrCode).display
        assert "Delingen er stoppet." in screen_text(app)
        assert decode_qr(screen_image(app)) == []
        with pytest.raises(urllib.error.URLError):
            fetch(first)
        await pilot.press("s")
        await pilot.pause()
        assert share.url != first and share.query_one(QrCode).display
        assert fetch(share.url)[0] == 200
    close_app(app)


async def test_the_user_picks_the_address_when_there_are_several(data_dir: Path, clock: FixedClock) -> None:
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(
        addresses=[Address("127.0.0.1", "wlan0", "lan"), Address("127.0.0.2", "docker0", "container")]
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        picker = share.query_one("#share-addresses", OptionList)
        assert picker.display and picker.has_focus
        assert "127.0.0.1 (wlan0)" in screen_text(app) and "127.0.0.2 (docker0)" in screen_text(app)
        first = share.server
        assert first.host == "127.0.0.1"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert share.server.host == "127.0.0.2" and share.url.startswith("http://127.0.0.2:")
        assert first.wait(2)
        assert fetch(share.url)[0] == 200
        assert decode_qr(screen_image(app)) == [share.url]
    close_app(app)


async def test_a_confidential_meeting_is_never_shared_published_or_copied(
    data_dir: Path, clock: FixedClock
) -> None:
    app = demo_with_private_notes(data_dir, clock, confidential=True)
    app.share_options = ShareOptions(host="127.0.0.1")
    folder = data_dir.parent / "synced"
    folder.mkdir()
    save_settings(data_dir, publish_folder=str(folder), publish_base_url="https://klasse.example.no")
    told = Notifications()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await open_summary(pilot)
        for key in ("s", "p", "c"):
            told.clear()
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen), key
            assert any("konfidensielt" in message for message in told.messages), (key, told.messages)
        assert app.clipboard == ""
        assert not list(folder.iterdir())
        assert not locations.exports_dir(data_dir).exists() or not list(
            locations.exports_dir(data_dir).iterdir()
        )
    close_app(app)


async def test_copy_puts_markdown_without_private_lines_on_the_clipboard_and_in_a_file(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM_PROGRAM", "kitty")
    app = demo_with_private_notes(data_dir, clock)
    told = Notifications()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await open_summary(pilot)
        await pilot.press("c")
        await pilot.pause()
        copied = app.clipboard
        assert copied.startswith("# Planleggingsmøte") and "Synlig linje etter den private." in copied
        assert "Per i 4B" not in copied and "Moren til Per" not in copied and "!!" not in copied
        [saved] = list(locations.exports_dir(data_dir).glob("*.md"))
        assert saved.read_text(encoding="utf-8") == copied
        [message] = told.messages
        assert "utklippstavla" in message and str(saved) in message

        await pilot.press("w")
        await pilot.pause()
        [html] = list(locations.exports_dir(data_dir).glob("*.html"))
        page = html.read_text(encoding="utf-8")
        assert page.startswith("<!doctype html>") and "Synlig linje" in page and "Per i 4B" not in page
    close_app(app)


def test_terminals_known_not_to_copy_are_named() -> None:
    assert not terminal_can_copy({"TERM_PROGRAM": "Apple_Terminal"})
    assert not terminal_can_copy({"TERM": "linux"})
    assert terminal_can_copy({"TERM_PROGRAM": "iTerm.app", "TERM": "xterm-256color"})


async def test_copy_in_a_terminal_that_cannot_says_so_and_offers_the_file(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM_PROGRAM", "Apple_Terminal")
    app = demo_with_private_notes(data_dir, clock)
    told = Notifications()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await open_summary(pilot)
        await pilot.press("c")
        await pilot.pause()
        [saved] = list(locations.exports_dir(data_dir).glob("*.md"))
        assert "Per i 4B" not in saved.read_text(encoding="utf-8")
        [message] = told.messages
        assert "kan ikke kopiere" in message and str(saved) in message
    close_app(app)


async def test_publish_copies_the_page_and_shows_its_web_address(data_dir: Path, clock: FixedClock) -> None:
    app = demo_with_private_notes(data_dir, clock)
    folder = data_dir.parent / "synced"
    folder.mkdir()
    save_settings(data_dir, publish_folder=str(folder), publish_base_url="https://klasse.example.no/4b/")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("p")
        await pilot.pause()
        share = app.screen
        assert isinstance(share, ShareScreen) and share.server is None
        [published] = list(folder.glob("*.html"))
        assert share.url == f"https://klasse.example.no/4b/{published.name}"
        assert "Per i 4B" not in published.read_text(encoding="utf-8")
        assert decode_qr(screen_image(app)) == [share.url]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    close_app(app)


async def test_publish_not_set_up_is_one_sentence(data_dir: Path, clock: FixedClock) -> None:
    app = demo_with_private_notes(data_dir, clock)
    told = Notifications()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await open_summary(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        [message] = told.messages
        assert "settings.json" in message and message.count(". ") == 0 and message.endswith("."), message
    close_app(app)


async def test_ctrl_r_makes_a_notes_line_private_live(data_dir: Path, clock: FixedClock) -> None:
    app = demo_with_private_notes(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenMeeting("demo03"))  # the planned spring meeting
        await pilot.pause()
        if not isinstance(app.screen, LiveMeetingScreen):
            await pilot.press("y")  # "start it now?"
            await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        notes = live.query_one("#notes", TextArea)
        notes.focus()
        await pilot.press(*"Lise er syk", "enter", *"Alle er her")
        await pilot.press("up", "ctrl+r")
        await pilot.pause()
        assert notes.text.splitlines() == ["!! Lise er syk", "Alle er her"]
        await pilot.press("ctrl+r")
        assert notes.text.splitlines() == ["Lise er syk", "Alle er her"]
        await pilot.press("ctrl+r")
        live.save_now()
        from kktui.output.minutes import render_markdown

        minutes = render_markdown(live.meeting, [], clock.time())
        assert "Alle er her" in minutes and "Lise" not in minutes
    close_app(app)


async def test_quitting_with_a_running_share_is_prompt_and_stops_it(
    data_dir: Path, clock: FixedClock
) -> None:
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("s")
        await pilot.pause()
        server = app.screen.server
        hanging = socket.create_connection((server.host, server.port))
        hanging.sendall(b"GET /")  # a phone that never finishes asking
        started = time.perf_counter()
        await pilot.press("ctrl+q")
        await pilot.pause()
    took = time.perf_counter() - started
    assert took < 2, f"quitting took {took:.2f} s"
    assert server.wait(1)
    hanging.close()
    close_app(app)


@FIXED_PORTS
async def test_a_sixty_character_link_fits_at_80x24_with_its_quiet_zone(
    data_dir: Path, clock: FixedClock
) -> None:
    host, port = "127.100.200.250", 47614  # as long as a LAN address gets
    wait_until_free(host, port)
    prefix = f"http://{host}:{port}/"
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(host=host, port=port, token="T" * (60 - len(prefix)))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        assert len(share.url) == 60
        qr = share.query_one(QrCode)
        assert len(qr_matrix(share.url)) == 41  # version 4 (33 modules) and a quiet zone of 4 on each side
        assert qr.drawn.height == 21 and qr.drawn.width == 41  # the whole code, quiet zone and all
        footer_top = app.size.height - 1
        code = qr.drawn.translate(qr.content_region.offset)
        assert code.y >= 1 and code.bottom <= footer_top, code
        assert qr.drawn.bottom <= qr.content_region.height and qr.drawn.right <= qr.content_region.width
        assert decode_qr(screen_image(app)) == [share.url]
    close_app(app)


# -- snapshot: the share screen at 80×24, deterministic, and scannable ---------------------------
@FIXED_PORTS
def test_share_screen_snapshot(snap_compare, data_dir: Path, clock: FixedClock) -> None:
    wait_until_free("127.0.0.1", 47613)
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(
        host="127.0.0.1", port=47613, token="SnapShotTokenNotSecret1", monotonic=lambda: 1000.0
    )

    async def share(pilot) -> None:
        await open_summary(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert pilot.app.screen.url == SNAPSHOT_URL

    assert snap_compare(app, terminal_size=(80, 24), run_before=share)


def test_the_snapshot_qr_code_scans(tmp_path: Path) -> None:
    """The stored snapshot, drawn by an SVG renderer as a person would see it, still scans."""
    snapshot = Path(__file__).parent / "__snapshots__" / "test_share" / "test_share_screen_snapshot.svg"
    assert snapshot.exists(), "run the snapshot test with --snapshot-update first"
    assert decode_svg(snapshot, tmp_path) == [SNAPSHOT_URL]


def test_the_svg_file_scans(tmp_path: Path) -> None:
    from kktui.output.qr import svg

    path = tmp_path / "qr.svg"
    path.write_text(svg(SNAPSHOT_URL), encoding="utf-8")
    require_tool("rsvg-convert")
    assert decode_svg(path, tmp_path) == [SNAPSHOT_URL]
