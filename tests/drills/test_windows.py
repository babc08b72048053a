"""Two windows, damaged files, a newer kktui's data: the real `python -m kktui` in a terminal.

- A second app on a folder another app has open exits with status 1 and one sentence that
  names the folder and says it is open elsewhere; the first app's data is untouched and the
  first app goes on saving.
- A truncated, empty or binary data file: the app starts, says in a notification inside the
  app (not a traceback) that the file was damaged and kept aside, and starts from the newest
  backup; the damaged bytes are kept, byte for byte, in the file moved aside.
- A data file written by a newer kktui (schema 99): the app and the read-only commands
  refuse with one sentence and exit 1, and nothing in the folder changes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kktui.storage import locations
from kktui.storage.store import Store
from support.drills import running_meeting
from support.folders import notes_on_disk, run_kktui, snapshot
from support.pty_app import CTRL_Q, ENTER, PtyApp

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pty")

TITLE = "Planning meeting with the contact teacher"


def app(folder: Path, tmp_path: Path) -> PtyApp:
    return PtyApp(["--data", str(folder), "--lang", "en"], cwd=tmp_path)


def one_sentence(output: str) -> str:
    """The whole output is one line (the terminal may wrap it; the program did not)."""
    text = output.strip()
    assert "Traceback" not in text, text
    assert "\n" not in text, text
    assert text.startswith("kktui: ") and text.endswith("."), text
    return text


def toast_text(screen: str) -> str:
    """The text of the notification toasts on screen (their lines start with ▌), as one line."""
    parts = []
    for line in screen.splitlines():
        if "▌" in line:
            parts.append(line.rsplit("▌", 1)[1].rstrip(" │╯─"))
    return " ".join(" ".join(parts).split())


def refused(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    return one_sentence(result.stderr)


# -- two windows -----------------------------------------------------------------------------


def test_a_second_window_on_the_same_folder_is_refused_and_the_first_keeps_its_data(tmp_path):
    folder = tmp_path / "data"
    meeting_id = running_meeting(folder, time.time())
    with app(folder, tmp_path) as first:
        assert first.wait_for_text(TITLE), first.screen_text()
        first.send(ENTER)
        assert first.wait_for_text("1/8"), first.screen_text()
        for ch in "Kari and Ola are here":
            first.send(ch)
            time.sleep(0.02)
        assert first.wait_until(lambda: notes_on_disk(folder, meeting_id) == "Kari and Ola are here", 10)
        before = snapshot(folder)

        with app(folder, tmp_path) as second:
            assert second.wait_exit(30) == 1, second.screen_text()
            message = one_sentence(second.plain_output())
        assert str(folder) in message
        assert "already open in another window" in message
        assert f"process {first.pid}" in message  # says where it is open
        assert snapshot(folder) == before  # the first window's data untouched, lock included

        # Reading still works beside the open window.
        listed = run_kktui("list", "--data", folder, cwd=tmp_path)
        assert listed.returncode == 0 and TITLE in listed.stdout, listed

        # And the first window goes on as if nothing happened.
        for ch in ", then Per":
            first.send(ch)
            time.sleep(0.02)
        assert first.wait_until(
            lambda: notes_on_disk(folder, meeting_id) == "Kari and Ola are here, then Per", 10
        )
        first.send(CTRL_Q)
        assert first.wait_for_text("Close kktui anyway"), first.screen_text()  # asks first: a meeting runs
        first.send("y")
        assert first.wait_exit(20) == 0, first.screen_text()
        assert "Traceback" not in first.plain_output()
    assert notes_on_disk(folder, meeting_id) == "Kari and Ola are here, then Per"
    store = Store.open(folder)  # the lock went with the first window
    assert store.recovery is None
    store.close()


# -- damaged data files ----------------------------------------------------------------------

DAMAGE = {
    "truncated": lambda good: good[: len(good) // 2],
    "empty": lambda good: b"",
    "binary": lambda good: bytes(range(256)) * 8,
}


def folder_with_backup(folder: Path) -> str:
    """A running meeting saved in one session (its end, or the next start, backs the good file up)."""
    meeting_id = running_meeting(folder, time.time())
    Store.open(folder).close()  # a start of the app
    assert list(locations.backups_dir(folder).glob("kktui-*.json"))
    return meeting_id


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_data_file_is_told_in_the_app_kept_aside_and_the_backup_used(tmp_path, kind):
    folder = tmp_path / "data"
    folder_with_backup(folder)
    db = locations.db_path(folder)
    bad = DAMAGE[kind](db.read_bytes())
    db.write_bytes(bad)

    with app(folder, tmp_path) as window:
        assert window.wait_until(lambda: "kept aside" in toast_text(window.screen_text())), (
            window.screen_text()
        )
        assert window.wait_for_text(TITLE), window.screen_text()  # the meeting is back, from the backup
        # The whole toast: a read of the pty can fall between two writes of one frame.
        window.wait_until(lambda: "kktui started from the backup" in toast_text(window.screen_text()))
        shown = toast_text(window.screen_text())
        assert "The data file was damaged" in shown, shown
        assert "kktui started from the backup" in shown, shown
        assert "Traceback" not in window.plain_output()
        window.send(CTRL_Q)
        code = window.wait_exit(20)
        if code is None:  # asked first
            window.send("y")
            code = window.wait_exit(20)
        assert code == 0, window.screen_text()

    [aside] = sorted(folder.glob("kktui.json.damaged-*"))
    assert aside.read_bytes() == bad  # the damaged bytes are kept, never overwritten
    assert aside.name in shown  # says where the damaged file is
    json.loads(db.read_text(encoding="utf-8"))  # and the data file is whole again
    assert [m.title for m in Store.open(folder, read_only=True).meetings()] == [TITLE]


def data_files_holding(folder: Path, text: str) -> list[Path]:
    """The data files (backups aside) whose bytes hold `text`: where a meeting's notes live."""
    found = []
    for path in sorted(folder.rglob("*.json")):
        if locations.backups_dir(folder) not in path.parents and text.encode() in path.read_bytes():
            found.append(path)
    return found


