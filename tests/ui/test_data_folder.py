"""The app on a data folder that is of the wrong shape, read-only, or deleted while it runs.

Issue 10.9 (the app starts on data of the wrong shape and says which file and field), 10.8
(--read-only opens the app and says so) and 10.12 (the folder deleted mid-meeting: noticed,
said, written back, locked again). The app, the saver and the store are real.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from textual.widgets import TextArea

from kktui.screens.app import KktuiApp
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.storage import locations
from kktui.storage.files import DataLocked
from kktui.storage.store import Store
from support.drills import running_meeting
from support.folders import notes_on_disk
from support.ui import Notifications, close_app, make_app, screen_text, type_text

pytestmark = pytest.mark.usefixtures("english")  # the store's sentences are made before the app starts


def untitled_and_dateless(folder: Path, meeting_id: str) -> None:
    path = locations.db_path(folder)
    data = json.loads(path.read_text(encoding="utf-8"))
    [doc] = [d for d in data["meetings"].values() if d["id"] == meeting_id]
    del doc["title"]
    doc["date"] = 20261121
    doc["attendees"] = None
    path.write_text(json.dumps(data), encoding="utf-8")


async def test_the_app_starts_on_data_of_the_wrong_shape_and_names_file_and_field(data_dir, clock):
    meeting_id = running_meeting(data_dir, clock.time())
    untitled_and_dateless(data_dir, meeting_id)
    app = make_app(data_dir, clock, lang="en")
    told = Notifications()
    async with app.run_test(size=(100, 30), message_hook=told) as pilot:
        await pilot.pause()
        [said] = [m for m in told.messages if "wrong shape" in m]
        assert str(locations.db_path(data_dir)) in said
        assert f"meeting {meeting_id}: title is missing" in said
        assert (
            "date has the wrong shape (20261121)" in said and "attendees has the wrong shape (null)" in said
        )
        [kept] = data_dir.glob("kktui.json.damaged-*")
        assert kept.name in said
        await pilot.press("enter")  # the meeting still opens, with its agenda
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        first_step = app.screen.meeting.steps[0].title
        assert first_step in screen_text(app)
    close_app(app)


@pytest.mark.parametrize(
    "damage, reason",
    [
        (lambda path: path.write_text("[" * 200_000), "nested too deeply"),
        (lambda path: (path.unlink(), path.mkdir()), "it is a folder, not a file"),
    ],
    ids=["nested 200,000 deep", "a folder"],
)
async def test_the_app_starts_on_a_data_file_it_cannot_read_from_the_backup(data_dir, clock, damage, reason):
    meeting_id = running_meeting(data_dir, clock.time())  # its end keeps a backup
    damage(locations.db_path(data_dir))
    app = make_app(data_dir, clock, lang="en")
    told = Notifications()
    async with app.run_test(size=(100, 30), message_hook=told) as pilot:
        await pilot.pause()
        [said] = [m for m in told.messages if "damaged" in m]
        assert reason in said and "started from the backup" in said
        assert [m.id for m in app.session.meeting_index()] == [meeting_id]
    close_app(app)
    [aside] = data_dir.glob("kktui.json.damaged-*")
    assert aside.name in said


async def test_the_app_opened_read_only_says_so_and_lists_the_meetings(data_dir, clock):
    meeting_id = running_meeting(data_dir, clock.time())
    app = KktuiApp(store=Store.open(data_dir, read_only=True), lang="en", clock=clock, cursor_blink=False)
    told = Notifications()
    async with app.run_test(size=(100, 30), message_hook=told) as pilot:
        await pilot.pause()
        assert any(m.startswith("Opened read-only") for m in told.messages), told.messages
        Store.open(data_dir).close()  # a read-only app holds no lock: this open is not refused
    close_app(app)
    assert Store.open(data_dir, read_only=True).meeting(meeting_id).id == meeting_id


async def wait_for(pilot, check, timeout: float = 8.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        await pilot.pause(0.05)
    return check()


@pytest.mark.parametrize("how", ["deleted", "replaced by an empty folder"])
async def test_the_data_folder_deleted_mid_meeting_is_written_back_and_locked_again(data_dir, clock, how):
    meeting_id = running_meeting(data_dir, clock.time())
    app = make_app(data_dir, clock, lang="en")
    told = Notifications()
    async with app.run_test(size=(100, 30), message_hook=told) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        notes = app.screen.query_one("#notes", TextArea)
        await type_text(pilot, "Before ")
        await pilot.pause(1.2)
        assert app.session.flush(5)

        shutil.rmtree(data_dir)  # a clean-up tool, or the user in a file manager
        if how != "deleted":
            data_dir.mkdir()
        await type_text(pilot, "after")
        assert await wait_for(pilot, lambda: any("was deleted or replaced" in m for m in told.messages))
        await pilot.pause(1.2)  # the next autosave, with the last keys
        assert app.session.flush(5)
        [said] = [m for m in told.messages if "was deleted or replaced" in m]
        assert str(data_dir) in said and "locked again" in said

        assert notes_on_disk(data_dir, meeting_id) == notes.text
        assert notes.text.endswith("Before after")
        with pytest.raises(DataLocked):  # a second kktui is refused again
            Store.open(data_dir)
    close_app(app)
    store = Store.open(data_dir)  # and once the app is closed, the folder opens with everything
    assert [m.id for m in store.meeting_index()] == [meeting_id]
    store.close()
