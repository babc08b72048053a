"""Disk trouble in the middle of a meeting: the save fails at the OS call, the user keeps typing.

The failure is injected where the OS fails it: `os.replace` as kktui.storage.files calls it
(a stand-in for the `os` module inside kktui.storage.files that raises the OSError a full disk,
a read-only remount or lost permissions give). The saver, the store and the app are real;
retries happen on the saver's own 2-second schedule.

What the user must notice: exactly one error notification that names the problem, notes
that stay in the editor, keys that keep landing, a data file that is never damaged (it
keeps the last good version), and, once the disk is fine again, saving that resumes by
itself, says so, and gets the new notes to disk.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.widgets import TextArea

from kktui.clock import FixedClock
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.storage import files as storage
from kktui.storage import locations
from kktui.storage.store import Store
from support.drills import running_meeting
from support.folders import notes_on_disk, run_kktui
from support.ui import close_app, make_app, screen_text

RETRY_WAIT = 8.0  # the saver retries every 2 s; generous for a slow CI


class FailingDisk:
    """Stands in for `os` inside kktui.storage.files: while `errors` is set, renames fail with them.

    `errors` is a list of errno values used in turn, one per failed rename (the last one
    repeats), so a failure can change its cause while it lasts.
    """

    def __init__(self) -> None:
        self.errors: list[int] = []
        self.failed: list[int] = []

    def __getattr__(self, name):
        return getattr(os, name)

    def replace(self, src, dst):
        if self.errors:
            code = self.errors[min(len(self.failed), len(self.errors) - 1)]
            self.failed.append(code)
            raise OSError(code, os.strerror(code), str(dst))
        return os.replace(src, dst)

    def fail(self, *codes: int) -> None:
        self.failed = []
        self.errors = list(codes)

    def heal(self) -> None:
        self.errors = []


@pytest.fixture
def disk(monkeypatch) -> FailingDisk:
    fake = FailingDisk()
    monkeypatch.setattr(storage, "os", fake)
    return fake


def data_files(folder: Path) -> dict[str, bytes]:
    """Every file that holds the data (the lock and the backups aside), with its bytes."""
    skip = {locations.lock_path(folder)}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path not in skip and locations.backups_dir(folder) not in path.parents
    }


def check_whole(files: dict[str, bytes]) -> None:
    for name, raw in files.items():
        if name.endswith(".json"):
            json.loads(raw.decode("utf-8"))  # parses: never half a file


def status_line(app) -> str:
    """The live screen's status line (under the notes), whatever toast may cover it."""
    return str(app.screen.query_one("#live-status").render())


@dataclass
class Shown:
    message: str
    title: str
    severity: str


def record_notifications(app) -> list[Shown]:
    """Every notification the app shows, kept after its toast times out."""
    shown: list[Shown] = []
    notify = app.notify

    def recording(message, *, title="", severity="information", **rest):
        shown.append(Shown(str(message), title, severity))
        return notify(message, title=title, severity=severity, **rest)

    app.notify = recording
    app.seen_notifications = shown
    return shown


def notifications(app, severity: str | None = None) -> list[Shown]:
    return [n for n in app.seen_notifications if severity is None or n.severity == severity]


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else "enter" if ch == "\n" else ch) for ch in text])


async def wait_for(pilot, check, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        await pilot.pause(0.05)
    return check()


async def open_meeting(pilot) -> LiveMeetingScreen:
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LiveMeetingScreen)
    return pilot.app.screen


async def saved_good_version(pilot, folder: Path, meeting_id: str, text: str) -> dict[str, bytes]:
    """Type `text`, let autosave write it, and return the data files (the last good version)."""
    notes = pilot.app.screen.query_one("#notes", TextArea)
    await type_text(pilot, text)
    await pilot.pause(1.2)  # autosave runs every second while typing
    assert pilot.app.session.flush(5)
    assert notes_on_disk(folder, meeting_id) == notes.text
    good = data_files(folder)
    check_whole(good)
    return good