def test_a_damaged_meeting_file_is_told_in_the_app_and_the_meeting_comes_back(tmp_path):
    folder = tmp_path / "data"
    meeting_id = folder_with_backup(folder)
    store = Store.open(folder)  # a later session: notes typed, then a start that backs them up
    meeting = store.meeting(meeting_id)
    meeting.steps[0].notes = "Waffles on Friday"
    store.save_meeting(meeting)
    store.close()
    Store.open(folder).close()
    for path in data_files_holding(folder, "Waffles on Friday"):
        bad = path.read_bytes()[: len(path.read_bytes()) // 2]
        path.write_bytes(bad)

    with app(folder, tmp_path) as window:
        assert window.wait_for_text(TITLE), window.screen_text()
        window.send(ENTER)  # a meeting's file is checked when it is opened, not at every start
        told = window.wait_until(lambda: "damaged" in toast_text(window.screen_text()), timeout=5)
        assert window.wait_for_text("1/8", timeout=5), window.screen_text()  # the agenda is back
        assert window.wait_for_text("Waffles on Friday", timeout=5), window.screen_text()
        assert told, "the app never said that a file was damaged"
        assert "Traceback" not in window.plain_output()
    assert any(p.read_bytes() == bad for p in folder.rglob("*.damaged-*"))  # the bytes are kept


@pytest.mark.parametrize("kind", DAMAGE)
def test_reading_commands_refuse_a_damaged_file_in_one_sentence_and_change_nothing(tmp_path, kind):
    folder = tmp_path / "data"
    folder_with_backup(folder)
    db = locations.db_path(folder)
    db.write_bytes(DAMAGE[kind](db.read_bytes()))
    before = snapshot(folder)
    for command in (["list"], ["export", "last"]):
        message = refused(run_kktui(*command, "--lang", "en", "--data", folder, cwd=tmp_path))
        assert "is damaged" in message and str(db) in message
    assert snapshot(folder) == before


# -- a newer kktui's data --------------------------------------------------------------------

NEWER = b'{"_meta":{"1":{"schema":99}},"meetings":{"1":{"id":"future1","title":"From the future"}}}'


def test_data_from_a_newer_kktui_is_refused_and_left_exactly_as_it_was(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = locations.db_path(folder)
    db.write_bytes(NEWER)

    with app(folder, tmp_path) as window:
        assert window.wait_exit(30) == 1, window.screen_text()
        message = one_sentence(window.plain_output())
    assert "newer kktui" in message and "99" in message and str(db) in message
    assert db.read_bytes() == NEWER
    assert not locations.backups_dir(folder).exists() or not any(locations.backups_dir(folder).iterdir())
    assert not list(folder.glob("kktui.json.damaged-*"))

    before = snapshot(folder)
    for command in (["list"], ["export", "last"]):
        message = refused(run_kktui(*command, "--lang", "en", "--data", folder, cwd=tmp_path))
        assert "newer kktui" in message
    assert snapshot(folder) == before
    assert db.read_bytes() == NEWER