async def type_through_failure(
    pilot,
    folder: Path,
    meeting_id: str,
    disk: FailingDisk,
    good: dict[str, bytes],
    good_notes: str,
    lines: list[str],
) -> None:
    """Keep typing while saves fail; after every line the files on disk are still the good ones."""
    for line in lines:
        await type_text(pilot, line)
        await pilot.pause(1.1)  # an autosave, and so a failed rename, per line
        assert data_files(folder) == good  # untouched, so whole (checked when it was saved)
        assert notes_on_disk(folder, meeting_id) == good_notes
        assert sorted(folder.rglob(f".*{storage.TMP_SUFFIX}")) == []  # no half-written leftovers
    assert disk.failed, "no save was even tried while the disk was failing"


def check_one_error(app, reason: str, typed: str) -> None:
    errors = notifications(app, "error")
    assert len(errors) == 1, [n.message for n in errors]
    message = errors[0].message
    assert errors[0].title == "Not saved"
    assert reason in message  # names the problem
    assert str(app.session.data_dir) in message  # and where: a file in the data folder
    assert "Your notes are still in the app" in message
    assert "\n" not in message
    notes = app.screen.query_one("#notes", TextArea)
    assert notes.text.endswith(typed)  # nothing typed was lost from the editor
    shown = " ".join(screen_text(app).split())
    assert "Not saved" in shown and reason.split()[0] in shown  # the toast is on screen
    # The status line must not claim a save that did not happen ("saved 18:00:03").
    assert status_line(app).endswith(" · Not saved"), status_line(app)


async def check_recovery(pilot, folder: Path, meeting_id: str, disk: FailingDisk, after: str) -> None:
    app = pilot.app
    told = recovered_notices(app)
    disk.heal()
    recovered = await wait_for(pilot, lambda: recovered_notices(app) > told, RETRY_WAIT)
    assert recovered, [n.message for n in notifications(app)]
    # The notice comes from the saver's thread; the status line follows on the screen's next
    # beat (a half second), so it is waited for, not read in the same instant.
    shows_saved = await wait_for(pilot, lambda: "saved " in status_line(app), RETRY_WAIT)
    assert shows_saved, status_line(app)
    notes = app.screen.query_one("#notes", TextArea)
    assert app.session.flush(5)
    assert notes_on_disk(folder, meeting_id) == notes.text  # the notes typed meanwhile reached disk
    # And typing goes on being saved as usual.
    await type_text(pilot, after)
    await pilot.pause(1.2)
    assert app.session.flush(5)
    assert notes_on_disk(folder, meeting_id) == notes.text
    assert notes.text.endswith(after)
    assert "saved " in status_line(app), status_line(app)


def recovered_notices(app) -> int:
    """How many "saving works again" notifications have been shown so far."""
    return sum("Saving works again" in n.message for n in notifications(app))


async def test_a_full_disk_is_told_once_and_saving_resumes_by_itself(data_dir, clock, disk):
    code = errno.ENOSPC
    meeting_id = running_meeting(data_dir, clock.time())
    app = make_app(data_dir, clock, lang="en")
    record_notifications(app)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_meeting(pilot)
        good = await saved_good_version(pilot, data_dir, meeting_id, "Welcome round done\n")

        disk.fail(code)
        lines = ["Teacher wants weekly letters\n", "Parents ask for Spond\n", "Trip in May\n"]
        await type_through_failure(pilot, data_dir, meeting_id, disk, good, "Welcome round done\n", lines)
        check_one_error(app, os.strerror(code), "".join(lines))
        assert not any("Saving works again" in n.message for n in notifications(app))
        assert len(disk.failed) >= 3  # retried, and still told only once

        await check_recovery(pilot, data_dir, meeting_id, disk, "Back to normal")
        assert len(notifications(app, "error")) == 1
        assert recovered_notices(app) == 1
    close_app(app)
    assert Store.open(data_dir, read_only=True).meeting(meeting_id).steps[0].notes.endswith("Back to normal")


async def test_a_failure_that_changes_its_cause_is_still_one_notification(data_dir, clock, disk):
    """Disk full, then the file system goes read-only, then permission is lost: one message."""
    meeting_id = running_meeting(data_dir, clock.time())
    app = make_app(data_dir, clock, lang="en")
    record_notifications(app)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_meeting(pilot)
        good = await saved_good_version(pilot, data_dir, meeting_id, "Agenda agreed\n")

        disk.fail(errno.ENOSPC, errno.EROFS, errno.EACCES)
        lines = ["One\n", "Two\n", "Three\n", "Four\n"]
        await type_through_failure(pilot, data_dir, meeting_id, disk, good, "Agenda agreed\n", lines)
        assert {errno.ENOSPC, errno.EROFS, errno.EACCES} <= set(disk.failed)
        check_one_error(app, os.strerror(errno.ENOSPC), "".join(lines))

        await check_recovery(pilot, data_dir, meeting_id, disk, "Five")
    close_app(app)


async def test_every_new_failure_after_a_recovery_is_told_again(data_dir, clock, disk):
    """Disk full, then read-only, then no permission, each mended before the next: each one
    told once and named, each recovery told once."""
    meeting_id = running_meeting(data_dir, clock.time())
    app = make_app(data_dir, clock, lang="en")
    record_notifications(app)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_meeting(pilot)
        good = await saved_good_version(pilot, data_dir, meeting_id, "Start\n")
        notes = app.screen.query_one("#notes", TextArea)
        for n, code in enumerate([errno.ENOSPC, errno.EROFS, errno.EACCES], 1):
            disk.fail(code)
            good_notes = notes.text
            await type_through_failure(
                pilot, data_dir, meeting_id, disk, good, good_notes, [f"failing {n}\n"]
            )
            errors = notifications(app, "error")
            assert len(errors) == n, [e.message for e in errors]
            assert os.strerror(code) in errors[-1].message  # each failure names its own cause
            assert str(data_dir) in errors[-1].message
            assert status_line(app).endswith(" · Not saved"), status_line(app)
            assert notes.text.endswith(f"failing {n}\n")
            await check_recovery(pilot, data_dir, meeting_id, disk, f"fine {n}\n")
            good = data_files(data_dir)
            assert recovered_notices(app) == n
    close_app(app)


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def folder_with_minutes(tmp_path: Path, clock: FixedClock) -> Path:
    folder = tmp_path / "data"
    running_meeting(folder, clock.time())
    return folder


def one_sentence(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux's read-only /sys")
def test_export_to_a_place_that_cannot_be_written_is_one_sentence(folder_with_minutes, tmp_path):
    # /sys cannot hold files, not even for root; a folder cannot be replaced by a file.
    target = Path("/sys/kktui-minutes.md")
    result = run_kktui(
        "export", "last", "--lang", "en", "-o", target, "--data", folder_with_minutes, cwd=tmp_path
    )
    message = one_sentence(result)
    assert message.startswith(f"kktui: Could not write {target}: ")
    assert not target.exists()

    folder = tmp_path / "minutes.md"
    folder.mkdir()
    result = run_kktui(
        "export", "last", "--lang", "en", "-o", folder, "--data", folder_with_minutes, cwd=tmp_path
    )
    assert one_sentence(result) == f"kktui: Could not write {folder}: Is a directory."
    assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_export_into_a_pipe_writes_into_the_pipe_and_leaves_it_a_pipe(folder_with_minutes, tmp_path):
    """`-o /dev/stdout`, `-o >(mail ...)` or a named pipe: the minutes go into it.

    The pipe must not be swapped for a regular file (as root that would replace device
    nodes such as /dev/full or /dev/stdout), and a pipe that cannot take the minutes must
    fail with one sentence instead of a silent exit 0.
    """
    import stat

    pipe = tmp_path / "minutes.pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = run_kktui(
            "export", "last", "--lang", "en", "-o", pipe, "--data", folder_with_minutes, cwd=tmp_path
        )
        received = b""
        while chunk := _read_some(reader):
            received += chunk
    finally:
        os.close(reader)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode), "the pipe was replaced by a file"
    assert received.decode("utf-8").startswith("# Planning meeting with the contact teacher\n")


def _read_some(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return b""
